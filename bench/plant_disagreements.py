"""Planted disagreements and near-miss controls in the real-news set.

    .venv/bin/python bench/plant_disagreements.py make OUT_DIR [--candidates]
    .venv/bin/python bench/plant_disagreements.py score OUT_DIR LIBRARY

`make` finds places where two articles of ../shared/realnews report the same
figure about the same thing (found here with simple rules of its own, not the
app's, and kept only where `bench/plant_pairs.tsv` records that a person read
the pair and judged it one fact), then writes a modified copy of every
article to OUT_DIR (never into the repository):

- a plant changes that one figure in one of the two articles, so that the two
  now disagree (money, counts of any unit, percentages, years, days, vote
  tallies, people in one-holder roles);
- a control changes it in a way that must NOT be flagged: an approximation
  that agrees ("nearly $1 billion" for "$916 million"), a change over time
  that says so ("5 percent, up from 4 percent"), another subject (a different
  candidate or group with another figure), another time, or another unit.

Each modified article carries one modification. A third of each, chosen by a
hash of the pair, is the check part: scored, never tuned on. OUT_DIR gets the
articles and `manifest.json` (what was changed where: file names, offsets,
values; no article text).

`score` reads a library into which OUT_DIR was imported (`main.py import
OUT_DIR --library LIBRARY`) and reports, for the tuning and check parts:
plants found (a conflict holding the planted claim and its partner's claim,
each side with its value) and controls flagged (any conflict holding the
control's claim).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT / ".." / "shared" / "realnews"
VERDICTS = Path(__file__).with_name("plant_pairs.tsv")

# Invented surnames for plants and controls on people ("Gov. Ana Ruiz" ->
# "Gov. Ana Thessaly"): none is a name in the data sets.
INVENTED = ["Thessaly", "Quarrington", "Velloway", "Brimcombe", "Ostravel", "Pellingham"]

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
PATTERNS = {
    "money": re.compile(r"\$(\d[\d,]*(?:\.\d+)?)(?: (million|billion|trillion))?"),
    "percent": re.compile(r"\b(\d+(?:\.\d+)?)(?: percent\b|%)"),
    "count": re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{1,3}|\d{5,}) ([a-z]{3,}s)\b"),
    "year": re.compile(r"\b(19[5-9]\d|20[01]\d)\b"),
    "date": re.compile(rf"\b({_MONTHS})\.? (\d{{1,2}})\b(?!,? \d{{4}}\b)"),
    "tally": re.compile(r"\b(\d{1,3})[-\u2013](\d{1,3})\b(?![-\u2013]\d)"),
    "name": re.compile(
        r"\b(Gov\.|Governor|Mayor|Sheriff|Speaker|Attorney General) ([A-Z][a-z]+) ([A-Z][a-z]+)\b"
    ),
}
_STOP = set(
    "that this with from have been were they their there which would about said says what when "
    "will also than more into after over only just other some such most those these while where "
    "then them could should does being because".split()
)


def _sentences(text: str):
    for m in re.finditer(r"[^.!?\n]+(?:[.!?]+|$)", text):
        yield m.start(), m.end()


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def articles() -> dict[str, dict]:
    """Every article of the set: {file name: {"text", "date", "part"}}."""
    meta = {}
    for line in (REALNEWS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        meta[f"{row['id']}.txt"] = row["publication_date"]
    out = {}
    for path in sorted((REALNEWS / "articles").glob("*.txt")):
        date = meta.get(path.name, "")
        out[path.name] = {
            "text": path.read_text(encoding="utf-8"),
            "date": date,
            "part": "tune" if date < "2016-07-01" else "check",
        }
    return out


def candidates(arts: dict[str, dict]) -> list[dict]:
    """Pairs of sentences in two articles stating the same figure with many
    of the same words around it: places where two reports give one fact."""
    found: dict[tuple[str, str], list] = defaultdict(list)
    for name, art in arts.items():
        text = art["text"]
        for a, b in _sentences(text):
            sentence = text[a:b]
            for kind, pattern in PATTERNS.items():
                for m in pattern.finditer(sentence):
                    value = m.group(0) if kind != "name" else m.group(3)
                    window = sentence[max(0, m.start() - 80) : m.end() + 80]
                    found[(kind, value)].append(
                        (name, a + m.start(), a + m.end(), _words(window), _words(sentence))
                    )
    pairs = []
    for (kind, value), places in found.items():
        if len(places) < 2 or len(places) > 400:
            continue
        # A figure in many articles (a year) needs more words in common.
        need = 3 if len(places) <= 40 else 5
        for i, (n1, s1, e1, w1, all1) in enumerate(places):
            for n2, s2, e2, w2, all2 in places[i + 1 :]:
                if n1 == n2:
                    continue
                near = len(w1 & w2)
                jaccard = len(all1 & all2) / max(1, len(all1 | all2))
                if near >= need and jaccard >= 0.25:
                    key = hashlib.sha1(f"{n1}:{s1}|{n2}:{s2}".encode()).hexdigest()[:10]
                    pairs.append(
                        {
                            "id": key,
                            "kind": kind,
                            "value": value,
                            "a": [n1, s1, e1],
                            "b": [n2, s2, e2],
                            "jaccard": round(jaccard, 2),
                        }
                    )
    pairs.sort(key=lambda p: p["id"])
    return pairs


def verdicts() -> dict[str, str]:
    """{pair id: "same" | "not"} as judged by reading the pair."""
    out = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                pair_id, verdict, *_ = line.split("\t")
                out[pair_id] = verdict
    return out


# -- modifications ----------------------------------------------------------------


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _fmt(n: float, like: str) -> str:
    if "." in like:
        return f"{n:.{len(like.split('.')[1])}f}"
    return f"{round(n):,}" if "," in like else str(round(n))


def plant(kind: str, written: str, rng: random.Random) -> str:
    """The figure `written` changed into one that clearly disagrees with it."""
    if kind == "money":
        m = PATTERNS["money"].fullmatch(written)
        n = _number(m.group(1))
        new = _fmt(n * rng.choice([1.6, 0.55]), m.group(1))
        return f"${new}" + (f" {m.group(2)}" if m.group(2) else "")
    if kind == "percent":
        m = PATTERNS["percent"].fullmatch(written)
        n = _number(m.group(1))
        new = n + 9 if n < 60 else n - 9
        return written.replace(m.group(1), _fmt(new, m.group(1)), 1)
    if kind == "count":
        m = PATTERNS["count"].fullmatch(written)
        n = _number(m.group(1))
        new = max(n + 3, n * 1.6) if rng.random() < 0.5 or n < 6 else n * 0.55
        return f"{_fmt(new, m.group(1))} {m.group(2)}"
    if kind == "year":
        return str(
            int(written) + rng.choice([-3, -2, 2, 3]) if int(written) < 2014 else int(written) - 3
        )
    if kind == "date":
        m = PATTERNS["date"].fullmatch(written)
        day = int(m.group(2))
        return written[: m.start(2)] + str(day + 6 if day < 20 else day - 6)
    if kind == "tally":
        m = PATTERNS["tally"].fullmatch(written)
        a, b = int(m.group(1)), int(m.group(2))
        return f"{a + 4}-{b}" if a >= b else f"{a}-{b + 4}"
    m = PATTERNS["name"].fullmatch(written)
    return f"{m.group(1)} {m.group(2)} {rng.choice(INVENTED)}"


CONTROL_KINDS = ("approx", "change", "subject", "time", "unit")


def control(kind: str, written: str, sentence: str, how: str, rng: random.Random) -> str | None:
    """`written` rewritten as a near miss of kind `how`, or None when that
    kind does not apply to this figure."""
    if how == "approx":
        if kind == "money":
            m = PATTERNS["money"].fullmatch(written)
            n = _number(m.group(1))
            if n < 2:
                return None
            return f"nearly ${_fmt(n * 1.08, m.group(1))}" + (
                f" {m.group(2)}" if m.group(2) else ""
            )
        if kind == "percent":
            m = PATTERNS["percent"].fullmatch(written)
            n = _number(m.group(1))
            return f"about {written.replace(m.group(1), _fmt(n + 0.4 if '.' not in m.group(1) else round(n), m.group(1)), 1)}"
        if kind == "count":
            m = PATTERNS["count"].fullmatch(written)
            n = _number(m.group(1))
            if n < 12:
                return None
            floor = int(n // 10 * 10) if n % 10 else int(n - 5)
            return (
                f"more than {floor:,} {m.group(2)}"
                if "," in m.group(1)
                else f"more than {floor} {m.group(2)}"
            )
        return None
    if how == "change":
        if kind in ("money", "percent", "count"):
            m = PATTERNS[kind].fullmatch(written)
            n = _number(m.group(1))
            earlier = written.replace(m.group(1), _fmt(n * 0.7, m.group(1)), 1)
            return f"{written}, up from {earlier},"
        return None
    if how == "subject":
        # The name nearest before the figure in its clause: the one it is said of.
        at = sentence.find(written)
        clause = re.split(r"[,;:\u2014]", sentence[:at])[-1] if at > 0 else ""
        names = [w for w in re.findall(r"\b[A-Z][a-z]{3,}\b", clause) if w not in written]
        names = [w for w in names if sentence.find(w) > 0]
        if not names or kind == "name":
            return None
        return "SUBJECT:" + names[-1] + "|" + plant(kind, written, rng)
    if how == "time":
        if kind in ("year", "date", "name"):
            return None
        return f"{plant(kind, written, rng)} in {rng.choice([1987, 1993, 2001])}"
    if how == "unit" and kind == "count":
        m = PATTERNS["count"].fullmatch(written)
        n = _number(m.group(1))
        return f"{_fmt(n * 1.6 + 3, m.group(1))} {rng.choice(['kiosks', 'ferries', 'orchards'])}"
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    a = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    b = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return a, b


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, b if b >= 0 else len(text)


def _show(arts: dict[str, dict]) -> int:
    judged = verdicts()
    for p in candidates(arts):
        if p["id"] in judged:
            continue
        print(f"{p['id']}\t{p['kind']}\t{p['value']}\t{p['jaccard']}")
        for name, start, end in (p["a"], p["b"]):
            text = arts[name]["text"]
            a, b = _sentence(text, start, end)
            print("    " + " ".join(text[a : b + 1].split()))
    return 0


def make(out: Path, show_candidates: bool) -> int:
    """Two rounds (out/round0, out/round1): each same-fact pair carries a
    plant in one round and a control in the other, so every pair is used
    both ways; an article may carry several modifications, never two in one
    sentence, and never one in a sentence another modification is compared with."""
    arts = articles()
    if show_candidates:
        return _show(arts)
    judged = verdicts()
    same = [p for p in candidates(arts) if judged.get(p["id"]) == "same"]
    rng = random.Random(20261128)
    rng.shuffle(same)
    sides = {p["id"]: rng.random() < 0.5 for p in same}
    for round_ in (0, 1):
        _make_round(arts, same, sides, round_, out / f"round{round_}")
    return 0


def _make_round(arts, same, sides, round_: int, out: Path) -> None:
    rng = random.Random(round_)
    edits: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    locked: dict[str, list[tuple[int, int]]] = defaultdict(list)
    entries = []
    per_kind: Counter = Counter()
    for p in same:
        target, partner = (p["b"], p["a"]) if sides[p["id"]] else (p["a"], p["b"])
        name, start, end = target
        text = arts[name]["text"]
        sa, sb = _sentence(text, start, end)
        other = arts[partner[0]]["text"]
        pa, pb = _sentence(other, partner[1], partner[2])
        # Locks cover the whole paragraph: the app's claims may span more
        # than one of these sentences, and two changes in one claim are not
        # one disagreement.
        la, lb = _paragraph(text, start), _paragraph(other, partner[1])

        def free(fname, a, b):
            return all(b <= x or a >= y for x, y in locked[fname])

        if not (free(name, *la) and free(partner[0], *lb)):
            continue
        kind, written, sentence = p["kind"], text[start:end], text[sa:sb]
        role = "plant" if (per_kind[kind] + round_) % 2 == 0 else "control"
        how, extra = "plant", None
        if role == "control":
            options = [
                c for c in CONTROL_KINDS if control(kind, written, sentence, c, random.Random(0))
            ]
            if not options:
                continue
            how = options[per_kind[(kind, "control")] % len(options)]
            per_kind[(kind, "control")] += 1
            new = control(kind, written, sentence, how, rng)
            if new.startswith("SUBJECT:"):
                who, new = new[8:].split("|", 1)
                at = sa + sentence.find(who)
                extra = (at, at + len(who), rng.choice(INVENTED))
        else:
            new = plant(kind, written, rng)
        per_kind[kind] += 1
        edits[name].append((start, end, new))
        if extra:
            edits[name].append(extra)
        locked[name].append(la)
        locked[partner[0]].append(lb)
        entries.append(
            {
                "pair": p["id"],
                "role": role,
                "how": how,
                "kind": kind,
                "file": name,
                "start": start,
                "was": written,
                "now": new,
                "partner": partner,
                "part": "check" if int(p["id"], 16) % 3 == 0 else "tune",
            }
        )
    out.mkdir(parents=True, exist_ok=True)

    def moved(fname: str, pos: int) -> int:
        return pos + sum(len(new) - (b - a) for a, b, new in edits[fname] if b <= pos)

    for name, art in arts.items():
        text = art["text"]
        for a, b, new in sorted(edits[name], reverse=True):
            text = text[:a] + new + text[b:]
        (out / name).write_text(text, encoding="utf-8")
    for e in entries:
        e["start"] = moved(e["file"], e["start"])
        e["end"] = e["start"] + len(e["now"])
        name, a, b = e["partner"]
        e["partner"] = [name, moved(name, a), moved(name, b)]
    (out / "manifest.json").write_text(json.dumps(entries, indent=1), encoding="utf-8")
    counts = Counter((e["role"], e["kind"]) for e in entries)
    print(f"{out}: {len(arts)} articles, {len(entries)} modifications")
    for (role, kind), k in sorted(counts.items()):
        print(f"  {role:8} {kind:8} {k}")
    hows = Counter(e["how"] for e in entries if e["role"] == "control")
    print("  controls by kind of near miss:", dict(hows))


def score(out: Path, library: Path) -> int:
    """Score one round's folder `out` against the library it was imported into."""
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(library)
    rows = db.execute(
        'SELECT c.id, m.item_id, m.value, s.file_name, i.start, i."end" FROM conflicts c'
        " JOIN conflict_members m ON m.conflict_id = c.id JOIN items i ON i.id = m.item_id"
        " JOIN sources s ON s.id = i.source_id"
    ).fetchall()
    members = defaultdict(list)
    for cid, _item, value, fname, a, b in rows:
        members[cid].append((fname, a, b, value))
    planted = {(m["file"], m["start"]) for m in manifest if m["role"] == "plant"}

    def against_unplanted(cid: int, value: str) -> bool:
        """Whether a conflict holding a control is the control's own: one
        that a plant elsewhere in the round takes part in is the plant's."""
        return not any(f == pf and a <= ps < b for f, a, b, _ in members[cid] for pf, ps in planted)

    def holding(fname: str, pos: int):
        return [
            (cid, value)
            for cid, ms in members.items()
            for f, a, b, value in ms
            if f == fname and a <= pos < b
        ]

    results: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for m in manifest:
        mine = holding(m["file"], m["start"])
        key = (m["role"], m["part"])
        results[key][1] += 1
        if m["role"] == "plant":
            theirs = holding(m["partner"][0], m["partner"][1])
            hit = any(c1 == c2 and v1 != v2 for c1, v1 in mine for c2, v2 in theirs)
            results[key][0] += hit
            m["found"] = hit
        else:
            flagged = any(against_unplanted(cid, value) for cid, value in mine)
            results[key][0] += flagged
            m["flagged"] = flagged
    for (role, part), (hit, total) in sorted(results.items()):
        what = "found" if role == "plant" else "flagged"
        print(
            f"{role:8} {part:6} {what}: {hit}/{total}" + (f" = {hit / total:.2f}" if total else "")
        )
    by_kind = defaultdict(lambda: [0, 0])
    for m in manifest:
        if m["role"] == "plant":
            by_kind[(m["part"], m["kind"])][0] += m["found"]
            by_kind[(m["part"], m["kind"])][1] += 1
    for (part, kind), (hit, total) in sorted(by_kind.items()):
        print(f"  plants {part:6} {kind:8} {hit}/{total}")
    if "--misses" in sys.argv:
        for m in manifest:
            if m["part"] == "tune" and (m.get("found") is False or m.get("flagged")):
                print(json.dumps(m))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("make")
    p.add_argument("out", type=Path)
    p.add_argument("--candidates", action="store_true", help="print unjudged candidate pairs")
    p = sub.add_parser("score")
    p.add_argument("out", type=Path)
    p.add_argument("library", type=Path)
    p.add_argument("--misses", action="store_true", help="list tuning-part misses")
    args = parser.parse_args()
    if not REALNEWS.is_dir():
        print(f"error: {REALNEWS} is missing", file=sys.stderr)
        return 1
    if args.command == "make":
        return make(args.out, args.candidates)
    return score(args.out, args.library)


if __name__ == "__main__":
    raise SystemExit(main())
