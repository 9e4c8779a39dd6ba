"""Write the hostile test corpus, tests/fixtures/hostile/: files a user might feed the generator
by mistake or by malice. Each file's purpose is in CASES below; tests/test_hostile.py says what each
must produce. Regenerate (and review the diff) with:

    python scripts/make_hostile_corpus.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "hostile"

GOOD = (
    "澤倫斯基訪問柏林談安全保障\n\n"
    "烏克蘭總統澤倫斯基15日在柏林表示，烏克蘭願意在安全保障確定之後討論停火線，但不會接受割讓領土的要求。\n\n"
    "美國特使魏科夫與庫什納出席會談，美方官員表示雙方已在多數議題上取得共識，歐洲領袖也發表聲明支持烏克蘭。\n"
)


def article(title: str, *paragraphs: str) -> str:
    return "\n\n".join((title, *paragraphs)) + "\n"


CASES: dict[str, bytes] = {
    # --- good articles, which must build whatever else is in the folder
    "good.txt": GOOD.encode(),
    # --- encodings, each a different article so none is a duplicate
    "bom_utf8.txt": b"\xef\xbb\xbf" + article("普丁在莫斯科會見特使", "俄羅斯總統普丁2日在克里姆林宮會見美國特使魏科夫，雙方討論和平方案的領土條款長達五小時。").encode(),
    "utf16le.txt": article("佩斯科夫談會談結果", "克里姆林宮發言人佩斯科夫3日表示，俄方仍在研究美國提出的和平計畫，但頓巴斯問題沒有妥協空間。").encode("utf-16"),
    "utf16be.txt": b"\xfe\xff" + article("盧比奧抵達日內瓦", "美國國務卿盧比奧23日抵達日內瓦，與烏克蘭代表團討論28點和平計畫的修改版本與安全保障條款。").encode("utf-16-be"),
    "big5.txt": article("馬克宏主持志願者聯盟會議", "法國總統馬克宏主持志願者聯盟視訊會議，歐洲各國領袖表示願意在停火後向烏克蘭派遣維和部隊。").encode("big5"),
    "gb18030.txt": article("乌沙科夫评美方方案", "俄罗斯总统助理乌沙科夫4日表示，美方方案中的部分内容可以接受，但领土问题仍需进一步讨论。").encode("gb18030"),
    # --- layout and invisible characters: old-Mac and Windows line ends, tabs, zero-width and
    # full-width spaces, a stray NUL, a lone surrogate (CESU bytes) and a stray C1 control
    "controls.txt": (
        "\t德里斯科在阿布達比會談\r"
        "\r"
        "美國陸軍部長\u200b德里斯科\u3000\u300025日在阿布達比與俄方代表會談，\x00雙方討論戰俘交換與停火安排。\r\n"
        "\r\n"
        "烏克蘭代表團也在阿布達比，\u0085一名美方官員說會談進展良好。\r"
    ).encode() .replace("良好".encode(), b"\xed\xa0\x80" + "良好".encode()),
    # --- injection: markup, Markdown, Jinja and MkDocs syntax in article text
    "inject.html": (
        "<!doctype html><html><head><title>和談 <script>alert('title')</script></title>"
        "<meta property=\"og:title\" content=\"和談標題 &lt;img src=x onerror=alert('og')&gt; {{ 7*7 }}\">"
        "<style>body{display:none}</style><script>alert('head')</script></head><body>"
        "<nav>首頁 新聞</nav>"
        "<p onclick=\"alert('p')\">美國特使魏科夫表示，<script>alert('inline')</script>和平方案仍在討論，"
        "<img src=x onerror=\"alert('img')\">烏克蘭不會割讓領土給俄羅斯。</p>"
        "<p><a href=\"javascript:alert('link')\">點此</a>看更多，<a href=\"data:text/html,<script>alert(1)</script>\">資料</a>，"
        "<svg onload=\"alert('svg')\"><text>svg</text></svg>"
        "<iframe src=\"https://evil.example/\">框架</iframe><form action=\"https://evil.example/\"><input value=x>表單</form></p>"
        "<p style=\"background:url(javascript:alert('css'))\">歐洲領袖在布魯塞爾表示，安全保障必須包含駐軍與集體防禦的承諾。</p>"
        "<img src=\"data:image/png;base64,AAAA\" alt=\"圖\"><img src=\"https://images.example/a.jpg\" alt=\"會談現場\">"
        "</body></html>"
    ).encode(),
    "markdown.md": article(
        "# 標題 *強調* [連結](javascript:alert(1)) {{ config }}",
        "# 澤倫斯基表示 **烏克蘭** 不會 _割讓_ 領土，並要求 `安全保障` [詳情](javascript:alert(2)) ![圖](x onerror=alert(3))",
        "| 欄 | 位 |\n|---|---|\n| 普丁 | 表示 {{ 7*7 }} |",
        "!!! danger \"警告\"\n    佩斯科夫表示 {% include 'mkdocs.yml' %} 俄方不會讓步。",
        "??? note \"展開\"\n    --8<-- \"/etc/passwd\"",
        "川普表示 <!-- 註解 開始 ，美國將繼續提供安全保障 {#p1 .evil onclick=alert(4) } { .class }",
        "<script>alert(5)</script><img src=x onerror=alert(6)>盧比奧說 {% raw %} 會談順利 {% endraw %}。",
    ).encode(),
    "jinja.txt": article(
        "{{ config.site_name }} {% for x in range(9) %}和談{% endfor %}",
        "烏梅洛夫表示 {{ ''.__class__.__mro__ }} 與 {%- set x = 1 -%} 日內瓦會談取得進展，雙方同意繼續討論安全保障。",
    ).encode(),
    # --- names: a Windows reserved name, an id taken by the index page, two files with one id
    "CON.txt": article("施凱爾談志願者聯盟", "英國首相施凱爾表示，志願者聯盟準備在停火後向烏克蘭提供安全保障與後勤支援。").encode(),
    "index.txt": article("梅爾茨在柏林主持會談", "德國總理梅爾茨在柏林主持美烏歐三方會談，並表示歐洲願意承擔更多安全保障責任。").encode(),
    "same.txt": article("凱洛格前往基輔", "美國特使凱洛格前往基輔，與烏克蘭官員討論停火提案與戰俘交換的細節安排。").encode(),
    "same.md": article("葉爾馬克談草案", "烏克蘭總統府幕僚長葉爾馬克表示，新草案中的美國安全承諾將具備法律約束力。").encode(),
    # --- duplicates: the same article byte for byte, and in Simplified script
    "good_copy.txt": GOOD.encode(),
    "good_simplified.txt": opencc.OpenCC("t2s.json").convert(GOOD).encode(),
    # --- nothing usable
    "empty.txt": b"",
    "blank.txt": " \n\t\n\u3000\n".encode(),
    "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "only_boilerplate.txt": article("推薦閱讀", "川普談稀土", "北約峰會落幕", "Top").encode(),
    # --- ignored: hidden files and READMEs are not articles
    ".hidden.txt": b"<script>alert('hidden')</script>",
    # --- per-file metadata with mistakes: a missing file, a bad date, a bad URL, an unknown key
    "sources.yml": (
        "good.txt:\n  outlet: 測試通訊社\n  published: 2025-12-15\n  url: https://news.example/good\n"
        "missing.txt:\n  published: 2025-12-01\n"
        "big5.txt:\n  published: 2025-13-45\n"
        "gb18030.txt:\n  url: javascript:alert(1)\n"
        "utf16le.txt:\n  publisher: 某社\n"
    ).encode(),
}


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for name, data in CASES.items():
        (OUT / name).write_bytes(data)
    print(f"wrote {len(CASES)} files to {OUT}")


if __name__ == "__main__":
    main()
