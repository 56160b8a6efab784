"""Full-text search over provisions, ranked by BM25, with highlighted snippets.

User input is never passed to FTS5 as query syntax: each word is quoted (so
"IMT-2030" or "ITU-R" is a phrase, not an operator), words are ANDed, and the
last word matches as a prefix so that results follow typing. Snippets carry
the highlight as the control characters START and END, which the command line
and the app turn into their own markup after escaping the text.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from sqlite_utils import Database

START, END = "\x02", "\x03"
_MAX_TERMS = 12


@dataclass
class SearchHit:
    provision_id: int
    version_id: int
    body: str
    number: str
    revision: str
    title: str
    path: str
    snippet: str
    rank: float

    def snippet_as(self, start: str, end: str, escape=lambda s: s) -> str:
        return escape(self.snippet).replace(START, start).replace(END, end)

    def snippet_html(self) -> str:
        return self.snippet_as("<b>", "</b>", html.escape)


def fts_query(text: str, prefix: bool = True) -> str:
    """A safe FTS5 query from what the user typed; "" when nothing is searchable."""
    words = [w for w in text.replace('"', " ").split() if any(ch.isalnum() for ch in w)][:_MAX_TERMS]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def search(db: Database, text: str, limit: int = 50, prefix: bool = True) -> list[SearchHit]:
    query = fts_query(text, prefix)
    if not query:
        return []
    rows = db.execute(
        f"""SELECT p.id, p.version_id, r.body, r.number, v.revision, v.title, p.path,
                   snippet(provisions_fts, 0, '{START}', '{END}', '…', 16),
                   bm25(provisions_fts) AS rank
            FROM provisions_fts
            JOIN provisions p ON p.id = provisions_fts.rowid
            JOIN versions v ON v.id = p.version_id
            JOIN resolutions r ON r.id = v.resolution_id
            WHERE provisions_fts MATCH ?
            ORDER BY rank
            LIMIT ?""",
        [query, limit]).fetchall()
    return [SearchHit(*row) for row in rows]
