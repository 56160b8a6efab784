"""The conference's vocabulary as the window shows it: the ITU rule a deadline
comes from (core/deadlines.py), what the deadline is for, and why a proposal
was not reconciled (services/reconcile.py), and what a proposal acts on
("WTDC Resolution 59", core/model.py Proposal.target), in the interface language.

The core keeps its English values: the command line prints them, --json gives
them, tests compare them. Only what a view shows is translated, here, so the
status bar, the rules check and the reconcile dialog say them alike. A value
the table does not know (a later rule not yet translated) is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Conference"
RULES = {  # each citation core/deadlines.py gives, whole (a test holds that none is missing)
    "CS 224, CV 519": QT_TRANSLATE_NOOP("Conference", "CS 224, CV 519"),
    "General Rules No. 40": QT_TRANSLATE_NOOP("Conference", "General Rules No. 40"),
    "Resolution 165 (Rev. Dubai, 2018)": QT_TRANSLATE_NOOP("Conference", "Resolution 165 (Rev. Dubai, 2018)"),
    "Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)": QT_TRANSLATE_NOOP(
        "Conference", "Resolution 165 (Rev. Dubai, 2018); WTSA Resolution 1, considering f)"
    ),
    "Resolution 165 (Rev. Dubai, 2018) (inferred: Resolution ITU-R 1 sets none of its own)": QT_TRANSLATE_NOOP(
        "Conference", "Resolution 165 (Rev. Dubai, 2018) (inferred: Resolution ITU-R 1 sets none of its own)"
    ),
    "Council": QT_TRANSLATE_NOOP("Conference", "set by the Council secretariat"),
}
SKIPPED = {  # services/reconcile.py SKIPPED, by its key
    "adopted-itself": QT_TRANSLATE_NOOP("Conference", "drafted from the adopted text itself"),
    "no-base": QT_TRANSLATE_NOOP("Conference", "the text it acts on is not in the library"),
    "other-language": QT_TRANSLATE_NOOP("Conference", "in another language ({0})"),
    "not-older": QT_TRANSLATE_NOOP("Conference", "drafted from {0}, not older than the adopted text"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def rule_text(rule: str) -> str:
    """The rule a deadline comes from ("CS 224, CV 519"), in the interface language."""
    return _tr(RULES[rule]) if rule in RULES else rule


def deadline_for(what: str) -> str:
    """What a deadline is for ("all other proposals"), as the rules check says it."""
    from .rules_panel import DEADLINE_WORDS, tr

    return tr(DEADLINE_WORDS[what]) if what in DEADLINE_WORDS else what


def skipped_text(why: str, detail: str = "") -> str:
    """Why a proposal was not reconciled, in the interface language."""
    return _tr(SKIPPED[why]).format(detail) if why in SKIPPED else detail


_TARGET = re.compile(r"(?:(\S+) )?Resolution (\S+)")


def target_text(target: str) -> str:
    """ "WTDC Resolution 59" in the interface language; a draft's heading as it is."""
    found = _TARGET.fullmatch(target)
    if found is None:
        return target
    body, number = found.groups()
    if body:
        return QCoreApplication.translate("Conference", "{0} Resolution {1}").format(body, number)
    return QCoreApplication.translate("Conference", "Resolution {0}").format(number)
