"""The vocabulary's words, spelled once: proposal actions and statuses, stances,
priorities, regional groups, languages, as the command line takes them, the
store keeps them and the exports write them.

This module imports nothing, so that the command line's parser (loaded at every
start, the desktop app's included) takes its choices from here without loading
the document model; the model's enums (``core.model``) take their values from
here, and a test holds the two together.
"""

from __future__ import annotations

# -- proposal actions, as ITU writes them ----------------------------------------------
MOD, EDITORIAL_MOD, ADD, ADD_STAR, SUP, SUP_STAR, NOC = "MOD", "(MOD)", "ADD", "ADD*", "SUP", "SUP*", "NOC"
ALL_ACTIONS = (MOD, EDITORIAL_MOD, ADD, ADD_STAR, SUP, SUP_STAR, NOC)
ACTIONS = (MOD, EDITORIAL_MOD, ADD, SUP, NOC)  # what a delegate chooses (the starred forms are read, not made)
MARKED = (MOD, EDITORIAL_MOD)  # written with revision marks against a base
ADDS = (ADD, ADD_STAR)  # new text
SUPS = (SUP, SUP_STAR)  # the resolution suppressed
TITLE_ONLY = (SUP, SUP_STAR, NOC)  # the heading and title stand for the text


def marked(action: str) -> bool:
    return action in MARKED


# -- where a proposal stands -----------------------------------------------------------
STATUSES = ("draft", "submitted", "adopted", "adopted-modified", "not-adopted", "withdrawn", "noted", "suppressed")

# -- positions -----------------------------------------------------------------------------
STANCES = ("support", "support with changes", "neutral", "oppose", "undecided")
PRIORITIES = ("high", "medium", "low")
REGIONS = ("APT", "ATU", "CEPT", "CITEL", "ASMG", "RCC")

# -- the six languages of the Union ------------------------------------------------------
LANGUAGES = ("en", "ar", "es", "fr", "ru", "zh")
