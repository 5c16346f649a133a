#!/usr/bin/env bash
# Installs the Debian packages rlsdesk and its test desktop need, only when some are missing.
set -euo pipefail

packages=(
  # Qt's xcb platform plugin
  libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
  libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  # the virtual desktop the end-to-end tests (and `make run` without a display) use
  xvfb dbus-x11 dunst trayer xdotool imagemagick x11-utils libnotify-bin
  # GNOME's Do Not Disturb switch, read with the real gsettings in its test
  libglib2.0-bin gsettings-desktop-schemas
  # checks of what rlsdesk ships and exports
  desktop-file-utils appstream poppler-utils
)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
