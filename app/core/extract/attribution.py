"""Who said a quote: the speaker phrase around it, resolved to a full name.

Order of evidence, most reliable first (`find_quotes` asks in this order):
1. a tag right after the quote: `," Vesk said`, `," said Rep. X`,
   `," according to X`;
2. a speech or judging verb earlier in the same sentence, and its subject
   (clauses.py): `As X stated, "...`, `X called the plan "..."`;
3. a tag closing the quote's sentence after more words (`"..." if it fails,
   said X.`, `, according to X.`); the quote as someone's call (`his call for
   "..."`); or a sentence just before ending `X agreed.`;
4. the quote continues an attributed one, in its paragraph or the next;
5. the paragraph before ends with a colon (`issued the following statement:`);
6. the subject of the quote's clause, when it is a person. Elsewhere:
bylines and the sentence before (around_quote.py), the name after an
inverted verb (inverted.py), word lists (tag_words.py), what a phrase
names, "she", "the mayor", a surname (referents.py); the subject of a
speech verb before the quote (verb_subjects.py)."""

from __future__ import annotations

import re
from itertools import islice

from app.core.extract.clauses import is_speaker_noun, subject_before
from app.core.extract.inner_clauses import closing_tag
from app.core.extract.inverted import SOURCE_ENDS, set_off_name
from app.core.extract.lexicon import TAG_VERBS
from app.core.extract.referents import (
    DOC_NOUNS,
    NOBODY,
    PRONOUNS,
    Speaker,
)
from app.core.extract.sentences import sentence_end, sentence_start
from app.core.extract.subject_bounds import (
    long_name_end,
    modifies_people,
    noun_compound,
)
from app.core.extract.tag_words import (
    AGENT,
    BE,
    BYLINE,
    CAPITAL_NEXT,
    CUES,
    HEARD_AUX,
    LEAD,
    MAY_TAG,
    NOT_DESCRIPTOR,
    OTHER_CLAUSE,
    PARTICLE_CUES,
    PARTY_STATE,
    QUOTE_MARK,
    SENTENCE_DONE,
    SUBJECT_OPENERS,
    TAG_ONLY,
    WORD,
    described_person,
    ends_sentence,
    far_from_colon,
    is_capitalized,
    is_determiner,
    is_verb,
    not_speech_here,
    owned_noun,
    to_figure_stop,
    told_before,
    word_triples,
)
from app.core.extract.unnamed import PERSON_NOUNS
from app.core.extract.verb_subjects import VerbSubjects

# Participles naming something, whose agent may follow the quote without
# "was" before them: `- often labeled a "..." by critics -`.
_NAMING_PARTICIPLES = frozenset(
    "labeled labelled called dubbed branded described termed derided hailed billed".split()
)
# A tag verb and a comma right before an opening mark: `shouted, "`.
_LED_IN = re.compile(r"\b([a-z]+),[ \t]*$")
# A dash ending the words before an opening mark, or opening those after a
# closing one: a quote set off by dashes inside its sentence.
_DASHED = re.compile(r"(?:^|\s)(?:-{1,2}|\u2014|\u2013)\s*$|^\s*(?:-{1,2}|\u2014|\u2013)")
# A phrase after a quote opening with one of these is no tag's subject
# unless a comma closes it (`" after Big Tuesday voting in 11 states`).
_PREPOSITIONS = frozenset("after before during since until from into than about over under".split())


# Words after a passive "asked" that give what was asked, not when.
_ASKED_TOPIC = frozenset("about whether if what why how who which to for".split())
# A stop after the closing mark (or a bracket), then a new sentence: `("..."). Then`.
_STOP_AFTER = re.compile(r"[)\]]*[.!?]\s+[^\sa-z]")
# A dash standing between words: one that opens or closes an aside.
_ASIDE_DASH = re.compile(r"\s(?:-{1,2}|\u2014|\u2013)\s")
_OWN_SUBJECT = re.compile(r"\b(?:he|she|they|we|I)\b")


def _in_closed_aside(text: str, s: int, a: int, b: int, open_at: int) -> bool:
    """Whether the word at a..b stands in an aside set off by dashes or
    parentheses that closes before the mark at `open_at`, in the sentence
    from `s`, a clause with a subject pronoun of its own following it: in
    `that he is fit - as Vesk has said - and he can "...`, the aside says
    nothing of the quote (an aside right after a sentence's subject, `Roe
    - as Vesk noted - has called it "...`, gives the whole sentence's source)."""
    after = text[b:open_at]
    if ")" not in after and "-" not in after and "\u2014" not in after and "\u2013" not in after:
        return False  # (most: nothing in the words after could close an aside)
    before = text[s:a]
    if before.count("(") > before.count(")") and ")" in after:
        close = after.index(")")
    elif len(_ASIDE_DASH.findall(before)) % 2 == 1 and (m := _ASIDE_DASH.search(after)):
        close = m.end()
    else:
        return False
    return _OWN_SUBJECT.search(after, close) is not None


# Finite verbs that give the words after a quote a clause of their own.
_FINITE = BE | frozenset("has have had will would can could".split())


class Attributor(VerbSubjects):
    """Finds the speaker of each quote of one article."""

    # -- evidence -------------------------------------------------------
    def after_tag(self, start: int, end: int, line_end: int) -> Speaker | None:
        """`," she said` / `," said X` / `," according to X` right after the quote."""
        text = self.text
        close = end + 1
        hi = to_figure_stop(text, close, min(line_end, close + 200))
        m = QUOTE_MARK.search(text, close, hi)
        if m:
            hi = m.start()
        byline = BYLINE.match(text, close, line_end)
        if byline is not None:
            if text[text.rfind("\n", 0, start) + 1 : start - 1].strip():
                return None  # `Ruiz said it was "...".--Ana Vesk`: the reporter signs
            return self.byline(byline.start(1), byline.end(1))
        lead = LEAD.match(text, close, hi)
        lo = lead.end()
        dashes = lead.group()
        if (
            ("-" in dashes or "\u2014" in dashes or "\u2013" in dashes)
            and _DASHED.search(dashes)
            and _DASHED.search(text[max(0, start - 4) : start - 1])
        ):
            # `Ruiz lamented her gaffes - "..." - and voters said`: the quote
            # is an aside, and the words after the dash go on the sentence.
            return None
        first = WORD.search(text, lo, hi)
        if first is None or _STOP_AFTER.match(text, close):
            return None  # `... to 6 ("...").  Then they said`: its sentence ended
        quote_tail = text[start:end].rstrip()[-1:]
        bare_end = quote_tail.isalnum()
        own_verb = -1  # where the words after such a quote have their own verb
        if quote_tail == "." and not first.group()[0].islower():
            return self.so_said(lo, hi, start)  # a new sentence, unless `So said X.`
        between = text[lo : m.start()].rstrip() if m else ""
        if between.endswith((",", ":")) and ". " not in between:
            if quote_tail in "?!":
                return None  # `"...?" Vesk writes back, "..."`: the next quote's tag
            led = _LED_IN.search(text, max(0, start - 30), start - 1)
            if led is not None and is_verb(led.group(1), TAG_VERBS):
                # `When a man shouted, "Go," Vesk joked, "..."`: the first
                # quote has its own tag before it; this one is the next's.
                return None
        # The tests below read at most the first 30 words (14 unless a comma closes
        # an aside: `," Ana Ruiz, head of the ... Union, said`), then 10 more for the
        # name after an inverted verb: 42 words. Most tags end in a few words: read
        # 8 at a time (5 past the word tested; a short last batch ends them).
        found, words = islice(WORD.finditer(text, lo, hi), 42), []
        long_name = -1  # where a long name opening the words ends, once asked
        for i in range(30):
            if i + 5 >= len(words) and len(words) % 8 == 0:
                words += word_triples(islice(found, 8))
            if i >= len(words):
                break
            w, ws, _we = words[i]
            if i >= 14 and (words[i - 1][0] != "," or w.endswith("ing")):
                if long_name < 0:
                    words += word_triples(found)
                    long_name = long_name_end(words)
                if i > long_name:
                    if ends_sentence(w):
                        return None
                    continue
            if w in (",", ";", ":") and i == 0:
                continue
            if bare_end and w in _FINITE and own_verb < 0:
                # `saying "of course" Ruiz has the right to ... -- having
                # suggested`: a quote closed on a bare word goes on into its
                # sentence, whose own verb comes before any tag; a tag then
                # stands after a comma (`"..." would help, Ruiz said`).
                own_verb = i
            if text[ws - 1] == "(" or (i > 0 and words[i - 1][0] == "," and PARTY_STATE.match(w)):
                continue  # "(D-Ore.)", ", R-Ky.,": a party and state, no sentence end
            core = w.rstrip(".")
            if core.lower() not in MAY_TAG and (core == w or not ends_sentence(w)):
                continue  # neither a tag nor "according", and no sentence's end
            # "read" tags next to a document only, "reported" a quote not ending its sentence.
            it_read = i == 1 and words[0][0] == "it"  # `," it read.`
            is_read = core in ("read", "reads") and (
                (i > 0 and words[i - 1][0].lower() in DOC_NOUNS)
                or it_read
                or (i == 0 and any(t.rstrip(".").lower() in DOC_NOUNS for t, _, _ in words[1:5]))
            )
            is_reported = quote_tail != "." and core in ("reported", "reports")
            is_back = (
                w in ("shot", "fired", "went", "pointed", "points", "put", "puts", "chimed")
                and i + 1 < len(words)
                and words[i + 1][0].rstrip(".") in ("back", "on", "out", "it", "in")
            )  # `," Ruiz shot back`, `," Ruiz went on`, `," as Ruiz put it`, `chimed in`
            # A tag verb (is_verb, inlined), or one capitalized after a comma (`, Tweeted on`).
            lower = w[0].islower() or (i > 0 and words[i - 1][0] == ",")
            is_tag = (
                (lower and (core.lower() in TAG_VERBS or core.lower() in TAG_ONLY))
                or is_read
                or is_reported
                or is_back
            )
            if is_tag and i > 0 and w.endswith("ing") and words[i - 1][0] not in (",", "heard"):
                # `," a nod to the rival acknowledging that`; not `?" a reporter
                # can be heard asking`, nor `," Ruiz was quoted as saying in ...`.
                quoted = [t for t, _, _ in words[max(0, i - 6) : i]]
                is_tag = words[i - 1][0] == "as" and "quoted" in quoted
            if is_tag and modifies_people(words, i):
                is_tag = False  # `," state officials said`: the verb comes next
            if is_tag and i > 0 and words[i - 1][0].lower() in ("who", "which"):
                is_tag = False  # `," X, who answered the survey, said`
            if is_tag and i > 0 and is_determiner(words[i - 1][0]) and not is_read:
                is_tag = False  # `" than the Act, since it returns power to the states.`
            if w == "charged" and i + 1 < len(words) and words[i + 1][0] == "with":
                is_tag = False  # `" ..., the day the clerk was charged with`
            if not is_tag and core != w and ends_sentence(w):
                return None
            is_according = w.lower() == "according" and i + 1 < len(words)
            if not (is_tag or is_according):
                continue
            if 0 <= own_verb < i and all(t != "," for t, _, _ in words[own_verb:i]):
                return None
            if i == 0 and is_tag and w.endswith("ing"):
                return None  # `," promising the Club will ...`: no one named here
            words += word_triples(found)  # all, from here on
            if i == 0 or is_according:
                first = i + 2 if is_according else i + 1
                return self._phrase_after(words, first, start)
            first_word = next(t for t, _, _ in words if t not in (",", ";"))
            # `," columnist Ana Ruiz wrote`, `," party spokeswoman Ana Ruiz said`
            # (Not past a conjunction opening another clause: `" about her
            # links while Vesk suggests` is Vesk's clause, not a tag.)
            described = (
                is_speaker_noun(first_word.lower())
                or noun_compound(words, i)
                or (
                    first_word.lower() not in NOT_DESCRIPTOR
                    and any(t[0].isupper() for t, _, _ in words[1:i])
                    and not any(t.lower() in OTHER_CLAUSE for t, _, _ in words[1:i])
                )
            )
            if first_word.lower() in _PREPOSITIONS and not any(t == "," for t, _, _ in words[1:i]):
                # `" until Vesk said`, `" after Big Tuesday voting in 11
                # states`: a verb inside a prepositional phrase; `" from
                # the fund, the Post reported` has its tag past the comma.
                return None
            if i == 1 and first_word == "it":
                return self.resolve_phrase(words[0][1], words[0][2], start - 1)  # `," it said`
            # `," as Ana Ruiz said on Monday, ...`: an "as" clause tags it too.
            as_clause = first_word.lower() == "as"
            if not (
                is_capitalized(first_word)
                or first_word.lower() in SUBJECT_OPENERS
                or described
                or as_clause
            ):
                return None  # `" and urged Congress` is no attribution
            commas = [k for k, (t, _, _) in enumerate(words[:i]) if t == ","]
            subject_hi = words[commas[0]][1] if commas else ws
            if words[i - 1][0] == "heard":
                # `?" a reporter can be heard asking Vesk`: the subject ends
                # at the verb's first auxiliary.
                aux = next((k for k in range(i) if words[k][0] in HEARD_AUX), i)
                subject_hi = min(subject_hi, words[aux][1])
            if len(commas) >= 2 and words[commas[0] - 1][0] in PERSON_NOUNS:
                # "an Acme spokeswoman, Rosa Diaz, said": the name in the
                # appositive is the speaker, not the company before the noun.
                named = self.resolve_phrase(words[commas[0]][2], words[commas[1]][1], start - 1)
                if named is not None:
                    return named
            subj = subject_before(text, lo, ws)
            if subj is not None:
                ref = start - 1
                opens = sentence_start(text, text.rfind("\n", 0, start) + 1, ref)
                if subj.kind == "pronoun" and QUOTE_MARK.search(text, opens, ref):
                    # `"..." -- that Vesk is ... -- "...," she said`: a name
                    # between two parts of one quote is not who "she" is.
                    ref = opens
                speaker = self.speaker_of(subj, ref)
                if speaker is not None:
                    return speaker
                if text[subj.start : subj.end].lower() in ("i", "we"):
                    return NOBODY  # `," I told the members`: not the members
                described = described_person(text[subj.start : subj.end])
                if described is not None:
                    return described
            return (
                self.resolve_phrase(lo, subject_hi, start - 1)
                or self._phrase_after(words, i + 1, start)
                or described_person(text[lo:subject_hi])
            )
        return None

    def late_tag(self, end: int, line_end: int, past_quote: bool = False) -> Speaker | None:
        """A tag closing the sentence the quote stands in, after more words:
        `"..." if the vote fails, said Ana Ruiz, a pollster.`,
        `"..." in 2008, Ruiz says.`; with `past_quote`, also the tag of the
        sentence's last quote: `found no "...," aside from "...," said Ruiz.`"""
        text = self.text
        if SENTENCE_DONE.match(text, end - 1) or CAPITAL_NEXT.match(text, end + 1):
            return None  # the quote ends its sentence
        stop = sentence_end(text, end + 1, line_end)
        m = QUOTE_MARK.search(text, end + 1, stop)
        if m is not None:
            if past_quote and (closing := closing_tag(self, m.start(), stop, line_end)):
                return closing
            stop = m.start()
        # `, said Ana Ruiz, a pollster at ...`: an inverted tag, up to the end.
        comma = text.find(", ", end + 1, stop)
        while comma >= 0:
            after = list(islice(WORD.finditer(text, comma + 2, stop), 12))
            if after and after[0].group()[0].islower() and is_verb(after[0].group(), TAG_VERBS):
                words = word_triples(after)
                return self._phrase_after(words, 1, end)
            comma = text.find(", ", comma + 2, stop)
        comma = text.rfind(", ", end + 1, stop)
        if comma < 0:
            return None
        words = word_triples(WORD.finditer(text, comma + 2, stop))
        if not words or len(words) > 16:
            return None
        if len(words) > 2 and words[0][0] == "according" and words[1][0] == "to":
            return self.resolve_phrase(words[2][1], words[-1][2], comma)
        last = words[-1][0]
        if len(words) <= 8 and is_verb(last, TAG_VERBS) and last[0].islower():
            subj = subject_before(text, comma + 2, words[-1][1])
            if subj is not None:
                return self.speaker_of(subj, comma)
        return None

    def before(self, open_at: int, lo: int, cues: frozenset[str] = CUES) -> Speaker | None:
        """A speech verb (one of `cues`) earlier in the quote's sentence, and
        its subject."""
        text = self.text
        s = sentence_start(text, lo, open_at)
        words = word_triples(WORD.finditer(text, s, open_at))
        if not words:
            return None
        second_verb = (
            len(words) > 1
            and words[0][0] in ("and", "but")
            and words[1][0].islower()
            and not text[words[0][2] : words[1][1]].strip()  # no "and 14 percent"
            and words[1][0] not in PRONOUNS
            and not is_determiner(words[1][0])
        )
        colon_end = text[s:open_at].rstrip().endswith(":")
        if words[0][0].lower() == "from" and colon_end and 2 < len(words) <= 8:
            return self.source_phrase(words[1][1], words[-2][2], open_at)  # `From the report:`
        that_colon = words[0][0] == "that" and colon_end
        if (second_verb or that_colon) and s > sentence_start(
            text, text.rfind("\n", 0, open_at) + 1, open_at
        ):
            # `Ruiz thanked them for "..." and called the union "..."`, `Ruiz
            # said it was a "mistake" and that she had learned:`, `... "hope"
            # that Vesk wins:`: the quote before's sentence goes on, and its teller.
            return None
        verb_i = None
        opener = self.according_first(words, open_at) or self.agent_as(words, open_at)
        if opener is not None:
            return opener
        for i in range(len(words) - 1, -1, -1):
            w = words[i][0]
            low = w.rstrip(".").lower()
            if low == "according" and i + 1 < len(words) and words[i + 1][0].lower() == "to":
                if told_before(words, i, cues):
                    continue  # "X said that according to its count ... "...": X's
                # "According to Ana Ruiz of the Union," names Ruiz, not the Union.
                hi = next((ws for t, ws, _ in words[i + 2 :] if t in SOURCE_ENDS), open_at)
                lo, hi = set_off_name(words, i + 2, hi) or (words[i + 1][2], hi)  # "..., Brask,"
                return self.resolve_phrase(lo, hi, open_at)
            # A capitalized word is a name ("United States"), and after a
            # determiner a noun ("the report"), not a verb.
            if (i == 0 or w[0].islower()) and (
                low in cues  # is_verb(w, cues), inlined
                or (i + 1 < len(words) and (w, words[i + 1][0]) in PARTICLE_CUES)
            ):
                if not_speech_here(words, i, text[open_at + 1 : open_at + 4]):
                    continue
                if _in_closed_aside(text, s, words[i][1], words[i][2], open_at):
                    continue  # `that he - as Vesk has said - can "...`: the aside's verb
                if not (i > 0 and is_determiner(words[i - 1][0])) and not owned_noun(words, i):
                    verb_i = i
                    break
        if colon_end:
            named = self.after_heading(s, open_at)
            if named is not None:
                return named
        if colon_end and (verb_i is None or far_from_colon(words, verb_i)):
            verb_i = len(words)  # "X issued the following statement:"
        if verb_i is None:
            return None
        if (
            0 < verb_i < len(words)
            and (words[verb_i - 1][0].lower() in BE or words[verb_i][0] in _NAMING_PARTICIPLES)
            and all(w.lower() in ("as", "a", "an", "the") for w, _, _ in words[verb_i + 1 :])
        ):
            # `was called "..." by Ana Ruiz`, `- often labeled a "..." by critics -`
            agent = self._agent_after(open_at)
            if agent is not None:
                return agent
        if 0 < verb_i < len(words) and self.passive_at(words, verb_i):
            by = next((k for k in range(verb_i + 1, len(words)) if words[k][0] == "by"), None)
            # `was accused by A B of "`, `was asked by host A B, "`
            name = by + 1 if by is not None else len(words)
            limit = min(len(words), name + 3)  # a descriptor of up to three words
            while name < limit and words[name][0].islower():
                name += 1
            if name < len(words) and words[name][0][0].isupper():
                return self._phrase_after(words, name, open_at)
            if (
                by is None
                and words[verb_i][0] == "asked"
                and words[-1][0] in (",", ":")
                and not any(w.lower() in _ASKED_TOPIC for w, _, _ in words[verb_i + 1 :])
            ):
                # `Vesk was asked, "...?"`, `was asked on Monday: "...?"`: the
                # question put is not Vesk's (`was asked whether ...` is).
                return NOBODY
        if verb_i < len(words) and (named := self.gerund_subject(words, verb_i, open_at)):
            return named  # `footage of Ana Ruiz saying, "`
        if verb_i < len(words) and words[verb_i][0].endswith("ing"):
            # `comments Ana Ruiz made in 1998 saying she "`, `Ana Ruiz asks
            # as a porter walks in, saying he is "`
            named = self.remarks_maker(words, verb_i, open_at)
            if named or (named := self.while_subject(words, verb_i, s, open_at)):
                return named
        if verb_i < len(words) and not is_verb(words[verb_i][0], TAG_VERBS):
            outer = self.reporter(words, verb_i, s, open_at)
            if outer is not None:
                return outer
        return self.subject(words, verb_i, s, open_at)

    def _agent_after(self, open_at: int) -> Speaker | None:
        """Who a passive names after the quote at `open_at`: `called "..." by Ana Ruiz`."""
        m = AGENT.match(self.text, open_at + 1)
        if m is None:
            return self.people_agent(open_at)  # `called "..." by its critics`
        words = word_triples(islice(WORD.finditer(self.text, m.end()), 12))
        return self._phrase_after(words, 0, open_at + 1)
