"""When two typed names are the same name: the fold the vault compares people by.

:func:`identity_key` is plain Python, and every vault connection also offers it to SQL as
``identity_key(text)`` (registered in :func:`vault.store._connect`), so a lookup such as
:func:`vault.people.find_person` is one query with the same rule on both sides.
"""

from __future__ import annotations

import unicodedata


def identity_key(text: str) -> str:
    """``text`` as compared for identity.

    * Unicode NFC first: an "é" typed as one character or as "e" plus a combining accent
      is the same letter.
    * Whitespace: leading and trailing whitespace goes; every inner run (spaces, tabs,
      no-break spaces) counts as one space. "Kim  Peeters " is "Kim Peeters".
    * Case: Unicode case folding ("ÉLISE" is "élise", "Straße" is "STRASSE").
    * Accents count: "Hélène" is not "Helene", and "Müller" is not "Muller". Names are
      spelled with their accents in Belgium, and taking two people for one would put a
      stranger in another person's attendance and secrecy scope (P5, P9); a second
      record for the same person is the smaller harm, and the user sees it in the list.
    """
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def sql_identity_key(text: str | None) -> str | None:
    """:func:`identity_key` as an SQL function (NULL stays NULL)."""
    return None if text is None else identity_key(str(text))
