"""Regenerate the word lists in ``vault/assets/strength/`` from their public sources.

The passphrase gate (``vault/strength.py``) and the passphrase generator read these
lists; nothing is fetched at run time. Run it with the sources on disk::

    apt-get install wdutch                      # OpenTaal: /usr/share/dict/dutch
    pip download --no-deps -d /tmp/src wordfreq==3.1.1 faker==40.63.0
    python tools/build_strength_data.py --wordfreq /tmp/src/wordfreq-3.1.1-*.whl \\
        --faker /tmp/src/faker-40.63.0-*.whl

It only reads the wheels as zip files (no install, no import of either package) and
needs nothing beyond the standard library. The output is deterministic: running it
twice on the same sources gives the same files. ``vault/assets/strength/README.md`` says
what each file is, where it comes from and under which licence.

Hand-written lists (``passwords_be.txt``, ``own_words.txt``, ``examples.txt``) are
edited in place and are not touched here; the few hand-written additions that must be
ranked with generated data (merged municipalities, exonyms) are in this file.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import re
import sys
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vault" / "assets" / "strength"

NL_WORDS = 25_000
"""Dutch words kept for zxcvbn, most frequent first (about 230 KB)."""
FR_WORDS = 8_000
"""French words kept (Brussels and Walloon colleagues; about 65 KB)."""
NL_ANY_TOP = 5_000
"""The most frequent Dutch tokens are kept even when OpenTaal does not list them (names,
English loans); beyond, only OpenTaal's words (drops subtitle and web noise)."""

GENERATOR_SIZE = 8_192
"""Words in the generator's list: 2**13, so each word is exactly 13 bits."""
GENERATOR_MIN_RANK = 1_000
"""The generator skips the 1,000 most frequent Dutch words: each of its words costs an
attacker who knows Dutch word frequencies at least 1,000 guesses, so 4 words are at
least 10^12 and 6 words at least 10^18 even when priced as a chain of common words."""

# Words a person would rather not be handed as a passphrase at a case consultation
# about radicalisation: insults, sex, violence, death, crime, drugs, religion, origin,
# illness. Matched as regular expressions against the whole word (so 'bom' does not
# remove 'bomen' unless written 'bom.*').
_BLOCKED = re.compile(
    r"^(?:"
    r"kanker.*|.*hoer.*|kut.*|.*lul|lullen|neuk.*|.*seks.*|.*sex.*|porno.*|naakt.*|.*bloot"
    r"|.*moord.*|dood.*|.*dode[ns]?|sterf.*|sterv.*|lijk|lijkwagen"
    r"|bom|bommen|bomaanslag|.*terror.*|jihad.*|.*islam.*|moslim.*|jood|joden|.*joods.*"
    r"|.*christ.*|.*katholiek.*|allah|god|goden|duivel.*|satan.*|hel|.*kerk|.*moskee.*"
    r"|nazi.*|hitler|.*racis.*|neger.*|.*homo.*|.*lesbi.*|flikker.*|.*kont|tiet.*|pik|piemel"
    r"|.*drug.*|coca.*|heroine|wiet|hasj|junk.*|.*verkracht.*|.*misbruik.*|.*geweld.*"
    r"|wapen.*|geweer.*|pistool.*|kogel.*|.*schiet.*|schoot|.*slacht.*|gijzel.*|ontvoer.*"
    r"|.*oorlog.*|slagveld.*|martel.*|slaaf|slaven|slavin.*|.*kill.*|sekte.*|taliban|gangster.*"
    r"|.*crimin.*|dief.*|dieven|stelen|gestolen|gevangen.*|.*cel|.*dader.*|slachtoffer.*"
    r"|.*zelfmoord.*|suicid.*|depress.*|kanker|aids|hiv|ziek.*|.*dement.*|idioot.*|debiel.*"
    r"|.*mongool.*|achterlijk.*|klootzak.*|trut.*|slet.*|sukkel.*|stom.*|dom|dombo.*"
    r"|verdomd.*|verdomme|.*godver.*|shit|fuck.*|bitch.*|.*zuip.*|dronk.*|.*vuil.*|vies.*"
    r"|.*poep.*|.*pies.*|.*stront.*|.*braak.*|.*kots.*|lelijk.*|dik|dikke|vet|vette"
    r"|.*politie.*|agent|agenten|.*spion.*|radical.*|extrem.*|.*vlucht.*|.*migrant.*"
    r"|.*allochto.*|.*asiel.*|zwart.*|blank.*|bruin.*|imam.*|priester.*|paus|.*indian.*"
    r"|zwanger.*|intiem.*|.*hakt|begra.*|illegal.*|bataljon.*|soldat.*|leger|legers"
    r"|.*bloed.*|.*wond.*|vergif.*|gif|giftig.*|ramp.*|ongeluk.*|.*crash.*|.*brand"
    r")$"
)


# ------------------------------------------------------------------ reading sources
def _fold(text: str) -> str:
    """Lowercase without accents: what a person types when the accent is hard to reach."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _unpack_msgpack(data: bytes) -> object:
    """The subset of MessagePack that wordfreq's ``.msgpack.gz`` files use."""
    pos = 0

    def take(count: int) -> bytes:
        nonlocal pos
        chunk = data[pos : pos + count]
        pos += count
        return chunk

    def read() -> object:
        first = take(1)[0]
        if first <= 0x7F:
            return first
        if first >= 0xE0:
            return first - 0x100
        if 0xA0 <= first <= 0xBF:
            return take(first & 0x1F).decode("utf-8")
        if 0x90 <= first <= 0x9F:
            return [read() for _ in range(first & 0x0F)]
        if 0x80 <= first <= 0x8F:
            return {read(): read() for _ in range(first & 0x0F)}  # type: ignore[misc]
        sizes = {0xD9: 1, 0xDA: 2, 0xDB: 4, 0xDC: 2, 0xDD: 4, 0xDE: 2, 0xDF: 4}
        if first in sizes:
            count = int.from_bytes(take(sizes[first]), "big")
            if first <= 0xDB:
                return take(count).decode("utf-8")
            if first <= 0xDD:
                return [read() for _ in range(count)]
            return {read(): read() for _ in range(count)}  # type: ignore[misc]
        if first in (0xCC, 0xCD, 0xCE, 0xCF):
            return int.from_bytes(take({0xCC: 1, 0xCD: 2, 0xCE: 4, 0xCF: 8}[first]), "big")
        if first == 0xC0:
            return None
        raise ValueError(f"unexpected MessagePack type byte {first:#x}")

    return read()


def wordfreq_list(wheel: Path, language: str) -> list[str]:
    """wordfreq's 'large' list for ``language``, most frequent first."""
    with zipfile.ZipFile(wheel) as archive:
        packed = archive.read(f"wordfreq/data/large_{language}.msgpack.gz")
    buckets = _unpack_msgpack(gzip.decompress(packed))
    assert isinstance(buckets, list) and isinstance(buckets[0], dict), "not a cBpack file"
    return [word for bucket in buckets[1:] for word in bucket]


def _faker_assignments(wheel: Path, module: str) -> dict[str, object]:
    """The literal class attributes of one Faker provider module (read, never imported)."""
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read(f"faker/providers/{module}/__init__.py").decode("utf-8")
    found: dict[str, object] = {}
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name):
            continue
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "OrderedDict":
            if value.args and isinstance(value.args[0], ast.Tuple):
                found[target.id] = dict(ast.literal_eval(value.args[0]))
        elif isinstance(value, ast.Tuple):
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:
                continue
    return found


# ------------------------------------------------------------------ building lists
def _letters_only(word: str) -> bool:
    return len(word) >= 2 and all(c.isalpha() for c in word)


def dutch_words(nl: list[str], opentaal: set[str]) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    for index, word in enumerate(nl):
        if word in seen or not _letters_only(word):
            continue
        if index >= NL_ANY_TOP and word not in opentaal:
            continue
        seen.add(word)
        kept.append(word)
        if len(kept) == NL_WORDS:
            break
    return kept


def french_words(fr: list[str]) -> list[str]:
    kept: list[str] = []
    seen: set[str] = set()
    for word in fr:
        if word not in seen and _letters_only(word):
            seen.add(word)
            kept.append(word)
            if len(kept) == FR_WORDS:
                break
    return kept


def _variants(name: str) -> list[str]:
    """How a name is typed: lowercase as written, without accents, without separators."""
    lower = name.casefold().strip()
    out = [lower, _fold(lower)]
    out += [re.sub(r"[\s'\-.]+", "", form) for form in list(out)]
    return [form for form in dict.fromkeys(out) if len(form) >= 2]


def ranked_names(counts: Iterable[tuple[str, int]]) -> list[str]:
    """Names with their number of bearers, most frequent first, in typed variants."""
    total: dict[str, int] = {}
    for name, count in counts:
        total[name] = total.get(name, 0) + count
    ordered = sorted(total, key=lambda n: (-total[n], n))
    return list(dict.fromkeys(v for name in ordered for v in _variants(name)))


# Municipalities formed by the mergers of 2019 and 2025 (not yet in Faker's postal list),
# and the other language's name of places people write either way.
PLACES_ADDED = """
Aalter Deinze Kruisem Lievegem Oudsbergen Pelt Puurs-Sint-Amands
Beveren-Kruibeke-Zwijndrecht Bilzen-Hoeselt Tongeren-Borgloon Nazareth-De\u00a0Pinte
Pajottegem Tessenderlo-Ham Merelbeke-Melle Lochristi Lokeren Tielt Wingene Hasselt
Antwerpen Bastogne
Anvers Gand Bruges Louvain Malines Courtrai Ostende Alost Termonde Saint-Nicolas Ypres
Tirlemont Tongres Hal Vilvorde Renaix Grammont Audenarde Furnes Dixmude Menin Lierre
Hasselt Genk Saint-Trond Louvain-la-Neuve Bruxelles Brussel Schaerbeek Schaarbeek
Ixelles Elsene Uccle Ukkel Forest Vorst Anderlecht Molenbeek Etterbeek Jette Evere
Luik Namen Bergen Doornik Nijvel Aarlen Hoei Moeskroen Komen Edingen Waver Geldenaken
Zinnik Aat Lessen Verviers Charleroi Liège Namur Mons Tournai Nivelles Arlon Huy
Mouscron Comines Enghien Wavre Jodoigne Soignies Ath Lessines Eupen Sankt\u00a0Vith
Belgie België Belgique Vlaanderen Wallonie Wallonië Wallonie Flandre Bruxelles-Capitale
Limburg Antwerpen Oost-Vlaanderen West-Vlaanderen Vlaams-Brabant Waals-Brabant
Henegouwen Luxemburg Hainaut Luxembourg Brabant Kempen Westhoek Pajottenland Meetjesland
Waasland Haspengouw Maasland Voeren Schelde Leie Maas Ijzer Dijle Demer Nete Durme Dender
"""


def places(faker_cities: Iterable[str], frequency: dict[str, int]) -> list[str]:
    """Belgian places, the ones written about most first (by Dutch/French frequency)."""
    names = list(dict.fromkeys([*faker_cities, *PLACES_ADDED.replace("\u00a0", " ").split()]))
    names = [n.replace("\u00a0", " ") for n in names]

    def weight(name: str) -> tuple[int, str]:
        joined = re.sub(r"[\s'\-.]+", "", _fold(name))
        return (frequency.get(joined, len(frequency) + 1), name.casefold())

    ordered = sorted(names, key=weight)
    return list(dict.fromkeys(v for name in ordered for v in _variants(name)))


def generator_words(
    nl: list[str], opentaal: set[str], english: dict[str, int], names: set[str]
) -> list[str]:
    """The passphrase generator's words: common, easy to spell, inoffensive Dutch.

    ``nl`` is the gate's own Dutch list (``nl_words.txt``), so every chosen word has a
    rank there above :data:`GENERATOR_MIN_RANK`.

    Lowercase a–z only (no capitals, accents, hyphens or apostrophes: OpenTaal writes
    proper nouns with a capital), 4 to 8 letters with a vowel, in OpenTaal's spelling list
    and not also a proper noun there ('malta', 'Malta'), outside the
    1,000 most frequent Dutch words, not far more frequent in English than in Dutch, not a
    word another list of the gate holds (names, places, passwords), not blocked; the
    8,192 most frequent such words.
    """
    shape = re.compile(r"^[a-z]{4,8}$")
    vowel = re.compile(r"[aeiouy]")
    chosen: list[str] = []
    seen: set[str] = set()
    for rank, word in enumerate(nl, 1):
        if rank <= GENERATOR_MIN_RANK or word in seen:
            continue
        seen.add(word)
        if not shape.match(word) or word not in opentaal or word in names:
            continue
        if word.capitalize() in opentaal or not vowel.search(word):  # 'Malta', 'https'
            continue
        if english.get(word, 10**9) * 3 < rank:  # mostly an English word
            continue
        if _BLOCKED.match(word):
            continue
        chosen.append(word)
        if len(chosen) == GENERATOR_SIZE:
            return sorted(chosen)
    raise SystemExit(f"only {len(chosen)} generator words; loosen the filters")


# ------------------------------------------------------------------ writing
def read_list(path: Path) -> list[str]:
    """A list as written by :func:`write_list` (or by hand): '#' lines are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def write_list(name: str, header: str, words: list[str]) -> None:
    path = OUT / name
    lines = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    lines.append(f"# {len(words)} entries, one per line.")
    path.write_text("\n".join([*lines, *words]) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(words)} entries, {path.stat().st_size:,} bytes")


def write_licences(args: argparse.Namespace) -> None:
    """Copy each source's licence beside the lists made from it."""
    (OUT / "LICENCE-OpenTaal.txt").write_text(
        args.opentaal_copyright.read_text(encoding="utf-8"), encoding="utf-8"
    )
    with zipfile.ZipFile(args.faker) as archive:
        faker_licence = next(
            name for name in archive.namelist() if name.endswith("licenses/LICENSE.txt")
        )
        (OUT / "LICENCE-Faker.txt").write_text(
            archive.read(faker_licence).decode("utf-8"), encoding="utf-8"
        )
    with zipfile.ZipFile(args.wordfreq) as archive:
        metadata = next(name for name in archive.namelist() if name.endswith("/METADATA"))
        text = archive.read(metadata).decode("utf-8")
    section = text[text.index("## License") : text.index("## Citing wordfreq")].strip()
    (OUT / "LICENCE-wordfreq.txt").write_text(
        "nl_words.txt, fr_words.txt and the choice of words in generator_nl.txt are derived\n"
        "from the word-frequency data of wordfreq 3.1.1 by Robyn Speer\n"
        "(https://github.com/rspeer/wordfreq, DOI 10.5281/zenodo.7199437), and are\n"
        "distributed, like that data, under the Creative Commons Attribution-ShareAlike 4.0\n"
        "licence: https://creativecommons.org/licenses/by-sa/4.0/\n"
        "Changes: only words of letters kept, cut to the most frequent ones, ranked by\n"
        "frequency (see tools/build_strength_data.py). SUBTLEX-NL is credited to Marc\n"
        "Brysbaert et al. and is freely available data. The wordfreq licence section reads:\n"
        "\n" + section + "\n",
        encoding="utf-8",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordfreq", type=Path, required=True, help="wordfreq 3.1.1 wheel")
    parser.add_argument("--faker", type=Path, required=True, help="Faker wheel")
    parser.add_argument(
        "--opentaal", type=Path, default=Path("/usr/share/dict/dutch"), help="wdutch list"
    )
    parser.add_argument(
        "--opentaal-copyright",
        type=Path,
        default=Path("/usr/share/doc/wdutch/copyright"),
        help="wdutch's copyright file",
    )
    args = parser.parse_args(argv)

    opentaal = set(args.opentaal.read_text(encoding="utf-8").split("\n"))
    nl_all = wordfreq_list(args.wordfreq, "nl")
    fr_all = wordfreq_list(args.wordfreq, "fr")
    en_all = wordfreq_list(args.wordfreq, "en")
    english: dict[str, int] = {}
    for rank, word in enumerate(en_all, 1):
        english.setdefault(word, rank)
    frequency: dict[str, int] = {}
    for ranked in (nl_all, fr_all):
        for rank, word in enumerate(ranked, 1):
            if rank < frequency.get(word, 10**9):
                frequency[word] = rank

    nl_be = _faker_assignments(args.faker, "person/nl_BE")
    fr_be = _faker_assignments(args.faker, "person/fr_BE")
    address = _faker_assignments(args.faker, "address/nl_BE")

    def counted(provider: dict[str, object], key: str) -> list[tuple[str, int]]:
        table = provider[key]
        assert isinstance(table, dict)
        return [(str(name), int(count)) for name, count in table.items()]

    first = ranked_names(
        counted(nl_be, "first_names_male")
        + counted(nl_be, "first_names_female")
        + counted(fr_be, "first_names_male")
        + counted(fr_be, "first_names_female")
    )
    last = ranked_names(counted(nl_be, "last_names") + counted(fr_be, "last_names"))
    cities = address["cities"]
    assert isinstance(cities, tuple)

    faker_note = (
        "Source: Faker 40.63.0 (MIT licence, LICENCE-Faker.txt), providers person/nl_BE\n"
        "and person/fr_BE, which hold Statbel's 2022 counts (Flemish and Walloon Region).\n"
    )
    ranked_dutch = dutch_words(nl_all, opentaal)
    place_list = places([str(c) for c in cities], frequency)
    # Words the gate knows as names, places, passwords or Tafelboek's own words are
    # cheap guesses there: never hand them out.
    names = {_fold(n) for n in [*first, *last, *place_list]}
    for handwritten in ("passwords_be.txt", "own_words.txt", "examples.txt"):
        names |= set(read_list(OUT / handwritten))
    OUT.mkdir(parents=True, exist_ok=True)
    write_list(
        "nl_words.txt",
        "Dutch words by frequency, most frequent first (the passphrase gate's ranks).\n"
        "Source: wordfreq 3.1.1 data (CC BY-SA 4.0, LICENCE-wordfreq.txt): letters only;\n"
        f"past the first {NL_ANY_TOP:,} only words in OpenTaal's list (LICENCE-OpenTaal.txt).",
        ranked_dutch,
    )
    write_list(
        "fr_words.txt",
        "French words by frequency, most frequent first.\n"
        "Source: wordfreq 3.1.1 data (CC BY-SA 4.0, LICENCE-wordfreq.txt), letters only.",
        french_words(fr_all),
    )
    write_list(
        "be_first_names.txt",
        "Belgian first names, most frequent first, as typed (accents and separators off too).\n"
        + faker_note,
        first,
    )
    write_list(
        "be_surnames.txt",
        "Belgian surnames, most frequent first, as typed (accents and separators off too).\n"
        + faker_note,
        last,
    )
    write_list(
        "be_places.txt",
        "Belgian municipalities, their sub-municipalities (both languages' names), the\n"
        "mergers of 2019 and 2025, provinces, regions and rivers; most written about first.\n"
        "Source: Faker 40.63.0 address/nl_BE (MIT licence, LICENCE-Faker.txt) and names\n"
        "added for Tafelboek (tools/build_strength_data.py); ranked by wordfreq frequency.",
        place_list,
    )
    write_list(
        "generator_nl.txt",
        "Words for generated passphrases: exactly 8,192 (13 bits each), sorted.\n"
        "Lowercase a-z, 4 to 8 letters, in OpenTaal's list (LICENCE-OpenTaal.txt), chosen\n"
        "by wordfreq 3.1.1 frequency (LICENCE-wordfreq.txt) outside the 1,000 most frequent\n"
        "Dutch words; English words, names, places and unwelcome words left out\n"
        "(tools/build_strength_data.py says which).",
        generator_words(ranked_dutch, opentaal, english, names),
    )
    write_licences(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
