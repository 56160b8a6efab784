"""The conference as the delegation records it, and the deadlines ITU's rules
give it: the use cases behind ``delegate-app conference`` and ``deadlines``,
the rules check's conference (which one a contribution is for) and the
window's next deadline.

A contribution is for a conference when it was linked to it (``conference set
NAME --document ID``), or else when its header's meeting names it ("PP-26").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from ..core import conference as core
from ..core.conference import Conference
from ..core.deadlines import Deadline, deadlines, next_deadline
from ..core.errors import DelegateError
from ..store import conferences as records
from ..store import library as store
from ..store.database import Database
from .library import as_store_errors


@as_store_errors
def set_conference(
    db: Database,
    name: str,
    body: str = "",
    opens: str = "",
    closes: str = "",
    place: str = "",
    deadline: str = "",
    documents: Sequence[int] = (),
) -> Conference:
    """Record a conference, or change the fields given of one recorded; a value
    that is not one is refused in one line and nothing changes."""
    name = name.strip()
    stored = records.conference(db, name) if name else None
    if stored is None and not body:
        raise DelegateError(f"{name or 'the conference'} is new: give its body with --body ({', '.join(core.BODIES)})")
    given = {"body": body, "opens": opens, "closes": closes, "place": place, "deadline": deadline}
    merged = _conference(name, {f: v or (getattr(stored, f) if stored else "") for f, v in given.items()})
    core.check_fields(merged)
    if opens or closes:  # the dates given must agree; another edit of a record a merge left inverted is not refused
        for warning in core.warnings(merged):
            raise DelegateError(warning)
    known = {c["id"] for c in store.list_contributions(db)}
    missing = [str(d) for d in documents if d not in known]
    if missing:
        raise DelegateError(f"no contribution with id {', '.join(missing)} (see: delegate-app list --contributions)")
    changed = _conference(name, {f: getattr(merged, f) if v else "" for f, v in given.items()})
    return records.save_conference(db, changed if stored else merged, list(documents))


def _conference(name: str, fields: dict[str, str]) -> Conference:
    return Conference(name, fields["body"], fields["opens"], fields["closes"], fields["place"], fields["deadline"])


@as_store_errors
def remove_conference(db: Database, name: str) -> int:
    """Remove a conference recorded by mistake (a mistyped name travels to every
    colleague), with its agenda and its documents' links; the contributions and
    the support on them stay. The team exchange carries the removal. How many
    agenda items went with it."""
    found = records.delete_conference(db, name)
    if found is None:
        raise DelegateError(f"there is no conference {name!r} (see: delegate-app conference list)")
    return found


@as_store_errors
def unlink_document(db: Database, name: str, contribution_id: int) -> None:
    """A contribution linked to a conference by mistake is no longer one of its
    documents (its deadlines no longer apply to it); the exchange carries it."""
    if records.conference(db, name) is None:
        raise DelegateError(f"there is no conference {name!r} (see: delegate-app conference list)")
    if not records.unlink_document(db, name, contribution_id):
        raise DelegateError(f"contribution {contribution_id} is not a document of {name}")


@as_store_errors
def remove_agenda_item(db: Database, uid: str) -> None:
    """Take an item off its conference's agenda (the team exchange carries it)."""
    if not records.delete_agenda_item(db, uid):
        raise DelegateError(f"no agenda item {uid!r}")


# a place on an agenda or in a contribution as the app writes one: ASCII digits that
# SQLite's integer takes ("²" is a digit to str.isdigit, 10**20 overflows, 5,000 digits
# are past Python's int-string limit)
ORDER = re.compile(r"[0-9]{1,9}")
# an agenda item's key: what store/conferences.py's agenda_uid makes from the item
AGENDA_KEY = re.compile(r"[0-9a-f]{32}")


def exchanged_problem(kind: str, key: str, fields: dict[str, str | None]) -> str | None:
    """Why a conference record a colleague's bundle brings cannot be kept, by
    the rules ``conference set``, ``agenda add`` and ``support set`` apply (None:
    it can). A field not come yet is checked when it comes; the reason is cut to
    one short line where it is said, whatever the record holds (a hostile bundle's
    10 MB name)."""
    from . import support

    def exact(named: Callable[[str], str], value: str | None) -> None:
        """The door's rule, and the value as that door would have written it."""
        if value is not None and named(value) != value:
            raise DelegateError(f"{value!r} is not written as the app writes it ({named(value)!r})")

    try:
        if kind == "conference":  # each field alone: a pair only merging makes is taken, and shown (warnings)
            exact(str.strip, key)
            if not key:
                return "a conference needs a name"
            exact(core.body_named, fields.get("body"))
            for day in ("opens", "closes", "deadline"):
                exact(partial(core.iso_day, what=f"--{day}"), fields.get(day) or None)
            exact(str.strip, fields.get("place"))
        elif kind == "agenda":
            if not AGENDA_KEY.fullmatch(key):
                return "it names no agenda item"
            if fields.get("conference") == "":
                return "it belongs to no conference"
            for name in ("conference", "meeting", "item", "documents"):
                exact(str.strip, fields.get(name))
            if fields.get("item") == "":
                return "an agenda item needs its text"
            exact(lambda day: core.iso_day(day, "its day"), fields.get("day"))
            if fields.get("order") is not None and not ORDER.fullmatch(fields.get("order") or ""):
                return "its place on the agenda is not a number"
        elif kind in ("support", "conference_document"):
            if "|" not in key:
                return "it names no contribution"
            member = key.rsplit("|", 1)[1]
            if kind == "support":
                if len(member) > 8:
                    return f"a member is an ITU symbol (one to four letters), not {len(member)} characters"
                exact(support.member_code, member)
                exact(support.stance_named, fields.get("stance"))
                if fields.get("day") == "":
                    return "its day is not a date as YYYY-MM-DD"
                exact(support.day_named, fields.get("day"))
    except DelegateError as exc:
        return exc.message  # cut to one line where it is said (services.exchange.cut), as every refusal
    return None


def warnings(conf: Conference) -> list[str]:
    """What the record's fields say taken together (a merge of two colleagues'
    dates can close a conference before it opens): shown, never refused."""
    return core.warnings(conf)


@as_store_errors
def list_conferences(db: Database) -> list[Conference]:
    return records.conferences(db)


@as_store_errors
def named(db: Database, name: str) -> Conference:
    found = records.conference(db, name.strip())
    if found is None:
        names = ", ".join(c.name for c in records.conferences(db)) or "none yet"
        raise DelegateError(f"no conference named {name!r} (recorded: {names}; see: delegate-app conference set)")
    return found


@as_store_errors
def deadlines_of(db: Database, name: str) -> tuple[Conference, list[Deadline]]:
    """A conference and its deadlines; one whose dates do not give any is said so."""
    conf = named(db, name)
    found = deadlines(conf)
    if not found:
        if conf.body == "Council":
            raise DelegateError(f"{conf.name}: give the session's deadline with conference set --deadline YYYY-MM-DD")
        raise DelegateError(f"{conf.name}: give its opening day with conference set --opens YYYY-MM-DD")
    return conf, found


def _key(text: str) -> str:
    return re.sub(r"[\s\-‑–]+", "", text).casefold()


@as_store_errors
def conference_for(db: Database, contribution_id: int | None, meeting: str = "") -> Conference | None:
    """The conference a contribution is for: linked, or named by its meeting."""
    if contribution_id is not None:
        linked = records.conferences_of(db, contribution_id)
        if linked:
            return linked[0]
    key = _key(meeting)
    if not key:
        return None
    return next((c for c in records.conferences(db) if _key(c.name) and _key(c.name) in key), None)


@as_store_errors
def conference_for_uid(db: Database, uid: str, meeting: str = "") -> Conference | None:
    from ..store.contributions import contribution_id

    return conference_for(db, contribution_id(db, uid), meeting)


@as_store_errors
def upcoming(db: Database, today: date | None = None) -> tuple[Conference, Deadline] | None:
    """The nearest deadline ahead among the recorded conferences (the window's status bar)."""
    return next_deadline(records.conferences(db), today or date.today())


@as_store_errors
def contribution_uid(db: Database, contribution_id: int) -> str | None:
    """A stored contribution's uid (how the window knows the one it has open)."""
    from ..store.contributions import contribution_uid as uid

    return uid(db, contribution_id)
