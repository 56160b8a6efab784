"""Full-text search of the library, for the window (loaded on the first
keystroke, not at start-up) and the command line."""

from __future__ import annotations

from ..store.search import END, START, SearchHit, count, search

__all__ = ["END", "START", "SearchHit", "count", "search"]
