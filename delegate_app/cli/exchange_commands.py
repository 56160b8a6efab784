"""The command line's team exchange: ``exchange export``, ``import``,
``conflicts`` and ``resolve`` (docs/team.md)."""

from __future__ import annotations

import sys

from .terminal import one_line, print_json

SHOWN = 60  # characters of a value on a conflict's line


def exchange(db, args) -> int:
    from ..services import exchange
    from ..services.library import store_path

    author = getattr(args, "author", "") or ""
    if args.action == "export":
        sent = exchange.export_bundle(db, store_path(args.db), args.output, args.peer, author)
        print(f"wrote {one_line(sent.path)}: {sent.changes} change(s) for {one_line(args.peer)}")
        return 0
    if args.action == "import":
        got = exchange.import_bundle(db, store_path(args.db), args.bundle, author)
        if got.already:
            print("this bundle was taken in already: nothing changed")
            return 0
        print(
            one_line(
                f"from {got.author or 'a colleague'} ({got.created}): {len(got.written)} record(s) changed, "
                f"{got.conflicts} conflict(s)" + (f", {len(got.refused)} record(s) refused" if got.refused else "")
            )
        )
        for line in got.refused:
            print(one_line(f"refused {line}"))
        return 0
    if args.action == "sync":
        from ..services.exchange_hub import sync

        done = sync(db, store_path(args.db), args.hub, author)
        for name, got in done.taken:
            print(
                one_line(
                    f"took in {name} from {got.author or 'a colleague'}: {len(got.written)} record(s) changed, "
                    f"{got.conflicts} conflict(s)"
                )
            )
            for line in got.refused:
                print(one_line(f"refused {line}"))
        for line in done.failed:
            print(one_line(f"left in the hub: {line}"), file=sys.stderr)
        wrote = f"wrote {one_line(done.written)}: {done.versions} change(s)" if done.written else "nothing new to send"
        print(f"{len(done.taken)} bundle(s) taken in; {wrote}")
        return 0
    if args.action == "conflicts":
        if args.json:
            found = exchange.list_conflicts(db)
            print_json(found)
            return 0
        from ..services.exchange_view import readable_conflicts

        shown = readable_conflicts(db)
        for c in shown:
            where = f"{c.where} ({c.number})" if c.number else c.where
            values = "; ".join(
                f"{'mine' if v.mine else 'theirs'} {_cut(v.text)} ({v.author or '?'}, {v.at})" for v in c.values
            )
            print(one_line(f"{c.id:>4}  {where}, {c.field}: {values}"))
        if not shown:
            print("no conflicts")
        return 0
    settled = exchange.resolve(db, args.conflict, args.take, getattr(args, "value", None), author)
    print(one_line(f"conflict {settled['id']} settled: {args.take} kept for {settled['record']} {settled['field']}"))
    return 0


def _cut(text: str) -> str:
    flat = repr(" ".join(text.split()))
    return flat if len(flat) <= SHOWN else flat[: SHOWN - 1] + "…"
