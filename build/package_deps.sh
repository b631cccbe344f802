#!/bin/sh
# The X11 helper libraries the frozen folder carries for Qt's xcb platform (many desktops lack
# them; packaging.spec says why only these travel): present on the build machine, or installed
# with apt-get as root, or one sentence naming what to install.
set -u
missing=""
has_lib() { /sbin/ldconfig -p 2>/dev/null | grep -q "$1" || ldconfig -p 2>/dev/null | grep -q "$1"; }
need_lib() { has_lib "$1" || missing="$missing $2"; }
need_lib libxcb-cursor.so.0 libxcb-cursor0
need_lib libxcb-icccm.so.4 libxcb-icccm4
need_lib libxcb-image.so.0 libxcb-image0
need_lib libxcb-keysyms.so.1 libxcb-keysyms1
need_lib libxcb-randr.so.0 libxcb-randr0
need_lib libxcb-render-util.so.0 libxcb-render-util0
need_lib libxcb-shape.so.0 libxcb-shape0
need_lib libxcb-xkb.so.1 libxcb-xkb1
need_lib libxkbcommon-x11.so.0 libxkbcommon-x11-0
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the X11 libraries the frozen application carries:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq $missing >/dev/null && exit 0
  echo "apt-get could not install:$missing; install them and run make package again." >&2
  exit 1
fi
echo "The frozen application carries these X11 libraries; install them (e.g. sudo apt-get install$missing) and run make package again." >&2
exit 1
