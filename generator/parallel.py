"""The per-article stages on all cores: each is a pure function of one article, so a process pool
maps them and returns results in input order, and the output is byte-identical for any --jobs."""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

if TYPE_CHECKING:
    from .cache import Cache

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_ordered(function: Callable[[T], R], items: Iterable[T], jobs: int,
                initializer: Callable | None = None, initargs: tuple = ()) -> Iterator[R]:
    """`function(item) for item in items`, in order, on `jobs` processes when there is enough to
    share. Results come as they are done: the caller works on the first while the pool makes the
    rest (on two cores, this process is otherwise idle while the workers run)."""
    items = list(items)
    if jobs <= 1 or len(items) < 8:
        if initializer:
            initializer(*initargs)
        yield from map(function, items)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=initializer, initargs=initargs) as pool:
        yield from pool.map(function, items, chunksize=max(1, len(items) // (jobs * 8)))


def _can_fork() -> bool:
    """No other thread runs (`mkdocs serve` runs its server on threads): a forked child has none of
    them, and a lock one held at the fork would stay held in the child."""
    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def _context():
    """fork when it is safe; else forkserver, which starts workers from a clean process."""
    if _can_fork():
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context()


def cached_map(cache: "Cache | None", items: list, function: Callable, jobs: int, key_of: Callable,
               initializer: Callable | None = None, initargs: tuple = ()) -> Iterator:
    """`function` over `items`, in order and as they are done, on `jobs` processes, taking what the
    cache has (a cached one comes at once)."""
    keys = [key_of(item) for item in items] if cache else [None] * len(items)
    results = [cache.get(k) if cache else None for k in keys]
    made = map_ordered(function, [items[i] for i, r in enumerate(results) if r is None], jobs, initializer, initargs)
    for key, result in zip(keys, results):
        if result is None:
            result = next(made)
            if cache:
                cache.put(key, result)
        yield result


_forked: Callable[[int], object] | None = None  # what map_forked's workers run, inherited by fork


def _run_forked(indexes: range) -> list:
    return [_forked(i) for i in indexes]


def map_forked(function: Callable[[int], R], count: int, jobs: int, minimum: int) -> list[R]:
    """`[function(i) for i in range(count)]` on `jobs` forked processes, which inherit everything
    `function` reads (nothing is pickled but the results). In this process when there is one job,
    fewer than `minimum` calls (forking a large heap has its cost), or no safe fork (`_can_fork`)."""
    global _forked
    if jobs <= 1 or count < minimum or not _can_fork():
        return [function(i) for i in range(count)]
    size = max(1, count // (jobs * 8))
    _forked = function
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            return [r for part in pool.map(_run_forked, [range(i, min(i + size, count)) for i in range(0, count, size)]) for r in part]
    finally:
        _forked = None
