"""Coverage-guided fuzzing (atheris / libFuzzer) of everything that parses user text.

Usage: ``python tests/proof/fuzz.py TARGET RUNS`` with TARGET one of ``search_query``,
``note_markup``, ``note_text``. Each target must never raise; any exception (or a wrong
answer, raised as an AssertionError) makes libFuzzer print the input and exit non-zero.
After RUNS inputs the figure is recorded (:mod:`proof.figures`) and the process exits 0.

* ``search_query`` — :func:`vault.search.to_fts_query` and a real FTS5 ``MATCH`` through
  :func:`vault.search.search` in an encrypted vault: user text is never FTS5 syntax.
* ``note_markup`` — a note's plain text → reportlab paragraph markup (escaped, line breaks
  and spaces kept), parsed and laid out (:func:`vault.documents.render.text_block`).
* ``note_text`` — a note stored, read back byte-exact, and searched for its own words.

The program has no file import; these are all its parsers of untrusted text.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path[:0] = [str(HERE.parents[2]), str(HERE.parents[1])]

import atheris  # noqa: E402

with atheris.instrument_imports(include=["vault"]):
    from vault import FixedKdf, KdfParams, Vault
    from vault.documents.render import styles, text_block
    from vault.notes import add_note, get_note
    from vault.search import search, to_fts_query

from proof.figures import record  # noqa: E402

FAST = FixedKdf(KdfParams(memory_kib=64, iterations=1, parallelism=1), floor_memory_kib=8)
SEED_NOTES = ['Afspraak met "CLB" NEAR(x y) *', "jeugd* AND OR NOT ^body:", "école ĳs ÉÉN"]


def _vault() -> Vault:
    folder = Path(tempfile.mkdtemp(prefix="tafelboek-fuzz-"))
    vault = Vault.create(folder / "fuzz.tafelboek", "fuzz zin", kdf=FAST)
    for body in SEED_NOTES:
        add_note(vault, body)
    return vault


def target(name: str) -> Callable[[bytes], None]:
    if name == "search_query":
        vault = _vault()

        def one(data: bytes) -> None:
            text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)
            query = to_fts_query(text)
            assert query is None or query.strip()
            search(vault, text)

        return one
    if name == "note_markup":
        style = styles().note

        def one(data: bytes) -> None:
            text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(2048)
            for flowable in text_block(text, style):
                flowable.wrap(400, 800)

        return one
    if name == "note_text":
        vault = _vault()

        def one(data: bytes) -> None:
            text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)
            note_id = add_note(vault, text)
            assert get_note(vault, note_id).body == text
            search(vault, text)
            with vault.transaction() as db:
                db.execute("DELETE FROM note WHERE id = ?", (note_id,))

        return one
    raise SystemExit(f"unknown target {name}")


def main() -> int:
    name, runs = sys.argv[1], int(sys.argv[2])
    one = target(name)
    done = 0

    def counted(data: bytes) -> None:
        nonlocal done
        one(data)
        done += 1
        if done == runs:
            record(f"fuzz.{name}", runs=done, failures=0)
            sys.stdout.flush()
            os._exit(0)

    atheris.Setup([sys.argv[0], "-rss_limit_mb=4096", f"-runs={runs + 10}"], counted)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
