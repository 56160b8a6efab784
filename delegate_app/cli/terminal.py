"""What the command line prints is shown, never obeyed, by the terminal.

Titles, paths and messages come from files anyone can write. Printed raw, an
escape sequence in a resolution's title retitles the terminal or rewrites the
screen, and a newline in a file name forges a line of our report ("added …").
So each value is made one visible line where it is put into a line
(``one_line``), and everything written to stdout and stderr while a command
runs passes through ``SafeStream``, which shows any control character that
slipped through as an escape (``\\x1b``), letting by only the two colour
sequences the search listing itself writes.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import TextIO

HIGHLIGHT, RESET = "\x1b[1;33m", "\x1b[0m"
# C0 controls but tab and newline, DEL, and C1 controls (U+009B is a one-byte CSI)
# and the bidirectional overrides, embeddings and isolates: U+202E in a title reverses the
# rest of the terminal line (Arabic's own marks, U+200E/U+200F, are kept)
_BIDI = "\u202a-\u202e\u2066-\u2069"
# and lone surrogates: what a file name or an argument of undecodable bytes holds; no UTF-8 terminal can take one
_SURROGATES = "\ud800-\udfff"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_SURROGATES}]")
_LINE_BREAKS = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}{_SURROGATES}]")  # every control, tab and newline
_OURS = re.compile(re.escape(HIGHLIGHT) + "|" + re.escape(RESET))
# what JSON leaves raw with ensure_ascii=False but a terminal acts on or breaks lines at
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch)
    if named:
        return named
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def one_line(text: object) -> str:
    """``text`` as one visible line: every control character, newline and tab
    included, written as its escape."""
    s = str(text)
    return _LINE_BREAKS.sub(_escape, s) if _LINE_BREAKS.search(s) else s


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes, line breaks, tabs and
    our own two colour sequences kept."""
    if not _CONTROL.search(text):
        return text
    parts = _OURS.split(text)
    kept = _OURS.findall(text) + [""]
    return "".join(_CONTROL.sub(_escape, part) + ours for part, ours in zip(parts, kept))


def json_text(text: str) -> str:
    """JSON text with the characters a terminal would act on written as \\u escapes
    (the same data for any JSON reader)."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(data: object) -> None:
    """``data`` as indented JSON on stdout, safe for a terminal (json_text)."""
    import json

    sys.stdout.write(json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


class SafeStream:
    """A text stream that writes ``printable`` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def __getattr__(self, name: str) -> object:  # flush, isatty, encoding, fileno…
        return getattr(self._stream, name)


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """stdout and stderr wrapped in SafeStream while a command runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
