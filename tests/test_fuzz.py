"""Fuzzing the readers with mutations of real fixtures (hypothesis): whatever the
bytes, a reader returns a document or raises InputError with a message, never
anything else. A short budget here; a longer run outside CI with

    DELEGATE_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_fuzz.py

Any input that ever made a reader fail another way is kept below as a regression
case."""

from __future__ import annotations

import io
import os
import zipfile

import docx_factory as f
import pytest
from conftest import ROOT, itu_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegate_app.core.errors import InputError
from delegate_app.formats.reader import read_bytes

EXAMPLES = int(os.environ.get("DELEGATE_FUZZ_EXAMPLES", "400"))
TEXTS = [
    itu_text("wtdc-res59-kigali-2022.txt").read_bytes(),
    itu_text("wtsa16-rcc-proposal-mod-res57-flattened-revisions.txt").read_bytes(),
    (ROOT / "tests" / "fixtures" / "converted" / "wtdc-res59-from-pdf.md").read_bytes(),
    (ROOT / "tests" / "fixtures" / "languages" / "ar-res59.txt").read_bytes(),
]
DOCX = f.build(f.MOD_57, f.MOD_57_NOTES)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="DELEGATE_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mutated(draw, sources):
    data = bytearray(draw(st.sampled_from(sources)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + 32] * draw(st.integers(1, 20))
    return bytes(data)


def read_or_refuse(data: bytes, name: str) -> None:
    try:
        read_bytes(data, name)
    except InputError as exc:
        assert exc.message and name in str(exc)


@FUZZ
@given(mutated(TEXTS))
def test_text_reader_never_fails_another_way(data):
    read_or_refuse(data, "fuzz.txt")


@FUZZ
@given(mutated([DOCX]))
def test_docx_reader_never_fails_another_way(data):
    read_or_refuse(data, "fuzz.docx")


@st.composite
def mutated_parts(draw):
    """Valid ZIP packages whose XML parts are mutated: this reaches the XML parser
    and python-docx, which byte mutations of the compressed file rarely do."""
    with zipfile.ZipFile(io.BytesIO(DOCX)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = draw(st.sampled_from(sorted(parts)))
    parts[name] = draw(mutated([parts[name]]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return out.getvalue()


@FUZZ
@given(mutated_parts())
def test_docx_parts_mutated_never_fail_another_way(data):
    read_or_refuse(data, "parts.docx")


@pytest.mark.parametrize(
    "name, data, message",
    [
        (
            "nested.docx",
            f.build(
                document=(
                    f'<?xml version="1.0"?><w:document xmlns:w="{f.W}"><w:body>'
                    + "<w:sdt><w:sdtContent>" * 3000
                    + "</w:sdtContent></w:sdt>" * 3000
                    + "</w:body></w:document>"
                )
            ),
            "cannot be read",
        ),
        ("entries.docx", f.build(f.MOD_57, extra_parts={f"word/media/x{i}.bin": b"x" for i in range(2100)}), "parts"),
        ("wide.txt", b"RESOLUTION 1\n" + b"word " * 30000, "characters long"),
    ],
)
def test_hostile_structures_are_refused_quickly(name, data, message):
    with pytest.raises(InputError, match=message):
        read_bytes(data, name)


def test_over_the_size_cap_is_refused_before_reading(tmp_path):
    from delegate_app.formats.reader import MAX_FILE_SIZE, read_file

    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.seek(MAX_FILE_SIZE + 10)
        fh.write(b"x")
    with pytest.raises(InputError, match="the limit is"):
        read_file(big)
