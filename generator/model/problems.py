"""What goes wrong with an input, reported to the user rather than raised."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input file; reported, never raised to the user as a traceback."""

    path: str
    line: int | None
    message: str
    hint: str = ""
    severity: str = "error"  # "error" fails `briefing check` and `mkdocs build --strict`; "warning" does too

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text}\n  fix: {self.hint}" if self.hint else text

    @staticmethod
    def internal(path: str, line: int | None, doing: str, error: str, lost: str) -> "Problem":
        """A bug met on one article or paragraph (not the input's fault): what was being done, the
        error, and what the site goes without; the rest is built (pipeline.unlearned, unannotated)."""
        return Problem(path, line, f"internal error while {doing} ({error}); {lost}",
                       "please report it with the text; the rest of the site is built")


def failure(exc: Exception) -> str:
    """How a caught bug is named in its Problem: the exception's type and message."""
    return f"{type(exc).__name__}: {exc}"
