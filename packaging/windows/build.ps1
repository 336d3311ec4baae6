<#
.SYNOPSIS
    Build the Tafelboek onedir folder on Windows, check it, self-test it, and optionally sign
    it and wrap it in a per-machine MSI.

.DESCRIPTION
    Run from a clone of the repository on a Windows 10/11 x64 build machine (not on the
    town-hall laptops) with Python 3.11 x64 from python.org ("py -3.11" must work).
    For -Msi: the WiX Toolset v5 command line ("dotnet tool install --global wix --version 5.*").
    For -Sign: signtool.exe from the Windows SDK and the signing certificate (see sign.ps1).

    Steps:
      1. a fresh virtual environment in .venv-win from requirements-package.lock (hashes
         checked, no dependency resolution at build time);
      2. the Dutch catalogue app\assets\i18n\tafelboek_nl_BE.ts compiled to .qm;
      3. PyInstaller with packaging\tafelboek.spec -> dist\Tafelboek\Tafelboek.exe (onedir);
      4. packaging\check_bundle.py: no network-capable module, everything needed present;
      5. Tafelboek.exe --self-test (headless, temporary folder, exit code 0 required);
      6. -Sign: sign.ps1 signs Tafelboek.exe (and, with -SignAll, every unsigned DLL/PYD);
      7. -Msi: wix build packaging\windows\tafelboek.wxs -> dist\Tafelboek-<version>-x64.msi,
         signed too with -Sign.

    NOT RUN BY THE PROJECT'S CI: no Windows machine is available to the project. The script
    follows the Linux build (make package), which CI runs; see docs\deploy-windows.md.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Msi -Sign
#>
[CmdletBinding()]
param(
    [switch] $Msi,
    [switch] $Sign,
    [switch] $SignAll,
    [string] $Python = "py -3.11"
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root
$Venv = Join-Path $Root ".venv-win"
$Py = Join-Path $Venv "Scripts\python.exe"
$Bundle = Join-Path $Root "dist\Tafelboek"
$Exe = Join-Path $Bundle "Tafelboek.exe"

function Invoke-Checked([string] $What, [scriptblock] $Block) {
    Write-Host "== $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

# 1. Environment from the hashed lock only.
if (-not (Test-Path $Py)) {
    Invoke-Checked "create .venv-win" { Invoke-Expression "$Python -m venv `"$Venv`"" }
}
Invoke-Checked "install locked dependencies" {
    & $Py -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-package.lock
}
Invoke-Checked "install tafelboek (editable)" {
    & $Py -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
}

# 2. Translations (the spec refuses to build without them).
$Ts = Join-Path $Root "app\assets\i18n\tafelboek_nl_BE.ts"
if (Select-String -Path $Ts -Pattern 'type="unfinished"' -Quiet) {
    throw "$Ts has unfinished translations; complete them first"
}
Invoke-Checked "compile translations" {
    & (Join-Path $Venv "Scripts\pyside6-lrelease.exe") -silent $Ts -qm ($Ts -replace '\.ts$', '.qm')
}

# 3. The onedir folder.
Invoke-Checked "PyInstaller" {
    & $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\tafelboek.spec
}

# 4. Nothing network-capable, everything needed.
Invoke-Checked "check bundle" { & $Py packaging\check_bundle.py $Bundle }

# 5. Self-test. Tafelboek.exe is a windowed program: Start-Process -Wait, output to a file.
$Log = Join-Path $Root "build\self-test.txt"
$env:QT_QPA_PLATFORM = "offscreen"
$p = Start-Process -FilePath $Exe -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow `
    -RedirectStandardOutput $Log
Remove-Item Env:QT_QPA_PLATFORM
Get-Content $Log | Write-Host
if ($p.ExitCode -ne 0) { throw "self-test failed (exit $($p.ExitCode))" }

# 6. Code signing (hook: sign.ps1 reads the certificate from the machine's store).
if ($Sign) {
    & (Join-Path $PSScriptRoot "sign.ps1") -Path $Exe
    if ($SignAll) {
        Get-ChildItem $Bundle -Recurse -Include *.dll, *.pyd | ForEach-Object {
            if ((Get-AuthenticodeSignature $_.FullName).Status -ne "Valid") {
                & (Join-Path $PSScriptRoot "sign.ps1") -Path $_.FullName
            }
        }
    }
}

# 7. Per-machine MSI (WiX v5).
if ($Msi) {
    $Version = & $Py -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
    $Out = Join-Path $Root "dist\Tafelboek-$Version-x64.msi"
    Invoke-Checked "wix build" {
        wix build packaging\windows\tafelboek.wxs -arch x64 -d Version=$Version `
            -bindpath Bundle=$Bundle -bindpath Icons=app\assets\icons -o $Out
    }
    if ($Sign) { & (Join-Path $PSScriptRoot "sign.ps1") -Path $Out }
    Write-Host "MSI: $Out"
}
Write-Host "Bundle: $Bundle"
