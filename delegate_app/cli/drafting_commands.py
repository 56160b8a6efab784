"""The command line drafts: ``contribution new|set``, ``proposal add|text|reasons|move``
and ``renumber``, through the very services the window drafts with.

Each command opens the store as the window does (services.workspace: the
drafting service, its journal, the writer thread), makes its edits with the
drafting service's own calls (the ones the Contribution and Draft views make),
waits until the writer has saved them, and closes. So a contribution drafted
here and one drafted in the window are the same records, written the same way
(journaled first, saved only over the versions read), and a window open on the
same store meanwhile is never overwritten with a stale copy.

What the window takes from Settings (the delegation's code in proposal numbers,
the source line and original language of a new contribution) is read from the
window's own settings file (cli/settings.py). Everything given is checked
before the first edit: a bad value changes nothing.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from .. import APP_ID
from ..core.errors import DelegateError, StoreError
from .settings import interface_language, setting
from .terminal import one_line

SAVE_WAIT = 60.0  # seconds the writer is given to save what a command did
HEADER = ("meeting", "agenda_item", "document", "date", "original_language", "source", "title")
VERSION_ARGS = ("version", "versions_of", "sisters_of", "proposals_on", "base")


def resolve_names(db, args) -> None:
    """Versions named as the lists name them ("WTDC 59 (Rev. Kigali, 2022) en")
    where an id is asked: made ids before the command runs."""
    from ..services.library import find_version

    for name in VERSION_ARGS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, find_version(db, value))
    if args.command == "show" and isinstance(getattr(args, "id", None), str):
        if args.contribution:
            raise DelegateError(f"a contribution is named by its id (see: {APP_ID} list --contributions)")
        args.id = find_version(db, args.id)


@contextlib.contextmanager
def drafting(db, args, contribution: int | None = None) -> Iterator:
    """The drafting service on the store, with ``contribution`` open; what the
    block did is saved (waited for) when it ends without an error."""
    from ..services.library import store_path
    from ..services.workspace import Workspace

    workspace = Workspace(store_path(args.db), db, source=lambda: setting("drafting/source"))
    if workspace.recovery.entries:  # a session that ended before its edits were saved: they are put back, as at a start
        names = ", ".join(workspace.recovery.contributions) or "positions"
        print(one_line(f"{APP_ID}: note: put back unsaved work of an earlier session ({names})"), file=sys.stderr)
    try:
        service = workspace.drafting
        if contribution is not None and not service.open_remembered(str(contribution)):
            raise DelegateError(f"no contribution with id {contribution} (see: {APP_ID} list --contributions)")
        yield service
        if not workspace.edits.flush(SAVE_WAIT):
            problem = workspace.edits.state.error
            kept = "; it is kept in the journal and saved at the next start"
            if problem is not None:
                raise StoreError(f"{problem.message}{kept}", problem.path, problem.kind)
            raise DelegateError(f"the store could not be written in {SAVE_WAIT:.0f} s{kept}")
    finally:
        workspace.close()


def _contribution_id(db, uid: str) -> int | None:
    from ..services.library import contribution_id

    return contribution_id(db, uid)


def _header_given(args) -> dict[str, str]:
    return {name: getattr(args, name).strip() for name in HEADER if getattr(args, name, None) is not None}


def new_header(language: str):
    """A new contribution's header as the window starts one (services.proposals.new_header),
    from the Settings the window keeps."""
    from ..services.proposals import new_header as header_for

    return header_for(language, setting("drafting/original_language"), setting("drafting/source_line"))


def contribution(db, args) -> int:
    fields = _header_given(args)
    if args.action == "new":
        language = args.language or interface_language()
        header = new_header(language)
        for name, value in fields.items():
            setattr(header, name, value)
        with drafting(db, args) as service:
            uid = service.new(header, language)
        print(one_line(f"made contribution {_contribution_id(db, uid)}: {header.document or header.title}"))
        return 0
    if not fields and args.language is None:
        raise DelegateError("give the fields to set (see: contribution set --help)")
    with drafting(db, args, args.contribution) as service:
        if fields:
            service.set_header(**fields)
        if args.language is not None:
            service.set_language(args.language)
        h = service.contribution.header
    said = [f"{k} {getattr(h, k)!r}" for k in fields] + ([f"language {args.language}"] if args.language else [])
    print(one_line(f"contribution {args.contribution}: " + ", ".join(said)))
    return 0


def proposal(db, args) -> int:
    from ..services.proposals import find_proposal, new_proposal

    if args.action == "add":
        with drafting(db, args, args.contribution) as service:
            made = new_proposal(service.reader, args.kind, args.base, service.contribution)
            index = service.add(made)
            p = service.contribution.proposals[index]
        print(one_line(f"added {p.action} {p.number} on {p.target} as proposal {index + 1}"))
        return 0
    with drafting(db, args, args.contribution) as service:
        index, p = find_proposal(service.contribution, args.proposal)
        if args.action == "text":
            return _text(service, index, p, args)
        if args.action == "reasons":
            service.update_proposal(index, reasons=args.reasons.strip())
            print(one_line(f"{p.action} {p.number}: Reasons {p.reasons!r}"))
            return 0
        count = len(service.contribution.proposals)
        if not 1 <= args.to <= count:
            raise DelegateError(f"--to must be a place from 1 to {count}")
        service.move(index, args.to - 1)
    print(one_line(f"{p.action} {p.number} is now proposal {args.to}"))
    return 0


def _text(service, index: int, p, args) -> int:
    """The text as the Draft view's editor holds it: printed, or replaced by a
    file's (``-``: standard input) once it reads as a resolution."""
    from ..core import terms
    from ..formats.text_writer import resolution_text
    from ..services.drafts import parse_typed

    if args.source is None:
        typed = service.typed_text(index)
        shown = typed if typed is not None else resolution_text(p.resolution, editor=True) if p.resolution else ""
        sys.stdout.write(shown if shown.endswith("\n") or not shown else shown + "\n")
        return 0
    if p.action in terms.TITLE_ONLY:
        raise DelegateError(f"a {p.action} is its resolution's heading and title: its text is not drafted")
    text = sys.stdin.read() if args.source == "-" else _read(args.source)
    try:
        parse_typed(text)
    except DelegateError as exc:
        raise DelegateError(f"the text does not read as a resolution: {exc.message}", args.source) from None
    typed = service.typing(index, text)
    if typed.redline is not None:
        deleted, inserted = typed.redline.marked_words()
        print(one_line(f"{p.action} {p.number}: {_words(deleted)} deleted, {_words(inserted)} inserted"))
    else:
        print(one_line(f"{p.action} {p.number}: text taken"))
    return 0


def _words(n: int) -> str:
    return f"{n} word" if n == 1 else f"{n} words"


def _read(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DelegateError(f"cannot read the file: {exc.strerror or exc}", path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DelegateError("the file is not UTF-8 text", path) from None


def renumber(db, args) -> int:
    with drafting(db, args, args.contribution) as service:
        service.renumber()
        numbers = [f"{p.action} {p.number}".strip() for p in service.contribution.proposals]
    print(one_line(f"contribution {args.contribution}: " + ("; ".join(numbers) or "no proposals")))
    return 0


HANDLERS = {"contribution": contribution, "proposal": proposal, "renumber": renumber}
