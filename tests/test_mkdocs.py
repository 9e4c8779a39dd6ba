"""The MkDocs integration: pages are generated in memory, never written into docs/."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_build_leaves_docs_holding_only_hand_written_files(built_site):
    tracked = set(subprocess.run(["git", "ls-files", "docs"], cwd=ROOT, capture_output=True, text=True).stdout.split())
    present = {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*") if p.is_file()}
    assert present <= tracked | {p for p in present if "__pycache__" in p}
    assert not any(p.endswith(".md") and p.startswith(("docs/topics", "docs/sources", "docs/entities")) for p in present)
    assert (built_site / "topics" / "territory" / "index.html").exists()


def test_positions_backlinks_name_the_party(built_site):
    html = (built_site / "sources" / "004_eca4416b74988871" / "index.html").read_text(encoding="utf-8")
    assert "各方立場（美國）" in html and "各方立場（烏克蘭）" in html
