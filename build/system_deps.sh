#!/bin/sh
# Check the system libraries Qt needs and the CJK fonts; install them with apt-get where we can,
# or stop with one sentence saying what to install.
set -u
missing=""
has_lib() { /sbin/ldconfig -p 2>/dev/null | grep -q "$1" || ldconfig -p 2>/dev/null | grep -q "$1"; }
need_lib() { has_lib "$1" || missing="$missing $2"; }
need_lib libEGL.so.1 libegl1
need_lib libGL.so.1 libgl1
need_lib libxkbcommon.so.0 libxkbcommon0
need_lib libfontconfig.so.1 libfontconfig1
need_lib libglib-2.0.so.0 libglib2.0-0
need_lib libdbus-1.so.3 libdbus-1-3
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  need_lib libxkbcommon-x11.so.0 libxkbcommon-x11-0
  need_lib libxcb-cursor.so.0 libxcb-cursor0
  need_lib libxcb-icccm.so.4 libxcb-icccm4
  need_lib libxcb-keysyms.so.1 libxcb-keysyms1
  need_lib libxcb-shape.so.0 libxcb-shape0
fi
if ! ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1 \
   && ! (fc-list :lang=zh 2>/dev/null | grep -q .); then
  missing="$missing fonts-noto-cjk"
fi
# A test tool, not a need of the app: installed where we can, else its test says it is absent.
optional=""
command -v desktop-file-validate >/dev/null 2>&1 || optional="desktop-file-utils"
if [ -n "$optional" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  missing="$missing $optional"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages Qt needs:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq $missing >/dev/null && exit 0
  echo "apt-get could not install:$missing; install them and run make again." >&2
  exit 1
fi
echo "Wenyuan needs these system packages; install them (e.g. sudo apt-get install$missing) and run make again." >&2
exit 1
