"""Writing export files so that a failure never leaves half a document where a
good one was: the bytes go to a temporary file beside the target, which is then
renamed over it (atomic on the same file system)."""

from __future__ import annotations

import os
from pathlib import Path

from ..core.errors import DelegateError


def write_atomically(out: str | os.PathLike[str], data: bytes, kind: str) -> None:
    target = Path(out)
    if target.is_dir():
        raise DelegateError(f"this is a folder; give the name of the {kind} file to write", str(target))
    tmp = target.with_name(f".{target.name}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DelegateError(f"cannot be written ({exc.strerror or exc})", str(target)) from None
