"""The per-article stages on all cores: each is a pure function of one article, so a process pool
maps them and returns results in input order, and the output is byte-identical for any --jobs."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Callable, Iterable, TypeVar

if TYPE_CHECKING:
    from .cache import Cache

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_ordered(function: Callable[[T], R], items: Iterable[T], jobs: int,
                initializer: Callable | None = None, initargs: tuple = ()) -> list[R]:
    """`[function(item) for item in items]`, on `jobs` processes when there is enough to share."""
    items = list(items)
    if jobs <= 1 or len(items) < 8:
        if initializer:
            initializer(*initargs)
        return [function(item) for item in items]
    with ProcessPoolExecutor(max_workers=jobs, initializer=initializer, initargs=initargs) as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // (jobs * 8))))


def cached_map(cache: "Cache | None", items: list, function: Callable, jobs: int, key_of: Callable,
               initializer: Callable | None = None, initargs: tuple = ()) -> list:
    """`function` over `items` in order, on `jobs` processes, taking what the cache has."""
    keys = [key_of(item) for item in items] if cache else [None] * len(items)
    results = [cache.get(k) if cache else None for k in keys]
    missing = [i for i, r in enumerate(results) if r is None]
    for i, result in zip(missing, map_ordered(function, [items[i] for i in missing], jobs, initializer, initargs)):
        results[i] = result
        if cache:
            cache.put(keys[i], result)
    return results
