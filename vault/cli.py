"""Command-line interface of the vault, for IT support and scripting.

Why this file is longer than ~500 lines: it is one program — the argument parser, one short
function per subcommand and the prompts they share; none of it is imported by the client.

Run as ``tafelboek-vault`` (console script) or ``python -m vault``::

    tafelboek-vault create  PATH [--generate]
    tafelboek-vault info    PATH [--json]
    tafelboek-vault verify  PATH
    tafelboek-vault backup  PATH DEST [--force]
    tafelboek-vault restore BACKUP PATH [--force]   (--force keeps the replaced vault)
    tafelboek-vault passwd  PATH [--generate]

Passphrases are read from the terminal without echo, or with ``--passphrase-stdin``
from standard input (one per line, UTF-8; only the line ending and a leading byte-order
mark removed). They are never
taken from the command line or the environment, and never printed — except a passphrase
that ``--generate`` made, shown once on the terminal for the user to write down.

A new passphrase (``create``, ``passwd``) must pass the same gate as in the desktop
client, :func:`vault.strength.assess` with :data:`~vault.strength.VAULT_POLICY`; a weak
one is refused with exit status 2 before anything slow or anything on disk happens.

Messages are English and go to standard error; the GUI words its own messages in Dutch.
Every :class:`~vault.errors.VaultError` becomes a message and an exit status from
:func:`vault.errors.exit_status`; no traceback is shown.

For tests, :func:`main` accepts the streams and the key-derivation profile as keyword
arguments; nothing else distinguishes a test run from a real one.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import io
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, TextIO

from vault.errors import (
    ErrorCode,
    TargetExists,
    VaultDamaged,
    VaultError,
    WrongPassphrase,
    exit_status,
)
from vault.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, CalibratedKdf, KdfProfile
from vault.passphrase import MAX_PASSPHRASE_BYTES, passphrase_bytes
from vault.store import Vault, VaultInfo, restore, vault_info
from vault.strength import (
    VAULT_POLICY,
    Feedback,
    Strength,
    assess,
    generate_passphrase,
    generated_bits,
    local_personal_words,
    vault_file_words,
    vault_personal_words,
)

PROG = "tafelboek-vault"

EXIT_OK = 0
EXIT_OTHER = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

EXIT_STATUS_HELP = """\
exit status:
    0  success (for verify: the vault is sound)
    1  other error (file not found, target exists, settings too weak, unexpected)
    2  usage error (bad arguments, no passphrase source, passphrases do not match,
       empty passphrase, a new passphrase too easy to guess, invalid UTF-8 or a
       missing line on standard input)
    3  wrong passphrase, or the first page of the file is damaged
       (SQLCipher cannot tell these two apart)
    4  the file is damaged or is not a Tafelboek vault
    5  the vault is in use by another program (or the file to replace is open in one)
    6  the vault was made by a newer version of Tafelboek
    7  cannot write (read-only location, disk full, failing medium)
    8  not enough free memory for the key derivation (close other programs)
  130  interrupted (Ctrl+C)

passphrases:
  Asked on the terminal without echo; create and passwd ask the new passphrase twice.
  With --passphrase-stdin they are read from standard input instead, one per line,
  UTF-8, with only the line ending ("\\n" or "\\r\\n") and a leading byte-order mark
  (U+FEFF, which PowerShell and Notepad write) removed: one line for create,
  verify, backup and restore; two lines (old, then new) for passwd. Passphrases are
  never taken from the command line or the environment.

new passphrases (create, passwd):
  The same rule as in the desktop client: at least 12 characters and an estimated
  10^14 guesses by an attacker who knows Dutch and French words, Belgian names and
  places, common passwords, AZERTY/QWERTZ keyboard walks, the vault's own name and
  the people and cells in it. A weak one is refused (exit 2) and nothing is changed.
  A sentence of six or more uncommon words works best. passwd may keep the current
  passphrase (to re-calibrate the key derivation); it then only warns if it is weak.

  --generate makes the new passphrase instead: 6 words drawn at random from a list of
  8,192 Dutch words (78 bits). It is shown once on the terminal, never stored or
  logged, and you type it back to confirm you wrote it down. It needs a terminal and
  cannot be combined with --passphrase-stdin.
"""

# A passphrase line may hold at most this many bytes before its line ending.
_MAX_LINE_BYTES = MAX_PASSPHRASE_BYTES + 5  # + a byte-order mark and CR LF
_BOM = "\ufeff"

# Windows PowerShell pipes text to a program in $OutputEncoding (ASCII in Windows
# PowerShell 5.1): a letter it cannot encode becomes "?" (security review L8).
_QUESTION_MARK_HINT = (
    "The passphrase read from standard input contains '?'. Windows PowerShell replaces "
    "letters it cannot pass on to a program (é, ë, ç, …) by '?'. If the passphrase has "
    "such letters, run  $OutputEncoding = [Text.UTF8Encoding]::new($false)  in that "
    "PowerShell first, or leave out --passphrase-stdin and type the passphrase."
)

_MAX_REPORTED_PROBLEMS = 10

InputStream = TextIO | BinaryIO


class _UsageError(Exception):
    """Bad input from the user: printed as is, exit status 2."""


class _ParserExit(Exception):
    """Raised instead of ``sys.exit`` by the argument parser."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An argument parser that writes to injected streams and never calls ``sys.exit``.

    Its error messages never repeat a command-line word it does not know (``argv``): a
    passphrase typed there by mistake must not end up on screen or in a log.
    """

    def __init__(
        self, *args: object, out: TextIO, err: TextIO, argv: Sequence[str], **kwargs: object
    ) -> None:
        kwargs["allow_abbrev"] = False  # "--passphrase" must not mean "--passphrase-stdin"
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._out = out
        self._err = err
        self._argv = argv

    def print_usage(self, file: object = None) -> None:
        self._err.write(self.format_usage())

    def print_help(self, file: object = None) -> None:
        self._out.write(self.format_help())

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self._err.write(message)
        raise _ParserExit(status)

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            # Do not repeat them: one of them may be a passphrase typed by mistake.
            message = (
                "unexpected extra arguments (not repeated here). Passphrases are never "
                "taken from the command line: they are asked on the terminal, or read "
                "with --passphrase-stdin"
            )
        message = _redact(message, self._argv)
        self._err.write(self.format_usage())
        self._err.write(f"{self.prog}: error: {message}\n")
        raise _ParserExit(EXIT_USAGE)


_KNOWN_WORDS = frozenset(
    {"create", "info", "verify", "backup", "restore", "passwd"}
    | {"-h", "--help", "--json", "--force", "--passphrase-stdin", "--generate"}
)


def _redact(message: str, argv: Sequence[str]) -> str:
    """Replace every quoted command-line word in ``message`` that is not a known word."""
    words = set(argv) | {w.partition("=")[2] for w in argv if "=" in w}
    for word in sorted(words - _KNOWN_WORDS - {""}, key=len, reverse=True):
        for quoted in {repr(word), f"'{word}'", f'"{word}"'}:
            message = message.replace(quoted, "'(not shown)'")
    return message


class _Progress:
    """Progress of a slow step on standard error.

    On a terminal the percentage is rewritten in place; otherwise each phase is
    announced with one line.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = _isatty(stream)
        self._label: str | None = None
        self._line_open = False

    def update(self, label: str, fraction: float) -> None:
        if label != self._label:
            self.finish()
            self._label = label
            if not self._tty:
                self._stream.write(f"{label}…\n")
                self._stream.flush()
        if self._tty:
            percent = max(0, min(100, round(fraction * 100)))
            self._stream.write(f"\r{label}… {percent}%")
            self._stream.flush()
            self._line_open = True

    def finish(self) -> None:
        if self._line_open:
            self._stream.write("\n")
            self._stream.flush()
            self._line_open = False

    def calibration(self, fraction: float) -> None:
        """Callback for :meth:`KdfProfile.choose` (via ``Vault.create``)."""
        self.update("Calibrating key derivation", fraction)

    def change_passphrase(self, fraction: float) -> None:
        """Callback for :meth:`Vault.change_passphrase` (calibration is its first 40%)."""
        calibrating = "Calibrating key derivation"
        if fraction < 0.4:
            self.update(calibrating, fraction / 0.4)
        else:
            if self._label == calibrating:
                self.update(calibrating, 1.0)
            self.update("Re-encrypting the vault", (fraction - 0.4) / 0.6)

    def labelled(self, label: str) -> Callable[[float], None]:
        """A callback showing ``label`` with the fraction it receives."""
        return lambda fraction: self.update(label, fraction)


class _Context:
    """Streams and settings of one command-line run."""

    def __init__(
        self,
        args: argparse.Namespace,
        stdin: InputStream | None,
        stdout: TextIO,
        stderr: TextIO,
        kdf: KdfProfile | None,
    ) -> None:
        self.args = args
        self.stdin = stdin
        self.bom_stripped: set[str] = set()
        self.question_marks = False  # a passphrase from standard input holds a '?'
        """Passphrases read from standard input that had a leading byte-order mark."""
        self.out = stdout
        self.err = stderr
        self._kdf = kdf

    @property
    def kdf(self) -> KdfProfile:
        """The profile for new keys: the injected one, else production calibration."""
        return self._kdf if self._kdf is not None else CalibratedKdf()

    def say(self, text: str) -> None:
        """Write a line of the command's result to standard output."""
        self.out.write(text + "\n")

    def open_vault(self, path: Path, passphrase: str, **kwargs: Any) -> tuple[Vault, str]:
        """Open with ``passphrase``; return the vault and the passphrase that opened it.

        A vault created through standard input before byte-order marks were removed has
        the mark in its passphrase: when the line had one and the passphrase without it
        is wrong, the original text is tried too, so nobody is locked out by the fix.
        """
        try:
            return Vault.open(path, passphrase, **kwargs), passphrase
        except WrongPassphrase:
            if passphrase not in self.bom_stripped:
                raise
        vault = Vault.open(path, _BOM + passphrase, **kwargs)
        self.note(
            f"Note: the passphrase of {path} begins with an invisible byte-order mark "
            f"(U+FEFF) from the program that wrote standard input. Change it with "
            f"'{PROG} passwd' so that it opens with the text you type."
        )
        return vault, _BOM + passphrase

    def note(self, text: str) -> None:
        """Write a line for the user to standard error."""
        self.err.write(text + "\n")

    def progress(self) -> _Progress:
        return _Progress(self.err)

    # ---------------------------------------------------------------- passphrases
    def passphrase(self, prompt: str) -> str:
        """One passphrase: from standard input, else asked on the terminal."""
        if self.args.passphrase_stdin:
            (passphrase,) = self.stdin_passphrases(1)
        else:
            passphrase = self._ask(prompt)
        _check_usable(passphrase)
        return passphrase

    def new_passphrase(self, prompt: str = "New passphrase") -> str:
        """A new passphrase: from standard input, else asked twice on the terminal."""
        if self.args.passphrase_stdin:
            (passphrase,) = self.stdin_passphrases(1)
            self.warn_if_mangled(passphrase)
        else:
            passphrase = self._ask(prompt)
            if self._ask("Repeat the new passphrase") != passphrase:
                raise _UsageError("The two passphrases do not match; nothing was changed.")
        _check_usable(passphrase)
        return passphrase

    def generated_passphrase(self) -> str:
        """A generated new passphrase, shown once on the terminal and typed back.

        Shown on standard output only when it is a terminal (never into a pipe or a log);
        the user types it back (hidden) to prove it was written down.
        """
        phrase = generate_passphrase(VAULT_POLICY)
        bits = generated_bits(VAULT_POLICY.generated_words)
        self.out.write(
            f"New passphrase ({VAULT_POLICY.generated_words} random words, {bits:.0f} bits), "
            "shown only this once:\n\n"
            f"    {phrase}\n\n"
            "Write it on paper now and keep the paper somewhere safe, away from this "
            "computer. Nobody can recover it for you, not even IT.\n"
        )
        self.out.flush()
        if self._ask("Type the passphrase to confirm you wrote it down") != phrase:
            raise _UsageError(
                "That is not the passphrase shown; nothing was changed. Run the command "
                "again for a new one."
            )
        return phrase

    def require_generation_terminal(self) -> None:
        """--generate shows a secret: only on a terminal, never with standard input."""
        if self.args.passphrase_stdin:
            raise _UsageError(
                "--generate cannot be combined with --passphrase-stdin: a generated "
                "passphrase is shown on the terminal and typed back."
            )
        if not (_isatty(self.stdin) and _isatty(self.out)):
            raise _UsageError(
                "--generate needs a terminal: the new passphrase is shown only there (never "
                "into a pipe or a file) and typed back to confirm."
            )

    def stdin_passphrases(self, count: int) -> list[str]:
        """Read ``count`` passphrase lines from standard input (``--passphrase-stdin``).

        Each line is decoded as UTF-8 and loses only its line ending; every passphrase
        is checked to be usable before anything slow or anything on disk happens.
        """
        stream = self.stdin
        if stream is None:
            raise _UsageError("Standard input is not available; cannot read the passphrase.")
        binary: BinaryIO | TextIO = getattr(stream, "buffer", stream)
        lines: list[str] = []
        for number in range(1, count + 1):
            raw = binary.readline(_MAX_LINE_BYTES + 1)
            text = _decode_line(raw, number, count)
            # A byte-order mark is never part of a passphrase: Windows PowerShell and
            # Notepad put one before piped or saved text, and, being invisible, it would
            # lock the user out. Removed from the start of every line, so a passphrase
            # set through standard input opens with the same text typed anywhere.
            if text.startswith(_BOM):
                text = text[1:]
                self.bom_stripped.add(text)
            lines.append(text)
        for passphrase in lines:
            _check_usable(passphrase)
        self.question_marks = any("?" in line for line in lines)
        return lines

    def warn_if_mangled(self, new: str) -> None:
        """Before a new passphrase from standard input is set: warn about a '?' in it,
        which may be a letter PowerShell could not pass on (then the vault would open
        only with the '?', not with the letter typed in the desktop client)."""
        if self.args.passphrase_stdin and "?" in new:
            self.note(f"Warning: {_QUESTION_MARK_HINT} It is set as read, '?' included.")

    def require_passphrase_source(self) -> None:
        """Refuse early (exit 2) when there is no way to read a passphrase."""
        if not self.args.passphrase_stdin and not _isatty(self.stdin):
            raise _UsageError(
                "No terminal to ask the passphrase on. Run this command in a terminal, "
                "or pass --passphrase-stdin and give the passphrase on standard input "
                "(one per line)."
            )
        if self.args.passphrase_stdin and _isatty(self.stdin):
            self.note(
                "Warning: reading the passphrase from a terminal with --passphrase-stdin; "
                "what you type will be visible. Leave out --passphrase-stdin to type it "
                "hidden."
            )

    def _ask(self, prompt: str) -> str:
        self.err.flush()
        with warnings.catch_warnings():
            # getpass falls back to echoing input (with a GetPassWarning) when it cannot
            # control the terminal; refuse instead of showing the passphrase.
            warnings.simplefilter("error", getpass.GetPassWarning)
            try:
                return getpass.getpass(f"{prompt}: ", stream=self.err)
            except getpass.GetPassWarning:
                raise _UsageError(
                    "Cannot read the passphrase without showing it on this terminal; "
                    "use --passphrase-stdin instead."
                ) from None
            except EOFError:
                raise _UsageError("No passphrase was entered.") from None


def _decode_line(raw: bytes | str, number: int, count: int) -> str:
    """Turn one line read from standard input into a passphrase (or refuse, exit 2)."""
    which = f"line {number} of {count}" if count > 1 else "the passphrase line"
    if not raw:
        raise _UsageError(
            f"Standard input ended before {which}; expected {count} "
            f"passphrase line{'s' if count > 1 else ''}."
        )
    if isinstance(raw, str):
        # An injected text stream: it was decoded already.
        text = raw
    else:
        if len(raw) > _MAX_LINE_BYTES:
            raise _UsageError(f"Passphrase on {which} of standard input is too long.")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _UsageError(
                f"Standard input is not valid UTF-8 ({which}); nothing was changed."
            ) from None
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith("\n"):
        return text[:-1]
    return text


def _check_usable(passphrase: str) -> None:
    """Refuse (exit 2) a passphrase the key derivation would reject."""
    try:
        passphrase_bytes(passphrase)
    except VaultError as exc:
        raise _UsageError(f"The passphrase cannot be used: {exc}.") from None


_ADVICE: dict[Feedback, str] = {
    Feedback.TOO_SHORT: "it is shorter than {length} characters",
    Feedback.COMMON_PASSWORD: "it is, or is built on, a common password",
    Feedback.SIMILAR_TO_COMMON: "it looks like a common password",
    Feedback.SINGLE_WORD: "it is a single word",
    Feedback.NAMES: "it leans on first names or surnames",
    Feedback.PLACES: "it leans on names of municipalities or places",
    Feedback.PERSONAL: "it uses the user's name, the vault's name, Tafelboek's or the "
    "LIVC's words, or names in the vault",
    Feedback.DATES: "it contains a date",
    Feedback.YEARS: "it contains a recent year",
    Feedback.REPEATS: "it repeats words or characters",
    Feedback.SEQUENCES: "it contains a sequence like 'abc' or '6543'",
    Feedback.KEYBOARD: "it contains a walk over the keyboard (AZERTY, QWERTZ, QWERTY)",
    Feedback.SUBSTITUTIONS: "swaps like '@' for 'a' hardly help",
    Feedback.ADD_WORDS: "it is made of words that are too common",
}


def _weakness(strength: Strength) -> str:
    reasons = [
        _ADVICE[item].format(length=strength.policy.min_length)
        for item in strength.feedback
        if item is not Feedback.ADD_WORDS or len(strength.feedback) == 1
    ]
    return "; ".join(reasons) or _ADVICE[Feedback.ADD_WORDS]


def _require_strong(passphrase: str, personal: Sequence[str], nothing: str) -> None:
    """Refuse (exit 2) a new passphrase the gate refuses; ``nothing`` ends the message."""
    strength = assess(passphrase, personal, VAULT_POLICY)
    if strength.acceptable:
        return
    raise _UsageError(
        f"The new passphrase is too easy to guess (about 10^{strength.guesses_log10:.0f} "
        f"guesses; a vault needs 10^{VAULT_POLICY.min_guesses_log10:.0f}): "
        f"{_weakness(strength)}. Choose a sentence of six or more uncommon words that "
        f"only you would make up, or let {PROG} make one with --generate. {nothing}"
    )


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    if isatty is None:
        return False
    try:
        return bool(isatty())
    except (OSError, ValueError):
        return False


def _mib(kib: int) -> str:
    return f"{kib // 1024} MiB" if kib >= 1024 and kib % 1024 == 0 else f"{kib} KiB"


def _kdf_text(memory_kib: int, iterations: int, parallelism: int) -> str:
    return (
        f"Argon2id, {_mib(memory_kib)} memory, {iterations} "
        f"iteration{'s' if iterations != 1 else ''}, {parallelism} "
        f"lane{'s' if parallelism != 1 else ''}"
    )


def _weak_kdf_warning(path: Path, memory_kib: int, iterations: int) -> str:
    return (
        f"Warning: the key derivation of {path} uses {_mib(memory_kib)} of memory and "
        f"{iterations} pass(es), below the floor of {_mib(FLOOR_MEMORY_KIB)} and "
        f"{FLOOR_ITERATIONS} passes; a stolen copy is easier to crack. Run "
        f"'{PROG} passwd {path}' to re-calibrate it (the passphrase may stay the same)."
    )


def _network_warning(path: Path) -> str:
    return (
        f"Warning: {path} lies on a network share. Its write-ahead log is not safe there "
        "and data can be lost; keep the vault on a local disk."
    )


def _vault_warnings(ctx: _Context, vault: Vault) -> None:
    if "network_share" in vault.warnings:
        ctx.note(_network_warning(vault.path))
    if "weak_kdf" in vault.warnings:
        ctx.note(
            _weak_kdf_warning(vault.path, vault.header.kdf.memory_kib, vault.header.kdf.iterations)
        )
    if "quick_kdf" in vault.warnings:
        ctx.note(
            f"Note: {vault.path} unlocks much faster on this computer than Tafelboek aims "
            "for, so a stolen copy is cheaper to attack than it need be (it was made on a "
            f"busy or older computer). Run '{PROG} passwd {vault.path}' and give the same "
            "passphrase twice to strengthen it."
        )


# ------------------------------------------------------------------ subcommands
def _cmd_create(ctx: _Context) -> int:
    path = Path(ctx.args.path)
    if path.exists() or path.is_symlink():
        raise TargetExists("a file with that name already exists", path=path)
    if ctx.args.generate:
        ctx.require_generation_terminal()
        passphrase = ctx.generated_passphrase()
    else:
        ctx.require_passphrase_source()
        passphrase = ctx.new_passphrase()
        personal = [*local_personal_words(), *vault_file_words(path)]
        _require_strong(passphrase, personal, "Nothing was created.")
    progress = ctx.progress()
    try:
        vault = Vault.create(path, passphrase, kdf=ctx.kdf, progress=progress.calibration)
    finally:
        progress.finish()
    with vault:
        kdf = vault.header.kdf
        ctx.say(f"Created {path} ({_kdf_text(kdf.memory_kib, kdf.iterations, kdf.parallelism)}).")
        _vault_warnings(ctx, vault)
    return EXIT_OK


def _info_lines(info: VaultInfo) -> list[str]:
    size_kib = info.size_bytes / 1024
    journal = (
        "present (the vault is open now, or was not closed cleanly; the next open folds it in)"
        if info.has_leftover_journal
        else "none"
    )
    return [
        f"Vault:           {info.path}",
        f"Format version:  {info.format_version}",
        "Key derivation:  "
        + _kdf_text(info.kdf_memory_kib, info.kdf_iterations, info.kdf_parallelism),
        f"Size:            {info.size_bytes:,} bytes ({size_kib:,.0f} KiB)",
        f"Journal (-wal):  {journal}",
        f"Location:        {'network share' if info.on_network_share else 'local'}",
    ]


def _cmd_info(ctx: _Context) -> int:
    path = Path(ctx.args.path)
    info = vault_info(path)
    if ctx.args.json:
        ctx.say(
            json.dumps(
                {
                    "path": str(info.path),
                    "format_version": info.format_version,
                    "kdf_memory_kib": info.kdf_memory_kib,
                    "kdf_iterations": info.kdf_iterations,
                    "kdf_parallelism": info.kdf_parallelism,
                    "size_bytes": info.size_bytes,
                    "has_leftover_journal": info.has_leftover_journal,
                    "on_network_share": info.on_network_share,
                    "kdf_below_floor": info.kdf_below_floor,
                }
            )
        )
    else:
        for line in _info_lines(info):
            ctx.say(line)
    if info.on_network_share:
        ctx.note(_network_warning(path))
    if info.kdf_below_floor:
        ctx.note(_weak_kdf_warning(path, info.kdf_memory_kib, info.kdf_iterations))
    return EXIT_OK


def _open(
    ctx: _Context, path: Path, passphrase: str, *, check: bool | None = None
) -> tuple[Vault, str]:
    """Open (with the byte-order-mark fallback), say its warnings; the vault and the
    passphrase that opened it."""
    vault, used = ctx.open_vault(path, passphrase, kdf_profile=ctx.kdf, integrity_check=check)
    _vault_warnings(ctx, vault)
    return vault, used


def _cmd_verify(ctx: _Context) -> int:
    path = Path(ctx.args.path)
    ctx.require_passphrase_source()
    passphrase = ctx.passphrase("Passphrase")
    # The page check at open keeps a damaged vault from being migrated before the
    # full check below reports on it.
    vault, _ = _open(ctx, path, passphrase, check=True)
    with vault:
        report = vault.integrity_check()
    if report.ok:
        ctx.say(f"{path}: sound (every page authenticated, structure intact).")
        return EXIT_OK
    problems = [*report.cipher_errors, *report.structure_errors]
    ctx.note(
        f"{path} is damaged: {len(report.cipher_errors)} page problem(s), "
        f"{len(report.structure_errors)} structure problem(s)."
    )
    for problem in problems[:_MAX_REPORTED_PROBLEMS]:
        ctx.note(f"  {problem}")
    if len(problems) > _MAX_REPORTED_PROBLEMS:
        ctx.note(f"  … and {len(problems) - _MAX_REPORTED_PROBLEMS} more")
    ctx.note(f"Restore it from a backup with '{PROG} restore BACKUP {path}'.")
    return exit_status(VaultDamaged("vault failed its integrity check", path=path))


def _cmd_backup(ctx: _Context) -> int:
    path, dest = Path(ctx.args.path), Path(ctx.args.dest)
    force: bool = ctx.args.force
    if dest.is_dir():
        raise _UsageError(
            f"{dest} is a folder; give the name of the backup file to write, "
            f"e.g. {dest / path.name}."
        )
    if dest.exists() and dest.resolve() == path.resolve():
        raise _UsageError(f"{dest} is the vault itself; give another name for the backup.")
    if (dest.exists() or dest.is_symlink()) and not force:
        raise TargetExists("backup file already exists", path=dest)
    ctx.require_passphrase_source()
    passphrase = ctx.passphrase("Passphrase")
    vault, used = _open(ctx, path, passphrase)
    with vault:
        progress = ctx.progress()
        try:
            # Its own salt and key (same passphrase): no page of it fits the vault.
            vault.backup(
                dest,
                passphrase=used,
                overwrite=force,
                progress=progress.labelled("Writing backup"),
            )
        finally:
            progress.finish()
    ctx.say(f"Backup written to {dest} and verified; it opens with the same passphrase.")
    return EXIT_OK


def _cmd_restore(ctx: _Context) -> int:
    backup, target = Path(ctx.args.backup), Path(ctx.args.path)
    force: bool = ctx.args.force
    if target.is_dir():
        raise _UsageError(f"{target} is a folder; give the name of the vault file to write.")
    if (target.exists() or target.is_symlink()) and not force:
        raise TargetExists("target vault already exists", path=target)
    ctx.require_passphrase_source()
    passphrase = ctx.passphrase("Passphrase of the backup")
    progress = ctx.progress()
    try:
        # Like the desktop client, a replaced vault is kept beside the new one (a restore
        # never loses anything); vault.store.restore names, copies and flushes it.
        try:
            result = restore(
                backup,
                target,
                passphrase,
                overwrite=force,
                keep_previous=True,
                progress=progress.labelled("Restoring"),
            )
        except WrongPassphrase:
            if passphrase not in ctx.bom_stripped:
                raise
            # A backup of a vault whose passphrase kept a byte-order mark (see open_vault).
            result = restore(backup, target, _BOM + passphrase, overwrite=force, keep_previous=True)
    finally:
        progress.finish()
    ctx.say(f"Restored {backup} to {target}; it opens with the backup's passphrase.")
    if result.kept_previous is not None:
        ctx.say(
            f"The vault it replaced is kept as {result.kept_previous} (its own passphrase); "
            "delete it once you no longer need it."
        )
    info = vault_info(target)
    if info.kdf_below_floor:
        ctx.note(_weak_kdf_warning(target, info.kdf_memory_kib, info.kdf_iterations))
    return EXIT_OK


def _cmd_passwd(ctx: _Context) -> int:
    path = Path(ctx.args.path)
    generate: bool = ctx.args.generate
    if generate:
        ctx.require_generation_terminal()
    ctx.require_passphrase_source()
    profile = ctx.kdf
    if ctx.args.passphrase_stdin:
        old, new = ctx.stdin_passphrases(2)
        vault, old = ctx.open_vault(path, old, kdf_profile=profile)
        ctx.warn_if_mangled(new)
    else:
        # On a terminal, check the current passphrase before asking for a new one.
        old = ctx.passphrase("Current passphrase")
        vault = Vault.open(path, old, kdf_profile=profile)
    try:
        if generate:
            new = ctx.generated_passphrase()
        elif not ctx.args.passphrase_stdin:
            new = ctx.new_passphrase()
        _check_new_passphrase(ctx, vault, path, old, new, generated=generate)
    except BaseException:
        vault.close()
        raise
    with vault:
        progress = ctx.progress()
        try:
            vault.change_passphrase(old, new, kdf=profile, progress=progress.change_passphrase)
        finally:
            progress.finish()
        kdf = vault.header.kdf
        ctx.say(
            f"Passphrase of {path} changed "
            f"({_kdf_text(kdf.memory_kib, kdf.iterations, kdf.parallelism)})."
        )
        if "network_share" in vault.warnings:
            ctx.note(_network_warning(path))
    return EXIT_OK


def _check_new_passphrase(
    ctx: _Context, vault: Vault, path: Path, old: str, new: str, *, generated: bool
) -> None:
    """The gate for passwd's new passphrase, knowing the names in the open vault.

    Keeping the current passphrase (to re-calibrate the key derivation) is not choosing a
    new one: it is allowed, with a warning if today's rule finds it weak.
    """
    if generated:
        return
    personal = [*local_personal_words(), *vault_file_words(path), *vault_personal_words(vault)]
    if new in (old, old.removeprefix(_BOM)):
        if not assess(new, personal, VAULT_POLICY).acceptable:
            ctx.note(
                "Warning: the passphrase stays the same, and it is too easy to guess by "
                f"today's rule. Choose a new one soon with '{PROG} passwd {path}' "
                "(--generate makes one)."
            )
        return
    _require_strong(new, personal, "Nothing was changed.")


# ------------------------------------------------------------------ messages
def _describe(error: VaultError, fallback_path: Path | None, command: str) -> str:
    """An English sentence for IT: what happened and what can be done."""
    where = error.path if error.path is not None else fallback_path
    subject = str(where) if where is not None else "The vault"
    detail = str(error)
    code = error.code
    if code is ErrorCode.WRONG_PASSPHRASE and command == "restore":
        return (
            f"Cannot open the backup {subject}: the passphrase is wrong, or the backup's "
            "first page is damaged (SQLCipher cannot tell these two apart). Check the "
            "passphrase (Caps Lock, keyboard layout, spaces); if it is certainly right, "
            "try another backup. Nothing was written."
        )
    if code is ErrorCode.WRONG_PASSPHRASE:
        return (
            f"Cannot open {subject}: the passphrase is wrong, or the first page of the file "
            "is damaged (SQLCipher cannot tell these two apart). Check the passphrase "
            "first (Caps Lock, keyboard layout, spaces, an older passphrase); only if it is "
            f"certainly right, restore the vault from a backup with '{PROG} restore' — "
            "restoring an older backup loses the notes written since. Nothing was changed."
        )
    if code is ErrorCode.TARGET_IN_USE:
        return (
            f"Cannot replace {subject}: another program has it open. Close it there and "
            "try again, or choose another name. Nothing was changed."
        )
    if code is ErrorCode.OUT_OF_MEMORY:
        return (
            f"Cannot open {subject}: this computer has not enough free memory for the key "
            "derivation right now. Close other programs and try again. The vault is not "
            "damaged; do not restore a backup."
        )
    if code is ErrorCode.NOT_A_VAULT:
        return f"{subject} is not a Tafelboek vault ({detail}). Check that this is the right file."
    if code is ErrorCode.DAMAGED:
        return (
            f"{subject} is damaged ({detail}). Restore it from a backup with "
            f"'{PROG} restore BACKUP PATH'; keep the damaged file for investigation."
        )
    if code is ErrorCode.BACKUP_MISMATCH:
        return (
            f"The copy written to {subject} did not verify ({detail}); it was not kept. "
            "Check the destination medium and try again."
        )
    if code is ErrorCode.IN_USE:
        return (
            f"{subject} is in use by another program ({detail}); Tafelboek may have it open. "
            "Close it there and try again."
        )
    if code is ErrorCode.NEWER_VERSION:
        return (
            f"{subject} was made by a newer version of Tafelboek ({detail}). Open it with "
            "that version; this one leaves the file unchanged."
        )
    if code is ErrorCode.READ_ONLY:
        return (
            f"Cannot write to {subject}: the file or its folder is read-only. "
            "Choose a writable location or ask for write permission."
        )
    if code is ErrorCode.DISK_FULL:
        return f"Cannot write to {subject}: the disk is full. Free some space and try again."
    if code is ErrorCode.WRITE_FAILED:
        return (
            f"Writing {subject} failed ({detail}). Check that the disk or medium is present "
            "and healthy, then try again."
        )
    if code is ErrorCode.WEAK_KDF:
        return (
            f"Refused: key-derivation settings below the safety floor ({detail}). "
            f"A vault needs at least {_mib(FLOOR_MEMORY_KIB)} for its key derivation; "
            "use a machine with more memory."
        )
    if code is ErrorCode.EXISTS:
        return f"{subject} already exists; nothing was changed. Choose another name" + (
            ", or pass --force to replace it." if command in ("backup", "restore") else "."
        )
    if code is ErrorCode.NOT_FOUND:
        return f"{subject} does not exist ({detail}). Check the path."
    if code is ErrorCode.INVALID_PASSPHRASE:
        return f"The passphrase cannot be used: {detail}."
    return f"{subject}: {detail}."


def _describe_unexpected(exc: BaseException) -> str:
    """One line about an exception the vault did not foresee, without its message.

    Only the type (and for file-system errors the reason and file name) is shown: the
    text of an arbitrary exception could hold vault content.
    """
    if isinstance(exc, OSError):
        name = f" ({exc.filename})" if exc.filename is not None else ""
        return f"Error: {exc.strerror or type(exc).__name__}{name}."
    sqlite_name = getattr(exc, "sqlite_errorname", None)
    kind = type(exc).__name__ + (f" {sqlite_name}" if sqlite_name else "")
    return (
        f"Unexpected error ({kind}); please report it. Its text is not shown because it "
        "could hold vault content."
    )


# ------------------------------------------------------------------ entry point
def _build_parser(out: TextIO, err: TextIO, argv: Sequence[str]) -> _Parser:
    def sub(name: str, help_text: str) -> _Parser:
        parser: _Parser = subparsers.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EXIT_STATUS_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
            out=out,
            err=err,
            argv=argv,
        )
        return parser

    def stdin_option(parser: _Parser, lines: str) -> None:
        parser.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help=f"read the passphrase{'s' if lines != 'one line' else ''} from standard "
            f"input ({lines}, UTF-8) instead of the terminal",
        )

    parser = _Parser(
        prog=PROG,
        description=(
            "Manage a Tafelboek vault (an encrypted SQLCipher file) from the command line,\n"
            "for IT support and scripts. Also runs as 'python -m vault'.\n"
            "Run 'tafelboek-vault COMMAND --help' for the options of one command."
        ),
        epilog=EXIT_STATUS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        out=out,
        err=err,
        argv=argv,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def generate_option(parser: _Parser) -> None:
        parser.add_argument(
            "--generate",
            action="store_true",
            help="make the new passphrase: 6 random Dutch words (78 bits), shown once on "
            "the terminal and typed back to confirm (not with --passphrase-stdin)",
        )

    p = sub("create", "create a new, empty vault (the key derivation is calibrated here)")
    p.add_argument("path", metavar="PATH", help="the vault file to create (must not exist)")
    stdin_option(p, "one line")
    generate_option(p)

    p = sub("info", "show format, key-derivation settings and state; needs no passphrase")
    p.add_argument("path", metavar="PATH", help="the vault file")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub("verify", "check every page and the structure of a vault (needs its passphrase)")
    p.add_argument("path", metavar="PATH", help="the vault file")
    stdin_option(p, "one line")

    p = sub("backup", "write a verified encrypted copy of a vault")
    p.add_argument("path", metavar="PATH", help="the vault file")
    p.add_argument("dest", metavar="DEST", help="the backup file to write")
    p.add_argument("--force", action="store_true", help="replace DEST if it exists")
    stdin_option(p, "one line")

    p = sub("restore", "put a backup in place as a vault (checks its passphrase first)")
    p.add_argument("backup", metavar="BACKUP", help="the backup file")
    p.add_argument("path", metavar="PATH", help="the vault file to write")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace PATH if it exists; the vault it replaces is kept beside it as "
        "NAME-before-restore-<date-time>.tafelboek",
    )
    stdin_option(p, "one line")

    p = sub("passwd", "change the passphrase (and re-calibrate the key derivation)")
    p.add_argument("path", metavar="PATH", help="the vault file")
    stdin_option(p, "two lines: current, then new")
    generate_option(p)

    return parser


_COMMANDS: dict[str, Callable[[_Context], int]] = {
    "create": _cmd_create,
    "info": _cmd_info,
    "verify": _cmd_verify,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "passwd": _cmd_passwd,
}


def run() -> int:
    """The ``tafelboek-vault`` and ``python -m vault`` entry point: :func:`main` in a
    hardened process (no core dumps, no same-user memory reading; vault/process.py)."""
    from vault.process import harden_process

    harden_process()
    return main()


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | BinaryIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    kdf: KdfProfile | None = None,
) -> int:
    """Run the command line and return its exit status.

    ``stdin`` defaults to the process's standard input (read as bytes), ``stdout`` and
    ``stderr`` to the process's streams, ``kdf`` to production calibration
    (:class:`~vault.kdf.CalibratedKdf`) for ``create`` and ``passwd``.
    """
    if stdout is None:
        stdout = _tolerant(sys.stdout)
    if stderr is None:
        stderr = _tolerant(sys.stderr)
    if stdin is None:
        stdin = sys.stdin
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = _build_parser(stdout, stderr, arguments)
    try:
        args = parser.parse_args(arguments)
    except _ParserExit as done:
        return done.status
    ctx = _Context(args, stdin, stdout, stderr, kdf)
    command: str = args.command
    try:
        return _COMMANDS[command](ctx)
    except _UsageError as exc:
        ctx.note(str(exc))
        return EXIT_USAGE
    except VaultError as exc:
        # Errors found in a file header carry no path: name the file that was read.
        read_first = Path(args.backup if command == "restore" else args.path)
        ctx.note(_describe(exc, read_first, command))
        if exc.code is ErrorCode.WRONG_PASSPHRASE and ctx.question_marks:
            ctx.note(_QUESTION_MARK_HINT)
        return exit_status(exc)
    except KeyboardInterrupt:
        ctx.note("\nInterrupted.")
        return EXIT_INTERRUPTED
    except Exception as exc:
        ctx.note(_describe_unexpected(exc))
        return EXIT_OTHER
    finally:
        for stream in (stdout, stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()


def _tolerant(stream: TextIO) -> TextIO:
    """Let a console that cannot show some characters (e.g. in a path) degrade, not fail."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")
    return stream


if __name__ == "__main__":  # pragma: no cover - run as ``python -m vault.cli``
    sys.exit(main())
