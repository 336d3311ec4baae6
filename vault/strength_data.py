"""The word lists and keyboards the passphrase gate knows, read from ``vault/assets/strength``.

Every list is bundled (``tools/build_strength_data.py`` regenerates the derived ones from
their public sources; ``vault/assets/strength/README.md`` gives sources and licences) and is
read once, on first use. Nothing is fetched from anywhere at run time.

Each list is ranked: the first entry is the cheapest guess. zxcvbn prices a word by its
rank in the list that knows it best, so the order matters more than the length.
"""

from __future__ import annotations

import functools
from pathlib import Path

from vault.resources import assets_dir

DICTIONARY_FILES: dict[str, str] = {
    "passwords_be": "passwords_be.txt",
    "examples": "examples.txt",
    "own_words": "own_words.txt",
    "be_first_names": "be_first_names.txt",
    "be_surnames": "be_surnames.txt",
    "be_places": "be_places.txt",
    "nl_words": "nl_words.txt",
    "fr_words": "fr_words.txt",
}
"""zxcvbn dictionary name → file in ``vault/assets/strength``."""

GENERATOR_FILE = "generator_nl.txt"
GENERATOR_SIZE = 8192
"""Words in the generator's list: 2**13, 13 bits per word."""


def strength_dir() -> Path:
    """The folder of the bundled lists (source checkout, installed package or frozen program)."""
    return assets_dir("vault") / "strength"


def read_list(path: Path) -> list[str]:
    """One entry per line, most common first; lines starting with '#' are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@functools.cache
def ranked_dictionaries() -> dict[str, dict[str, int]]:
    """Our dictionaries as zxcvbn wants them: word → rank (1 = most common)."""
    folder = strength_dir()
    ranked: dict[str, dict[str, int]] = {}
    for name, filename in DICTIONARY_FILES.items():
        table: dict[str, int] = {}
        for rank, word in enumerate(read_list(folder / filename), 1):
            table.setdefault(word.casefold(), rank)
        ranked[name] = table
    return ranked


@functools.cache
def generator_words() -> tuple[str, ...]:
    """The generator's word list; refuses a damaged or edited list."""
    words = tuple(read_list(strength_dir() / GENERATOR_FILE))
    if len(words) != GENERATOR_SIZE or len(set(words)) != GENERATOR_SIZE:
        raise ValueError(f"{GENERATOR_FILE} must hold {GENERATOR_SIZE} distinct words")
    return words


# Keyboards of Belgium (AZERTY) and of German-speaking colleagues (QWERTZ), written as
# zxcvbn's own layout script writes QWERTY: each key as its unshifted and shifted
# character, rows indented by one more character per row (a slanted keyboard).
AZERTY_BE = """
²³ &1 é2 "3 '4 (5 §6 è7 !8 ç9 à0 )° -_
    aA zZ eE rR tT yY uU iI oO pP ^¨ $*
     qQ sS dD fF gG hH jJ kK lL mM ù% µ£
   <> wW xX cC vV bB nN ,? ;. :/ =+
"""

QWERTZ_DE = """
^° 1! 2" 3§ 4$ 5% 6& 7/ 8( 9) 0= ß? ´`
    qQ wW eE rR tT zZ uU iI oO pP üÜ +*
     aA sS dD fF gG hH jJ kK lL öÖ äÄ #'
   <> yY xX cC vV bB nN mM ,; .: -_
"""


def keyboard_graph(layout: str) -> dict[str, list[str | None]]:
    """zxcvbn's adjacency graph of a slanted keyboard ``layout``.

    For every character, its neighbouring keys in zxcvbn's fixed order (left, upper
    left, upper right, right, lower right, lower left; ``None`` where there is no key).
    """
    positions: dict[tuple[int, int], str] = {}
    for y, line in enumerate(layout.split("\n")):
        slant = y - 1
        column = 0
        for token in line.split():
            column = line.index(token, column)
            x, remainder = divmod(column - slant, 3)
            if remainder or len(token) != 2:
                raise ValueError(f"misaligned key {token!r} in a keyboard layout")
            positions[(x, y)] = token
            column += len(token)
    graph: dict[str, list[str | None]] = {}
    for (x, y), token in positions.items():
        around = [(x - 1, y), (x, y - 1), (x + 1, y - 1), (x + 1, y), (x, y + 1), (x - 1, y + 1)]
        for character in token:
            graph[character] = [positions.get(spot) for spot in around]
    return graph


@functools.cache
def keyboards() -> dict[str, dict[str, list[str | None]]]:
    """The extra keyboards zxcvbn walks: Belgian AZERTY and German QWERTZ."""
    return {"azerty": keyboard_graph(AZERTY_BE), "qwertz": keyboard_graph(QWERTZ_DE)}
