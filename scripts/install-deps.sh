#!/usr/bin/env bash
# Installs, from Debian 12's own archive, whatever EntropyLab needs and the machine lacks.
#   scripts/install-deps.sh          to build and run the app
#   scripts/install-deps.sh --test   also what the tests need (virtual X server, pdflatex with
#                                    pgfplots, clang's libFuzzer, the Debian package tools)
# Installs nothing when everything is present, so it is cheap to call before every build.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqcustomplot-dev libgl-dev
    # Noto Sans CJK draws the Chinese translation; qt6-translations-l10n has Qt's own dialogs in it.
    fonts-dejavu-core fonts-noto-cjk fontconfig qt6-translations-l10n
)
if [[ ${1:-} == --test ]]; then
    # A virtual X server; pdflatex with pgfplots for the LaTeX figures (with T2A fonts for Cyrillic
    # labels, and the standalone class a figure compiled alone uses); poppler's pdfinfo and pdftoppm,
    # which measure the figures' pages and type; clang with libFuzzer for the parsers' fuzz targets;
    # and what builds and checks the Debian package.
    packages+=(xvfb xauth texlive-latex-base texlive-pictures texlive-lang-cyrillic cm-super-minimal
               texlive-latex-extra poppler-utils
               clang libclang-rt-14-dev
               dpkg-dev lintian desktop-file-utils appstream man-db)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: missing ${missing[*]}; run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
