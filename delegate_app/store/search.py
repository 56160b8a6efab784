"""Full-text search over provisions, ranked by BM25, with highlighted snippets.

User input is never passed to FTS5 as query syntax: each word is quoted (so
"IMT-2030" or "ITU-R" is a phrase, not an operator), words are ANDed, and the
last word matches as a prefix so that results follow typing. Snippets carry
the highlight as the control characters START and END, which the command line
and the app turn into their own markup after escaping the text.
"""

from __future__ import annotations

import html
import itertools
import json
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
    others: tuple[str, ...] = ()  # the words' other spellings, folded
    chinese: tuple[str, ...] = ()  # a Chinese search's words, cut around as substrings

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
        if self.cut is None and self.chinese:
            self.cut = _cjk_snippet(self.text, self.chinese)
        elif self.cut is None:
            self.cut = snippet(self.text, list(self.terms), self.prefix, self.others)
        return self.cut

    def snippet_as(self, start: str, end: str, escape: Callable[[str], str] = str) -> str:
        return escape(self.snippet).replace(START, start).replace(END, end)

    def snippet_html(self) -> str:
        return self.snippet_as("<b>", "</b>", html.escape)


def _words(text: str) -> list[str]:
    """The searchable words of what the user typed (quotes are no syntax here)."""
    return [w for w in text.replace('"', " ").split() if any(ch.isalnum() for ch in w)][:_MAX_TERMS]


# British and American spellings of one word: ITU texts write "standardization"
# and "programme", a delegate may type either way. Each word typed matches its
# other spelling too (an alternative no text holds costs one empty look-up).
_PROGRAM = re.compile(r"^(program)(me|mes|s)?$", re.IGNORECASE)
_IS_SUFFIXES = ("ation", "ations", "e", "es", "ed", "ing", "er", "ers")


def spellings(word: str, prefix: bool = False) -> list[str]:
    """``word`` and its other spelling ("standardisation": "standardization";
    "programme": "program"), first the word as typed. As a prefix being typed,
    "organis" is "organiz" too ("programm" already starts both spellings)."""
    out = [word]
    program = _PROGRAM.match(word)
    if program:
        stem, ending = program.group(1), (program.group(2) or "").lower()
        if ending or not prefix:
            other = {"": "me", "me": "", "mes": "s", "s": "mes"}[ending]
            out.append(stem + (other.upper() if word.isupper() else other))
        return out
    lowered = word.lower()
    for at in (lowered.rfind("is"), lowered.rfind("iz")):
        if at >= 3:
            rest = lowered[at + 2 :]
            if (prefix and any(s.startswith(rest) for s in _IS_SUFFIXES)) or rest in _IS_SUFFIXES:
                swap = "z" if lowered[at + 1] == "s" else "s"
                if word[at + 1].isupper():
                    swap = swap.upper()
                out.append(word[: at + 1] + swap + word[at + 2 :])
                break
    return out


def _phrase(word: str, prefix: bool) -> str:
    star = "*" if prefix else ""
    forms = [f'"{w}"{star}' for w in spellings(word, prefix)]
    return forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")"


def fts_query(text: str, prefix: bool = True) -> str:
    """A safe FTS5 query from what the user typed; "" when nothing is searchable.
    Each word is a quoted phrase (or its spellings, ORed), the last a prefix."""
    words = _words(text)
    if not words:
        return ""
    phrases = [_phrase(w, prefix and n == len(words) - 1) for n, w in enumerate(words)]
    # FTS5 ANDs phrases side by side, but a group beside a phrase needs AND said
    return (" AND " if any(p.startswith("(") for p in phrases) else " ").join(phrases)


_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
_SNIPPET_CHARS = 40


def _cjk_where(text: str) -> tuple[str, list[object]]:
    """FROM and WHERE of a Chinese search, and their arguments: words of three or
    more characters through the trigram index, shorter ones by substring. With no
    word long enough for the index, the substrings are looked for in the Chinese
    versions' provisions only (a sixth of the library: reading every provision
    for a two-character word no text holds took 0.4 s at 25,000 versions)."""
    terms = text.split()
    long_terms = [t for t in terms if len(t) >= 3]
    where: list[str] = []
    args: list[object] = []
    if long_terms:
        source = f"provisions p {_JOINS}"
        where.append("p.id IN (SELECT rowid FROM provisions_cjk WHERE provisions_cjk MATCH ?)")
        args.append(" ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    else:
        source = f"versions v CROSS JOIN provisions p ON p.version_id = v.id {_OF_RESOLUTION}"
        where.append("v.language = 'zh'")
    for term in terms:
        if len(term) < 3 and not term.isascii():  # no case to fold: instr() reads it twice as fast as LIKE
            where.append("instr(p.text, ?) > 0")
            args.append(term)
        elif len(term) < 3:
            where.append("p.text LIKE ? ESCAPE '\\'")
            args.append("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    return f"FROM {source} WHERE {' AND '.join(where)}", args


def _cjk_search(db: Database, text: str, limit: int) -> list[SearchHit]:
    """Chinese: the hits in the order found, the snippet cut around the first match."""
    terms = tuple(text.split())
    where, args = _cjk_where(text)
    rows = db.execute(f"SELECT {_COLUMNS} {where} LIMIT ?", [*args, limit]).fetchall()
    hits = []
    for pid, vid, body, number, revision, title, path, found, replaced in rows:
        often = -float(sum(found.count(t) for t in terms))  # ranked by how often the words occur
        hit = SearchHit(pid, vid, body, number, revision, title, path, often, found, replaced=replaced)
        hit.chinese = terms  # the snippet is cut when shown
        hits.append(hit)
    return sorted(hits, key=lambda h: h.rank)


def _cjk_snippet(text: str, terms: tuple[str, ...]) -> str:
    """Forty characters each side of the first match, every match marked; cut
    when the hit is shown, as the other languages' snippets are."""
    first = min((text.find(t) for t in terms if t in text), default=0)
    start = max(0, first - _SNIPPET_CHARS)
    cut = ("…" if start else "") + text[start : first + _SNIPPET_CHARS * 2]
    for term in sorted(terms, key=len, reverse=True):
        cut = cut.replace(term, f"{START}{term}{END}")
    return cut


# A short prefix is no word to look up: "t*" merges the lists of every word
# beginning with t, half the index (0.5 s at 25,000 versions), "the*" those of
# the, their, them, these… (16 ms). So the last word typed, when its last part
# (the R of "ITU-R") is that short, is looked for as a whole word when it is of
# one or two letters and stands alone ("a", "de", the T of ITU-T); after other
# words, their hits are kept that have a word so starting.
_SHORT_ALONE, _SHORT_AFTER = 2, 3
_TOKEN = re.compile(r"[^\W_]+")


def _plan(text: str, prefix: bool) -> tuple[str, str, bool]:
    """The FTS5 query for ``text``, the short prefix its hits must also have a
    word starting with ("" for none), and whether the query's last word is a prefix."""
    words = _words(text)
    if not words or not prefix:
        return fts_query(text, prefix), "", prefix
    last = words[-1]
    tokens = _TOKEN.findall(last)
    short = len(tokens[-1]) if tokens else 0
    if len(tokens) > 1 and short <= _SHORT_ALONE:  # "ITU-R": the phrase, whole
        return fts_query(text, prefix=False), "", False
    if len(words) == 1 and short <= _SHORT_ALONE:
        return fts_query(last, prefix=False), "", False
    if len(words) > 1 and len(tokens) == 1 and short <= _SHORT_AFTER:
        return fts_query(" ".join(words[:-1]), prefix=False), _fold(last), True
    return fts_query(text, prefix), "", prefix


# Ranking is bounded: BM25 is computed for the newest CANDIDATES rows that match
# (the index streams them in rowid order, newest first), and the best of those
# are the hits. A query matching fewer rows (nearly all) is ranked whole, as
# before; a word found in nearly every text ("the", "ITU": 100,000 rows at
# 25,000 versions) no longer has all its rows scored (130 ms) to list 200 of
# them among which the ranking hardly differs, and the newest texts come first.
CANDIDATES = 2000
# A short last word is checked on the candidates' texts, each read from the
# table (3.5 µs a row at 25,000 versions): on the newest 500, while it is typed.
FILTERED = 500
RANKING = (
    "SELECT id, r FROM (SELECT rowid AS id, rank AS r FROM provisions_fts WHERE provisions_fts MATCH ? "
    "ORDER BY rowid DESC LIMIT ?) ORDER BY r, id LIMIT ?"
)
# The ranked rows as the outer loop, and each row, its version and its
# resolution by primary key: one statement, in rank order (the left table of a
# CROSS JOIN is always SQLite's outer loop, so no second sort; tests check the
# order). The snippet is cut when it is shown: asking FTS5 for snippet() ran
# the full-text query a second time.
_COLUMNS = "p.id, p.version_id, r.body, r.number, v.revision, v.title, p.path, p.text, v.replaced_at"
_OF_RESOLUTION = "JOIN resolutions r ON r.id = v.resolution_id"
_JOINS = f"JOIN versions v ON v.id = p.version_id {_OF_RESOLUTION}"
_RANKED = f"FROM ({RANKING}) AS f CROSS JOIN provisions p ON p.id = f.id"
_HITS = f"SELECT {_COLUMNS}, f.r {_RANKED} {_JOINS}"
# A short prefix after other words: the candidates' texts alone are read to keep
# those with a word so starting, and the rows of the kept ones only (a version's
# row is long: reading 2,000 of them cost 20 ms).
_CANDIDATE_TEXTS = f"SELECT f.id, f.r, p.text {_RANKED}"
_ROWS = f"SELECT {_COLUMNS} FROM provisions p {_JOINS} WHERE p.id IN (SELECT value FROM json_each(?))"


def ranking(text: str, prefix: bool = True, limit: int = 50) -> tuple[str, list[object]] | None:
    """The statement that ranks the hits of ``text`` from the index alone, and its
    arguments (the benchmark runs it in raw sqlite3 as the peer); None when
    nothing is searchable."""
    if _CJK.search(text):
        where, args = _cjk_where(text)
        return f"SELECT p.id {where} LIMIT ?", [*args, limit]
    query, start, _ = _plan(text, prefix)
    if not query:
        return None
    return RANKING, [query, FILTERED, FILTERED] if start else [query, CANDIDATES, limit]


def count(db: Database, text: str, prefix: bool = True) -> int:
    """How many provisions a search finds in all (it lists ``limit`` of them)."""
    if _CJK.search(text):
        return len(_cjk_search(db, text, 1_000_000))
    query, start, _ = _plan(text, prefix)
    if not query:
        return 0
    if not start:
        return int(
            db.execute("SELECT count(*) FROM provisions_fts WHERE provisions_fts MATCH ?", [query]).fetchone()[0]
        )
    texts = db.execute(
        "SELECT p.text FROM provisions p WHERE p.id IN (SELECT rowid FROM provisions_fts WHERE provisions_fts MATCH ?)",
        [query],
    )
    starting = _starting(start)
    return sum(1 for (t,) in texts if starting.search(t))


def search(db: Database, text: str, limit: int = 50, prefix: bool = True, scores: bool = False) -> list[SearchHit]:
    """The ``limit`` best provisions for ``text``, best first (of the newest
    CANDIDATES that match, see above). A hit's ``rank`` is its BM25 score with
    ``scores`` (the command line's JSON gives it), else its place in the list.
    (A row the index names but the table lacks, an index out of step, is left out.)"""
    if _CJK.search(text):
        return _cjk_search(db, text, limit)
    query, start, prefix = _plan(text, prefix)
    if not query:
        return []
    if start:
        starting = _starting(start)
        texts = db.execute(_CANDIDATE_TEXTS, [query, FILTERED, FILTERED])
        kept = {pid: score for pid, score, body in texts if starting.search(body)}
        kept = dict(itertools.islice(kept.items(), limit))
        found = {r[0]: r for r in db.execute(_ROWS, [json.dumps(list(kept))])}
        rows = [(*found[pid], score) for pid, score in kept.items() if pid in found]
    else:
        rows = db.execute(_HITS, [query, CANDIDATES, limit]).fetchall()
    words = _words(text)
    terms = tuple(_fold(w) for w in words)
    others = tuple(_fold(o) for n, w in enumerate(words) for o in spellings(w, prefix and n == len(words) - 1)[1:])
    return [
        SearchHit(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[9] if scores else float(n),
            r[7],
            terms,
            prefix,
            None,
            r[8],
            others,
        )
        for n, r in enumerate(rows, 1)
    ]


_FOLDED: dict[str, str] = {}  # a folded letter: every letter that folds to it (é, è, ê, e, E…)


def _starting(start: str) -> re.Pattern[str]:
    """A word of a text that begins with ``start`` (folded) once folded as the
    tokenizer folds it: matched on the text as it is, not folding every text."""
    if not _FOLDED:
        for code in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
            ch = chr(code)
            _FOLDED[_fold(ch)] = _FOLDED.get(_fold(ch), "") + ch
    classes = "".join("[" + re.escape(ch + _FOLDED.get(ch, "")) + "]" for ch in start)
    return re.compile(r"\b" + classes, re.IGNORECASE)


_WORD = re.compile(r"\w[\w'’-]*")
_SNIPPET_WORDS = 16


def _fold(word: str) -> str:
    """As the unicode61 tokenizer compares words: case and diacritics folded."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def snippet(text: str, terms: list[str], prefix: bool = True, others: tuple[str, ...] = ()) -> str:
    """About sixteen words around the first match, matches between START and END.
    A query word matches a word of the text that it equals once folded, or that it
    starts when it is the last word typed (search as you type); so does its
    other spelling (``others``: "standardization" for "standardisation")."""
    words = list(_WORD.finditer(text))
    # a query word like "ITU-R" is matched by its parts, as the tokenizer split it
    exact = {p for term in (*terms, *others) for p in (_WORD.findall(term) or [term])}
    starts = tuple(_WORD.findall(terms[-1]) or [terms[-1]]) if prefix and terms else ()
    if prefix and others:
        starts += tuple(others)

    def matches(word: str) -> bool:
        folded = word.lower() if word.isascii() else _fold(word)  # the same for ASCII, at a tenth of the cost
        if folded in exact or (bool(starts) and folded.startswith(starts)):
            return True
        # "ITU-T" is two words to the tokenizer: a query's "T" is found in it
        parts = _TOKEN.findall(folded) if not folded.isalnum() else ()
        return len(parts) > 1 and any(p in exact or (bool(starts) and p.startswith(starts)) for p in parts)

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
