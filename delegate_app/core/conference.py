"""A conference or assembly the delegation prepares for, as a record.

The body decides which of ITU's submission rules apply (core/deadlines.py);
the opening day is what they count back from; the closing day is the day a
conference's decisions are dated (reconciling with the adopted text sets each
proposal's status on it). Council sets its deadline per session, so a Council
session carries the day by hand. Dates are ISO days ("2026-11-09"): what the
command line takes and the store keeps, so they sort and compare as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .errors import DelegateError

# the bodies a conference record may have, as the command line spells them
BODIES = ("PP", "WRC", "WTDC", "WTSA", "RA", "Council")
_BODY_KEYS = {b.lower(): b for b in BODIES}

_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan", "janvier", "enero"),
            ("february", "feb", "février", "fevrier", "febrero"),
            ("march", "mar", "mars", "marzo"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juin", "junio"),
            ("july", "jul", "juillet", "julio"),
            ("august", "aug", "août", "aout", "agosto"),
            ("september", "sep", "sept", "septembre", "septiembre"),
            ("october", "oct", "octobre", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "décembre", "decembre", "diciembre"),
        ),
        1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?(\d{4})")


@dataclass
class Conference:
    name: str  # "PP-26", "WTDC-29", "Council 2027"
    body: str  # one of BODIES
    opens: str = ""  # ISO day
    closes: str = ""
    place: str = ""
    deadline: str = ""  # Council: the session's deadline, set by hand (ISO day)
    contributions: list[int] = field(default_factory=list)  # the delegation's documents for it (ids)
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "body": self.body,
            "place": self.place,
            "opens": self.opens,
            "closes": self.closes,
            "deadline": self.deadline,
            "contributions": list(self.contributions),
        }

    @property
    def opening(self) -> date | None:
        return date.fromisoformat(self.opens) if self.opens else None


def body_named(text: str) -> str:
    """ "pp", "Council" as the body's own spelling; another is refused in one line."""
    found = _BODY_KEYS.get(text.strip().lower())
    if found is None:
        raise DelegateError(f"{text!r} is not a conference body; use one of: {', '.join(BODIES)}")
    return found


def iso_day(text: str, what: str = "date") -> str:
    """ "2026-11-09" checked; a date that is not one is refused in one line."""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise DelegateError(f"{what} {text!r} is not a date: give it as YYYY-MM-DD (2026-11-09)") from None


def check(conf: Conference) -> Conference:
    """A conference whose fields make sense together, or a one-line refusal."""
    check_fields(conf)
    for warning in warnings(conf):
        raise DelegateError(warning)
    return conf


def warnings(conf: Conference) -> list[str]:
    """What is wrong with fields taken together (closing before opening): the
    team exchange takes such a pair when two colleagues each set one date at
    once (refusing it would keep their stores apart), so it is shown, never
    refused there."""
    if conf.opens and conf.closes and conf.closes < conf.opens:
        return [f"{conf.name} would close ({conf.closes}) before it opens ({conf.opens})"]
    return []


def check_fields(conf: Conference) -> Conference:
    """Each field alone: a name, a known body, days that are days."""
    if not conf.name.strip():
        raise DelegateError("a conference needs a name (PP-26, WTDC-29, Council 2027)")
    conf.body = body_named(conf.body)
    for what in ("opens", "closes", "deadline"):
        value = getattr(conf, what)
        if value:
            setattr(conf, what, iso_day(value, f"--{what}"))
    return conf


def written_day(text: str) -> date | None:
    """The day a contribution's header gives ("14 April 2026", "2026-04-14",
    "14 avril 2026"), or None when it gives none the app can read."""
    text = text.strip()
    if not text:
        return None
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        found = _DAY_MONTH_YEAR.search(text)
        if found and found[2].lower() in _MONTHS:
            return date(int(found[3]), _MONTHS[found[2].lower()], int(found[1]))
    except ValueError:
        return None
    return None
