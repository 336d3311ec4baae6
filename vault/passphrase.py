"""How passphrase text becomes bytes — identical in the command line and the GUI.

The rule (also in ``docs/vault-format.md``): the text is normalised to Unicode NFC and
encoded as UTF-8, with nothing stripped or added. NFC makes "é" typed as one code point
and "e" + combining acute produce the same key, so a vault opens from any keyboard.
"""

from __future__ import annotations

import unicodedata

from vault.errors import InvalidPassphrase

#: Longest passphrase accepted, in UTF-8 bytes. Generous; it only guards against a
#: pasted document being mistaken for a passphrase.
MAX_PASSPHRASE_BYTES = 64 * 1024


def passphrase_bytes(passphrase: str) -> bytes:
    """Return the NFC-normalised UTF-8 bytes of ``passphrase``.

    Raises :class:`InvalidPassphrase` for an empty passphrase, text that cannot be
    encoded (lone surrogates) or a passphrase longer than ``MAX_PASSPHRASE_BYTES``.
    """
    if not passphrase:
        raise InvalidPassphrase("passphrase is empty")
    normalised = unicodedata.normalize("NFC", passphrase)
    try:
        encoded = normalised.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidPassphrase("passphrase contains characters that cannot be encoded") from None
    if len(encoded) > MAX_PASSPHRASE_BYTES:
        raise InvalidPassphrase("passphrase is too long")
    return encoded
