"""Provision labels: "a)", "1", "ii)", and how they nest.

ITU labels preamble items with letters, operative items with numbers and
sub-items with roman numerals. "i)" is ambiguous: after "h)" it is the ninth
letter, after "b)" or "3" it opens a roman sub-list. The decision is made from
the sequence, which is what a human reader does too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

LETTER, NUMBER, ROMAN = "letter", "number", "roman"

_ROMANS = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
]
_ROMAN_INDEX = {r: n for n, r in enumerate(_ROMANS, 1)}
# Arabic texts label items with letters in abjad order: أ ب ج د ه و ز ح ط ي ...
_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"

# A label at the start of a paragraph. Conversions wrap it in emphasis (*i)*,
# _a)_), put a bullet before it (- a)), or follow it with spaces instead of a tab.
_LABEL = re.compile(
    r"""^(?:[-*•▪–]\s+)?            # a Markdown or typographic bullet
        (?P<em>[*_]{0,2})
        (?P<label>
            \(?(?P<alpha>[a-z]{1,4})\)(?P<asuf>bis|ter|quater)?   # a)  (a)  ii)  fh)  b)bis
          | \(?(?P<arabic>[\u0621-\u064a])\s?\)   # أ)  ب)  in Arabic texts
          | (?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<nsuf>bis|ter|quater)?(?P<close>[.)]?)   # 1  1)  1.  1.1  1bis
        )
        (?P=em)
        (?P<sep>\t+|\s+|$)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Label:
    text: str  # as written: "a)", "1", "ii)"
    kind: str  # LETTER, NUMBER or ROMAN (roman only when unambiguous)
    value: int  # position in its sequence (a=1, ii=2, 3=3)
    ambiguous_roman: bool = False  # a letter that could be a roman numeral ("i)", "v)")


# The parsers ask for a line's label several times (is it a call, what sequence is
# it in, is it out of order) and the draft view parses the whole text on every
# pause in typing, where all but a line or two are the lines of the last pause:
# 900 calls a pause for a 5,000-word MOD, answered from here. A Label is frozen.
@functools.lru_cache(maxsize=16384)
def split_label(line: str, *, tab_required_for_numbers: bool = False) -> tuple[Label | None, str]:
    """Split a paragraph into its label and its text.

    Numbers need care: "2 to invite" is an item, "2022 was a year" is not. A
    bare number is taken as a label when it is followed by a tab, or by a space
    and a letter (never a digit), and has at most two digits.
    """
    m = _LABEL.match(line)
    if not m:
        return None, line
    sep = m.group("sep")
    rest = line[m.end() :]
    if m.group("arabic"):
        letter = m.group("arabic")
        if letter not in _ABJAD or (not sep and rest):
            return None, line
        return Label(f"{letter})", LETTER, _ABJAD.index(letter) + 1), rest.strip()
    if m.group("alpha"):
        alpha = m.group("alpha")
        if len(alpha) > 1 and alpha not in _ROMAN_INDEX and not _flattened_pair(alpha):
            return None, line
        if not sep and rest:
            return None, line
        suffix = m.group("asuf") or ""  # "b)bis": an item a later conference put after b), at its level
        text = f"{alpha}){suffix}"
        if suffix and len(alpha) == 1:
            return Label(text, LETTER, ord(alpha) - ord("a") + 1), rest.strip()
        if alpha in _ROMAN_INDEX and len(alpha) > 1:
            return Label(text, ROMAN, _ROMAN_INDEX[alpha]), rest.strip()
        if len(alpha) == 1:
            value = ord(alpha) - ord("a") + 1
            return Label(text, LETTER, value, ambiguous_roman=alpha in _ROMAN_INDEX), rest.strip()
        # "fh)": a flattened revision, old and new label side by side; the new one counts
        return Label(text, LETTER, ord(alpha[-1]) - ord("a") + 1), rest.strip()
    num = m.group("num")
    if "\t" not in sep:
        if tab_required_for_numbers and not m.group("close"):
            return None, line
        if not sep or not rest or rest[0].isdigit() or len(num.split(".")[0]) > 2:
            return None, line
    value = int(num.split(".")[-1])
    # ITU writes operative numbers bare ("1"); "1." and "1)" are a converter's or a typist's
    return Label(num + (m.group("nsuf") or ""), NUMBER, value), rest.strip()


def _flattened_pair(alpha: str) -> bool:
    """ "fh", "gj", "dc": two single letters, an old and a new label run together."""
    return len(alpha) == 2


def successors(label: str) -> set[str]:
    """The labels that can come next after ``label`` at its level: "4" after
    "3", "c)" after "b)", "vi)" after "v)" (and "w)", were "v)" a letter)."""
    bare = label.rstrip(")")
    if bare.isdigit():
        return {str(int(bare) + 1)}
    if not label.endswith(")"):
        return set()
    found = set()
    if bare in _ROMAN_INDEX and _ROMAN_INDEX[bare] < len(_ROMANS):
        found.add(_ROMANS[_ROMAN_INDEX[bare]] + ")")
    if len(bare) == 1 and "a" <= bare < "z":
        found.add(chr(ord(bare) + 1) + ")")
    return found


def roman_value(text: str) -> int | None:
    return _ROMAN_INDEX.get(text.rstrip(")").lstrip("("))


def resolve_kind(label: Label, previous_same_level: Label | None, parent_kind: str | None) -> str:
    """The kind a label really has, given the label before it at the same level.

    "i)" after "h)" continues the letters; "i)" after anything else opens roman
    sub-items; "v)" after "iv)" is roman, after "u)" a letter.
    """
    if label.kind != LETTER or not label.ambiguous_roman:
        return label.kind
    if previous_same_level is not None:
        if previous_same_level.kind == LETTER and previous_same_level.value == label.value - 1:
            return LETTER
        if previous_same_level.kind == ROMAN and roman_value(label.text) == previous_same_level.value + 1:
            return ROMAN
    if label.text == "i)" and parent_kind is not None:
        return ROMAN
    if label.text == "i)" and previous_same_level is not None:
        return ROMAN
    return LETTER
