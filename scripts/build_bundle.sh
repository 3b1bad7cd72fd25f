#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/redaksi/ with PyInstaller (packaging/redaksi.spec).
#
# The bundle is made from the *wheel* (installed into a private build virtualenv under
# build/bundle/), so it contains exactly what a `pip install` ships. On Linux it gets the app
# icon, a .desktop entry (share/applications/redaksi.desktop) and install-desktop-entry.sh,
# which adds it to the user's application menu. Prints the bundle's size.
#
#   bash scripts/build_bundle.sh            # -> dist/redaksi/redaksi
#   REDAKSI_BUNDLE_BUILD=/tmp/b bash scripts/build_bundle.sh
#
# Windows and macOS: see README ("Desktop bundle"); the same spec file is used there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
BUILD="${REDAKSI_BUNDLE_BUILD:-$ROOT/build/bundle}"
DIST="${REDAKSI_BUNDLE_DIST:-$ROOT/dist}"
PY="${PYTHON:-python3}"

mkdir -p "$BUILD"
if [ ! -x "$BUILD/venv/bin/python" ]; then
  "$PY" -m venv "$BUILD/venv"
  "$BUILD/venv/bin/python" -m pip install -q --upgrade pip
fi
VPY="$BUILD/venv/bin/python"
rm -rf "$BUILD/wheel"
"$VPY" -m pip wheel -q --no-deps -w "$BUILD/wheel" "$ROOT"
WHEEL="$(ls "$BUILD"/wheel/redaksi-*.whl)"
"$VPY" -m pip install -q "$WHEEL" 'pyinstaller>=6.10'
"$VPY" -m pip install -q --force-reinstall --no-deps "$WHEEL"   # this tree, even at one version

# Run from the build folder with an entry script outside the tree's root, so the installed
# package (not the checkout) is what gets frozen.
(cd "$BUILD" && "$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/work" "$ROOT/packaging/redaksi.spec")

OUT="$DIST/redaksi"
if [ "$(uname -s)" = Linux ]; then
  mkdir -p "$OUT/share/applications" "$OUT/share/icons"
  cp "$ROOT/resources/icons/redaksi-256.png" "$OUT/share/icons/redaksi.png"
  cp "$ROOT/resources/icons/redaksi.svg" "$OUT/share/icons/redaksi.svg"
  sed "s|@EXEC@|redaksi|" "$ROOT/packaging/redaksi.desktop" \
    > "$OUT/share/applications/redaksi.desktop"
  cp "$ROOT/packaging/install-desktop-entry.sh" "$OUT/install-desktop-entry.sh"
  if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$OUT/share/applications/redaksi.desktop"
  fi
fi
echo "bundle: $OUT ($(du -sh "$OUT" | cut -f1), wheel $(du -h "$WHEEL" | cut -f1))"
