#!/usr/bin/env bash
# Run a command inside a Debian chroot that has another QGIS: the version matrix of the tests.
#
#   scripts/qgis-chroot.sh 3.40 make test      # Debian 13 (trixie): QGIS 3.40 LTR
#   scripts/qgis-chroot.sh 3.44 make test      # Debian unstable (sid): QGIS 3.44
#
# The chroot is built once with debootstrap (as root; about 2 minutes) and kept in
# $TBPA_CHROOT_ROOT (default /var/cache/tbpa-chroots) under a name keyed by its package list, so a
# changed list builds a new one. The repository is bind-mounted at the same path inside, so
# paths in messages and in .venv are the host's. The chroot keeps its own .venv-<suite>.
set -euo pipefail

version=${1:?usage: scripts/qgis-chroot.sh 3.40|3.44 COMMAND...}
shift
case "$version" in
  3.40|trixie) suite=trixie ;;
  3.44|sid) suite=sid ;;
  *) echo "unknown QGIS version '$version' (3.40 or 3.44)" >&2; exit 2 ;;
esac
[ "$(id -u)" -eq 0 ] || { echo "the QGIS chroots need root (debootstrap, mount)" >&2; exit 2; }

repo=$(cd "$(dirname "$0")/.." && pwd)
# What the suite needs inside: the list of scripts/install-system-deps.sh (PostgreSQL's major
# version is the distribution's; the tests find it), plus what make, pip and locales need there.
mapfile -t packages < <(bash "$repo/scripts/install-system-deps.sh" --list)
packages+=(python3-pip python3-scipy make git ca-certificates locales util-linux procps)
key=$(printf '%s\n' "$suite" "${packages[@]}" | sha256sum | cut -c1-12)
root_dir=${TBPA_CHROOT_ROOT:-/var/cache/tbpa-chroots}
dir="$root_dir/$suite-$key"
mirror=${TBPA_DEBIAN_MIRROR:-http://deb.debian.org/debian}

build() {
  local tmp="$dir.building"
  rm -rf "$tmp"
  mkdir -p "$root_dir"
  echo "Building the $suite chroot (QGIS $version) in $dir"
  debootstrap --variant=minbase "$suite" "$tmp" "$mirror" >"$root_dir/$suite-debootstrap.log" 2>&1 \
    || { tail -20 "$root_dir/$suite-debootstrap.log" >&2; exit 1; }
  # sid's snapshots may carry an expired Release date.
  echo 'Acquire::Check-Valid-Until "false";' >"$tmp/etc/apt/apt.conf.d/90tbpa"
  cp /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true
  with_mounts "$tmp" chroot "$tmp" /bin/sh -c "
    set -e
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ${packages[*]}
    apt-get clean
    sed -i 's/^# *\(en_US.UTF-8\)/\1/' /etc/locale.gen && locale-gen >/dev/null" \
    >"$root_dir/$suite-install.log" 2>&1 || { tail -30 "$root_dir/$suite-install.log" >&2; exit 1; }
  mv "$tmp" "$dir"
  # Chroots of an older package list go (never one with something still mounted in it).
  local old
  for old in "$root_dir/$suite"-*; do
    [ -d "$old" ] && [ "$old" != "$dir" ] && [[ $old != *.building ]] || continue
    grep -q " $old/" /proc/mounts || rm -rf --one-file-system "$old"
  done
}

mounted=()
unmount_all() {
  local i
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  mounted=()
}
trap unmount_all EXIT

bind() {  # bind SOURCE TARGET
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
}

with_mounts() {  # with_mounts DIR COMMAND...: run COMMAND with /dev, /proc, /sys bound in DIR
  local target=$1; shift
  bind /dev "$target/dev"
  bind /dev/pts "$target/dev/pts"
  bind /dev/shm "$target/dev/shm"
  mkdir -p "$target/proc" "$target/sys"
  mount -t proc proc "$target/proc"; mounted+=("$target/proc")
  bind /sys "$target/sys"
  "$@"
  local status=$?
  unmount_all
  return $status
}

run_in_chroot() {  # run_in_chroot COMMAND...: in the chroot, from the repository, as root
  [ -d "$dir" ] || build

  # /tmp of the chroot is its own: pytest's and PostgreSQL's temporary folders live there.
  bind "$repo" "$dir$repo"
  bind /dev "$dir/dev"
  bind /dev/pts "$dir/dev/pts"
  bind /dev/shm "$dir/dev/shm"
  mount -t proc proc "$dir/proc"; mounted+=("$dir/proc")
  bind /sys "$dir/sys"
  chmod 1777 "$dir/tmp"
  # The host's certificate authorities (a TLS-inspecting proxy's among them) and package-index
  # settings, so that pip inside reaches PyPI the way the host does.
  [ -f /etc/ssl/certs/ca-certificates.crt ] && \
    cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/ca-certificates.crt"
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  local passed=() name
  for name in PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_DEFAULT_TIMEOUT PIP_CERT SSL_CERT_FILE \
      REQUESTS_CA_BUNDLE http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -n "${!name:-}" ] && passed+=("$name=${!name}")
  done
  set +e
  chroot "$dir" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME=/root \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen CI="${CI:-}" TBPA_FORBID_SKIPS="${TBPA_FORBID_SKIPS:-}" \
    VENV=".venv-$suite" "${passed[@]}" \
    /bin/bash -c 'cd "$0" && exec "$@"' "$repo" "$@"
  status=$?
  set -e
  return $status
}

# Everything above is read before anything runs: editing this file under a run is harmless.
run_in_chroot "$@"; exit $?
