"""Entry point: ``delegate-app`` and ``python -m delegate_app``.

With a subcommand it runs headless (the command line); with none it starts the
desktop app. Qt is imported only in the second case, so scripted use stays fast
and works on machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .cli.parser import build_parser, parse_app_args

    args = parse_app_args(argv) or build_parser().parse_args(argv)
    if args.command is not None:
        from .cli.main import run

        return run(argv, args)
    from .ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
