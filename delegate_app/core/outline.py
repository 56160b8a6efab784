"""A resolution as a flat list of addressed provisions.

Search, positions and comparison sheets need to name a provision without the
tree: "resolves 3 i)", "considering a)", "ANNEX 1 b)". The path uses the call as
written (its first words for long addressees) and the labels from the top down;
an unlabelled provision gets its position under the call ("resolves ¶1").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from .model import Provision, Resolution

_CALL_WORDS = 8


class OutlineRow(NamedTuple):
    """A named tuple, not a frozen dataclass: a library import or a first fill
    outlines 60,000 provisions, and a frozen dataclass's __init__ (a setattr a
    field) cost 0.9 µs a row against 0.25."""

    call: str
    path: str
    label: str
    text: str
    depth: int


def call_short(call: str) -> str:
    words = call.split()
    return " ".join(words[:_CALL_WORDS]) + (" …" if len(words) > _CALL_WORDS else "")


def outline(res: Resolution) -> list[OutlineRow]:
    rows: list[OutlineRow] = []
    for section in res.sections:
        _add(rows, section.call, call_short(section.call), section.provisions, 0)
    for annex in res.annexes:
        _add(rows, annex.label, annex.label, annex.provisions, 0)
    return rows


def provision_paths(prefix: str, provisions: list[Provision], depth: int = 0) -> Iterator[tuple[str, int, Provision]]:
    """(path, depth, provision) for the provisions under ``prefix`` and their
    sub-items, in reading order: the one place provision paths are made."""
    unlabelled = 0
    for prov in provisions:
        if prov.label:
            path = f"{prefix} {prov.label}"
        else:
            unlabelled += 1
            path = f"{prefix} ¶{unlabelled}"
        yield path, depth, prov
        if prov.children:
            yield from provision_paths(path, prov.children, depth + 1)


def _add(rows: list[OutlineRow], call: str, prefix: str, provisions: list[Provision], depth: int) -> None:
    for path, level, prov in provision_paths(prefix, provisions, depth):
        rows.append(OutlineRow(call, path, prov.label, prov.text, level))
