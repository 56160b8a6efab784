"""A store of tens of thousands of versions, built directly: ten times the
library the Word-import benchmarks use, without importing ten times the files.

A ministry that keeps every revision of the PP, RA, WTSA, WTDC and Council texts
in the six languages holds about 25,000 versions. Each generated resolution
revision is written in the six languages: its English text takes a real
resolution as its skeleton (library_gen), and each other language takes the
calls and sentences of the real translations in tests/fixtures/languages, so
that the search index holds French, Spanish, Russian, Arabic and Chinese words
(the Chinese in the trigram index too) in the proportions a real library has.

Versions go in through the store's own ``store_version`` (the parsed text as
JSON, the provisions, both search indexes), in transactions of a few hundred,
so the store has the shape an import gives it; reading Word files is what is
left out. ``grow`` adds versions to a store until it holds the number asked
for, so one store can be measured at 2,500, then 10,000, then 25,000 versions.

    python benchmarks/store_gen.py STORE.sqlite3 25000
"""

from __future__ import annotations

import copy
import itertools
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from library_gen import BODIES, CITIES, _rewrite, skeletons  # noqa: E402

from delegate_app.core.model import Resolution  # noqa: E402
from delegate_app.formats.reader import read_file  # noqa: E402

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
BODY_NAMES = list(BODIES) + ["Council"]
PREAMBLES = {
    "en": "The {body} ({rev}),",
    "fr": "La {body} ({rev}),",
    "es": "La {body} ({rev}),",
    "ru": "{body} ({rev}),",
    "ar": "إن {body} ({rev})،",
    "zh": "{body}（{rev}），",
}
REVISION_WORD = {"en": "Rev.", "fr": "Rév.", "es": "Rev.", "ru": "Пересм.", "ar": "المراجَع في", "zh": "修订版"}


class Languages:
    """For each language, the calls and the sentences of a real translation."""

    def __init__(self) -> None:
        self.calls: dict[str, list[str]] = {}
        self.pool: dict[str, list[str]] = {}
        english = skeletons()
        self.calls["en"] = [s.call for res in english for s in res.sections if s.call]
        self.pool["en"] = [p.text for res in english for p in res.provisions() if len(p.text.split()) > 3]
        for path in sorted((ROOT / "tests" / "fixtures" / "languages").glob("*-res59.txt")):
            res = read_file(path).document
            self.calls[res.language] = [s.call for s in res.sections if s.call]
            self.pool[res.language] = [p.text for p in res.provisions() if p.text]

    def rewrite(self, text: str, language: str, rng: random.Random) -> str:
        pool = self.pool[language]
        if language == "zh":  # no spaces: recombine by characters
            donor = rng.choice(pool)
            cut = rng.randint(1, max(1, min(len(text), len(donor)) - 1))
            return donor[:cut] + rng.choice(pool)[cut:]
        if language == "en":
            return _rewrite(text, pool, rng)
        donor = rng.choice(pool).split()
        size = max(4, len(text.split()) + rng.randint(-4, 4))
        words = []
        while len(words) < size:
            words += rng.choice(pool).split()
        rng.shuffle(donor)
        return " ".join((donor + words)[:size])


def _translated(res: Resolution, language: str, langs: Languages, rng: random.Random) -> Resolution:
    out = copy.deepcopy(res)
    out.language = language
    if language == "en":
        return out
    calls = langs.calls[language]
    for n, section in enumerate(out.sections):
        section.call = calls[n % len(calls)]
        for prov in section.walk():
            prov.text = langs.rewrite(prov.text, language, rng)
    out.title = langs.rewrite(res.title, language, rng)
    return out


def versions_made(total: int, seed: int = 11, langs: Languages | None = None):
    """The ``total`` generated versions in a fixed order: resolution after
    resolution, each revision in the six languages. The n-th version is the same
    whatever ``total`` is, so a store grown in steps equals one built at once."""
    rng = random.Random(seed)
    langs = langs or Languages()
    bases = skeletons()
    made, n = 0, 0
    while made < total:
        n += 1
        base = copy.deepcopy(bases[n % len(bases)])
        base.body = BODY_NAMES[n % len(BODY_NAMES)]
        base.number = str(n) if base.body != "RA" else f"ITU-R {n}"
        base.annexes, base.footnotes = [], []
        base.sections = base.sections[: rng.randint(4, 7)]
        for prov in base.provisions():
            prov.text = _rewrite(prov.text, langs.pool["en"], rng)
            prov.notes = []
        for year in sorted(rng.sample(range(2002, 2027, 2), 3)):
            city = rng.choice(CITIES)
            english = copy.deepcopy(base)
            for prov in english.provisions():
                if rng.random() < 0.15:
                    words = prov.text.split()
                    i = rng.randrange(len(words))
                    words[i : i + 2] = rng.sample(["effective", "regional", "all", "relevant", "further"], 2)
                    prov.text = " ".join(words)
            for language in LANGUAGES:
                if made >= total:
                    return
                res = _translated(english, language, langs, rng)
                res.revision = f"{REVISION_WORD[language]} {city}, {year}"
                res.preamble = PREAMBLES[language].format(body=res.body, rev=f"{city}, {year}")
                made += 1
                yield res


def grow(store: str | Path, versions: int, batch: int = 500, progress=None) -> dict:
    """Add generated versions to ``store`` until it holds ``versions`` of them
    (current ones; a new store is created). Returns the store's counts."""
    from delegate_app.store import editions, library
    from delegate_app.store.database import open_database, writing

    db = open_database(str(store))
    try:
        have = library.counts(db)["versions"]
        if have < versions:
            # the versions a store of ``have`` lacks: the earlier ones are made again (the
            # random draws must be replayed) but never held, 25,000 texts at once
            pending = itertools.islice(versions_made(versions), have, None)
            while chunk := list(itertools.islice(pending, batch)):
                with writing(db):
                    for res in chunk:
                        editions.store_version(db, res, None)
                have += len(chunk)
                if progress:
                    progress(have)
        return library.counts(db)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    store, versions = argv[0], int(argv[1]) if len(argv) > 1 else 25000
    start = time.perf_counter()
    counts = grow(store, versions, progress=lambda n: print(f"{n} versions", end="\r", flush=True))
    print(f"{counts} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
