"""The speaker named right after an inverted tag verb: `," said Rep. Ana
Ruiz (D-Ore.), who ...`, `," said a spokeswoman for the Union`, `," wrote
Sam Ortiz for Harbor Weekly`. The name ends at punctuation, a party and
state in parentheses, an employer after "for"/"with", or a relative word;
a description with a name in apposition gives the name (attribution.py
finds the verb and asks here). A tag the sentence then credits to a source
(`," Ruiz said, according to the Gazette.`), or one the quote's sentence
opens with (`According to the Gazette, Ruiz called it "..."`) or closes
with (`..., the Gazette reports.`), gives the quote to the source."""

from __future__ import annotations

import re

from app.core.extract.around_quote import AroundQuote
from app.core.extract.lexicon import TAG_VERBS
from app.core.extract.name_context import KNOWN_BY
from app.core.extract.noun_phrases import COUNT_WORDS
from app.core.extract.referents import DOC_NOUNS, Speaker, as_written
from app.core.extract.sentences import sentence_end
from app.core.extract.speaker_nouns import is_speaker_noun
from app.core.extract.subject_bounds import subject_pair
from app.core.extract.tag_words import (
    BE,
    NOT_DESCRIPTOR,
    PHRASE_STOP,
    QUOTE_MARK,
    SUBJECT_OPENERS,
    WORD,
    described_person,
    ends_sentence,
    is_capitalized,
    word_triples,
)
from app.core.extract.unnamed import PERSON_NOUNS

# Words opening a clause of its own between a tag and "according to" (`,"
# Ruiz said, and according to ...`): the source is that clause's.
_OWN_CLAUSE = frozenset(
    "that because when while after before if as but and since who which".split()
)

# Where the source after "According to" ends: "According to Ana Ruiz of the
# Union,", "According to officials in Ohio," (the Union, Ohio are not it).
SOURCE_ENDS = frozenset((",", "of", "at", "in"))
# A source that gives the speaker's own words back rather than reporting
# them: a translation, or a record of the speaker's own side ("his office").
_OWN_RECORD = frozenset("translation translations translated his her its their".split())


# `..., the Gazette reports.` closing a quote's sentence: the outlet credited.
_CREDIT = re.compile(
    r",\s+((?:the\s+)?[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,5})"
    r"\s+(?:first\s+)?report(?:s|ed)\.\s*$"
)


# A quote's words and its close, then a passive's agent in lower case, up
# to its noun: `..." by its critics,`.
_PEOPLE_AGENT = re.compile(
    r"[^\"\u201c\u201d\n]*[\"\u201d][ \t,]*by[ \t]+((?:[a-z]+[ \t]+){0,3}([a-z]+))"
    r"(?=[,.;]|[ \t]+(?:in|on|at|who|and)\b)"
)
# Passive participles of naming with no "-ed": "known by voters as".
_IRREGULAR_PASSIVE = frozenset("known seen thought".split())
# How the agent after a participle's "by" opens: a name or one of these
# ("described by his rivals as"), not a gerund ("interjected by hitting").
_AGENT_OPENERS = frozenset("the a an his her their its".split())
# Adverbs between "was" and its participle: `was then asked by`.
_PASSIVE_ADVERBS = frozenset(
    "then also later again once first never often twice since still".split()
)


# Words opening a description of someone not named: "a", "one", "two" ...
_INDEFINITE = frozenset("a an one two three several some another".split())


def _name_modifies(words: list[str]) -> bool:
    """Whether a phrase after an inverted verb ends in a noun of people
    that a name right before it describes, and opens in lower case ("one
    longtime Vesk aide", "a Vesk donor") or is a plural after names only
    ("Vesk aides"): whose aides, not the speaker."""
    if len(words) < 2:
        return False
    last, before = words[-1], words[-2]
    if not (last.islower() and is_speaker_noun(last) and before[:1].isupper()):
        return False
    if words[0] in _INDEFINITE:
        return len(words) > 2
    return last.endswith("s") and all(w[:1].isupper() for w in words[:-1])


# Openers of a description of people no name gives: "two people", "a panel".
_PEOPLE_OPENERS = frozenset("the a an one two three four five some many several".split())
# Records whose clause names their author ("a court document filed by Roe").
_RECORDS = DOC_NOUNS | frozenset(
    "document filing complaint lawsuit suit ruling order decision opinion transcript "
    "analysis review audit memorandum notice study survey poll release video".split()
)
# Words after such a description's noun opening a clause about it.
_CLAUSE_AFTER = frozenset("who that close familiar loyal near".split())


def _described_people(words: list[tuple[str, int, int]], first: int) -> Speaker | None:
    """People or a body a clause after them describes, right after an
    inverted verb (`," said two people close to Roe`, `," said a panel
    appointed by Roe`, `," said volunteers working for Roe`): as written up
    to their noun, not the name in the clause; None for any other phrase
    (a document "filed by Roe" is Roe's, as before)."""
    k = first + (first < len(words) and words[first][0].lower() in _PEOPLE_OPENERS)
    j = k
    while j < len(words) and j - k < 3 and words[j][0].isalpha() and words[j][0].islower():
        noun = words[j][0]
        if is_speaker_noun(noun) and noun.removesuffix("s") not in _RECORDS and j + 1 < len(words):
            after = words[j + 1][0]
            if after in ("named", "called"):
                return None  # `," said a guard named Ivo Brask`: the name is the guard's
            if after in _CLAUSE_AFTER or (len(after) > 4 and after.endswith(("ing", "ed"))):
                return as_written(" ".join(w for w, _, _ in words[first : j + 1]))
        j += 1
    return None


def _bare_people(words: list[tuple[str, int, int]], first: int) -> Speaker | None:
    """A plural noun of people with no determiner right after an inverted
    verb, up to two describing words before it (`," said residents.`, `,"
    said officials in Lindvale`, `," said senior party officials`): they
    speak, as written; None for any other phrase or place (`for many state
    workers "..."`: no verb before)."""
    verb = words[first - 1][0] if first else ""
    if first < len(words) and words[first][0].lower() in SUBJECT_OPENERS:
        return None  # `," said many residents`: read as before
    if verb == "to" and words[first - 2][0].lower() == "according":
        verb = "said"  # `," according to officials.`
    if verb not in TAG_VERBS or not (verb.endswith(("s", "ed")) or verb in ("said", "wrote")):
        return None  # (a past or present form: "state workers" is no verb)
    for j in range(first, min(len(words), first + 3)):
        word = words[j][0]
        noun = word.rstrip(".")
        if not (noun.isalpha() and noun.islower()) or noun in NOT_DESCRIPTOR:
            return None
        if noun.endswith("s") and is_speaker_noun(noun) and noun[:-1] not in _RECORDS:
            after = words[j + 1][0] if j + 1 < len(words) and noun == word else ""
            if after[:1].isalnum() and after not in PHRASE_STOP and after not in ("for", "with"):
                return None  # `," said officials Ana Ruiz and ...`: more than the noun
            return as_written(" ".join([w for w, _, _ in words[first:j]] + [noun]))
    return None


class InvertedTag(AroundQuote):
    """Reads the name after an inverted verb in one article."""

    def passive_at(self, words, i: int) -> bool:
        """Whether the verb `words[i]` (not the first) is a passive, whose
        agent may follow after "by": after a form of "to be" (`was accused
        by A B of "`), or a participle opening an aside after a comma with
        "by" and its agent next (`Roe, described by Ana Ruiz as "`)."""
        k = i - 1
        if k > 0 and (words[k][0] in _PASSIVE_ADVERBS or words[k][0].endswith("ly")):
            k -= 1  # `was then asked by`, `was repeatedly accused by`
        if words[k][0].lower() in BE:
            return True
        return (
            words[i][0].endswith("ed")
            and i + 2 < len(words)
            and words[i + 1][0] == "by"
            and words[i - 1][0] == ","
            and (words[i + 2][0][0].isupper() or words[i + 2][0] in _AGENT_OPENERS)
        )

    def agent_as(self, words, open_at: int) -> Speaker | None:
        """The agent of a passive naming the quote, right before it (`in
        what came to be known by some voters as "`, `a gesture described by
        critics as a "`, `referred to by Ana Ruiz as "`): who calls it so."""
        n = len(words)
        k = n - 2 if n > 1 and words[-1][0].lower() in ("a", "an", "the") else n - 1
        if k < 3 or words[k][0].lower() != "as":
            return None
        by = next((j for j in range(k - 1, max(0, k - 6), -1) if words[j][0] == "by"), None)
        if by is None or by + 1 >= k:
            return None
        verb = words[by - 2 if words[by - 1][0] == "to" else by - 1][0].lower()
        if not (verb.endswith("ed") or verb in _IRREGULAR_PASSIVE):
            return None
        agent = words[by + 1 : k]
        if any(w[:1].isupper() for w, _, _ in agent):  # "by Ana Ruiz", "by some Republicans"
            return self._phrase_after(words[:k], by + 1, open_at)
        if not all(w.isalpha() and w.islower() for w, _, _ in agent):
            return None
        if not is_speaker_noun(agent[-1][0]):
            return None
        return as_written(self.text[agent[0][1] : agent[-1][2]])

    def people_agent(self, open_at: int) -> Speaker | None:
        """People no name gives as a passive's agent right after the quote
        at `open_at` (`dubbed "..." by its critics,`, `called "..." by many
        drivers.`): as written; None for a thing or anything else."""
        m = _PEOPLE_AGENT.match(self.text, open_at + 1)
        if m is None or not is_speaker_noun(m.group(2)) or m.group(2).removesuffix("s") in _RECORDS:
            return None
        return as_written(m.group(1))

    def credited(self, end: int, line_end: int) -> Speaker | None:
        """The outlet a quote's sentence closes by crediting (`Fans chanted,
        "...," the paper says, the Gazette reports.`): the words as it
        reports them."""
        text = self.text
        if text.find(" report", end + 1, line_end) < 0:
            return None  # (most quotes: no sentence end sought)
        stop = sentence_end(text, end + 1, line_end)
        m = _CREDIT.search(text, end + 1, stop)
        if m is None or QUOTE_MARK.search(text, end + 1, m.start()):
            return None
        return self.resolve_phrase(m.start(1), m.end(1), end)

    def relayed(self, start: int, end: int, line_end: int) -> Speaker | None:
        """The source a tag after the quote is credited to (`," Ruiz said at
        a rally, according to the Gazette.`, `," she told reporters,
        according to a transcript`): the outlet or record that reports the
        words, as `," according to X` names it; None when the sentence
        credits no one after the tag."""
        text = self.text
        at = text.find("according to ", end + 1, min(line_end, end + 200))
        if at < 0 or QUOTE_MARK.search(text, end + 1, at):
            return None
        if at >= sentence_end(text, end + 1, line_end):
            return None
        between = [w for w, _, _ in word_triples(WORD.finditer(text, end + 1, at))]
        if len(between) > 14 or any(
            w.lower() in _OWN_CLAUSE or (w.endswith("ing") and (k == 0 or between[k - 1] == ","))
            for k, w in enumerate(between)
        ):
            return None  # (`," Ruiz said, adding ...`: a participle's clause; not "during")
        stop = sentence_end(text, at, line_end)
        words = word_triples(WORD.finditer(text, at, stop))
        if any(w.lower() in _OWN_RECORD for w, _, _ in words[2:8]):
            return None  # `according to a translation by his office`: still the speaker's words
        return self._phrase_after(words, 2, start)

    def according_first(self, words: list[tuple[str, int, int]], ref: int) -> Speaker | None:
        """The source a sentence opens with (`According to the Gazette, Ruiz
        called it "..."`): the quote as that source gives it, before any verb
        later in the sentence; not a record of the speaker's own side."""
        if len(words) < 5 or words[0][0] != "According" or words[1][0] != "to":
            return None
        hi = next((k for k in range(2, len(words)) if words[k][0] in SOURCE_ENDS), 0)
        if hi < 3 or any(w.lower() in _OWN_RECORD for w, _, _ in words[2:hi]):
            return None
        # "According to Vesk's aide, Mara Brask, ...": the name set off.
        lo, end = set_off_name(words, 2, words[hi][1]) or (words[1][2], words[hi][1])
        found = self.resolve_phrase(lo, end, ref)
        return found or _described_people(words, 2) or _bare_people(words, 2)

    def no_subject(self, words, verb_i: int, ref: int, pronoun: bool) -> Speaker | None:
        """The speaker when no subject before the verb at `verb_i` names one:
        after a tag verb, the name after it (`said Mayor X:`, a tag inverted;
        not after a participle, `In declaring X's plan "..."`, a `pronoun`
        subject, `He said X`, or a verb whose object follows, `called the
        poll "..."`); else the main clause's after a participle opening the
        sentence."""
        verb = words[verb_i][0] if verb_i < len(words) else ""
        if verb.lower() in TAG_VERBS and not verb.endswith("ing") and not pronoun:
            return self._phrase_after(words, verb_i + 1, ref + 1)
        return self.after_fronted(words, verb_i, ref)

    def _phrase_after(self, words: list[tuple[str, int, int]], first: int, ref: int):
        """The speaker named right after an inverted verb: `said Rep. X, ...`."""
        if first >= len(words):
            return None
        head = words[first][0]
        if head.islower():
            # `," said director of outreach Ana Ruiz`: a role with "of" in
            # it, then a full name.
            k = first
            while k < len(words) and k - first < 4 and words[k][0].islower():
                k += 1
            lows = [w for w, _, _ in words[first:k]]
            if (
                "of" in lows[1:-1]
                and k + 1 < len(words)
                and words[k][0][0].isupper()
                and words[k + 1][0][0].isupper()
            ):
                first, head = k, words[k][0]
        if (
            head.lower() in ("a", "an")
            and first + 2 < len(words)
            and words[first + 1][0].lower() in PERSON_NOUNS
            and words[first + 2][0] in ("for", "to", "with", "at")
        ):
            # `," said a spokeswoman for Gov. Ana Ruiz`: the spokeswoman, not Ruiz.
            stop = next((k for k in range(first, len(words)) if words[k][0] in (",", ";")), None)
            hi = words[stop - 1][2] if stop is not None else words[-1][2]
            if stop is not None and words[stop][0] == ",":
                # `," said a spokeswoman for the Union, Ana Ruiz.`: the name
                # in apposition is the spokeswoman's.
                named = self._apposed(words, stop + 1, ref)
                if named is not None:
                    return named
            return as_written(self.text[words[first][1] : hi].rstrip("."))
        described = _described_people(words, first) or _bare_people(words, first)
        if described is not None:
            return described
        named_soon = False  # `," said election lawyer Ana Ruiz`, not `," adding that the FBI`
        for w, _, _ in words[first : first + 5]:
            if w[0].isupper():
                named_soon = True
                break
            if w.lower() in NOT_DESCRIPTOR:
                break
        if not (is_capitalized(head) or head.lower() in SUBJECT_OPENERS or named_soon):
            return None  # `," adding that it ...`: no one named here
        lo = words[first][1]
        hi = lo
        end = first
        for end in range(first, min(len(words), first + 10)):
            w, ws, we = words[end]
            counted = w == "of" and end == first + 1 and head.lower() in COUNT_WORDS
            if w in (",", ";", ":") or (w.lower() in PHRASE_STOP and not counted):
                break  # (not "of" after a count: "said dozens of nurses")
            gap = self.text[hi:ws]
            if "(" in gap:
                break  # "Rep. Dana Cole (D-Ore.)": the party and state
            if hi > lo and ("\u2014" in gap or "\u2013" in gap or " - " in gap or "--" in gap):
                break  # "by critics -- it seems": a dash ends the phrase
            if w in ("for", "with") and hi > lo and self._is_person(lo, hi):
                break  # "wrote Sam Ortiz for Harbor Weekly": the employer after
            hi = we
            if ends_sentence(w):
                hi = we - 1
                break
        if hi <= lo:
            return None
        if (
            end + 2 < len(words)
            and words[end][0] in ("from", "by")
            and words[end + 1][0][0].isupper()
        ):
            if words[end - 1][0].lower().rstrip("s") in DOC_NOUNS:  # "a statement from Ana Ruiz"
                return self._phrase_after(words, end + 1, ref)
        known = self._known_as(words, first, ref)
        if known is not None:
            return known
        if _name_modifies(self.text[lo:hi].split()):
            return as_written(self.text[lo:hi])  # `," said one longtime Vesk aide`
        last = self.text[lo:hi].split()[-1]
        if last.islower() and end < len(words) and words[end][0] == ",":
            # `said the firm's deputy manager, Ana Ruiz,`: the name in apposition.
            named = words[end + 1 : end + 7]
            j = 0  # "the host, actress Ilsa Marrow": a descriptor before the name
            while j < 2 and j < len(named) and named[j][0].islower() and named[j][0] != "and":
                j += 1
            k = j
            while k < len(named) and named[k][0][0].isupper():
                k += 1
                if ends_sentence(named[k - 1][0]):
                    break  # `said his son, Ivo Brask. He added`: not the next sentence
            closes = k > j and ends_sentence(named[k - 1][0])
            alone = k - j == 1 and j == 0 and last in KNOWN_BY  # `said her son, Ivo.`
            if alone and (closes or k == len(named) or named[k][0] in (",", ";")):
                stop = named[0][2] - (1 if ends_sentence(named[0][0]) else 0)
                found = self.resolve_phrase(named[0][1], stop, ref - 1)
                if found is not None:  # (not `, Saturday.`: no one the cast knows)
                    return found
            if k - j >= 2:
                return self.resolve_phrase(named[j][1], named[k - 1][2], ref - 1)
        phrase = self.text[lo:hi].split()
        if "and" in phrase and all(w[:1].isupper() or w == "and" for w in phrase):
            # `," said Ana Ruiz and Ivo Brask`: both, as before their verb.
            joint = self._joint(subject_pair(self.text, lo, lo, hi) or (), ref - 1)
            if joint is not None:
                return joint
        # `," said a strategist for one of the campaigns`: no list knows it.
        wide = next(
            (we for w, _, we in words[first : first + 7] if w in (",", ";", ":")), words[-1][2]
        )
        return self.resolve_phrase(lo, hi, ref - 1, last=True) or described_person(
            self.text[lo:wide].rstrip(",;:")
        )

    def _known_as(self, words: list[tuple[str, int, int]], first: int, ref: int) -> Speaker | None:
        """The name a description after an inverted verb gives its holder:
        `," said the base chief known as Tam,`, `... a guard named Ivo
        Brask`; None when it gives none (its clause ends first)."""
        end = first
        while (
            end < len(words)
            and end - first < 8
            and words[end][0] not in (",", ";", ":")
            and words[end][0].lower() not in ("who", "which", "that", "whose")
        ):
            end += 1
            if ends_sentence(words[end - 1][0]):
                break
        for k in range(first, end - 1):
            w = words[k][0].lower()
            if w == "known" and words[k + 1][0] == "as":
                j = k + 2
            elif w in ("named", "called"):
                j = k + 1
            else:
                continue
            n = j
            while n < end and n - j < 3 and words[n][0][0].isupper():
                n += 1
            if n == j:
                return None
            lo, hi = words[j][1], words[n - 1][2]
            if ends_sentence(words[n - 1][0]):
                hi -= 1
            return self.resolve_phrase(lo, hi, ref - 1) or (self.text[lo:hi], "")
        return None

    def _apposed(self, words: list[tuple[str, int, int]], k: int, ref: int):
        """The person a name of two or more capitalized words at `words[k]`
        gives, when the name is all the appositive holds (a comma or the
        sentence's end follows): `, Ana Ruiz.` / `, Ana Ruiz, said`."""
        j = k
        while j < len(words) and j - k < 4 and words[j][0][0].isupper():
            j += 1
        if j - k < 2:
            return None
        last = words[j - 1][0]
        if not (ends_sentence(last) or j == len(words) or words[j][0] in (",", ";")):
            return None  # `, Ana Ruiz Center officials said`: more than a name
        lo, hi = words[k][1], words[j - 1][2] - (1 if ends_sentence(last) else 0)
        return self.resolve_phrase(lo, hi, ref - 1) if self._is_person(lo, hi) else None


def set_off_name(words, first: int, hi: int) -> tuple[int, int] | None:
    """Where a name set off by commas stands right after a source phrase
    (`words[first:]` up to `hi`) ending on a lower-case noun: `According to
    Vesk's aide, Mara Brask, ...` names Brask, not Vesk. None otherwise."""
    k = next((n for n in range(first, len(words)) if words[n][1] >= hi), len(words))
    if not (first < k < len(words) and words[k][0] == "," and words[k - 1][0].islower()):
        return None
    m = k + 1
    while m < len(words) and m - k <= 4 and words[m][0][:1].isupper():
        m += 1
    return (
        (words[k + 1][1], words[m - 1][2])
        if m > k + 1 and m < len(words) and words[m][0] == ","
        else None
    )
