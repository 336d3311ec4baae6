<#
.SYNOPSIS
    Code-signing hook: Authenticode-sign one file (Tafelboek.exe, a DLL, or the MSI).

.DESCRIPTION
    Called by build.ps1 -Sign. Replace the body if your organisation signs differently
    (a signing service, an HSM, Azure Trusted Signing): build.ps1 only needs a script that
    takes -Path and signs that file in place, failing with a non-zero exit otherwise.

    Default: signtool.exe (Windows SDK) with a certificate from the current user's or the
    machine's certificate store, chosen by SHA-1 thumbprint in the environment variable
    TAFELBOEK_SIGN_THUMBPRINT; SHA-256 file digest; RFC 3161 timestamp from
    TAFELBOEK_TIMESTAMP_URL (the signature stays valid after the certificate expires).
    The timestamp request is the only network use of the whole build, and it happens on
    the build machine, never on a laptop.

    The AppLocker publisher rule in docs\deploy-windows.md matches the certificate's
    subject (publisher), the product name "Tafelboek" and the file name; keep the same
    certificate subject across releases so the rule keeps matching.

    NOT RUN BY THE PROJECT'S CI: no Windows machine and no certificate are available to it.
#>
[CmdletBinding()]
param([Parameter(Mandatory = $true)] [string] $Path)

$ErrorActionPreference = "Stop"
$Thumbprint = $env:TAFELBOEK_SIGN_THUMBPRINT
$Timestamp = if ($env:TAFELBOEK_TIMESTAMP_URL) { $env:TAFELBOEK_TIMESTAMP_URL } else { "" }
if (-not $Thumbprint) { throw "set TAFELBOEK_SIGN_THUMBPRINT to the signing certificate's thumbprint" }

$SignTool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
if (-not $SignTool) {
    $SignTool = (Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1).FullName
}
if (-not $SignTool) { throw "signtool.exe not found (install the Windows SDK)" }

$Arguments = @("sign", "/sha1", $Thumbprint, "/fd", "SHA256", "/d", "Tafelboek")
if ($Timestamp) { $Arguments += @("/tr", $Timestamp, "/td", "SHA256") }
$Arguments += $Path
& $SignTool @Arguments
if ($LASTEXITCODE -ne 0) { throw "signing $Path failed (exit $LASTEXITCODE)" }
& $SignTool verify /pa /q $Path
if ($LASTEXITCODE -ne 0) { throw "the signature of $Path does not verify" }
Write-Host "signed: $Path"
