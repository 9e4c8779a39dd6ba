"""search-core.js's query rewriting, run in Node on the built site's gazetteer."""

import json
import shutil
import subprocess
from pathlib import Path

from conftest import require

CORE = Path(__file__).resolve().parent.parent / "docs" / "assets" / "javascripts" / "search-core.js"


def rewrite(built_site: Path, queries: list[str]) -> list[dict]:
    node = shutil.which("node")
    require(node is not None, "Node.js not found: apt-get install nodejs")
    script = f"""
      import {{ prepareGazetteer, rewriteQuery }} from {json.dumps(CORE.as_uri())};
      import {{ readFileSync }} from "node:fs";
      const g = prepareGazetteer(JSON.parse(readFileSync({json.dumps(str(built_site / "assets" / "search-gazetteer.json"))}, "utf8")));
      console.log(JSON.stringify({json.dumps(queries, ensure_ascii=False)}.map((q) => rewriteQuery(q, g))));
    """
    result = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_every_rendering_of_a_name_becomes_the_same_token_and_possessives_are_dropped(built_site):
    trump, possessive, curly, quoted, pair = rewrite(built_site, ["Trump", "Trump's", "Trump’s", "「川普」", "普京 領土"])
    assert trump["query"] == possessive["query"] == curly["query"] == quoted["query"] and trump["query"].startswith("xe")
    assert pair["query"].split()[0].startswith("xe") and pair["query"].split()[1].startswith("xt")


def test_a_name_no_page_mentions_answers_nothing_and_plain_words_pass_through(built_site):
    modi, plain = rewrite(built_site, ["莫迪", "烏克蘭"])
    assert modi["absent"] is True
    assert plain == {"query": "烏克蘭", "tokens": [], "plain": ["烏克蘭"], "absent": False}
