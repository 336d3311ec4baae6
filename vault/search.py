"""Full-text search inside the encrypted vault (SQLite FTS5).

* The index (``note_fts``) lives in the same SQLCipher database as the notes — it never
  exists outside the vault — and triggers keep it in step in the same transaction as
  every note insert, update and delete (:mod:`vault.schema`).
* Accent-insensitive for Dutch and French (``é`` = ``e``, ``ĳ``… as Unicode folds them),
  case-insensitive, prefix search on every word typed (type-ahead), ranked by BM25,
  with snippets; filters by cell, case, label and date.
* User text is never FTS5 syntax: :func:`to_fts_query` turns any input into a safe query
  (or ``None``), so searching never raises on quotes, operators, brackets or NULs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vault.model import Label, NoteKind
from vault.store import Vault

MAX_TERMS = 8
"""Words beyond this are ignored (a pasted paragraph is not a query). FTS5's cost over
one very long note grows with the number of terms times the note's length: 8 words over
an 86 kB note take about 0.5 s here, 16 words 1.7 s (``docs/reliability.md``)."""
MAX_TERM_LENGTH = 64
DEFAULT_LIMIT = 50

RANK_WINDOW = 1000
"""BM25 ranking considers at most this many of the most recent matching notes.

Ranking every match of a very common word ("de", "sch…" while typing) in a ten-year
vault costs hundreds of milliseconds; the most recent matches are also the ones a user
looks for. Rarer words have fewer matches than this, so all of them are ranked."""

MARK_START = "\ue000"
MARK_END = "\ue001"
"""Private-use characters that delimit matches inside raw snippets."""

_CHUNK = re.compile(r"\S+")
_TOKEN = re.compile(r"[^\W_]+")


class LabelFilter(StrEnum):
    TABLE_ONLY = "table_only"
    OWN_DOSSIER = "own_dossier"
    FEEDBACK = "feedback"
    LTF = "ltf"


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What narrows a search besides the words: all optional, ``None`` means any.

    Dates filter on the meeting's date, or on the writing date of own reflections; both
    bounds are included.
    """

    cell_id: int | None = None
    case_id: int | None = None
    label: LabelFilter | None = None
    date_from: date | None = None
    date_to: date | None = None


NO_FILTERS = SearchFilters()


@dataclass(frozen=True, slots=True)
class SearchHit:
    note_id: int
    kind: NoteKind
    snippet: tuple[tuple[str, bool], ...]
    """Snippet text as (fragment, is_match) pieces, ready to render with highlights."""
    meeting_id: int | None
    meeting_starts_at: str | None
    cell_id: int | None
    case_id: int | None
    agenda_item_id: int | None
    label: Label

    @property
    def own_reflection(self) -> bool:
        return self.meeting_id is None

    @property
    def snippet_text(self) -> str:
        return "".join(piece for piece, _ in self.snippet)


def to_fts_query(text: str) -> str | None:
    """Translate what the user typed into a safe FTS5 query, or None if nothing to find.

    Every whitespace-separated chunk becomes a quoted phrase of its word tokens with a
    prefix star (``FG-2026-00`` → ``"FG 2026 00"*``); chunks are AND-ed. Only letters
    and digits survive, so FTS5 operators, quotes and column filters typed by the user
    are plain words, never syntax.
    """
    phrases = []
    for chunk in _CHUNK.findall(text)[:MAX_TERMS]:
        tokens = [t[:MAX_TERM_LENGTH] for t in _TOKEN.findall(chunk)]
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return " ".join(phrases) if phrases else None


def _ids(text: object) -> frozenset[int]:
    return frozenset(int(c) for c in str(text).split(",")) if text else frozenset()


def _pieces(raw: str) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    rest = raw
    while rest:
        start = rest.find(MARK_START)
        if start < 0:
            pieces.append((rest, False))
            break
        if start:
            pieces.append((rest[:start], False))
        end = rest.find(MARK_END, start + 1)
        if end < 0:
            pieces.append((rest[start + 1 :], True))
            break
        pieces.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return tuple(p for p in pieces if p[0])


def search(
    vault: Vault,
    text: str,
    filters: SearchFilters = NO_FILTERS,
    *,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    """Ranked hits for ``text`` (best first) that pass ``filters``, at most ``limit``."""
    cell_id, case_id, label = filters.cell_id, filters.case_id, filters.label
    date_from, date_to = filters.date_from, filters.date_to
    query = to_fts_query(text)
    if query is None or limit <= 0:
        return []
    where = ["note_fts MATCH ?"]
    params: list[object] = [query]
    if cell_id is not None:
        where.append("m.cell_id = ?")
        params.append(cell_id)
    if case_id is not None:
        where.append("n.case_id = ?")
        params.append(case_id)
    if date_from is not None:
        where.append("substr(coalesce(m.starts_at, n.created_at), 1, 10) >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append("substr(coalesce(m.starts_at, n.created_at), 1, 10) <= ?")
        params.append(date_to.isoformat())
    if label is LabelFilter.TABLE_ONLY:
        where.append(
            "NOT EXISTS (SELECT 1 FROM release r WHERE r.note_id = n.id AND r.revoked_at IS NULL)"
        )
    elif label is not None:
        where.append(
            "EXISTS (SELECT 1 FROM release r WHERE r.note_id = n.id AND r.revoked_at IS NULL"
            " AND r.kind = ?)"
        )
        params.append(label.value)
    # Only the constant clauses above are joined in; every value is a bound parameter.
    sql = (
        "SELECT n.id, n.kind, snippet(note_fts, 0, ?, ?, '…', 16), n.meeting_id, m.starts_at,"  # noqa: S608
        " m.cell_id, n.case_id, n.agenda_item_id,"
        " EXISTS (SELECT 1 FROM release r WHERE r.note_id = n.id AND r.revoked_at IS NULL"
        "  AND r.kind = 'own_dossier'),"
        " (SELECT group_concat(r.colleague_id) FROM release r WHERE r.note_id = n.id"
        "  AND r.revoked_at IS NULL AND r.kind = 'feedback'),"
        " EXISTS (SELECT 1 FROM release r WHERE r.note_id = n.id AND r.revoked_at IS NULL"
        "  AND r.kind = 'ltf')"
        " FROM note_fts CROSS JOIN note n ON n.id = note_fts.rowid"
        " LEFT JOIN meeting m ON m.id = n.meeting_id"
        f" WHERE {' AND '.join(where)} ORDER BY rank LIMIT ?"
    )
    # Window. Notes are numbered in the order they were written, so a date filter maps to
    # a range of note ids: the notes of the meetings in that period. Within that range
    # (or everywhere), only the RANK_WINDOW most recent matches are ranked; FTS5 walks its
    # doclist in rowid order and stops early, so finding the window costs about 1 ms.
    highest = None
    first = 0
    if date_from is not None or date_to is not None:
        bounds = vault.query(
            "SELECT min(id), max(id) FROM note WHERE meeting_id IN (SELECT id FROM meeting"
            " WHERE (? IS NULL OR cell_id = ?) AND (? IS NULL OR substr(starts_at, 1, 10) >= ?)"
            " AND (? IS NULL OR substr(starts_at, 1, 10) <= ?))",
            (
                cell_id,
                cell_id,
                *(d.isoformat() if d else None for d in (date_from, date_from)),
                *(d.isoformat() if d else None for d in (date_to, date_to)),
            ),
        )
        if bounds and bounds[0][1] is not None:
            first, highest = int(bounds[0][0]), int(bounds[0][1])
    window = vault.query(
        "SELECT rowid FROM note_fts WHERE note_fts MATCH ? AND rowid <= ?"
        " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (query, highest if highest is not None else 2**62, RANK_WINDOW - 1),
    )
    lowest = max(int(window[0][0]), first) if window else (first or None)
    rows = []
    if lowest is not None or highest is not None:
        windowed = sql.replace(
            " ORDER BY rank", " AND note_fts.rowid BETWEEN ? AND ? ORDER BY rank"
        )
        rows = vault.query(
            windowed,
            (
                MARK_START,
                MARK_END,
                *params,
                lowest or 0,
                highest if highest is not None else 2**62,
                limit,
            ),
        )
    if (lowest is None and highest is None) or len(rows) < limit:
        # No window needed, or the window held too few matches: rank them all.
        rows = vault.query(sql, (MARK_START, MARK_END, *params, limit))
    return [
        SearchHit(
            note_id=int(r[0]),
            kind=NoteKind(r[1]),
            snippet=_pieces(str(r[2])),
            meeting_id=r[3],
            meeting_starts_at=r[4],
            cell_id=r[5],
            case_id=r[6],
            agenda_item_id=r[7],
            label=Label(
                own_dossier=bool(r[8]),
                colleague_ids=_ids(r[9]),
                ltf=bool(r[10]),
            ),
        )
        for r in rows
    ]
