"""A realistic generated library for benchmarks: thousands of resolution
versions built from the shapes and vocabulary of the real texts.

Each generated resolution takes a real one (the starter library and the
fixtures) as its skeleton, keeps its calls, and rewrites its provisions with
sentences recombined from the real provisions, so word frequencies, provision
lengths and call structure look like the ITU's. Every resolution gets several
revisions ("Rev. <city>, <year>") that differ the way revisions do: a few words
changed, an item added or dropped. Deterministic for a given seed.
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from delegate_app.core.model import Provision, Resolution  # noqa: E402
from delegate_app.formats.reader import read_file  # noqa: E402
from delegate_app.formats.text_writer import resolution_text  # noqa: E402

BODIES = {
    "PP": "The Plenipotentiary Conference of the International Telecommunication Union ({rev}),",
    "RA": "The ITU Radiocommunication Assembly ({rev}),",
    "WTSA": "The World Telecommunication Standardization Assembly ({rev}),",
    "WTDC": "The World Telecommunication Development Conference ({rev}),",
}
CITIES = [
    "Geneva",
    "Dubai",
    "Busan",
    "Kigali",
    "Buenos Aires",
    "Hammamet",
    "Bucharest",
    "New Delhi",
    "Baku",
    "Sharm el-Sheikh",
    "Antalya",
    "Guadalajara",
    "Hyderabad",
    "Johannesburg",
    "Florianópolis",
    "Doha",
]


def skeletons() -> list[Resolution]:
    paths = sorted((ROOT / "resources" / "starter").glob("*.txt"))
    fixture = ROOT / "tests" / "fixtures" / "itu-texts" / "pp-res191-busan2014-to-dubai2018-flattened-revisions.txt"
    paths.append(fixture)
    return [read_file(p).document for p in paths]


def _sentences(resolutions: list[Resolution]) -> list[str]:
    words = []
    for res in resolutions:
        for prov in res.provisions():
            words.append(prov.text)
    return words


def _rewrite(text: str, pool: list[str], rng: random.Random) -> str:
    """A provision of similar length from pieces of real provisions."""
    donor = rng.choice(pool).split()
    own = text.split()
    cut = rng.randint(1, max(1, len(own) - 1))
    tail_len = max(3, len(own) - cut + rng.randint(-4, 4))
    start = rng.randint(0, max(0, len(donor) - tail_len))
    return " ".join(own[:cut] + donor[start : start + tail_len])


def _revise(res: Resolution, rng: random.Random, city: str, year: int) -> Resolution:
    new = copy.deepcopy(res)
    new.revision = f"Rev. {city}, {year}"
    new.preamble = BODIES[new.body].format(rev=f"{city}, {year}")
    new.footnotes = []
    for prov in new.provisions():
        prov.notes = []
        if rng.random() < 0.15:
            words = prov.text.split()
            i = rng.randrange(len(words))
            words[i : i + 2] = rng.sample(["effective", "regional", "all", "the", "relevant", "ITU-D", "further"], 2)
            prov.text = " ".join(words)
    for section in new.sections:
        if section.provisions and rng.random() < 0.2:
            last = section.provisions[-1]
            if last.label and last.label[:-1].isalpha() and len(last.label) == 2 and last.label[0] < "t":
                label = chr(ord(last.label[0]) + 1) + ")"
                section.provisions.append(Provision(label=label, text=last.text))
    return new


def write_docx(res: Resolution, path: Path) -> None:
    """The resolution as a Word file the way ITU publishes them: named styles,
    labels as text and a tab."""
    import docx

    document = docx.Document()
    styles = {s.name for s in document.styles}

    def para(text: str, style: str) -> None:
        p = document.add_paragraph(text)
        if style in styles:
            p.style = document.styles[style]

    for name in ("ResNo", "Call"):
        if name not in styles:
            document.styles.add_style(name, 1)
            styles.add(name)
    para(res.heading, "ResNo")
    para(res.title, "Normal")
    para(res.preamble, "Normal")
    for section in res.sections:
        para(section.call, "Call")
        for prov in section.walk():
            para(f"{prov.label}\t{prov.text}" if prov.label else prov.text, "Normal")
    document.save(path)


def generate(
    folder: Path, versions: int = 2500, revisions: int = 3, seed: int = 7, docx_files: bool = False
) -> list[Path]:
    """Write ``versions`` resolution texts into ``folder`` (text, or Word with
    ``docx_files``); returns their paths. About 24 provisions a version, as in the
    PP Final Acts (61 resolutions, about 2,500 items)."""
    rng = random.Random(seed)
    bases = skeletons()
    pool = _sentences(bases)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    bodies = list(BODIES)
    n = 0
    while len(paths) < versions:
        n += 1
        base = copy.deepcopy(bases[n % len(bases)])
        base.body = bodies[n % len(bodies)]
        base.number = str(n) if base.body != "RA" else f"ITU-R {n}"
        base.annexes = []
        base.sections = base.sections[: rng.randint(4, 7)]
        for prov in base.provisions():
            prov.text = _rewrite(prov.text, pool, rng)
        years = sorted(rng.sample(range(2002, 2027, 2), revisions))
        for year in years:
            if len(paths) >= versions:
                break
            text = _revise(base, rng, rng.choice(CITIES), year)
            path = folder / f"{text.body}-{text.number.replace(' ', '')}-{year}.{'docx' if docx_files else 'txt'}"
            if docx_files:
                write_docx(text, path)
            else:
                path.write_text(resolution_text(text), encoding="utf-8")
            paths.append(path)
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "generated-library")
    print(f"{len(generate(out))} files in {out}")
