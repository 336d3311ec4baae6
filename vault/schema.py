"""Schema of the vault database and its migrations, driven by ``PRAGMA user_version``.

Why this file is longer than ~500 lines: every migration since version 1, in order; a
released migration is never changed, so the file only grows.

Each migration runs in its own transaction together with the ``user_version`` bump, so a
crash leaves the vault at exactly one schema version. Before migrating a vault that
already holds data, :class:`vault.Vault` writes an encrypted backup next to it.
"""

from __future__ import annotations

from collections.abc import Sequence

MIGRATIONS: dict[int, Sequence[str]] = {
    1: (
        """
        CREATE TABLE vault_meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE audit_event (
            id      INTEGER PRIMARY KEY,
            at      TEXT NOT NULL,
            kind    TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            detail  TEXT NOT NULL DEFAULT ''
        )
        """,
        """
        CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END
        """,
        """
        CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END
        """,
        """
        CREATE TABLE note (
            id         INTEGER PRIMARY KEY,
            body       TEXT NOT NULL,
            label      TEXT NOT NULL DEFAULT 'table_only',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
    ),
}

# Version 2: the LIVC R domain (see docs/ARCHITECTURE.md and ../shared/domain.md).
# Every free text the user writes is a row of ``note`` (kind says what it is), so that
# labels, releases, history, search and the secrecy policy treat all of them alike (P1).
# Cases carry a pseudonymous code only: no name or birth-date column exists (P8).
MIGRATIONS[2] = (
    """
    CREATE TABLE person (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        role         TEXT NOT NULL,
        professional INTEGER NOT NULL DEFAULT 1 CHECK (professional IN (0, 1)),
        is_self      INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
        created_at   TEXT NOT NULL
    )
    """,
    "CREATE UNIQUE INDEX person_one_self ON person(is_self) WHERE is_self = 1",
    """
    CREATE TABLE cell (
        id               INTEGER PRIMARY KEY,
        name             TEXT NOT NULL,
        framework_text   TEXT NOT NULL DEFAULT '',
        local_definition TEXT NOT NULL DEFAULT '',
        retention_months INTEGER NOT NULL DEFAULT 24 CHECK (retention_months > 0),
        created_at       TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE cell_member (
        cell_id    INTEGER NOT NULL REFERENCES cell(id) ON DELETE CASCADE,
        person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        structural INTEGER NOT NULL DEFAULT 1 CHECK (structural IN (0, 1)),
        PRIMARY KEY (cell_id, person_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE representation (
        cell_id      INTEGER NOT NULL REFERENCES cell(id) ON DELETE CASCADE,
        colleague_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        since        TEXT NOT NULL,
        PRIMARY KEY (cell_id, colleague_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE casus (
        id                   INTEGER PRIMARY KEY,
        cell_id              INTEGER NOT NULL REFERENCES cell(id),
        code                 TEXT NOT NULL,
        subject_is_minor     INTEGER NOT NULL DEFAULT 0 CHECK (subject_is_minor IN (0, 1)),
        minors_in_context    INTEGER NOT NULL DEFAULT 0 CHECK (minors_in_context IN (0, 1)),
        status               TEXT NOT NULL DEFAULT 'open',
        trajectory           TEXT NOT NULL DEFAULT 'none',
        care_first           INTEGER CHECK (care_first IN (0, 1)),
        clear_signs          INTEGER CHECK (clear_signs IN (0, 1)),
        stepwise_answered_at TEXT,
        created_at           TEXT NOT NULL,
        UNIQUE (cell_id, code)
    )
    """,
    """
    CREATE TABLE meeting (
        id         INTEGER PRIMARY KEY,
        cell_id    INTEGER NOT NULL REFERENCES cell(id),
        starts_at  TEXT NOT NULL,
        table_kind TEXT NOT NULL CHECK (table_kind IN ('strategic', 'operational')),
        place      TEXT NOT NULL DEFAULT '',
        status     TEXT NOT NULL DEFAULT 'planned',
        created_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX meeting_by_cell ON meeting(cell_id, starts_at)",
    """
    CREATE TABLE agenda_item (
        id         INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        title      TEXT NOT NULL DEFAULT '',
        case_id    INTEGER REFERENCES casus(id)
    )
    """,
    "CREATE INDEX agenda_item_by_meeting ON agenda_item(meeting_id, position)",
    "CREATE INDEX agenda_item_by_case ON agenda_item(case_id)",
    """
    CREATE TABLE attendance (
        meeting_id     INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id      INTEGER NOT NULL REFERENCES person(id),
        status         TEXT NOT NULL
                       CHECK (status IN ('present', 'absent', 'excused', 'represented')),
        represented_by INTEGER REFERENCES person(id),
        ad_hoc         INTEGER NOT NULL DEFAULT 0 CHECK (ad_hoc IN (0, 1)),
        briefed        INTEGER NOT NULL DEFAULT 0 CHECK (briefed IN (0, 1)),
        whole_meeting  INTEGER NOT NULL DEFAULT 1 CHECK (whole_meeting IN (0, 1)),
        PRIMARY KEY (meeting_id, person_id),
        CHECK ((status = 'represented') = (represented_by IS NOT NULL))
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE item_attendance (
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        person_id      INTEGER NOT NULL REFERENCES person(id),
        present        INTEGER NOT NULL CHECK (present IN (0, 1)),
        PRIMARY KEY (agenda_item_id, person_id)
    ) WITHOUT ROWID
    """,
    # The v1 note table gains its place in the domain; v1 notes become own reflections.
    """
    CREATE TABLE note_v2 (
        id             INTEGER PRIMARY KEY,
        body           TEXT NOT NULL,
        kind           TEXT NOT NULL DEFAULT 'note',
        meeting_id     INTEGER REFERENCES meeting(id),
        agenda_item_id INTEGER REFERENCES agenda_item(id),
        case_id        INTEGER REFERENCES casus(id),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        CHECK (agenda_item_id IS NULL OR meeting_id IS NOT NULL)
    )
    """,
    """
    INSERT INTO note_v2(id, body, kind, created_at, updated_at)
    SELECT id, body, 'note', created_at, updated_at FROM note
    """,
    "DROP TABLE note",
    "ALTER TABLE note_v2 RENAME TO note",
    "CREATE INDEX note_by_item ON note(agenda_item_id)",
    "CREATE INDEX note_by_meeting ON note(meeting_id)",
    "CREATE INDEX note_by_case ON note(case_id)",
    """
    CREATE TABLE note_revision (
        id       INTEGER PRIMARY KEY,
        note_id  INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        body     TEXT NOT NULL,
        saved_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX note_revision_by_note ON note_revision(note_id, id)",
    # Full-text index inside the encrypted database, kept in step by triggers in the
    # same transaction as the note. Accent-insensitive (é = e), prefix indexes for
    # type-ahead search.
    """
    CREATE VIRTUAL TABLE note_fts USING fts5(
        body,
        content = 'note',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    )
    """,
    """
    CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
        INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END
    """,
    """
    CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
        INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END
    """,
    """
    CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
        INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END
    """,
    "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
    """
    CREATE TABLE release (
        id                INTEGER PRIMARY KEY,
        note_id           INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        kind              TEXT NOT NULL CHECK (kind IN ('own_dossier', 'feedback', 'ltf')),
        colleague_id      INTEGER REFERENCES person(id),
        agreed_meeting_id INTEGER REFERENCES meeting(id),
        info_owner_id     INTEGER NOT NULL REFERENCES person(id),
        released_at       TEXT NOT NULL,
        revoked_at        TEXT,
        relayed_at        TEXT,
        CHECK ((kind = 'feedback') = (colleague_id IS NOT NULL))
    )
    """,
    "CREATE INDEX release_by_note ON release(note_id)",
    "CREATE INDEX release_by_colleague ON release(colleague_id)",
    """
    CREATE TABLE prepared_input (
        id             INTEGER PRIMARY KEY,
        colleague_id   INTEGER NOT NULL REFERENCES person(id),
        meeting_id     INTEGER NOT NULL REFERENCES meeting(id),
        case_id        INTEGER REFERENCES casus(id),
        note_id        INTEGER NOT NULL UNIQUE REFERENCES note(id) ON DELETE CASCADE,
        may_share      INTEGER NOT NULL DEFAULT 0 CHECK (may_share IN (0, 1)),
        created_at     TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE decision (
        id              INTEGER PRIMARY KEY,
        meeting_id      INTEGER NOT NULL REFERENCES meeting(id),
        agenda_item_id  INTEGER NOT NULL REFERENCES agenda_item(id),
        kind            TEXT NOT NULL CHECK (kind IN ('ltf_form', 'inform_person', 'other')),
        outcome         TEXT NOT NULL,
        text_note_id    INTEGER REFERENCES note(id) ON DELETE SET NULL,
        all_agree       INTEGER CHECK (all_agree IN (0, 1)),
        fact_only       INTEGER CHECK (fact_only IN (0, 1)),
        no_investigation_risk INTEGER CHECK (no_investigation_risk IN (0, 1)),
        confirmed_by_id INTEGER REFERENCES person(id),
        decided_at      TEXT NOT NULL
    )
    """,
    "CREATE INDEX decision_by_item ON decision(agenda_item_id)",
    """
    CREATE TABLE decision_position (
        decision_id      INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
        person_id        INTEGER NOT NULL REFERENCES person(id),
        position         TEXT NOT NULL CHECK (position IN ('approve', 'object', 'abstain')),
        given_by_id      INTEGER REFERENCES person(id),
        PRIMARY KEY (decision_id, person_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE action (
        id                  INTEGER PRIMARY KEY,
        meeting_id          INTEGER NOT NULL REFERENCES meeting(id),
        agenda_item_id      INTEGER REFERENCES agenda_item(id),
        case_id             INTEGER REFERENCES casus(id),
        owner_id            INTEGER NOT NULL REFERENCES person(id),
        due_date            TEXT,
        status              TEXT NOT NULL DEFAULT 'open'
                            CHECK (status IN ('open', 'done', 'not_done')),
        not_done_reason     TEXT CHECK (not_done_reason IN ('circumstances_changed', 'not_acted')),
        description_note_id INTEGER REFERENCES note(id) ON DELETE SET NULL,
        closed_at           TEXT,
        CHECK ((status = 'not_done') = (not_done_reason IS NOT NULL))
    )
    """,
    "CREATE INDEX action_by_meeting ON action(meeting_id)",
    """
    CREATE TABLE participation_assessment (
        id                  INTEGER PRIMARY KEY,
        cell_id             INTEGER NOT NULL REFERENCES cell(id) ON DELETE CASCADE,
        assessed_at         TEXT NOT NULL,
        framework_known     TEXT,
        agenda_clear        TEXT,
        composition_clear   TEXT,
        trust               TEXT,
        right_person        TEXT,
        conclusion          TEXT,
        motivation_note_id  INTEGER REFERENCES note(id) ON DELETE SET NULL
    )
    """,
    """
    CREATE TABLE export_record (
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        made_at      TEXT NOT NULL,
        recipient_id INTEGER REFERENCES person(id),
        meeting_id   INTEGER REFERENCES meeting(id),
        case_id      INTEGER REFERENCES casus(id)
    )
    """,
    """
    CREATE TABLE export_item (
        export_id INTEGER NOT NULL REFERENCES export_record(id),
        note_id   INTEGER REFERENCES note(id) ON DELETE SET NULL
    )
    """,
    "CREATE INDEX export_item_by_note ON export_item(note_id)",
)

# Version 3: a release binds the text as it stood when released (P3, rev. December 2026).
# ``note_version`` keeps each released text, frozen: never updated, never trimmed, deleted
# only with its note. Every release names its version; text typed afterwards is table-only
# until it is released again. A release also records, when the information is another
# participant's, at which meeting that owner agreed to this use (P3, "keep ownership").
# Releases made before this version bind the note's text as it stands at the migration:
# the only text the vault still holds for them (each is audited as such).
MIGRATIONS[3] = (
    """
    CREATE TABLE note_version (
        id       INTEGER PRIMARY KEY,
        note_id  INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        body     TEXT NOT NULL,
        saved_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX note_version_by_note ON note_version(note_id, id)",
    """
    CREATE TRIGGER note_version_no_update BEFORE UPDATE ON note_version
    BEGIN SELECT RAISE(ABORT, 'a released version never changes'); END
    """,
    """
    INSERT INTO note_version(note_id, body, saved_at)
    SELECT id, body, updated_at FROM note WHERE id IN (SELECT note_id FROM release)
    ORDER BY id
    """,
    """
    CREATE TABLE release_v3 (
        id                      INTEGER PRIMARY KEY,
        note_id                 INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        version_id              INTEGER NOT NULL REFERENCES note_version(id),
        kind                    TEXT NOT NULL
                                CHECK (kind IN ('own_dossier', 'feedback', 'ltf')),
        colleague_id            INTEGER REFERENCES person(id),
        agreed_meeting_id       INTEGER REFERENCES meeting(id),
        info_owner_id           INTEGER NOT NULL REFERENCES person(id),
        owner_agreed_meeting_id INTEGER REFERENCES meeting(id),
        released_at             TEXT NOT NULL,
        revoked_at              TEXT,
        relayed_at              TEXT,
        CHECK ((kind = 'feedback') = (colleague_id IS NOT NULL))
    )
    """,
    """
    INSERT INTO release_v3(id, note_id, version_id, kind, colleague_id, agreed_meeting_id,
                           info_owner_id, released_at, revoked_at, relayed_at)
    SELECT r.id, r.note_id, (SELECT v.id FROM note_version v WHERE v.note_id = r.note_id),
           r.kind, r.colleague_id, r.agreed_meeting_id, r.info_owner_id, r.released_at,
           r.revoked_at, r.relayed_at
    FROM release r
    """,
    "DROP TABLE release",
    "ALTER TABLE release_v3 RENAME TO release",
    "CREATE INDEX release_by_note ON release(note_id)",
    "CREATE INDEX release_by_colleague ON release(colleague_id)",
    """
    INSERT INTO audit_event(at, kind, subject, detail)
    SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'release_bound', 'note:' || note_id,
           'release:' || id || ' version:' || version_id || ' schema 3: bound to the text'
           || ' as it stood at the upgrade'
    FROM release ORDER BY id
    """,
)

# Schema 4: the full-text index forgets deleted and replaced text (security review L1).
# FTS5 keeps a deleted row's tokens in its segments (plus a delete marker) until the
# segments are merged: a deleted note, or the text an edit replaced, stayed searchable
# by anyone holding the passphrase. 'secure-delete' (SQLite 3.44+, i.e. SQLCipher 4.5.6+)
# removes them at once from now on; the rebuild purges what earlier deletions and edits
# left behind. An older FTS5 cannot read the index any more (docs/vault-format.md).
MIGRATIONS[4] = (
    "INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO note_fts(note_fts) VALUES ('rebuild')",
    """
    INSERT INTO audit_event(at, kind, detail)
    SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'search_index_purged',
           'schema 4: the search index forgets deleted and replaced text'
    WHERE EXISTS (SELECT 1 FROM note)
    """,
)

# Schema 5: the permanent representative **is** the member (P6, rev. December 2026; domain
# review C2). A represented colleague is no longer a second member: they leave attendance
# (no 'represented' status, no ``represented_by``) and the consensus (no ``given_by_id``);
# the user's own record that they sat at a meeting for a colleague (P4: feedback per
# agenda item) is ``represented_at``, which only the representative view and the
# colleague's own feedback sheet read. A position given for a colleague becomes the
# representative's own position when the representative has none; when they have one,
# theirs is kept and the colleague's is dropped; when one representative gave positions
# for several colleagues, the most cautious becomes theirs (object, then abstain, then
# approve). Recorded outcomes are not recomputed: they are what the table decided then.
# Every change is audited (``position_moved``, ``position_dropped``,
# ``representation_moved``, ``item_presence_dropped``).
_NOW = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
_FOR_COLLEAGUE = """
    SELECT dp.decision_id, dp.person_id, dp.position, dp.given_by_id,
           ROW_NUMBER() OVER (
               PARTITION BY dp.decision_id, dp.given_by_id
               ORDER BY CASE dp.position WHEN 'object' THEN 0 WHEN 'abstain' THEN 1 ELSE 2 END,
                        dp.person_id
           ) AS n,
           EXISTS (SELECT 1 FROM decision_position o WHERE o.decision_id = dp.decision_id
                   AND o.person_id = dp.given_by_id) AS giver_has_own
    FROM decision_position dp
    WHERE dp.given_by_id IS NOT NULL AND dp.given_by_id != dp.person_id
"""
MIGRATIONS[5] = (
    """
    CREATE TABLE represented_at (
        meeting_id   INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        colleague_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        recorded_at  TEXT NOT NULL,
        PRIMARY KEY (meeting_id, colleague_id)
    ) WITHOUT ROWID
    """,
    # Positions given for a colleague: audited first, then moved or dropped.
    f"""
    INSERT INTO audit_event(at, kind, subject, detail)
    SELECT {_NOW}, 'position_moved', 'decision:' || decision_id,
           'person:' || person_id || ' position:' || position || ' given by person:'
           || given_by_id || ' is now the own position of person:' || given_by_id
           || ' (schema 5: the representative is the member)'
    FROM ({_FOR_COLLEAGUE}) WHERE n = 1 AND NOT giver_has_own
    ORDER BY decision_id, person_id
    """,  # noqa: S608 - only constant SQL is formatted in
    f"""
    INSERT INTO audit_event(at, kind, subject, detail)
    SELECT {_NOW}, 'position_dropped', 'decision:' || decision_id,
           'person:' || person_id || ' position:' || position || ' given by person:'
           || given_by_id || ' dropped: person:' || given_by_id
           || CASE WHEN giver_has_own THEN ' kept their own position'
                   ELSE ' took a more cautious one for another colleague' END
           || ' (schema 5: the representative is the member)'
    FROM ({_FOR_COLLEAGUE}) WHERE n > 1 OR giver_has_own
    ORDER BY decision_id, person_id
    """,  # noqa: S608 - only constant SQL is formatted in
    """
    CREATE TABLE decision_position_v5 (
        decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
        person_id   INTEGER NOT NULL REFERENCES person(id),
        position    TEXT NOT NULL CHECK (position IN ('approve', 'object', 'abstain')),
        PRIMARY KEY (decision_id, person_id)
    ) WITHOUT ROWID
    """,
    """
    INSERT INTO decision_position_v5(decision_id, person_id, position)
    SELECT decision_id, person_id, position FROM decision_position
    WHERE given_by_id IS NULL OR given_by_id = person_id
    """,
    f"""
    INSERT INTO decision_position_v5(decision_id, person_id, position)
    SELECT decision_id, given_by_id, position FROM ({_FOR_COLLEAGUE})
    WHERE n = 1 AND NOT giver_has_own
    """,  # noqa: S608 - only constant SQL is formatted in
    "DROP TABLE decision_position",
    "ALTER TABLE decision_position_v5 RENAME TO decision_position",
    # Attendance: a represented colleague leaves it; the user's own sitting-in stays theirs.
    """
    INSERT INTO represented_at(meeting_id, colleague_id, recorded_at)
    SELECT a.meeting_id, a.person_id, m.created_at FROM attendance a
    JOIN meeting m ON m.id = a.meeting_id
    WHERE a.status = 'represented'
      AND a.represented_by IN (SELECT id FROM person WHERE is_self = 1)
    """,
    f"""
    INSERT INTO audit_event(at, kind, subject, detail)
    SELECT {_NOW}, 'representation_moved', 'meeting:' || meeting_id,
           'person:' || person_id || ' represented by person:' || represented_by
           || ' left the attendance'
           || CASE WHEN represented_by IN (SELECT id FROM person WHERE is_self = 1)
                   THEN '; kept as the user''s own record (represented_at)' ELSE '' END
           || ' (schema 5: the representative is the member)'
    FROM attendance WHERE status = 'represented' ORDER BY meeting_id, person_id
    """,  # noqa: S608 - only constant SQL is formatted in
    f"""
    INSERT INTO audit_event(at, kind, subject, detail)
    SELECT {_NOW}, 'item_presence_dropped', 'agenda_item:' || ia.agenda_item_id,
           'person:' || ia.person_id || ' was recorded as represented at the meeting'
           || ' (schema 5: the representative is the member)'
    FROM item_attendance ia JOIN agenda_item i ON i.id = ia.agenda_item_id
    JOIN attendance a ON a.meeting_id = i.meeting_id AND a.person_id = ia.person_id
    WHERE a.status = 'represented' ORDER BY ia.agenda_item_id, ia.person_id
    """,  # noqa: S608 - only constant SQL is formatted in
    """
    DELETE FROM item_attendance WHERE EXISTS (
        SELECT 1 FROM agenda_item i JOIN attendance a ON a.meeting_id = i.meeting_id
        WHERE i.id = item_attendance.agenda_item_id AND a.person_id = item_attendance.person_id
          AND a.status = 'represented')
    """,
    """
    CREATE TABLE attendance_v5 (
        meeting_id    INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id     INTEGER NOT NULL REFERENCES person(id),
        status        TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
        ad_hoc        INTEGER NOT NULL DEFAULT 0 CHECK (ad_hoc IN (0, 1)),
        briefed       INTEGER NOT NULL DEFAULT 0 CHECK (briefed IN (0, 1)),
        whole_meeting INTEGER NOT NULL DEFAULT 1 CHECK (whole_meeting IN (0, 1)),
        PRIMARY KEY (meeting_id, person_id)
    ) WITHOUT ROWID
    """,
    """
    INSERT INTO attendance_v5(meeting_id, person_id, status, ad_hoc, briefed, whole_meeting)
    SELECT meeting_id, person_id, status, ad_hoc, briefed, whole_meeting FROM attendance
    WHERE status != 'represented'
    """,
    "DROP TABLE attendance",
    "ALTER TABLE attendance_v5 RENAME TO attendance",
)

# Schema 6: informing the person, per case, to the end (P7, rev. December 2026; domain
# review C5, M4). Condition 3 holds unless a police participant indicates a risk:
# ``inform_police`` records, per informing decision, every police participant present for
# the item and whether they indicated a risk (no row: no police present — the question
# stays open, outcome ``open``). A decision may postpone the question
# (``decision.review_on``); ``inform_done`` records that the person was told: by whom,
# how (a conversation or a letter), when. A schema-5 confirmation that no investigation
# is at risk is kept as that police member's "no risk indicated" (audited); recorded
# outcomes are not recomputed.
MIGRATIONS[6] = (
    "ALTER TABLE decision ADD COLUMN review_on TEXT",
    """
    CREATE TABLE inform_police (
        decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
        person_id   INTEGER NOT NULL REFERENCES person(id),
        risk        INTEGER NOT NULL CHECK (risk IN (0, 1)),
        PRIMARY KEY (decision_id, person_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE inform_done (
        decision_id INTEGER PRIMARY KEY REFERENCES decision(id) ON DELETE CASCADE,
        done_by_id  INTEGER NOT NULL REFERENCES person(id),
        how         TEXT NOT NULL CHECK (how IN ('conversation', 'letter')),
        done_on     TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    )
    """,
    """
    INSERT INTO inform_police(decision_id, person_id, risk)
    SELECT id, confirmed_by_id, 0 FROM decision
    WHERE kind = 'inform_person' AND confirmed_by_id IS NOT NULL AND no_investigation_risk = 1
    """,
    """
    INSERT INTO audit_event(at, kind, subject, detail)
    SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'inform_police_kept',
           'decision:' || decision_id,
           'person:' || person_id || ' confirmed no investigation is at risk: kept as'
           || ' no risk indicated (schema 6: informing per case)'
    FROM inform_police ORDER BY decision_id
    """,
)

# Schema 7: cases have a life (P13; issue 16, domain review M1-M7, C13, C14, C18). A case
# moves through stages (``casus.phase``: referral -> discussed / in screening -> trajectory
# proposed / running -> closed with a reason), each change kept in ``case_stage`` and
# audited. Decisions beyond the two legal ones (follow-up trajectory, referral, closure)
# are ``decision`` rows of kind 'other' with their structure in ``decision_detail``. An
# action's owner may be an organisation when the person is not known (``action`` is
# rebuilt: ``owner_id`` may be NULL, ``owner_organisation``). Agenda items remember the
# practice's section they belong to; stepwise answers keep their history per meeting
# (P8: asked again when a minor's case returns to the agenda). Retention follows the
# case: per-cell periods by closure reason (``case_retention``), and deleting a case
# leaves a record without content (``case_deletion``). Existing cases become 'discussed'
# when they were on the agenda of a meeting or have notes or decisions, else 'referral';
# each is audited (``case_stage_set``).
_DISCUSSED = """
    EXISTS (SELECT 1 FROM agenda_item i WHERE i.case_id = casus.id)
    OR EXISTS (SELECT 1 FROM note n WHERE n.case_id = casus.id)
"""
MIGRATIONS[7] = (
    """
    ALTER TABLE casus ADD COLUMN phase TEXT NOT NULL DEFAULT 'referral'
        CHECK (phase IN ('referral', 'discussed', 'screening', 'trajectory_proposed',
                         'trajectory_running', 'closed'))
    """,
    "ALTER TABLE casus ADD COLUMN lead_organisation TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE casus ADD COLUMN case_director_id INTEGER REFERENCES person(id)",
    "ALTER TABLE casus ADD COLUMN evaluation_on TEXT",
    "ALTER TABLE casus ADD COLUMN closure_reason TEXT",
    "ALTER TABLE casus ADD COLUMN closed_on TEXT",
    "CREATE INDEX casus_by_phase ON casus(cell_id, phase)",
    """
    CREATE TABLE case_stage (
        id         INTEGER PRIMARY KEY,
        case_id    INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        stage      TEXT NOT NULL,
        reason     TEXT,
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        at         TEXT NOT NULL
    )
    """,
    "CREATE INDEX case_stage_by_case ON case_stage(case_id, id)",
    f"UPDATE casus SET phase = 'discussed' WHERE {_DISCUSSED}",  # noqa: S608 - constant SQL
    f"""
    INSERT INTO case_stage(case_id, stage, at)
    SELECT id, phase, {_NOW} FROM casus ORDER BY id
    """,  # noqa: S608 - only constant SQL is formatted in
    f"""
    INSERT INTO audit_event(at, kind, subject, detail)
    SELECT {_NOW}, 'case_stage_set', 'case:' || id,
           'stage:' || phase || ' (schema 7: cases have a life; '
           || CASE phase WHEN 'discussed' THEN 'it was on an agenda or has notes)'
                         ELSE 'not yet discussed)' END
    FROM casus ORDER BY id
    """,  # noqa: S608 - only constant SQL is formatted in
    """
    CREATE TABLE decision_detail (
        decision_id       INTEGER PRIMARY KEY REFERENCES decision(id) ON DELETE CASCADE,
        case_id           INTEGER NOT NULL REFERENCES casus(id),
        kind              TEXT NOT NULL CHECK (kind IN ('trajectory', 'referral', 'closure')),
        lead_organisation TEXT NOT NULL DEFAULT '',
        case_director_id  INTEGER REFERENCES person(id),
        evaluation_on     TEXT,
        referred_to       TEXT NOT NULL DEFAULT '',
        closure_reason    TEXT
    )
    """,
    "CREATE INDEX decision_detail_by_case ON decision_detail(case_id)",
    "CREATE INDEX decision_by_meeting ON decision(meeting_id)",
    """
    CREATE TABLE action_v7 (
        id                  INTEGER PRIMARY KEY,
        meeting_id          INTEGER NOT NULL REFERENCES meeting(id),
        agenda_item_id      INTEGER REFERENCES agenda_item(id),
        case_id             INTEGER REFERENCES casus(id),
        owner_id            INTEGER REFERENCES person(id),
        owner_organisation  TEXT NOT NULL DEFAULT '',
        due_date            TEXT,
        status              TEXT NOT NULL DEFAULT 'open'
                            CHECK (status IN ('open', 'done', 'not_done')),
        not_done_reason     TEXT CHECK (not_done_reason IN ('circumstances_changed', 'not_acted')),
        description_note_id INTEGER REFERENCES note(id) ON DELETE SET NULL,
        closed_at           TEXT,
        CHECK ((status = 'not_done') = (not_done_reason IS NOT NULL)),
        CHECK (owner_id IS NOT NULL OR owner_organisation != '')
    )
    """,
    """
    INSERT INTO action_v7(id, meeting_id, agenda_item_id, case_id, owner_id, due_date, status,
                          not_done_reason, description_note_id, closed_at)
    SELECT id, meeting_id, agenda_item_id, case_id, owner_id, due_date, status,
           not_done_reason, description_note_id, closed_at FROM action
    """,
    "DROP TABLE action",
    "ALTER TABLE action_v7 RENAME TO action",
    "CREATE INDEX action_by_meeting ON action(meeting_id)",
    "CREATE INDEX action_by_case ON action(case_id)",
    "CREATE INDEX action_by_owner ON action(owner_id, status)",
    "ALTER TABLE agenda_item ADD COLUMN section TEXT",
    """
    CREATE TABLE stepwise_answer (
        id          INTEGER PRIMARY KEY,
        case_id     INTEGER NOT NULL REFERENCES casus(id) ON DELETE CASCADE,
        meeting_id  INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        care_first  INTEGER CHECK (care_first IN (0, 1)),
        clear_signs INTEGER CHECK (clear_signs IN (0, 1)),
        answered_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX stepwise_answer_by_case ON stepwise_answer(case_id, id)",
    """
    INSERT INTO stepwise_answer(case_id, care_first, clear_signs, answered_at)
    SELECT id, care_first, clear_signs, stepwise_answered_at FROM casus
    WHERE stepwise_answered_at IS NOT NULL ORDER BY id
    """,
    """
    CREATE TABLE case_retention (
        cell_id        INTEGER NOT NULL REFERENCES cell(id) ON DELETE CASCADE,
        closure_reason TEXT NOT NULL,
        minor          INTEGER NOT NULL CHECK (minor IN (0, 1)),
        months         INTEGER NOT NULL CHECK (months > 0),
        PRIMARY KEY (cell_id, closure_reason, minor)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE case_deletion (
        id                 INTEGER PRIMARY KEY,
        cell_id            INTEGER REFERENCES cell(id) ON DELETE SET NULL,
        code               TEXT NOT NULL,
        created_on         TEXT NOT NULL,
        closed_on          TEXT,
        closure_reason     TEXT,
        first_discussed_on TEXT,
        last_discussed_on  TEXT,
        meetings           INTEGER NOT NULL,
        notes              INTEGER NOT NULL,
        decisions          INTEGER NOT NULL,
        actions            INTEGER NOT NULL,
        exports            INTEGER NOT NULL,
        selection_list_ref TEXT NOT NULL DEFAULT '',
        deleted_at         TEXT NOT NULL
    )
    """,
)

LATEST_VERSION = max(MIGRATIONS)
"""Schema version this program writes; a vault with a higher one is refused."""
