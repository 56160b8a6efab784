"""Marks only for changes a delegate would call changes (issue 35): in a MOD's
heading, a no-break space for a space and a letter case the heading's capitals
hide are no change; when the place and year change, what stays around them in
Russian ("г.") and Chinese ("修订版") and the Arabic "المراجَع في" stay unmarked."""

from __future__ import annotations

import pytest

from delegate_app.core.model import Resolution
from delegate_app.core.redline import EQUAL_P, redline
from delegate_app.core.worddiff import DELETE, EQUAL, INSERT

CASES = [
    ("en", "REV. DUBAI, 2018", "Rev. Dubai, 2018", None),
    ("en", "Rev. Dubai, 2018", "Rev.\u00a0Dubai,\u00a02018", None),
    ("ru", "Пересм. Кигали, 2022 г.", "Пересм. Кигали, 2022\u00a0г.", None),
    ("ru", "Пересм. Кигали, 2022 г.", "Пересм. Дохе, 2026 г.", ("Кигали, 2022", "Дохе, 2026", " г.)")),
    ("zh", "2022年，基加利，修订版", "2026年，多哈，修订版", ("2022年，基加利", "2026年，多哈", "，修订版）")),
    ("ar", "المراجَع في كيغالي، 2022", "المراجَع في الدوحة، 2026", ("كيغالي، 2022", "الدوحة، 2026", ")")),
    ("fr", "Rév. Kigali, 2022", "RÉV. Doha, 2026", ("Kigali, 2022", "Doha, 2026", ")")),
]


@pytest.mark.parametrize(("lang", "old", "new", "marked"), CASES)
def test_a_heading_is_marked_only_where_it_changes(lang, old, new, marked):
    para = redline(Resolution("WTDC", "59", old, language=lang), Resolution("WTDC", "59", new, language=lang))
    heading = para.paragraphs[0]
    if marked is None:
        assert heading.change == EQUAL_P and heading.segments == [
            (EQUAL, Resolution("WTDC", "59", new, language=lang).heading)
        ]
        return
    deleted, inserted, after = marked
    assert [text for op, text in heading.segments if op == DELETE] == [deleted]
    assert [text for op, text in heading.segments if op == INSERT] == [inserted]
    assert heading.segments[-1] == (EQUAL, after)


def test_a_no_break_space_in_the_title_or_history_is_no_change():
    base = Resolution("WTDC", "59", "Rev. Kigali, 2022", title="Among the three ITU Sectors", history="(Kigali, 2022)")
    new = Resolution(
        "WTDC", "59", "Rev. Kigali, 2022", title="Among all three ITU\u00a0Sectors", history="(Kigali,\u00a02022)"
    )
    title, history = redline(base, new).paragraphs[1:3]
    assert history.change == EQUAL_P and history.segments == [(EQUAL, "(Kigali,\u00a02022)")]
    assert [t for op, t in title.segments if op != EQUAL] == ["the", "all"]  # the real edit only
    assert title.segments[-1] == (EQUAL, " three ITU\u00a0Sectors")  # written as the proposal has it
