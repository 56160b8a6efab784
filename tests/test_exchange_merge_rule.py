"""The merge's shortcut holds: a version has seen another as soon as its vector
reaches the other's dot (core/field_versions.py's ``descends``), the same answer
as comparing the two whole vectors, for every history the exchange can make
(each store's writes of a field form a chain: written having seen the one
before). And ``merge`` of what a store holds with what comes keeps exactly the
versions of both that no other one of them has seen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from delegate_app.core.field_versions import Version, covers, descends, merge, write

STORES = ("a", "b", "c", "d")


def _maximal(versions: list[Version]) -> set[tuple[str, int]]:
    """The rule written out in full: by whole vectors, every pair."""
    by_dot = {v.dot: v for v in versions}
    return {v.dot for v in by_dot.values() if not any(w.dot != v.dot and covers(w.vv, v.vv) for w in by_dot.values())}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["write", "merge"]), st.sampled_from(STORES), st.sampled_from(STORES)),
        min_size=1,
        max_size=40,
    )
)
def test_the_dot_rule_is_the_vector_rule_and_merge_keeps_the_maximal_versions(steps):
    held: dict[str, list[Version]] = {s: [] for s in STORES}
    counters = dict.fromkeys(STORES, 0)
    made: list[Version] = []
    for what, one, other in steps:
        if what == "write":  # a store's edit: newer than everything it holds
            counters[one] += 1
            version = write(held[one], f"{one}{counters[one]}", one, counters[one], one, f"t{len(made)}")
            made.append(version)
            held[one] = [version]
        else:  # one store takes in what another holds
            kept = merge(held[one], held[other])
            assert {v.dot for v in kept} == _maximal(held[one] + held[other])
            held[one] = kept
    for a in made:
        for b in made:
            assert descends(a, b) == (a.dot != b.dot and covers(a.vv, b.vv)), (a, b)
