#!/usr/bin/env bash
# A FAT "USB stick" for the Windows lane: an image formatted by mkfs.vfat, mounted with
# fusefat (the kernel here has no vfat module), mapped into the Wine prefix as drive F:.
# Runs the FAT tests of tests/test_vault_windows_files.py there under Windows Python.
# Needs root and /dev/fuse; says so and fails where they are missing.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
LANE="${WINELANE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tafelboek/winelane}"
: "${WINEPREFIX:?run through lane.sh}"

if [ "$(id -u)" != 0 ] || [ ! -e /dev/fuse ]; then
    echo "winelane: the FAT step needs root and /dev/fuse" >&2
    exit 1
fi
for p in fusefat dosfstools fuse3; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || {
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fusefat dosfstools fuse3 >/dev/null
        break
    }
done

img="$LANE/stick.img"; mnt="$LANE/stick"
mkdir -p "$mnt"
fusermount3 -u "$mnt" 2>/dev/null || true
rm -f "$img"
truncate -s 32M "$img"
mkfs.vfat -n STICK "$img" >/dev/null
fusefat -o rw+ "$img" "$mnt" >/dev/null 2>&1
trap 'fusermount3 -u "$mnt" 2>/dev/null || true' EXIT
ln -sfn "$mnt" "$WINEPREFIX/dosdevices/f:"
echo "winelane: FAT drive F: (fusefat image)" >&2
rc=0
( cd "$REPO" && TAFELBOEK_FAT_DIR='F:\' wine "$WINEPREFIX/drive_c/tbpython/python.exe" \
    -m pytest -p no:cacheprovider -q tests/test_vault_windows_files.py -k test_fat_ </dev/null 2>&1 | cat ) || rc=$?
rm -f "$WINEPREFIX/dosdevices/f:"
exit $rc
