"""Screenshots of pages of a built site, as a reader sees them (Debian's Chromium, 1280x900).

    mkdocs build -d /tmp/site
    python scripts/screenshot.py /tmp/site screenshots/topic.png topics/territory/

Arguments: site folder, output PNG, then the page path (relative URL); `--width=390` for a phone. Serves the site on
127.0.0.1 for the duration of the shot; needs `apt-get install chromium fonts-noto-cjk`.
"""

from __future__ import annotations

import functools
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

from playwright.sync_api import sync_playwright

from generator.pdf import CHROMIUM_ARGS


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main(site: str, output: str, path: str, width: int = 1280) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": width, "height": 900 if width > 600 else 844})
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{path}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=output)
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--width=")]
    widths = [int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--width=")]
    if len(arguments) != 3:
        sys.exit(__doc__)
    main(*arguments, *widths[-1:])
