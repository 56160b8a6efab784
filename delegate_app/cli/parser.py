"""The command line's arguments, apart from the commands behind them.

Its own module because ``delegate-app`` with no command starts the desktop app:
reading the arguments must not load the commands' modules (python-docx,
lxml, the diff engine), which cost about 220 ms before the window
could open.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, NoReturn

from .. import APP_ID, __version__
from ..services.library import ENV_VAR

if TYPE_CHECKING:
    import argparse

EXIT_USAGE = 2
# the vocabulary from the core's one light module (it imports nothing: the app's start stays fast)
from ..core.terms import ACTIONS, LANGUAGES, PRIORITIES, REGIONS, STANCES, STATUSES  # noqa: E402

VIEWS = ("library", "resolution", "draft", "contribution", "positions", "board")
# The desktop app's options, each with the values it takes (None: any) and its default.
APP_OPTIONS: dict[str, tuple[tuple[str, ...] | None, str | None]] = {
    "--db": (None, None),
    "--screenshot": (None, None),
    "--view": (VIEWS, "library"),
    "--lang": (LANGUAGES, None),
}


def _one_line_parser() -> type[argparse.ArgumentParser]:
    """ArgumentParser whose errors are the app's one line on stderr (exit 2), as
    every other error of the command line; the usage is a --help away."""
    import argparse
    import sys

    class OneLineParser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            command = self.prog if self.prog != APP_ID else APP_ID
            sys.stderr.write(f"{APP_ID}: error: {message} (see: {command} --help)\n")
            sys.exit(EXIT_USAGE)

    return OneLineParser


def store_id(text: str) -> int:
    """A record id as SQLite can hold it: a whole number from 1 to 2^63 - 1."""
    import argparse

    if not text.strip().isdigit() or not 1 <= int(text) <= 2**63 - 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number from 1)")
    return int(text)


def version_ref(text: str) -> int | str:
    """A library text by its id, or by its name as the lists give it ("WTDC 59 (Rev.
    Kigali, 2022) en"); a name is looked up once the store is open (drafting_commands)."""
    import argparse

    if text.strip().isdigit():
        return store_id(text)
    if not text.strip():
        raise argparse.ArgumentTypeError("give a version id or name (see: list)")
    return text.strip()


def app_parser() -> argparse.ArgumentParser:
    """The options of the desktop app alone, for --help and for their errors."""
    parser = _one_line_parser()(
        prog=APP_ID,
        description="Delegate: prepare ITU conference proposals. With no command, starts the desktop app.",
        epilog=f"The store is chosen by --db, else ${ENV_VAR}, else the user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    helps = {
        "--db": ("PATH", "the store file to use"),
        "--screenshot": ("OUT.png", "start the app offscreen, save a screenshot of a view and exit"),
        "--view": (None, "the view for --screenshot"),
        "--lang": (None, "the interface language for this run (default: the one in settings, else the system's)"),
    }
    for option, (choices, default) in APP_OPTIONS.items():
        metavar, text = helps[option]
        parser.add_argument(option, metavar=metavar, choices=choices, default=default, help=text)
    return parser


def parse_app_args(argv: list[str]) -> SimpleNamespace | None:
    """The app's options when ``argv`` is nothing but those, else None.

    Read by hand, without argparse: importing it and building a parser cost
    5-9 ms of every start of the app (argparse looks up a translation of each
    of its messages on disk, and its formatter imports shutil). Anything else
    (a command, a typo, an abbreviation, a value out of range, --help,
    --version) is left to the full parser, which also gives the better message."""
    args = SimpleNamespace(command=None, **{o[2:]: default for o, (_, default) in APP_OPTIONS.items()})
    i = 0
    while i < len(argv):
        option, sep, value = argv[i].partition("=")
        if option not in APP_OPTIONS:
            return None
        if not sep:
            if i + 1 >= len(argv):
                return None
            i += 1
            value = argv[i]
        choices = APP_OPTIONS[option][0]
        if (choices is not None and value not in choices) or (not sep and value.startswith("-")):
            return None
        setattr(args, option[2:], value)
        i += 1
    return args


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = app_parser()
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the store file to use")
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="print JSON")

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("parse", parents=[db_after, json_flag], help="parse a file without touching the store")
    p.add_argument("file")
    p = sub.add_parser("import", parents=[db_after], help="import files or folders into the store")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument(
        "--samples", action="store_true", help="also import the sample library (the PP-18 Final Acts resolutions)"
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="with 'import positions X.xlsx': report what would change, change nothing",
    )
    p.add_argument(
        "--take",
        nargs=2,
        action="append",
        default=[],
        metavar=("theirs|mine", "ROW:FIELD"),
        help="with 'import positions X.xlsx': settle a conflict the report lists, taking the sheet's value "
        "(theirs) or keeping the library's (mine), e.g. --take theirs 12:stance; repeatable",
    )
    p = sub.add_parser("list", parents=[db_after, json_flag], help="list the resolution versions in the store")
    p.add_argument("--body", help="only this body (PP, RA, WTSA, WTDC, Council, WRC)")
    p.add_argument("--contributions", action="store_true", help="list contributions instead")
    p = sub.add_parser(
        "use-edition",
        parents=[db_after],
        help="put an edition of a library text in force (the one in force is kept beside it)",
    )
    p.add_argument("version", type=version_ref, metavar="VERSION", help="the edition, by id or name (see: list)")
    p = sub.add_parser("show", parents=[db_after, json_flag], help="show a resolution version")
    p.add_argument("id", type=version_ref, metavar="ID", help='a version id or name ("WTDC 59 (Rev. Kigali, 2022) en")')
    p.add_argument("--contribution", action="store_true", help="ID names a contribution")
    p = sub.add_parser("search", parents=[db_after, json_flag], help="full-text search of the library")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    marks = argparse.ArgumentParser(add_help=False)
    marks.add_argument("--author", default="", help="the author of the tracked changes (default: from Settings)")
    marks.add_argument(
        "--static-marks",
        action="store_true",
        help="underline and strike-through formatting instead of tracked changes (for printing)",
    )
    p = sub.add_parser(
        "redline",
        parents=[db_after, marks],
        help="write a one-proposal MOD contribution from a base and a proposed text",
    )
    p.add_argument("base", metavar="BASE")
    p.add_argument("proposed", metavar="PROPOSED")
    p.add_argument("-o", "--output", required=True, metavar="OUT.docx")
    p.add_argument("--number", default="", help="the proposal number, e.g. RCC/47A4/1")
    p.add_argument("--reasons", default="", help="the Reasons paragraph")
    p.add_argument("--source", default="", help="the source line, e.g. the administration")
    p.add_argument("--meeting", default="", help="the meeting, e.g. 'Plenipotentiary Conference (PP-26), Doha'")
    p.add_argument("--document", default="", help="the document number, e.g. 'Addendum 4 to Document 47-E'")
    p.add_argument("--date", default="", help="the document's date, e.g. '14 April 2026'")
    p.add_argument("--title", default="", help="the title (by default, the proposal on the text in force)")
    p.add_argument(
        "--language",
        default="",
        choices=["", "en", "fr", "es", "ru", "ar", "zh"],
        metavar="LANG",
        help="the document's language: en, fr, es, ru, ar or zh (by default, the proposed text's)",
    )
    p = sub.add_parser("backup", parents=[db_after], help="back up the store (the newest 10 are kept)")
    p.add_argument("--list", action="store_true", help="list the backups instead")
    p = sub.add_parser(
        "restore", parents=[db_after], help="replace the store with a backup (the current store is backed up first)"
    )
    p.add_argument("backup", metavar="BACKUP")
    p = sub.add_parser(
        "compare", parents=[db_after], help="a comparison workbook of resolutions or proposals, side by side"
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.add_argument(
        "--reference",
        type=int,
        default=1,
        metavar="N",
        help="the column revision marks are shown against (1 = the first file)",
    )
    p.add_argument("--names", help="column names, comma-separated, in file order")
    p = sub.add_parser("sisters", parents=[db_after], help="list the families of sister resolutions, or add one")
    p.add_argument("--add", nargs="+", metavar="RESOLUTION", help='the family\'s resolutions, e.g. "WTSA 75" "WTDC 85"')
    contribution = argparse.ArgumentParser(add_help=False)
    contribution.add_argument(
        "contribution", type=store_id, metavar="CONTRIBUTION", help="the contribution id (see list --contributions)"
    )
    proposal = argparse.ArgumentParser(add_help=False)
    proposal.add_argument("proposal", metavar="NUMBER", help="the proposal's number (RCC/47A4/1) or its place (1, 2…)")
    p = sub.add_parser("set-status", parents=[db_after, contribution, proposal], help="record where a proposal stands")
    p.add_argument("status", metavar="STATUS", choices=STATUSES, help=", ".join(STATUSES))
    p.add_argument("--note", default="", help="e.g. the committee document that records the decision")
    p.add_argument("--date", default=None, type=_iso_date, help="the day of the decision (YYYY-MM-DD; default today)")
    p = sub.add_parser("set-action", parents=[db_after, contribution, proposal], help="change a proposal's action")
    p.add_argument("action", metavar="ACTION", choices=ACTIONS, help=", ".join(ACTIONS))
    p.add_argument("--yes", action="store_true", help="confirm when the change drops drafted text")
    p = sub.add_parser(
        "set-base", parents=[db_after, contribution, proposal], help="mark a MOD against another library version"
    )
    p.add_argument("version", type=version_ref, metavar="VERSION")
    p = sub.add_parser(
        "check", parents=[db_after, json_flag, contribution], help="the ITU rules check of a stored contribution"
    )
    p = sub.add_parser(
        "update-references",
        parents=[db_after, contribution],
        help="cite the newest revision in the library wherever a MOD cites an older one",
    )
    _drafting_commands(sub, db_after, contribution, proposal)
    p = sub.add_parser("positions", parents=[db_after], help="the delegation's positions: set one, or list them")
    positions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = positions.add_parser("set", parents=[db_after], help="record the position on a resolution or a provision")
    p.add_argument("version", type=version_ref, metavar="VERSION", help="a library version, by id or name")
    p.add_argument(
        "--provision", default="", metavar="PATH", help='the provision, as the app names it ("resolves 2 ii)")'
    )
    p.add_argument("--stance", required=True, choices=STANCES, help=", ".join(STANCES))
    p.add_argument("--priority", choices=PRIORITIES, help=", ".join(PRIORITIES))
    p.add_argument("--rationale")
    p.add_argument("--talking-points", dest="talking_points")
    p.add_argument("--owner")
    p.add_argument(
        "--region",
        action="append",
        default=[],
        type=_region_choice,
        metavar="GROUP=STANCE",
        help=f"a regional group's stance ({', '.join(REGIONS)}), e.g. CEPT=oppose",
    )
    positions.add_parser("list", parents=[db_after, json_flag], help="list the positions")
    p = sub.add_parser("exchange", parents=[db_after], help="swap changes with colleagues as files (bundles)")
    exchange = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = exchange.add_parser("export", parents=[db_after], help="write the changes a peer has not been sent yet")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--for", dest="peer", default="everyone", metavar="PEER", help="the colleague it is for")
    p.add_argument("--author", default="", help="who sends it (default: the user name)")
    p = exchange.add_parser("import", parents=[db_after], help="take a colleague's bundle in")
    p.add_argument("bundle", metavar="FILE")
    p.add_argument("--author", default="", help="who made this store's edits (default: the last one given)")
    p = exchange.add_parser("sync", parents=[db_after], help="send and receive through a shared folder (the hub)")
    p.add_argument("--hub", required=True, metavar="DIR", help="the folder every colleague reaches")
    p.add_argument("--author", default="", help="who made this store's edits (default: the last one given)")
    exchange.add_parser("conflicts", parents=[db_after, json_flag], help="the fields edited on both sides")
    p = exchange.add_parser("resolve", parents=[db_after], help="settle a conflict, on every store it reaches")
    p.add_argument("conflict", type=store_id, metavar="ID")
    p.add_argument("--take", required=True, choices=("mine", "theirs", "edit"))
    p.add_argument("--value", help="with --take edit: the value to keep")
    p.add_argument("--author", default="", help="who settles it (default: the last one given)")
    from .conference_commands import add_parsers as add_conference_parsers

    add_conference_parsers(sub, db_after, json_flag, store_id, _iso_date)
    p = sub.add_parser("export", parents=[db_after], help="export from the store")
    export = p.add_subparsers(dest="format", metavar="FORMAT", required=True)
    p = export.add_parser("xlsx", parents=[db_after], help="a comparison workbook from the library")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--versions-of",
        type=version_ref,
        metavar="ID",
        help="every version of this version's resolution in its language",
    )
    which.add_argument(
        "--sisters-of",
        type=version_ref,
        metavar="ID",
        help="this version and the sister resolutions of the other bodies",
    )
    which.add_argument(
        "--proposals-on",
        type=version_ref,
        metavar="ID",
        help="this version and every stored proposal on its resolution",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.add_argument("--reference", type=int, default=1, metavar="N")
    p = export.add_parser(
        "positions", parents=[db_after], help="the positions as a workbook to edit in Excel and import again"
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    p.add_argument("--body", help="only this body's resolutions")
    p.add_argument("--language", choices=LANGUAGES, default="en", help="the language of the column names")
    p = export.add_parser("brief", parents=[db_after], help="the delegation brief for the head of delegation, in Word")
    p.add_argument("-o", "--output", required=True, metavar="BRIEF.docx")
    p.add_argument("--body", help="only this body's resolutions")
    p.add_argument("--min-priority", choices=PRIORITIES, help="leave out positions of lower priority")
    p.add_argument("--language", choices=LANGUAGES, default="en", help="the brief's language")
    p = export.add_parser(
        "consolidated", parents=[db_after], help="a resolution as amended by its adopted proposals, in Word"
    )
    p.add_argument("version", type=version_ref, metavar="VERSION")
    p.add_argument("-o", "--output", required=True, metavar="OUT.docx")
    p.add_argument(
        "--statuses",
        default="adopted,adopted-modified",
        metavar="LIST",
        help="the proposals applied, by status (default: adopted,adopted-modified)",
    )
    p.add_argument("--marks", action="store_true", help="tracked changes against the version, not a clean text")
    p.add_argument("--author", default="", help="the author of the tracked changes (default: from Settings)")
    p = export.add_parser(
        "compilation", parents=[db_after], help="every stored proposal on a resolution, provision by provision"
    )
    p.add_argument("version", type=version_ref, metavar="VERSION")
    p.add_argument("-o", "--output", required=True, metavar="OUT.docx")
    p = export.add_parser("docx", parents=[db_after, marks], help="a contribution as an ITU Word document")
    p.add_argument(
        "contribution", type=store_id, metavar="CONTRIBUTION", help="the contribution id (see list --contributions)"
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT.docx")
    p.add_argument(
        "--base",
        action="append",
        default=[],
        type=_base_choice,
        metavar="N=VERSION_ID",
        help="mark the Nth proposal (a MOD) against this library version, not the one its heading names",
    )
    return parser


def _region_choice(text: str) -> tuple[str, str]:
    import argparse

    region, sep, stance = text.partition("=")
    region = region.strip().upper()
    if not sep or region not in REGIONS or stance.strip() not in (*STANCES, ""):  # GROUP= clears it
        raise argparse.ArgumentTypeError(
            f"{text!r}: give GROUP=STANCE, a group among {', '.join(REGIONS)} and a stance among {', '.join(STANCES)}"
        )
    return region, stance.strip()


def _iso_date(text: str) -> str:
    import argparse
    from datetime import date

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def _base_choice(text: str) -> tuple[int, int]:
    import argparse

    proposal, sep, version = text.partition("=")
    if not sep or not proposal.strip().isdigit() or not version.strip().isdigit() or int(proposal) > 10_000:
        raise argparse.ArgumentTypeError(f"{text!r}: give N=VERSION_ID, such as 1=12")
    return int(proposal), store_id(version)


def _drafting_commands(sub, db_after, contribution, proposal) -> None:
    """contribution new|set, proposal add|text|reasons|move, renumber: what the window drafts."""
    import argparse

    header = argparse.ArgumentParser(add_help=False)
    for option, text in (
        ("--meeting", "the meeting, e.g. 'Plenipotentiary Conference (PP-26), Doha'"),
        ("--agenda-item", "the committee or agenda item"),
        ("--document", "the document number, e.g. 'Addendum 4 to Document 47-E'"),
        ("--date", "the document's date, e.g. '14 April 2026'"),
        ("--original-language", "the original language, e.g. English"),
        ("--source", "the source line, e.g. the administration"),
        ("--title", "the title"),
    ):
        header.add_argument(option, help=text)
    header.add_argument("--language", choices=LANGUAGES, help="the language of the words the export writes")
    p = sub.add_parser("contribution", parents=[db_after], help="make a contribution, or set its header")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "new", parents=[db_after, header], help="a new contribution (its header as the window starts one)"
    )
    actions.add_parser("set", parents=[db_after, contribution, header], help="set header fields of a contribution")
    p = sub.add_parser("proposal", parents=[db_after], help="add a proposal, write its text and Reasons, move it")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", parents=[db_after, contribution], help="add a MOD, (MOD), ADD, SUP or NOC")
    p.add_argument("kind", metavar="ACTION", choices=ACTIONS, help=", ".join(ACTIONS))
    p.add_argument("--base", type=version_ref, metavar="VERSION", help="the library text it acts on, by id or name")
    p = actions.add_parser(
        "text", parents=[db_after, contribution, proposal], help="print a proposal's text, or replace it"
    )
    p.add_argument("--from", dest="source", metavar="FILE", help="the new text, as the Draft view shows it (- : stdin)")
    p = actions.add_parser("reasons", parents=[db_after, contribution, proposal], help="set a proposal's Reasons")
    p.add_argument("reasons", metavar="TEXT")
    p = actions.add_parser("move", parents=[db_after, contribution, proposal], help="move a proposal (renumbers)")
    p.add_argument("--to", type=int, required=True, metavar="M", help="its new place, from 1")
    sub.add_parser(
        "renumber", parents=[db_after, contribution], help="number the delegation's proposals in their order"
    )
