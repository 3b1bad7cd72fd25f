#!/usr/bin/env bash
# Wheel smoke test (called by .ci/run): build the wheel from the tree, install it — not
# editable — in a fresh virtualenv, and from a folder outside the checkout (so nothing can be
# imported from the source tree) run what a new user would: `redaksi --version`, `redaksi
# check` on a sample, an import, an export, and the desktop app offscreen (a start-up probe
# that opens the main window and quits by itself). Fails on the first step that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
PY="${PYTHON:-python3}"
WORK="$(mktemp -d /tmp/redaksi-wheel-smoke.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

step() { echo "wheel smoke: $*"; }

"$PY" -m pip wheel -q --no-deps -w "$WORK/wheel" "$ROOT"
WHEEL="$(ls "$WORK"/wheel/redaksi-*.whl)"
step "built $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) KiB)"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install -q --upgrade pip
"$WORK/venv/bin/python" -m pip install -q "$WHEEL"
BIN="$WORK/venv/bin"

# A user's machine: own home and XDG folders, no checkout on the path, no CI variables.
mkdir -p "$WORK/home" "$WORK/run"
cd "$WORK/run"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
  XDG_STATE_HOME="$WORK/home/.local/state" XDG_CACHE_HOME="$WORK/home/.cache"
unset PYTHONPATH REDAKSI_DATABASE_URL REDAKSI_USER
DB="sqlite:///$WORK/smoke.db"

expected="redaksi $(basename "$WHEEL" | cut -d- -f2)"
got="$("$BIN/redaksi" --version)"
[ "$got" = "$expected" ] || { echo "wheel smoke: --version says '$got', wheel is '$expected'" >&2; exit 1; }
step "--version: $got"

where="$("$BIN/python" -c 'import editor, editor.resources as r; print(editor.__file__); print(r.RESOURCES_DIR)')"
case "$where" in
  *"$ROOT"*) echo "wheel smoke: imported from the checkout: $where" >&2; exit 1 ;;
esac
step "installed package and resources: $(echo "$where" | tr '\n' ' ')"

set +e
echo "Pertemuan itu digelar diruang rapat." | "$BIN/redaksi" check --format json > "$WORK/check.json"
rc=$?
set -e
[ "$rc" = 1 ] || { echo "wheel smoke: check exit $rc (expected 1: issues found)" >&2; exit 1; }
"$BIN/python" - "$WORK/check.json" <<'PY'
import json, sys
matches = json.load(open(sys.argv[1]))["matches"]
assert any("di ruang" in r for m in matches for r in m["replacements"]), matches
print(f"wheel smoke: check found {len(matches)} issue(s), 'di ruang' suggested")
PY

cat > "$WORK/archive.jsonl" <<'JSONL'
{"id": "smoke-1", "title": "Banjir rob rendam Belawan", "body": "Air laut pasang merendam ratusan rumah di Belawan.", "date": "2024-03-05T09:30:00+07:00", "tags": ["banjir", "Belawan"], "category": "Peristiwa", "source": "smoke", "url": "https://example.com/smoke-1", "location": "Medan"}
{"id": "smoke-2", "title": "Jembatan baru di Manado diresmikan", "body": "Gubernur meresmikan jembatan sepanjang 300 meter.", "date": "2024-03-06T10:00:00+08:00", "tags": ["jembatan"], "category": "Daerah", "source": "smoke", "url": "https://example.com/smoke-2", "location": "Manado"}
JSONL
"$BIN/redaksi" --db "$DB" import jsonl "$WORK/archive.jsonl"
for fmt in ninjs newsml wxr; do
  "$BIN/redaksi" --db "$DB" export "$fmt" --id smoke-1 --id smoke-2 --out "$WORK/out-$fmt"
done
n="$(find "$WORK"/out-* -type f | wc -l)"
[ "$n" -ge 3 ] || { echo "wheel smoke: export wrote $n files" >&2; exit 1; }
grep -q "versioninfo=\"${expected#redaksi }\"" "$WORK"/out-newsml/* \
  || { echo "wheel smoke: NewsML generator does not carry the version" >&2; exit 1; }
step "import 2 articles, export ninjs/newsml/wxr: $n files"

out="$(QT_QPA_PLATFORM=offscreen REDAKSI_STARTUP_PROBE=1 REDAKSI_USER=smoke \
  timeout 120 "$BIN/redaksi" --db "$DB")"
echo "$out" | grep -q "^window shown at" || { echo "wheel smoke: app did not show its window" >&2; exit 1; }
grep -q "Redaksi ${expected#redaksi } started" "$XDG_STATE_HOME/redaksi/log/redaksi.log" \
  || { echo "wheel smoke: log does not name the version" >&2; exit 1; }
step "app offscreen: $out"
step "ok"
