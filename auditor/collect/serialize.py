"""Snapshot <-> JSON, driven by the dataclass type hints so the model is the only schema."""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from auditor.model.snapshot import SCHEMA_VERSION, Snapshot

SNAPSHOT_KIND = "pgcomply-snapshot"


class SnapshotFormatError(ValueError):
    """The file is not a snapshot this version can read."""


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def to_jsonable(obj: Any) -> Any:
    """Plain dicts/lists for json.dumps; faster than dataclasses.asdict, which deep-copies."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: to_jsonable(getattr(obj, name)) for name in _field_names(type(obj))}
    if isinstance(obj, (tuple, list)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_jsonable(tp: Any, value: Any, shared: dict[int, tuple[Any, tuple]] | None = None) -> Any:
    """Rebuild a value of type `tp` (dataclass, tuple[...], X | None, primitive) from JSON data. `shared`: one JSON
    list met twice (the same object) becomes one tuple (see _share_column_lists)."""
    if value is None:
        return None
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {}
        for name in _field_names(tp):
            if name in value:
                kwargs[name] = from_jsonable(hints[name], value[name], shared)
        return tp(**kwargs)
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_jsonable(inner[0], value, shared)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            hit = shared.get(id(value)) if shared is not None else None
            if hit is not None and hit[0] is value:
                return hit[1]
            out = tuple(from_jsonable(args[0], v, shared) for v in value)
            if shared is not None:
                shared[id(value)] = (value, out)
            return out
        return tuple(from_jsonable(a, v, shared) for a, v in zip(args, value))
    if origin is dict:
        return dict(value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def snapshot_to_dict(snap: Snapshot) -> dict[str, Any]:
    return {"kind": SNAPSHOT_KIND, **to_jsonable(snap)}


def snapshot_from_dict(data: dict[str, Any]) -> Snapshot:
    if not isinstance(data, dict) or data.get("kind") != SNAPSHOT_KIND:
        raise SnapshotFormatError("not a pgcomply snapshot (missing \"kind\": \"pgcomply-snapshot\")")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise SnapshotFormatError(
            f"snapshot schema_version {data.get('schema_version')!r} is not supported (this pgcomply reads {SCHEMA_VERSION})")
    try:
        _share_column_lists(data)
        return from_jsonable(Snapshot, data, {})
    except (TypeError, KeyError, AttributeError) as exc:
        raise SnapshotFormatError(f"malformed snapshot: {exc}") from None


def _share_column_lists(data: dict[str, Any]) -> None:
    """Relations with equal column lists get one list, which becomes one shared tuple of shared columns, as the
    collector makes them (dbcatalog._columns): a schema-per-tenant snapshot then costs one Column per distinct
    column, and the classifier's memos by identity work on it as on a fresh collection. repr() of JSON data is
    equal exactly when the data is."""
    seen: dict[str, Any] = {}
    for rel in data.get("relations") or ():
        cols = rel.get("columns") if isinstance(rel, dict) else None
        if isinstance(cols, list) and cols:
            rel["columns"] = seen.setdefault(repr(cols), cols)


def write_snapshot(snap: Snapshot, path: Path) -> None:
    """0600, atomic, never through a symlink (see outputs.write_file)."""
    from auditor.outputs import write_file
    write_file(path, json.dumps(snapshot_to_dict(snap), indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def read_snapshot(path: Path) -> Snapshot:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SnapshotFormatError(f"cannot read {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise SnapshotFormatError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    return snapshot_from_dict(data)
