#!/usr/bin/env bash
# Installs what helder needs to build and test on Debian 12, and nothing that is already
# there. Safe to run again. Usage: scripts/install-deps.sh [build|test|bench]
set -euo pipefail

purpose="${1:-build}"
packages=(g++ cmake make pkg-config ccache sqlite3 weasyprint fonts-dejavu-core
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libsqlite3-dev libspdlog-dev libcli11-dev libsodium-dev)
case "$purpose" in
  test) packages+=(libgtest-dev curl libclang-rt-14-dev) ;;
  bench) packages+=(wrk nginx-light) ;;
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
