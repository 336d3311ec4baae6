"""How hard a passphrase is to guess, the one rule for a new one, and generated passphrases.

:func:`assess` is the single gate for every new secret, in the desktop client (create,
change passphrase, PDF password) and on the command line (``create``, ``passwd``): it
returns a :class:`Strength` whose ``acceptable`` is the verdict under a :class:`Policy`.

**The measure.** zxcvbn (its matchers and its guess arithmetic) taught what a Flemish or
Brussels attacker tries first, as ranked dictionaries (``vault/strength_data.py``): Dutch
and French words by frequency, Belgian first names, surnames and places, common Dutch and
French passwords, published example passphrases, Tafelboek's and the LIVC's own words,
and the user's own words (``personal``); years up to 2049; Belgian AZERTY and German
QWERTZ keyboard walks. The estimate is the *smallest* of three:

* zxcvbn's guesses for the text as typed;
* the same without separators (spaces, hyphens, dots, underscores): an attacker tries
  ``de kat zit op de mat`` and ``dekatzitopdemat`` alike;
* the price of the cheapest *chain* of known pieces in that squeezed text: the product of
  each piece's own guesses (a word's rank, a year's span, a walk's count, 10 per unknown
  character). zxcvbn adds an ordering factor and a growing penalty per piece (10^4 for
  each piece after the first) that make any sentence of five common words look strong;
  an attacker with a Dutch word list and a language model tries sentences of common
  words long before random chains, so the chain is priced without them.

**The bar.** A vault passphrase needs an estimate of at least 10^14 guesses
(:data:`VAULT_POLICY`; zxcvbn's own score 4 starts at 10^10) and 12 characters: each guess
costs a full Argon2id derivation (256 MiB, about a second on the user's laptop, some
hundreds per second on a large GPU), so 10^14 guesses are thousands of GPU-years. A PDF
password protects one document in transit whose check costs a few SHA-2 rounds, not
Argon2id; it needs 10^12 guesses and 10 characters (:data:`PDF_POLICY`;
``docs/threat-model.md`` explains the trade-off) and should be generated.

**Generated passphrases** (:func:`generate_passphrase`) are words drawn with
:mod:`secrets` from a bundled list of 8,192 common Dutch words (13 bits each): 6 words
(78 bits) for a vault, 4 words (52 bits) for a PDF.

The result holds no text of the passphrase — only a score and *keys* of feedback, which
the client words in Dutch or English (:class:`Feedback`).

Example::

    >>> assess("wachtwoord").score
    0
    >>> assess("paard batterij nietje correct").acceptable
    False
    >>> assess(generate_passphrase()).acceptable
    True
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import math
import os
import platform
import re
import secrets
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vault.strength_data import generator_words, keyboards, ranked_dictionaries

if TYPE_CHECKING:
    from vault.store import Vault


@dataclass(frozen=True, slots=True)
class Policy:
    """What a new secret must reach."""

    name: str
    min_guesses_log10: float
    """Estimated guesses needed, as a power of ten."""
    min_length: int
    """Characters needed whatever the estimate: short ones fall to plain brute force."""
    generated_words: int
    """Words in a generated passphrase for this use."""


VAULT_POLICY = Policy("vault", 14.0, 12, 6)
"""A vault passphrase: ≥ 10^14 estimated guesses, ≥ 12 characters; generated: 6 words."""

PDF_POLICY = Policy("pdf", 12.0, 10, 4)
"""A PDF password: ≥ 10^12 estimated guesses, ≥ 10 characters; generated: 4 words."""

MIN_SCORE = 3
"""The score (0–4, relative to the policy's bar) an acceptable secret has: 3 is the bar
itself, 4 is 10^4 times more; 2, 1 and 0 are 10^3, 10^6 and more below it."""

MIN_LENGTH = VAULT_POLICY.min_length
"""Characters a new vault passphrase needs."""

MAX_ASSESSED = 72
"""zxcvbn refuses longer input; a longer passphrase is judged on its first 72 characters
(which only underestimates it)."""

_SEPARATORS = re.compile(r"[\s\-_.]+")
_RECENT_YEAR = re.compile(r"19\d\d|20[0-4]\d")
"""zxcvbn 4.5 knows years up to 2019 only; people write this year and the next."""
_BRUTEFORCE_PER_CHARACTER = 10
"""zxcvbn's price of one character that no pattern explains."""


class Feedback(StrEnum):
    """What the user could change; worded by the client (Dutch first)."""

    TOO_SHORT = "too_short"
    COMMON_PASSWORD = "common_password"  # noqa: S105 - a feedback key, not a password
    SIMILAR_TO_COMMON = "similar_to_common"
    SINGLE_WORD = "single_word"
    NAMES = "names"
    PLACES = "places"
    PERSONAL = "personal"
    DATES = "dates"
    YEARS = "years"
    REPEATS = "repeats"
    SEQUENCES = "sequences"
    KEYBOARD = "keyboard"
    SUBSTITUTIONS = "substitutions"
    ADD_WORDS = "add_words"


@dataclass(frozen=True, slots=True)
class Strength:
    """The verdict on one passphrase."""

    score: int
    """0 (very weak) … 4 (very strong), relative to the policy's bar (:data:`MIN_SCORE`)."""
    guesses_log10: float
    """Estimated guesses needed, as a power of ten."""
    feedback: tuple[Feedback, ...]
    """What to change, most important first; empty when the passphrase is acceptable."""
    policy: Policy = VAULT_POLICY
    """The rule it was judged by."""

    @property
    def acceptable(self) -> bool:
        """Strong enough for its use: the policy's guesses and length."""
        return self.score >= MIN_SCORE and Feedback.TOO_SHORT not in self.feedback


def _fold(word: str) -> str:
    """Lowercase without accents: 'Chloë' and 'chloe' are the same guess."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def personal_words(texts: Iterable[str]) -> list[str]:
    """Split names and places ('Jan De Smet', 'Sint-Niklaas') into guessable words."""
    words: list[str] = []
    for text in texts:
        folded = _fold(text)
        for part in re.split(r"[^\w]+|_", folded):
            if len(part) >= 2 and part not in words:
                words.append(part)
        joined = re.sub(r"[^\w]+", "", folded)
        if len(joined) >= 3 and joined not in words:
            words.append(joined)
    return words


def local_personal_words() -> list[str]:
    """What this computer says about its user: login, full name, computer name.

    Town-hall laptops are often named after the municipality; a passphrase built from
    those words is among an attacker's first guesses.
    """
    words: list[str] = []
    with contextlib.suppress(OSError, KeyError):  # no login name in this environment
        words.append(getpass.getuser())
    if sys.platform != "win32":
        try:
            import pwd

            gecos = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0]
            if gecos:
                words.append(gecos)
        except (KeyError, OSError):
            pass
    else:
        full = os.environ.get("USERNAME", "")
        if full:
            words.append(full)
    node = platform.node()
    if node:
        words.append(node)
    return words


def vault_file_words(path: Path) -> list[str]:
    """The vault's own name: its file name and folder ('Mechelen-LIVC.tafelboek')."""
    return [path.stem, path.parent.name]


MAX_VAULT_WORDS = 400
"""People and cells taken from an open vault for the gate (zxcvbn slows with thousands)."""


def vault_personal_words(vault: Vault) -> list[str]:
    """Names, organisations and cells in an open vault: the user's own world, which an
    attacker who knows the municipality would try first. The user's own entry first."""
    from vault.cells import list_cells
    from vault.errors import VaultError
    from vault.people import list_people

    try:
        people = list_people(vault)
        cells = list_cells(vault)
    except VaultError:
        return []
    people.sort(key=lambda person: not person.is_self)
    words: list[str] = []
    for person in people:
        words += [person.name, person.organisation]
    words += [cell.name for cell in cells]
    return [w for w in words if w][:MAX_VAULT_WORDS]


def forget_personal_words() -> None:
    """Drop words zxcvbn may keep in its module globals.

    ``zxcvbn.zxcvbn()`` stores ``user_inputs`` in a module-level dictionary until its next
    call, where the names of people and cells from the vault would stay after the dialog
    closed and after a lock (security review L5). :func:`assess` passes its dictionaries
    to zxcvbn's matchers directly and never fills that global, but still clears it after
    every assessment in case anything else called zxcvbn; harmless when zxcvbn was never
    loaded.
    """
    matching = sys.modules.get("zxcvbn.matching")
    if matching is not None:
        getattr(matching, "RANKED_DICTIONARIES", {}).pop("user_inputs", None)


# ------------------------------------------------------------------ matching
@functools.cache
def _public_index() -> tuple[dict[str, tuple[tuple[str, int], ...]], int]:
    """Every public dictionary (zxcvbn's English lists and ours) merged into one index:
    word → (dictionary, rank) pairs, and the longest word. One lookup per substring
    instead of one per dictionary keeps judging a keystroke quick."""
    from zxcvbn import matching

    index: dict[str, list[tuple[str, int]]] = {}
    tables = {k: v for k, v in matching.RANKED_DICTIONARIES.items() if k != "user_inputs"}
    tables.update(ranked_dictionaries())
    for name, table in tables.items():
        for word, rank in table.items():
            index.setdefault(word, []).append((name, rank))
    longest = max(len(word) for word in index)
    return {word: tuple(hits) for word, hits in index.items()}, longest


def _dictionary_match(text: str, personal: dict[str, int]) -> list[dict[str, Any]]:
    """zxcvbn's ``dictionary_match`` over the merged index (same matches, faster)."""
    index, longest = _public_index()
    longest = max(longest, max(map(len, personal), default=0))
    lower = text.lower()
    found: list[dict[str, Any]] = []
    for i in range(len(lower)):
        for j in range(i, min(len(lower), i + longest)):
            word = lower[i : j + 1]
            hits = index.get(word, ())
            if word in personal:
                hits = (*hits, ("user_inputs", personal[word]))
            for name, rank in hits:
                found.append(
                    {
                        "pattern": "dictionary",
                        "i": i,
                        "j": j,
                        "token": text[i : j + 1],
                        "matched_word": word,
                        "rank": rank,
                        "dictionary_name": name,
                        "reversed": False,
                        "l33t": False,
                    }
                )
    return found


def _reverse_dictionary_match(text: str, personal: dict[str, int]) -> list[dict[str, Any]]:
    """zxcvbn's ``reverse_dictionary_match`` over the merged index."""
    found = _dictionary_match(text[::-1], personal)
    last = len(text) - 1
    for match in found:
        match["token"] = match["token"][::-1]
        match["reversed"] = True
        match["i"], match["j"] = last - match["j"], last - match["i"]
    return found


def _dictionaries(personal: list[str]) -> dict[str, dict[str, int]]:
    """zxcvbn's English lists, ours, and the user's words (a fresh dict every call)."""
    from zxcvbn import matching

    tables = {k: v for k, v in matching.RANKED_DICTIONARIES.items() if k != "user_inputs"}
    tables.update(ranked_dictionaries())
    tables["user_inputs"] = {word: rank for rank, word in enumerate(personal, 1)}
    return tables


def _keyboard_guesses(match: dict[str, Any], graph: dict[str, list[str | None]]) -> int:
    """zxcvbn's count of walks on ``graph`` up to this one's length and turns."""
    starts = len(graph)
    degree = sum(len([n for n in around if n]) for around in graph.values()) / starts
    length, turns = len(match["token"]), int(match["turns"])
    guesses = 0.0
    for i in range(2, length + 1):
        for j in range(1, min(turns, i - 1) + 1):
            guesses += math.comb(i - 1, j - 1) * starts * degree**j
    shifted = int(match.get("shifted_count", 0))
    if shifted:
        unshifted = length - shifted
        if unshifted == 0:
            guesses *= 2
        else:
            guesses *= sum(math.comb(length, i) for i in range(1, min(shifted, unshifted) + 1))
    return max(int(guesses), 1)


def _matches(text: str, tables: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
    """zxcvbn's matches of ``text`` with our dictionaries, keyboards and years."""
    from zxcvbn import matching

    found: list[dict[str, Any]] = []
    personal = tables["user_inputs"]
    found += _dictionary_match(text, personal)
    found += _reverse_dictionary_match(text, personal)
    found += matching.l33t_match(text, tables)
    found += matching.spatial_match(text)
    for name, graph in keyboards().items():
        for walk in matching.spatial_match_helper(text, graph, name):
            floor = 1 if len(walk["token"]) == len(text) else 50
            walk["guesses"] = max(_keyboard_guesses(walk, graph), floor)
            walk["guesses_log10"] = math.log10(walk["guesses"])
            found.append(walk)
    for repeat in matching.repeat_match(text):
        # zxcvbn scores the repeated part with its own lists only: use ours.
        base = _best_sequence(repeat["base_token"], tables)
        repeat["base_guesses"] = base["guesses"]
        repeat["base_matches"] = base["sequence"]
        found.append(repeat)
    found += matching.sequence_match(text)
    found += matching.regex_match(text, _regexen={"recent_year": _RECENT_YEAR})
    found += matching.date_match(text)
    return sorted(found, key=lambda m: (m["i"], m["j"]))


def _best_sequence(text: str, tables: dict[str, dict[str, int]]) -> dict[str, Any]:
    from zxcvbn import scoring

    result: dict[str, Any] = scoring.most_guessable_match_sequence(text, _matches(text, tables))
    return result


def _piece_log10(match: dict[str, Any], text: str) -> float:
    """log10 of one piece's own guesses: a word is worth its rank (no submatch floor)."""
    from zxcvbn import scoring

    if match["pattern"] == "dictionary":
        return math.log10(max(float(scoring.dictionary_guesses(match)), 1.0))
    return math.log10(float(scoring.estimate_guesses(match, text)))


def _chain(text: str, matches: list[dict[str, Any]]) -> tuple[float, list[dict[str, Any]]]:
    """The cheapest chain of pieces covering ``text``: log10 of the product of their
    guesses, unknown characters at 10 each, and the chain itself."""
    n = len(text)
    best = [0.0] + [math.inf] * n  # best[k]: cheapest cover of text[:k]
    last: list[dict[str, Any] | None] = [None] * (n + 1)
    ending: list[list[dict[str, Any]]] = [[] for _ in range(n)]
    for match in matches:
        ending[match["j"]].append(match)
    per_character = math.log10(_BRUTEFORCE_PER_CHARACTER)
    for k in range(1, n + 1):
        for i in range(k):  # text[i:k] as unknown characters
            cost = best[i] + (k - i) * per_character
            if cost < best[k]:
                best[k], last[k] = cost, {"pattern": "bruteforce", "i": i, "j": k - 1}
        for match in ending[k - 1]:
            cost = best[match["i"]] + _piece_log10(match, text)
            if cost < best[k]:
                best[k], last[k] = cost, match
    chain: list[dict[str, Any]] = []
    k = n
    while k > 0:
        piece = last[k]
        assert piece is not None
        chain.insert(0, piece)
        k = piece["i"]
    return best[n], chain


# ------------------------------------------------------------------ feedback
_DICTIONARY_FEEDBACK: dict[str, Feedback] = {
    "passwords": Feedback.COMMON_PASSWORD,
    "passwords_be": Feedback.COMMON_PASSWORD,
    "examples": Feedback.COMMON_PASSWORD,
    "own_words": Feedback.PERSONAL,
    "user_inputs": Feedback.PERSONAL,
    "surnames": Feedback.NAMES,
    "male_names": Feedback.NAMES,
    "female_names": Feedback.NAMES,
    "be_first_names": Feedback.NAMES,
    "be_surnames": Feedback.NAMES,
    "be_places": Feedback.PLACES,
}

_WORD_LISTS = frozenset({"nl_words", "fr_words", "english_wikipedia", "us_tv_and_film"})


def _feedback_of(sequence: list[dict[str, Any]]) -> list[Feedback]:
    """What the cheapest reading of the passphrase leans on, in the order it appears."""
    found: list[Feedback] = []
    words = 0
    for match in sequence:
        pattern = match.get("pattern")
        if pattern == "dictionary":
            words += 1
            name = str(match.get("dictionary_name", ""))
            if name in _DICTIONARY_FEEDBACK:
                found.append(_DICTIONARY_FEEDBACK[name])
            if match.get("l33t"):
                found.append(Feedback.SUBSTITUTIONS)
        elif pattern == "spatial":
            found.append(Feedback.KEYBOARD)
        elif pattern == "repeat":
            found.append(Feedback.REPEATS)
        elif pattern == "sequence":
            found.append(Feedback.SEQUENCES)
        elif pattern == "regex" and match.get("regex_name") == "recent_year":
            found.append(Feedback.YEARS)
        elif pattern == "date":
            found.append(Feedback.DATES)
    if words == 1 and len(sequence) == 1 and sequence[0].get("dictionary_name") in _WORD_LISTS:
        found.append(Feedback.SINGLE_WORD)
    return found


def _score(guesses_log10: float, policy: Policy) -> int:
    margin = guesses_log10 - policy.min_guesses_log10
    if margin >= 4:
        return 4
    if margin >= 0:
        return 3
    if margin >= -3:
        return 2
    if margin >= -6:
        return 1
    return 0


# ------------------------------------------------------------------ the gate
def assess(
    passphrase: str, personal: Iterable[str] = (), policy: Policy = VAULT_POLICY
) -> Strength:
    """Judge ``passphrase`` for ``policy``; ``personal`` are texts about the user and the
    vault (names, municipality, the vault's file name, people and cells in it).

    Pure and quick (a few milliseconds after the lists are loaded on the first call):
    call it on every keystroke.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0, 0.0, (Feedback.TOO_SHORT,), policy)
    tables = _dictionaries(personal_words(personal))
    try:
        typed = text[:MAX_ASSESSED]
        squeezed = _SEPARATORS.sub("", text)[:MAX_ASSESSED] or typed
        candidates: list[tuple[float, list[dict[str, Any]]]] = []
        as_typed = _best_sequence(typed, tables)
        candidates.append((float(as_typed["guesses_log10"]), as_typed["sequence"]))
        squeezed_matches = _matches(squeezed, tables)
        if squeezed != typed:
            from zxcvbn import scoring

            result = scoring.most_guessable_match_sequence(squeezed, squeezed_matches)
            candidates.append((float(result["guesses_log10"]), result["sequence"]))
        candidates.append(_chain(squeezed, squeezed_matches))
    finally:
        tables.clear()
        forget_personal_words()
    guesses_log10, sequence = min(candidates, key=lambda c: c[0])
    guesses_log10 = max(guesses_log10, 0.0)
    score = _score(guesses_log10, policy)
    feedback = _feedback_of(sequence)
    if len(text) < policy.min_length:
        feedback.insert(0, Feedback.TOO_SHORT)
        score = min(score, MIN_SCORE - 1)
    if score >= MIN_SCORE:
        return Strength(score, guesses_log10, (), policy)
    feedback.append(Feedback.ADD_WORDS)
    return Strength(score, guesses_log10, tuple(dict.fromkeys(feedback)), policy)


# ------------------------------------------------------------------ generated passphrases
def generated_bits(words: int) -> float:
    """Entropy of a generated passphrase of ``words`` words, in bits."""
    return words * math.log2(len(generator_words()))


def generate_passphrase(policy: Policy = VAULT_POLICY) -> str:
    """A passphrase of ``policy.generated_words`` words from the bundled Dutch list,
    drawn with :mod:`secrets` and separated by spaces: 6 words (78 bits) for a vault,
    4 words (52 bits) for a PDF.

    A draw that :func:`assess` would refuse (its words happen to be cheap together) is
    drawn again, so the result always passes the gate; that happens too rarely to cost a
    measurable fraction of a bit.
    """
    words = generator_words()
    while True:
        phrase = " ".join(secrets.choice(words) for _ in range(policy.generated_words))
        if assess(phrase, policy=policy).acceptable:
            return phrase
