"""What a speaker phrase names: a name in its fullest form, a pronoun's
antecedent, or a description ("the mayor", "the company", "the report")
resolved to the person or organization it stands for, else kept as written.

`Referents` answers these questions for one article; `Attributor`
(attribution.py) finds the phrases.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from app.core.extract.clauses import Subject, is_speaker_noun, main_subject, subject_before
from app.core.extract.lexicon import DOC_NOUNS, ORG_NOUNS, ROLE_NOUNS, TITLES
from app.core.extract.name_runs import name_pieces
from app.core.extract.names import ParsedName
from app.core.extract.owned_phrases import owner_named
from app.core.extract.people import Cast, Entity
from app.core.extract.place_names import is_place_name, town_preposition
from app.core.extract.pronouns import Antecedents
from app.core.extract.roles import by_role, latest_org, latest_org_ending
from app.core.extract.sentences import sentence_start
from app.core.extract.speaker_nouns import made_thing, person_noun
from app.core.extract.subject_bounds import subject_pair
from app.core.extract.unnamed import PERSON_NOUNS

Speaker = tuple[str, str]  # (name, role)
# A tag was found, but the speaker is no one this text names ("I", "we").
NOBODY: Speaker = ("", "")
PRONOUNS = {"he": "m", "she": "f"}
_HIS_HER = {"his": "he", "her": "she"}
# Things of words a person sends ("Her message to him:").
_SENT = frozenset("message messages note notes letter letters memo email emails".split())
# A document named after a determiner or an owner: "sent a letter", "Vesk's memo".
_DOC_NAMED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|\w+['\u2019]s?)[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,2}}?({'|'.join(sorted(DOC_NOUNS))})\b"
)
# "it" as a quote's tag: right after its closing mark (`," it said`), or
# with its verb right before an opening one (`It added, "`, `it reads: "`).
_CLOSED_BEFORE = re.compile("[,.!?][\"'\u201d\u2019][ \t]*\\Z")
_OPENS_AFTER = re.compile('[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[,:][ \t]*["\u201c]')
# Bodies that speak for the person owning them, and how news names each one's.
_BODIES = {"campaign": "{} campaign", "team": "{} team", "office": "{}'s office"}
# A name owning what follows: "Ana Ruiz's" in "Ana Ruiz's email".
_OWNER = re.compile(r"((?:[A-Z][\w.\-]*[ \t]+){0,3}[A-Z][\w.\-]*)['\u2019]s?[ \t]")
# A share of those asked: "60 percent of voters", "31%", "six in 10".
_SHARE = re.compile(r"\b(?:percent|in 10|half|majority|most)\b|\d%")
# A poll named before a share: "In a May Gazette poll,", "According to the
# exit polls in Ohio,", or the sentence's subject ("The Lindvale poll finds").
_POLL = re.compile(
    r"\b(?:[Ii]n|[Aa]ccording to)\s+((?:an?|the)\s+[^,.;]{0,60}?\b(?:poll|polls|survey|surveys)\b)"
    r"[^,.;]{0,40},"
)
_POLL_SUBJECT = re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w.'/-]+\s+){0,5}?(?:poll|survey))\b")
# Whom someone unnamed speaks for, after the words of a subject.
_FOR_AFTER = re.compile(
    r"[ \t]+for[ \t]+((?:the[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,5})"
)
# A document and who sent it: "a statement from Ana Ruiz".
_DOC_FROM = re.compile(rf"\b(?:{'|'.join(sorted(DOC_NOUNS))})s?[ \t]+(?:from|by)[ \t]+([A-Z])")
# (Or after a participle of sending: "an email sent out by Ana Ruiz".)
_SENDER_AFTER = re.compile(
    r"[ \t]+(?:(?:sent|issued|released|posted|signed|written)(?:[ \t]+out)?[ \t]+)?"
    r"(?:from|by)[ \t]+((?:[A-Z][\w.'\u2019-]*[ \t]*){1,4})"
)
DETERMINERS = frozenset("the a an its their his her".split())
_GENERIC = frozenset(
    "police officials authorities prosecutors investigators witnesses residents critics "
    "supporters opponents organizers experts analysts sources officers".split()
)
# The author's verb after a name: "..., Ivo Brask, wrote".
_WROTE_AFTER = re.compile(r"\.?,?\s+(?:wrote|said|called|stated|added|says|writes)\b")

# A verb of issuing right before a document's noun phrase: "released a
# short statement", "sent an email", "said in a statement"; a relative
# clause before it ("Vesk, who thanked Ruiz, released") is passed over.
_ISSUED_BEFORE = re.compile(
    r"(?:,[ \t]+(?:who|which|whose)\b[^,]*,[ \t]*)?"
    r"\b(?:released|issued|sent|wrote|posted|published|signed|emailed|put out|provided"
    r"|releases|issues|sends|writes|posts|publishes|signs"
    r"|(?:said|says|wrote|writes|added|announced)\s+in)\s+"
    r"(?:a|an|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,3}$"
)
_HEAD_END = frozenset("of for at from with in on to".split())
# Where a second clause of a sentence starts: ", but", ", while", "; ".


class Referents:
    """Resolves speaker phrases of one article."""

    def __init__(
        self, text: str, spans: list[tuple[int, int]], cast: Cast, author: str | None = None
    ) -> None:
        self.text = text
        self.spans = spans  # (start, end) of the quotes, sorted
        self.cast = cast
        self.author = author  # the byline's author: the "I" outside quotes
        self.antecedents = Antecedents(cast, spans)
        self._polls = "poll" in text or "survey" in text  # any poll a share may answer

    # -- phrases --------------------------------------------------------
    def resolve_phrase(self, lo: int, hi: int, ref: int, last: bool = True) -> Speaker | None:
        """The speaker named by `text[lo:hi]` ("Councilman Tobin Vesk",
        "she", "the mayor"); `ref` is where the quote opens, for pronouns."""
        phrase = self.text[lo:hi]
        shown = [w.rstrip(".,") for w in phrase.split()]
        words = [w.lower() for w in shown]
        if not words:
            return None
        sender = _DOC_FROM.search(phrase)
        if sender is not None:  # "a statement from Ana Ruiz": Ruiz
            found = self.resolve_phrase(lo + sender.start(1), hi, ref, last)
            if found is not None:
                return found
        if len(words) == 3 and words[1] == "of" and words[2] in ("them", "those"):
            # "one of them said": a member of the group the sentence before
            # is about ("one of the protesters"), else as written.
            group = self._group_before(min(lo, ref))
            if group is None:
                return as_written(phrase.strip(" ,."))
            return f"{shown[0].lower()} of the {group[0].lower()}", ""
        if words == ["it"] and (
            _CLOSED_BEFORE.search(self.text, lo - 4, lo) or _OPENS_AFTER.match(self.text, hi)
        ):
            return self._thing_before(min(lo, ref))  # `"...," it said`, `It added, "`
        for w in words[:3]:
            if w in PRONOUNS:
                return self._entity_speaker(self.antecedents.person(ref, PRONOUNS[w]))
            if w == "they":
                # "Protesters gathered outside. "...," they said": the group
                # the sentence before is about, else the latest organization.
                group = self._group_before(min(lo, ref))
                return group or self._entity_speaker(latest_org(self.cast, ref, None))
            if w == "i" and self.author:
                return self.author, ""  # the writer of a first-person piece
            if w in ("i", "we"):
                return None
        names = []
        for ms, me in name_pieces(phrase):
            parsed = self.cast.parse(phrase[ms:me], lead_in(phrase, ms))
            if parsed is None:
                continue
            if names and parsed.kind in ("bare", "place") and phrase[ms - 3 : ms] in ("of ", "in "):
                continue  # "Rep. Ana Ruiz of Ohio", "Democrats in Ohio": where they are from
            names.append((parsed, lo + me - 1))
        if names:
            if not names[-1][0].possessive:
                # "Vesk's hometown Lindvale Ledger": the owner is not who speaks.
                names = [n for n in names if not n[0].possessive]
            people = [n for n in names if n[0].kind in ("person", "bare")]
            # (The name's own position: "Mrs. Vesk" there is who it names.)
            parsed, at = (people or names)[-1 if last else 0]
            entity = self.cast.resolve_name(parsed, at)
            if (
                words[0] == "the"
                and (entity is None or entity.kind == "org" or not parsed.possessive)
                and phrase[at + 1 - lo :].strip()[:1].islower()
                and person_noun(words[-1])
            ):
                # "the Velmaria senator", "the senior Vesk adviser": a capital
                # modifying a noun for a person, not a body its name opens
                # ("the Velmaria Assembly"), nor the person named.
                return self._role_noun(shown, ref) or as_written(phrase.strip(" ,."))
            if entity is not None:
                return self._entity_speaker(entity)
            # "the Ohio congresswoman": a role noun beats an unknown capital.
            role = self._role_noun(shown, ref) if words[0] in DETERMINERS else None
            if (
                role is None
                and (words[0] in ("a", "an") or (words[0] == "the" and _place(parsed)))
                and phrase[at + 1 - lo :].strip()[:1].islower()
            ):
                return as_written(phrase.strip(" ,."))  # "a German user": no one named
            return role or (" ".join(parsed.name), " ".join(parsed.role))
        if len(shown) == 1 and shown[0][:1].isupper() and words[0] in self.cast.by_surname:
            # "Jun wrote", "May said": a word read as a month, yet the surname
            # of someone the article names in full ("Ai Jun").
            entity = self.cast.lookup_bare(shown[0], lo)
            if entity is not None and entity.kind == "person":
                return self._entity_speaker(entity)
        return self._role_noun(shown, ref) or (
            as_written(self.text[lo:hi].strip(" ,.")) if is_speaker_noun(words[-1]) else None
        )

    def _group_before(self, pos: int) -> Speaker | None:
        """The plural description ("Protesters", "Local farmers") that is the
        subject of the sentence before the one holding `pos`, as written, or
        the two people it joins with "and"."""
        text = self.text
        line = text.rfind("\n", 0, pos) + 1
        s = sentence_start(text, line, pos)
        if s <= line:  # the sentence opens its paragraph: the last one before
            end = len(text[:line].rstrip())
            line = text.rfind("\n", 0, end) + 1
            s = end + 1
        if s - 2 < line:
            return None
        s0 = sentence_start(text, line, s - 2)
        subj = main_subject(text, s0, s)
        if subj is None or subj.kind == "pronoun":
            return None
        pair = subject_pair(text, s0, subj.start, subj.end) if subj.kind == "name" else None
        if pair is not None:  # "Ana Ruiz and Ivo Brask": both
            return self._joint(pair, pos)
        words = text[subj.start : subj.end].split()
        # The head noun stands before "of" ("Members of the union"); only
        # the sentence's first word may be capitalized ("Local farmers").
        head_at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
        head = words[head_at]
        if (
            not (head.endswith("s") and is_speaker_noun(head.lower()))
            or any(w[:1].isupper() for w in words[1 : head_at + 1])
            or words[0].lower() in ("one", "each")
        ):
            return None
        return as_written(text[subj.start : subj.end])

    def _thing_before(self, pos: int) -> Speaker | None:
        """What "it" tagging a quote stands for: the organization or the
        document the sentences just before `pos` name, their subject when it
        is one ("The memo ...", "Vesk's campaign backtracked"), else the last
        document ("sent a letter") or organization named; None if none."""
        text = self.text
        for a, b in islice(self.antecedents.sentences_back(pos, limit=4), 2):
            subj = main_subject(text, a, b)
            if subj is not None and subj.kind == "noun" and not inside(subj.start, self.spans):
                head = text[subj.start : subj.end].split()[-1].lower().rstrip(",.")
                if head in DOC_NOUNS:
                    return head, ""
                if head in ORG_NOUNS:
                    return self.speaker_of(subj, pos)
            docs = [m for m in _DOC_NAMED.finditer(text, a, b) if not inside(m.start(), self.spans)]
            if docs:
                return docs[-1].group(1).lower(), ""
            orgs = [m.entity for m in self.antecedents.mentions_in(a, b) if m.entity.kind == "org"]
            if orgs:
                return self._entity_speaker(orgs[-1])
        return None

    def _role_noun(self, shown: list[str], ref: int) -> Speaker | None:
        """The person or organization a role noun in the words `shown` (as
        written) stands for, or the description as written."""
        words = [w.lower() for w in shown]
        if words[0] == "the" and words[-1] in DOC_NOUNS:
            return self._author(words[-1], ref)
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if words[0] in ("one", "another") and i > 0:
                # "one senior defense official said", "one of the pilots said"
                noun = w[:-1] if w.endswith("s") and words[1] == "of" else w
                if noun in PERSON_NOUNS:
                    return " ".join(shown[1 : i + 1]) if noun == w else noun, ""
            head = i == len(words) - 1  # not a modifier: "school fans" are fans
            # "the senator" is the senator named before; "the Ohio senator" or
            # "the former mayor" describes someone the latest senator or mayor
            # may well not be, so it stays as written.
            described = w in ROLE_NOUNS and w not in ORG_NOUNS and len(words) > 2
            if head and (w in ROLE_NOUNS or w in ORG_NOUNS) and not described:
                entity = by_role(self.cast, w, ref)
                if entity is not None:
                    return self._entity_speaker(entity)
            if head and words[0] == "the" and len(words) == 2:
                # "the utility said": the organization named so before.
                entity = latest_org_ending(self.cast, ref, w)
                if entity is not None:
                    return self._entity_speaker(entity)
            if head and w in _GENERIC:
                return w, ""
            if w in PERSON_NOUNS and words[0] in DETERMINERS:
                # "the former manager said": the unnamed source described
                # so before, else the description itself.
                entity = self.cast.unnamed_by_head(w, ref)
                if entity is not None:
                    return self._entity_speaker(entity)
                return " ".join(shown[1 : i + 1]), ""
        return None

    def _author(self, noun: str, ref: int) -> Speaker:
        """Who wrote "the statement" (report, letter ...) a quote is read
        from: the first name in the latest sentence before `ref` that speaks of
        one ("Vesk ... released a short statement"); else the first person
        after the noun in that sentence ("In a letter ..., Ivo Brask,
        wrote"); else the document itself, as outlets name it."""
        text = self.text
        lo = max(0, ref - 1500)
        # Not the quote's own sentence: that is the tag naming the document.
        hi = sentence_start(text, text.rfind("\n", 0, ref) + 1, ref)
        found = _last_word(text, noun, lo, hi)
        if found is None:
            return noun, ""
        s = sentence_start(text, text.rfind("\n", 0, found) + 1, found)
        e = text.find(". ", found, ref)
        e = ref if e < 0 else e
        # Before the noun, the writer is who issued it ("Vesk released a
        # short statement"): the name closest before that verb. A name
        # elsewhere in the sentence ("The Gazette said Vesk's office kept the
        # letter") is not known to have written it.
        issued = _ISSUED_BEFORE.search(text, s, found)
        runs = [(found, e, True)]
        if issued is not None:
            runs.insert(0, (s, issued.start(), False))
        for a, b, people_only in runs:
            pieces = list(name_pieces(text, a, b))
            for ms, me in reversed(pieces) if not people_only else pieces:
                parsed = self.cast.parse(text[ms:me])
                if parsed is None or parsed.possessive or parsed.kind == "place":
                    continue
                if inside(ms, self.spans):
                    continue  # named inside a quote: not the author
                if people_only and not _WROTE_AFTER.match(text, me):
                    continue
                entity = self.cast.resolve_name(parsed, ms)
                if entity is not None and (entity.kind == "person" or not people_only):
                    return entity.name, entity.role
                if entity is None and parsed.kind == "person":
                    return " ".join(parsed.name), " ".join(parsed.role)
        return noun, ""

    @staticmethod
    def _entity_speaker(entity: Entity | None) -> Speaker | None:
        return (entity.name, entity.role) if entity is not None else None

    def speaker_of(self, subj: Subject, ref: int) -> Speaker | None:
        """Who the subject words `subj` name: a pronoun's antecedent, a name in
        its fullest form or a sender ("this tweet from X"), or a description ("the
        board") resolved to the person or organization it stands for, else as written."""
        town = town_preposition(self.text, subj.start, subj.end) if subj.kind == "name" else None
        if town is not None:
            # "Ana Ruiz of Dunmore, Ohio says", "a woman in Dunmore, Ohio,
            # told him": the one from the town, not the state.
            line = self.text.rfind("\n", 0, town) + 1
            found = subject_before(self.text, sentence_start(self.text, line, town), town)
            return self.speaker_of(found, ref) if found is not None else None
        if subj.kind == "name" and " and " in self.text[subj.start : subj.end]:
            joint = self._joint(subject_pair(self.text, subj.start, subj.start, subj.end), ref)
            if joint is not None:
                return joint
        if subj.kind != "noun" or _DOC_FROM.search(self.text, subj.start, subj.end):
            return self.resolve_phrase(subj.start, subj.end, min(ref, subj.start))
        head = self.text[subj.start : subj.end].split()[-1].lower()
        sender = _SENDER_AFTER.match(self.text, subj.end)
        if sender is not None and head.removesuffix("s") in DOC_NOUNS:
            # "The message from Ana Ruiz was clear:": who sent it.
            found = self.resolve_phrase(sender.start(1), sender.end(1), ref)
            if found is not None:
                return found
        shown = [w.rstrip(".,") for w in self.text[subj.start : subj.end].split()]
        poll = self._poll_of(subj.start, subj.end)
        if poll is not None:
            return poll  # "In a May Gazette poll, 60 percent said": the poll
        # "the former secretary of state": the head is before the preposition.
        cut = next((i for i, w in enumerate(shown) if i and w.lower() in _HEAD_END), len(shown))
        owner = _OWNER.match(self.text, subj.start)
        if owner is not None and made_thing(shown[:cut], _HEAD_END):
            # "Ana Ruiz's fundraising email to supporters": hers.
            found = self.resolve_phrase(subj.start, subj.start + len(owner.group(1)), ref)
            if found is not None:
                return found
        if len(shown) > 1 and shown[0].lower() in _HIS_HER and shown[1].lower() in _SENT:
            # "Her message to him:": words a person sent, the person's.
            gender = PRONOUNS[_HIS_HER[shown[0].lower()]]
            found = self._entity_speaker(self.antecedents.person(subj.start, gender))
            if found is not None:
                return found
        if cut == len(shown) and shown[0].lower() in _HIS_HER and shown[-1].lower() in _BODIES:
            # "his campaign said": the body of the person "his" points to,
            # as news names it ("the Vesk campaign", "Vesk's office").
            gender = PRONOUNS[_HIS_HER[shown[0].lower()]]
            entity = self.antecedents.person(subj.start, gender)
            if entity is not None and entity.kind == "person":
                return _BODIES[shown[-1].lower()].format(entity.name), ""
        if owner is not None:
            # "Ana Ruiz's campaign", "Vesk's top aide": what a name owns,
            # as written; never another holder of the role noun.
            return as_written(self.text[subj.start : subj.end])
        maker = shown[1][:-2] if len(shown) > 2 and shown[1].endswith(("'s", "\u2019s")) else ""
        if shown[0].lower() in DETERMINERS and is_speaker_noun(maker) and made_thing(shown, ()):
            # "The campaign's statement declares": the campaign's words.
            return self._role_noun([shown[0], maker], ref) or as_written(f"{shown[0]} {maker}")
        if shown[0].lower() in ("a", "an", "one") and shown[cut - 1].lower() in PERSON_NOUNS:
            # "a spokesman for the Harbor Party said", "A spokeswoman for
            # the Harbor Board emailed": someone unnamed, known by whom they
            # speak for, as written, as "said a spokesman for ..." is.
            end = subj.end
            if cut == len(shown):
                more = _FOR_AFTER.match(self.text, end)
                end = more.end(1) if more is not None else end
            if end > subj.end or (cut < len(shown) - 1 and shown[cut].lower() == "for"):
                return as_written(self.text[subj.start : end].strip())
        return self._role_noun(shown[:cut], ref) or as_written(self.text[subj.start : subj.end])

    def source_phrase(self, lo: int, hi: int, ref: int) -> Speaker | None:
        """Who `text[lo:hi]` names as a quote's source (`From the report:`,
        `From Ana Ruiz's blog post:`): a thing a name owns and made is the
        name's; anything else as `resolve_phrase` reads it."""
        if _OWNER.match(self.text, lo, hi) is not None:
            return self.speaker_of(Subject(lo, hi, "noun"), ref)
        return self.resolve_phrase(lo, hi, ref)

    def _poll_of(self, lo: int, hi: int) -> Speaker | None:
        """The poll a share answered (`text[lo:hi]`, a subject holding one),
        when its sentence names the poll before it: "In a May Gazette poll,
        60 percent said", "The poll finds that 37 percent say"; as written."""
        if not self._polls:
            return None
        text = self.text
        s = sentence_start(text, text.rfind("\n", 0, lo) + 1, lo)
        found = None
        for m in _POLL.finditer(text, s, lo):
            found = m
        if found is None:
            found = _POLL_SUBJECT.match(text, s, lo)
        if found is None or not _SHARE.search(text, found.end(), hi):
            return None
        return as_written(found.group(1))

    def _joint(self, parts: tuple[tuple[int, int], ...], ref: int) -> Speaker | None:
        """ "Ana Ruiz and Ivo Brask", "A, B and C": all of them, in their fullest names."""
        found = [self.resolve_phrase(*part, ref) for part in parts]
        names = [one[0] for one in found if one is not None]
        if len(names) < len(parts) or len(set(names)) < len(names):
            return None
        return f"{', '.join(names[:-1])} and {names[-1]}", ""

    def _initial_name(self, s: int, hi: int) -> Speaker | None:
        """The name filling `text[s:hi]` (a sentence's subject), resolved, or
        as written when the article names nobody else so."""
        lo = s
        while lo < hi and self.text[lo].isspace():
            lo += 1
        pieces = list(name_pieces(self.text, lo, hi))
        if len(pieces) != 1 or pieces[0][0] != lo or self.text[pieces[0][1] : hi].strip():
            return None
        parsed = self.cast.parse(self.text[lo : pieces[0][1]], lead_in(self.text, lo))
        if parsed is None or parsed.possessive or parsed.kind == "place":
            return None
        entity = self.cast.resolve_name(parsed, lo)
        if entity is not None:
            return self._entity_speaker(entity)
        return " ".join(parsed.name), " ".join(parsed.role)


def _last_word(text: str, word: str, lo: int, hi: int) -> int | None:
    """Where `word` (letters) last stands whole in `text[lo:hi]`, or None:
    the last match of the pattern `\\b<word>\\b` in that slice, found by
    `str.rfind` (a pattern per document noun was compiled anew)."""
    hi = min(hi, len(text))
    at = text.rfind(word, lo, hi)
    while at >= 0:
        end = at + len(word)
        if (at == lo or not _is_word(text[at - 1])) and (end == hi or not _is_word(text[end])):
            return at
        at = text.rfind(word, lo, end - 1)
    return None


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # (what `\\w` matches)


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` lies in one of the sorted (start, end) `spans`."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def as_written(phrase: str) -> Speaker:
    """A description as the article gives it, without its determiner."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(owner_named(words)), ""  # "Sen. Ana Ruiz's campaign": "Ana Ruiz's"


def lead_in(text: str, pos: int) -> str:
    """The lower-case role or title word right before `pos` ("coach"), or ""."""
    j = pos - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] == "-"):
        k -= 1
    word = text[k + 1 : j + 1]
    return word if word.islower() and (word in ROLE_NOUNS or word in TITLES) else ""


def _place(parsed: ParsedName) -> bool:
    """Whether a parsed run is a place ("Velmaria"): in "the Velmaria senator", no speaker."""
    return parsed.kind == "place" or (len(parsed.name) == 1 and is_place_name(parsed.name[0]))
