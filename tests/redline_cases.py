"""Proposed revisions of real ITU texts, written the way delegates write them:
reworded items, inserted and deleted items, relabelled items, a new revision in
the heading. Shared by the redline and Word export tests."""

from __future__ import annotations

import copy

from conftest import ROOT, itu_text

from delegate_app.core.model import Provision, Resolution, Section
from delegate_app.formats.reader import read_file


def wtdc59() -> Resolution:
    return read_file(itu_text("wtdc-res59-kigali-2022.txt")).document


def wtdc59_proposed() -> Resolution:
    """A MOD of WTDC 59 for WTDC-25: new revision, a reworded item, a deleted item
    (so the later ones are relabelled), an inserted item, a new call."""
    res = copy.deepcopy(wtdc59())
    res.revision = "Rev. Baku, 2025"
    res.preamble = "The World Telecommunication Development Conference (Baku, 2025),"
    recalling = res.sections[0]
    first = recalling.provisions[0]
    first.text = first.text.replace("(Rev. Dubai, 2018)", "(Rev. Bucharest, 2022)")
    for note in first.notes:  # the footnote stays after "developing", four characters further on
        note.offset += len("Bucharest, 2022") - len("Dubai, 2018")
    del recalling.provisions[1]  # b) goes; c) d) e) f) become b) c) d) e)
    for prov, label in zip(recalling.provisions, "abcdef"):
        prov.label = f"{label})"
    recalling.provisions.append(
        Provision(
            "f)",
            "Resolution ITU-R 75 (Dubai, 2023) of the Radiocommunication "
            "Assembly, on strengthening coordination and cooperation among "
            "the three ITU Sectors on matters of mutual interest,",
        )
    )
    considering = res.sections[1]
    considering.provisions[1].text = (
        "that the mechanism for cooperation at secretariat level among the three "
        "Sectors and the General Secretariat of the Union was established to "
        "ensure close cooperation between the secretariats, such as on emergency "
        "telecommunications, climate change and artificial intelligence;"
    )
    instructs = res.sections[8]
    instructs.provisions[2].text = "to report annually to TDAG on the implementation of this resolution;"
    instructs.provisions.append(Provision("4", "to continue to facilitate remote participation in ITU-D meetings,"))
    res.sections.insert(
        9,
        Section(
            call="instructs the Secretary-General",
            operative=True,
            provisions=[Provision("", "to bring this resolution to the attention of the Council.")],
        ),
    )
    return res


def ra75() -> Resolution:
    return read_file(ROOT / "resources" / "starter" / "ra-res-itu-r-75-dubai-2023.txt").document


def ra75_proposed() -> Resolution:
    """A MOD of RA Resolution 75 touching a sub-item, an annex and the history."""
    res = copy.deepcopy(ra75())
    res.revision = "Rev. Geneva, 2027"
    resolves = next(s for s in res.sections if s.call == "resolves")
    third = resolves.provisions[2]
    third.children[1].text = "a joint meeting may be arranged by the Directors of the Bureaux, or"
    del resolves.provisions[5]
    res.annexes[1].title = "Procedural method of cooperation between the Sectors"
    del res.annexes[3]
    return res


def paragraphs(res: Resolution) -> list[str]:
    """The paragraphs of a resolution as Word shows them (label, tab, text), written
    independently of the code under test."""
    out = [res.heading] + [p for p in (res.title, res.history, res.preamble) if p]

    def walk(provisions):
        for prov in provisions:
            out.append(f"{prov.label}\t{prov.text}" if prov.label else prov.text)
            walk(prov.children)

    for section in res.sections:
        out.append(section.call)
        walk(section.provisions)
    for annex in res.annexes:
        out += [p for p in (annex.label, annex.reference, annex.title) if p]
        walk(annex.provisions)
    return out
