"""The MkDocs integration: pages are generated in memory, never written into docs/."""

import subprocess
import sys
from pathlib import Path

from conftest import project_copy

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


def build_project(tmp_path: Path, articles: dict[str, str]) -> Path:
    """A copy of the project with its own seeds, built by mkdocs --strict; returns the site."""
    project = project_copy(tmp_path, seeds=tmp_path / "no-seeds")
    for name, text in articles.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                            cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return tmp_path / "site"


def test_markup_in_an_article_title_or_text_never_becomes_markup(tmp_path):
    title = "和談標題 </title><img src=x onerror=alert(1)> {{ 7*7 }} [x](javascript:alert(2))"
    body = "澤倫斯基表示<script>alert(3)</script>烏克蘭不會割讓領土，**並且** `要求` 安全保障。"
    site = build_project(tmp_path, {"evil.txt": f"{title}\n\n{body}\n", "sources.yml": "evil.txt:\n  published: 2025-12-01\n"})
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html and "<script>alert" not in html and 'href="javascript' not in html, page
        assert "<strong>並且" not in html and "<code>要求" not in html and "49" not in html.split("和談標題")[-1][:40]
    source = (site / "sources" / "evil" / "index.html").read_text(encoding="utf-8")
    assert "＜/title＞＜img src=x onerror=alert(1)＞" in source  # shown, in full-width form, in the heading


def test_every_body_paragraph_of_every_seed_is_on_its_source_page(built_site):
    from selectolax.lexbor import LexborHTMLParser

    from generator import build

    result = build(ROOT / "seeds", ROOT / "briefing.yml")
    for annotated in result.briefing.sources:
        source = annotated.source
        tree = LexborHTMLParser((built_site / "sources" / source.id / "index.html").read_text(encoding="utf-8"))
        for token in tree.css(".pf-token"):  # search tokens, hidden from readers
            token.decompose()
        shown = {node.attributes["id"]: node.text(deep=True).removesuffix("¶").strip() for node in tree.css("p.para")}
        assert list(shown) == [p.anchor for p in source.paragraphs]
        for paragraph in source.paragraphs:
            assert shown[paragraph.anchor] == paragraph.text, (source.id, paragraph.anchor)
        removed = tree.css_first("details").text(deep=True)
        assert all(r.text in removed for r in source.removed)


def test_serve_keeps_the_last_good_site_when_the_config_breaks(tmp_path):
    import os
    import re
    import socket
    import time
    import urllib.request

    project = project_copy(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/briefing/topics/territory/"
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        def wait_for(condition, seconds=90):
            deadline = time.time() + seconds
            while time.time() < deadline:
                if condition():
                    return True
                time.sleep(0.5)
            return False

        def page() -> str | None:
            """The page without the live-reload counters `mkdocs serve` injects."""
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    return re.sub(r"livereload\(\d+, \d+\)", "", response.read().decode("utf-8"))
            except OSError:
                return None

        assert wait_for(lambda: page() is not None and "領土問題" in page()), log.read_text()
        good = page()
        config = project / "briefing.yml"
        config.write_text(config.read_text(encoding="utf-8").replace("  - id: territory\n", "  - id: Territory Bad\n", 1),
                          encoding="utf-8")
        assert wait_for(lambda: "briefing config is invalid" in log.read_text()), log.read_text()
        text = log.read_text()
        assert "briefing.yml:" in text and "topics.0.id" in text  # the problem, with file and line
        assert page() == good  # still served, unchanged
    finally:
        server.terminate()
        server.wait(timeout=30)
