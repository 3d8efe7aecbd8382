"""Why a group or a conflict was made, in plain sentences for the window.

`corroborate.why_group` and `why_conflict` give what sources were matched on
as data (see app/core/corroborate/report.py); `why_text` says it in one
compact line for the CLI and `--json` readers ("same claim in other words;
figures: vote: 13-0; words: voted, ordinance"). A council staffer reading the
Sources Agree / Disagree panel judges a group or a flag at a glance from
sentences instead: "Grouped because they state the same claim in other
words. They give the same vote, 13-0. Each uses the words “voted” and
“ordinance”." Words from the sources are set in quotes, names as written;
the labels showing these lines are `PlainLabel`s, so they show as written.
Imports nothing of the comparing code: the views name it at first use.
"""

from __future__ import annotations

# A quote group's basis (report._quote_basis), said as the reason it was made.
_QUOTE_BASIS = {
    "same words": "Grouped because they say the same words.",
    "same words, one an excerpt of another": (
        "Grouped because they say the same words; the shorter quotes are parts of the longest."
    ),
}
_PHRASE_ONLY = "a phrase they share"  # the start of the third basis
_CLAIM_BASIS = {
    "same wording": "Grouped because they state the same claim in the same words.",
    "same claim in other words": "Grouped because they state the same claim in other words.",
}
# The measures of values (names.kind_label); any other measure is a role held
# by one person at a time ("governor"), whose value is the holder's name.
_FIGURE_MEASURES = {"year", "date", "amount", "percentage", "vote"}
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def words_list(items: list[str]) -> str:
    """Items as a sentence lists them: "a", "a and b", "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def quoted(words: list[str]) -> str:
    """Words of the sources, each in quotes: “sanctuary” and “state”."""
    return words_list([f"\u201c{w}\u201d" for w in words])


def _the_words(words: list[str]) -> str:
    return f"the word {quoted(words)}" if len(words) == 1 else f"the words {quoted(words)}"


def _shared(names: list[str], words: list[str], each: bool) -> str:
    """What the claims share: "names Velmora and uses the words “bottle” and
    “law”" (`each`: said of each one) or "name ... and share the words ..."
    (said of them all); "" for nothing."""
    parts = []
    if names:
        parts.append(f"name{'s' if each else ''} {words_list(names)}")
    if words:
        parts.append(f"{'uses' if each else 'share'} {_the_words(words)}")
    return " and ".join(parts)


def _figure(entry: str) -> str:
    """A group's figure, "vote: 13-0", as "the same vote, 13-0"."""
    measure, sep, value = entry.partition(": ")
    return f"the same {measure}, {value}" if sep else f"the same figure, {entry}"


def speakers_line(speakers: list[str], most: int = 4) -> str:
    """The people a quote group's sources give the words to, as a warning:
    the same words under two names are a misattribution somewhere, not
    corroboration of one. At most `most` named: past that the first few and
    a count of the rest, whom the columns name (a short phrase may join many
    sources, each naming someone else, and lines of every name left the
    columns no room at 1366x768)."""
    if len(speakers) <= most:
        named = words_list(speakers)
    else:
        rest = len(speakers) - (most - 1)
        named = (
            f"{', '.join(speakers[: most - 1])} and {rest} others"
            " (each source's column names its own)"
        )
    return (
        f"Speakers differ: the sources give these words to {named}."
        " Check who said them before citing."
    )


def group_lines(why: dict) -> list[str]:
    """A group's `why` (report.why_group) as lines for the group view: who
    the words are given to when the sources differ (first: it is a warning),
    then why the members were grouped, with the figures two or more of them
    give and the names and words each has."""
    lines = []
    if why.get("speakers"):
        lines.append(speakers_line(why["speakers"]))
    basis = why.get("basis", "")
    if basis in _QUOTE_BASIS:
        sentences = [_QUOTE_BASIS[basis]]
    elif basis.startswith(_PHRASE_ONLY):
        sentences = [
            "Grouped because they share a phrase, but the longer quotes differ:"
            " check they are one statement before counting its sources."
        ]
    else:
        sentences = [_CLAIM_BASIS.get(basis, f"Grouped: {basis}." if basis else "Grouped.")]
    figures = why.get("values") or []
    if figures:
        said = [_figure(f) for f in figures]
        # Each ends in its value, set off by a comma: "the same date, Nov. 19,
        # and the same vote, 13-0" (without the comma the date ran into it).
        listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])}, and {said[-1]}"
        sentences.append(f"They give {listed}.")
    shared = _shared(why.get("subject") or [], why.get("words") or [], each=True)
    if shared:
        sentences.append(f"Each {shared}.")
    elif basis == "same claim in other words" and not figures:
        sentences.append("They share no figure, name or telling word: check they say the same.")
    lines.append(" ".join(sentences))
    return lines


def _is_figure(label: str) -> bool:
    """Whether a measure's label names a figure ("year", "number of homes"),
    not a role whose value is its holder's name ("governor")."""
    return label in _FIGURE_MEASURES or label.startswith("number of ")


def _measure(label: str) -> str:
    """What each claim gives: "a year", "an amount", "a number of homes",
    "a vote tally", "the governor" (a role: the claims name its holder)."""
    if label == "vote":
        return "a vote tally"
    if _is_figure(label):
        return f"{'an' if label[:1] in 'aeiou' else 'a'} {label}"
    return f"the {label}"


def _who(sources: int) -> str:
    """The sources of a conflict's claims: "both", "all three", "all 12"."""
    if sources == 2:
        return "both"
    if sources > 2:
        return f"all {_NUMBERS[sources - 1] if sources <= len(_NUMBERS) else sources}"
    return "they"


def conflict_line(why: dict, sources: int) -> str:
    """A conflict's `why` (report.why_conflict) as one sentence for the
    Conflicts view: what the `sources` (how many) were compared on, the
    measure and the names and words around the values all the claims share.
    With none shared, it says the match is worth checking. The values and
    their sources are the view's sides (`why`'s "sides" name sources by file,
    which a source typed in has none of: they are not counted here)."""
    label = why.get("measure", "")
    measure = _measure(label) if label else "a value"
    who = _who(sources)
    if label and not _is_figure(label):
        gives = f"name {measure} in a claim"
    else:
        gives = f"give {measure}"
    shared = _shared(why.get("subject") or [], why.get("words") or [], each=False)
    if not shared:
        return (
            f"Compared because {who} {gives}; they share no other name or telling word:"
            " check they are about the same thing."
        )
    return f"Compared because {who} {gives} about the same thing: they {shared}."
