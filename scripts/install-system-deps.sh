#!/usr/bin/env bash
# Install the Debian/Ubuntu packages TBPA Registry needs, only those that are missing.
set -euo pipefail
# python3-gdal: the plugin's partner exchange (osgeo); python3-fiona: tests, benchmarks and
# scripts/extract_range_states.py only.
packages=(
  qgis python3-qgis qgis-providers python3-gdal python3-fiona python3-pyproj python3-matplotlib
  python3-venv pyqt5-dev-tools qttools5-dev-tools xvfb xauth zip unzip
  postgresql postgresql-postgis python3-psycopg2 gdal-bin
)
# --list prints the list (the QGIS chroots of the version matrix install the same).
if [ "${1:-}" = "--list" ]; then printf '%s\n' "${packages[@]}"; exit 0; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
