#!/usr/bin/env bash
# Builds the Debian package, checks it, installs it, runs the installed program and removes it.
#
#   bash tests/package/test-package.sh
#
# Run as root (or with sudo available) on Debian 12. It needs, besides the build dependencies of
# scripts/install-deps.sh: dpkg-dev (dpkg-shlibdeps, for the package's Depends), lintian,
# desktop-file-utils and appstream; man-db is used when present. BUILD_DIR (default
# build-release, the release preset's folder) picks another build folder for the same preset.
set -euo pipefail

cd "$(dirname "$0")/../.."
build_dir=${BUILD_DIR:-build-release}
app_id=io.github.entropylab.EntropyLab

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'test-package: FAIL: %s\n' "$*" >&2; exit 1; }

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "run as root or install sudo (apt-get installs the package)"
    sudo=(sudo)
fi

step "Checking the tools"
missing=()
for tool in cmake:cmake cpack:cmake dpkg-shlibdeps:dpkg-dev lintian:lintian \
    desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
[[ ${#missing[@]} -eq 0 ]] || fail "missing tools; install: apt-get install ${missing[*]}"

step "Building the release build and the package in $build_dir"
if [[ $build_dir == build-release ]]; then
    cmake --preset release
    cmake --build --preset release -j"$(nproc)"
else
    cmake --preset release -B "$build_dir"
    cmake --build "$build_dir" -j"$(nproc)"
fi
rm -f "$build_dir"/entropylab_*.deb
(cd "$build_dir" && cpack -G DEB)

version=$(sed -n 's/^CPACK_PACKAGE_VERSION:.*=//p; s/^CMAKE_PROJECT_VERSION:.*=//p' \
    "$build_dir/CMakeCache.txt" | head -n 1)
deb="$build_dir/entropylab_${version}_$(dpkg --print-architecture).deb"
[[ -f $deb ]] || fail "cpack did not write $deb (found: $(ls "$build_dir"/*.deb 2>/dev/null || echo nothing))"
echo "package: $deb ($(stat -c %s "$deb") bytes)"

step "Checking the package's contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
for path in /usr/bin/entropylab \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    /usr/share/man/man1/entropylab.1.gz \
    /usr/share/doc/entropylab/copyright; do
    grep -qx -- "$path" <<<"$contents" || fail "$deb lacks $path"
    echo "has $path"
done
depends=$(dpkg-deb --field "$deb" Depends)
[[ $depends == *libqt6widgets6* ]] || fail "Depends was not computed from the libraries: '$depends'"
echo "Depends: $depends"

step "lintian (fails on errors; warnings are listed)"
lintian --tag-display-limit 0 --fail-on error "$deb" || fail "lintian reported errors"

step "Installing with apt-get"
installed=0
cleanup() {
    if [[ $installed -eq 1 ]]; then
        echo "test-package: removing entropylab after a failure" >&2
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq entropylab >/dev/null || true
    fi
}
trap cleanup EXIT
installed=1
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$(realpath "$deb")"

step "Running the installed program"
[[ -x /usr/bin/entropylab ]] || fail "/usr/bin/entropylab is not installed"
out=$(/usr/bin/entropylab --version)
echo "$out"
[[ $out == "entropylab $version" ]] || fail "--version printed '$out', expected 'entropylab $version'"
out=$(/usr/bin/entropylab compute --p 0.3 --json)
echo "$out"
[[ $out == *'"entropy_p"'* ]] || fail "compute --json has no entropy_p"
figure_dir=$(mktemp -d)
/usr/bin/entropylab export --panel entropy --out "$figure_dir/entropy.png" >/dev/null \
    || fail "export of a figure failed (Qt plugins missing from the dependencies?)"
[[ -s $figure_dir/entropy.png ]] || fail "export wrote no figure"
rm -rf "$figure_dir"
echo "export: a PNG figure written offscreen"

step "Checking the installed files"
desktop=/usr/share/applications/$app_id.desktop
icon=/usr/share/icons/hicolor/scalable/apps/$app_id.svg
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
[[ -f $desktop ]] || fail "no desktop entry $desktop"
[[ -f $icon ]] || fail "no icon $icon"
[[ -f $metainfo ]] || fail "no metainfo $metainfo"
grep -q "^Icon=$app_id\$" "$desktop" || fail "$desktop does not name the icon $app_id"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
if command -v man >/dev/null; then
    page=$(man -w entropylab) || fail "man -w entropylab finds no page"
    echo "man page: $page"
    man -P cat entropylab 2>/dev/null | grep -q 'entropylab fuzz' || fail "the man page does not cover fuzz"
else
    echo "man-db is not installed: the man page is checked by the contents above only"
fi

step "Removing with apt-get"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -qq entropylab
installed=0
[[ ! -e /usr/bin/entropylab ]] || fail "/usr/bin/entropylab is still there after apt-get remove"
[[ ! -e $desktop ]] || fail "$desktop is still there after apt-get remove"
echo "removed: /usr/bin/entropylab is gone"

printf '\ntest-package: PASS (%s)\n' "$deb"
