"""Text pasted from ITU's web pages (labels glued to their text, "[1]" footnotes,
a title wrapped before its period), and numeric labels a conversion lost; the
draft editor's text, read without repairs, is kept as typed."""

from __future__ import annotations

from delegate_app.core.parse import parse_source
from delegate_app.formats.text_reader import read_text

WEB = """RESOLUTION 71 (REV. DUBAI, 2018)
Strategic plan for the Union for
(2019-2023)
The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),
considering
a)No. 47 of the Constitution, on the strategic plan;
b)the importance of developing countries[1] in the work of the Union;
c)that the plan covers four years and 5G networks,
resolves
1that ITU shall implement the plan;
2to report on it[2] every year;
instructs the Secretary-General
4.1the Council shall review the plan.
[1] These include the least developed countries.
[2] Each year, to the Council.
"""


def _read(text: str, repairs: bool = True):
    return parse_source(read_text(text.encode("utf-8"), "pasted.txt", markdown=False, repairs=repairs))


def test_a_web_page_pasted_reads_with_its_labels_notes_and_title():
    res = _read(WEB)
    assert (res.title, res.history) == ("Strategic plan for the Union for (2019-2023)", "")
    items = [(s.call, [(p.label, p.text) for p in s.provisions]) for s in res.sections]
    assert items == [
        (
            "considering",
            [
                ("a)", "No. 47 of the Constitution, on the strategic plan;"),
                ("b)", "the importance of developing countries in the work of the Union;"),
                ("c)", "that the plan covers four years and 5G networks,"),
            ],
        ),
        ("resolves", [("1", "that ITU shall implement the plan;"), ("2", "to report on it every year;")]),
        ("instructs the Secretary-General", [("4.1", "the Council shall review the plan.")]),
    ]
    notes = {n.number: n.text for n in res.footnotes}
    assert notes == {1: "These include the least developed countries.", 2: "Each year, to the Council."}
    b, two = res.sections[0].provisions[1], res.sections[1].provisions[1]
    assert [(b.text[: r.offset], r.footnote) for r in b.notes] == [("the importance of developing countries", 1)]
    assert [(two.text[: r.offset], r.footnote) for r in two.notes] == [("to report on it", 2)]


def test_the_editors_text_is_kept_as_typed():
    """The draft editor reads its text without repairs: a glued label stays text,
    "[1]" stays as typed."""
    res = _read(WEB, repairs=False)
    texts = [p.text for s in res.sections for p in s.provisions]
    assert any(t.startswith("a)No. 47") for t in texts) and not res.footnotes
    assert any("[1]" in t for t in texts)


def test_numeric_items_that_lost_their_labels_take_their_places():
    """ "1 …", two items whose labels were lost, "4 …": they are 2 and 3, at the
    level of 1 and 4; a true dash list (before 2) stays one; and a lettered item
    after a footnote in the middle of a call stays at its level."""
    res = _read(
        "RESOLUTION 77 (REV. DUBAI, 2018)\nScheduling\n"
        "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n"
        "considering\n"
        + "".join(f"{c})\tthat {c};\n" for c in "abcdefg")
        + "h)\tthat developing countries1 need help;\n"
        "____________________ 1 These include the least developed countries.\n"
        "i)\tthat nine;\nj)\tthat ten,\n"
        "resolves\n1\tto continue the work;\n- to encourage Member States to take part;\n"
        "- that ITU-D shall assist;\n4\tto report to the Council;\n5\tthat a list follows:\n"
        "–\tone;\n–\ttwo;\n6\tthat it ends.\n"
    )
    considering, resolves = res.sections
    assert [p.label for p in considering.provisions] == [f"{c})" for c in "abcdefghij"]
    assert not any(p.children for p in considering.provisions)
    assert [n.text for n in res.footnotes] == ["These include the least developed countries."]
    assert [(p.label, p.text) for p in resolves.provisions[:4]] == [
        ("1", "to continue the work;"),
        ("2", "to encourage Member States to take part;"),
        ("3", "that ITU-D shall assist;"),
        ("4", "to report to the Council;"),
    ]
    assert [c.label for c in resolves.provisions[4].children] == ["–", "–"]
    assert [p.label for p in resolves.provisions] == ["1", "2", "3", "4", "5", "6"]
