#!/bin/sh
# Put Wenyuan in this user's application menu: a launcher (wenyuan.desktop) and the icon, under
# ${XDG_DATA_HOME:-~/.local/share}. Nothing outside that folder is touched; no root needed.
#
#   ./install-desktop.sh                 from the frozen folder: launches the wenyuan beside it
#   install-desktop.sh /path/to/wenyuan  launches that executable (e.g. .venv/bin/wenyuan)
#   install-desktop.sh --uninstall       removes the launcher and the icon again
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
launcher="$data_home/applications/wenyuan.desktop"
icon="$data_home/icons/hicolor/scalable/apps/wenyuan.svg"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$data_home/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$launcher" "$icon"
  refresh_caches
  echo "Removed $launcher and $icon."
  exit 0
fi

# The template and the icon: inside the frozen folder, or beside this script in a checkout.
for resources in "$here/_internal/resources" "$here/.."; do
  if [ -f "$resources/linux/wenyuan.desktop" ] && [ -f "$resources/icons/wenyuan.svg" ]; then
    break
  fi
done
if [ ! -f "$resources/linux/wenyuan.desktop" ] || [ ! -f "$resources/icons/wenyuan.svg" ]; then
  echo "Cannot find wenyuan.desktop and wenyuan.svg near $here; run this script from the Wenyuan folder." >&2
  exit 1
fi

executable=${1:-$here/wenyuan}
if [ ! -x "$executable" ] || [ -d "$executable" ]; then
  echo "$executable is not the Wenyuan program; give the path of the wenyuan executable." >&2
  exit 1
fi
executable=$(cd "$(dirname "$executable")" && pwd)/$(basename "$executable")
case "$executable" in
  *[\"\`\$\\%\&\|]*)
    echo "The path $executable has characters a launcher cannot hold (\" \` \$ \\ % & |); move the folder and try again." >&2
    exit 1 ;;
esac
case "$executable" in
  *" "*) exec_value="\"$executable\"" ;;
  *) exec_value=$executable ;;
esac

mkdir -p "$(dirname "$launcher")" "$(dirname "$icon")"
cp "$resources/icons/wenyuan.svg" "$icon"
awk -v exec_line="Exec=$exec_value" -v try_line="TryExec=$executable" '
  /^TryExec=/ { next }
  /^Exec=/ { print try_line; print exec_line; next }
  { print }
' "$resources/linux/wenyuan.desktop" > "$launcher.tmp"
mv "$launcher.tmp" "$launcher"
refresh_caches
echo "Installed $launcher (starts $executable) and $icon."
