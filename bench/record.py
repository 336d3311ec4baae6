"""``python -m bench.record NAME=VALUE ...``: record figures measured outside a group.

Some figures are the duration of a whole run that is not itself a benchmark group, e.g.
``windows_lane_s``, which ``tools/winelane/lane.sh all`` (``make test-windows``) measures
for itself. They go into the results file with the same conventions as every group's
(units in the name, the machine, the time of measuring).
"""

from __future__ import annotations

import sys

from bench.common import RESULTS_PATH, log, machine_description, now_iso, write_results


def main(argv: list[str]) -> int:
    figures: dict[str, float] = {}
    for item in argv:
        name, sep, text = item.partition("=")
        if not sep:
            print(f"usage: python -m bench.record NAME=VALUE ... (got {item!r})", file=sys.stderr)
            return 2
        figures[name] = float(text)
    try:
        write_results(RESULTS_PATH, figures, machine=machine_description(), measured_at=now_iso())
    except ValueError as exc:  # a name without a unit, an unreadable results file
        print(f"not recorded: {exc}", file=sys.stderr)
        return 2
    for name, value in figures.items():
        log(f"recorded {name} = {value} in {RESULTS_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
