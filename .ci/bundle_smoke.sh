#!/usr/bin/env bash
# Desktop bundle smoke test (called by .ci/run; ~3-5 min): build dist/redaksi/ with
# scripts/build_bundle.sh, then run it with an EMPTY environment (`env -i`: no Python, no
# virtualenv, no PATH) as a machine without Python packages would: --version, `check` on a
# sample, the SQLite store (add and list a user), `serve-lt` with its check worker processes
# (spawned from the frozen executable: a real /v2/check and hostile oversized requests, then a
# clean stop on SIGTERM with no worker left behind), the app offscreen, and — when Xvfb is
# installed — the app on a real X server (xcb), which needs the desktop libraries.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$(mktemp -d /tmp/redaksi-bundle-smoke.XXXXXX)"
XVFB_PID=""
LT_PID=""
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  [ -n "$LT_PID" ] && kill -KILL "$LT_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { echo "bundle smoke: $*"; }
descendants() { local c; for c in $(pgrep -P "$1" || true); do echo "$c"; descendants "$c"; done; }

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
# The bundled en_US dictionary: a PUEBI loanword (otokratis, from autocratic) is a word.
set +e
echo "Presiden otokratis itu meninggal dunia." | run "$BIN" check --format json > loan.json
rc=$?
set -e
[ "$rc" = 0 ] || { echo "bundle smoke: check of a loanword: exit $rc (1: flagged): $(cat loan.json)" >&2; exit 1; }
step "check: the loanword 'otokratis' is not flagged"

DB="sqlite:///$WORK/bundle.db"
run "$BIN" --db "$DB" users add ana --role editor
run "$BIN" --db "$DB" users list | grep -q "^ana	editor" \
  || { echo "bundle smoke: SQLite store did not keep the user" >&2; exit 1; }
step "SQLite store: created, migrated, user kept"

# serve-lt with 2 check workers on a free port (--port 0; the server prints its URL).
# Not through run(): a backgrounded shell function is a subshell, and $! would be its pid.
env -i HOME="$WORK/home" LANG=C.UTF-8 "$BIN" serve-lt --port 0 --workers 2 2> serve-lt.err &
LT_PID=$!
url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' serve-lt.err | head -n 1 || true)"
  [ -n "$url" ] && break
  kill -0 "$LT_PID" 2>/dev/null || break
  sleep 0.5
done
[ -n "$url" ] || { echo "bundle smoke: serve-lt did not start: $(cat serve-lt.err)" >&2; exit 1; }
sleep 2  # the workers come up in the background
workers="$(descendants "$LT_PID" | wc -l)"
step "serve-lt listening at $url ($workers worker/helper processes)"
[ "$workers" -ge 2 ] || { echo "bundle smoke: serve-lt has no worker processes" >&2; exit 1; }
python3 "$ROOT/.ci/bundle_serve_lt_client.py" "$url" \
  || { echo "bundle smoke: serve-lt answers wrong: $(tail -n 20 serve-lt.err)" >&2; exit 1; }
children="$(descendants "$LT_PID" | tr '\n' ' ')"
kill -TERM "$LT_PID"
set +e
wait "$LT_PID"
rc=$?
set -e
LT_PID=""
left=""
for _ in $(seq 1 20); do  # the resource tracker exits once it sees the server gone
  left=""
  for pid in $children; do kill -0 "$pid" 2>/dev/null && left="$left $pid"; done
  [ -z "$left" ] && break
  sleep 0.5
done
[ "$rc" = 0 ] && [ -z "$left" ] \
  || { echo "bundle smoke: serve-lt stop: exit $rc, left running:$left; $(tail -n 5 serve-lt.err)" >&2
       exit 1; }
step "serve-lt stopped on SIGTERM: exit 0, no worker left ($(tail -n 1 serve-lt.err))"

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
