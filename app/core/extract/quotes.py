"""Direct quotes in news text: exact spans (quote marks excluded) and speakers.

`find_stretches` pairs the marks; this module keeps the stretches that are
quotes (not scare quotes, names or titles) and asks `Attributor` who said
each one, carrying a speaker over to a quote that continues without a new
attribution.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from app.core.cancel import Stop, check
from app.core.extract.around_quote import new_sentence_after
from app.core.extract.attribution import Attributor, Speaker
from app.core.extract.colon_blocks import block_lead
from app.core.extract.inner_clauses import after_relative, asker, in_dashed_aside
from app.core.extract.intro_words import INTRO, LEADERS, TIME_WORDS
from app.core.extract.lexicon import DOC_NOUNS, SPEECH_VERBS, TAG_VERBS
from app.core.extract.marks import Stretch, find_stretches, stretch_words
from app.core.extract.people import Cast
from app.core.extract.quote_context import by_context
from app.core.extract.quote_terms import (
    NAMES_SOMEONE,
    TERM_NOUNS,
    chosen,
    cited_title,
    describes_speaker,
    describes_subject,
    glossed,
    is_given_name,
    is_label,
    named_phrase,
    names_a_thing,
    verb_in_sentence,
    verb_just_before,
    writers_phrase,
    writers_word,
)
from app.core.extract.sentences import follows_its_sentence, own_sentence_after_stop, sentence_start
from app.core.extract.tag_words import LEAD_IN_CUES, is_verb

# Small words a title leaves in lower case, in English and in names taken
# from other languages ("Sons of the Sea", "Hijos de la Mar").
_SMALL = frozenset(
    "a an the of in at on for to and or but with by as from vs de del la le von van der du".split()
)
_TWO_SENTENCES = re.compile(r"[a-z]\.[ \t]+[A-Z]")  # a sentence ended inside, another after
_SENTENCE_TAIL = re.compile(r"[.!?\u2026]['\u2019\u201d)]*\s*$")
_WORDS_BEFORE = re.compile(r"[A-Za-z]+")
_LATER = frozenset(("later", "earlier", "after", "afterward", "afterwards"))
_BYLINE_AFTER = re.compile(r"\s*by\s+[A-Z]")
_POSSESSIVE_BEFORE = re.compile(r"\w['\u2019]s?\s*$")
_TITLE_BEFORE = frozenset("on in with to from of the a an".split())
# Words before "for" that give what other words mean, not anyone's words.
_GLOSS = re.compile(
    r"\b(?:Latin|Greek|Spanish|French|German|Italian|Arabic|Hebrew|Yiddish|slang|short|shorthand)"
    r"[ \t]+for[ \t]*$"
)
# A person known by a work whose title the marks hold: `the "Late Talk"
# host`, `"Sons of the Sea" star Ana Ruiz`: the title is no one's words.
_WORK_PERSON_AFTER = re.compile(
    r"[\"\u201d][ \t]+(?:star|co-star|actress|actor|host|co-host|anchor|creator|showrunner|"
    r"author|director|producer|narrator|singer|rapper|alum|alumna|alumnus)s?\b"
)
# A sentence opening with a question put ("Asked whether ..."), still open
# at the mark (no comma yet).
_ASKED_CLAUSE = re.compile(r"(?:^|[.!?]\s+)Asked\s+(?:whether|if)\b[^,.;:!?]*$", re.M)
# A clause opening the sentence, its subject a name or pronoun, up to the
# quote's mark with no comma: `After Vesk said that it was "`.
_OPENING_CLAUSE = re.compile(
    r"(?:After|When|While|Though|Although|Because|Since|Once|Before|Until)[ \t]+"
    r"(?:[A-Z][\w.'\u2019-]*|he|she|they)[ \t]+([^,;:.!?\"\u201c\u201d]*)[\"\u201c]$"
)
# A lead-in that hands the floor over: a tag verb and a colon or comma
# right before the opening mark (`Vesk said: "Never."`).
_LEAD_VERB = re.compile(r"\b([a-z]+)[:,]\s*$")
# Words no speaker's noun phrase opens with, and words it does not end in.
_CLAUSE_OPENERS = frozenset("that which who whom whose what how when where whether if why".split())
_OPEN_ENDED = _SMALL | frozenset("about into onto than that its their his her".split())
# Nouns for words said in answer: `His reply: "Never."`.
_ANSWER_NOUNS = frozenset("answer answers reply replies response responses retort verdict".split())
# `," she said`: a tag whose pronoun may name no one here still marks the
# words before it as someone's.
_PRONOUN_TAG = re.compile(r"\s*(?:he|she|they)\s+([a-z]+)\b")


@dataclass
class Quote:
    """A direct quote: `text[start:end]` are the quoted words."""

    start: int
    end: int
    speaker: str | None = None
    role: str = ""
    # Which evidence named the speaker ("tag", "before", "continues" ...):
    # for tuning and for telling a user why.
    evidence: str = field(default="", compare=False)


def _title_like(words: list[str]) -> bool:
    """ "Second Wind: A Life in Rowing", "The Anchor": every word
    that is not a small word is capitalized."""
    if len(words) > 12:
        return False
    # (One pass that stops at the first word in lower case, mostly the
    # first or second: no list of the words that count is made.)
    big = False
    for w in words:
        if w.lower() not in _SMALL:
            if not (w[0].isupper() or w[0].isdigit()):
                return False
            big = True
    return big


class _Lines:
    """Line (paragraph) bounds by offset, in O(log n) per question."""

    def __init__(self, text: str) -> None:
        # Each run of characters other than newlines: the parts `str.split`
        # cuts in C, each a step past the last (a pattern would test every
        # character of the text against its class; a `str.find` loop runs
        # twice the Python steps a line).
        self.spans = []
        start = 0
        for part in text.split("\n"):
            end = start + len(part)
            if end > start:
                self.spans.append((start, end))
            start = end + 1
        self.spans = self.spans or [(0, 0)]
        self.starts = [s for s, _ in self.spans]

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def _is_quote(
    text: str,
    st: Stretch,
    words: list[str],
    line_start: int,
    attributed: bool,
    glosses: bool = True,
) -> bool:
    """Whether the stretch holds someone's words; `glosses`: whether the text
    has "mean" or "translat" anywhere (else no meaning is given in it)."""
    n = len(words)
    if n == 0 or text[st.start - 2 : st.start - 1] == "=" or text[st.start : st.start + 1] == ">":
        return False  # markup: an attribute value (`id="..."`), or a tag's end and its text
    fragment = text[st.start : st.end]
    if text.find("for", st.start - 6, st.start) >= 0 and _GLOSS.search(
        text, max(0, st.start - 16), st.start - 1
    ):
        return False  # `Latin for "..."`, `short for "..."`: what words mean
    if glosses and (
        text.find("mean", max(0, st.start - 12), st.start) >= 0
        or text.find("translat", max(0, st.start - 40), st.start) >= 0
    ):
        if not attributed and glossed(text, st.start - 1):
            return False  # `the name means "little pot"`: a translation
    if fragment[-1:].isalnum() and _WORK_PERSON_AFTER.match(text, st.end):
        return False  # `"Sons of the Sea" star Ana Ruiz`: a title
    if (
        text[st.start - 2 : st.start - 1] == "(" or text.find("</a>", st.end, st.end + 300) >= 0
    ) and cited_title(text, st, line_start):
        return False  # `("Storm shuts bridge," Vesk Ledger, May 2)`, a link's text
    if n == 1 and attributed and fragment.rstrip()[-1:] in ",!?":
        return True  # "Sleep," she said.
    # (Both only after a word: most quotes open a sentence or follow a comma.)
    after_word = text[st.start - 3 : st.start - 2].isalpha()
    if after_word and not attributed and describes_speaker(text, st.start - 1, line_start):
        return False  # `," said Ana Ruiz, one of the original "harbor five" founders`
    if after_word and fragment[-1:].isalnum() and describes_subject(text, st, line_start):
        return False  # `Ana Ruiz, one of the original "harbor five" founders, said`
    title = _title_like(words)
    if fragment.endswith(",") and _BYLINE_AFTER.match(text, st.end + 1):
        return False  # a headline: `"Storm closes bridge," by Ann Lee:`
    if not st.closed:
        return n >= 4 and not title
    if n >= 4 and not title:
        # `Asked whether the mayor "has the integrity ...", 75 percent said
        # yes`: a poll's question, not someone's words.
        # (Looked for in the 300 characters before: a line can be megabytes
        # long; and only where "Asked" stands at all: a find is cheaper.)
        lo = max(line_start, st.start - 300)
        if chosen(text, st.start - 1):
            return False  # `those who picked someone who "..."`: an option
        if not attributed and named_phrase(text, st.start - 1):
            return False  # `the motto "work keeps the light on"`: a name
        if (
            not attributed
            and names_a_thing(text, st)
            and not verb_in_sentence(text, st.start - 1, line_start)
        ):
            return False  # `the annual "take back the night" march`: a name
        return text.find("Asked", lo, st.start - 1) < 0 or not _ASKED_CLAUSE.search(
            text, lo, st.start - 1
        )
    if title:
        # "Never Again," she said; not a show or book: `on Channel 4's "Late
        # Talk,"`, `in an interview with "Dawn Desk,"`.
        head = _WORDS_BEFORE.findall(text, max(0, st.start - 20), st.start - 1)[-1:]
        named = _POSSESSIVE_BEFORE.search(text, max(0, st.start - 40), st.start - 1) or (
            head and (head[0].lower() in _TITLE_BEFORE or head[0].lower() in TERM_NOUNS)
        )
        if NAMES_SOMEONE.search(text, max(line_start, st.start - 60), st.start - 1):
            return True  # `called Vesk "Little Ivo"`: a name someone gave
        if attributed and _TWO_SENTENCES.search(fragment):
            return True  # "Like Dunmore. Or Orlo," Vesk said: no title
        return (attributed and 2 <= n <= 3 and not named) or _handed_over(text, st)
    if is_given_name(text, st):
        return False
    if attributed and n >= 2:
        return True
    if text[max(0, st.start - 12) : st.start - 1].lower().endswith("so-called "):
        return False
    if n >= 2 and fragment.lstrip()[:1].isupper() and _SENTENCE_TAIL.search(fragment):
        return True
    if n >= 3 and verb_just_before(text, st.start - 1, line_start):
        return True
    # A partial quote: `Mitchell said ... had become "a real concern"`,
    # `called the audit "sloppy"`.
    return not is_label(text, st) and verb_in_sentence(text, st.start - 1, line_start)


def _handed_over(text: str, st: Stretch) -> bool:
    """Whether a tag verb and a colon or comma stand right before the opening
    mark (`Vesk replied: "Never."`): words said, even when capitalized like
    a title; a title is named, not spoken (`the film "Frozen"`). So does a
    colon after an answer named as such (`His answer was blunt: "No."`)."""
    mark = text[max(0, st.start - 6) : st.start - 1].rstrip()[-1:]
    if mark not in (":", ","):
        return False
    m = _LEAD_VERB.search(text, max(0, st.start - 25), st.start - 1)
    if m is not None and is_verb(m.group(1), TAG_VERBS):
        return True
    if mark != ":":
        return False
    head = _WORDS_BEFORE.findall(text, max(0, st.start - 40), st.start - 1)[-4:]
    return any(w.lower() in _ANSWER_NOUNS for w in head)


def _in_opening_clause(text: str, ls: int, st: Stretch) -> bool:
    """Whether the quote closes an opening clause that has its own speaker
    (`After Vesk said that it was "a luxury," Ruiz said: "..."`): the words
    after it are the main clause, no tag of the quote."""
    if not text[st.start - 3 : st.start - 2].isalpha():
        return False  # the quote opens a sentence or follows a comma or colon
    if text[st.end - 1 : st.end + 2].strip('"\u201d ')[:1] != ",":
        return False
    s = sentence_start(text, ls, st.start - 1)
    m = _OPENING_CLAUSE.match(text, s, st.start)
    return m is not None and any(is_verb(w, SPEECH_VERBS) for w in m.group(1).split())


def _pronoun_tag(text: str, st: Stretch) -> bool:
    """Whether a pronoun and a tag verb follow the closing mark of a quote
    ending in a comma, question or exclamation mark (`"Not yet," she said`)."""
    if text[st.end - 1 : st.end] not in (",", "?", "!"):
        return False
    m = _PRONOUN_TAG.match(text, st.end + 1)
    return m is not None and is_verb(m.group(1), TAG_VERBS)


def _tag_gender(text: str, st: Stretch) -> str:
    """ "m" or "f" when "he" or "she" and a tag verb follow the quote's
    closing mark, else ""."""
    if not _pronoun_tag(text, st):
        return ""
    return {"he": "m", "sh": "f"}.get(text[st.end + 1 : st.end + 5].lstrip()[:2], "")


def find_quotes(text: str, author: str | None = None, stop: Stop | None = None) -> list[Quote]:
    """Every direct quote in `text`, in order, with its speaker's fullest
    name (no title) and role, or speaker None when nobody can be named.
    `author`, the byline's, is who "I" is outside quotes ("..., I said");
    `stop` is asked before each quote (app/core/cancel.py)."""
    stretches = find_stretches(text)
    if not stretches:
        return []
    lines = _Lines(text)
    glosses = "mean" in text or "translat" in text  # (once, not at each quote)
    cast = Cast(text)
    attributor = Attributor(text, [(s.start, s.end) for s in stretches], cast, author)
    quotes: list[Quote] = []
    prev: tuple[int, int, Speaker | None] | None = None  # (line index, end, speaker)
    for st in stretches:
        if stop is not None:  # (a call a quote saved when no one can stop it)
            check(stop)
        li = lines.index(st.start)
        ls = lines.spans[li][0]
        end_li = lines.index(st.end)
        line_end = lines.spans[end_li][1]
        tag = attributor.after_tag(st.start, st.end, line_end) if st.closed else None
        if tag is not None and (
            _in_opening_clause(text, ls, st)
            or new_sentence_after(text, st.start, st.end)
            or in_dashed_aside(text, ls, st.start, st.end, line_end)
        ):
            tag = None
        tagged = tag is not None or (st.closed and _pronoun_tag(text, st))
        words = stretch_words(text, st.start, st.end)  # (read once: both tests count them)
        if not _is_quote(text, st, words, ls, tagged, glosses) and not by_context(
            text, st, words, attributor, (ls, line_end, li), prev, _title_like(words)
        ):
            continue
        if asked := asker(attributor, ls, st.start):  # `Asked by Ruiz if it "works," Vesk`
            speaker, evidence = asked, "asker"
        elif tag is not None and not _malformed(tag[0]):
            speaker, evidence = tag, "tag"
            if tag[0]:
                # `," Ruiz said, according to the Gazette`: the Gazette's
                speaker = attributor.relayed(st.start, st.end, line_end) or tag
        else:
            speaker, evidence = _speaker(text, st, attributor, lines, li, prev)
            entity = cast.people.get(speaker[0]) if speaker and tag is None else None
            if entity is not None and entity.gender not in (
                "",
                _tag_gender(text, st) or entity.gender,
            ):
                # `"...," she said` with no woman to be "she": no one's
                # words rather than those of the man the passage is about.
                speaker = None
        if speaker and speaker[0] and _malformed(speaker[0]):
            speaker = None  # no speaker rather than words that name no one
        name, role = speaker if speaker and speaker[0] else (None, "")
        if name is None and (
            (len(words) == 1 and writers_word(text, st, ls))
            or (not tagged and writers_phrase(text, st, words, ls))
        ):
            # `the now-derided "establishment"`: no one's words (a tag after
            # a phrase, `," he said`, says someone's, named or not)
            continue
        quotes.append(Quote(st.start, st.end, name, role, evidence if name else ""))
        attributor.antecedents.note_speaker(st.end, name)
        prev = (end_li, st.end, speaker)
    return quotes


def _malformed(name: str) -> bool:
    """Whether a description taken as the speaker cannot be a noun phrase
    naming one: it opens with a relative or question word ("that scout
    leaders", "how about this headline") or ends in a word that needs
    more after it ("first taste the audience gets of"). Names (capitalized)
    are left to the name rules."""
    if not name[:1].islower():
        return False
    words = name.split()
    first, last = words[0].lower(), words[-1].lower()
    return first in _CLAUSE_OPENERS or last in _OPEN_ENDED


def _lone_capital(name: str) -> bool:
    """One capitalized word the article never names in full ("Voices",
    "Wait"): too weak a speaker from the paragraph before (an acronym is
    an organization, and stays)."""
    return name[:1].isupper() and " " not in name and not name.isupper()


def _bare_lead_in(lead: str) -> bool:
    """Whether the words opening a paragraph before its quote are only a time
    or a place and a colon ("Then, later that month on TV:", "In April, on
    the radio:", "A week later:"): no one named, nothing said or written."""
    lead = lead.strip()
    words = [w.strip(",") for w in lead[:-1].split()]
    if not lead.endswith(":") or not words or len(words) > 8:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if not (first in INTRO or first in LEADERS or first in TIME_WORDS or last in _LATER):
        return False
    for k, w in enumerate(words):
        low = w.lower()
        if low in DOC_NOUNS or low == "according" or is_verb(low, SPEECH_VERBS):
            return False  # "In the letter:", "According to Ruiz:", "Ruiz said:"
        if k and w[:1].isupper() and words[k - 1].lower() not in INTRO:
            return False  # "At the rally, Ana Ruiz:": someone named
    return True


# How many paragraphs of one quote left open a colon before them may lead in.
_OPEN_PARAGRAPHS = 3


def _colon_before_open(text: str, lines: _Lines, li: int, prev) -> int:
    """The line before line `li`, or, when the paragraphs right before it
    open a quote they leave open (each the next paragraph of one quote, none
    of them read as a quote: `Ruiz stated:` / `"... the “Fair Share” rule. `
    / `"...`), the paragraph ending in a colon before them (`_OPEN_PARAGRAPHS`
    at most)."""
    if prev is not None and prev[0] >= li - 1:
        return li - 1
    for k in range(li - 1, max(-1, li - 2 - _OPEN_PARAGRAPHS), -1):
        para = text[lines.spans[k][0] : lines.spans[k][1]].strip()
        if para.endswith(":"):
            return k
        if para[:1] not in ('"', "\u201c") or para.endswith(('"', "\u201d")):
            break
    return li - 1


def _speaker(text: str, st: Stretch, attributor: Attributor, lines: _Lines, li: int, prev):
    """(speaker, evidence) for a quote with no tag right after it: the
    evidence in the order attribution.py gives, most reliable first."""
    ls = lines.spans[li][0]
    line_end = lines.spans[lines.index(st.end)][1]
    same_line = prev is not None and prev[0] == li
    lo = prev[1] + 1 if same_line and not after_relative(text, ls, prev[1], st.start) else ls
    speaker = attributor.before(st.start - 1, lo)
    if speaker is not None and not _malformed(speaker[0]):
        # `Fans chanted, "...," the Gazette reports.`: the outlet's report.
        if st.closed:
            speaker = attributor.credited(st.end, line_end) or speaker
        return speaker, "before"
    if st.closed:
        speaker = attributor.late_tag(st.end, line_end, past_quote=True)
        if speaker is not None:
            return speaker, "late tag"
        speaker = attributor.main_clause_after(st.start, st.end, line_end)
        if speaker is not None:
            return speaker, "main clause"
    # `his call for "..."`, `Ruiz's "..." pledge`
    speaker = attributor.possessor(st.start - 1, ls, st.end if st.closed else -1)
    if speaker is not None:
        return speaker, "possessor"
    if same_line and prev[2] is not None and follows_its_sentence(text, ls, st.start, prev[1]):
        # `"...," said Ana Ruiz, the firm's director. "..."`: the sentence
        # before is the last quote's, and its tag already named who goes on.
        return prev[2], "continues"
    speaker = attributor.sentence_before(st.start - 1, ls)
    if speaker is not None:
        return speaker, "sentence before"
    if text[st.end + 1 : line_end].strip() in ("", ".", ","):
        speaker = attributor.next_line_byline(line_end)  # "...."\n-- Ana Ruiz
        if speaker is not None:
            return speaker, "byline"
    if same_line and prev[2] is not None:
        s = own_sentence_after_stop(text, ls, st.start, st.end, line_end) if st.closed else -1
        other = attributor.passage_person(s) if s > 0 else None
        if other is not None and other[0] != prev[2][0]:
            # `"...," Tom said. Betsy Orn shook her head. "..."`: the one the
            # sentence between opens with, not the last quote's speaker.
            before = text[sentence_start(text, ls, s - 2) : s].split()
            if before and before[0] in other[0].split():
                return other, "subject before"
        own = attributor.main_clause_subject(ls, st.start, prev[1], prev[2][0])
        if own is not None:
            return own, "clause subject"
        return prev[2], "continues"
    if li > 0 and not text[ls : st.start - 1].strip():
        pls, ple = lines.spans[_colon_before_open(text, lines, li, prev)]
        if text[pls:ple].rstrip().endswith(":"):
            speaker, evidence = attributor.before(ple, pls), "colon"
        elif prev is not None and prev[0] == li - 1:
            speaker, evidence = prev[2], "continues"
        else:
            start = sentence_start(text, pls, ple - 1)
            speaker, evidence = attributor.asked(start, ple, st.start), "asked"
            if speaker is None:
                speaker, evidence = attributor.before(ple, pls, LEAD_IN_CUES), "lead-in"
        # A lone capital is too weak a name from the paragraph before, unless
        # a quote there already gave it as its speaker.
        if speaker is not None and (
            evidence in ("asked", "continues") or not _lone_capital(speaker[0])
        ):
            return speaker, evidence
    if prev is not None and prev[2] is not None and prev[0] >= li - 1:
        if _bare_lead_in(text[ls : st.start - 1]):
            # `Then, later that month on TV: "...`: a time or a place alone
            # before the colon; the last quote's speaker goes on.
            return prev[2], "continues"
    speaker = attributor.clause_subject(st.start - 1, ls)
    if speaker is not None:
        return speaker, "clause subject"
    # `Ruiz has argued that ... . As a result, there is still "..."`: the
    # reported speech of the sentence before goes on.
    speaker = attributor.sentence_before(st.start - 1, ls, inside_sentence=True)
    if speaker is not None:
        return speaker, "speech before"
    if text[ls : st.start - 1].strip():
        s = own_sentence_after_stop(text, ls, st.start, st.end, line_end) if st.closed else -1
        if s > 0:
            # `Ana Ruiz was blunt. "Sell the mill."`: a quote standing as its
            # own sentence after one about a person, as a paragraph of
            # its own after it would be.
            return attributor.passage_person(s), "subject before"
        lead = block_lead(text, lines.spans, li) if li > 0 else None
        speaker = attributor.before(lead[1], lead[0]) if lead is not None else None
        return speaker, "colon" if speaker is not None else "speech before"
    # A paragraph that is only a quote, untagged, after a passage about
    # someone: their words, as a "he said" there would be theirs.
    return attributor.passage_person(st.start - 1), "passage"
