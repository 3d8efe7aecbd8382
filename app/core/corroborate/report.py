"""Groups and conflicts as plain data, each with what it was matched on.

A careful reader judges a group or a flag at a glance only when told why it
was made: the subject (the people, places or bodies named, and the words
around the figure), the measure (what kind of figure, in what unit), the
values and their sources. `describe_clusters` and `describe_conflicts` give
that for the CLI's `--json` and the views; `why_group` and `why_conflict`
give it for one group or conflict.
"""

from __future__ import annotations

from app.core.corroborate.claims import FactSig, claim_values, fact_signature
from app.core.corroborate.names import kind_label, name_as_written
from app.core.corroborate.quote_speakers import people
from app.core.corroborate.shown import value_text
from app.core.corroborate.text import content_tokens, plain, words
from app.core.corroborate.times import parse_date
from app.core.model import Conflict
from app.core.short_text import clip_words, plural, which_source
from app.core.store import Library

_ABBREVIATION_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _common_words(texts: list[str], limit: int = 6) -> tuple[list[str], list[str]]:
    """(names, other content words) every text has, as the first text writes them."""
    tokens = [content_tokens(plain(t)) for t in texts]
    shared = set.intersection(*({t.lemma for t in ts} for ts in tokens))
    names, others, seen = [], [], set()
    first = plain(texts[0])
    for t in tokens[0]:
        if t.lemma in shared and t.lemma not in seen:
            seen.add(t.lemma)
            written = first[t.start : t.end]
            if t.word != written.lower().replace("-", ""):
                # A word of a state's name read from its abbreviation ("N.H."):
                # the abbreviation as written, once.
                left = len(first[: t.start].rstrip(_ABBREVIATION_CHARS))
                right = len(first) - len(first[t.start :].lstrip(_ABBREVIATION_CHARS))
                written = first[left:right]
                if written in names:
                    continue
            (names if t.name else others).append(written)
    return names[:limit], others[:limit]


def why_group(kind: str, members: list[dict]) -> dict:
    """What a group's members have in common: for quotes, whether they are
    the same words or excerpts; for claims, the figures two or more state,
    the names they all give and the other words they all share."""
    texts = [m["text"] for m in members]
    if kind == "quote":
        why: dict = {"basis": _quote_basis(texts)}
        speakers = people(members)
        if len(speakers) > 1:
            why["speakers"] = [f"{name} ({plural(n, 'source')})" for name, n in speakers]
        return why
    # The figures at least two members state (a paraphrase may leave one out).
    counts: dict[str, int] = {}
    for t in texts:
        for f in _figures(t):
            counts[f] = counts.get(f, 0) + 1
    figures = {f for f, n in counts.items() if n >= 2}
    names, others = _common_words(texts)
    wording = len({" ".join(words(t)) for t in texts}) == 1
    return {
        "basis": "same wording" if wording else "same claim in other words",
        "values": sorted(figures),
        "subject": names,
        "words": others,
    }


def _quote_basis(texts: list[str]) -> str:
    """How a quote group's members share their words: all the same, the
    shorter ones excerpts of the longest, or only a phrase the longer ones
    both hold (two statements that use the same words: the group's count is
    then worth checking)."""
    said = [words(t) for t in texts]
    if len({tuple(w) for w in said}) == 1:
        return "same words"
    longest = max(said, key=len)
    if all(_inside(w, longest) for w in said):
        return "same words, one an excerpt of another"
    return "a phrase they share; the longer quotes differ: check they are one statement"


def _inside(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _figures(text: str) -> set[str]:
    """The figures a claim states, as "measure: value" ("amount: $1.2m")."""
    return {
        f"{kind_label(v.kind)}: {readable(v.kind, v.value)}"
        for v in claim_values(text)
        if not v.kind.startswith("name:") and v.kind != "number"
    }


def readable(kind: str, value: str) -> str:
    """A value as a reader writes it: counts in millions and thousands
    ("1.6 billion", "12,000"), others as they are."""
    if not kind.startswith("count:"):
        return value_text(kind, value)
    try:
        n = float(value)
    except ValueError:
        return value
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if n >= size:
            return f"{n / size:g} {word}"
    return f"{n:,.0f}" if n == int(n) else value


def why_text(why: dict) -> str:
    """What a group or conflict was matched on, in one line for people."""
    parts = [why[key] for key in ("basis", "measure") if why.get(key)]
    labels = (("subject", "about"), ("values", "figures"), ("words", "words"))
    for key, label in (*labels, ("speakers", "speakers differ")):
        if why.get(key):
            parts.append(f"{label}: {', '.join(why[key])}")
    return "; ".join(parts)


def why_conflict(kind: str, claims: list[dict]) -> dict:
    """What the claims of a conflict were matched on: the measure (kind of
    value and unit), the names and words around the differing values that
    all the claims share, and each value with its sources."""
    contexts = []
    for c in claims:
        sig: FactSig = fact_signature(0, c["text"], parse_date(c.get("date", "")))
        for vc in sig.values:
            if vc.value.kind == kind and vc.value.value == c["value"]:
                contexts.append(vc)
                break
    shared_words = set.intersection(*(set(vc.words) for vc in contexts)) if contexts else set()
    shared_names = set.intersection(*(set(vc.names) for vc in contexts)) if contexts else set()
    surface: dict[str, str] = {}
    for vc in reversed(contexts):
        surface.update(vc.surface)
    sides: dict[str, list[str]] = {}
    for c in claims:
        sides.setdefault(c["value"], [])
        if c["source"] not in sides[c["value"]]:
            sides[c["value"]].append(c["source"])
    return {
        "measure": kind_label(kind),
        "subject": sorted(surface.get(n, n) for n in shared_names),
        # A name is said once, under "about" (it was under "words" as well).
        "words": sorted(surface.get(w, w) for w in shared_words - shared_names),
        "sides": [{"value": v, "sources": s} for v, s in sorted(sides.items())],
    }


def independence(library: Library, source_ids: set[int]) -> str:
    """Why fewer sources are independent than carry a group, in words: a
    copy counts as its original, two reports of one outlet as one witness
    ("Quarnet Courier, 2031-05-05 is derived from Quarnet Courier, 2031-05-04; 3
    reports of Harbour Radio count as one witness"); "" when each source is
    its own witness."""
    roots = library.source_roots()
    witnesses = library.source_witnesses()
    metas = {sid: (meta, fname) for sid, fname, meta, _ in library.sources()}

    def named(sid: int, titled: bool = False) -> str:
        meta, fname = metas.get(sid, (None, f"source {sid}"))
        if meta is None:
            return fname
        which = which_source(meta.outlet, meta.date)
        title = clip_words(meta.title or fname, 50)
        if not which:  # a title alone is quoted: it reads as a name, not as the sentence
            return f"\u201c{title}\u201d"
        return f"\u201c{title}\u201d ({which})" if titled else which

    notes = []
    for sid in sorted(source_ids):
        root = roots.get(sid, sid)
        if root != sid:
            # Two stories of one outlet and day are told apart by their titles.
            titled = named(sid) == named(root)
            notes.append(f"{named(sid, titled)} is derived from {named(root, titled)}")
    origins_of: dict[int | str, set[int]] = {}
    for sid in source_ids:
        origins_of.setdefault(witnesses.get(sid, sid), set()).add(roots.get(sid, sid))
    for origins in origins_of.values():
        if len(origins) > 1:
            meta, _ = metas.get(min(origins), (None, ""))
            outlet = meta.outlet.strip() if meta else ""
            notes.append(f"{len(origins)} reports of {outlet} count as one witness")
    return "; ".join(notes)


def none_found(library: Library) -> str:
    """What an empty list of conflicts means: what is compared, and how many
    facts two sources or more state (so none is not read as "all checked")."""
    shared = len(library.clusters(kind="fact"))
    return (
        "No conflicts found. Facts that sources state about the same subject in"
        " like words are compared on their figures (numbers, dates, amounts) and"
        " on who holds an office; a fact no other source states is compared with"
        f" nothing. Here {plural(shared, 'fact')} {'is' if shared == 1 else 'are'}"
        " stated by two sources or more."
    )


def describe_clusters(library: Library, kind: str | None = None) -> list[dict]:
    """Every group carried by two or more sources, as plain data: kind,
    source and independent-source counts, each member with its source file,
    span and text, and `why` (see `why_group`)."""
    clusters = library.clusters(kind=kind)
    rows = library.report_rows([i for c in clusters for i in c.item_ids])
    out = []
    for c in clusters:
        items = sorted((rows[i] for i in c.item_ids), key=lambda r: (r["source_id"], r["start"]))
        out.append(
            {
                "id": c.id,
                "kind": c.kind,
                "sources": c.source_count,
                "independent": c.independent_count,
                "independence": independence(library, {r["source_id"] for r in items}),
                "why": why_group(c.kind, items),
                "items": items,
            }
        )
    return out


def describe_conflicts(library: Library) -> list[dict]:
    """Every conflict as plain data: what kind of value differs, the values,
    each claim with its value and source, the user's resolution, and `why`
    (see `why_conflict`)."""
    conflicts = library.conflicts()
    rows = library.report_rows([i for c in conflicts for i in c.item_ids])
    out = []
    for c in conflicts:
        claims = [{**rows[i], "value": v} for i, v in zip(c.item_ids, c.values, strict=True)]
        if c.kind.startswith("name:"):
            for claim in claims:
                claim["as_written"] = _name_in(claim["text"], c.kind, claim["value"])
        out.append(
            {
                "id": c.id,
                "kind": c.kind,
                "label": kind_label(c.kind),
                "subject": c.subject,
                "values": sorted(set(c.values)),
                "resolved": bool(c.resolution),
                "choice": c.resolution,
                "note": c.note,
                "resolved_by": c.resolved_by,
                "others": [{"choice": ch, "note": n, "by": by} for ch, n, by in c.others],
                "earlier": [{"choice": ch, "note": n, "values": vals} for ch, n, vals in c.earlier],
                "why": why_conflict(c.kind, claims),
                "claims": claims,
            }
        )
    return out


def describe_conflict(library: Library, conflict: Conflict) -> dict:
    """`why_conflict` of one stored conflict (for the Conflicts view)."""
    rows = library.report_rows(list(conflict.item_ids))
    claims = [
        {**rows[i], "value": v}
        for i, v in zip(conflict.item_ids, conflict.values, strict=True)
        if i in rows
    ]
    return why_conflict(conflict.kind, claims)


def describe_group(library: Library, kind: str, item_ids: list[int]) -> dict:
    """`why_group` of one stored group (for the group view)."""
    rows = library.report_rows(list(item_ids))
    return why_group(kind, [rows[i] for i in item_ids if i in rows])


def _name_in(text: str, kind: str, value: str) -> str:
    """How `text` writes the person of a name value ("Ana Ruiz" for "Ruiz")."""
    for v in claim_values(text):
        if v.kind == kind and v.value == value:
            return name_as_written(plain(text), v)
    return value


def value_labels(library: Library, conflict: Conflict) -> dict[str, str]:
    """{value: how a reader writes it}: for a name conflict how the claims
    write it ("Ruiz" -> "Ana Ruiz", the longest form found), for a day of a
    month "Dec. 15" for "12-15"; {} for other kinds."""
    if not conflict.kind.startswith("name:"):
        shown = {v: value_text(conflict.kind, v) for v in conflict.values}
        return {v: t for v, t in shown.items() if t != v}
    labels: dict[str, str] = {}
    rows = library.report_rows(list(conflict.item_ids))  # a figure claim's too
    for item_id, value in zip(conflict.item_ids, conflict.values, strict=True):
        if item_id not in rows:
            continue
        written = _name_in(rows[item_id]["text"], conflict.kind, value)
        if len(written) > len(labels.get(value, "")):
            labels[value] = written
    return labels
