"""Regenerate the spell checker's Dutch data in ``vault/assets/spelling/``.

The spell checker (``vault/spelling.py``) reads

* ``nl_words.txt``: OpenTaal's Dutch word list (nl_NL and nl_BE share one spelling;
  OpenTaal lists Belgian words too), as Debian ships it in the package ``wdutch``, every
  inflected form already written out;
* ``compound_parts.txt``: the forms OpenTaal's Hunspell dictionary (Debian
  ``hunspell-nl``, the same release) lets stand first (``b``), in the middle (``m``) and
  last (``e``) in a compound written as one word — its flags ``COMPOUNDBEGIN``,
  ``COMPOUNDMIDDLE`` and ``COMPOUNDEND``, on the stem or on a suffix that permits
  compounding, such as the linking ``s`` of ``vergaderingsruimte`` —, one ``form<TAB>bme``
  a line, and its ``CHECKCOMPOUNDPATTERN`` pairs written as plain text as
  ``!left<TAB>right`` lines (a part ending in ``left`` followed by one starting with
  ``right`` is no compound). Hunspell's ``ĳ`` ligature is written ``ij``, as people type.

Run it with the sources on disk; the Hunspell files are read with spylls (pure Python),
in a throwaway environment: it is needed here only, never at run time::

    apt-get install wdutch                      # /usr/share/dict/dutch
    apt-get download hunspell-nl && dpkg-deb -x hunspell-nl_*.deb /tmp/hunspell-nl
    python -m venv /tmp/spylls && /tmp/spylls/bin/pip install spylls==0.1.7
    /tmp/spylls/bin/python tools/build_spelling_data.py \\
        --hunspell /tmp/hunspell-nl/usr/share/hunspell/nl

Entries holding a space or a digit are left out (the tokeniser never asks for them); the
rest is kept as OpenTaal writes it, sorted, one per line, after a few ``#`` lines saying
what the file is. The licence beside them (``LICENCE-OpenTaal.txt``) is Debian's copyright
file of ``wdutch`` (the same terms as ``hunspell-nl``'s). The same sources give the same
files.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vault" / "assets" / "spelling"
COPYRIGHT = Path("/usr/share/doc/wdutch/copyright")

HEADER = """\
# OpenTaal's Dutch word list (Debian wdutch {version}), for the spell checker
# (vault/spelling.py). Licence: BSD or CC BY 3.0, see LICENCE-OpenTaal.txt.
# Regenerate with tools/build_spelling_data.py; one word per line, sorted.
"""


COMPOUND_HEADER = """\
# OpenTaal's Hunspell dictionary (Debian hunspell-nl {version}): where a form may stand
# in a compound: form<TAB>b (begin) m (middle) e (end); !left<TAB>right: no compound.
# Licence: BSD or CC BY 3.0, see LICENCE-OpenTaal.txt. Regenerate with
# tools/build_spelling_data.py.
"""


def words_of(source: Path) -> list[str]:
    """OpenTaal's entries without spaces or digits, in Unicode NFC, sorted and unique."""
    kept: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        word = unicodedata.normalize("NFC", line.strip())
        if word and not any(c.isspace() or c.isdigit() for c in word):
            kept.add(word)
    return sorted(kept)


def compound_parts(hunspell: Path) -> list[str]:
    """The lowercase forms OpenTaal's Hunspell dictionary allows at the start, in the
    middle and at the end of a compound, and its plain-text compound patterns."""
    from spylls.hunspell import Dictionary  # build time only (see the module's text)

    dictionary = Dictionary.from_files(str(hunspell))
    aff = dictionary.aff
    begin, middle, end = aff.COMPOUNDBEGIN, aff.COMPOUNDMIDDLE, aff.COMPOUNDEND
    permit, forbidden = aff.COMPOUNDPERMITFLAG, aff.FORBIDDENWORD
    found: dict[str, set[str]] = {"begin": set(), "middle": set(), "end": set()}

    def keep(form: str, flags: set[str], affixed: bool) -> None:
        form = _plain(form)
        if not form or form != form.lower() or forbidden in flags:
            return
        if any(c.isspace() or c.isdigit() for c in form):
            return
        # A suffixed form stands first or in the middle only where the suffix permits it;
        # the last part may carry any suffix.
        if begin in flags and (not affixed or permit in flags):
            found["begin"].add(form)
        if middle in flags and (not affixed or permit in flags):
            found["middle"].add(form)
        if end in flags:
            found["end"].add(form)

    for word in dictionary.dic.words:
        flags = set(word.flags)
        keep(word.stem, flags, affixed=False)
        for flag in flags:
            for suffix in aff.SFX.get(flag, []):
                if suffix.cond_regexp.search(word.stem) is None:
                    continue
                if suffix.strip and not word.stem.endswith(suffix.strip):
                    continue
                stem = word.stem[: len(word.stem) - len(suffix.strip)]
                keep(stem + suffix.add, flags | set(suffix.flags), affixed=True)
    lines = []
    for form in sorted(found["begin"] | found["middle"] | found["end"]):
        places = "".join(
            letter
            for letter, name in (("b", "begin"), ("m", "middle"), ("e", "end"))
            if form in found[name]
        )
        lines.append(f"{form}\t{places}")
    for pattern in aff.CHECKCOMPOUNDPATTERN:
        # Flag-conditioned patterns (``/Ch``) need the flags and are left out; a third
        # field that is a comment was read as a replacement by spylls.
        replacement = (pattern.replacement or "").strip()
        if "/" in pattern.left or "/" in pattern.right or (replacement and replacement[0] != "#"):
            continue
        lines.append(f"!{_plain(pattern.left)}\t{_plain(pattern.right)}")
    return lines


def _plain(text: str) -> str:
    """Unicode NFC with Hunspell's ``ĳ`` ligature written as the two letters people type."""
    return unicodedata.normalize("NFC", text).replace("ĳ", "ij").replace("Ĳ", "IJ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/dict/dutch"))
    parser.add_argument("--version", default="2.20.19", help="OpenTaal's version (Debian)")
    parser.add_argument(
        "--hunspell", type=Path, help="nl.aff/nl.dic without the extension (hunspell-nl)"
    )
    args = parser.parse_args(argv)
    words = words_of(args.source)
    OUT.mkdir(parents=True, exist_ok=True)
    text = HEADER.format(version=args.version) + "\n".join(words) + "\n"
    (OUT / "nl_words.txt").write_text(text, encoding="utf-8", newline="\n")
    if args.hunspell:
        lines = compound_parts(args.hunspell)
        path = OUT / "compound_parts.txt"
        what = COMPOUND_HEADER.format(version=args.version)
        path.write_text(what + "\n".join(lines) + "\n", encoding="utf-8", newline="\n")
        print(f"{len(lines)} compound parts and patterns -> {path}")
    if COPYRIGHT.is_file():
        shutil.copyfile(COPYRIGHT, OUT / "LICENCE-OpenTaal.txt")
    print(f"{len(words)} words -> {OUT / 'nl_words.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
