#!/usr/bin/env bash
# Installs what claimlens needs, and nothing twice.
#
#   tools/setup.sh build   toolchain, header-only libraries, fonts, Dear ImGui's source
#   tools/setup.sh test    the above, plus Chromium and playwright-core for browser tests
#   tools/setup.sh bench   the above, plus the npm libraries the benchmarks compare against
#   tools/setup.sh fuzz    the build set, plus clang's fuzzing runtime and zlib (to compare with)
#
# Everything comes from Debian's packages or the npm registry. Downloaded sources go under
# build/third_party (ignored by git). Each step first checks whether its result is already
# there, so a second run installs nothing and prints one line.
set -euo pipefail

mode=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
third_party="$root/build/third_party"
imgui_dir="$third_party/imgui"

log() { printf 'setup: %s\n' "$*"; }

need_root() {
  if [ "$(id -u)" != 0 ]; then
    log "installing $* needs root (apt-get); run as root or install them yourself" >&2
    exit 1
  fi
}

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" = 0 ]; then
    log "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
}

# apt_install PKG...: installs the packages that dpkg does not report as installed.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} = 0 ] && return 0
  need_root "${missing[*]}"
  apt_update_once
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Dear ImGui: Debian's libimgui-dev has no .cpp files, so the source comes from Debian's
# source package (needs a deb-src entry of its own).
fetch_imgui() {
  [ -f "$imgui_dir/imgui.cpp" ] && return 0
  need_root "Dear ImGui's source"
  local list=/etc/apt/sources.list.d/claimlens-deb-src.sources
  if ! grep -rqs "^Types:.*deb-src" /etc/apt/sources.list.d/ && ! grep -qs "^deb-src" /etc/apt/sources.list; then
    log "adding a deb-src entry for bookworm main ($list)"
    cat > "$list" <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    apt_updated=0
  fi
  apt_update_once
  mkdir -p "$third_party/imgui-src"
  log "apt-get source --download-only imgui"
  (cd "$third_party/imgui-src" && apt-get source --download-only -qq imgui)
  local tarball
  tarball=$(ls "$third_party"/imgui-src/imgui_*.orig.tar.* | head -n 1)
  rm -rf "$imgui_dir.tmp" && mkdir -p "$imgui_dir.tmp"
  tar -xf "$tarball" -C "$imgui_dir.tmp" --strip-components=1
  mv "$imgui_dir.tmp" "$imgui_dir"
  log "Dear ImGui $(grep -m1 'define IMGUI_VERSION ' "$imgui_dir/imgui.h" | cut -d'"' -f2) in $imgui_dir"
}

# npm_install DIR: installs DIR's package.json dependencies (exact versions from its lock).
npm_install() {
  local dir=$1
  if [ -d "$dir/node_modules" ] && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return 0
  fi
  log "npm install in ${dir#"$root"/}"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
}

build_packages=(cmake make g++ python3 xz-utils
  emscripten nlohmann-json3-dev catch2
  fonts-noto-core fonts-inter python3-fonttools)
# clang and its sanitizer runtimes for the ASan/UBSan suite (emscripten pulls in clang-14,
# but not necessarily the runtimes).
sanitizer_packages=(clang-14 libclang-rt-14-dev)
test_packages=(chromium "${sanitizer_packages[@]}")

case "$mode" in
  build) apt_install "${build_packages[@]}"; fetch_imgui ;;
  test)  apt_install "${build_packages[@]}" "${test_packages[@]}"; fetch_imgui
         npm_install "$root/tests/e2e" ;;
  bench) apt_install "${build_packages[@]}" "${test_packages[@]}" valgrind; fetch_imgui
         npm_install "$root/tests/e2e"; npm_install "$root/bench" ;;
  fuzz)  apt_install "${build_packages[@]}" "${sanitizer_packages[@]}" zlib1g-dev; fetch_imgui ;;
  *) log "unknown mode '$mode' (build, test, bench or fuzz)" >&2; exit 2 ;;
esac
log "ready ($mode)"
