#!/bin/sh
# Add Redaksi (this unpacked bundle) to the desktop's application menu, for this user only:
# ~/.local/share/applications/redaksi.desktop and the icon in the hicolor theme. Run it again
# after moving the folder. Remove with:  rm ~/.local/share/applications/redaksi.desktop
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/scalable/apps"
cp "$here/share/icons/redaksi.png" "$data/icons/hicolor/256x256/apps/redaksi.png"
cp "$here/share/icons/redaksi.svg" "$data/icons/hicolor/scalable/apps/redaksi.svg"
sed "s|^Exec=.*|Exec=\"$here/redaksi\"|" "$here/share/applications/redaksi.desktop" \
  > "$data/applications/redaksi.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Redaksi added to the application menu ($data/applications/redaksi.desktop)"
