"""The writer's voice in a sentence: links to what came before, and analysis.

Two things keep a sentence that states something from standing alone in a
memo under someone else's name:

- a discourse link that points back in time or in the argument ("Afterward,
  ...", "Meanwhile, ...", "However, ...", "For instance, ...", "... here",
  "... as well"): what it follows, only the sentences before say;
- the writer's analysis: speculation or a characterisation in the writer's
  own voice ("would", "apparently", "underscores", "a sign that"). Reported
  from a source ("Roe said the levy would ...", "according to the report")
  it is that source's claim, and stays.

`stance` names the reason; `STANCE_WATCHED` are the words it looks for, found
with the other rules' words in one set operation per sentence.
"""

from __future__ import annotations

import re

from app.core.extract.fact_comparatives import COMPARATIVES
from app.core.extract.fact_lexicon import STUCK_ON
from app.core.extract.fact_reported import REPORTING, reported_words

# One-word openers that link the sentence to the ones before: a time
# ("Afterward, ..."), a turn in the argument ("However, ..."), an addition
# ("Also, ..."). As written, capitalized, with or without a comma.
_LINK_WORDS = """
afterward afterwards then still meanwhile also however moreover furthermore
nonetheless nevertheless likewise similarly later again otherwise thus therefore
hence besides yet indeed consequently accordingly subsequently instead
eventually ultimately finally nearby
""".split()
_LINKS = frozenset(f for w in _LINK_WORDS for f in (w.capitalize(), w.capitalize() + ","))
# Openers of more words: the sentence must start with one, comma included.
_LINK_PHRASES = (
    "For instance,",
    "For example,",
    "In addition,",
    "As a result,",
    "In turn,",
    "By contrast,",
    "In contrast,",
    "Even so,",
    "On the other hand,",
    "In response,",
    "At that point,",
    "After that,",
    "Before that,",
    "Since then,",
    "By then,",
    "Until then,",
    "Even then,",
    "Just then,",
    "That said,",
    "Taken together,",
    # Proof of, or a place near, what the sentences before said.
    "As proof,",
    "As evidence,",
    "Not far away,",
    "Not far off,",
)
# Speculation or a characterisation in the writer's voice, single words (a
# generalisation too: "Parties typically ...", "Voters tend to ...").
_ANALYSIS_WORDS = """
would wouldn't wouldn\u2019t apparently seemingly presumably supposedly undoubtedly
surprisingly unsurprisingly remarkable notably strikingly ironic ironically inevitably
inevitable essentially underscores underscoring highlights highlighting signals signaling
signalling reflects reflecting suggests suggesting illustrates illustrating exemplifies
embodies symbolizes emblematic testament hallmark apparent
typically usually generally traditionally rarely seldom expecting anticipating likelihood
""".split()
_ANALYSIS = frozenset(
    f + p for w in _ANALYSIS_WORDS for f in (w, w[0].upper() + w[1:]) for p in STUCK_ON
)
# ... and phrases, filed under a word they hold (as written, lower case).
_ANALYSIS_PHRASES = {
    "sign": ("a sign that", "the latest sign", "no sign of"),
    "signs": (
        "signs that",
        "no signs of",
        "signs are growing",
        "signs were growing",
        "signs are mounting",
    ),
    "prospect": ("raising the prospect", "raises the prospect", "raised the prospect"),
    "chances": ("chances of",),
    "symbol": ("a symbol of", "the symbol of"),
    "reminder": ("reminder that", "reminder of"),
    "explained": ("explained by",),
    "temporarily": ("at least temporarily",),
    "reflection": ("a reflection of",),
    "example": ("the latest example", "a prime example", "a classic example"),
    "doubt": ("no doubt",),
    "clear": ("it is clear", "it was clear", "it's clear", "it\u2019s clear"),
    "effect": ("in effect",),
    "certain": ("certain to",),
    # A vague amount or a ranking in the writer's words: "a lot of
    # attention", "one of the most right-wing members".
    "lot": ("a lot of",),
    "lots": ("lots of",),
    "most": ("one of the most",),
    "least": ("one of the least",),
    "tend": ("tend to",),
    "tends": ("tends to",),
    # A vague amount of a disposition or a likelihood: "shows little
    # inclination to", "has little appetite for", "scant chance of".
    "little": tuple(
        f"little {n}"
        for n in "inclination appetite interest chance hope enthusiasm patience desire willingness".split()
    ),
    "scant": tuple(f"scant {n}" for n in "interest chance hope enthusiasm appetite".split()),
}
# Words that, before "would", make it the content of a measure, a report or
# a promise rather than the writer's guess: "a bill that would ban ...",
# "meaning it would ...".
_EMBEDDING = frozenset("that which who whom whether if meaning".split())
# "here" stands for a place the sentences before named, unless one follows:
# "here in Quillon".
_HERE = frozenset(("here", "here,", "here."))

STANCE_WATCHED = (
    _LINKS
    | _ANALYSIS
    | frozenset(w + p for w in _ANALYSIS_PHRASES for p in STUCK_ON)
    | _HERE
    | frozenset(("well", "well,", "well."))
)


# Openers that place the sentence after or beside what the ones before said.
_BACK_OPENERS = ("Elsewhere", "In the end,", "In the meantime,", "At the same time,")
# A comparison with nothing to compare with in the sentence: "The vote was
# more partisan", "the tone has become more aggressive", "Roe went a step
# further" (than what, the sentences before say).
_COMPARED = re.compile(
    r"\b(?:is|are|was|were|be|been|become|became|becomes|grew|grown|seems?|seemed|remains?|"
    r"remained|looks?|looked|appears?|appeared)\s+(?:(?:a little|a bit|much|far|even|slightly|"
    r"somewhat|increasingly|still|now|no|considerably|significantly)\s+)?(?:more|less|equally)"
    r"\s+[a-z]"
    r"|\b(?:went|go|goes|going|gone)\s+(?:a step |one step |even )?further\b"
    # A manner compared before its verb, "have more actively courted", or
    # a kind compared after "a", "a more traditional race", "a different
    # and more costly plan", "an even more costly plan".
    r"|\b(?:more|less)\s+(?!likely\b|only\b|early\b)[a-z]+ly\s+[a-z]+(?:ed|en)\b"
    r"|\b(?:a|an)\s+(?:[a-z]+\s+and\s+)?(?:(?:even|much|far|still)\s+)?(?:more|less)"
    r"\s+[a-z]+\s+[a-z]+"
    # A leaning compared after its verb, "hewed more to the mayor's line",
    # "leans more toward Roe": more than whom?
    r"|\b[a-z]{3,}(?:ed|s)\s+(?:(?:much|far|even|still)\s+)?more\s+(?:closely\s+)?"
    r"(?:to|toward|towards)\s+(?:the|a|an|his|her|their|its|[A-Z])"
)


# Words that set what is compared beside it: "versus about two to one for
# ..., and an even narrower margin for ...".
_COMPARING = re.compile(r"\b(?:versus|vs\.|compared (?:with|to)|from)\b")
# Degree words between "a" and a comparative: "a much clearer picture".
_DEGREE = frozenset("much far even slightly somewhat significantly considerably still".split())


def _compared_noun(tokens: list[str]) -> bool:
    """Whether "a"/"an", a comparative adjective and a noun stand in the
    sentence ("a slimmer lead", "a much clearer picture"): than what?"""
    found = COMPARATIVES.intersection(tokens)
    if not found:
        return False
    for i, t in enumerate(tokens[1:-1], 1):
        if t in found:
            j = i - 1
            if tokens[j] in _DEGREE and j:
                j -= 1
            nxt = tokens[i + 1]
            if tokens[j] in ("a", "an") and nxt.rstrip(",.;:").isalpha() and nxt.islower():
                # (Not "part of a broader plan": a kind, not a comparison.)
                return not (j and tokens[j - 1] == "of")
    return False


def _unstated_comparison(sentence: str, tokens: list[str]) -> bool:
    """Whether the writer compares with something the sentence does not
    name ("was more partisan", "went a step further", "have more actively
    courted", "a more cautious race"); not someone's
    reported words ("Roe said it was more costly"), a call ("urged them
    to become more ...") or a comparison with "than"."""
    if " than " in sentence:
        return False
    if "er " in sentence and _compared_noun(tokens) and not _COMPARING.search(sentence):
        if not reported_words(tokens):
            return True
    if not (
        "more " in sentence
        or "less " in sentence
        or "further" in sentence
        or "equally " in sentence
    ):
        return False
    m = _COMPARED.search(sentence)
    if m is None or sentence[max(0, m.start() - 3) : m.start()] == "to ":
        return False
    return not _reported_beside(tokens, len(sentence[: m.start()].split()))


# Words that open a clause before the line's main clause ("While rivals
# called for ..., Roe ...").
_SUBORDINATORS = frozenset(
    "while whereas although though as when after before because since if unless".split()
)


def _reported_beside(tokens: list[str], at: int) -> bool:
    """Whether the words around word `at` are someone's reported words
    (`reported_words`), leaving out a verb of saying inside a clause opened
    by a subordinator and closed by a comma before word `at` ("In May,
    while rivals called for more patrols, Roe hewed more to ..."): that
    verb reports the clause's words, not the main clause's."""
    if not reported_words(tokens):
        return False
    if any("ccording" in t for t in tokens):
        return True
    for i, t in enumerate(tokens[:at]):
        if t in REPORTING and not _in_opening_clause(tokens, i, at):
            return True
    return any(t in REPORTING for t in tokens[at:])


def _in_opening_clause(tokens: list[str], i: int, at: int) -> bool:
    """Whether word `i` stands in a clause that a subordinator opens after
    the line's start or a comma, and a comma closes before word `at`."""
    j = i
    while j > 0 and not tokens[j - 1].endswith(","):
        j -= 1
    if tokens[j].lower() not in _SUBORDINATORS:
        return False
    return any(tokens[k].endswith(",") for k in range(i, at))


def stance(sentence: str, tokens: list[str], hits: set[str]) -> str:
    """Why the writer's voice keeps `sentence` (split at spaces: `tokens`)
    from standing alone: "pointer" for a link to the sentences before,
    "analysis" for the writer's own speculation or characterisation; ""
    when neither. `hits` are its words among `STANCE_WATCHED`."""
    if tokens[0] in _LINKS or (
        sentence[0] in "FIABEOSTJUDN" and sentence.startswith(_LINK_PHRASES)
    ):
        return "pointer"
    if _unstated_comparison(sentence, tokens):
        return "pointer"
    if tokens[-1] in ("instead.", "instead.\u201d") or sentence.startswith(_BACK_OPENERS):
        return "pointer"  # "Roe held a rally in Quillon instead.": instead of what?
    if sentence.startswith("As if "):
        return "analysis"  # "As if to prove the point, ...": the writer's reading
    found = STANCE_WATCHED.intersection(hits) if hits else hits
    if not found:
        return ""
    if not _HERE.isdisjoint(found) and _here_points_back(tokens):
        return "pointer"
    if ("well" in found or "well," in found or "well." in found) and _as_well(tokens):
        return "pointer"  # "Roe gave $500 as well": besides whom?
    reported = None
    for word in sorted(found, key=tokens.index) if len(found) > 1 else found:
        if word in _ANALYSIS:
            i = tokens.index(word)
            if word[:5].lower() == "would" and _embedded(tokens[:i]):
                continue  # "a bill that would ban ...", "Roe vowed she would ..."
        elif word.rstrip(",.;:") in _ANALYSIS_PHRASES:
            low = sentence.lower()
            if not any(p in low for p in _ANALYSIS_PHRASES[word.rstrip(",.;:")]):
                continue
        else:
            continue
        if reported is None:
            reported = reported_words(tokens)
        if not reported:
            return "analysis"
    return ""


def _here_points_back(tokens: list[str]) -> bool:
    """Whether "here" is a place only the sentences before name ("Roe spoke
    here on Friday"), not "here in Quillon"."""
    for i, t in enumerate(tokens):
        if t in _HERE:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            after = tokens[i + 2] if i + 2 < len(tokens) else ""
            if not (t == "here" and nxt in ("in", "at") and after[:1].isupper()):
                return True
    return False


def _as_well(tokens: list[str]) -> bool:
    """Whether "as well" adds to something the sentences before said ("as
    well as" joins two things the sentence names)."""
    for i in range(1, len(tokens)):
        if tokens[i - 1] == "as" and tokens[i].rstrip(",.;:") == "well":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not (tokens[i] == "well" and nxt in ("as", "or")):
                return True
    return False


def _embedded(before: list[str]) -> bool:
    """Whether a "would" after the words `before` stands in a clause a
    relative, a condition or a past verb opens ("the bill that would ...",
    "Roe vowed she would ..."): reported or described, not guessed."""
    for t in before:
        w = t.lower().rstrip(",;:")
        if w in _EMBEDDING or (len(w) > 4 and w.endswith("ed") and t[0].islower()):
            return True
    return False
