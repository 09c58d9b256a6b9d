#!/usr/bin/env bash
# One entry point for people and CI. It installs what is missing, then runs one task:
#   bash scripts/run.sh demo   build the extension and show it working (headless screenshots in demo/)
#   bash scripts/run.sh test   type-check, lint, unit/UI/meta tests, build both browsers, end-to-end tests
#   bash scripts/run.sh setup  install only
# Node: WXT 0.21 and Vitest 5 need Node >= 22. When the machine's Node is older, Node 24 (the current
# LTS line) is installed from the npm registry's `node` package into .tools/node, for this project only.
# Browser: Debian's chromium (/usr/bin/chromium) is installed when missing and we are root; set
# CHROMIUM_PATH to use another Chromium build. Playwright cannot download its own browsers here.
# Debian's firefox-esr is installed the same way for the Firefox end-to-end tests (tests/e2e/firefox,
# driven by puppeteer-core over WebDriver BiDi; see docs/firefox.md); FIREFOX_PATH chooses another.
# Fonts: Chinese and Korean need a CJK font (Debian's fonts-noto-cjk, installed when missing and we
# are root); without one the demo's screenshots show empty boxes and the demo fails.
set -euo pipefail
cd "$(dirname "$0")/.."
task="${1:-test}"

node_major() { node -e 'console.log(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }

ensure_node() {
  if [ "$(node_major)" -ge 22 ]; then return; fi
  if [ ! -x .tools/node/node_modules/.bin/node ]; then
    echo "setup: Node $(node_major) is too old; installing Node 24 into .tools/node"
    npm install --prefix .tools/node --no-save --no-audit --no-fund node@24.21.0 >/dev/null
  fi
  export PATH="$PWD/.tools/node/node_modules/.bin:$PATH"
  echo "setup: using Node $(node --version)"
}

ensure_packages() {
  local stamp=node_modules/.lock-stamp want
  want=$(sha1sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
}

ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then return; fi
  if command -v chromium >/dev/null 2>&1; then export CHROMIUM_PATH="$(command -v chromium)"; return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    export CHROMIUM_PATH=/usr/bin/chromium
    return
  fi
  echo "setup: no chromium found; falling back to Playwright's own browser (set CHROMIUM_PATH to choose one)"
}

ensure_firefox() {
  if [ -n "${FIREFOX_PATH:-}" ] || command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's firefox-esr"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
    return
  fi
  echo "setup: no Firefox found; the Firefox end-to-end tests will fail (install firefox-esr or set FIREFOX_PATH)"
}

ensure_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ] && [ -n "$(fc-list :lang=ko family 2>/dev/null)" ]; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's fonts-noto-cjk (Chinese and Korean text)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
    return
  fi
  echo "setup: no Chinese/Korean font found; install fonts-noto-cjk (the demo fails on empty glyph boxes)"
}

ensure_node
ensure_packages
case "$task" in
  setup) ensure_chromium; ensure_firefox; ensure_cjk_font ;;
  demo) ensure_chromium; ensure_cjk_font; npm run demo ;;
  test) ensure_chromium; ensure_firefox; ensure_cjk_font; npm test ;;
  *) echo "usage: bash scripts/run.sh [demo|test|setup]" >&2; exit 2 ;;
esac
