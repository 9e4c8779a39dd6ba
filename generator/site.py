"""One pipeline, three engines: what the briefing adds to a site, and building it with MkDocs,
ProperDocs or Zensical (`briefing site --engine …`).

MkDocs and ProperDocs run `hooks/briefing.py`, which calls `generated_files` and `nav` in memory.
Zensical has no hook or plugin API yet, so for it the same files are written to a staging docs
folder (`ZENSICAL_DOCS`, the project's docs/ copied beside them) and a config that inherits
mkdocs.yml (`ZENSICAL_CONFIG`: the staged docs, the nav, Zensical's own search off) before
`zensical build` runs; Pagefind then indexes the site as the hook does after MkDocs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from .config import BriefingConfig
from .model import BuildResult
from .render import BRIEF_URI, Renderer, heading_text
from .render.links import ENGINE_LINKS, RawLinks
from .search import GAZETTEER_URI, gazetteer_json, index_site

ENGINES = tuple(ENGINE_LINKS)
SEEDS, CONFIG = "seeds", "briefing.yml"
BRIEF_PDF = "brief.pdf"
ZENSICAL_CONFIG = "zensical.yml"  # beside mkdocs.yml: Zensical wants docs_dir and site_dir under its folder
ZENSICAL_DOCS = ".cache/zensical/docs"
# Styles the project's Pagefind search box in Zensical's header (its markup differs from Material's).
ZENSICAL_CSS = "assets/stylesheets/search-zensical.css"


class SiteError(Exception):
    """A site that cannot be built as asked; the message names the file or setting to change."""


def nav(config: BriefingConfig) -> list:
    """The sidebar: home, topics, the brief, the source index and the entity index. Sources stay out
    of it: Material (and Zensical) write the whole nav into every page, which grows as N² with sources."""
    return [
        {"首頁": "index.md"},
        {"主題": [{heading_text(t.title): f"topics/{t.id}.md"} for t in config.topics]},
        {"重點簡報（列印）": BRIEF_URI},
        {"來源": "sources/index.md"},
        {"人物與機構": "entities/index.md"},
    ]


def generated_files(config: BriefingConfig, result: BuildResult, pdf: bool, links: RawLinks = "url") -> tuple[dict[str, str | bytes], str | None]:
    """Every file the briefing adds to the docs, by docs-relative path: the pages, the search
    gazetteer and, when `pdf` and Chromium with a CJK font are here, the brief's PDF with the brief
    page linking to it. With the reason there is no PDF, when asked for one and not made."""
    files: dict[str, str | bytes] = {page.uri: page.markdown for page in result.pages}
    files[GAZETTEER_URI] = gazetteer_json(config, result.briefing)
    if not pdf or result.briefing is None:
        return files, None
    from .pdf import PdfError, brief_pdf  # Playwright, loaded only when printing

    try:
        data = brief_pdf(config, result.briefing)
    except PdfError as exc:
        return files, str(exc)
    brief = Renderer(config, result.briefing, links=links).brief_page(pdf_href=BRIEF_PDF)
    files[brief.uri] = brief.markdown
    files[BRIEF_PDF] = data
    return files, None


# --- MkDocs and ProperDocs: the hook does the work --------------------------------------------------

def engine_command(engine: str, config_file: Path, site_dir: Path | None, strict: bool) -> list[str]:
    command = [sys.executable, "-m", engine, "build", "--config-file", str(config_file)]
    if site_dir is not None:
        command += ["--site-dir", str(site_dir)]
    return command + (["--strict"] if strict else [])


# --- Zensical: staged docs and a config ---------------------------------------------------------------

def _mkdocs_settings(config_file: Path) -> dict:
    """mkdocs.yml's plain settings (its !ENV and Python tags read as nothing: only docs_dir and
    use_directory_urls are wanted here)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        settings = yaml.load(config_file.read_text(encoding="utf-8"), Loader=Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise SiteError(f"{config_file}: cannot be read ({exc})") from exc
    return settings if isinstance(settings, dict) else {}


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write a file whole or not at all: a temporary file beside it, then one rename (a serving
    Zensical or browser never reads half a file)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _write_if_changed(path: Path, data: bytes) -> bool:
    if path.is_file() and path.read_bytes() == data:
        return False  # untouched: Zensical's cache and a serving browser see no change
    write_atomic(path, data)
    return True


def stage_docs(docs: Path, files: dict[str, str | bytes], out: Path) -> tuple[int, list[str]]:
    """The project's hand-written docs and the generated files in `out`, which this owns: files
    neither holds are removed. A generated page a hand-written file already provides is skipped,
    as the hook does. (files written, warnings)."""
    wanted: dict[str, bytes] = {}
    warnings = []
    for path in sorted(p for p in docs.rglob("*") if p.is_file()) if docs.is_dir() else ():
        wanted[path.relative_to(docs).as_posix()] = path.read_bytes()
    for uri, content in files.items():
        if uri in wanted and uri.endswith(".md"):
            warnings.append(f"{docs / uri} is hand-written but the briefing also generates it; rename or remove it")
            continue
        wanted[uri] = content.encode("utf-8") if isinstance(content, str) else content
    written = sum(_write_if_changed(out / uri, data) for uri, data in wanted.items())
    if out.is_dir():
        for path in sorted(out.rglob("*"), reverse=True):  # files first, then the folders they emptied
            if path.is_file() and path.relative_to(out).as_posix() not in wanted:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written, warnings


def zensical_config(config: BriefingConfig, mkdocs_yml: str, docs_dir: str, site_dir: str) -> str:
    """Zensical's config: mkdocs.yml (inherited, so SITE_URL and every theme setting stay in one
    place) with the staged docs, the nav the hook would set, Zensical's own search switched off (the
    project's Pagefind search replaces it) and the styles for its header search box."""
    settings = {
        "INHERIT": mkdocs_yml,
        "docs_dir": docs_dir,
        "site_dir": site_dir,
        "nav": nav(config),
        "plugins": [{"search": {"enabled": False}}],  # appended to mkdocs.yml's (empty) list
        "exclude_docs": "",  # mkdocs.yml leaves out ZENSICAL_CSS, which only Zensical needs
        "extra_css": [ZENSICAL_CSS],  # appended to mkdocs.yml's
        "extra": {"briefing_engine": "zensical"},  # overrides/partials/search.html
    }
    head = ("# Written by `briefing site --engine zensical` at every build, from mkdocs.yml and briefing.yml:\n"
            "# edit those. Serve with `briefing serve --engine zensical` (zensical serve regenerates nothing).\n")
    return head + yaml.safe_dump(settings, allow_unicode=True, sort_keys=False, width=1000)


def prepare_zensical(config: BriefingConfig, result: BuildResult, config_file: Path, site_dir: Path,
                     pdf: bool) -> tuple[Path, list[str]]:
    """Stage the docs and write the config for `zensical build`; (its config file, notes for the user).
    `site_dir`: relative to the project folder, or absolute."""
    root = config_file.resolve().parent
    settings = _mkdocs_settings(config_file)
    if settings.get("use_directory_urls") is False:
        raise SiteError(f"{config_file}: the briefing needs use_directory_urls: true (the default); remove the setting")
    site = (root / site_dir).resolve()
    if not site.is_relative_to(root) or site == root:
        raise SiteError(f"{site_dir}: Zensical writes the site only inside the project folder {root}; pass a folder under it")
    files, no_pdf = generated_files(config, result, pdf, links=ENGINE_LINKS["zensical"])
    docs = root / str(settings.get("docs_dir") or "docs")
    _, notes = stage_docs(docs, files, root / ZENSICAL_DOCS)
    if no_pdf:
        notes.append(f"brief PDF not built: {no_pdf}")
    text = zensical_config(config, config_file.name, ZENSICAL_DOCS, site.relative_to(root).as_posix())
    out = root / ZENSICAL_CONFIG
    _write_if_changed(out, text.encode("utf-8"))
    return out, notes


def zensical_site(config: BriefingConfig, result: BuildResult, config_file: Path, site_dir: Path, strict: bool,
                  pdf: bool) -> list[str]:
    """After the pipeline: stage, `zensical build`, Pagefind, as the hook does after MkDocs. The notes."""
    zensical_yml, notes = prepare_zensical(config, result, config_file, site_dir, pdf)
    zensical_build(zensical_yml, strict)
    index_site((config_file.resolve().parent / site_dir).resolve())
    return notes


def zensical_build(config_file: Path, strict: bool) -> None:
    """`zensical build` in this process: its command prints a traceback when --strict aborts."""
    import zensical

    try:
        zensical.build(str(config_file.resolve()), {"clean": False, "strict": strict})
    except RuntimeError as exc:  # its messages, with file and line, are already on the terminal
        raise SiteError(f"zensical build failed: {exc}") from exc


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    """Run an engine; its output goes to the terminal. A failure is a SiteError naming the command."""
    try:
        code = subprocess.run(command, cwd=cwd, env=env).returncode
    except OSError as exc:
        raise SiteError(f"{command[0]} could not run: {exc}") from exc
    if code != 0:
        raise SiteError(f"`{' '.join(command[2:])}` failed (exit {code}); see its messages above")


def check_installed(engine: str) -> None:
    from importlib.util import find_spec

    if find_spec(engine) is None:
        raise SiteError(f"{engine} is not installed here; install the pinned engines with: pip install -e '.[engines]'")
