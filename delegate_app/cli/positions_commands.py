"""The command line's positions: set and list them (``positions``), send them
out as a workbook and take it back (``export positions``, ``import positions``,
with ``--take`` to settle a conflict), and the delegation brief (``export brief``)."""

from __future__ import annotations

from .. import APP_ID
from .terminal import one_line, print_json


def positions(db, args) -> int:
    from ..services.positions import position_dict, positions, set_position

    if args.action == "set":
        saved = set_position(
            db,
            args.version,
            args.provision,
            dict(args.region),
            stance=args.stance,
            priority=args.priority,
            rationale=args.rationale,
            talking_points=args.talking_points,
            owner=args.owner,
        )
        where = f" {saved.provision}" if saved.provision else ""
        print(one_line(f"{saved.body} Resolution {saved.number}{where}: {saved.stance} ({saved.priority})"))
        return 0
    found = [position_dict(p) for p in positions(db)]
    if args.json:
        print_json(found)
        return 0
    for p in found:
        regions = ", ".join(f"{k} {v}" for k, v in p["regions"].items())
        line = (
            f"{p['resolution']:<26} {p['provision'] or '(whole resolution)':<34} {p['stance']:<21} {p['priority']:<7}"
        )
        print(one_line(line + (f" {regions}" if regions else "")))
    return 0


def import_sheet(db, args) -> int:
    """The report row by row, then how each conflict left as the library has it is taken from the sheet."""
    import shlex

    from ..services.position_sheets import import_positions, parse_take, summary

    take = dict(parse_take(choice, where) for choice, where in getattr(args, "take", None) or [])
    workbook = args.files[1]
    report = import_positions(db, workbook, dry_run=args.dry_run, take=take)
    for outcome in report:
        print(one_line(outcome.text()))
    counted = ", ".join(f"{n} {k}" for k, n in summary(report).items() if n)
    print(f"{'dry run, nothing changed: ' if args.dry_run else ''}{counted or 'no rows'}")
    again = f"{APP_ID} import positions {shlex.quote(str(workbook))}"
    for outcome in report:
        for conflict, named in zip(outcome.conflicts, outcome.takes()):
            print(
                one_line(f"to take the sheet's {conflict.field} on row {outcome.line}: {again} --take theirs {named}")
            )
    return 0


def export(db, args) -> int:
    if args.format == "positions":
        from ..services.position_sheets import export_positions

        count = export_positions(db, args.output, args.body, args.language)
        print(f"wrote {one_line(args.output)}: {count} row(s)")
        return 0
    from ..services.brief import write_brief

    count = write_brief(db, args.output, args.body, args.min_priority, args.language)
    print(f"wrote {one_line(args.output)}: {count} resolution(s)")
    return 0
