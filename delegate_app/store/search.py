"""Full-text search over provisions, ranked by BM25, with highlighted snippets.

User input is never passed to FTS5 as query syntax: each word is quoted (so
"IMT-2030" or "ITU-R" is a phrase, not an operator), words are ANDed, and the
last word matches as a prefix so that results follow typing. Snippets carry
the highlight as the control characters START and END, which the command line
and the app turn into their own markup after escaping the text.
"""
from __future__ import annotations

import html
import re
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


_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_SNIPPET_CHARS = 40


def _cjk_search(db: Database, text: str, limit: int) -> list[SearchHit]:
    """Chinese: words of three or more characters through the trigram index, shorter
    ones by substring; the snippet is cut around the first match."""
    terms = [t for t in text.split() if t]
    long_terms = [t for t in terms if len(t) >= 3]
    where, args = [], []
    if long_terms:
        where.append("p.id IN (SELECT rowid FROM provisions_cjk WHERE provisions_cjk MATCH ?)")
        args.append(" ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for term in terms:
        if len(term) < 3:
            where.append("p.text LIKE ? ESCAPE '\\'")
            args.append("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    rows = db.execute(
        "SELECT p.id, p.version_id, r.body, r.number, v.revision, v.title, p.path, p.text "
        "FROM provisions p JOIN versions v ON v.id = p.version_id JOIN resolutions r ON r.id = v.resolution_id "
        f"WHERE {' AND '.join(where)} LIMIT ?", [*args, limit]).fetchall()
    hits = []
    for pid, vid, body, number, revision, title, path, body_text in rows:
        first = min((body_text.find(t) for t in terms if t in body_text), default=0)
        start = max(0, first - _SNIPPET_CHARS)
        snippet = ("…" if start else "") + body_text[start:first + _SNIPPET_CHARS * 2]
        for term in sorted(terms, key=len, reverse=True):
            snippet = snippet.replace(term, f"{START}{term}{END}")
        count = sum(body_text.count(t) for t in terms)
        hits.append(SearchHit(pid, vid, body, number, revision, title, path, snippet, -float(count)))
    return sorted(hits, key=lambda h: h.rank)


def search(db: Database, text: str, limit: int = 50, prefix: bool = True) -> list[SearchHit]:
    if _CJK.search(text):
        return _cjk_search(db, text, limit)
    query = fts_query(text, prefix)
    if not query:
        return []
    # Two steps: the best rows by rank from the index alone (FTS5's fast ORDER BY rank
    # LIMIT path), then snippets and joins for those rows only.
    rows = db.execute(
        f"""WITH top AS (SELECT rowid AS id, rank FROM provisions_fts WHERE provisions_fts MATCH :q
                         ORDER BY rank LIMIT :n)
            SELECT p.id, p.version_id, r.body, r.number, v.revision, v.title, p.path,
                   snippet(provisions_fts, 0, '{START}', '{END}', '…', 16), top.rank
            FROM top
            JOIN provisions_fts ON provisions_fts.rowid = top.id
            JOIN provisions p ON p.id = top.id
            JOIN versions v ON v.id = p.version_id
            JOIN resolutions r ON r.id = v.resolution_id
            WHERE provisions_fts MATCH :q
            ORDER BY top.rank""",
        {"q": query, "n": limit}).fetchall()
    return [SearchHit(*row) for row in rows]
