"""The redline engine on real texts: both texts recovered exactly, structure
changes as whole paragraphs, relabelling as a label change, marks that read
like a human's, and close to the minimal word diff."""

from __future__ import annotations

import difflib
import re

import pytest
import redline_cases as cases
from conftest import itu_text

from delegate_app.core.redline import DELETED, INSERTED, MODIFIED, redline
from delegate_app.core.worddiff import DELETE, EQUAL, INSERT, diff_words, new_text, old_text, tokens
from delegate_app.formats.reader import read_file

PAIRS = [
    ("wtdc59", cases.wtdc59, cases.wtdc59_proposed),
    ("ra75", cases.ra75, cases.ra75_proposed),
    (
        "wtdc59-kigali-to-baku",
        cases.wtdc59,
        lambda: read_file(cases.ROOT / "resources" / "starter" / "wtdc-res59-baku-2025.txt").document,
    ),
    (
        "pp191-flattened-to-self-edited",
        lambda: read_file(itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")).document,
        lambda: _reworded(read_file(itu_text("pp-res191-busan2014-to-dubai2018-flattened-revisions.txt")).document),
    ),
]


def _reworded(res):
    res.sections[1].provisions[0].text = "the purposes of the Union listed in Article 1 of the ITU Constitution;"
    res.sections[0].provisions.pop(2)
    return res


@pytest.mark.parametrize("name, base, proposed", PAIRS, ids=[p[0] for p in PAIRS])
def test_reject_gives_the_base_and_accept_the_proposal(name, base, proposed):
    b, p = base(), proposed()
    rl = redline(b, p)
    assert rl.old_paragraphs() == cases.paragraphs(b)
    assert rl.new_paragraphs() == cases.paragraphs(p)


def test_heading_revision_changes_the_itu_way():
    rl = redline(cases.wtdc59(), cases.wtdc59_proposed())
    assert rl.paragraphs[0].segments == [
        (EQUAL, "RESOLUTION 59 (Rev. "),
        (DELETE, "Kigali, 2022"),
        (INSERT, "Baku, 2025"),
        (EQUAL, ")"),
    ]


def test_first_adoption_to_revision_inserts_rev():
    base, proposed = cases.wtdc59(), cases.wtdc59()
    base.revision, proposed.revision = "Dubai, 2012", "Rev. Hammamet, 2016"
    assert redline(base, proposed).paragraphs[0].segments == [
        (EQUAL, "RESOLUTION 59 ("),
        (DELETE, "Dubai, 2012"),
        (INSERT, "Rev. Hammamet, 2016"),
        (EQUAL, ")"),
    ]


def test_structure_changes_are_whole_paragraphs_and_relabelling_is_a_label_change():
    rl = redline(cases.wtdc59(), cases.wtdc59_proposed())
    deleted = [p for p in rl.paragraphs if p.change == DELETED]
    inserted = [p for p in rl.paragraphs if p.change == INSERTED]
    assert [p.old.split("\t")[0] for p in deleted] == ["b)"]
    assert [p.role for p in inserted] == ["provision", "provision", "call", "provision"]
    relabelled = [
        p for p in rl.paragraphs if p.change == MODIFIED and p.segments[0][0] == DELETE and p.role == "provision"
    ]
    # c) d) e) f) became b) c) d) e): the label alone is marked, the text is untouched
    assert [(p.segments[0][1], p.segments[1][1]) for p in relabelled[:4]] == [
        ("c)", "b)"),
        ("d)", "c)"),
        ("e)", "d)"),
        ("f)", "e)"),
    ]
    assert all(len(p.segments) == 3 and p.segments[2][0] == EQUAL for p in relabelled[:4])


def test_sub_items_and_annexes():
    rl = redline(cases.ra75(), cases.ra75_proposed())
    sub = next(p for p in rl.paragraphs if p.change == MODIFIED and p.depth == 1)
    assert sub.segments == [
        (EQUAL, "b)\ta joint meeting may be arranged by the Directors"),
        (INSERT, " of the Bureaux"),
        (EQUAL, ", or"),
    ]
    annex_paras = [p for p in rl.paragraphs if p.role.startswith("annex")]
    assert [p.change for p in annex_paras if p.role == "annex"] == ["equal", "equal", "equal", "deleted"]
    title = next(p for p in rl.paragraphs if p.role == "annex-title" and p.change == MODIFIED)
    assert title.segments == [(EQUAL, "Procedural method of cooperation"), (INSERT, " between the Sectors")]


def test_marks_are_whole_words_with_their_punctuation():
    """A deletion is whole words of the old text, an insertion whole words of the new."""
    for base, proposed in ((cases.wtdc59(), cases.wtdc59_proposed()), (cases.ra75(), cases.ra75_proposed())):
        for para in redline(base, proposed).paragraphs:
            for side, kind in ((para.old, DELETE), (para.new, INSERT)):
                pos = 0
                for op, t in para.segments:
                    if op == kind:
                        before = side[pos - 1] if pos else " "
                        after = side[pos + len(t)] if pos + len(t) < len(side) else " "
                        assert not (before.isalnum() and t[0].isalnum()), (para.segments, t)
                        assert not (after.isalnum() and t[-1].isalnum()), (para.segments, t)
                    if op in (EQUAL, kind):
                        pos += len(t)


def test_one_change_per_changed_span():
    segs = diff_words(
        "that the basic principle of cooperation among the Sectors is to avoid duplication",
        "that a fundamental rule for collaboration among the Sectors is to avoid duplication",
    )
    assert segs == [
        (EQUAL, "that "),
        (DELETE, "the basic principle of cooperation"),
        (INSERT, "a fundamental rule for collaboration"),
        (EQUAL, " among the Sectors is to avoid duplication"),
    ]


def test_dropping_a_word_before_a_full_stop_marks_the_word_only():
    assert diff_words("to report annually.", "to report.") == [
        (EQUAL, "to report"),
        (DELETE, " annually"),
        (EQUAL, "."),
    ]


@pytest.mark.parametrize(
    "old, new",
    [
        ("", "new text"),
        ("old text", ""),
        ("same", "same"),
        ("a", "b"),
        ("x y z", "x y z w"),
        ("Resolution 5 (Rev. Dubai, 2014)", "Resolution 5 (Rev. Buenos Aires, 2017)"),
        ("  leading", "leading"),
        ("end ", "end"),
    ],
)
def test_word_diff_reconstructs_both_texts(old, new):
    segs = diff_words(old, new)
    assert old_text(segs) == old and new_text(segs) == new


def _minimal_changed_words(a: str, b: str) -> int:
    ta, tb = [t.strip() for t in tokens(a)], [t.strip() for t in tokens(b)]
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    return sum(max(i2 - i1, 0) + max(j2 - j1, 0) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal")


@pytest.mark.parametrize("name, base, proposed", PAIRS, ids=[p[0] for p in PAIRS])
def test_marked_words_close_to_a_minimal_word_diff(name, base, proposed):
    b, p = base(), proposed()
    rl = redline(b, p)
    ours = sum(len(re.findall(r"[^\s.,;:)]+", t)) for para in rl.paragraphs for op, t in para.segments if op != EQUAL)
    minimal = _minimal_changed_words("\n".join(cases.paragraphs(b)), "\n".join(cases.paragraphs(p)))
    assert ours <= minimal * 1.25 + 10, (ours, minimal)


def test_unchanged_text_has_no_marks():
    rl = redline(cases.wtdc59(), cases.wtdc59())
    assert not rl.changed and rl.marked_words() == (0, 0)


def _paragraphs(rl):
    return [(p.role, p.change, p.segments, p.depth, p.label, p.notes) for p in rl.paragraphs]


def test_a_redliner_kept_open_gives_what_a_fresh_redline_gives():
    """The draft view keeps one Redliner while a MOD is open and reuses what
    it saw at the last pause: after every kind of edit, and after undoing them,
    its redline is the one a fresh redline() makes."""
    import copy

    from delegate_app.core.model import FootnoteRef, Provision, Section
    from delegate_app.core.redline import Redliner, clear_caches

    base = cases.wtdc59()
    steps = []
    text = copy.deepcopy(base)
    text.sections[0].provisions[1].text += " as amended"  # reword
    steps.append(copy.deepcopy(text))
    text.sections[1].provisions.insert(0, Provision("a)", "that a new item comes first;"))  # insert an item
    steps.append(copy.deepcopy(text))
    text.sections.insert(2, Section(call="noting", provisions=[Provision("", "a new call and its text;")]))
    steps.append(copy.deepcopy(text))
    del text.sections[0]  # delete a whole call
    steps.append(copy.deepcopy(text))
    text.sections[0], text.sections[1] = text.sections[1], text.sections[0]  # move one
    steps.append(copy.deepcopy(text))
    first = text.sections[1].provisions[0]  # in a call the base has (the first is new)
    first.children.append(Provision("i)", "a sub-item under the first;"))  # a child added
    steps.append(copy.deepcopy(text))
    first.children[0].text = "the sub-item reworded;"  # a child reworded
    steps.append(copy.deepcopy(text))
    first.notes.append(FootnoteRef(3, 1))  # a footnote marked
    steps.append(copy.deepcopy(text))
    first.notes[0].offset = 5  # the mark moved
    steps.append(copy.deepcopy(text))
    first.label = "z)"  # relabelled
    steps.append(copy.deepcopy(text))
    text.sections[1].provisions.pop()  # the last item dropped
    steps.append(copy.deepcopy(text))
    first.children = []  # the child removed again
    steps.append(copy.deepcopy(text))
    text.sections[1].provisions.append(Provision("", "an item added at the end;"))
    steps.append(copy.deepcopy(text))
    steps += [copy.deepcopy(base), steps[0], copy.deepcopy(base)]  # undone, redone, undone
    redliner = Redliner(base)
    for step in steps:
        kept = redliner(step)
        clear_caches()
        assert _paragraphs(kept) == _paragraphs(redline(base, step))
    assert not redliner(copy.deepcopy(base)).changed


def test_a_redliner_kept_open_follows_random_typing():
    """Typing as it comes: words changed in any provision, at any depth, one
    pause after another (each step builds on the last, as the editor's do). A
    redliner kept open reuses the blocks it saw unchanged; whatever it reuses,
    its marks are a fresh redline's. Caught here: a block taken for unchanged
    when only a provision's words, label, footnote marks or depth changed."""
    import copy

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from delegate_app.core.redline import Redliner, clear_caches

    base = cases.wtdc59()

    def every(provisions, out):
        for p in provisions:
            out.append(p)
            every(p.children, out)
        return out

    step = st.tuples(st.integers(0, 999), st.sampled_from(["word", "label", "drop-word", "note", "indent"]))

    def indent(text, pick):
        """An item made a sub-item of the one before it: its depth alone changes."""
        calls = [s.provisions for s in text.sections if len(s.provisions) > 1]
        if calls:
            items = calls[pick % len(calls)]
            moved = items.pop(1 + pick % (len(items) - 1))
            items[0].children.append(moved)

    @settings(max_examples=40, deadline=None)
    @given(st.lists(step, min_size=1, max_size=8))
    def typing(steps):
        redliner = Redliner(base)
        text = copy.deepcopy(base)
        for pick, kind in steps:
            provisions = every([p for s in text.sections for p in s.provisions], [])
            target = provisions[pick % len(provisions)]
            if kind == "word":
                target.text = target.text + " amended"
            elif kind == "note":
                from delegate_app.core.model import FootnoteRef

                target.notes = [] if target.notes else [FootnoteRef(len(target.text) // 2, 1)]
            elif kind == "indent":
                indent(text, pick)
            elif kind == "label":
                target.label = (target.label.rstrip(")") + "bis)") if target.label else "a)"
            else:
                target.text = " ".join(target.text.split()[1:]) or "text"
            text = copy.deepcopy(text)  # a pause: the editor's text is a new Resolution
            kept = redliner(text)
            clear_caches()
            assert _paragraphs(kept) == _paragraphs(redline(base, text))

    typing()
