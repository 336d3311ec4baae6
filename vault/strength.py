"""How hard a passphrase is to guess: zxcvbn, taught Dutch and the user's own words.

zxcvbn only knows English dictionaries. A Flemish civil servant's passphrase is far more
likely to be built from Dutch words, Belgian places and the names around them, so
:func:`assess` passes a list of common Dutch words and Belgian place names
(:data:`DUTCH_COMMON`) plus the words personal to this user (their name, municipality,
colleagues) as zxcvbn's ``user_inputs``: such words then count as cheap guesses.

The result holds no text of the passphrase — only a score and *keys* of feedback, which
the client words in Dutch or English (:class:`Feedback`).

Example::

    >>> assess("wachtwoord").score
    0
    >>> assess("paard batterij nietje correct").acceptable
    False
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

MIN_SCORE = 3
"""zxcvbn score (0–4) a new passphrase needs: at least 10^8 guesses, each costing the
attacker a full Argon2id derivation."""

MIN_LENGTH = 12
"""Characters a new passphrase needs whatever its score: short ones fall to brute force."""

PERSONAL_ENOUGH_LOG10 = 12.0
"""A passphrase that uses the user's own words still counts as strong above 10^12 guesses
(the rest of it carries the weight)."""

MAX_ASSESSED = 72
"""zxcvbn refuses longer input; a longer passphrase is judged on its first 72 characters
(which only underestimates it)."""


class Feedback(StrEnum):
    """What the user could change; worded by the client (Dutch first)."""

    TOO_SHORT = "too_short"
    COMMON_PASSWORD = "common_password"  # noqa: S105 - a feedback key, not a password
    SIMILAR_TO_COMMON = "similar_to_common"
    SINGLE_WORD = "single_word"
    NAMES = "names"
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
    """0 (very weak) … 4 (strong), zxcvbn's scale after the length rule."""
    guesses_log10: float
    """Estimated guesses needed, as a power of ten."""
    feedback: tuple[Feedback, ...]
    """What to change, most important first; empty when nothing needs saying."""

    @property
    def acceptable(self) -> bool:
        """Strong enough for a new vault (score and length)."""
        return self.score >= MIN_SCORE and Feedback.TOO_SHORT not in self.feedback


# Common Dutch words and Belgian place names. Written for this project: function words,
# frequent nouns and verbs, the words people build passwords from, and the places and
# clubs a Flemish user is likely to use. Ranked roughly by frequency (earlier = cheaper).
DUTCH_COMMON: tuple[str, ...] = tuple(
    """
    wachtwoord paswoord welkom geheim hallo test admin gebruiker login toegang
    de het een en van in is op te dat die niet met zijn voor er aan ook als maar om
    hij zij ze we wij ik je jij u mijn uw ons onze hun haar zijn was bij nog wel naar
    dan of al tot uit door over kan wordt moet heeft hebben worden waren kunnen zou
    geen meer veel heel goed nu hier daar waar wat wie hoe zo toch weer want
    jaar dag week maand tijd leven huis thuis werk school kind kinderen man vrouw
    mama papa moeder vader broer zus oma opa baby schat liefje liefde lief hart
    vriend vriendin familie naam stad dorp land straat water zon maan ster hemel
    zomer winter lente herfst maandag dinsdag woensdag donderdag vrijdag zaterdag
    zondag januari februari maart april mei juni juli augustus september oktober
    november december kerst pasen nieuwjaar verjaardag vakantie weekend
    hond kat paard koe vis vogel konijn beer leeuw tijger draak muis
    rood blauw groen geel zwart wit oranje paars roze grijs bruin
    een twee drie vier vijf zes zeven acht negen tien honderd duizend
    voetbal wielrennen koers fiets auto trein bus boot vliegtuig
    bier frieten chocolade wafel koffie thee water brood kaas
    zit mat lig sta loop ren kom ga zeg doe heb ben wil mag zal
    geluk gezondheid vrede vrijheid sterk snel groot klein mooi nieuw oud
    zeggen gaan komen doen zien weten maken nemen geven lopen spelen eten drinken
    slapen werken lezen schrijven denken vinden houden blijven staan zitten liggen
    gemeente stadhuis politie school zorg jeugd jongeren welzijn preventie
    burgemeester schepen raad overleg tafel cel dossier casus vergadering
    veiligheid radicalisering integratie samenleving buurt wijk
    belgie vlaanderen brussel antwerpen gent brugge leuven mechelen aalst kortrijk
    hasselt genk oostende sint-niklaas roeselare turnhout dendermonde vilvoorde
    lier herentals geel mol beveren lokeren ninove halle tienen diest tongeren
    ieper knokke blankenberge waregem harelbeke menen tielt izegem deinze eeklo
    limburg brabant antwerpse gentse brugse leuvense wallonie luik namen bergen
    anderlecht molenbeek schaerbeek elsene ukkel vorst jette
    schelde leie maas ijzer dijle demer nete durme
    club anderlecht standard genk gent antwerp beerschot kv mechelen cercle
    rode duivels tafelboek livc
    """.split()  # noqa: SIM905 - a word list reads better as text
)


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


_WARNINGS: dict[str, Feedback] = {
    "This is a top-10 common password.": Feedback.COMMON_PASSWORD,
    "This is a top-100 common password.": Feedback.COMMON_PASSWORD,
    "This is a very common password.": Feedback.COMMON_PASSWORD,
    "This is similar to a commonly used password.": Feedback.SIMILAR_TO_COMMON,
    "A word by itself is easy to guess.": Feedback.SINGLE_WORD,
    "Names and surnames by themselves are easy to guess.": Feedback.NAMES,
    "Common names and surnames are easy to guess.": Feedback.NAMES,
    "Dates are often easy to guess.": Feedback.DATES,
    "Recent years are easy to guess.": Feedback.YEARS,
    'Repeats like "aaa" are easy to guess.': Feedback.REPEATS,
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': Feedback.REPEATS,
    'Sequences like "abc" or "6543" are easy to guess.': Feedback.SEQUENCES,
    "Straight rows of keys are easy to guess.": Feedback.KEYBOARD,
    "Short keyboard patterns are easy to guess.": Feedback.KEYBOARD,
}


def _feedback_of(result: dict[str, Any], personal_hit: bool) -> list[Feedback]:
    found: list[Feedback] = []
    if personal_hit:
        found.append(Feedback.PERSONAL)
    raw = result.get("feedback")
    if isinstance(raw, dict):
        warning = raw.get("warning")
        if isinstance(warning, str) and warning in _WARNINGS:
            found.append(_WARNINGS[warning])
        suggestions = raw.get("suggestions")
        if isinstance(suggestions, list):
            for text in suggestions:
                if not isinstance(text, str):
                    continue
                if text.startswith("Predictable substitutions"):
                    found.append(Feedback.SUBSTITUTIONS)
                elif text.startswith("Avoid dates") or text.startswith("Avoid years"):
                    found.append(Feedback.DATES)
    return found


def _weakest(text: str, inputs: list[str]) -> dict[str, Any]:
    """zxcvbn's verdict on the text, and on it without spaces: the weaker one counts.

    zxcvbn prices a space as a random symbol, so 'de kat zit op de mat' would look far
    stronger than 'dekatzitopdemat' although an attacker tries both the same way.
    """
    import zxcvbn  # its dictionaries load on first use, not at start-up

    try:
        results = [zxcvbn.zxcvbn(text[:MAX_ASSESSED], user_inputs=inputs)]
        squeezed = re.sub(r"\s+", "", text)
        if squeezed and squeezed != text:
            results.append(zxcvbn.zxcvbn(squeezed[:MAX_ASSESSED], user_inputs=inputs))
    finally:
        forget_personal_words()
    return min(results, key=lambda r: float(r["guesses_log10"]))


def forget_personal_words() -> None:
    """Drop the words zxcvbn keeps from its last call.

    zxcvbn stores ``user_inputs`` in a module-level dictionary until the next call: the
    names of people, organisations and cells from the vault would stay in memory after
    the dialog closed and after a lock (security review L5). Called after every
    assessment; harmless when zxcvbn was never loaded.
    """
    matching = sys.modules.get("zxcvbn.matching")
    if matching is not None:
        getattr(matching, "RANKED_DICTIONARIES", {}).pop("user_inputs", None)


def _uses_personal_words(result: dict[str, Any], own: set[str]) -> bool:
    sequence = result.get("sequence")
    if not isinstance(sequence, list) or not own:
        return False
    for match in sequence:
        if (
            isinstance(match, dict)
            and match.get("dictionary_name") == "user_inputs"
            and match.get("matched_word") in own
        ):
            return True
    return False


def assess(passphrase: str, personal: Iterable[str] = ()) -> Strength:
    """Judge ``passphrase``; ``personal`` are texts about the user (names, municipality).

    Pure and quick (a few milliseconds): call it on every keystroke.
    """
    text = unicodedata.normalize("NFC", passphrase)
    own = personal_words(personal)
    inputs = list(dict.fromkeys([*own, *DUTCH_COMMON]))
    if not text:
        return Strength(0, 0.0, (Feedback.TOO_SHORT,))
    result = _weakest(text, inputs)
    score = int(result["score"])
    guesses_log10 = float(result["guesses_log10"])
    personal_hit = _uses_personal_words(result, set(own))
    feedback = _feedback_of(result, personal_hit)
    if personal_hit and guesses_log10 < PERSONAL_ENOUGH_LOG10:
        score = min(score, MIN_SCORE - 1)  # a targeted attacker tries these words first
    if len(text) < MIN_LENGTH:
        feedback.insert(0, Feedback.TOO_SHORT)
        score = min(score, MIN_SCORE - 1)
    if score < MIN_SCORE and Feedback.ADD_WORDS not in feedback:
        feedback.append(Feedback.ADD_WORDS)
    return Strength(score, guesses_log10, tuple(dict.fromkeys(feedback)))
