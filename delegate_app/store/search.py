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
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from .database import Database

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
    rank: float
    text: str = field(repr=False)  # the provision's whole text, to cut the snippet from
    terms: tuple[str, ...] = ()  # the query's words, folded
    prefix: bool = True
    cut: str | None = field(default=None, repr=False)  # a snippet cut already
    replaced: str = ""  # found in an edition, not in force: since when

    @property
    def label(self) -> str:
        """ "WTDC 59 (Rev. Kigali, 2022)", and when it is an edition not in force, so."""
        rev = f" ({self.revision})" if self.revision else ""
        return f"{self.body} {self.number}{rev}" + (
            f", edition not in force (since {self.replaced[:10]})" if self.replaced else ""
        )

    @property
    def snippet(self) -> str:
        """About sixteen words around the first match, cut on first use: the app
        lists 200 hits and paints a screenful of them."""
        if self.cut is None:
            self.cut = snippet(self.text, list(self.terms), self.prefix)
        return self.cut

    def snippet_as(self, start: str, end: str, escape: Callable[[str], str] = str) -> str:
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
    terms = text.split()
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
        "SELECT p.id, p.version_id, r.body, r.number, v.revision, v.title, p.path, p.text, v.replaced_at "
        "FROM provisions p JOIN versions v ON v.id = p.version_id JOIN resolutions r ON r.id = v.resolution_id "
        f"WHERE {' AND '.join(where)} LIMIT ?",
        [*args, limit],
    ).fetchall()
    hits = []
    for pid, vid, body, number, revision, title, path, body_text, replaced in rows:
        first = min((body_text.find(t) for t in terms if t in body_text), default=0)
        start = max(0, first - _SNIPPET_CHARS)
        snippet = ("…" if start else "") + body_text[start : first + _SNIPPET_CHARS * 2]
        for term in sorted(terms, key=len, reverse=True):
            snippet = snippet.replace(term, f"{START}{term}{END}")
        count = sum(body_text.count(t) for t in terms)
        hits.append(
            SearchHit(
                pid, vid, body, number, revision, title, path, -float(count), body_text, cut=snippet, replaced=replaced
            )
        )
    return sorted(hits, key=lambda h: h.rank)


def count(db: Database, text: str, prefix: bool = True) -> int:
    """How many provisions a search finds in all (it lists ``limit`` of them)."""
    if _CJK.search(text):
        return len(_cjk_search(db, text, 1_000_000))
    query = fts_query(text, prefix)
    if not query:
        return 0
    return int(db.execute("SELECT count(*) FROM provisions_fts WHERE provisions_fts MATCH ?", [query]).fetchone()[0])


# The best rows by rank from the index alone (FTS5's ORDER BY rank LIMIT path)
# as the outer loop, and each row, its version and its resolution by primary
# key: one statement, in rank order (the left table of a CROSS JOIN is always
# SQLite's outer loop, and each of its rows meets one row of the others). The
# snippet is cut when it is shown: asking FTS5 for snippet() ran the full-text
# query a second time.
_HITS = (
    "SELECT p.id, p.version_id, r.body, r.number, v.revision, v.title, p.path, p.text, v.replaced_at{rank} "
    "FROM (SELECT rowid AS id{rank} FROM provisions_fts WHERE provisions_fts MATCH ? ORDER BY rank LIMIT ?) AS f "
    "CROSS JOIN provisions p ON p.id = f.id JOIN versions v ON v.id = p.version_id "
    "JOIN resolutions r ON r.id = v.resolution_id"
)
_RANKED, _UNRANKED = _HITS.format(rank=", rank"), _HITS.format(rank="")


def search(db: Database, text: str, limit: int = 50, prefix: bool = True, scores: bool = False) -> list[SearchHit]:
    """The ``limit`` best provisions for ``text``, best first. A hit's ``rank`` is
    its BM25 score with ``scores`` (the command line's JSON gives it), else its
    place in the list: asking FTS5 for the score of the rows it returns costs a
    quarter of the query again, and the app needs only their order. (A row the
    index names but the table lacks, an index out of step, is left out.)"""
    if _CJK.search(text):
        return _cjk_search(db, text, limit)
    query = fts_query(text, prefix)
    if not query:
        return []
    rows = db.execute(_RANKED if scores else _UNRANKED, [query, limit]).fetchall()
    terms = tuple(_fold(w) for w in text.replace('"', " ").split() if any(ch.isalnum() for ch in w))
    return [
        SearchHit(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[9] if scores else float(n), r[7], terms, prefix, None, r[8]
        )
        for n, r in enumerate(rows, 1)
    ]


_WORD = re.compile(r"\w[\w'’-]*")
_SNIPPET_WORDS = 16


def _fold(word: str) -> str:
    """As the unicode61 tokenizer compares words: case and diacritics folded."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def snippet(text: str, terms: list[str], prefix: bool = True) -> str:
    """About sixteen words around the first match, matches between START and END.
    A query word matches a word of the text that it equals once folded, or that it
    starts when it is the last word typed (search as you type)."""
    words = list(_WORD.finditer(text))
    # a query word like "ITU-R" is matched by its parts, as the tokenizer split it
    exact = {p for term in terms for p in (_WORD.findall(term) or [term])}
    starts = tuple(_WORD.findall(terms[-1]) or [terms[-1]]) if prefix and terms else ()

    def matches(word: str) -> bool:
        folded = word.lower() if word.isascii() else _fold(word)  # the same for ASCII, at a tenth of the cost
        return folded in exact or (bool(starts) and folded.startswith(starts))

    # only as far as the first match, then the words shown: not every word of the text
    first = next((i for i, m in enumerate(words) if matches(m.group())), 0)
    lo = max(0, first - _SNIPPET_WORDS // 3)
    hi = min(len(words), lo + _SNIPPET_WORDS)
    if not words:
        return text[:120]
    start_char = words[lo].start() if lo else 0
    end_char = words[hi - 1].end() if hi < len(words) else len(text)
    out, pos = [], start_char
    for i in range(lo, hi):
        m = words[i]
        if matches(m.group()):
            out.append(text[pos : m.start()])
            out.append(f"{START}{m.group()}{END}")
            pos = m.end()
    out.append(text[pos:end_char])
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(words) else "")
