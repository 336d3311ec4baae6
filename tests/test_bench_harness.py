"""Conventions of the benchmark results file (no timing here: speed goals live in bench/)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # ``bench`` is a top-level folder, not an installed package
    sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    available_groups,
    machine_description,
    now_iso,
    percentile,
    read_results,
    significant,
    write_results,
)


def test_first_write_creates_one_flat_object_with_machine_and_timestamp(tmp_path: Path) -> None:
    path = tmp_path / "results" / "latest.json"
    write_results(path, {"kdf_s": 1.02, "kdf_iterations": 4}, machine="m1", measured_at=now_iso())

    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kdf_s"] == 1.02
    assert data["kdf_iterations"] == 4
    assert data["machine"] == "m1"
    assert datetime.fromisoformat(data["measured_at"]).tzinfo is not None
    assert all(not isinstance(v, dict | list) for v in data.values())


def test_a_group_updates_its_own_keys_and_keeps_the_others(tmp_path: Path) -> None:
    path = tmp_path / "latest.json"
    write_results(
        path,
        {"kdf_s": 1.0, "pdf_render_ms": 250.0},
        machine="old",
        measured_at="2026-01-01T00:00:00+00:00",
    )
    write_results(
        path,
        {"kdf_s": 0.9, "unlock_s": 1.1},
        machine="new",
        measured_at="2026-02-01T00:00:00+00:00",
    )

    data = read_results(path)
    assert data == {
        "kdf_s": 0.9,
        "unlock_s": 1.1,
        "pdf_render_ms": 250.0,
        "machine": "new",
        "measured_at": "2026-02-01T00:00:00+00:00",
    }


def test_write_is_atomic_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "latest.json"
    for i in range(3):
        write_results(path, {"commit_p50_ms": float(i)}, machine="m", measured_at=now_iso())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.json"]
    assert path.read_text(encoding="utf-8").endswith("}\n")


@pytest.mark.parametrize(
    "figures",
    [
        {"kdf_seconds": 1.0},  # unit not among the suffixes
        {"machine_ms": "fast"},  # not a number
        {"ok_ratio": True},  # bool is not a figure
        {"bad_ms": float("nan")},
        {"machine": 1.0},  # reserved key
    ],
)
def test_figures_that_break_the_conventions_are_refused(
    tmp_path: Path, figures: dict[str, object]
) -> None:
    path = tmp_path / "latest.json"
    write_results(path, {"kdf_s": 1.0}, machine="m", measured_at=now_iso())
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        write_results(path, figures, machine="m", measured_at=now_iso())  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_an_unreadable_results_file_is_not_overwritten(tmp_path: Path, content: str) -> None:
    path = tmp_path / "latest.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError):
        write_results(path, {"kdf_s": 1.0}, machine="m", measured_at=now_iso())
    assert path.read_text(encoding="utf-8") == content


def test_unit_suffixes_cover_this_issues_figure_names(tmp_path: Path) -> None:
    names = [
        "kdf_s",
        "kdf_memory_kib",
        "kdf_iterations",
        "unlock_s",
        "open_with_key_ms",
        "commit_p50_ms",
        "commit_p99_ms",
        "commit_max_ms",
        "commit_log_kib",
        "commit_forced_checkpoint_count",
        "checkpoint_ms",
        "checkpoint_log_mb",
        "cipher_vs_plain_ratio",
        "cipher_vs_plain_write_ratio",
        "cipher_vs_plain_read_ratio",
        "open_integrity_check_ms_per_mb",
        "integrity_bench_vault_mb",
    ]
    write_results(tmp_path / "latest.json", dict.fromkeys(names, 1.0), machine="m", measured_at="t")


def test_machine_description_names_cpu_cores_ram_os_python_and_sqlcipher() -> None:
    text = machine_description()
    for part in ("logical cores", "RAM", "Python", "SQLCipher"):
        assert part in text


def test_registry_finds_the_vault_group() -> None:
    assert "vault" in available_groups()


def test_significant_digits_and_percentile() -> None:
    assert significant(0.0123456) == 0.0123
    assert significant(1234.5) == 1230
    assert significant(0.0) == 0.0
    assert percentile(list(range(1, 101)), 50) == 50
    assert percentile(list(range(1, 101)), 99) == 99
    assert percentile([3.0], 99) == 3.0


def test_record_merges_one_measured_figure_with_the_conventions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bench.record as record

    results = tmp_path / "latest.json"
    monkeypatch.setattr(record, "RESULTS_PATH", results)
    assert record.main(["windows_lane_s=612"]) == 0
    data = json.loads(results.read_text())
    assert data["windows_lane_s"] == 612 and "machine" in data and "measured_at" in data
    assert record.main(["windows_lane=612"]) == 2  # no unit: refused, nothing written
    assert "windows_lane" not in json.loads(results.read_text())


def test_the_cipher_vs_plain_workload_runs_on_both_engines(tmp_path: Path) -> None:
    """The comparison builds the vault's schema on SQLCipher and on the standard
    library's SQLite, which may be older (3.40 lacks FTS5 secure-delete): a schema
    statement either engine refuses would stop ``make bench`` in the vault group."""
    from bench.bench_vault import PLAIN_ENGINE, Workload, _cipher_engine

    tiny = Workload(inserts=["een korte notitie"] * 3, updates=[(1, "anders")], point_reads=[2])
    for engine in (_cipher_engine(), PLAIN_ENGINE):
        write_s, read_s = tiny.run(engine, tmp_path / f"{engine.name}.db")
        assert write_s > 0 and read_s > 0


def test_groups_that_measure_the_users_process_are_marked_hardened() -> None:
    """The case list's figures are the product's only with memory security on, which
    the harness gives such a group by running it in a hardened child process."""
    from bench.common import load_group

    assert load_group("casefile").hardened
    assert not load_group("vault").hardened
