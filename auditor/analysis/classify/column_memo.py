"""What classification reads off a table's column list, memoised by the list's identity.

The collector gives identical column lists one shared tuple (dbcatalog._columns), the way it shares identical
columns: a schema-per-tenant cluster repeats one table thousands of times under other names. Keyed by identity, a
memo costs one dict lookup per table, where a key built from the columns' names and types costs a tuple of 20
tuples and their hashes. A list that is not shared (a snapshot read from a file) is simply worked out again:
the answer is the same either way."""
from __future__ import annotations

from operator import attrgetter
from typing import Callable, TypeVar

from auditor.model.snapshot import Column

T = TypeVar("T")
_MAX = 16384      # like the lru caches beside it: a bound, not a working set

_NAME = attrgetter("name")
_SIGNATURE = attrgetter("name", "type", "base_type")    # in C: this runs for every column of the cluster


def by_identity(fn: Callable[[tuple[Column, ...]], T]) -> Callable[[tuple[Column, ...]], T]:
    """Memoise `fn` of a column list by the list's identity; the memo keeps the list alive, so an id is never
    reused while its entry stands."""
    memo: dict[int, tuple[tuple[Column, ...], T]] = {}

    def cached(columns: tuple[Column, ...]) -> T:
        hit = memo.get(id(columns))
        if hit is not None and hit[0] is columns:
            return hit[1]
        if len(memo) >= _MAX:
            memo.clear()
        value = fn(columns)
        memo[id(columns)] = (columns, value)
        return value

    cached.cache_clear = memo.clear     # type: ignore[attr-defined]  # as lru_cache's: benchmarks reset memos
    return cached


@by_identity
def column_names(columns: tuple[Column, ...]) -> tuple[str, ...]:
    return tuple(map(_NAME, columns))


@by_identity
def signature(columns: tuple[Column, ...]) -> tuple[tuple[str, str, str | None], ...]:
    """(name, type, base type) of each column: what the entity rules read."""
    return tuple(map(_SIGNATURE, columns))
