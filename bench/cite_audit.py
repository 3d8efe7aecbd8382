"""The citation audit on many seeds (tests/export/test_cite_audit.py runs three).

    HOME=/tmp/x .venv/bin/python bench/cite_audit.py [--first 0] [--seeds 200] [--steps 80]
        [--no-pdf]

Each seed builds a library of invented articles and the five bundled ones,
plays a random run of memo and library edits (tests/export/cite_audit_build.py),
exports DOCX in every citation style and notes placement and PDF in two, reads
them back and checks them (tests/export/cite_audit_check.py). Prints one line
per seed with the problems found (invented texts only), and a total.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.export.cite_audit_check import audit  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--seeds", type=int, default=200)
    parser.add_argument("--steps", type=int, default=80)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    failed = 0
    started = time.perf_counter()
    for seed in range(args.first, args.first + args.seeds):
        with tempfile.TemporaryDirectory(prefix=f"citeaudit{seed}-") as folder:
            try:
                problems = audit(seed, Path(folder), args.steps, pdf=not args.no_pdf)
            except Exception as exc:  # noqa: BLE001 - a seed's crash is a finding, not the end
                problems = [f"crashed: {type(exc).__name__}: {exc}"]
        failed += bool(problems)
        print(f"seed {seed}: {len(problems)} problem(s)", flush=True)
        for problem in problems:
            print(f"    {problem}")
    took = time.perf_counter() - started
    print(f"{args.seeds} seeds of {args.steps} steps: {failed} with problems ({took:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
