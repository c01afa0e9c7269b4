#!/usr/bin/env bash
# Installs what helder needs to build and test on Debian 12, and nothing that is already
# there. Safe to run again. Usage: scripts/install-deps.sh [build|test|bench|web]
set -euo pipefail

purpose="${1:-build}"
packages=(g++ cmake make pkg-config ccache sqlite3 weasyprint fonts-dejavu-core
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libspdlog-dev libcli11-dev libsodium-dev libstemmer-dev
  libgoogle-perftools-dev)

# The web front end is built with Node.js 20.19 or newer (Vite 8 needs it) and npm. Debian 12
# ships Node 18, which apt cannot upgrade, so this is a check with advice, not an install.
if [ "$purpose" != bench ]; then
  node_version="$(node --version 2>/dev/null | sed -E 's/^v//')"
  node_major="${node_version%%.*}"
  node_minor="$(echo "$node_version" | cut -d. -f2)"
  if [ -z "$node_version" ] || ! command -v npm >/dev/null || [ "$node_major" -lt 20 ] ||
    { [ "$node_major" -eq 20 ] && [ "$node_minor" -lt 19 ]; }; then
    echo "helder: the web front end needs Node.js 20.19 or newer with npm (found: ${node_version:-none})." >&2
    echo "helder: Debian 12's own nodejs package is version 18; install Node.js 20 or 22 from" >&2
    echo "helder: nodejs.org or the NodeSource packages, then run this command again." >&2
    exit 1
  fi
fi
case "$purpose" in
  # Debian's Chromium runs the browser tests; Playwright never downloads a browser of its own.
  test) packages+=(libgtest-dev curl libclang-rt-14-dev chromium) ;;
  bench) packages+=(wrk nginx-light fio) ;;
  web) packages=() ;;  # only the Node.js check above
esac

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done

if ((${#missing[@]})); then
  echo "helder: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "helder: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # The whole list in one call, not only what is missing: apt must see libboost1.81-dev
  # beside weasyprint, or it resolves weasyprint's dependencies towards Boost 1.74.
  $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi
