"""The first sheet of a workbook someone circulated (an agenda, a support form),
read as plain rows: checked first as every workbook we take in is
(package_guard.check_xlsx: no macros, no entities, no bomb, a real workbook),
then read with openpyxl and closed whatever happens."""

from __future__ import annotations

import io
import os
import warnings
from typing import Any

from ..core.errors import InputError
from .package_guard import check_xlsx


def first_sheet_rows(path: str | os.PathLike[str]) -> list[tuple[Any, ...]]:
    """Every row of the first sheet, as values; InputError when it is not a workbook."""
    from openpyxl import load_workbook

    name = str(path)
    try:
        data = open(path, "rb").read()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", name) from None
    check_xlsx(data, name)
    try:
        with warnings.catch_warnings():  # openpyxl's warnings about what it skips are not the user's
            warnings.simplefilter("ignore")
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for what is not a workbook
        raise InputError(f"cannot be read as a workbook ({type(exc).__name__})", name) from None
    try:
        return list(wb.worksheets[0].iter_rows(values_only=True)) if wb.worksheets else []
    finally:
        wb.close()
