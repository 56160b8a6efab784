"""The command line: the same core as the app, for scripting and tests.

Every command works on the store named by ``--db`` (before or after the
subcommand), ``DELEGATE_DB``, or the default in the user data folder. Errors are
one line on stderr naming the file and the problem, exit status 2, no
traceback, and nothing written. A command that reads a damaged store shows what
can still be read, then says once on stderr that the store is damaged and which
backup to restore, and exits with status 3 (EXIT_DAMAGED).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

from .. import APP_ID
from ..core.compare import compare
from ..core.errors import DelegateError, StoreError
from ..core.model import Contribution, Resolution
from ..formats.docx_writer import ExportOptions, mod_contribution
from ..formats.reader import read_file
from ..services import backups, library, proposals
from ..services.comparing import add_sister_family, compare_files, library_texts, sister_families, write_comparison
from ..services.exporting import write_docx
from ..services.files import check_output
from ..services.importing import ImportCancelled, import_paths
from ..services.library import ENV_VAR, open_store, store_path
from ..services.search import count, search
from ..services.starter import ensure_starter_library, sample_paths
from . import conference_commands, drafting_commands, exchange_commands, positions_commands, render
from .parser import EXIT_USAGE, build_parser
from .settings import author
from .terminal import one_line, print_json, safe_output

EXIT_FAILURE = 1
WRITING_ACTIONS = (  # what writes into the store, or sends what it holds on
    ("positions", "set"),
    ("exchange", "import"),
    ("exchange", "resolve"),
    ("exchange", "export"),
    ("exchange", "sync"),
    ("export", "positions"),
)
EXIT_DAMAGED = 3  # the command read a damaged store: its output is what could still be read (stderr says so)
WRITING_COMMANDS: tuple[str, ...] = ("set-status", "set-action", "set-base", "update-references", "use-edition")
WRITING_COMMANDS += tuple(drafting_commands.HANDLERS)  # contribution, proposal, renumber


def run(argv: Sequence[str], args: argparse.Namespace | SimpleNamespace | None = None) -> int:
    """Run a command; ``args`` when the caller has parsed ``argv`` already."""
    args = args or build_parser().parse_args(argv)
    with safe_output():
        return _run(args)


def _run(args: argparse.Namespace | SimpleNamespace) -> int:
    try:
        try:
            return _dispatch(args)
        except Exception as exc:  # SQLite's and the disk's own errors: said as the store's
            problem = library.store_failure(exc, store_path(getattr(args, "db", None)))
            if problem is None:
                raise
            raise problem from None
    except StoreError as exc:
        message = str(exc)
        if exc.kind == "damaged":
            message += "; " + backups.advice(store_path(getattr(args, "db", None)))
        print(f"{APP_ID}: error: {one_line(message)}", file=sys.stderr)
        return EXIT_USAGE
    except DelegateError as exc:
        print(f"{APP_ID}: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except ImportCancelled as exc:
        print(f"{APP_ID}: {one_line(exc)}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted; nothing was stored", file=sys.stderr)
        return 130
    except Exception as exc:  # a defect: one line here, the traceback in the log
        from ..services import logs

        where = logs.setup()
        logging.getLogger(__name__).exception("%s %s failed", APP_ID, args.command)
        log_note = f"; the details are in {where}" if where else ""
        print(
            f"{APP_ID}: error: something went wrong ({type(exc).__name__}: {one_line(exc)}){one_line(log_note)}",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def _inputs(args: argparse.Namespace | SimpleNamespace) -> list[str]:
    """The files a command reads, which its output may not replace."""
    if args.command == "compare":
        return list(args.files)
    if args.command == "redline":
        return [args.base, args.proposed]
    return []


def _dispatch(args: argparse.Namespace | SimpleNamespace) -> int:
    if getattr(args, "output", None):  # refused before any work: never the store, a backup or an input
        check_output(Path(args.output), _inputs(args))
    if args.command in NO_STORE:
        return NO_STORE[args.command](args)
    if args.command == "backup" and args.list:  # listing needs no store open (it may be full, or damaged)
        for kept in backups.list_backups(store_path(args.db)):
            print(one_line(kept))
        return 0
    db = open_store(args.db)
    try:
        drafting_commands.resolve_names(db, args)
        if _writes(args):  # nothing is written into a damaged store, nor copied from it
            backups.ensure_intact(db, store_path(args.db))
            ensure_starter_library(db)
            return _on_store(db, args)
        ensure_starter_library(db)
        return _reading(db, args)
    finally:
        db.close()


# -- the commands that need no store ---------------------------------------------------------
def _parse(args) -> int:
    result = read_file(args.file)
    _warn(args.file, result.warnings)
    if args.json:
        data = result.document.to_dict()
        if result.original is not None:
            data["original"] = result.original.to_dict()
        if result.more:  # a file of several resolutions (the Final Acts): the first, then the others
            data["more"] = [res.to_dict() for res in result.more]
        print_json(data)
    else:
        sys.stdout.write("\n".join(render.document(doc) for doc in [result.document, *result.more]))
    return 0


def _compare(args) -> int:
    names = [n.strip() for n in args.names.split(",")] if args.names else None
    comp, texts = compare_files(args.files, names, args.reference - 1)
    db = open_store(args.db) if (args.db or os.environ.get(ENV_VAR)) else None  # positions, when a store is named
    try:
        write_comparison(comp, texts, args.output, db, inputs=args.files)
    finally:
        if db is not None:
            db.close()
    print(f"wrote {one_line(args.output)}")
    return 0


def _restore(args) -> int:
    """The store is not opened: a restore must work when it cannot be."""
    safety = backups.restore(store_path(args.db), args.backup)
    print(f"restored {one_line(args.backup)}; the store as it was is in {one_line(safety)}")
    return 0


def _writes(args: argparse.Namespace | SimpleNamespace) -> bool:
    """Whether the command writes into the store or sends what it holds on (a backup, a bundle, the
    positions workbook, whose first export keeps a secret in the store): then the store is checked
    whole first."""
    action = (args.command, getattr(args, "action", None) or getattr(args, "format", None))
    return (
        args.command in ("import", "backup", *WRITING_COMMANDS)
        or (args.command == "sisters" and bool(args.add))
        or action in WRITING_ACTIONS
    )


def _reading(db, args: argparse.Namespace | SimpleNamespace) -> int:
    """A command that reads the store, checked meanwhile (services.backups.DamageWatch): on a
    damaged store it shows what can still be read, then says once on stderr that the store is
    damaged and how to restore a backup, and exits EXIT_DAMAGED."""
    watch = backups.DamageWatch(store_path(args.db))
    try:
        code = _on_store(db, args)
    except StoreError:
        watch.stop()  # the store's own error says what is wrong
        raise
    except DelegateError as exc:  # a version not found may be one the damage hides: said in the same line
        said = watch.said()
        if said:
            raise DelegateError(f"{exc.message}; {said}", exc.path) from None
        raise
    except BaseException:
        watch.stop()
        raise
    said = watch.said()
    if said:
        print(f"{APP_ID}: warning: {one_line(said)}", file=sys.stderr)
        return EXIT_DAMAGED
    return code


def _on_store(db, args: argparse.Namespace | SimpleNamespace) -> int:
    handler = ON_STORE.get(args.command)
    if handler is None:
        raise AssertionError(f"unhandled command {args.command}")
    return handler(db, args)


# -- the commands on the store ----------------------------------------------------------------
def _import(db, args) -> int:
    if args.files[:1] == ["positions"]:
        if len(args.files) != 2:
            raise DelegateError("give one workbook: import positions X.xlsx")
        return positions_commands.import_sheet(db, args)
    if args.dry_run or args.take:
        raise DelegateError(f"{'--dry-run' if args.dry_run else '--take'} is for 'import positions X.xlsx'")
    workbook = next((f for f in args.files if str(f).lower().endswith((".xlsx", ".xlsm"))), None)
    if workbook is not None:
        raise DelegateError(f"a workbook of positions is imported with: {APP_ID} import positions {workbook}")
    if not args.files and not args.samples:
        raise DelegateError(f"name the files or folders to import, or --samples (see: {APP_ID} import --help)")
    report = import_paths(db, args.files + (sample_paths() if args.samples else []), strict=True)
    for outcome in report.outcomes:
        print(render.outcome(outcome))
        _warn(outcome.path, outcome.warnings)
    for path in report.skipped:
        print(f"skipped    {one_line(path)}", file=sys.stderr)
    return 0


def _backup(db, args) -> int:
    print(f"wrote {one_line(backups.make_backup(db, store_path(args.db)))}")
    return 0


def _list(db, args) -> int:
    if args.contributions:
        rows = library.list_contributions(db)
        print_json(rows) if args.json else sys.stdout.write(render.contributions(rows))
        return 0
    versions, standing = library.list_versions(db, args.body, editions=True), library.standings(db)
    if args.json:
        print_json([render.version_dict(v, standing.get(v.id)) for v in versions])
    else:
        sys.stdout.write(render.versions(versions, standing))
    return 0


def _sisters(db, args) -> int:
    if args.add:
        added = add_sister_family(db, args.add)
        print("added      " + ", ".join(f"{body} {number}" for body, number in added))
        return 0
    for family in sister_families(db):
        print(", ".join(f"{body} {number}" for body, number in sorted(family)))
    return 0


def _search(db, args) -> int:
    out = sys.stdout
    hits = search(db, args.query, limit=args.limit, prefix=False, scores=args.json)
    if args.json:
        print_json([render.hit_dict(h) for h in hits])
    else:
        total = count(db, args.query, prefix=False) if len(hits) >= args.limit else len(hits)
        out.write(render.hits(hits, color=out.isatty(), total=total))
    return 0


def _export(db, args) -> int:
    if str(args.output).lower().endswith(".pdf"):  # the Word file's content, rendered (services/pdf_export.py)
        return conference_commands.export_pdf(db, args, EXPORTS[args.format])
    return EXPORTS[args.format](db, args)


def _export_xlsx(db, args) -> int:
    names, texts = library_texts(
        db, versions_of=args.versions_of, sisters_of=args.sisters_of, proposals_on=args.proposals_on
    )
    if not 1 <= args.reference <= len(texts):
        raise DelegateError(f"--reference must be between 1 and {len(texts)}")
    write_comparison(compare(texts, names, args.reference - 1), texts, args.output, db)
    print(f"wrote {one_line(args.output)}")
    return 0


def _export_docx(db, args) -> int:
    contrib = library.get_contribution(db, args.contribution)
    if contrib is None:
        raise DelegateError(f"no contribution with id {args.contribution} (see: {APP_ID} list --contributions)")
    written = write_docx(contrib, args.output, _options(args), db, bases=_bases(args.base))
    _warn(args.output, written.warnings)
    print(f"wrote {one_line(args.output)}")
    return 0


def _check(db, args) -> int:
    """Exit 0 when the contribution passes, 1 when there are findings (so a script can stop on them)."""
    findings = proposals.check_contribution(db, args.contribution)
    if args.json:
        print_json([f.to_dict() for f in findings])
    else:
        for f in findings:
            print(f"{f.rule:<34} {one_line(f.where)}: {one_line(f.message)}")
        if not findings:
            print("no problems found")
    return EXIT_FAILURE if findings else 0


def _set_status(db, args) -> int:
    p = proposals.set_status(db, args.contribution, args.proposal, args.status, args.note, args.date or "")
    print(
        one_line(
            f"{p.action} {p.number}: {p.status} ({p.status_date})" + (f", {p.status_note}" if p.status_note else "")
        )
    )
    return 0


def _set_action(db, args) -> int:
    p, reset = proposals.set_action(db, args.contribution, args.proposal, args.action, args.yes)
    note = f" (its status, {reset}, is {p.status} again: only a SUP is suppressed)" if reset else ""
    print(one_line(f"{p.number or args.proposal}: now {p.action} of {p.target}{note}"))
    return 0


def _set_base(db, args) -> int:
    change = proposals.set_base(db, args.contribution, args.proposal, args.version)
    p = change.proposal
    print(one_line(f"{p.action} {p.number}: marked against {change.base_label}"))
    if change.newer:
        print(
            one_line(
                f"{APP_ID}: warning: the library holds a later revision ({change.newer}) than {change.base_label}"
            ),
            file=sys.stderr,
        )
    return 0


def _use_edition(db, args) -> int:
    from ..services.editions import use_edition

    done = use_edition(db, args.version)
    kept = f"; version {done.set_aside} is kept beside it as an edition" if done.set_aside else " (already)"
    print(one_line(f"in force: {done.label}, version {done.in_force}{kept}"))
    return 0


def _update_references(db, args) -> int:
    changed = proposals.update_contribution_references(db, args.contribution)
    for p, update in changed:
        print(one_line(f"{p.action} {p.number}, {update.place}: {update.old} -> {update.new}"))
    if not changed:
        print("every citation already names the newest revision in the library")
    return 0


def _report(db, args) -> int:
    from ..services import amending

    if args.format == "compilation":
        on = amending.write_compilation(db, args.version, args.output)
        print(f"wrote {one_line(args.output)}: {len(on.proposals)} proposal(s) on {one_line(on.label)}")
        return 0
    statuses = amending.parse_statuses(args.statuses)
    found = amending.write_amended(
        db, args.version, args.output, statuses, args.marks, ExportOptions(author=author(args.author))
    )
    for line in found.clash_lines() + found.unapplied_lines():
        print(f"{APP_ID}: warning: {one_line(line)}", file=sys.stderr)
    for name in found.on.elsewhere:
        print(f"{APP_ID}: warning: {one_line(name)} acts on another revision or language: not applied", file=sys.stderr)
    applied = [found.on.labels[n] for n in found.result.applied]
    print(f"wrote {one_line(args.output)}: {len(applied)} proposal(s) applied to {one_line(found.on.label)}")
    return 0


PROPOSAL_COMMANDS = {
    "check": _check,
    "set-status": _set_status,
    "set-action": _set_action,
    "set-base": _set_base,
    "update-references": _update_references,
    "use-edition": _use_edition,
}


def _bases(given: Sequence[tuple[int, int]]) -> dict[int, int]:
    """--base N=ID as given, refused when one proposal is given two bases."""
    bases: dict[int, int] = {}
    for n, vid in given:
        if bases.get(n, vid) != vid:
            raise DelegateError(f"--base {n}= is given twice, as {bases[n]} and {vid}; give one base per proposal")
        bases[n] = vid
    return bases


def _options(args) -> ExportOptions:
    return ExportOptions(author=author(args.author), static_marks=args.static_marks)


def _warn(path: str, warnings: Sequence[str]) -> None:
    for warning in warnings:
        print(f"{APP_ID}: warning: {one_line(path)}: {one_line(warning)}", file=sys.stderr)


def _redline(args) -> int:
    """BASE and PROPOSED in any format the reader takes; each must hold one resolution."""
    texts = []
    for path in (args.base, args.proposed):
        result = read_file(path)
        doc = result.document
        if not isinstance(doc, Resolution):
            if isinstance(doc, Contribution) and len(doc.proposals) == 1 and doc.proposals[0].resolution:
                doc = doc.proposals[0].resolution
            else:
                raise DelegateError("this file holds a contribution, not one resolution", path)
        texts.append(doc)
    base, proposed = texts
    if (base.body, base.number) != (proposed.body, proposed.number) and base.body and proposed.body:
        print(
            one_line(
                f"{APP_ID}: warning: {args.proposed}: it is {proposed.heading} of {proposed.body}, "
                f"the base is {base.heading} of {base.body}"
            ),
            file=sys.stderr,
        )
    contrib = mod_contribution(
        base, proposed, number=args.number, reasons=args.reasons, source=args.source, language=args.language or None
    )
    header = contrib.header
    header.meeting, header.document, header.date = args.meeting, args.document, args.date
    header.title = args.title or header.title
    report = write_docx(contrib, args.output, _options(args), inputs=(args.base, args.proposed))
    _warn(args.output, report.warnings)
    print(f"wrote {one_line(args.output)}")
    return 0


def _show(db, args) -> int:
    if args.contribution:
        contrib = library.get_contribution(db, args.id)
        if contrib is None:
            raise DelegateError(f"no contribution with id {args.id} (see: {APP_ID} list --contributions)")
        print_json(contrib.to_dict()) if args.json else sys.stdout.write(render.document(contrib))
        return 0
    found = library.get_version(db, args.id)
    if found is None:
        raise DelegateError(f"no resolution version with id {args.id} (see: {APP_ID} list)")
    row, res = found
    if args.json:
        data = res.to_dict()
        data["id"], data["name"] = row.id, row.name  # the name as list gives it
        data["replaced"] = row.replaced
        data["versions"] = [render.version_dict(v) for v in library.versions_of(db, row.resolution_id, editions=True)]
        print_json(data)
    else:
        sys.stdout.write(render.document(res))
    return 0


# -- the commands, by name -----------------------------------------------------------------------
NO_STORE = {"parse": _parse, "redline": _redline, "compare": _compare, "restore": _restore}
EXPORTS = {
    "docx": _export_docx,
    "xlsx": _export_xlsx,
    "consolidated": _report,
    "compilation": _report,
    "positions": positions_commands.export,
    "brief": positions_commands.export,
}
ON_STORE = {
    "import": _import,
    "backup": _backup,
    "list": _list,
    "show": _show,
    "sisters": _sisters,
    "search": _search,
    "export": _export,
    "positions": positions_commands.positions,
    "exchange": exchange_commands.exchange,
    "conference": conference_commands.conference,
    "deadlines": conference_commands.deadlines,
    "reconcile": conference_commands.reconcile,
    "support": conference_commands.support,
    "agenda": conference_commands.agenda,
    "board": conference_commands.board,
    **PROPOSAL_COMMANDS,
    **drafting_commands.HANDLERS,
}
