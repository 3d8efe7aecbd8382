"""Finding the pairs and making the rounds of bench/plant_disagreements.py.

`candidates` finds places where two articles of ../shared/realnews state the
same figure in a fact; `verdicts` reads which of them a person judged one
fact (bench/plant_pairs.tsv); `make` spreads the modifications over rounds
and writes each round's articles and manifest.json. The rewrites of a
figure into a disagreement or a near miss (`plant`, `control`) are in
bench/plants_rewrite.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.extract import extract_items  # noqa: E402
from app.core.extract.sentences import sentence_spans  # noqa: E402
from bench.context_claims import context_claims, wide_claims  # noqa: E402
from bench.plants_rewrite import (  # noqa: E402
    CONTROL_KINDS,
    INVENTED,
    PATTERNS,
    control,
    plant,
    span_parts,
)
from bench.plants_subject import subject_parts  # noqa: E402

REALNEWS = ROOT / ".." / "shared" / "realnews"
# PLANT_CLAIMS=named (or strict, or wide): a pair's sentence may also be a hidden claim
# of bench/context_claims.py (strict: subject resolved from
# context only; named: also a named subject with a pointer elsewhere), when
# its other sentence is a fact: a claim is compared only with facts and quotes;
# wide: every sentence not offered that states a figure, compared with claims too.
CLAIMS = os.environ.get("PLANT_CLAIMS", "")
VERDICTS = Path(__file__).with_name("plant_pairs.tsv")
# Reports this close name the holder of a state's office at one time (as
# app/core/corroborate/rules.OFFICE_DAYS, where the app reads them alike).
OFFICE_DAYS = 31

_STOP = set(
    "that this with from have been were they their there which would about said says what when "
    "will also than more into after over only just other some such most those these while where "
    "then them could should does being because".split()
)


_FIGURE = re.compile(r"\b\d+(?:\.\d+)?\b")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


def articles() -> dict[str, dict]:
    """Every article of the set: {file name: {"text", "date", "part", "facts"}}."""
    meta = {}
    for line in (REALNEWS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        meta[f"{row['id']}.txt"] = row["publication_date"]
    out = {}
    for path in sorted((REALNEWS / "articles").glob("*.txt")):
        date = meta.get(path.name, "")
        text = path.read_text(encoding="utf-8")
        out[path.name] = {
            "text": text,
            "date": date,
            "part": "tune" if date < "2016-07-01" else "check",
            **spans_of(text),
        }
    return out


def fact_spans(text: str) -> list[tuple[int, int]]:
    """Where the app's extractor offers facts in `text`."""
    return [(i.start, i.end) for i in extract_items(text) if i.kind == "fact"]


def spans_of(text: str) -> dict[str, list[tuple[int, int]]]:
    """ "real": the facts of `text`; "strict" and "named": its hidden claims
    of each kind (empty unless CLAIMS); "facts": all the app compares;
    "sentences": every sentence, where candidate pairs are looked for (a
    pair's sentence need not be offered: a plant there counts as missed)."""
    real = fact_spans(text)
    strict: list[tuple[int, int]] = []
    named: list[tuple[int, int]] = []
    wide: list[tuple[int, int]] = []
    if CLAIMS == "wide":
        wide = [(c.start, c.end) for c in wide_claims(text)]
    elif CLAIMS:
        for c in context_claims(text, named=CLAIMS == "named"):
            (named if c.how == "named" else strict).append((c.start, c.end))
    return {
        "real": real,
        "strict": strict,
        "named": named,
        "wide": wide,
        "facts": sorted(real + strict + named + wide),
        "sentences": sentence_spans(text),
    }


def side(spans: dict, start: int, end: int) -> str:
    """What the sentence holding text[start:end] is: "fact", "strict",
    "named" (a hidden claim) or "" (none)."""
    for what in ("real", "strict", "named", "wide"):
        if within(spans[what], start, end):
            return "fact" if what == "real" else what
    return ""


def within(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return next(((a, b) for a, b in spans if a <= start and end <= b), None)


def candidates(arts: dict[str, dict]) -> list[dict]:
    """Pairs of sentences in two articles stating the same figure with enough
    of the same words around it: places where two reports may give one fact.
    Every sentence is looked at, offered as a fact or not: the set measures
    what a reader would want flagged, not only what the fact finder offers."""
    found: dict[tuple[str, str], list] = defaultdict(list)
    for name, art in arts.items():
        text = art["text"]
        for a, b in art["sentences"]:
            sentence = text[a:b]
            for kind, pattern in PATTERNS.items():
                for m in pattern.finditer(sentence):
                    value = m.group(0) if kind != "name" else m.group(3)
                    window = sentence[max(0, m.start() - 80) : m.end() + 80]
                    found[(kind, value)].append(
                        (
                            name,
                            a + m.start(),
                            a + m.end(),
                            _words(window),
                            _words(sentence),
                            set(_FIGURE.findall(sentence)) - {m.group(1)},
                        )
                    )
    pairs = []
    for (kind, value), places in found.items():
        if len(places) < 2 or len(places) > 400:
            continue
        # A figure in many articles (a year) needs more words in common; a
        # share or a name recurs by chance, so its sentences must be closer.
        need = 2 if len(places) <= 40 else 4
        least = 0.2 if kind in ("percent", "name") else 0.12
        for i, (n1, s1, e1, w1, all1, f1) in enumerate(places):
            for n2, s2, e2, w2, all2, f2 in places[i + 1 :]:
                if n1 == n2:
                    continue
                near = len(w1 & w2)
                jaccard = len(all1 & all2) / max(1, len(all1 | all2))
                # One poll's result or one sum reported twice: another figure
                # in both sentences ("46 percent to 40 percent"), however
                # differently the rest is worded.
                shared = kind in ("percent", "money") and near >= 1 and bool(f1 & f2)
                # A state's one-holder role names its holder in any sentence:
                # two reports of one month (OFFICE_DAYS) name one holder.
                office = kind == "name" and _days_apart(arts, n1, n2) <= OFFICE_DAYS
                if (near >= need and jaccard >= least) or shared or office:
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


def _days_apart(arts: dict[str, dict], one: str, other: str) -> int:
    """Days between two articles' dates (a large number when one has none)."""
    try:
        a, b = (dt.date.fromisoformat(arts[n]["date"]) for n in (one, other))
    except ValueError:
        return 1 << 30
    return abs((a - b).days)


def verdicts() -> dict[str, str]:
    """{pair id: "same" | "not"} as judged by reading the pair."""
    out = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                pair_id, verdict, *_ = line.split("\t")
                out[pair_id] = verdict
    return out


def _sentence(art: dict, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end]: the fact when one holds it."""
    return within(art["facts"], start, end) or within(art["sentences"], start, end) or (start, end)


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
            a, b = _sentence(arts[name], start, end)
            print("    " + " ".join(arts[name]["text"][a:b].split()))
    return 0


def make(out: Path, show_candidates: bool) -> list[Path]:
    """Write the rounds (out/round0, out/round1, ...); return their folders.

    Each same-fact pair gives a plant and, where a kind of near miss applies
    to its figure, a control, both in the same one of its two articles; each
    sentence is the target of one pair only. Modifications go to the first
    round where neither article's paragraph is taken yet."""
    arts = articles()
    if show_candidates:
        _show(arts)
        return []
    judged = verdicts()
    same = [p for p in candidates(arts) if judged.get(p["id"]) == "same"]
    rng = random.Random(20261128)
    rng.shuffle(same)
    jobs, targeted = [], set()
    per_kind: Counter = Counter()
    for p in same:
        sides = [(p["b"], p["a"]), (p["a"], p["b"])]
        if rng.random() < 0.5:
            sides.reverse()
        sides = [(t, o) for t, o in sides if (t[0], t[1]) not in targeted]
        if not sides:
            continue
        target, partner = sides[0]
        targeted.add((target[0], target[1]))
        art = arts[target[0]]
        written = art["text"][target[1] : target[2]]
        sa, sb = _sentence(art, target[1], target[2])
        sentence = art["text"][sa:sb]
        jobs.append((p, "plant", "plant", target, partner))
        options = [
            c
            for c in CONTROL_KINDS
            if control(p["kind"], written, sentence, c, random.Random(0), target[1] - sa)
        ]
        if options:
            how = options[per_kind[p["kind"]] % len(options)]
            per_kind[p["kind"]] += 1
            jobs.append((p, "control", how, target, partner))
    # A changed paragraph is taken: no other change, nor any sentence another
    # change is compared with, may sit in it. Sentences only compared with
    # may share a paragraph.
    rounds: list[list] = []
    changed: list[dict[str, list[tuple[int, int]]]] = []
    compared: list[dict[str, list[tuple[int, int]]]] = []
    for job in jobs:
        _, _, _, target, partner = job
        mine = (target[0], _paragraph(arts[target[0]]["text"], target[1]))
        theirs = (partner[0], _paragraph(arts[partner[0]]["text"], partner[1]))

        def free(spans, fname, a, b):
            return all(b <= x or a >= y for x, y in spans[fname])

        for n in range(len(rounds) + 1):
            if n == len(rounds):
                rounds.append([])
                changed.append(defaultdict(list))
                compared.append(defaultdict(list))
            if (
                free(changed[n], mine[0], *mine[1])
                and free(compared[n], mine[0], *mine[1])
                and free(changed[n], theirs[0], *theirs[1])
            ):
                rounds[n].append(job)
                changed[n][mine[0]].append(mine[1])
                compared[n][theirs[0]].append(theirs[1])
                break
    folders = []
    for n, round_jobs in enumerate(rounds):
        folders.append(out / f"round{n}")
        _make_round(arts, round_jobs, n, folders[-1])
    return folders


def _edits(arts, jobs, rng: random.Random) -> list[dict]:
    """The modification of each job, as a manifest entry with its edits."""
    entries = []
    for p, role, how, target, partner in jobs:
        name, start, end = target
        art = arts[name]
        written = art["text"][start:end]
        sa, sb = _sentence(art, start, end)
        sentence = art["text"][sa:sb]
        edits = []
        if role == "control":
            new = control(p["kind"], written, sentence, how, rng, start - sa)
            # A change or a time told where the figure's phrase ends: the
            # rewrite replaces the words after the figure up to there too.
            more, new = span_parts(new)
            end += more
            written = art["text"][start:end]
            if new.startswith("SUBJECT:"):
                # The name the figure is said of, at its place in the sentence
                # (not the name's first occurrence there).
                at, who, new = subject_parts(new)
                edits.append((sa + at, sa + at + len(who), rng.choice(INVENTED)))
        else:
            new = plant(p["kind"], written, rng, sentence)
        edits.append((start, end, new))
        entries.append(
            {
                "pair": p["id"],
                "role": role,
                "how": how,
                "kind": p["kind"],
                "file": name,
                "start": start,
                "was": written,
                "now": new,
                "partner": list(partner),
                # The realnews README's split: a pair is tuned on only when
                # both its articles are of the tuning part (dated before
                # 2016-07-01); one touching a check article is scored, never read.
                "part": "tune"
                if art["part"] == "tune" and arts[partner[0]]["part"] == "tune"
                else "check",
                "edits": edits,
            }
        )
    return entries


def _apply(arts, entries) -> tuple[dict[str, str], dict]:
    """The modified texts, and a function moving an original offset of a file."""
    edits = defaultdict(list)
    for e in entries:
        edits[e["file"]].extend(e["edits"])
    texts = {}
    for name in edits:
        text = arts[name]["text"]
        for a, b, new in sorted(edits[name], reverse=True):
            text = text[:a] + new + text[b:]
        texts[name] = text

    def moved(fname: str, pos: int) -> int:
        return pos + sum(len(new) - (b - a) for a, b, new in edits[fname] if b <= pos)

    return texts, moved


def _make_round(arts, jobs, round_: int, out: Path) -> None:
    """Write one round. Every modification is kept; "sides" records what
    the extractor makes of the changed sentence and of its partner in the
    modified articles ("fact", a hidden claim's kind, or "" when not
    offered): a plant whose sentence is not offered cannot be found and
    counts as missed; the report gives the pairs of two facts apart."""
    entries = _edits(arts, jobs, random.Random(round_))
    texts, moved = _apply(arts, entries)
    spans = {name: spans_of(text) for name, text in texts.items()}

    def offered(fname: str, start: int, end: int) -> str:
        return side(spans.get(fname, arts[fname]), moved(fname, start), moved(fname, end))

    for e in entries:
        e["sides"] = [
            offered(e["file"], e["start"], e["start"] + len(e["was"])),
            offered(*e["partner"]),
        ]
    # `moved` shifts by the edits before a position; the changed figure's own
    # edit ends after its start, so its new span starts where it did.
    out.mkdir(parents=True, exist_ok=True)
    for name, art in arts.items():
        (out / name).write_text(texts.get(name, art["text"]), encoding="utf-8")
    for e in entries:
        e["start"] = moved(e["file"], e["start"])
        e["end"] = e["start"] + len(e["now"])
        name, a, b = e["partner"]
        e["partner"] = [name, moved(name, a), moved(name, b)]
        del e["edits"]
    (out / "manifest.json").write_text(json.dumps(entries, indent=1), encoding="utf-8")
    counts = Counter((e["role"], e["kind"]) for e in entries)
    both = sum(all(s == "fact" for s in e["sides"]) for e in entries)
    print(f"{out}: {len(entries)} modifications ({both} with both sentences offered as facts)")
    for (role, kind), k in sorted(counts.items()):
        print(f"  {role:8} {kind:8} {k}")
