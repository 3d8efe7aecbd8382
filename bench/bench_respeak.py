"""Time a change of a quote's speaker in a large library: 10,000 sources, 200,000 items.

    .venv/bin/python bench/bench_respeak.py [--sources 10000] [--items-per-source 20]
        [--library PATH]

Builds the synthetic library of bench/bench_corroborate.py in a temporary
folder (or uses PATH, built there once and kept), gives its quotes one of
500 invented speakers each, groups it, then changes one short quote's
speaker as the Library view does (`library_edits.set_item_speaker`: the
speaker stored, the quote groups it reaches brought up to date by
corroborate/respeaking.py) and undoes it; then merges two speakers and
undoes that. Each is timed in the session that grouped the library (its
grouping state in memory) and in a new process (the state read from the
stored index first), against a regroup with the signatures kept, measured
in the same run. The groups after each are compared with a regroup's.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_corroborate import build  # noqa: E402
from bench_redate import _FRESH as _REDATE_FRESH  # noqa: E402
from bench_redate import _timed, synthetic_args  # noqa: E402

from app.core import corroborate  # noqa: E402
from app.core import library_edits as edits  # noqa: E402
from app.core.corroborate.text import words  # noqa: E402
from app.core.store import Library  # noqa: E402

SPEAKERS = 500

# Run in a new process: open the library, change one quote's speaker, print
# seconds (bench_redate's run, with this edit in place of a date change).
_FRESH = _REDATE_FRESH.replace("from app.core.model import SourceMeta\n", "").replace(
    "edits.update_source_meta(library, int(sys.argv[3]), SourceMeta(date=sys.argv[4]))",
    "edits.set_item_speaker(library, int(sys.argv[3]), sys.argv[4])",
)


def _give_speakers(library: Library, seed: int = 11) -> None:
    """Each quote one of `SPEAKERS` invented people (as an import would)."""
    rng = random.Random(seed)
    with library.transaction() as db:
        db.executemany(
            "INSERT INTO speakers (name, role) VALUES (?, '')",
            [(f"Speaker Number{n}",) for n in range(SPEAKERS)],
        )
        ids = [r[0] for r in db.execute("SELECT id FROM speakers")]
        quotes = [r[0] for r in db.execute("SELECT id FROM items WHERE kind = 'quote'")]
        db.executemany(
            "UPDATE items SET speaker_id = ? WHERE id = ?", [(rng.choice(ids), q) for q in quotes]
        )


def _groups(library: Library) -> set:
    return {tuple(sorted(c.item_ids)) for c in library.clusters(kind="quote")}


def _grouped_quote(library: Library) -> tuple[int, str]:
    """A quote in a group, of five words or fewer where one is (the
    synthetic library's are longer: then its group is indexed again and
    stays), and the speaker of another member of its group."""
    found = None
    for group in library.clusters(kind="quote"):
        rows = library.report_rows(group.item_ids)
        for item_id, row in sorted(rows.items()):
            others = [r["speaker"] for i, r in rows.items() if i != item_id and r["speaker"]]
            if others and others[0] != row["speaker"]:
                if len(words(row["text"])) <= 5:
                    return item_id, others[0]
                found = found or (item_id, others[0])
    if found is None:
        raise SystemExit("no quote in a group")
    return found


def main() -> int:
    args = synthetic_args(__doc__)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.library or Path(tmp) / "bench.sqlite"
        if not path.exists():
            build(path, args.sources, args.items_per_source)
            _give_speakers(Library(path))
        library = Library(path)
        first, _ = _timed(lambda: corroborate.regroup(library))
        full, _ = _timed(lambda: corroborate.regroup(library))
        print(f"regroup from scratch {first:.2f} s; signatures kept {full:.2f} s")
        item_id, name = _grouped_quote(library)
        change, edit = _timed(lambda: edits.set_item_speaker(library, item_id, name))
        ours = _groups(library)
        undo, _ = _timed(lambda: edit.revert(library))
        print(f"change speaker, in session: {change:.2f} s, undo {undo:.2f} s")
        keep, merge = (r[0] for r in library.db.execute("SELECT id FROM speakers LIMIT 2"))
        merged, edit = _timed(lambda: edits.merge_speakers(library, keep, merge))
        unmerged, _ = _timed(lambda: edit.revert(library))
        print(f"merge speakers, in session: {merged:.2f} s, undo {unmerged:.2f} s")
        library.close()
        out = subprocess.run(
            [sys.executable, "-c", _FRESH, str(ROOT), str(path), str(item_id), name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        print(f"change speaker, new process: {float(out[0]):.2f} s, undo {float(out[1]):.2f} s")
        library = Library(path)
        # The groups the change and the merge left, against a regroup's.
        with library.transaction() as db:
            db.execute(
                "UPDATE items SET speaker_id = ?, speaker_locked = 1 WHERE id = ?",
                (next(sp.id for sp, _ in library.speakers() if sp.name == name), item_id),
            )
        corroborate.regroup(library)
        print(f"groups differing from a regroup's after the change: {len(ours ^ _groups(library))}")
        edits.merge_speakers(library, keep, merge)
        ours = _groups(library)
        corroborate.regroup(library)
        print(f"after the merge: {len(ours ^ _groups(library))}")
        print(f"load {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
