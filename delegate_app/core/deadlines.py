"""The days by which a delegation's documents must reach the secretariat,
computed from ITU's own rules, each with the rule it comes from.

What the rules say, and the day each gives for a conference whose dates ITU
published (the tests hold these):

- Plenipotentiary Conference: proposals to amend the Constitution or the
  Convention at least eight months before the opening (CS 224, CV 519), all
  other proposals at least four months before (General Rules of conferences,
  assemblies and meetings of the Union, No. 40). PP-22 opened on 26 September
  2022: 26 January and 26 May 2022.
- World Radiocommunication Conference: 21 calendar days before the opening
  (Resolution 165 (Rev. Dubai, 2018)). WRC-23 opened on 20 November 2023: 30
  October 2023.
- WTDC: no later than fourteen calendar days before the opening (Resolution
  165): fourteen whole days lie between the deadline and the opening. WTDC-14
  opened on 30 March 2014: 15 March 2014, as its secretariat published.
- WTSA: WTSA Resolution 1, considering f), makes Resolution 165 apply to the
  assembly: the same fourteen days. WTSA-16 opened on 25 October 2016: its
  firm deadline was Monday 10 October 2016.
- Radiocommunication Assembly: Resolution ITU-R 1 sets no deadline of its own
  for the assembly's contributions; Resolution 165 covers the Union's
  assemblies, so the same fourteen days are given, and said to be inferred.
- Council: the secretariat sets each session's deadline, so it is the day the
  delegate gave; a contribution should run to at most four pages
  (council.itu.int, "prepare your contribution").

Pure: the day is given, never read from the clock here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from .conference import Conference, written_day
from .model import Contribution

COUNCIL_PAGES = 4
# A page of an ITU contribution (A4, Times New Roman 12 pt, ITU margins) holds
# about 3,000 characters of running text; the Word export's real page count
# needs a renderer, which the check does not have.
CHARS_PER_PAGE = 3000


@dataclass(frozen=True)
class Deadline:
    key: str  # "cs-cv-amendments", "proposals", "contributions", "session"
    what: str  # in English: "proposals to amend the Constitution or the Convention"
    day: date
    rule: str  # "CS 224, CV 519"

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "what": self.what, "day": self.day.isoformat(), "rule": self.rule}


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` earlier (the month's last day when it has fewer)."""
    month0 = day.year * 12 + day.month - 1 - months
    year, month = divmod(month0, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError(day)  # every month has a 28th


_RES165 = "Resolution 165 (Rev. Dubai, 2018)"
_FOURTEEN = timedelta(days=15)  # "no later than fourteen calendar days before": 14 whole days between


def deadlines(conf: Conference) -> list[Deadline]:
    """Every deadline of ``conf``, the earliest first; none before its opening
    (or, for Council, its deadline) is known."""
    out: list[Deadline] = []
    if conf.body == "Council":
        if conf.deadline:
            day = date.fromisoformat(conf.deadline)
            out.append(Deadline("session", "contributions (set for the session by the secretariat)", day, "Council"))
        return out
    opens = conf.opening
    if opens is None:
        return out
    if conf.body == "PP":
        out.append(
            Deadline(
                "cs-cv-amendments",
                "proposals to amend the Constitution or the Convention",
                months_before(opens, 8),
                "CS 224, CV 519",
            )
        )
        out.append(Deadline("proposals", "all other proposals", months_before(opens, 4), "General Rules No. 40"))
    elif conf.body == "WRC":
        out.append(Deadline("proposals", "proposals", opens - timedelta(days=21), _RES165))
    elif conf.body == "WTDC":
        out.append(Deadline("contributions", "contributions", opens - _FOURTEEN, _RES165))
    elif conf.body == "WTSA":
        out.append(
            Deadline(
                "contributions", "contributions", opens - _FOURTEEN, f"{_RES165}; WTSA Resolution 1, considering f)"
            )
        )
    elif conf.body == "RA":
        out.append(
            Deadline(
                "contributions",
                "contributions",
                opens - _FOURTEEN,
                f"{_RES165} (inferred: Resolution ITU-R 1 sets none of its own)",
            )
        )
    return sorted(out, key=lambda d: d.day)


def next_deadline(confs: list[Conference], today: date) -> tuple[Conference, Deadline] | None:
    """The nearest deadline on or after ``today`` among ``confs``."""
    ahead = [(d.day, n, k) for n, c in enumerate(confs) for k, d in enumerate(deadlines(c)) if d.day >= today]
    if not ahead:
        return None
    _, n, k = min(ahead)
    return confs[n], deadlines(confs[n])[k]


_TREATIES = ("constitution", "convention")


def amends_treaty(contrib: Contribution) -> bool:
    """Whether a proposal of ``contrib`` amends the Constitution or the Convention
    (for a PP, those are due four months earlier than the rest)."""
    for p in contrib.proposals:
        res = p.resolution
        words = f"{p.target} {res.title if res else ''}".lower()
        if any(f"{w} of the international telecommunication union" in words for w in _TREATIES) or (
            res is not None and res.body is None and res.number.upper().startswith(("CS", "CV"))
        ):
            return True
    return False


def applicable(conf: Conference, contrib: Contribution) -> Deadline | None:
    """The deadline ``contrib`` must meet at ``conf``."""
    found = deadlines(conf)
    if conf.body == "PP":
        key = "cs-cv-amendments" if amends_treaty(contrib) else "proposals"
        found = [d for d in found if d.key == key]
    return found[0] if found else None


def late(conf: Conference, contrib: Contribution, today: date) -> tuple[date, Deadline] | None:
    """(the day it is submitted, the deadline it misses) when ``contrib`` is past
    its deadline: dated after it, or undated while the deadline has passed."""
    deadline = applicable(conf, contrib)
    if deadline is None:
        return None
    submitted = written_day(contrib.header.date) or today
    return (submitted, deadline) if submitted > deadline.day else None


def estimated_pages(contrib: Contribution) -> int:
    """About how many pages the Word export of ``contrib`` runs to."""
    chars = sum(len(v) for v in vars(contrib.header).values() if isinstance(v, str))
    chars += len(contrib.abstract) + len(contrib.introduction)
    for p in contrib.proposals:
        chars += len(p.reasons) + len(p.number) + 40
        if p.resolution is not None:
            res = p.resolution
            chars += len(res.title) + len(res.preamble) + sum(len(s.call) for s in res.sections)
            chars += sum(len(prov.label) + len(prov.text) + 1 for prov in res.provisions())
    return max(1, math.ceil(chars / CHARS_PER_PAGE))


def over_page_limit(conf: Conference, contrib: Contribution) -> int | None:
    """The estimated page count of a Council contribution over its limit, else None."""
    if conf.body != "Council":
        return None
    pages = estimated_pages(contrib)
    return pages if pages > COUNCIL_PAGES else None
