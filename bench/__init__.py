"""Tafelboek benchmarks: ``make bench`` (``python -m bench [GROUP ...]``).

Every module ``bench/bench_<group>.py`` is one *group*. It defines::

    DESCRIPTION: str
    def run(workdir: Path) -> dict[str, float | int]: ...

``run`` measures its figures in ``workdir`` (a fresh temporary folder, removed
afterwards) and returns them; the harness merges them into
``bench/results/latest.json`` together with ``machine`` and ``measured_at``.
Adding a group is adding such a module; nothing else needs registering.

Figure names end in their unit (see :data:`bench.common.UNIT_SUFFIXES`). Speed goals
live here and in ``docs/benchmarks.md``, never in timed tests.
"""
