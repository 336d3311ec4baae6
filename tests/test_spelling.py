"""Offline Dutch spell checking (issue 17 item 6): the bundled OpenTaal dictionary, the
tokeniser, suggestions, and the user's own word list kept inside the vault. Plain pytest,
no Qt."""

from __future__ import annotations

import doctest
import json
import time
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock

import vault.spelling
from vault import Vault
from vault.api import UnlockedVault
from vault.errors import Refused
from vault.resources import assets_dir
from vault.spelling import (
    PERSONAL_WORDS_KEY,
    Dictionary,
    Speller,
    WordSet,
    add_personal_word,
    bundled_dictionary,
    personal_words,
    remove_personal_word,
    tokens,
)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(bundled_dictionary())


def words(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


# ------------------------------------------------------------------ the dictionary
def test_the_dictionary_is_bundled_with_its_licence() -> None:
    folder = assets_dir("vault") / "spelling"
    licence = (folder / "LICENCE-OpenTaal.txt").read_text(encoding="utf-8")
    assert "OpenTaal" in licence and "BSD" in licence and "Attribution 3.0" in licence
    assert (folder / "nl_words.txt").stat().st_size < 6_000_000  # a few MB, not 47
    assert len(bundled_dictionary()) > 400_000


@pytest.mark.parametrize(
    "word",
    [
        "vergadering",
        "Vergadering",  # a sentence start
        "VERGADERING",
        "burgemeester",
        "schepencollege",  # Belgian words are in OpenTaal's list
        "gsm",
        "frigo",
        "auto's",
        "zo'n",
        "e-mail",
        "Brussel",
        "gelopen",
        "vergaderingsruimte",  # a compound not listed whole: linking s
        "tafelboek",  # tafel + boek
        "burgemeesterscollege",
        "LIVC-overleg",  # the abbreviation is not checked, the rest is
    ],
)
def test_correct_dutch_words_pass(speller: Speller, word: str) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize(
    "word", ["vergadring", "jongre", "huisen", "casusoverlegg", "brussel", "faamilie"]
)
def test_misspellings_are_caught(speller: Speller, word: str) -> None:
    assert not speller.is_correct(word)


def test_compounds_follow_opentaals_rules_not_any_split() -> None:
    # verga + dring are both words, but neither may stand in a compound there.
    dictionary = Dictionary(
        ["verga", "dring", "tafel", "boek"],
        parts={"tafel": "bm", "boek": "e"},
        patterns=[("fel", "boek")],
    )
    assert not dictionary.is_compound("vergadring")
    assert not dictionary.is_compound("tafelboek")  # a forbidden seam
    assert Dictionary(["tafel", "boek"], parts={"tafel": "b", "boek": "e"}).is_compound("tafelboek")
    assert not Dictionary(["boek"], parts={"boek": "be"}).is_compound("boekboek")  # twice


def test_a_word_set_answers_membership_like_a_set() -> None:
    listed = [f"woord{i}" for i in range(5000)]
    found = WordSet(listed)
    assert len(found) == 5000 and all(w in found for w in listed)
    assert "woord5000" not in found and "" not in found
    found.add("woord1")
    assert len(found) == 5000


# ------------------------------------------------------------------ the tokeniser
def test_case_codes_numbers_and_addresses_are_not_words() -> None:
    text = "Casus F-2025-0011 op 12/03 om 14u30, mail jan.peeters@stad.be of www.stad.be"
    assert words(text) == ["Casus", "op", "om", "mail", "of"]


def test_abbreviations_and_single_letters_are_skipped() -> None:
    assert words("Het OCMW en de LIVC R zagen x en y.") == ["Het", "en", "de", "zagen", "en"]


def test_apostrophes_and_hyphens_stay_inside_the_word() -> None:
    assert words("d'r auto's, zo'n e-mail-adres ('t klopt)") == [
        "d'r",
        "auto's",
        "zo'n",
        "e-mail-adres",
        "klopt",
    ]
    assert words("‘vergadering’ en “overleg”") == ["vergadering", "en", "overleg"]


def test_a_hanging_hyphen_is_not_a_misspelling(speller: Speller) -> None:
    assert speller.misspelled("vergader- en werkruimte") == []


def test_only_the_wrong_part_of_a_hyphenated_word_is_reported(speller: Speller) -> None:
    text = "Het LIVC-overlegg begint."
    wrong = speller.misspelled(text)
    assert [(w.text, text[w.start : w.end]) for w in wrong] == [("overlegg", "overlegg")]


def test_misspelled_positions_point_into_the_text(speller: Speller) -> None:
    text = "De jongre kwam naar de vergadring van F-2025-0011."
    wrong = speller.misspelled(text)
    assert [text[w.start : w.end] for w in wrong] == ["jongre", "vergadring"]


# ------------------------------------------------------------------ suggestions
def test_suggestions_put_the_intended_word_first(speller: Speller) -> None:
    assert speller.suggestions("vergadring")[0] == "vergadering"
    assert speller.suggestions("huisen")[0] == "huizen"
    assert speller.suggestions("beslising")[0] == "beslissing"
    assert speller.suggestions("raddicalisering")[0] == "radicalisering"
    assert speller.suggestions("jeugdiesnt")[0] == "jeugddienst"


def test_suggestions_keep_the_capital_and_respect_the_limit(speller: Speller) -> None:
    found = speller.suggestions("Vergadring", limit=3)
    assert found[0] == "Vergadering" and len(found) == 3
    assert speller.suggestions("vergadring", limit=0) == []


def test_common_dutch_mixups_are_suggested(speller: Speller) -> None:
    assert "wordt" in speller.suggestions("wort")  # d/dt
    assert "bijeenkomst" in speller.suggestions("beieenkomst")  # ei/ij


def test_suggestions_are_quick_enough_for_a_context_menu(speller: Speller) -> None:
    start = time.perf_counter()
    speller.suggestions("ontmoetign")
    assert time.perf_counter() - start < 0.5  # ~25 ms here; generous for CI


def test_own_words_are_suggested() -> None:
    own = Speller(bundled_dictionary(), ["Yasmina"])
    assert own.suggestions("Yasmira")[0] == "Yasmina"


# ------------------------------------------------------------------ the own word list
def test_own_words_are_accepted_also_at_a_sentence_start() -> None:
    own = Speller(bundled_dictionary())
    assert not own.is_correct("Hadjadj")
    own.add("Hadjadj")
    assert own.is_correct("Hadjadj")
    own.add("vzw-werking")
    assert own.is_correct("Vzw-werking")
    own.remove("Hadjadj")
    assert not own.is_correct("Hadjadj")


def test_own_words_are_kept_in_the_vault(vault: Vault) -> None:
    assert personal_words(vault) == []
    assert add_personal_word(vault, " Hadjadj ") == "Hadjadj"
    add_personal_word(vault, "Vanhoutteghem")
    add_personal_word(vault, "Hadjadj")  # twice is harmless
    assert personal_words(vault) == ["Hadjadj", "Vanhoutteghem"]
    assert json.loads(vault.meta(PERSONAL_WORDS_KEY) or "") == ["Hadjadj", "Vanhoutteghem"]
    remove_personal_word(vault, "Hadjadj")
    remove_personal_word(vault, "nooit-toegevoegd")
    assert personal_words(vault) == ["Vanhoutteghem"]
    remove_personal_word(vault, "Vanhoutteghem")
    assert vault.meta(PERSONAL_WORDS_KEY) is None


def test_names_added_to_the_word_list_stay_inside_the_encrypted_vault(
    vault_path: Path, clock: FakeClock, disposable_user: dict[str, Path]
) -> None:
    # Names of people are content: stored in the vault only, so encrypted, and nowhere
    # in the user's folders (settings, caches).
    door = UnlockedVault.create(vault_path, PASSPHRASE, kdf=FAST_KDF, clock=clock)
    door.spelling.add_word("Oudenhovenaar")
    door.close()
    assert b"Oudenhovenaar" not in vault_path.read_bytes()
    for folder in disposable_user.values():
        for path in (p for p in folder.rglob("*") if p.is_file()):
            assert b"Oudenhovenaar" not in path.read_bytes(), path
    again = UnlockedVault.open(vault_path, PASSPHRASE, kdf_profile=FAST_KDF, clock=clock)
    try:
        assert again.spelling.words() == ["Oudenhovenaar"]
        assert again.spelling.speller().is_correct("Oudenhovenaar")
    finally:
        again.close()


def test_the_door_keeps_one_speller_that_learns_added_words(vault: Vault) -> None:
    door = UnlockedVault(vault)
    speller = door.spelling.speller()
    assert door.spelling.speller() is speller
    assert not speller.is_correct("Oudenhovenaar")
    door.spelling.add_word("Oudenhovenaar")
    assert speller.is_correct("Oudenhovenaar")
    door.spelling.remove_word("Oudenhovenaar")
    assert not speller.is_correct("Oudenhovenaar")
    assert door.spelling.words() == []


@pytest.mark.parametrize("word", ["", "   ", "twee woorden", "1234", "x" * 65])
def test_a_word_that_is_no_word_is_refused_at_the_door(vault: Vault, word: str) -> None:
    door = UnlockedVault(vault)
    with pytest.raises(Refused):
        door.spelling.add_word(word)
    assert door.spelling.words() == []


def test_the_shell_examples_in_the_docstrings_run() -> None:
    result = doctest.testmod(vault.spelling, raise_on_error=False)
    assert result.attempted >= 4
    assert result.failed == 0
