"""Offline Dutch spell checking: the bundled word list, a tokeniser, suggestions, and the
user's own word list kept inside the vault.

Why this file is longer than ~500 lines: the dictionary's compact hash table, the tokeniser,
the suggestions and the own word list serve one :class:`Speller`; each part is short, and
they share the normalisation of a word.

Nothing here reaches a network or a system dictionary. The dictionary is OpenTaal's
Dutch word list (nl_NL and nl_BE share one spelling), bundled in
``vault/assets/spelling/nl_words.txt`` with its licence (BSD or CC BY 3.0) beside it. It
is read once per process into a set (about 0.3 s) and held in memory only; every
inflected form is already in the list, so a lookup is a set membership test. Dutch
writes compounds as one word (``vergaderruimte``); one not in the list is accepted when
it splits into known words, with a linking ``s`` allowed (``vergaderingsruimte``).

Why a word list and not Hunspell: the pure-Python Hunspell port (spylls) with OpenTaal's
``nl.aff``/``nl.dic`` takes about 2 s to load, ~0.1 ms per known word and 0.5-1.2 ms per
unknown one, and 0.5-2.4 s per suggestion list; a full recheck of a 5,000-word note would
miss its 100 ms budget. The word list answers a lookup in well under a microsecond and
needs no dependency (``docs/benchmarks.md``).

The user's own words (names of people are content) live in the vault's ``vault_meta``
under :data:`PERSONAL_WORDS_KEY`, a JSON list: never in settings or beside the vault.

Usable from a Python shell::

    >>> speller = Speller(bundled_dictionary())
    >>> speller.is_correct("vergadering"), speller.is_correct("vergadring")
    (True, False)
    >>> [t.text for t in speller.misspelled("De vergadring van F-2025-0011 met het OCMW.")]
    ['vergadring']
    >>> "vergadering" in speller.suggestions("vergadring")
    True
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vault.resources import assets_dir
from vault.store import Vault

PERSONAL_WORDS_KEY = "spelling.personal_words"
"""The ``vault_meta`` key of the user's own word list: a JSON array of strings, sorted."""

MAX_WORD_LENGTH = 64
"""Longest word that may be added to the own word list (characters)."""

MAX_PERSONAL_WORDS = 20_000
"""Most words the own word list holds (a guard against a runaway loop, not a quota)."""

SUGGESTION_LIMIT = 5
"""Suggestions offered by default (the context menu shows at most five)."""

_APOSTROPHES = "'\u2019\u2018`\u00b4"
_LETTERS = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTERS}+(?:['\u2019\-]{_LETTERS}+)*")
"""A word: letters, with apostrophes (``auto's``, ``d'r``) and hyphens (``e-mail``) inside."""
_NOT_PROSE = re.compile(r"[\d@/\\_=#<>|~*+^$%&]|\w\.\w|(?<!\S)(?:https?|ftp|www)", re.IGNORECASE)
"""A whitespace-separated chunk with any of these is no prose word: numbers and case codes
(``F-2025-0011``), e-mail addresses, web addresses, paths, file names (``verslag.pdf``),
markup. Such a chunk is skipped whole."""
_RUN = re.compile(r"\S*")

_ALPHABET = "abcdefghijklmnopqrstuvwxyzéëèêïöüáäóúàç'-"
"""Letters tried when suggesting: Dutch text's own letters, accents included."""

_CONFUSIONS = (
    ("ei", "ij"),
    ("ij", "ei"),
    ("au", "ou"),
    ("ou", "au"),
    ("y", "ij"),
    ("ij", "y"),
    ("g", "ch"),
    ("ch", "g"),
    ("dt", "d"),
    ("dt", "t"),
    ("d", "dt"),
    ("t", "dt"),
    ("c", "k"),
    ("k", "c"),
    ("s", "z"),
    ("z", "s"),
    ("f", "v"),
    ("v", "f"),
    ("ie", "i"),
    ("i", "ie"),
    ("ee", "e"),
    ("oo", "o"),
    ("aa", "a"),
    ("uu", "u"),
    ("e", "ee"),
    ("o", "oo"),
    ("a", "aa"),
    ("u", "uu"),
    ("ks", "x"),
    ("x", "ks"),
    ("c", "s"),
    ("s", "c"),
)
"""Spellings Dutch writers mix up (``ei``/``ij``, ``d``/``dt``/``t``, long/short vowels): a
suggestion that differs by one of these ranks before other edits of the same distance."""

_MIN_PART = 3
"""Shortest first part kept when a suggestion repairs a compound's last part."""
_MAX_PARTS = 4
"""Most parts a compound not in the list may be split into."""
_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class Token:
    """A word in a text: ``text`` is ``source[start:end]`` (Python string indices)."""

    start: int
    end: int
    text: str


def normalise(word: str) -> str:
    """A word as the checker compares it: Unicode NFC, typographic apostrophes straight."""
    word = unicodedata.normalize("NFC", word.strip())
    for mark in _APOSTROPHES[1:]:
        word = word.replace(mark, "'")
    return word


def _skipped(word: str) -> bool:
    """Words never checked: single letters and ALL-CAPS abbreviations (``OCMW``, ``LIVC``)."""
    return len(word) < 2 or word.isupper() or sum(c.isalpha() for c in word) < 2


def tokens(text: str) -> Iterator[Token]:
    """The words of ``text`` that a spell checker should look at, in order.

    Chunks holding digits, ``@``, slashes, file names or web addresses are skipped whole
    (case codes like ``F-2025-0011``, e-mail addresses); single letters and ALL-CAPS
    abbreviations are skipped; a word cut off by a hanging hyphen (``vergader- en
    werkruimte``) is skipped. Apostrophes and hyphens inside a word keep it one token
    (``auto's``, ``d'r``, ``e-mail``); a quote around it does not belong to it.

    >>> [t.text for t in tokens("Op 3/4 mailde jan@voorbeeld.be: 't Kind z'n e-mail-adres, OCMW.")]
    ['Op', 'mailde', 'Kind', "z'n", 'e-mail-adres']
    """
    for start, end, word in _spans(text):
        yield Token(start, end, word)


def _spans(text: str) -> Iterator[tuple[int, int, str]]:
    """:func:`tokens` as (start, end, word) triples: the editor asks for every paragraph
    on every keystroke, so this is kept lean (one pass of each pattern over the text)."""
    skips: list[tuple[int, int]] = []
    for suspect in _NOT_PROSE.finditer(text):
        at = suspect.start()
        if skips and at < skips[-1][1]:
            continue  # the chunk is skipped already
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        match = _RUN.match(text, at)
        skips.append((start, match.end() if match else at))
    skip_index = 0
    skip_start, skip_end = skips[0] if skips else (len(text) + 1, len(text) + 1)
    for match in _WORD.finditer(text):
        start, end = match.span()
        while start >= skip_end:
            skip_index += 1
            if skip_index < len(skips):
                skip_start, skip_end = skips[skip_index]
            else:
                skip_start = skip_end = len(text) + 1
        if skip_start <= start < skip_end:
            continue
        if end < len(text) and text[end] == "-":
            continue  # "vergader- en werkruimte": the hanging part of a shared compound
        word = match.group()
        if _skipped(word):
            continue
        yield start, end, word


@lru_cache(maxsize=4)
def _frequency_ranks(path: Path) -> Mapping[str, int]:
    """Rank of each word in a list ordered most frequent first (``#`` lines skipped)."""
    if not path.is_file():
        return {}
    ranks: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ranks.setdefault(line.strip(), len(ranks))
    return ranks


class WordSet:
    """A compact set of strings for membership tests only: each word is kept as its
    64-bit hash in an open-addressing table (``array('q')``), about 8 MB for OpenTaal's
    400,000 words where a Python ``frozenset`` of them takes some 60 MB.

    Python's ``hash`` of a string is fixed within one process (it is salted per process,
    so the table is built at load, never stored). Two different words sharing a 64-bit
    hash, and so a misspelling passing as a listed word, has a chance of about one in
    10^13 per lookup.
    """

    __slots__ = ("_count", "_mask", "_table")

    def __init__(self, words: Iterable[str] = (), *, capacity: int = 0) -> None:
        size = 16
        while size < 2 * capacity:
            size *= 2
        self._table = array("q", bytes(8 * size))
        self._mask = size - 1
        self._count = 0
        for word in words:
            self.add(word)

    def add(self, word: str) -> None:
        """Put ``word`` in the set (the table grows when half full)."""
        if 2 * (self._count + 1) > len(self._table):
            self._grow()
        key = hash(word) or 1
        table, mask = self._table, self._mask
        slot = key & mask
        while True:
            found = table[slot]
            if found == key:
                return
            if found == 0:
                table[slot] = key
                self._count += 1
                return
            slot = (slot + 1) & mask

    def _grow(self) -> None:
        old = self._table
        self._table = array("q", bytes(16 * len(old)))
        self._mask = len(self._table) - 1
        table, mask = self._table, self._mask
        for key in old:
            if key:
                slot = key & mask
                while table[slot]:
                    slot = (slot + 1) & mask
                table[slot] = key

    def __contains__(self, word: object) -> bool:
        key = hash(word) or 1
        table, mask = self._table, self._mask
        slot = key & mask
        while True:
            found = table[slot]
            if found == key:
                return True
            if found == 0:
                return False
            slot = (slot + 1) & mask

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0


def _lines(path: Path) -> Iterator[str]:
    """The entries of a UTF-8 list file, one a line, ``#`` lines skipped; read line by
    line so that no list of 400,000 strings is ever held."""
    with path.open(encoding="utf-8") as file:  # any line ending (a Windows checkout)
        for line in file:
            line = line.rstrip("\n")
            if line and line[0] != "#":
                yield line


def _count_lines(path: Path) -> int:
    return path.read_bytes().count(b"\n")


class Dictionary:
    """A set of correctly spelled words, with Dutch compounding and suggestions.

    ``words`` are the listed forms as written (proper nouns capitalised). ``parts`` maps
    a lowercase form to where it may stand in a compound written as one word: ``b``
    first, ``m`` in the middle, ``e`` last (OpenTaal's Hunspell flags); ``patterns`` are
    (left, right) pairs that may not meet at a compound's seam. ``ranks`` give the
    frequency rank of common words (lower is more common), to order suggestions.
    """

    def __init__(
        self,
        words: Iterable[str] | WordSet,
        *,
        parts: Mapping[str, str] | None = None,
        patterns: Iterable[tuple[str, str]] = (),
        ranks: Mapping[str, int] | None = None,
    ) -> None:
        if isinstance(words, WordSet):
            self._words = words
        else:
            self._words = WordSet(normalise(w) for w in words if w and not w.startswith("#"))
        parts = parts or {}
        self._begin = WordSet(w for w, where in parts.items() if "b" in where)
        self._middle = WordSet(w for w, where in parts.items() if "m" in where)
        self._end = WordSet(w for w, where in parts.items() if "e" in where)
        self._patterns = tuple(patterns)
        self._ranks = dict(ranks or {})

    @classmethod
    def from_files(
        cls, words: Path, parts: Path | None = None, ranks: Mapping[str, int] | None = None
    ) -> Dictionary:
        """A dictionary of the word list at ``words`` (UTF-8, one word a line in Unicode
        NFC, ``#`` notes) and the compound parts at ``parts`` (``form<TAB>bme`` and
        ``!left<TAB>right`` lines, see ``tools/build_spelling_data.py``)."""
        listed = WordSet(_lines(words), capacity=_count_lines(words))
        dictionary = cls(listed, ranks=ranks)
        if parts is not None:
            capacity = _count_lines(parts)
            begin = WordSet(capacity=capacity)
            middle = WordSet(capacity=capacity)
            end = WordSet(capacity=capacity)
            patterns: list[tuple[str, str]] = []
            for line in _lines(parts):
                form, _tab, where = line.partition("\t")
                if form.startswith("!"):
                    patterns.append((form[1:], where))
                    continue
                if "b" in where:
                    begin.add(form)
                if "m" in where:
                    middle.add(form)
                if "e" in where:
                    end.add(form)
            dictionary._begin, dictionary._middle, dictionary._end = begin, middle, end
            dictionary._patterns = tuple(patterns)
        return dictionary

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def knows(self, word: str) -> bool:
        """Whether ``word`` is listed as written, or capitalised at a sentence start or in
        capitals (``Vergadering``, ``VERGADERING``) with its lowercase form listed."""
        words = self._words
        if word in words:
            return True
        if word[:1].isupper():
            lower = word.lower()
            if lower in words:
                return True
            if word.isupper() and word.capitalize() in words:
                return True
        return False

    def is_compound(self, word: str) -> bool:
        """Whether ``word`` (lowercase) is a compound OpenTaal's rules allow: a part that
        may begin a compound, any parts that may stand in the middle, and a part that may
        end one (``vergaderingsruimte`` = ``vergaderings`` + ``ruimte``), no part twice in
        a row and no forbidden seam."""
        if not self._begin:
            return False
        for cut in range(1, len(word)):
            head = word[:cut]
            if head in self._begin and self._rest(head, word[cut:], _MAX_PARTS - 1):
                return True
        return False

    def _rest(self, previous: str, rest: str, parts: int) -> bool:
        if not self._seam(previous, rest):
            return False
        if rest in self._end and rest != previous:
            return True
        if parts < 2:
            return False
        for cut in range(1, len(rest)):
            part = rest[:cut]
            if (
                part in self._middle
                and part != previous
                and self._rest(part, rest[cut:], parts - 1)
            ):
                return True
        return False

    def _seam(self, left: str, right: str) -> bool:
        """Whether ``left`` may be followed by ``right`` in a compound."""
        return not any(
            left.endswith(end) and right.startswith(start) for end, start in self._patterns
        )

    def rank(self, word: str) -> int:
        """How common ``word`` is: its rank in the frequency list, or past its end."""
        return self._ranks.get(word.lower(), len(self._ranks) + 1)


_BUNDLED: list[Dictionary] = []
_BUNDLED_LOCK = threading.Lock()


def bundled_dictionary() -> Dictionary:
    """The bundled Dutch dictionary (OpenTaal), read on first use and kept for the process.

    Held in memory only; nothing is cached on disk. Safe to call from a worker thread
    (the client loads it off the GUI thread); callers meanwhile wait for the one load.
    Suggestions are ordered with the frequency list of the passphrase gate
    (``assets/strength/nl_words.txt``) when present.
    """
    with _BUNDLED_LOCK:
        if not _BUNDLED:
            _BUNDLED.append(_load_bundled())
        return _BUNDLED[0]


def _load_bundled() -> Dictionary:
    assets = assets_dir("vault")
    ranks = _frequency_ranks(assets / "strength" / "nl_words.txt")
    spelling = assets / "spelling"
    return Dictionary.from_files(
        spelling / "nl_words.txt", spelling / "compound_parts.txt", ranks=ranks
    )


# --------------------------------------------------------------------------- checking
class Speller:
    """A dictionary and a user's own words: checks words and texts, offers suggestions.

    Own words count as written and, capitalised, at a sentence start. Results are cached
    per word (the editor asks the same words again and again); adding a word clears it.
    """

    def __init__(self, dictionary: Dictionary, personal: Iterable[str] = ()) -> None:
        self.dictionary = dictionary
        self._personal = {normalise(w) for w in personal}
        self._personal_lower = {w.lower() for w in self._personal}
        self._cache: dict[str, bool] = {}

    @property
    def personal_words(self) -> frozenset[str]:
        """The user's own words this speller accepts."""
        return frozenset(self._personal)

    def add(self, word: str) -> None:
        """Accept ``word`` from now on (in memory; :func:`add_personal_word` stores it)."""
        word = normalise(word)
        self._personal.add(word)
        self._personal_lower.add(word.lower())
        self._cache.clear()

    def remove(self, word: str) -> None:
        """Stop accepting ``word`` as an own word (in memory)."""
        self._personal.discard(normalise(word))
        self._personal_lower = {w.lower() for w in self._personal}
        self._cache.clear()

    def is_correct(self, word: str) -> bool:
        """Whether ``word`` is spelled correctly (or is an own word, or is never checked).

        Hyphenated words are correct when listed whole or when every part is
        (``LIVC-overleg``: the abbreviation is not checked, ``overleg`` is).
        """
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result = self._check(normalise(word))
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[word] = result
        return result

    def _check(self, word: str) -> bool:
        if _skipped(word) or self._known(word):
            return True
        if word.startswith("'") or word.endswith("'"):
            stripped = word.strip("'")
            return not stripped or _skipped(stripped) or self._known(stripped)
        if "-" in word:
            return all(not part or _skipped(part) or self._known(part) for part in word.split("-"))
        return False

    def _known(self, word: str) -> bool:
        if self.dictionary.knows(word) or word in self._personal:
            return True
        lower = word.lower()
        if word[:1].isupper() and lower in self._personal_lower:
            return True
        if word == lower or word[1:] == lower[1:] or word.isupper():
            return self.dictionary.is_compound(lower)
        return False

    def misspelled(self, text: str) -> list[Token]:
        """The words of ``text`` that are not spelled correctly, in order.

        A hyphenated word whose parts are partly wrong is reported part by part, so only
        the wrong part is underlined.
        """
        wrong: list[Token] = []
        cache = self._cache
        for start, end, word in _spans(text):
            if cache.get(word) or self.is_correct(word):
                continue
            if "-" in word:
                offset = start
                for part in word.split("-"):
                    if part and not self.is_correct(part):
                        wrong.append(Token(offset, offset + len(part), part))
                    offset += len(part) + 1
            else:
                wrong.append(Token(start, end, word))
        return wrong

    def suggestions(self, word: str, limit: int = SUGGESTION_LIMIT) -> list[str]:
        """Up to ``limit`` correctly spelled words close to ``word``, best first.

        Candidates are one edit away (a letter deleted, inserted, replaced or two
        swapped, a space inserted between two words), one of the common Dutch mix-ups
        (:data:`_CONFUSIONS`), or two edits away; a long compound is also repaired in its
        last part. They are ordered by edit distance (a mix-up counts as less than a
        plain edit), then by how common the word is. The case of a capitalised word is
        kept. Takes a few to some tens of milliseconds: call it when a menu opens, never
        per keystroke.
        """
        original = normalise(word)
        if not original or limit <= 0:
            return []
        lower = original.lower()
        capital = original[:1].isupper() and not original.isupper()
        upper = original.isupper() and len(original) > 1
        found: dict[str, float] = {}

        def consider(candidate: str, cost: float) -> None:
            if candidate == lower or not candidate:
                return
            shown = self._as_listed(candidate)
            if shown is None:
                return
            if shown != candidate:
                cost += 0.75  # a proper noun offered for a common word comes later
            best = found.get(shown)
            if best is None or cost < best:
                found[shown] = cost

        for candidate in _confusions(lower):
            consider(candidate, 0.5)
        first = _edits(lower)
        for candidate in first:
            consider(candidate, 1.0)
        for cut in range(_MIN_PART, len(lower) - _MIN_PART + 1):
            head, tail = lower[:cut], lower[cut:]
            if head in self.dictionary and tail in self.dictionary:
                found.setdefault(f"{head} {tail}", 1.5)  # two words run together
        for cut in range(_MIN_PART, len(lower) - _MIN_PART + 1):
            head = lower[:cut]
            if head in self.dictionary:
                for tail in _edits(lower[cut:]) | _confusions(lower[cut:]):
                    if len(tail) >= _MIN_PART and tail in self.dictionary:
                        consider(head + tail, 1.0)
        if len(found) < limit:
            for near in first:
                for candidate in _deletes_and_swaps(near) | _confusions(near):
                    consider(candidate, 2.0)
        for own in self._personal:
            if abs(len(own) - len(lower)) <= 2:
                distance = _distance(own.lower(), lower)
                if distance <= 2:
                    found[own] = min(found.get(own, 9.0), float(distance) - 0.25)

        ranked = sorted(found, key=lambda w: (found[w], self.dictionary.rank(w), w))
        result: list[str] = []
        for candidate in ranked:
            if upper:
                candidate = candidate.upper()
            elif capital:
                candidate = candidate[:1].upper() + candidate[1:]
            if candidate not in result:
                result.append(candidate)
            if len(result) == limit:
                break
        return result

    def _as_listed(self, candidate: str) -> str | None:
        """``candidate`` (lowercase) as the dictionary or own list writes it, if known."""
        if candidate in self.dictionary or candidate in self._personal:
            return candidate
        capital = candidate[:1].upper() + candidate[1:]
        if capital in self.dictionary or capital in self._personal:
            return capital
        return None


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word``: delete, swap, replace, insert."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _ALPHABET if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in _ALPHABET]
    return set(deletes + swaps + replaces + inserts)


def _deletes_and_swaps(word: str) -> set[str]:
    """The cheap second edits: a letter deleted or two neighbours swapped."""
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    found.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    return found


def _confusions(word: str) -> set[str]:
    """``word`` with one common Dutch mix-up undone (each occurrence tried)."""
    found: set[str] = set()
    for wrong, right in _CONFUSIONS:
        start = word.find(wrong)
        while start != -1:
            found.add(word[:start] + right + word[start + len(wrong) :])
            start = word.find(wrong, start + 1)
    return found


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (edits with neighbour swaps) between two words."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


# --------------------------------------------------------------------------- own words
def _checked_word(word: str) -> str:
    word = normalise(word)
    if not word or len(word) > MAX_WORD_LENGTH or any(c.isspace() for c in word):
        raise ValueError("a word for the word list is one word of at most 64 characters")
    if not any(c.isalpha() for c in word):
        raise ValueError("a word for the word list holds letters")
    return word


def _stored(raw: str | None) -> list[str]:
    if not raw:
        return []
    value = json.loads(raw)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValueError(f"vault_meta {PERSONAL_WORDS_KEY!r} is not a list of words")
    return [str(w) for w in value]


def personal_words(vault: Vault) -> list[str]:
    """The user's own word list (names, local words), sorted; kept in the vault."""
    return sorted(_stored(vault.meta(PERSONAL_WORDS_KEY)))


def _write_words(vault: Vault, change: str, add: bool) -> None:
    with vault.transaction() as db:
        row = db.execute("SELECT value FROM vault_meta WHERE key = ?", (PERSONAL_WORDS_KEY,))
        found = row.fetchone()
        words = set(_stored(str(found[0]) if found else None))
        if add:
            if change in words:
                return
            if len(words) >= MAX_PERSONAL_WORDS:
                raise ValueError("the word list is full")
            words.add(change)
        else:
            if change not in words:
                return
            words.discard(change)
        if words:
            db.execute(
                "INSERT INTO vault_meta(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (PERSONAL_WORDS_KEY, json.dumps(sorted(words), ensure_ascii=False)),
            )
        else:
            db.execute("DELETE FROM vault_meta WHERE key = ?", (PERSONAL_WORDS_KEY,))


def add_personal_word(vault: Vault, word: str) -> str:
    """Add ``word`` to the user's own word list in the vault; returns it as stored.

    One word (no spaces) of at most 64 characters with a letter; adding it twice is
    harmless. Raises ``ValueError`` for anything else.
    """
    checked = _checked_word(word)
    _write_words(vault, checked, add=True)
    return checked


def remove_personal_word(vault: Vault, word: str) -> None:
    """Take ``word`` off the user's own word list (nothing happens if it is not there)."""
    _write_words(vault, normalise(word), add=False)


def speller_for(vault: Vault) -> Speller:
    """A :class:`Speller` with the bundled dictionary and this vault's own words."""
    return Speller(bundled_dictionary(), personal_words(vault))
