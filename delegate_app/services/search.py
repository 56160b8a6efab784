"""Full-text search of the library, for the window (loaded on the first
keystroke, not at start-up) and the command line."""

from __future__ import annotations

from ..store import search as _search
from ..store.search import END, START, SearchHit
from .library import as_store_errors

search = as_store_errors(_search.search)
count = as_store_errors(_search.count)

__all__ = ["END", "START", "SearchHit", "count", "search"]
