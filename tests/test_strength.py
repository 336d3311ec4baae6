"""Passphrase strength: zxcvbn taught Dutch and French words, Belgian names and places,
keyboards and the user's own names; the one gate for vault passphrases and PDF passwords;
generated passphrases (security review H1, M6, M7)."""

from __future__ import annotations

import doctest
import math
import re
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from hypothesis import given, settings
from hypothesis import strategies as st

import vault.strength
from vault.strength import (
    MAX_ASSESSED,
    MIN_LENGTH,
    MIN_SCORE,
    PDF_POLICY,
    VAULT_POLICY,
    Feedback,
    assess,
    generate_passphrase,
    generated_bits,
    personal_words,
)
from vault.strength_data import (
    DICTIONARY_FILES,
    GENERATOR_SIZE,
    generator_words,
    ranked_dictionaries,
    strength_dir,
)

CORPUS = Path(__file__).with_name("weak_passphrases.txt")
CORPUS_PERSONAL = [
    "Jan Peeters",
    "Mechelen",
    "jpeeters",
    "LT-MECH-042",
    "Vault Mechelen LIVC",
    "mechelen-livc.tafelboek",
]
"""The user, the municipality and the vault that the corpus's personal lines are about."""


def weak_corpus() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").split("\n")
    return [line for line in lines if line.strip() and not line.startswith("#")]


STRONG = [
    PASSPHRASE,
    "Zwaluw vouwt origami bij maanlicht",
    "zeven lange woorden voor een sterke kluis vandaag",
    "mijn fiets heeft drie paarse wielen sinds maart",
    "grijze walrus verkoopt tulpen aan piraten",
    "De bakker fluit jazz onder een paarse brug",
    "X#9q!vZ2kLm@wP4",
]
"""Passphrases a careful person makes up: accepted for a vault."""


@pytest.mark.parametrize(
    "weak",
    [
        "wachtwoord",
        "Welkom2026!",
        "wachtwoord123",
        "azertyuiop123",
        "brugge12345678",
        "aaaaaaaaaaaaaaaa",
        "Zomer2026!!",  # zxcvbn 4.5 alone does not know years after 2019
    ],
)
def test_common_dutch_and_patterned_passphrases_are_refused(weak: str) -> None:
    strength = assess(weak)
    assert not strength.acceptable
    assert strength.score < MIN_SCORE
    assert strength.feedback  # always says what to change


def test_dutch_words_make_a_guess_cheaper_than_zxcvbn_alone_thinks() -> None:
    # 'welkom' and 'geheim' are unknown to zxcvbn's English lists; ours make them cheap.
    import zxcvbn

    plain = zxcvbn.zxcvbn("welkomgeheim")["guesses_log10"]
    assert assess("welkomgeheim").guesses_log10 < plain - 2


def test_the_users_own_name_and_municipality_weaken_a_passphrase() -> None:
    text = "JanFictiegem2025"
    alone = assess(text)
    personal = assess(text, ["Jan Voorbeeld", "Fictiegem"])
    assert personal.guesses_log10 < alone.guesses_log10
    assert Feedback.PERSONAL in personal.feedback
    assert not personal.acceptable


def test_a_sentence_of_uncommon_words_is_accepted() -> None:
    for text in STRONG:
        strength = assess(text)
        assert strength.acceptable, text
        assert strength.guesses_log10 >= VAULT_POLICY.min_guesses_log10
        assert strength.feedback == ()


def test_every_passphrase_of_the_weak_corpus_is_refused() -> None:
    """Security review H1: the eleven accepted rows, the doctest example and 200 more
    realistic choices (names, municipalities, keyboard walks, words with years and
    symbols, dates, l33t, sentences of common words, the vault's own names)."""
    corpus = weak_corpus()
    assert len(corpus) >= 200
    assert len(set(corpus)) == len(corpus)
    accepted = [text for text in corpus if assess(text, CORPUS_PERSONAL).acceptable]
    assert accepted == []
    # Most of them need no personal word at all to fall: names and places are bundled.
    without = [text for text in corpus if assess(text).acceptable]
    assert without == []
    for text in corpus:
        strength = assess(text, CORPUS_PERSONAL)
        assert strength.score < MIN_SCORE and strength.feedback, text


def test_the_reviews_accepted_rows_are_in_the_corpus() -> None:
    review = {
        "Welkom123!Welkom",
        "Wachtwoord2025!!",
        "Radicalisering2026!",
        "Gemeentehuis2026!",
        "Brugge2026!brugge",
        "Sofie&Lucas2015",
        "mijnkindLucas2015",
        "ikhouvanmijnkinderen",
        "Voorjaar2026!Mechelen",
        "LIVC-overleg-2026",
        "de kat zit op de mat",
        "paard batterij nietje correct",
        "azertyuiopqsdfghjklm",
        "Janssens Peeters Maes",
    }
    assert review <= set(weak_corpus())


def test_the_modules_own_examples_hold() -> None:
    """The docstring's examples run (review L10: the doctest was never run)."""
    result = doctest.testmod(vault.strength, raise_on_error=False, verbose=False)
    assert result.attempted >= 3
    assert result.failed == 0


def test_a_chain_of_common_words_is_priced_as_a_chain() -> None:
    # zxcvbn's own arithmetic adds 10^4 per extra word, so five very common words look
    # strong to it; priced as an attacker with a Dutch word list prices them, they fall.
    from zxcvbn import scoring

    text = "ikhouvanmijnkinderen"
    strength = assess("ik hou van mijn kinderen")
    assert not strength.acceptable
    assert scoring.MIN_GUESSES_BEFORE_GROWING_SEQUENCE**4 >= 10**14  # 5 pieces: ≥ 10^16
    assert strength.guesses_log10 < 10
    assert assess(text).guesses_log10 < 10


def test_belgian_keyboards_names_places_and_years_are_named_in_the_feedback() -> None:
    assert Feedback.KEYBOARD in assess("qsdfghjklmù").feedback  # AZERTY home row
    assert Feedback.KEYBOARD in assess("yxcvbnm,.-").feedback  # QWERTZ bottom row
    assert Feedback.NAMES in assess("Vandenbroucke Claes").feedback
    assert Feedback.PLACES in assess("Sint-Truiden Zonhoven").feedback
    assert Feedback.YEARS in assess("Zomerkamp2031").feedback
    assert Feedback.COMMON_PASSWORD in assess("Motdepasse123!").feedback


def test_the_pdf_policy_is_lower_than_the_vaults_but_refuses_the_corpus() -> None:
    middling = "otter bakt wafels in de vuurtoren"
    for_pdf = assess(middling, policy=PDF_POLICY)
    for_vault = assess(middling)
    assert for_pdf.guesses_log10 == for_vault.guesses_log10
    assert for_pdf.acceptable and not for_vault.acceptable
    assert PDF_POLICY.min_guesses_log10 < VAULT_POLICY.min_guesses_log10
    assert not assess("Mechelen26!", policy=PDF_POLICY).acceptable  # the review's M7 case
    assert Feedback.TOO_SHORT in assess("kQ7#vZ2!x", policy=PDF_POLICY).feedback
    assert [t for t in weak_corpus() if assess(t, policy=PDF_POLICY).acceptable] == []


def test_generated_passphrases_are_random_listed_words_and_always_accepted() -> None:
    words = set(generator_words())
    phrases = [generate_passphrase() for _ in range(100)]
    assert len(set(phrases)) == len(phrases)
    for phrase in phrases:
        parts = phrase.split(" ")
        assert len(parts) == VAULT_POLICY.generated_words == 6
        assert set(parts) <= words
        assert assess(phrase).acceptable
    assert generated_bits(6) == pytest.approx(78.0) and generated_bits(6) >= 77
    for _ in range(100):
        password = generate_passphrase(PDF_POLICY)
        assert len(password.split(" ")) == PDF_POLICY.generated_words == 4
        assert assess(password, policy=PDF_POLICY).acceptable
    assert generated_bits(4) == pytest.approx(52.0)


def test_the_generator_draws_every_word_with_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[int] = []

    def choice(seq: tuple[str, ...]) -> str:
        drawn.append(len(seq))
        return seq[len(drawn) * 997 % len(seq)]

    monkeypatch.setattr(vault.strength.secrets, "choice", choice)
    generate_passphrase()
    assert drawn[:6] == [GENERATOR_SIZE] * 6


def test_the_generators_word_list_is_spellable_and_common() -> None:
    words = generator_words()
    assert len(words) == GENERATOR_SIZE == 2**13
    assert math.log2(len(words)) == 13
    assert all(re.fullmatch(r"[a-z]{4,8}", w) for w in words)
    nl = ranked_dictionaries()["nl_words"]
    # Every word is a known Dutch word outside the 1,000 most frequent: each costs an
    # attacker with a frequency list at least 1,000 guesses.
    assert all(nl[w] > 1000 for w in words)
    for unwelcome in ("kanker", "moord", "bom", "terrorist", "wachtwoord", "mechelen"):
        assert unwelcome not in words


def test_every_bundled_list_has_its_source_and_licence() -> None:
    folder = strength_dir()
    for filename in [*DICTIONARY_FILES.values(), "generator_nl.txt"]:
        head = (folder / filename).read_text(encoding="utf-8").split("\n", 3)[:3]
        assert any(line.startswith("#") for line in head), filename
    for licence in ("LICENCE-OpenTaal.txt", "LICENCE-wordfreq.txt", "LICENCE-Faker.txt"):
        assert (folder / licence).stat().st_size > 500
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for filename in DICTIONARY_FILES.values():
        assert filename in readme
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size < 600_000  # compact: a few hundred KB


def test_short_passphrases_never_pass_whatever_their_symbols() -> None:
    strength = assess("X#9q!vZ2")
    assert len("X#9q!vZ2") < MIN_LENGTH
    assert Feedback.TOO_SHORT in strength.feedback
    assert not strength.acceptable


def test_spaces_do_not_make_common_words_strong() -> None:
    spaced = assess("ik ben de man")
    assert not spaced.acceptable


def test_personal_words_split_names_and_places() -> None:
    words = personal_words(["Chloë De Smet", "Sint-Niklaas"])
    assert {"chloe", "de", "smet", "sint", "niklaas", "sintniklaas"} <= set(words)


def test_empty_and_very_long_passphrases_are_judged_without_error() -> None:
    assert assess("").feedback == (Feedback.TOO_SHORT,)
    long = "maanlicht zwaluw origami " * 40
    assert len(long) > MAX_ASSESSED
    assert assess(long).score >= 0


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_any_text_gets_a_verdict(text: str) -> None:
    strength = assess(text)
    assert 0 <= strength.score <= 4
    assert strength.acceptable == (
        strength.score >= MIN_SCORE and Feedback.TOO_SHORT not in strength.feedback
    )
    # The bar itself: 10^14 estimated guesses and 12 characters.
    assert strength.acceptable == (
        strength.guesses_log10 >= VAULT_POLICY.min_guesses_log10 and len(text) >= MIN_LENGTH
    )


def test_names_from_the_vault_do_not_stay_in_zxcvbn_after_assessing() -> None:
    """Security review L5: zxcvbn kept ``user_inputs`` (people's names) in a module
    global until its next call — after the dialog closed and after a lock."""
    import zxcvbn.matching

    assess("Yasmine El Amrani kalender", ["Jongere Yasmine El Amrani", "Imam Karim B."])
    kept = zxcvbn.matching.RANKED_DICTIONARIES.get("user_inputs", {})
    assert not {"yasmine", "amrani", "karim"} & set(kept)
