"""Entry point: ``delegate-app`` and ``python -m delegate_app``.

With a subcommand it runs headless (the command line); with none it starts the
desktop app. Qt is imported only in the second case, so scripted use stays fast
and works on machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Hidden first argument: render an HTML file to a PDF (``--render-pdf IN.html
# OUT.pdf``). ``export ... -o FILE.pdf`` starts this process because the command
# line and the services never load Qt; it goes through the entry point rather
# than ``python -m delegate_app.ui.pdf_render`` because in the packaged build
# sys.executable is the frozen app itself, which runs no ``-m``.
RENDER_PDF = "--render-pdf"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [RENDER_PDF]:
        from .ui.pdf_render import main as render_pdf

        return render_pdf(argv[1:])
    from .cli.parser import build_parser, parse_app_args

    args = parse_app_args(argv) or build_parser().parse_args(argv)
    if args.command is not None:
        from .cli.main import run

        return run(argv, args)
    from .ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
