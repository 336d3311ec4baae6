#!/usr/bin/env bash
# The Windows bundle and its MSI, built on this Linux machine (make package-windows, which
# runs `tools/winelane/lane.sh package`; lane.sh exports WINEPREFIX, WINEARCH, WINEDEBUG,
# WINEDLLOVERRIDES, PYTHONPATH, PYTHONUTF8, QT_QPA_PLATFORM before calling this script).
#
#   tools/winelane/lane.sh package [--rebuild]
#
# Stages, one timed line each (also written to build/package-windows/stages.tsv):
#   pyinstaller          packaging/tafelboek.spec under the lane's Windows CPython (Wine)
#                        -> dist-windows/Tafelboek/Tafelboek.exe; skipped when no input
#                        changed since the last build (--rebuild forces it)
#   check                packaging/check_bundle.py (no network module, no Wine DLL, every
#                        imported DLL in the bundle or part of Windows) and exe_check.py
#                        (windowed, icon, version resource)
#   self-test            Tafelboek.exe --self-test (Qt offscreen), in the lane's prefix
#   self-test-windows-qpa  the same on Qt's "windows" platform (qwindows.dll) on Xvfb
#   wixl                 msi_files.py fragment + wixl -> dist-windows/Tafelboek-<version>.msi,
#                        read back by msi_files.py check (skipped when up to date)
#   install-prefix       a clean Wine prefix for the install: no Python, nothing of the lane
#                        but the ICU stand-in (made once, ~/.cache/tafelboek/winelane-msi)
#   install              msiexec /i /qn; installed tree == bundle, ARP entry, shortcut, HKLM
#   installed-self-test  C:\Program Files\Tafelboek\Tafelboek.exe --self-test
#   uninstall            a user vault and settings in %LOCALAPPDATA%\Tafelboek first; then
#                        msiexec /x /qn; program, shortcut and keys gone, user data kept
#   upgrade              the same files as the next version (wixl, build/package-windows):
#                        installed over this one it replaces it (MajorUpgrade); this one
#                        over the next is refused (downgrade); then removed
#
# Wine notes (tools/winelane/lane.sh): a Windows process never gets a regular file as its
# standard output (always a pipe) nor a terminal as standard input. The shared lane
# prefix is only read and run in, never reset; the install happens in a prefix of its own.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
HOST_PY="${HOST_PY:-$REPO/.venv/bin/python}"
: "${WINEPREFIX:?run this through tools/winelane/lane.sh package}"
LANE_PREFIX="$WINEPREFIX"
LANE="$(dirname "$LANE_PREFIX")"
WINPY="$LANE_PREFIX/drive_c/tbpython/python.exe"
# The install prefix, like the lane's, lives outside the work tree (a prefix holds a
# symlink from drive Z: to "/", which tools that walk the tree would follow).
INSTALL_PREFIX="${WINELANE_MSI_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/tafelboek/winelane-msi/prefix}"

DIST="$REPO/dist-windows"
BUNDLE="$DIST/Tafelboek"
EXE="$BUNDLE/Tafelboek.exe"
WORK="$REPO/build/pyinstaller-windows"
OUT="$REPO/build/package-windows"
VERSION="$("$HOST_PY" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$REPO/pyproject.toml")"
MSI="$DIST/Tafelboek-$VERSION.msi"
PRODUCT_CODE="$("$HOST_PY" "$REPO/packaging/windows/msi_files.py" product-code "$VERSION")"
INSTALLED_DIR_WIN='C:\Program Files\Tafelboek'
INSTALLED_DIR="$INSTALL_PREFIX/drive_c/Program Files/Tafelboek"
UNINSTALL_ROOT='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
UNINSTALL_KEY="$UNINSTALL_ROOT\\{$PRODUCT_CODE}"
# The upgrade test: the same files as a later version (the last number one higher).
NEXT_VERSION="$("$HOST_PY" -c 'import re, sys; print(re.sub(r"\d+(?=\D*$)", lambda m: str(int(m[0]) + 1), sys.argv[1]))' "$VERSION")"
NEXT_CODE="$("$HOST_PY" "$REPO/packaging/windows/msi_files.py" product-code "$NEXT_VERSION")"
NEXT_KEY="$UNINSTALL_ROOT\\{$NEXT_CODE}"
NEXT_MSI="$OUT/Tafelboek-$NEXT_VERSION-upgrade-test.msi"
MARKER_KEY='HKLM\Software\Tafelboek'

REBUILD=0
for arg in "$@"; do
    case "$arg" in
        --rebuild) REBUILD=1 ;;
        *) sed -n '2,28p' "$0"; exit 2 ;;
    esac
done

log() { printf 'package: %s\n' "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# Run a Windows program in the prefix $1: output through a pipe, no terminal as input.
# The frozen program must not see the lane's PYTHONPATH (the source tree).
wrun() {
    local prefix=$1; shift
    local rc=0
    ( cd "$REPO" && env -u PYTHONPATH WINEPREFIX="$prefix" wine "$@" </dev/null 2>&1 | cat ) || rc=$?
    return $rc
}

mkdir -p "$OUT"
STAGES="$OUT/stages.tsv"
: > "$STAGES"
STAGE=""
T0=0
T_ALL=$(date +%s.%N)
stage_start() { STAGE=$1; T0=$(date +%s.%N); }
stage_end() {
    local secs
    secs=$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    printf 'package: %-22s %7s s  %s\n' "$STAGE" "$secs" "${1:-}"
    printf '%s\t%s\t%s\n' "$STAGE" "$secs" "${1:-}" >> "$STAGES"
    STAGE=""
}
on_exit() {
    local rc=$?
    if [ "$rc" != 0 ] && [ -n "$STAGE" ]; then
        local secs
        secs=$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
        printf 'package: %-22s %7s s  FAILED (exit %s)\n' "$STAGE" "$secs" "$rc"
        printf '%s\t%s\tFAILED\n' "$STAGE" "$secs" >> "$STAGES"
    fi
}
trap on_exit EXIT

# ------------------------------------------------------------------------------ lane
# The lane's stamp .ready-<fingerprint> says which lock, stub and pins it was built from;
# lane.sh computes that fingerprint (one formula). A stale shared lane is reported here,
# never rebuilt (other runs may be using it); `lane.sh package` sets it up first.
if [ ! -f "$WINPY" ] || ! ls "$LANE"/.ready-* >/dev/null 2>&1; then
    log "the Windows lane is not set up: setting it up (tools/winelane/lane.sh setup)"
    "$HERE/lane.sh" setup
fi
READY="$LANE/.ready-$("$HERE/lane.sh" fingerprint)"
if [ ! -f "$READY" ]; then
    fail "the lane in $LANE was built from another lock or other pins: run tools/winelane/lane.sh setup"
fi

# ------------------------------------------------------------------------------ bundle
# Everything the bundle is made of: our code and resources, the spec with what it reads,
# the pins, and the lane (its stamp names the lock and the Python it was built from).
bundle_inputs() {
    (
        cd "$REPO"
        find app vault -type f ! -name '*.pyc' ! -path '*/__pycache__/*' -print0 \
            | LC_ALL=C sort -z | xargs -0 sha256sum
        sha256sum packaging/tafelboek.spec packaging/bundle_rules.py packaging/entry.py \
            packaging/windows/version_info.txt.in pyproject.toml requirements-package.lock
        echo "lane $(basename "$READY")"
    )
}

stage_start pyinstaller
mkdir -p "$WORK"
bundle_inputs > "$WORK/inputs.new"
INPUTS="$(sha256sum < "$WORK/inputs.new" | cut -c1-16)"
STAMP="$WORK/inputs-$INPUTS"
if [ "$REBUILD" = 0 ] && [ -f "$STAMP" ] && [ -f "$EXE" ]; then
    stage_end "up to date (inputs $INPUTS), reused"
else
    if [ -f "$WORK/inputs.list" ]; then
        changed="$( { diff "$WORK/inputs.list" "$WORK/inputs.new" || true; } \
            | sed -n 's/^> [0-9a-f]*  //p; s/^> //p' | head -n 5 | tr '\n' ' ')"
        log "rebuilding: changed since the last build: ${changed:-(removed files only)}"
    fi
    rm -f "$WORK"/inputs-*
    rc=0
    wrun "$LANE_PREFIX" "$WINPY" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$(winpath "$DIST")" --workpath "$(winpath "$WORK")" \
        "$(winpath "$REPO/packaging/tafelboek.spec")" > "$WORK/pyinstaller.log" || rc=$?
    if [ "$rc" != 0 ] || [ ! -f "$EXE" ]; then
        tail -n 40 "$WORK/pyinstaller.log" >&2
        fail "PyInstaller (exit $rc); full log: $WORK/pyinstaller.log"
    fi
    # The only expected warnings: the API sets (api-ms-win-*.dll), which Windows resolves
    # itself and Wine keeps no files for. Anything else is shown.
    api_sets=$(grep -c "WARNING: Library not found: could not resolve 'api-ms-win-" "$WORK/pyinstaller.log" || true)
    grep "WARNING" "$WORK/pyinstaller.log" | grep -v "could not resolve 'api-ms-win-" >&2 || true
    mv "$WORK/inputs.new" "$WORK/inputs.list"
    touch "$STAMP"
    stage_end "built under Wine (inputs $INPUTS; $api_sets 'API set not found' warnings, expected)"
fi

stage_start check
"$HOST_PY" "$REPO/packaging/check_bundle.py" "$BUNDLE"
wrun "$LANE_PREFIX" "$WINPY" "$(winpath "$HERE/exe_check.py")" "$(winpath "$EXE")" "$VERSION"
stage_end "bundle rules and exe resources"

stage_start self-test
QT_QPA_PLATFORM=offscreen wrun "$LANE_PREFIX" "$EXE" --self-test
stage_end "dist-windows/Tafelboek/Tafelboek.exe --self-test under Wine (Qt offscreen)"

stage_start self-test-windows-qpa
rc=0
( cd "$REPO" && env -u PYTHONPATH QT_QPA_PLATFORM=windows \
    xvfb-run -a -s "-screen 0 1366x768x24" wine "$EXE" --self-test </dev/null 2>&1 | cat ) || rc=$?
[ "$rc" = 0 ] || fail "self-test on Qt's windows platform (exit $rc)"
stage_end "the same on Qt's windows platform (qwindows.dll), Xvfb"

# ------------------------------------------------------------------------------ MSI
stage_start wixl
MSI_INPUTS="$( { echo "$INPUTS $VERSION $PRODUCT_CODE"; \
    find "$BUNDLE" -type f -printf '%P %s %T@\n' | LC_ALL=C sort; \
    cat "$REPO/packaging/windows/tafelboek-wixl.wxs" "$REPO/packaging/windows/msi_files.py" \
        "$REPO/app/assets/icons/tafelboek.ico"; } | sha256sum | cut -c1-16)"
MSI_STAMP="$OUT/msi-$MSI_INPUTS"
if [ -f "$MSI_STAMP" ] && [ -f "$MSI" ]; then
    detail="up to date (inputs $MSI_INPUTS), reused"
else
    rm -f "$OUT"/msi-* "$DIST"/Tafelboek-*.msi
    "$HOST_PY" "$REPO/packaging/windows/msi_files.py" fragment "$BUNDLE" "$OUT/bundle-files.wxs"
    wixl -a x64 -D "Version=$VERSION" -D "ProductCode=$PRODUCT_CODE" -o "$MSI" \
        "$REPO/packaging/windows/tafelboek-wixl.wxs" "$OUT/bundle-files.wxs"
    touch "$MSI_STAMP"
    detail="built"
fi
"$HOST_PY" "$REPO/packaging/windows/msi_files.py" check "$MSI" "$BUNDLE" "$VERSION"
stage_end "$detail: $(basename "$MSI"), $(awk -v b="$(stat -c %s "$MSI")" 'BEGIN { printf "%.1f", b / 1e6 }') MB, product code {$PRODUCT_CODE}"

# ------------------------------------------------------------------------------ install
stage_start install-prefix
if [ -f "$INSTALL_PREFIX/.tafelboek-ready" ]; then
    stage_end "reused ($INSTALL_PREFIX)"
else
    rm -rf "$INSTALL_PREFIX"
    mkdir -p "$INSTALL_PREFIX"
    ( WINEPREFIX="$INSTALL_PREFIX" wineboot -i </dev/null 2>&1 | cat ) >/dev/null
    WINEPREFIX="$INSTALL_PREFIX" wineserver -w
    touch "$INSTALL_PREFIX/.tafelboek-ready"
    stage_end "created ($INSTALL_PREFIX)"
fi
# Wine has no ICU: the lane's stand-in (never part of the bundle or the MSI).
cp "$LANE_PREFIX/drive_c/windows/system32/icuuc.dll" "$INSTALL_PREFIX/drive_c/windows/system32/icuuc.dll"

reg_has() { wrun "$INSTALL_PREFIX" reg query "$1" >/dev/null 2>&1; }
shortcuts() {
    find "$INSTALL_PREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu" \
        "$INSTALL_PREFIX/drive_c/users" -iname 'Tafelboek.lnk' 2>/dev/null || true
}
cached_msis() { find "$INSTALL_PREFIX/drive_c/windows/Installer" -maxdepth 1 -iname '*.msi' 2>/dev/null | wc -l; }

# A run that stopped half-way may have left the product installed: start clean.
if reg_has "$UNINSTALL_KEY" || reg_has "$NEXT_KEY" || [ -d "$INSTALLED_DIR" ]; then
    log "removing an installation left by an earlier run"
    wrun "$INSTALL_PREFIX" msiexec /x "{$PRODUCT_CODE}" /qn || true
    wrun "$INSTALL_PREFIX" msiexec /x "{$NEXT_CODE}" /qn || true
    rm -rf "$INSTALLED_DIR"
fi

stage_start install
wrun "$INSTALL_PREFIX" msiexec /i "$(winpath "$MSI")" /qn /l*v "$(winpath "$OUT/install.log")" \
    || fail "msiexec /i (log: $OUT/install.log)"
"$HOST_PY" - "$BUNDLE" "$INSTALLED_DIR" <<'PY' || fail "the installed folder differs from the bundle"
import hashlib, sys
from pathlib import Path
bundle, installed = Path(sys.argv[1]), Path(sys.argv[2])
def tree(root):
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file()}
want, got = tree(bundle), tree(installed)
bad = sorted(set(want) ^ set(got)) + sorted(k for k in set(want) & set(got) if want[k] != got[k])
for path in bad[:20]:
    print(f"install: differs: {path}", file=sys.stderr)
print(f"install: {len(got)} files in C:\\Program Files\\Tafelboek, byte for byte the bundle")
sys.exit(1 if bad else 0)
PY
reg_has "$UNINSTALL_KEY" || fail "no Uninstall entry $UNINSTALL_KEY"
version_line="$(wrun "$INSTALL_PREFIX" reg query "$UNINSTALL_KEY" /v DisplayVersion | tr -d '\r' | grep DisplayVersion || true)"
case "$version_line" in *"$VERSION") ;; *) fail "Uninstall entry's DisplayVersion: '$version_line'" ;; esac
reg_has "$MARKER_KEY" || fail "no $MARKER_KEY (the shortcut's key path)"
LNK="$(shortcuts | head -n1)"
[ -n "$LNK" ] || fail "no Start-menu shortcut Tafelboek.lnk"
grep -qa 'Tafelboek.exe' "$LNK" || fail "the shortcut $LNK does not point at Tafelboek.exe"
case "$LNK" in
    */ProgramData/*) where="all users' Start menu" ;;
    *) where="the installing user's Start menu (Wine; Windows puts it in all users')" ;;
esac
stage_end "msiexec /i /qn: files, ARP entry {$PRODUCT_CODE} $VERSION, $MARKER_KEY, shortcut in $where"

stage_start installed-self-test
QT_QPA_PLATFORM=offscreen wrun "$INSTALL_PREFIX" "$INSTALLED_DIR_WIN\\Tafelboek.exe" --self-test
stage_end "$INSTALLED_DIR_WIN\\Tafelboek.exe --self-test (clean prefix: no Python)"

stage_start uninstall
LOCALAPPDATA_WIN="$(wrun "$INSTALL_PREFIX" cmd /c echo %LOCALAPPDATA% | tr -d '\r' | tail -n1)"
LOCALAPPDATA_UNIX="$(realpath -m "$(WINEPREFIX="$INSTALL_PREFIX" winepath -u "$LOCALAPPDATA_WIN" 2>/dev/null | tail -n1)")"
USER_DATA="${LOCALAPPDATA_UNIX%/}/Tafelboek"
"$HOST_PY" "$HERE/user_data.py" create "$USER_DATA"
wrun "$INSTALL_PREFIX" msiexec /x "$(winpath "$MSI")" /qn /l*v "$(winpath "$OUT/uninstall.log")" \
    || fail "msiexec /x (log: $OUT/uninstall.log)"
[ ! -e "$INSTALLED_DIR" ] || fail "$INSTALLED_DIR_WIN is still there: $(find "$INSTALLED_DIR" | head -n5)"
! reg_has "$UNINSTALL_KEY" || fail "the Uninstall entry is still there"
! reg_has "$MARKER_KEY" || fail "$MARKER_KEY is still there"
[ -z "$(shortcuts)" ] || fail "a shortcut is still there: $(shortcuts)"
[ "$(cached_msis)" = 0 ] || fail "Windows Installer still caches an MSI in C:\\windows\\Installer"
"$HOST_PY" "$HERE/user_data.py" verify "$USER_DATA"
rm -rf "$USER_DATA"
stage_end "msiexec /x /qn: folder, shortcut, ARP entry and $MARKER_KEY gone; $LOCALAPPDATA_WIN\\Tafelboek kept"

stage_start upgrade
if [ ! -f "$NEXT_MSI" ] || [ "$MSI" -nt "$NEXT_MSI" ]; then
    wixl -a x64 -D "Version=$NEXT_VERSION" -D "ProductCode=$NEXT_CODE" -o "$NEXT_MSI" \
        "$REPO/packaging/windows/tafelboek-wixl.wxs" "$OUT/bundle-files.wxs"
fi
wrun "$INSTALL_PREFIX" msiexec /i "$(winpath "$MSI")" /qn || fail "msiexec /i $VERSION"
wrun "$INSTALL_PREFIX" msiexec /i "$(winpath "$NEXT_MSI")" /qn /l*v "$(winpath "$OUT/upgrade.log")" \
    || fail "msiexec /i $NEXT_VERSION over $VERSION (log: $OUT/upgrade.log)"
! reg_has "$UNINSTALL_KEY" || fail "$VERSION is still registered after the upgrade to $NEXT_VERSION"
reg_has "$NEXT_KEY" || fail "$NEXT_VERSION is not registered after the upgrade"
[ -f "$INSTALLED_DIR/Tafelboek.exe" ] || fail "no Tafelboek.exe after the upgrade"
rc=0
wrun "$INSTALL_PREFIX" msiexec /i "$(winpath "$MSI")" /qn /l*v "$(winpath "$OUT/downgrade.log")" || rc=$?
# Windows Installer exits 1603; a Unix exit status keeps its low 8 bits (67).
[ "$rc" != 0 ] || fail "installing $VERSION over $NEXT_VERSION was not refused"
grep -qa 'WIX_DOWNGRADE_DETECTED = {' "$OUT/downgrade.log" || fail "no downgrade detected (log: $OUT/downgrade.log)"
reg_has "$NEXT_KEY" && ! reg_has "$UNINSTALL_KEY" || fail "the refused downgrade changed the installation"
wrun "$INSTALL_PREFIX" msiexec /x "{$NEXT_CODE}" /qn || fail "msiexec /x $NEXT_VERSION"
[ ! -e "$INSTALLED_DIR" ] && ! reg_has "$NEXT_KEY" && ! reg_has "$MARKER_KEY" \
    || fail "$NEXT_VERSION not removed completely"
stage_end "$VERSION -> $NEXT_VERSION replaced in place (MajorUpgrade); $NEXT_VERSION -> $VERSION refused (exit $rc); removed"

total=$(awk -v a="$T_ALL" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
printf 'package: %-22s %7s s  %s\n' total "$total" "$MSI"
printf 'total\t%s\t\n' "$total" >> "$STAGES"
