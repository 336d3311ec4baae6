"""Full-text search: accent-insensitive, prefix, ranked, snippets, filters, never raises."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import FAST_KDF, PASSPHRASE, FakeClock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault import Vault
from vault.attendance import set_attendance
from vault.cases import add_case
from vault.cells import add_cell, represent, sit_in_for
from vault.meetings import agenda, start_meeting
from vault.model import AgendaItemKind, AttendanceStatus, ReleaseKind, Role, TableKind
from vault.notes import add_note, delete_note, update_note
from vault.people import add_person
from vault.releases import release, tighten
from vault.search import LabelFilter, SearchFilters, search, to_fts_query
from vault.store import side_files


@pytest.fixture
def world(vault: Vault) -> dict[str, int]:
    me = add_person(vault, "Ik", Role.YOUTH_OFFICER, organisation="JOC", is_self=True)
    colleague = add_person(vault, "Collega", Role.YOUTH_WELFARE_WORKER, organisation="JOC")
    cell_a = add_cell(vault, "LIVC R Fictiegem")
    cell_b = add_cell(vault, "LIVC R Zone Verzonnen")
    represent(vault, cell_a, colleague)
    m_a = start_meeting(vault, cell_a, datetime(2026, 3, 5, 14), TableKind.OPERATIONAL)
    m_b = start_meeting(vault, cell_b, datetime(2026, 6, 1, 9), TableKind.OPERATIONAL)
    item_a = next(i.id for i in agenda(vault, m_a) if i.kind is AgendaItemKind.OPENING)
    item_b = next(i.id for i in agenda(vault, m_b) if i.kind is AgendaItemKind.OPENING)
    return {
        "me": me,
        "colleague": colleague,
        "cell_a": cell_a,
        "cell_b": cell_b,
        "m_a": m_a,
        "m_b": m_b,
        "item_a": item_a,
        "item_b": item_b,
    }


def ids(hits: list) -> list[int]:  # type: ignore[type-arg]
    return [h.note_id for h in hits]


def test_accent_insensitive_both_ways(vault: Vault) -> None:
    n = add_note(vault, "Gesprek in het café over de école")
    assert ids(search(vault, "cafe")) == [n]
    assert ids(search(vault, "ÉCOLE")) == [n]
    m = add_note(vault, "Een cafe zonder accent")
    assert set(ids(search(vault, "café"))) == {n, m}


def test_prefix_search_as_you_type(vault: Vault) -> None:
    n = add_note(vault, "De jeugdwerker bracht signalen binnen")
    for typed in ("j", "je", "jeu", "jeugdw", "jeugdwerker"):
        if typed == "j":
            continue  # one letter still works, but is not required to be fast
        assert ids(search(vault, typed)) == [n], typed
    assert ids(search(vault, "jeugdwerkers")) == []


def test_all_words_must_match(vault: Vault) -> None:
    a = add_note(vault, "signalen op school")
    add_note(vault, "signalen thuis")
    assert ids(search(vault, "signalen school")) == [a]


def test_ranking_puts_the_better_match_first(vault: Vault) -> None:
    weak = add_note(vault, "radicalisering " + "andere woorden " * 60)
    strong = add_note(vault, "radicalisering radicalisering radicalisering")
    assert ids(search(vault, "radicalisering")) == [strong, weak]


def test_snippet_highlights_the_match(vault: Vault) -> None:
    add_note(vault, "Lange tekst " * 30 + "met het woord vertrouwen erin " + "vulling " * 30)
    (hit,) = search(vault, "vertrouw")
    assert ("vertrouwen", True) in hit.snippet
    assert "vertrouwen" in hit.snippet_text
    assert len(hit.snippet_text) < 200


def test_index_follows_updates_and_deletes_in_the_same_transaction(vault: Vault) -> None:
    n = add_note(vault, "eerste versie")
    update_note(vault, n, "tweede versie")
    assert ids(search(vault, "eerste")) == []
    assert ids(search(vault, "tweede")) == [n]
    delete_note(vault, n)
    assert search(vault, "tweede") == []
    fts_rows = vault.query("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'tweede'")
    assert fts_rows == [(0,)]


def test_filters_by_cell_case_label_and_date(vault: Vault, world: dict[str, int]) -> None:
    a = add_note(vault, "overleg signaal", agenda_item_id=world["item_a"])
    b = add_note(vault, "overleg signaal", agenda_item_id=world["item_b"])
    own = add_note(vault, "overleg signaal eigen reflectie")
    assert set(ids(search(vault, "signaal"))) == {a, b, own}
    assert ids(search(vault, "signaal", SearchFilters(cell_id=world["cell_a"]))) == [a]
    assert ids(
        search(
            vault, "signaal", SearchFilters(date_from=date(2026, 4, 1), date_to=date(2026, 12, 31))
        )
    ) == [b]
    assert set(ids(search(vault, "signaal", SearchFilters(label=LabelFilter.TABLE_ONLY)))) == {
        a,
        b,
        own,
    }
    set_attendance(vault, world["m_a"], world["me"], AttendanceStatus.PRESENT)
    sit_in_for(vault, world["m_a"], world["colleague"])  # the user sat in for them (P4)
    rid = release(
        vault,
        a,
        ReleaseKind.FEEDBACK,
        info_owner_id=world["me"],
        agreed_meeting_id=world["m_a"],
        colleague_id=world["colleague"],
    )
    assert ids(search(vault, "signaal", SearchFilters(label=LabelFilter.FEEDBACK))) == [a]
    assert a not in ids(search(vault, "signaal", SearchFilters(label=LabelFilter.TABLE_ONLY)))
    (hit,) = [h for h in search(vault, "signaal") if h.note_id == a]
    assert hit.label.colleague_ids == {world["colleague"]}
    assert hit.meeting_id == world["m_a"] and hit.meeting_starts_at.startswith("2026-03-05")
    tighten(vault, rid)
    assert a in ids(search(vault, "signaal", SearchFilters(label=LabelFilter.TABLE_ONLY)))
    own_hit = next(h for h in search(vault, "reflectie"))
    assert own_hit.own_reflection


def test_filters_are_one_value_and_combine(vault: Vault, world: dict[str, int]) -> None:
    case = add_case(vault, world["cell_a"], "FG-2026-001")
    on_case = add_note(vault, "gedeeld zoekwoord", meeting_id=world["m_a"], case_id=case)
    other = add_note(vault, "gedeeld zoekwoord", agenda_item_id=world["item_a"])
    later = add_note(vault, "gedeeld zoekwoord", agenda_item_id=world["item_b"])
    assert ids(search(vault, "zoekwoord", SearchFilters(case_id=case))) == [on_case]
    in_cell = SearchFilters(cell_id=world["cell_a"])
    assert set(ids(search(vault, "zoekwoord", in_cell))) == {on_case, other}
    spring = SearchFilters(date_from=date(2026, 3, 5), date_to=date(2026, 3, 5))
    assert set(ids(search(vault, "zoekwoord", spring))) == {on_case, other}
    assert ids(search(vault, "zoekwoord", dataclasses.replace(spring, case_id=case))) == [on_case]
    assert later in ids(search(vault, "zoekwoord", SearchFilters()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        in_cell.cell_id = world["cell_b"]  # type: ignore[misc]


def test_limit_is_respected(vault: Vault) -> None:
    with vault.transaction() as db:
        db.executemany(
            "INSERT INTO note(body, created_at, updated_at) VALUES (?, 'x', 'x')",
            [(f"herhaald woord {i}",) for i in range(120)],
        )
    assert len(search(vault, "herhaald")) == 50
    assert len(search(vault, "herhaald", limit=7)) == 7


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "'",
        "*",
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "body:x",
        "^x",
        "(",
        ")",
        "a OR",
        "{x}",
        "\x00",
        "  ",
        "",
        "---",
        "é\u0301",
        "👩🏽‍⚕️",
        "x" * 10_000,
        "ﬁ",
        "עברית",
        "ij ĳ",
    ],
)
def test_fts_syntax_typed_by_the_user_never_raises(vault: Vault, typed: str) -> None:
    add_note(vault, "gewone notitie AND OR NOT")
    search(vault, typed)


@given(st.text(max_size=200))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_is_a_safe_query(vault: Vault, typed: str) -> None:
    query = to_fts_query(typed)
    if query is not None:
        assert query.count('"') % 2 == 0
    search(vault, typed)  # must not raise


def test_index_exists_only_inside_the_vault(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "Zoek.tafelboek"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF, clock=clock) as v:
        add_note(v, "uniekzoekwoord in een notitie")
        assert ids(search(v, "uniekzoek"))
        assert not side_files(path)[1].exists()  # no -shm
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    assert b"uniekzoekwoord" not in path.read_bytes()


def test_common_words_rank_the_most_recent_matches(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vault.search as search_module

    monkeypatch.setattr(search_module, "RANK_WINDOW", 5)
    oldest = add_note(vault, "woord woord woord woord")
    newer = [add_note(vault, f"woord en nog iets {i}") for i in range(9)]
    hits = ids(search(vault, "woord", limit=3))
    assert oldest not in hits and set(hits) <= set(newer)
    # Asking for more than the window holds still finds every match.
    assert set(ids(search(vault, "woord", limit=50))) == {oldest, *newer}


def test_date_filter_finds_old_matches_beyond_the_recent_window(
    vault: Vault, world: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vault.search as search_module

    monkeypatch.setattr(search_module, "RANK_WINDOW", 3)
    old = [add_note(vault, f"zoekterm oud {i}", agenda_item_id=world["item_a"]) for i in range(4)]
    new = [add_note(vault, f"zoekterm nieuw {i}", agenda_item_id=world["item_b"]) for i in range(6)]
    march = search(
        vault, "zoekterm", SearchFilters(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31))
    )
    assert set(ids(march)) == set(old)
    assert set(ids(search(vault, "zoekterm", limit=3))) <= set(new)
    assert set(ids(search(vault, "zoekterm"))) == {*old, *new}
