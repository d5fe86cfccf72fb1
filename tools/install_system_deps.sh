#!/usr/bin/env bash
# System packages HR Desk's set-up, tests and benchmarks need on Debian/Ubuntu.
# Installs only what is missing; as root it uses apt-get directly, otherwise sudo if available.
set -euo pipefail

packages=(
  postgresql            # server binaries for the tests' real PostgreSQL (initdb, pg_ctl)
  unixodbc              # libodbc for pyodbc (SQL Server URLs)
  xvfb xauth            # a virtual screen to look at real windows
  pulseaudio pulseaudio-utils  # a virtual microphone for QtMultimedia tests
  espeak-ng sox         # synthetic speech for the speech tests
  fonts-wqy-microhei    # a CJK font so Chinese renders in the UI and in PDF reports
  poppler-utils         # pdftotext: tests read the report PDFs back
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libfontconfig1
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libnss3 libasound2 libpulse0 libgomp1
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null; then
  SUDO="sudo"
else
  echo "Missing packages: ${missing[*]}. Ask IT to install them (root needed)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The postgresql package may try to create and start a cluster; the tests start their own.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
