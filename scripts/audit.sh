#!/usr/bin/env bash
# Accessibility and best-practices audit of the built site (see ACCESSIBILITY.md).
#
# Builds the site with `briefing site --engine $ENGINE` (strict), serves it on 127.0.0.1, and runs Lighthouse
# (accessibility, best-practices) and axe-core on three pages: the home page, a topic page and a
# source page. Prints a table; exits 1 unless every page has accessibility 100, best-practices 100
# and 0 axe violations (2 on a setup or tool failure).
#
# Usage: scripts/audit.sh [PATH...]          e.g. scripts/audit.sh / /topics/territory/
# Environment:
#   PYTHON         python with mkdocs installed (default: python on PATH, else python3)
#   ENGINE         mkdocs (default), properdocs or zensical
#   CHROME_PATH    Chromium binary (default /usr/bin/chromium, Debian's `chromium`)
#   CHROMEDRIVER   chromedriver for axe (default /usr/bin/chromedriver, Debian's `chromium-driver`)
#   AUDIT_DIR      where lighthouse and @axe-core/cli are installed (default .audit/ in the repo)
#   KEEP_REPORTS   a directory: the Lighthouse and axe JSON reports are copied there
# Lighthouse and @axe-core/cli come from the npm registry the first time (no browser download:
# CHROMEDRIVER_SKIP_DOWNLOAD=true, Debian's Chromium and chromedriver are used).
set -euo pipefail
export NO_MKDOCS_2_WARNING=1  # Material's end-of-life banner on every build

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
AUDIT_DIR=${AUDIT_DIR:-$ROOT/.audit}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
if [[ -z ${PYTHON:-} ]]; then
  if command -v python >/dev/null 2>&1; then PYTHON=python; else PYTHON=python3; fi
fi
if [[ $# -gt 0 ]]; then PAGES=("$@"); else PAGES=(/ /topics/territory/ /sources/000_fbf215345708780b/); fi
CHROME_FLAGS="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync"

die() { echo "audit: $*" >&2; exit 2; }

[[ -x $CHROME_PATH ]] || die "no Chromium at $CHROME_PATH (apt-get install chromium, or set CHROME_PATH)"
[[ -x $CHROMEDRIVER ]] || die "no chromedriver at $CHROMEDRIVER (apt-get install chromium-driver, or set CHROMEDRIVER)"
command -v npm >/dev/null 2>&1 || die "npm not found (apt-get install npm)"
"$PYTHON" -c "import mkdocs" 2>/dev/null || die "$PYTHON cannot import mkdocs (set PYTHON, e.g. PYTHON=.venv/bin/python)"

LIGHTHOUSE=$AUDIT_DIR/node_modules/.bin/lighthouse
AXE=$AUDIT_DIR/node_modules/.bin/axe
if [[ ! -x $LIGHTHOUSE || ! -x $AXE ]]; then
  echo "audit: installing lighthouse and @axe-core/cli into $AUDIT_DIR" >&2
  mkdir -p "$AUDIT_DIR"
  CHROMEDRIVER_SKIP_DOWNLOAD=true npm install --prefix "$AUDIT_DIR" --no-audit --no-fund --loglevel=error \
    lighthouse @axe-core/cli >&2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/audit.XXXXXX")
SERVER_PID=
cleanup() {
  if [[ -n $SERVER_PID ]]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ENGINE=${ENGINE:-mkdocs}
echo "audit: building the site with $ENGINE" >&2
if [[ $ENGINE == zensical ]]; then
  # Zensical writes the site only inside the project folder.
  (cd "$ROOT" && "$PYTHON" -m generator.cli site --engine zensical --site-dir ".cache/audit-site-$$") >&2
  mv "$ROOT/.cache/audit-site-$$" "$WORK/site"
else
  (cd "$ROOT" && "$PYTHON" -m generator.cli site --engine "$ENGINE" --site-dir "$WORK/site") >&2
fi

PORT=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$PYTHON" -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/site" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 50); do
  if "$PYTHON" -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$BASE/" 2>/dev/null; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || die "http.server did not start: $(cat "$WORK/server.log")"
  sleep 0.2
done

URLS=()
for page in "${PAGES[@]}"; do URLS+=("$BASE$page"); done

i=0
for url in "${URLS[@]}"; do
  echo "audit: lighthouse $url" >&2
  "$LIGHTHOUSE" "$url" --quiet --only-categories=accessibility,best-practices \
    --output=json --output-path="$WORK/lighthouse-$i.json" --chrome-flags="$CHROME_FLAGS" \
    || die "lighthouse failed on $url"
  i=$((i + 1))
done

echo "audit: axe ${URLS[*]}" >&2
"$AXE" "${URLS[@]}" --chromedriver-path "$CHROMEDRIVER" --chrome-path "$CHROME_PATH" \
  --chrome-options="headless,no-sandbox,disable-gpu" --load-delay 500 \
  --no-reporter --save axe.json --dir "$WORK" >"$WORK/axe.log" 2>&1 \
  || die "axe failed: $(tail -c 2000 "$WORK/axe.log")"
[[ -s $WORK/axe.json ]] || die "axe wrote no results: $(tail -c 2000 "$WORK/axe.log")"

if [[ -n ${KEEP_REPORTS:-} ]]; then
  mkdir -p "$KEEP_REPORTS"
  cp "$WORK"/lighthouse-*.json "$WORK/axe.json" "$KEEP_REPORTS"/
fi

LH_VERSION=$("$LIGHTHOUSE" --version)
AXE_CLI_VERSION=$("$AXE" --version)
"$PYTHON" - "$WORK" "$BASE" "$LH_VERSION" "$AXE_CLI_VERSION" "${PAGES[@]}" <<'PY'
import json, sys
from pathlib import Path

work, base, lh_version, axe_cli_version, *pages = sys.argv[1:]
axe = json.loads(Path(work, "axe.json").read_text())
axe_by_url = {r["url"].rstrip("/"): r for r in axe}

rows, details, ok = [], [], True
for i, page in enumerate(pages):
    lh = json.loads(Path(work, f"lighthouse-{i}.json").read_text())
    scores = {k: lh["categories"][k]["score"] for k in ("accessibility", "best-practices")}
    a11y, bp = (None if s is None else round(s * 100) for s in scores.values())
    result = axe_by_url.get((base + page).rstrip("/"))
    if result is None:
        print(f"audit: no axe result for {page}", file=sys.stderr)
        sys.exit(2)
    violations = result["violations"]
    passed = a11y == 100 and bp == 100 and not violations
    ok &= passed
    rows.append((page, a11y, bp, len(violations), "ok" if passed else "FAIL"))
    for key in ("accessibility", "best-practices"):
        for ref in lh["categories"][key]["auditRefs"]:
            audit = lh["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                items = (audit.get("details") or {}).get("items") or []
                where = "; ".join(
                    (it.get("node") or {}).get("selector", "") or str(it.get("source", it.get("url", "")))
                    for it in items[:3]
                )
                details.append(f"{page}  lighthouse {key}: {ref['id']} ({audit['title']}) {where}")
    for v in violations:
        where = "; ".join(" ".join(n["target"]) if isinstance(n["target"][0], str) else str(n["target"]) for n in v["nodes"][:3])
        details.append(f"{page}  axe {v['id']} [{v['impact']}] {v['help']}: {len(v['nodes'])} node(s): {where}")

axe_core = axe[0]["testEngine"]["version"] if axe else "?"
print(f"Lighthouse {lh_version} · @axe-core/cli {axe_cli_version} (axe-core {axe_core}) · {lh['environment']['hostUserAgent'].split(') ')[-1]}")
print()
print(f"| {'page':<36} | {'accessibility':>13} | {'best-practices':>14} | {'axe violations':>14} | result |")
print(f"|{'-' * 38}|{'-' * 14}:|{'-' * 15}:|{'-' * 15}:|--------|")
for page, a11y, bp, n, verdict in rows:
    print(f"| {page:<36} | {a11y!s:>13} | {bp!s:>14} | {n:>14} | {verdict:<6} |")
if details:
    print()
    print("\n".join(details))
sys.exit(0 if ok else 1)
PY
