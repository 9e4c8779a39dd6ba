"""The whole build at scale, against plain Material + Pagefind on the same articles, in one run.

    python scripts/benchmark.py [N ...] [--repeat R] [--seed S] [--json FILE]   # default N: 200 1000

For each N, writes a deterministic corpus of N distinct articles recombined from the five seeds
(`corpus`), then times each step in a fresh process: wall time, and peak RSS as `/usr/bin/time`
reports it (the largest resident set in the step's process tree, Pagefind's included):

  full            `BRIEFING_PDF=0 mkdocs build` of a project copy whose seeds/ is the corpus: the
                  hook runs the pipeline, MkDocs renders, the hook runs Pagefind
  generator       `briefing build --seeds ... --out ...` (as `python -m generator`): the pipeline
                  alone, Markdown pages written
  mkdocs          MkDocs on those pages: the project's mkdocs.yml (theme, extensions, assets,
                  validation) without the hook, with the nav the hook sets
  pagefind        Pagefind on that site, with the command line the hook uses
  plain-mkdocs    baseline: each article as a plain Material page (`# title`, its paragraphs) and
  plain-pagefind  an index page linking them; theme and language only, no hook, no plugins; the
                  nav holds the index only, as the briefing's holds no source page
  default-mkdocs  the same plain pages with Material's defaults (no nav: every page in every page's
  default-pagefind sidebar), what a user gets without configuring; up to N = 2,000 only (N²)
  rebuild         what `mkdocs serve` does, in one fresh process: `generator.build` with a cache,
                  cold, then again after one article changed (the hook keeps its Cache, memory
                  included, across rebuilds); the two builds' times are reported, not the process's

Prints a table, then JSON (medians of --repeat runs; min/max too). Results: BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import opencc
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import generator  # noqa: E402
from generator.extract import detect_language  # noqa: E402
from generator.normalize import fold  # noqa: E402
from generator.render import heading_text  # noqa: E402
from generator.search import pagefind_command  # noqa: E402

MKDOCS = Path(sys.executable).with_name("mkdocs")
DEFAULT_NAV_UP_TO = 2000  # sizes at which the default-nav baseline is run too
OUTLETS = ["中央社", "聯合新聞網", "自由時報", "中國時報", "風傳媒", "報導者", "公視新聞網", "鏡週刊", "ETtoday新聞雲",
           "轉角國際", "Yahoo奇摩新聞", "香港01", "明報", "星島日報", "端傳媒", "DW 德國之聲中文網", "BBC 中文網",
           "法廣 RFI 中文", "美國之音", "紐約時報中文網", "Reuters", "Associated Press", "Bloomberg", "The Guardian",
           "Financial Times", "Kyiv Independent"]
SIMPLIFIED_OUTLETS = ["联合早报", "澎湃新闻", "新京报", "财新网", "凤凰网"]  # the Simplified articles' outlets
SUBJECTS = ["川普", "普丁", "澤倫斯基", "魏科夫", "盧比奧", "克里姆林宮", "白宮", "歐洲領袖", "北約", "烏克蘭", "俄羅斯", "馬克宏"]
PREDICATES = ["稱和談只剩少數分歧", "拒絕割讓頓巴斯", "談安全保障", "提出新版和平方案", "與普丁通話", "再赴莫斯科",
              "警告停火協議難產", "要求歐洲承擔更多", "否認通話紀錄造假", "重提阿拉斯加共識", "稱領土由烏克蘭決定",
              "籌組多國部隊", "同意以第5條為基礎", "願在談判桌上交換領土", "呼籲先停火再談判"]
PREFIXES = ["", "", "", "快訊：", "分析：", "專訪：", "觀點："]
LEADS = ["報導指出，", "另據消息，", "據了解，", "外界關注的是，", "消息人士說，", "分析人士認為，", "與此同時，", "值得一提的是，"]
LEADS_EN = ["Meanwhile, ", "Separately, ", "As reported, ", "Officials said that "]
AGENCIES = ["Reuters", "AP", "AFP", "Bloomberg", "CNN"]
CODAS = ["此事仍有待觀察。", "相關談判預計下週繼續。", "白宮尚未回應置評請求。", "克里姆林宮對此未予置評。", "基輔方面暫未回應。",
         "分析人士認為，談判前景仍不明朗。", "歐洲各國對此反應不一。", "（綜合外電報導）", "（編譯：國際中心）", "消息公布後，外界反應兩極。"]
WORDING = [("川普", "特朗普"), ("普丁", "普京"), ("澤倫斯基", "澤連斯基"), ("魏科夫", "威特科夫"), ("盧比奧", "魯比奧"),
           ("表示", "指出"), ("強調", "重申"), ("烏俄", "俄烏"), ("談判", "會談"), ("協議", "協定"), ("華府", "美方"),
           ("北約", "北大西洋公約組織"), ("克里姆林宮", "俄羅斯總統府"), ("認為", "相信"), ("目前", "眼下")]
SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[」』”’）)]*|[^。！？!?]+$")
NUMBER = re.compile(r"(?<![\d.,@_A-Za-z])(\d{1,3})(?![\d.,年月日號])")
COPY_SHARE = 0.15  # paragraphs copied from another article: the same wire story in several outlets
SIMPLIFIED_SHARE = 0.3


def _pool() -> tuple[list[tuple[int, str]], list[str]]:
    """(seed number, body paragraph) and the section headings, as the pipeline cleaned them."""
    sources, _ = generator.ingest(ROOT / "seeds")
    body = [(n, p.text) for n, s in enumerate(sources) for p in s.paragraphs if p.kind == "text" and len(p.text) >= 20
            and not p.text.startswith("—")]  # an embedded post's byline is not a paragraph
    return body, [p.text for s in sources for p in s.paragraphs if p.kind == "heading"]


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.findall(text) if s.strip()]


def _perturb(rng: random.Random, text: str, partner: str | None) -> str:
    """Another outlet's version of a paragraph: its spellings and wording, other figures, a
    sentence cut, swapped or spliced from a paragraph of the same story, a lead-in."""
    original, english = text, not re.search(r"[\u4e00-\u9fff]", text)
    for old, new in WORDING:
        if old in text and rng.random() < 0.15:
            text = text.replace(old, new)
    if rng.random() < 0.6:
        hits = list(NUMBER.finditer(text))
        for m in sorted(rng.sample(hits, min(len(hits), rng.randint(1, 2))), key=lambda m: -m.start()):
            value = int(m.group())
            new = max(1, round(value * rng.uniform(0.6, 1.5))) if value > 9 else rng.randint(1, 9)
            text = text[:m.start()] + str(new if new != value else value + 1) + text[m.end():]
    parts = _sentences(text)
    if partner and rng.random() < 0.3 and len(parts) >= 2:
        extra = _sentences(partner)
        parts = parts[:len(parts) // 2 + 1] + extra[len(extra) // 2:]
    elif len(parts) >= 3 and rng.random() < 0.3:
        del parts[rng.randrange(1, len(parts))]
    elif len(parts) >= 2 and rng.random() < 0.2:
        i = rng.randrange(len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    text = "".join(parts) or text
    if rng.random() < 0.4:
        text = rng.choice(LEADS_EN if english else LEADS) + (text[0].lower() + text[1:] if english else text)
    if rng.random() < 0.4 or fold(text) == fold(original):
        text += f" ({rng.choice(AGENCIES)})" if english else rng.choice(CODAS)
    return text


def corpus(folder: Path, n: int, seed: int = 0) -> list[tuple[str, str, list[str]]]:
    """Write n distinct articles and their sources.yml into folder; (file, title, paragraphs) each.

    Deterministic: the same (n, seed) writes byte-identical files."""
    rng, t2s = random.Random(seed), opencc.OpenCC("t2s")
    body, headings = _pool()
    written: list[tuple[int, str]] = []  # (pool index, text) of every paragraph so far, for wire copies
    articles, metas, seen, printed = [], {}, set(), set()
    first, days = dt.date(2025, 1, 1), (dt.date(2026, 6, 30) - dt.date(2025, 1, 1)).days + 1
    while len(articles) < n:
        origins, paragraphs = set(), []
        for _ in range(rng.randint(4, 12)):
            if written and rng.random() < COPY_SHARE:
                origin, text = rng.choice(written)
                if origin in origins:
                    continue
                parts = _sentences(text)
                if rng.random() < 0.3 and len(parts) >= 2:  # near-exact: the last sentence cut
                    text = "".join(parts[:-1])
            else:
                origin = rng.randrange(len(body))
                if origin in origins:
                    continue
                mates = [t for k, (s, t) in enumerate(body) if s == body[origin][0] and k != origin]
                for _ in range(10):  # another outlet's version, not yet printed word for word
                    text = _perturb(rng, body[origin][1], rng.choice(mates) if mates else None)
                    if fold(text) not in printed:
                        break
            origins.add(origin)
            paragraphs.append((origin, text))
        fingerprint = fold("\n".join(t for _, t in paragraphs))
        if len(paragraphs) < 4 or fingerprint in seen:
            continue
        seen.add(fingerprint)
        written.extend(paragraphs)
        printed.update(fold(t) for _, t in paragraphs)
        texts = [t for _, t in paragraphs]
        if rng.random() < 0.25:
            texts.insert(rng.randrange(1, len(texts)), rng.choice(headings))
        title = rng.choice(PREFIXES) + rng.choice(SUBJECTS) + rng.choice(PREDICATES)
        simplified = rng.random() < SIMPLIFIED_SHARE
        if simplified:
            title, texts = t2s.convert(title), [t2s.convert(t) for t in texts]
        name = f"a{len(articles):05d}_{hashlib.sha1(f'{seed}:{len(articles)}'.encode()).hexdigest()[:8]}.txt"
        metas[name] = {"outlet": rng.choice(SIMPLIFIED_OUTLETS if simplified else OUTLETS),
                       "published": (first + dt.timedelta(days=rng.randrange(days))).isoformat()}
        (folder / name).write_text(title + "\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8", newline="\n")
        articles.append((name, title, texts))
    (folder / "sources.yml").write_text(yaml.safe_dump(metas, allow_unicode=True, sort_keys=True), encoding="utf-8", newline="\n")
    return articles


def repeat_share(articles: list[tuple[str, str, list[str]]]) -> float:
    """Share of body paragraphs printed word for word (after folding) in another article too.
    Section headings are not counted."""
    headings, where = {fold(h) for h in _pool()[1]}, {}
    for name, _, texts in articles:
        for text in texts:
            where.setdefault(fold(text), set()).add(name)
    paragraphs = [fold(t) for _, _, texts in articles for t in texts if fold(t) not in headings]
    return sum(len(where[t]) > 1 for t in paragraphs) / len(paragraphs)


# Peak RSS as the kernel reports it for a reaped child: the largest of it and of every descendant
# it waited for (Pagefind under MkDocs, too). The child's pre-exec copy of its parent counts as
# well, so the parent must be small: /usr/bin/time, else this few-MB Python wrapper.
RSS_WRAPPER = ("import resource, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
               "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); sys.exit(code)")


def run(command: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB of the process tree, stderr) of a command in a fresh process."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    with tempfile.NamedTemporaryFile("r") as rss, tempfile.TemporaryFile() as err:
        wrapper = (["/usr/bin/time", "-f", "%M", "-o", rss.name] if Path("/usr/bin/time").exists()
                   else [sys.executable, "-c", RSS_WRAPPER, rss.name])
        start = time.perf_counter()
        code = subprocess.run([*wrapper, *command], env=environment, stdout=subprocess.DEVNULL, stderr=err).returncode
        seconds = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        peak_kb = int(rss.read().split()[-1])
    if code not in (0, 1):  # briefing build exits 1 when an article has an error
        raise SystemExit(f"{' '.join(command)} failed ({code}):\n{stderr[-3000:]}")
    return seconds, peak_kb / 1024, stderr


def rebuild_child(seeds: Path, cache_folder: Path) -> None:
    """The `rebuild` step's process: a cold build with a cache, then one article changed, built
    again with the same Cache (as the hook does under serve); prints both times as JSON."""
    from generator.cache import Cache
    from generator.parallel import default_jobs

    cache, config, jobs = Cache(cache_folder), ROOT / "briefing.yml", default_jobs()
    generator.preload()  # as the hook does when `mkdocs serve` starts
    start = time.perf_counter()
    generator.build(seeds, config, jobs=jobs, cache=cache)
    cold = time.perf_counter() - start
    articles = sorted(p for p in seeds.iterdir() if p.suffix == ".txt")
    article = articles[len(articles) // 2]
    original = article.read_text(encoding="utf-8")
    try:
        article.write_text(original.replace("。", "，外界關注。", 1), encoding="utf-8")
        start = time.perf_counter()
        generator.build(seeds, config, jobs=jobs, cache=cache)
        changed = time.perf_counter() - start
    finally:
        article.write_text(original, encoding="utf-8")
    print(json.dumps({"cold": cold, "one_changed": changed}), file=sys.stderr)


def hookless_config(folder: Path, nav: list | None, plain: bool = False) -> Path:
    """mkdocs.yml for a folder holding docs/ (and overrides/): the project's own settings without
    the hook (plain: only theme name and language), with the nav the hook would have set."""
    if plain:
        text = "site_name: Plain baseline\ntheme:\n  name: material\n  language: zh-TW\n  font: false\nplugins: []\n"
    else:
        text = re.sub(r"^(hooks|watch):\n(?:[ #].*\n|\n)*", "", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), flags=re.M)
    if nav is not None:
        text += yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False)
    name = "mkdocs.yml" if nav is not None or not plain else "mkdocs-default-nav.yml"
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def prepare(tmp: Path, n: int, seed: int) -> tuple[dict, list]:
    """Project copy with the corpus, folders for the hookless and plain builds; the step commands."""
    full = tmp / "full"
    for name in ("hooks", "docs", "overrides", "templates"):
        shutil.copytree(ROOT / name, full / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "briefing.yml"):
        shutil.copy(ROOT / name, full / name)
    (full / "seeds").mkdir()
    articles = corpus(full / "seeds", n, seed)
    config = generator.load_config(ROOT / "briefing.yml")
    # The nav hooks/briefing.py sets (keep in step with it): source pages stay out of the sidebar,
    # which Material writes into every page; the plain pages stay out of theirs likewise.
    nav = [{"首頁": "index.md"}, {"主題": [{heading_text(t.title): f"topics/{t.id}.md"} for t in config.topics]},
           {"重點簡報（列印）": "brief.md"}, {"來源": "sources/index.md"}, {"人物與機構": "entities/index.md"}]
    gen, plain = tmp / "gen", tmp / "plain"
    shutil.copytree(ROOT / "docs", gen / "docs")
    shutil.copytree(ROOT / "overrides", gen / "overrides")
    (plain / "docs" / "articles").mkdir(parents=True)
    index = ["# Articles", ""]
    for name, title, texts in articles:
        stem = name.rsplit(".", 1)[0]
        (plain / "docs" / "articles" / f"{stem}.md").write_text(f"# {title}\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8")
        index.append(f"- [{title}](articles/{stem}.md)")
    (plain / "docs" / "index.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    mkdocs = [str(MKDOCS), "build", "-q", "-f"]
    steps = {  # name: (folders emptied before each run, command, environment)
        # Cold builds: no per-article cache (a repeat would otherwise read the first run's entries).
        "full": ([full / "site"], [*mkdocs, str(full / "mkdocs.yml"), "-d", str(full / "site")],
                 {"BRIEFING_PDF": "0", "BRIEFING_CACHE": "0"}),
        "generator": ([gen / "docs"], [sys.executable, "-m", "generator", "build", "--seeds", str(full / "seeds"),
                                       "--config", str(ROOT / "briefing.yml"), "--out", str(gen / "docs"), "--no-cache"], {}),
        "mkdocs": ([gen / "site"], [*mkdocs, str(hookless_config(gen, nav)), "-d", str(gen / "site")], {}),
        "pagefind": ([gen / "site" / "pagefind"], pagefind_command(gen / "site"), {}),
        "plain-mkdocs": ([plain / "site"], [*mkdocs, str(hookless_config(plain, ["index.md"], plain=True)), "-d", str(plain / "site")], {}),
        "plain-pagefind": ([plain / "site" / "pagefind"], pagefind_command(plain / "site"), {}),
    }
    if n <= DEFAULT_NAV_UP_TO:
        # What a user gets with Material's defaults: no nav given, so every page is in the sidebar of
        # every page (N² HTML). The baseline of issue 11's table; too slow to run at 10,000.
        steps["default-mkdocs"] = ([plain / "default-site"], [*mkdocs, str(hookless_config(plain, None, plain=True)),
                                                            "-d", str(plain / "default-site")], {})
        steps["default-pagefind"] = ([plain / "default-site" / "pagefind"], pagefind_command(plain / "default-site"), {})
    return steps, articles


def _reset(folder: Path) -> None:
    """Empty an output folder before a run (the generator's keeps the docs assets copied into it)."""
    for child in folder.iterdir() if folder.is_dir() else ():
        if not (folder.name == "docs" and child.name == "assets"):
            shutil.rmtree(child) if child.is_dir() else child.unlink()


def site_figures(site: Path) -> dict:
    """Every file of the built site: HTML pages, the Pagefind index, the rest (theme assets, sitemap)."""
    files = [p for p in site.rglob("*") if p.is_file()]
    html = max((p for p in files if p.suffix == ".html"), key=lambda p: p.stat().st_size)
    mb = lambda group: sum(p.stat().st_size for p in group) / 2**20  # noqa: E731
    index = [p for p in files if p.relative_to(site).parts[0] == "pagefind"]
    return {"site_mb": mb(files), "html_mb": mb(p for p in files if p.suffix == ".html"), "pagefind_mb": mb(index),
            "files": len(files), "biggest_page": str(html.relative_to(site)), "biggest_page_kb": html.stat().st_size / 1024,
            "home_kb": (site / "index.html").stat().st_size / 1024}


def measure(n: int, repeat: int, seed: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        steps, articles = prepare(Path(tmp), n, seed)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in steps}
        folded = 0
        for _ in range(repeat):
            for name, (outputs, command, env) in steps.items():
                for folder in outputs:
                    _reset(folder)
                seconds, rss, stderr = run(command, env)
                runs[name].append((seconds, rss))
                if name == "generator":
                    folded = stderr.count("same article as")
        rebuilds = []
        for _ in range(repeat):
            _reset(Path(tmp) / "rebuild-cache")
            _, _, stderr = run([sys.executable, str(Path(__file__).resolve()), "--rebuild-child",
                                str(Path(tmp) / "full" / "seeds"), str(Path(tmp) / "rebuild-cache")])
            rebuilds.append(json.loads(stderr.strip().splitlines()[-1]))
        generated = len([p for p in (Path(tmp) / "gen" / "docs" / "sources").glob("*.md") if p.name != "index.md"])
        built = len([p for p in (Path(tmp) / "full" / "site" / "sources").glob("*/index.html")])
        site, plain = site_figures(Path(tmp) / "full" / "site"), site_figures(Path(tmp) / "plain" / "site")
    steps_out = {name: {"seconds": statistics.median(s for s, _ in v), "min": min(s for s, _ in v),
                        "max": max(s for s, _ in v), "peak_rss_mb": max(r for _, r in v)} for name, v in runs.items()}
    t = {name: v["seconds"] for name, v in steps_out.items()}
    baseline = t["plain-mkdocs"] + t["plain-pagefind"]
    rebuild = {key: statistics.median(r[key] for r in rebuilds) for key in ("cold", "one_changed")}
    return {"n": n, "seed": seed, "repeat": repeat, "steps": steps_out, "rebuild": rebuild,
            "plain_total_seconds": baseline, "parts_total_seconds": t["generator"] + t["mkdocs"] + t["pagefind"],
            "ratios": {"full_over_plain": t["full"] / baseline, "mkdocs_generated_over_plain": t["mkdocs"] / t["plain-mkdocs"],
                       "generator_ms_per_article": 1000 * t["generator"] / n,
                       "rebuild_one_changed_over_cold": rebuild["one_changed"] / rebuild["cold"],
                       **({"full_over_default_nav": t["full"] / (t["default-mkdocs"] + t["default-pagefind"]),
                           "mkdocs_generated_over_default_nav": t["mkdocs"] / t["default-mkdocs"]} if "default-mkdocs" in t else {})},
            "articles": {"built_source_pages": built, "generated_source_pages": generated,
                         "folded_as_duplicates": folded, "repeated_paragraph_share": repeat_share(articles),
                         "simplified": sum(detect_language(" ".join(texts)) == "zh-Hans" for _, _, texts in articles)},
            "site": site, "plain_site": plain}


def table(result: dict) -> str:
    s, spread = result["steps"], result["repeat"] > 1
    lines = [f"N = {result['n']} (seed {result['seed']}, median of {result['repeat']})",
             f"{'step':<15}{'seconds':>9}{'  min–max' if spread else ''}{'peak RSS':>12}"]
    for name, v in s.items():
        low_high = f"  {v['min']:.2f}–{v['max']:.2f}" if spread else ""
        lines.append(f"{name:<15}{v['seconds']:9.2f}{low_high}{v['peak_rss_mb']:9.0f} MB")
    r, a, site = result["ratios"], result["articles"], result["site"]
    lines += [f"plain total (MkDocs + Pagefind) {result['plain_total_seconds']:.2f} s; generator + mkdocs + pagefind {result['parts_total_seconds']:.2f} s",
              f"full / plain {r['full_over_plain']:.1f}x   mkdocs generated / plain {r['mkdocs_generated_over_plain']:.1f}x   "
              f"generator {r['generator_ms_per_article']:.1f} ms/article"
              + (f"   full / default-nav plain {r['full_over_default_nav']:.1f}x   mkdocs generated / default-nav "
                 f"{r['mkdocs_generated_over_default_nav']:.1f}x" if "full_over_default_nav" in r else ""),
              f"rebuild (as mkdocs serve, one process): cold {result['rebuild']['cold']:.2f} s, after one article changed "
              f"{result['rebuild']['one_changed']:.2f} s ({100 * r['rebuild_one_changed_over_cold']:.0f}% of cold)",
              f"articles: {a['built_source_pages']} source pages built, {a['generated_source_pages']} generated, "
              f"{a['folded_as_duplicates']} folded; {a['simplified']} Simplified; {100 * a['repeated_paragraph_share']:.0f}% paragraphs repeated",
              f"site {site['site_mb']:.1f} MB in {site['files']} files (HTML {site['html_mb']:.1f}, Pagefind index "
              f"{site['pagefind_mb']:.1f}; plain site {result['plain_site']['site_mb']:.1f} MB); biggest page "
              f"{site['biggest_page']} {site['biggest_page_kb']:.0f} KB; home {site['home_kb']:.0f} KB"]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[200, 1000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--rebuild-child", nargs=2, type=Path, metavar=("SEEDS", "CACHE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rebuild_child:
        rebuild_child(*args.rebuild_child)
        return
    measure_sizes(args, measure, table)


def measure_sizes(args: argparse.Namespace, measure, table) -> None:
    """Each size in turn, its table printed as it is done, then all figures as JSON (and to --json)."""
    results = []
    for n in args.sizes:
        results.append(measure(n, args.repeat, args.seed))
        print(table(results[-1]) + "\n", flush=True)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
