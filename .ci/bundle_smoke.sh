#!/usr/bin/env bash
# Desktop bundle smoke test (called by .ci/run; ~3-5 min): build dist/redaksi/ with
# scripts/build_bundle.sh, then run it with an EMPTY environment (`env -i`: no Python, no
# virtualenv, no PATH) as a machine without Python packages would: --version, `check` on a
# sample, the SQLite store (add and list a user), the app offscreen, and — when Xvfb is
# installed — the app on a real X server (xcb), which needs the desktop libraries.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$(mktemp -d /tmp/redaksi-bundle-smoke.XXXXXX)"
XVFB_PID=""
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
step() { echo "bundle smoke: $*"; }

# Xvfb for the X11 start (CI runs as root on Debian; elsewhere it is simply skipped if absent).
if ! command -v Xvfb >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb >/dev/null; }
fi

bash scripts/build_bundle.sh
BIN="$ROOT/dist/redaksi/redaksi"
run() { env -i HOME="$WORK/home" LANG=C.UTF-8 "$@"; }
mkdir -p "$WORK/home"
cd "$WORK"

want="redaksi $(PYTHONPATH="$ROOT" python3 -c 'import editor; print(editor.__version__)')"
got="$(run "$BIN" --version)"
[ "$got" = "$want" ] || { echo "bundle smoke: --version '$got' != '$want'" >&2; exit 1; }
step "--version: $got"

set +e
echo "Pertemuan itu digelar diruang rapat." | run "$BIN" check --format json > check.json
rc=$?
set -e
[ "$rc" = 1 ] && grep -q '"di ruang"' check.json \
  || { echo "bundle smoke: check exit $rc: $(cat check.json)" >&2; exit 1; }
step "check: issue found, 'di ruang' suggested"

DB="sqlite:///$WORK/bundle.db"
run "$BIN" --db "$DB" users add ana --role editor
run "$BIN" --db "$DB" users list | grep -q "^ana	editor" \
  || { echo "bundle smoke: SQLite store did not keep the user" >&2; exit 1; }
step "SQLite store: created, migrated, user kept"

out="$(run QT_QPA_PLATFORM=offscreen REDAKSI_STARTUP_PROBE=1 REDAKSI_USER=ana \
  timeout 120 "$BIN" --db "$DB")"
echo "$out" | grep -q "^window shown at" || { echo "bundle smoke: no window offscreen" >&2; exit 1; }
step "app offscreen: $out"

if command -v Xvfb >/dev/null 2>&1; then
  Xvfb :87 -nolisten tcp -screen 0 1280x800x24 >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 2
  out="$(run DISPLAY=:87 REDAKSI_STARTUP_PROBE=1 REDAKSI_USER=ana timeout 120 "$BIN" --db "$DB")"
  echo "$out" | grep -q "^window shown at" || { echo "bundle smoke: no window on Xvfb" >&2; exit 1; }
  step "app on X11 (Xvfb): $out"
else
  step "Xvfb not installed: X11 start not tried"
fi
step "ok ($(du -sh "$ROOT/dist/redaksi" | cut -f1))"
