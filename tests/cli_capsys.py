"""The command line run in this process, its output read with pytest's
``capsys``, and the stored MOD of WTDC Resolution 59 the conference tests
(board, reconcile, support, deadlines, PDF export) start from: one copy of
what each of those files wrote again for itself."""

from __future__ import annotations

from conftest import ROOT

from delegate_app.cli.main import run as main

KIGALI = ROOT / "resources" / "starter" / "wtdc-res59-kigali-2022.txt"


def run(capsys, *args) -> str:
    """``delegate-app ARGS``, which must succeed; what it printed."""
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def refused(capsys, *args) -> str:
    """``delegate-app ARGS``, which must be refused in one line (exit 2); the line."""
    assert main([str(a) for a in args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


def import_mod(capsys, tmp_path, db, name: str, old: str, new: str, *options) -> None:
    """A MOD of WTDC 59 (Rev. Kigali, 2022) changing ``old`` into ``new``, made
    by ``redline`` with ``options`` (number, source, ...) as ``tmp_path/NAME.docx``
    and imported into the store at ``db``. ``old`` must be in the text: a
    replacement that changed nothing would make a proposal of no change."""
    text = KIGALI.read_text(encoding="utf-8")
    assert old in text, old
    proposed = tmp_path / f"{name}.txt"
    proposed.write_text(text.replace(old, new), encoding="utf-8")
    made = tmp_path / f"{name}.docx"
    run(capsys, "redline", KIGALI, proposed, "-o", made, *options)
    run(capsys, "import", made, "--db", db)
