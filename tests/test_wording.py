"""Dutch wording (issue 13, domain review §3): one name per thing across the UI catalogue,
the PDFs and the user guide; the reader is "je" (only letters say "u"); the secrecy duty
of art. 458ter, § 2 Sw. is cited one way.

The three Dutch sources are read as they ship: the translations in
``app/assets/i18n/tafelboek_nl_BE.ts``, the Dutch fixed text of the PDFs
(``vault.documents.strings``) and ``docs/handleiding.md``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from domain_strategies import Table, build_table
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from support.windows import make_context, make_window
from test_documents_support import text_of

from vault import Vault
from vault.actions import add_action, close_action
from vault.documents import DocumentKind, DocumentRequest, build_pdf
from vault.documents.strings import STRINGS
from vault.model import ActionStatus, NotDoneReason
from vault.policy import RevealedFact

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "app" / "assets" / "i18n" / "tafelboek_nl_BE.ts"
GUIDE = ROOT / "docs" / "handleiding.md"


def squash(text: str) -> str:
    return " ".join(text.split())


def plain(text: str) -> str:
    """A translation as the user reads it: mnemonic markers gone, "&&" kept as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def catalogue() -> dict[tuple[str, str], str]:
    """(context, English source) → the Dutch translation as shown (no mnemonic marker)."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found[(name, source)] = plain(message.findtext("translation") or "")
    return found


def dutch_sources() -> dict[str, str]:
    """Where each Dutch text lives → the text: every translation, PDF string and the guide."""
    texts = {f"{TS_FILE.name} [{c}] {s!r}": t for (c, s), t in catalogue().items()}
    texts |= {f"vault/documents/strings.py {key!r}": t for key, t in STRINGS["nl"].items()}
    texts["docs/handleiding.md"] = GUIDE.read_text(encoding="utf-8")
    return texts


# Words the review retired (§3, rows 3, 7, 9, 10, 14, 15 and the legal-wording line): the
# pattern, and what the product says instead.
RETIRED: list[tuple[str, str]] = [
    (r"ongebruik", "row 3: 'zonder activiteit'"),
    (r"weer alleen aan tafel", "row 7: 'Vrijgave intrekken'"),
    (r"vervaldatum", "row 9: 'Uiterlijk op', 'termijn'"),
    (
        r"\beigenaar\b(?!\s+(?:is\s+)?van\s+de\s+informatie)",
        "row 9: an action's 'Trekker' (the owner of information stays 'eigenaar')",
    ),
    (r"niet gedaan|als gedaan|niet opgepakt", "row 10: 'Niet uitgevoerd: …', 'niet opgenomen'"),
    (r"hulpverlening en welzijn", "row 14: 'de hulp- en zorgverlening'"),
    (r"\bmotivatie\b", "row 15: 'Motivering'"),
    (r"bericht aan (?:de )?betrokkene", "row 15: 'Kennisgeving aan de betrokkene'"),
    (r"\bad[\s-]+hoc[\s-]+deelnemer", "row 15: 'ad-hocdeelnemer'"),
    (r"beroepsgeheim van art\.\s*458ter", "legal wording: 'art. 458ter, § 2 Sw. legt … op'"),
]


@pytest.mark.parametrize(("pattern", "instead"), RETIRED, ids=[r[1][:6] for r in RETIRED])
def test_retired_words_stay_out_of_ui_pdfs_and_guide(pattern: str, instead: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    hits = [
        f"{where}: {m.group(0)!r}"
        for where, text in dutch_sources().items()
        for m in regex.finditer(squash(text))
    ]
    assert hits == [], f"say {instead} instead"


def test_the_retired_word_check_finds_the_old_wording() -> None:
    old = [
        "&Vergrendelen na ongebruik van",
        "Weer alleen aan tafel",
        "open, vervaldatum verstreken",
        "&Eigenaar",
        "Niet gedaan: niet uitgevoerd",
        "niet uitgevoerd (niet opgepakt)",
        "Eerst opgevolgd door &hulpverlening en welzijn",
        "Motivatie deelname / weigering…",
        "&Bericht aan betrokkene…",
        "Een ad hoc deelnemer toevoegen",
        "valt onder het beroepsgeheim van art. 458ter Sw.",
    ]
    for text in old:
        assert any(re.search(p, plain(text), re.IGNORECASE) for p, _ in RETIRED), text
    kept = [
        "De eigenaar van de informatie ging aan tafel akkoord",
        "van wie eigenaar is van de informatie",
        "Ad-hocdeelnemer toevoegen",
        "Wie zit er aan tafel, structureel en ad hoc, en namens wie?",
        "Er is niets gedaan.",
        "eigenaarschap",
    ]
    for text in kept:
        assert not any(re.search(p, text, re.IGNORECASE) for p, _ in RETIRED), text


# ---------------------------------------------------------------------------- "je", not "u"

U_WORDS = re.compile(r"\b(?:u|uw|uzelf|U|Uw)\b")
QUOTED = re.compile(r"\"([^\"]*)\"|“([^”]*)”|„([^”“]*)[”“]")


def letter_sentences() -> list[str]:
    """Every Dutch fixed text of the PDFs, squashed: letters and documents addressed to
    someone speak to that person as "u", and a guide may quote them word for word."""
    return [squash(t) for t in STRINGS["nl"].values()]


def quoted_from_a_letter(quote: str) -> bool:
    """``quote`` (maybe shortened with "…") is word for word from a PDF's fixed text."""
    pieces = [p.strip(" ,.") for p in squash(quote).split("…")]
    pieces = [p for p in pieces if p]
    return bool(pieces) and all(any(p in s for s in letter_sentences()) for p in pieces)


def addressed_as_u(markdown: str) -> list[str]:
    """The places where ``markdown`` says "u"/"uw" to its reader: code spans, keys and
    quotations taken word for word from a letter (``vault.documents.strings``) do not count."""
    text = re.sub(r"`[^`]*`|<kbd>[^<]*</kbd>", " ", markdown)

    def spare(quote: re.Match[str]) -> str:
        said = next(g for g in quote.groups() if g is not None)
        return " " if quoted_from_a_letter(said) else quote.group(0)

    text = QUOTED.sub(spare, text)
    hits = []
    for match in U_WORDS.finditer(text):
        line = text[: match.start()].count("\n") + 1
        start = text.rfind("\n", 0, match.start()) + 1
        hits.append(f"line {line}: {text[start : text.find(chr(10), match.end())]!r}")
    return hits


def test_the_guide_says_je_to_its_reader() -> None:
    assert addressed_as_u(GUIDE.read_text(encoding="utf-8")) == []


def test_the_u_check_finds_u_and_spares_quoted_letters() -> None:
    assert addressed_as_u('een melding, bijvoorbeeld "Uw laatste reservekopie dateert van …"')
    assert addressed_as_u("Tafelboek kent u nog niet.\nBent u de juiste persoon?") != []
    assert len(addressed_as_u("Tafelboek kent u nog niet.\nBent u de juiste persoon?")) == 2
    letter = next(s for s in letter_sentences() if U_WORDS.search(s) and '"' not in s)
    found = U_WORDS.search(letter)
    assert found is not None
    cut = letter[: letter.find(" ", found.end() + 1) if " " in letter[found.end() + 1 :] else None]
    assert addressed_as_u(f'De brief zegt: "{cut} …".') == []
    assert addressed_as_u(f"De brief zegt: {cut}.") != []  # not quoted: the guide speaking
    assert addressed_as_u('De brief zegt: "Wij vragen u om uw gegevens."') != []  # not a letter
    assert addressed_as_u("Druk op <kbd>U</kbd> of typ `u`.") == []
    assert addressed_as_u("Je kiest zelf; uw is geen woord voor je.") != []


def test_the_ui_says_je_to_its_user() -> None:
    hits = [
        f"[{c}] {s!r}: {t!r}"
        for (c, s), t in catalogue().items()
        if U_WORDS.search(t) and not quoted_from_a_letter(t)
    ]
    assert hits == []


# ---------------------------------------------------------------------------- the law


def test_p9_the_secrecy_duty_is_cited_one_way() -> None:
    """Art. 458ter, § 2 Sw. is the duty of secrecy of everyone taking part: cited with its
    paragraph as the opening reminder does, never as the 'beroepsgeheim' that binds."""
    reminder = catalogue()[
        (
            "MeetingScreen",
            next(
                s
                for c, s in catalogue()
                if c == "MeetingScreen" and s.startswith("What is said at this")
            ),
        )
    ]
    duty = (
        "art. 458ter, § 2 Sw. legt iedereen die deelneemt, ook ad-hocdeelnemers, een "
        "geheimhoudingsplicht op, op straffe van de in art. 458 bepaalde straffen"
    )
    assert duty in reminder
    assert duty in squash(GUIDE.read_text(encoding="utf-8"))
    cited, one_way = re.compile(r"458\s*ter\s*,?\s*(?:§|par)"), "458ter, § 2 Sw."
    for where, text in dutch_sources().items():
        for match in cited.finditer(squash(text)):
            said = squash(text)[match.start() : match.start() + len(one_way)]
            assert said == one_way, f"{where}: {said!r}"


# ---------------------------------------------------------------------------- actions


def test_one_word_per_action_status_in_ui_pdf_and_guide() -> None:
    """Row 10: 'uitgevoerd' / 'niet uitgevoerd: omstandigheden gewijzigd' / 'niet
    uitgevoerd: niet opgenomen' — the action list, its menu, the PDF and the guide alike."""
    ui = catalogue()
    nl = STRINGS["nl"]
    not_done = nl["action.not_done"]
    words = {
        "done": nl["action.done"],
        "not done: circumstances changed": f"{not_done}: {nl['reason.circumstances_changed']}",
        "not done: not acted on": f"{not_done}: {nl['reason.not_acted']}",
    }
    assert list(words.values()) == [
        "uitgevoerd",
        "niet uitgevoerd: omstandigheden gewijzigd",
        "niet uitgevoerd: niet opgenomen",
    ]
    guide = squash(GUIDE.read_text(encoding="utf-8"))
    for source, word in words.items():
        assert ui[("ActionsPanel", source)] == word  # the line in the action list
        named = word[0].upper() + word[1:]
        if source != "done":  # the "not done" menu entries
            assert ui[("ActionsPanel", source[0].upper() + source[1:])] == named
        assert f"**{named}**" in guide
    assert ui[("ActionsPanel", "Mark &done")] == "Uitgevoerd"
    assert ui[("ActionsPanel", "&Not done…")] == "Niet uitgevoerd…"
    assert ui[("ActionsPanel", "open, overdue")] == "open, termijn verstreken"
    # Row 9: what, who, by when — one name each in the dialog, the PDF and the guide.
    assert ui[("AddActionDialog", "&Owner")] == nl["mo.owner"] == "Trekker"
    assert ui[("AddActionDialog", "D&ue on")] == nl["mo.due"] == "Uiterlijk op"
    for name in (
        "**Trekker**",
        "**Uiterlijk op**",
        "**Geen termijn**",
        '"open, termijn verstreken"',
    ):
        assert name in guide, name


def test_meeting_overview_pdf_words_actions_as_the_ui_does(vault: Vault) -> None:
    t: Table = build_table(vault)
    done = add_action(vault, t.meeting, t.clb, "A", due_date=date(2026, 4, 2))
    changed = add_action(vault, t.meeting, t.clb, "B")
    idle = add_action(vault, t.meeting, t.clb, "C")
    close_action(vault, done, ActionStatus.DONE)
    close_action(vault, changed, ActionStatus.NOT_DONE, NotDoneReason.CIRCUMSTANCES_CHANGED)
    close_action(vault, idle, ActionStatus.NOT_DONE, NotDoneReason.NOT_ACTED)
    request = DocumentRequest(
        DocumentKind.MEETING_OVERVIEW,
        meeting_id=t.meeting,
        reveal=frozenset({RevealedFact.DECISIONS}),
    )
    text = text_of(build_pdf(vault, request, today=date(2026, 3, 5)))
    for phrase in (
        "Trekker",
        "Uiterlijk op",
        "uitgevoerd",
        "niet uitgevoerd: omstandigheden gewijzigd",
        "niet uitgevoerd: niet opgenomen",
    ):
        assert phrase in text, phrase
    for old in ("Eigenaar", "Tegen", "opgepakt", "(omstandigheden"):
        assert old not in text, old


# ---------------------------------------------------------------------------- one name


def test_one_name_per_thing_in_menu_pdf_and_guide() -> None:
    """Row 15: the notice is 'Kennisgeving aan de betrokkene' in the menu, the PDF title and
    the guide; the letter to the mayor is 'Motivering …' in the menu and the guide."""
    ui = catalogue()
    guide = squash(GUIDE.read_text(encoding="utf-8"))
    notice = ui[("Documents", "&Notice to the person discussed…")]
    assert notice == STRINGS["nl"]["kind.notice_to_person"] + "…"
    assert f"**{notice}**" in guide
    assert ui[("Documents", "notice.pdf")] == "kennisgeving.pdf"
    motivation = ui[("Documents", "&Motivation for taking part or declining…")]
    assert motivation.startswith("Motivering")
    assert f"**{motivation}**" in guide
    assert f"*Documenten › {motivation}*" in guide
    adhoc = ui[("MeetingScreen", "Add &ad hoc participant…")]
    assert adhoc == "Ad-hocdeelnemer toevoegen…" and f"**{adhoc}**" in guide


def test_p8_the_minors_question_has_a_subject() -> None:
    """Row 14: the stepwise question names the minor and the services, in the dialog and
    in the guide."""
    question = "Werd de minderjarige eerst opgevolgd door de hulp- en zorgverlening buiten de cel?"
    ui = catalogue()
    assert (
        ui[("StepwiseDialog", "&Handled first by care and welfare outside the cell?")] == question
    )
    assert f"**{question}**" in squash(GUIDE.read_text(encoding="utf-8"))


def test_p3_withdrawing_a_release_is_an_action_verb() -> None:
    """Row 7: the band's button says what it does ('Vrijgave intrekken'); the guide names it
    the same, in its text and in the shortcut table."""
    ui = catalogue()
    assert ui[("MeetingScreen", "&Withdraw release")] == "Vrijgave intrekken"
    assert ui[("MeetingScreen", "Withdraw release")] == "Vrijgave intrekken"
    guide = squash(GUIDE.read_text(encoding="utf-8"))
    assert "**Vrijgave intrekken**" in guide
    assert "| Vrijgave intrekken | Overlegscherm |" in guide


@pytest.mark.usefixtures("dutch")
def test_p12_idle_lock_reads_as_one_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    """Row 3: "Automatisch vergrendelen na [5] minuten zonder activiteit" — the spin box sits
    in the sentence, the mnemonic reaches it and its accessible name says the whole."""
    window = make_window(qtbot, make_context(tmp_path))
    window.open_preferences()
    dialog = window.preferences_dialog
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    spin = dialog.idle_minutes
    before = next(w for w in dialog.findChildren(QLabel) if w.buddy() is spin)
    assert before.text() == "Automatisch &vergrendelen na"
    assert dialog.idle_after.text() == "minuten zonder activiteit"
    assert spin.suffix() == ""
    row = spin.mapTo(dialog, spin.rect().center()).y()
    for word, right_of in ((before, False), (dialog.idle_after, True)):
        centre = word.mapTo(dialog, word.rect().center())
        assert abs(centre.y() - row) <= 4  # one line
        assert (centre.x() > spin.mapTo(dialog, spin.rect().center()).x()) is right_of
    assert "minuten zonder activiteit" in spin.accessibleName()
    guide = squash(GUIDE.read_text(encoding="utf-8"))
    assert "**Automatisch vergrendelen na … minuten zonder activiteit**" in guide
    dialog.reject()
