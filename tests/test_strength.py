"""Passphrase strength: zxcvbn taught Dutch words and the user's own names."""

from __future__ import annotations

import pytest
from conftest import PASSPHRASE
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.strength import MAX_ASSESSED, MIN_LENGTH, MIN_SCORE, Feedback, assess, personal_words


@pytest.mark.parametrize(
    "weak",
    [
        "wachtwoord",
        "Welkom2026!",
        "wachtwoord123",
        "azertyuiop123",
        "brugge12345678",
        "aaaaaaaaaaaaaaaa",
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
    assert assess(PASSPHRASE).acceptable
    assert assess("Zwaluw vouwt origami bij maanlicht").feedback == ()


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


def test_names_from_the_vault_do_not_stay_in_zxcvbn_after_assessing() -> None:
    """Security review L5: zxcvbn kept ``user_inputs`` (people's names) in a module
    global until its next call — after the dialog closed and after a lock."""
    import zxcvbn.matching

    assess("Yasmine El Amrani kalender", ["Jongere Yasmine El Amrani", "Imam Karim B."])
    kept = zxcvbn.matching.RANKED_DICTIONARIES.get("user_inputs", {})
    assert not {"yasmine", "amrani", "karim"} & set(kept)
