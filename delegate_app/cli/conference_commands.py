"""The command line's conference: ``conference set|list``, ``deadlines``,
``reconcile`` and ``support``. The arguments are declared here too
(``add_parsers``, called by parser.py) and import nothing heavy: reading the
arguments happens before the desktop app starts."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .terminal import one_line, print_json

if TYPE_CHECKING:
    import argparse

STANCES = ("supports", "does-not-support", "signed")


def add_parsers(sub, db_after: argparse.ArgumentParser, json_flag: argparse.ArgumentParser, store_id, iso) -> None:
    """The conference's commands, on the command line's subparsers."""
    p = sub.add_parser("conference", parents=[db_after], help="the conferences the delegation prepares for")
    conference = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = conference.add_parser("set", parents=[db_after], help="record a conference, or change one")
    p.add_argument("name", metavar="NAME", help="PP-26, WTDC-29, Council 2027")
    p.add_argument("--body", default="", help="PP, WRC, WTDC, WTSA, RA or Council")
    p.add_argument("--opens", default=None, type=iso, metavar="YYYY-MM-DD")
    p.add_argument("--closes", default=None, type=iso, metavar="YYYY-MM-DD")
    p.add_argument("--place", default="")
    p.add_argument("--deadline", default=None, type=iso, metavar="YYYY-MM-DD", help="Council: the session's deadline")
    p.add_argument(
        "--document",
        action="append",
        default=[],
        type=store_id,
        metavar="CONTRIBUTION",
        help="a contribution of the delegation for it (repeatable)",
    )
    conference.add_parser("list", parents=[db_after, json_flag], help="the conferences recorded")
    p = conference.add_parser(
        "remove", parents=[db_after], help="remove a conference, its agenda and its documents' links (for the team too)"
    )
    p.add_argument("name", metavar="NAME")
    p = conference.add_parser(
        "unlink", parents=[db_after], help="a contribution is no longer one of its documents (for the team too)"
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--document", required=True, type=store_id, metavar="CONTRIBUTION")
    p = sub.add_parser(
        "deadlines", parents=[db_after, json_flag], help="a conference's deadlines, each with its ITU rule"
    )
    p.add_argument("name", metavar="NAME")
    p = sub.add_parser(
        "reconcile",
        parents=[db_after, json_flag],
        help="classify the stored proposals on a resolution against the text a conference adopted",
    )
    p.add_argument("version", type=store_id, metavar="VERSION_ID", help="the adopted text (a library version)")
    p.add_argument("--apply", action="store_true", help="set each proposal's status, dated the conference's close")
    p.add_argument("--conference", default="", metavar="NAME", help="the conference that adopted it")
    p.add_argument("-o", "--output", metavar="REPORT.docx|.xlsx", help="write the report in Word or Excel")
    p = sub.add_parser("support", parents=[db_after], help="who supports a regional common proposal")
    support = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = support.add_parser("set", parents=[db_after], help="record an administration's stance on a common proposal")
    p.add_argument("contribution", type=store_id, metavar="CONTRIBUTION_ID")
    p.add_argument("--member", required=True, metavar="CODE", help="the administration (F, D, G, RUS …)")
    p.add_argument("--stance", required=True, choices=STANCES, help=", ".join(STANCES))
    p.add_argument("--date", default=None, type=iso, metavar="YYYY-MM-DD", help="when (default today)")
    p = support.add_parser("remove", parents=[db_after], help="withdraw an administration's stance (for the team too)")
    p.add_argument("contribution", type=store_id, metavar="CONTRIBUTION_ID")
    p.add_argument("--member", required=True, metavar="CODE", help="the administration (F, D, G, RUS …)")
    support.add_parser("list", parents=[db_after, json_flag], help="the support recorded")
    p = support.add_parser("export", parents=[db_after], help="the form regional groups circulate, as a workbook")
    p.add_argument("-o", "--output", required=True, metavar="SUPPORT.xlsx")
    p = support.add_parser("import", parents=[db_after], help="take the form back")
    p.add_argument("workbook", metavar="SUPPORT.xlsx")
    p = sub.add_parser("agenda", parents=[db_after], help="a conference's agenda by day and meeting")
    agenda = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = agenda.add_parser("add", parents=[db_after], help="add an agenda item")
    p.add_argument("name", metavar="CONFERENCE")
    p.add_argument("--day", required=True, type=iso, metavar="YYYY-MM-DD")
    p.add_argument("--meeting", default="", help="Plenary, COM5, WG-PLEN …")
    p.add_argument("--item", required=True, help='the agenda item ("Resolution 59", "ADM 3")')
    p.add_argument("--documents", default="", help='the document numbers on it ("12, 47A4")')
    p = agenda.add_parser("list", parents=[db_after, json_flag], help="a conference's agenda items, with their ids")
    p.add_argument("name", metavar="CONFERENCE")
    p.add_argument("--day", default=None, type=iso, metavar="YYYY-MM-DD", help="one day (default: every day)")
    p = agenda.add_parser("remove", parents=[db_after], help="take an item off the agenda (for the team too)")
    p.add_argument("name", metavar="CONFERENCE")
    p.add_argument("item", metavar="ITEM_ID", help="its id as 'agenda list' prints it (its first 8 characters do)")
    p = agenda.add_parser("import", parents=[db_after], help="the agenda from a workbook")
    p.add_argument("name", metavar="CONFERENCE")
    p.add_argument("workbook", metavar="AGENDA.xlsx", help="columns Date, Meeting, Agenda item, Documents")
    p = sub.add_parser("board", parents=[db_after, json_flag], help="the day's board: what is up, and our position")
    p.add_argument("name", metavar="CONFERENCE")
    p.add_argument("--day", default=None, type=iso, metavar="YYYY-MM-DD", help="one day (default: every day)")
    p.add_argument("--ours", default="", metavar="CODE", help="the delegation's source code (RCC, F, USA)")


def conference(db, args) -> int:
    from ..services import conference as service

    if args.action == "set":
        conf = service.set_conference(
            db,
            args.name,
            args.body,
            args.opens or "",
            args.closes or "",
            args.place,
            args.deadline or "",
            args.document,
        )
        print(one_line(_line(conf)))
        return 0
    if args.action == "unlink":
        service.unlink_document(db, args.name, args.document)
        print(one_line(f"contribution {args.document} is no longer a document of {args.name}"))
        return 0
    if args.action == "remove":
        items = service.remove_conference(db, args.name)
        print(one_line(f"removed: {args.name} and its {items} agenda item(s)"))
        return 0
    found = service.list_conferences(db)
    if args.json:
        print_json([c.to_dict() for c in found])
        return 0
    for conf in found:
        print(one_line(_line(conf)))
    if not found:
        print("no conference recorded (see: delegate-app conference set --help)")
    return 0


def _line(conf) -> str:
    when = f"{conf.opens or '?'} to {conf.closes or '?'}"
    docs = f", documents {', '.join(map(str, conf.contributions))}" if conf.contributions else ""
    deadline = f", deadline {conf.deadline}" if conf.deadline else ""
    from ..services.conference import warnings

    warned = "".join(f" (warning: {w})" for w in warnings(conf))
    return f"{conf.name}: {conf.body}, {conf.place or 'place not given'}, {when}{deadline}{docs}{warned}"


def deadlines(db, args) -> int:
    from ..services import conference as service

    conf, found = service.deadlines_of(db, args.name)
    if args.json:
        print_json(
            {
                "conference": conf.to_dict(),
                "deadlines": [d.to_dict() for d in found],
                "warnings": service.warnings(conf),
            }
        )
        return 0
    for warning in service.warnings(conf):
        print(one_line(f"warning: {warning}"), file=sys.stderr)
    for d in found:
        print(one_line(f"{d.day.isoformat()}  {conf.name}: {d.what} ({d.rule})"))
    return 0


def reconcile(db, args) -> int:
    from ..services import reconcile as service

    result = service.reconcile_version(db, args.version, args.conference)
    if args.output:  # first: a name refused changes nothing
        service.write_report(result, args.output)
    changed = service.apply(db, result) if args.apply else 0
    if args.json:
        print_json(result.to_dict())
    else:
        for item in result.items:
            provisions = ", ".join(f"{d.path} {d.verdict}" for d in item.outcome.decided) or item.outcome.reason
            print(one_line(f"{item.name} ({item.source}): {item.outcome.status}: {provisions}"))
        for line in result.skipped:
            print(one_line(f"not reconciled: {line}"))
    if args.apply:
        print(one_line(f"{changed} status(es) set, dated {result.day}"), file=sys.stderr if args.json else sys.stdout)
    if args.output:
        print(one_line(f"wrote {args.output}"), file=sys.stderr if args.json else sys.stdout)
    return 0


def support(db, args) -> int:
    from ..services import support as service

    if args.action == "set":
        row = service.set_support(db, args.contribution, args.member, args.stance, args.date or "")
        counted = service.counts(db, row.contribution_id)
        said = ", ".join(f"{n} {s}" for s, n in counted.items())
        print(one_line(f"contribution {row.contribution_id}: {row.member} {row.stance} on {row.day} ({said})"))
        return 0
    if args.action == "remove":
        member = service.member_code(args.member)
        service.remove_support(db, args.contribution, member)
        counted = service.counts(db, args.contribution)
        said = ", ".join(f"{n} {s}" for s, n in counted.items())
        print(one_line(f"contribution {args.contribution}: the stance of {member} is withdrawn ({said})"))
        return 0
    if args.action == "export":
        rows = service.export_sheet(db, args.output)
        print(one_line(f"wrote {args.output}: {rows} row(s)"))
        return 0
    if args.action == "import":
        taken = service.import_sheet(db, args.workbook)
        print(f"{taken} stance(s) recorded")
        return 0
    found = service.list_support(db)
    if args.json:
        print_json(found)
        return 0
    for r in found:
        print(
            one_line(
                f"{r['contribution']:>4} {r['document'] or '-':<28} {r['member']:<5} {r['stance']:<17} {r['date']}"
            )
        )
    return 0


def agenda(db, args) -> int:
    from ..services import board as service

    if args.action == "add":
        item = service.add_item(db, args.name, args.day, args.meeting, args.item, args.documents)
        print(one_line(f"{item.day} {item.meeting}: {item.item}"))
        return 0
    if args.action == "list":
        items = service.board(db, args.name, args.day)
        if args.json:
            print_json([{k: v for k, v in i.to_dict().items() if k not in ("proposals", "positions")} for i in items])
            return 0
        for i in items:
            docs = f" [{i.documents}]" if i.documents else ""
            print(one_line(f"{i.uid}  {i.day} {i.meeting or '-'}: {i.item}{docs}"))
        if not items:
            print(f"no agenda item for {args.name}" + (f" on {args.day}" if args.day else ""))
        return 0
    if args.action == "remove":
        return _remove_item(db, args)
    print(f"{service.import_agenda(db, args.name, args.workbook)} agenda item(s) added")
    return 0


def _remove_item(db, args) -> int:
    """``agenda remove CONFERENCE ITEM_ID``: the id whole, or a prefix of 8 or more
    characters naming one item of that conference."""
    from ..core.errors import DelegateError
    from ..services import board as service
    from ..services.conference import remove_agenda_item

    wanted = args.item.strip().lower()
    items = service.board(db, args.name)
    found = [i for i in items if i.uid == wanted] or (
        [i for i in items if i.uid.startswith(wanted)] if len(wanted) >= 8 else []
    )
    if len(found) != 1:
        said = "names several" if found else "names no"
        raise DelegateError(
            f"{args.item!r} {said} agenda item of {args.name} (see: delegate-app agenda list {args.name})"
        )
    item = found[0]
    remove_agenda_item(db, item.uid)
    print(one_line(f"removed from the agenda: {item.day} {item.meeting or '-'}: {item.item}"))
    return 0


def board(db, args) -> int:
    from ..services import board as service

    items = service.board(db, args.name, args.day, args.ours)
    for warning in service.warnings(db, args.name):
        print(one_line(f"warning: {warning}"), file=sys.stderr)
    if args.json:
        print_json([i.to_dict() for i in items])
        return 0
    for item in items:
        print(one_line(f"{item.day} {item.meeting}: {item.item} [{item.documents}]"))
        for p in item.proposals:
            mark = "*" if p.ours else " "
            print(one_line(f"  {mark} {p.action} {p.number} ({p.target}): {p.status}"))
        for pos in item.positions:
            where = f" {pos.provision}" if pos.provision else ""
            print(one_line(f"    position {pos.body} {pos.number}{where}: {pos.stance}; {pos.talking_points}"))
    return 0


THROUGH_WORD = ("docx", "consolidated", "compilation", "brief")  # the exports that write a Word file


def export_pdf(db, args, handler) -> int:
    """An export that writes a Word file, written as a PDF of the same content."""
    import argparse
    import contextlib
    import io

    from ..core.errors import DelegateError
    from ..services.pdf_export import export_as_pdf

    if args.format not in THROUGH_WORD:
        raise DelegateError(f"a {args.format} export is a workbook; give a name ending in .xlsx", str(args.output))

    def run(docx: str) -> None:
        said, warned = io.StringIO(), io.StringIO()
        try:  # what it says names the intermediate file: said of the PDF
            with contextlib.redirect_stdout(said), contextlib.redirect_stderr(warned):
                handler(db, argparse.Namespace(**{**vars(args), "output": docx}))
        finally:
            sys.stderr.write(warned.getvalue().replace(docx, str(args.output)))

    export_as_pdf(run, args.output)
    print(one_line(f"wrote {args.output}"))
    return 0
