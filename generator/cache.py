"""A per-article cache of what the pipeline makes from one file: its Source (read, clean, extract)
and its AnnotatedSource. `mkdocs serve` after one article changes reads, cleans and annotates that
one article again; every other one comes from here.

An entry's name is the SHA-256 of everything its content depends on (the file's bytes and path,
its sources.yml entry, the config, the lexicon for annotation, and the generator's own code), so a
changed input is never served a stale entry: it looks under another name. Entries are pickles
behind a checksum, written to a temporary file and renamed, so a partial or corrupt entry (a
killed build, a full disk, a bit flip) fails the check and is rebuilt, never trusted. The folder
(default `.cache/briefing/`, ignored by git) is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

MAGIC = b"briefing-cache/1\n"
PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("charset-normalizer", "markdown-it-py", "selectolax", "nh3", "opencc", "pyahocorasick", "pypinyin", "pydantic", "pyyaml")


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the generator's source files: new code, new keys (no stale entry after an upgrade)."""
    digest = hashlib.sha256(sys.version.encode())
    for package in LIBRARIES:  # what reading and annotating depend on besides our code
        try:
            digest.update(f"{package}={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=none\0".encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key(*parts: bytes | str) -> str:
    digest = hashlib.sha256(code_version().encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class Cache:
    """Entries on disk, and those of the current and the last build in memory: `mkdocs serve` keeps
    one Cache across rebuilds, so an unchanged article costs a dict lookup, not an unpickling.
    (The values are frozen dataclasses, safe to share between builds.)"""

    def __init__(self, folder: Path):
        self.folder = folder
        self.hits = self.misses = self.rebuilt = 0
        self._held: dict[str, object] = {}  # this build's entries
        self._last: dict[str, object] = {}  # the last build's
        self.kept: dict[str, dict] = {}  # in memory only: what compose and render keep of the last build
        self._described: dict[tuple, tuple] = {}  # (what, id) -> (object, repr or key), this build's and the last's
        self._described_last: dict[tuple, tuple] = {}

    def new_build(self) -> None:
        """Keep the last build's entries in memory for this one, and forget older ones."""
        self._last, self._held = self._held, {}
        self._described_last, self._described = self._described, {}

    def describe(self, value) -> str:
        """repr(value), for keys: once per object, which is the same object from build to build
        when it comes from this cache's memory (the values are frozen)."""
        return self._once(("repr",), value, lambda: repr(value))

    def key_of(self, kind: str, settings: str, value) -> str:
        """key(kind, settings, repr(value)), once per object and settings."""
        return self._once((kind, settings), value, lambda: key(kind, settings, self.describe(value)))

    def _once(self, what: tuple, value, make) -> str:
        memo = (*what, id(value))
        found = self._described.get(memo) or self._described_last.get(memo)
        if found is None or found[0] is not value:  # the object is held in the entry: its id is not reused
            found = (value, make())
        self._described[memo] = found
        return found[1]

    def _path(self, name: str) -> Path:
        return self.folder / name[:2] / f"{name}.pickle"

    def get(self, name: str):
        """The entry, or None when there is none or it does not pass its checksum."""
        if name in self._held or name in self._last:
            value = self._held[name] = self._held.get(name, self._last.get(name))
            self.hits += 1
            return value
        path = self._path(name)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        body = data[len(MAGIC) + 32:]
        try:
            if not data.startswith(MAGIC) or hashlib.sha256(body).digest() != data[len(MAGIC):len(MAGIC) + 32]:
                raise ValueError("checksum")
            value = pickle.loads(body)
        except Exception:  # a corrupt entry is rebuilt, whatever is wrong with it
            self.rebuilt += 1
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only cache: the entry is rebuilt in memory all the same
            return None
        self.hits += 1
        self._held[name] = value
        return value

    def put(self, name: str, value) -> None:
        self._held[name] = value
        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path = self._path(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".entry-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(MAGIC + hashlib.sha256(body).digest() + body)
                os.replace(temp, path)
            except OSError:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a cache that cannot be written costs time, never a build
