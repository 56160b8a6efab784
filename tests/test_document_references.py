"""ITU document references in every form and language (core/docref.py): what the
running header prints and what proposal numbers carry, for the meeting's
prefix, addenda, corrigenda, revisions and the six language letters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from delegate_app.core.docref import LETTERS, DocumentReference, meeting_prefix, parse_document
from delegate_app.core.drafting import new_title_only, renumber
from delegate_app.core.model import Contribution, ContributionHeader, Resolution

# (as a header gives it, the meeting, the document's language) -> running header, number part, addendum
CASES = [
    ("Document 25-E", "PP-26", "en", "PP26/25-E", "25", None),
    ("Addendum 2 to Document 25-E", "PP-26", "zh", "PP26/25(Add.2)-C", "25", 2),
    ("Addendum 2 to Document 25-E", "", "en", "25(Add.2)-E", "25", 2),
    ("Document PP26/25(Add.2)-E", "", "ar", "PP26/25(Add.2)-A", "25", 2),
    ("Document WTDC-29/42-E", "", "en", "WTDC-29/42-E", "42", None),
    ("Additif 2 au Document 25-F", "PP-26", "fr", "PP26/25(Add.2)-F", "25", 2),
    ("Addéndum 2 al Documento 25-S", "Plenipotentiary Conference (PP-26)", "es", "PP26/25(Add.2)-S", "25", 2),
    ("Дополнительный документ 2 к Документу 25-R", "PP-26", "ru", "PP26/25(Add.2)-R", "25", 2),
    ("الإضافة 2 للوثيقة 25-A", "PP-26", "ar", "PP26/25(Add.2)-A", "25", 2),
    ("文件 25-C 的增补文件 2", "PP-26", "zh", "PP26/25(Add.2)-C", "25", 2),
    ("文件 25(Add.2)-C", "PP-26", "zh", "PP26/25(Add.2)-C", "25", 2),
    ("Corrigendum 1 to Document 47-E", "WTSA-24", "en", "WTSA24/47(Corr.1)-E", "47", None),
    ("Revision 1 to Document 47(Add.4)-E", "", "fr", "47(Add.4)(Rev.1)-F", "47", 4),
    ("Document 25(Rev.1)-E", "", "en", "25(Rev.1)-E", "25", None),
    ("Document C26/89-E", "Council 2026", "ru", "C26/89-R", "C26/89", None),
    ("PP26/25(Add.2)-E", "", "en", "PP26/25(Add.2)-E", "25", 2),
]


@pytest.mark.parametrize(("text", "meeting", "language", "header", "number", "addendum"), CASES)
def test_a_reference_in_any_form_gives_the_header_and_the_numbers(text, meeting, language, header, number, addendum):
    found = parse_document(text)
    assert found is not None, text
    assert found.header(language, meeting) == header
    assert (found.for_numbers, found.addendum) == (number, addendum)


@pytest.mark.parametrize("text", ["", "the second addendum", "Doc. twenty-five"])
def test_text_that_names_no_document_is_not_guessed(text):
    assert parse_document(text) is None


def test_the_meetings_prefix():
    assert meeting_prefix("PP-26") == "PP26" and meeting_prefix("WTDC-25, Baku") == "WTDC25"
    assert meeting_prefix("Council Working Group") == ""


def test_a_document_in_the_wtdc_form_numbers_the_proposals():
    """ "Document WTDC-29/42-E" gives "TST/42/1", not "TST/?/1"."""
    base = Resolution("WTDC", "59", "Rev. Kigali, 2022", "Title")
    contrib = Contribution(header=ContributionHeader(document="Document WTDC-29/42-E"))
    contrib.proposals = [new_title_only("NOC", base), new_title_only("SUP", base)]
    renumber(contrib, "TST")
    assert [p.number for p in contrib.proposals] == ["TST/42/1", "TST/42/2"]
    contrib.header.document = "Addendum 3 au Document 42-F"
    renumber(contrib, "TST")
    assert [p.number for p in contrib.proposals] == ["TST/42A3/1", "TST/42A3/2"]


@settings(max_examples=200, deadline=None)
@given(
    number=st.from_regex(r"[1-9]\d{0,3}[A-Z]?", fullmatch=True),
    prefix=st.sampled_from(["", "PP26", "C26", "WTDC-29", "WTSA24", "RA23"]),
    addendum=st.one_of(st.none(), st.integers(1, 99)),
    corrigendum=st.one_of(st.none(), st.integers(1, 9)),
    revision=st.one_of(st.none(), st.integers(1, 9)),
    language=st.sampled_from(sorted(LETTERS)),
)
def test_a_running_header_reads_back_as_the_reference_it_was_written_from(
    number, prefix, addendum, corrigendum, revision, language
):
    """What the export writes in its running header ("PP26/25(Add.2)-C") is read
    back, after "Document", as the same reference: the header and the numbering
    never disagree about which document this is."""
    ref = DocumentReference(number, prefix, addendum, corrigendum, revision, LETTERS[language])
    assert parse_document(f"Document {ref.header(language)}") == ref
