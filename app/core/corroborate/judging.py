"""Whether two claims state the same thing, or disagree: the rules.

`ClaimJudge` compares two claim signatures (claims.py) with the library's
word counts (how many claims hold each feature, for weights), and gives the
edges between them; `GroupIndex` (matching.py) finds which claims to compare,
counterparts.py which figure of one answers which of the other, and
same_claim.py (`SameClaimJudge`, which `ClaimJudge` builds on) whether two
claims whose figures do not differ state the same claim.

The rules, and why they look the way they do (precision first: a careful
reader stops trusting the app at the first absurd flag):

* Quotes are compared as word sequences. One is "the same" as another when it
  is contained in it and is at least `MIN_QUOTE_WORDS` long (claims.same_quote).
* Two values are about the same thing (`_about_same`) only when they are of
  the same kind and unit ("40 homes" and "40 cars" are not), their clauses
  name no different people, places or bodies, their sentences place them at
  no different times, and the words around them share most of their weight
  (the measure and its subject: "raised ... from small donors"). A year
  written as a label ("the 2010 midterms", "his 2008 bid") names which thing
  is meant, so it is not one side of a disagreement unless the thing is
  pinned down (below).
* Same claim: every value the two sentences both state agrees, at least one
  telling value is about the same thing, and the sentences share enough of
  their weight; or the sentences are nearly the same with no differing value.
  Sharing a number, a name or a topic is not enough.
* Conflict: a value about the same thing that does not agree (their ranges do
  not meet, so "nearly $1 billion" and "$916 million" agree), neither said as
  a change ("rose from 4.9 to 5 percent"), neither sentence also stating the
  other's value, with the contexts agreeing more strongly than for a same
  claim, and the figures not said of two different subjects ("Ana Roe won
  52 percent" / "Tom Wells won 45 percent").
* Pinned down (rules.pinned_down): two words around both figures that few
  claims of the library use ("pages of ... correspondence", "immunity ... gun
  manufacturers"). Then one report may name more than the other ("in
  Florida's primary" / "in the primary"), word the rest of its sentence
  otherwise, or label the figure's year ("her 2005 vote"). Shares are never
  relaxed so: they differ from poll to poll about one named thing.
* The day of one event named alike (rules.one_event: "the Varnby caucuses
  on Feb. 1" / "Varnby's Feb. 7 caucuses") is that event's day whatever
  else the two sentences say; only names said with the day set it apart.
* The year of one contest between the same two people ("the 2008 race
  against Tam Vesk"), of one person's death ("Ana Ruiz was killed in
  1998") or of one person's presidential run ("Vesk's 2008 presidential
  bid"; contests.py) is compared on the year whatever else the two
  sentences say: any two years of a death, years of a contest two apart
  or more, of a run two apart; of one violent event by its day, any two.
* So is the amount of one thing of one subject ("Quimby backs the $15 ferry
  toll", "Montana's 41 delegates"; amounts.py), unless each sentence names
  someone with it that the other does not, or a haul ("took all 41 delegates
  in Montana") meets a count said with no one; how many states vote on a
  named day ("Quell Tuesday, when 11 states vote"); one party's count needed
  for one goal ("1,240 votes needed for the Velmarist nomination"; needed.py).
* Names in one-holder roles disagree only about the same act: a shared telling
  word pair around both, the same action word after the name when both have one.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.corroborate.amounts import echoes, haul_apart, named_apart, one_amount, one_season
from app.core.corroborate.claims import SOMEONE, FactSig, ValueContext
from app.core.corroborate.contests import one_thing, years_disagree, years_marked
from app.core.corroborate.counterparts import Match, match_key, match_subject, one_counterpart
from app.core.corroborate.day_counts import one_count
from app.core.corroborate.needed import goals_marked, required_alike
from app.core.corroborate.quantities import agree, same_value
from app.core.corroborate.rules import (
    beside_alike,
    contrasting,
    enough_in_common,
    event_day,
    figure_times,
    office_times,
    offices_named,
    one_event,
    one_office,
    other_figures_agree,
    other_subjects,
    own_time,
    partnered,
    pinned_down,
    same_figures,
    settled_years,
    times_apart,
    times_comparable,
)
from app.core.corroborate.same_claim import (
    SAME_SHARE,
    Lazy,
    SameClaimJudge,
    Trace,
    is_name,
    note,
)
from app.core.corroborate.two_things import (
    count_label,
    day_label,
    limit_day,
    one_sided_name,
    passed_days,
    whole_part,
)
from app.core.corroborate.vote_days import one_vote, votes_marked

__all__ = ["ClaimJudge", "Edge", "Match", "is_name"]

CONFLICT_SHARE = 0.6
CONFLICT_COSINE = 0.35
CONFLICT_COMMON = 3  # context words two values in conflict must share
# Two claims placed at no stated time may be of different days (a running
# count, a poll): they disagree only when they are nearly the same sentence.
UNANCHORED_COSINE = 0.5
PINNED_COSINE = 0.1  # how alike the rest of two such sentences must at least be
# Two sentences this alike outside their names and figures say the same
# thing of the same subject, however common the names they give.
NEAR_SAME = 0.6
# Two sentences this alike outside their names and figures are one report
# of one thing, worded alike: their differing figure is a disagreement.
ECHO = 0.8
ECHO_WORDS = 3  # and words they share besides names and figures ("had ... percent" is not enough)


@dataclass
class Edge:
    a: int
    b: int
    relation: str  # "same" or "conflict"
    kind: str = ""  # value kind of a conflict
    values: tuple[str, str] = ("", "")
    subject: str = ""
    # A conflict found on a telling term alone: it counts only between
    # sources that cover one story (they share a quote or claim).
    loose: bool = False


class ClaimJudge(SameClaimJudge):
    """The rules comparing two claims, over the feature counts `df` of the
    `facts` indexed so far (GroupIndex supplies both)."""

    # -- comparing ------------------------------------------------------------

    def _about_same(
        self, a: FactSig, va: ValueContext, b: FactSig, vb: ValueContext, trace: Trace = None
    ):
        """A `Match` when two values of one kind are about the same thing, else None."""
        # Verdicts are worded only when traced: most of a regroup's many pairs run this.
        pair = f"{va.value.value} / {vb.value.value}" if trace is not None else ""
        # One state's holder of a one-holder office named in reports of one month is the
        # thing, whatever act each sentence tells and whoever else it names; so is the year
        # of one contest or one death (contests.py), the day one state votes (vote_days.py),
        # how many vote on a named day (day_counts.py), one thing's amount (amounts.py).
        office = one_office(a, va, b, vb) or bool(one_thing(a, va, b, vb, SOMEONE))
        office = office or one_vote(a, va, b, vb) or one_count(a, va, b, vb)
        amount = office or one_amount(va, vb)
        sums = amount and (office or va.value.kind == "money")  # (one_amount's `sums`)
        # Different people, places or bodies in the two clauses: two subjects.
        ca, cb = va.clause_names, vb.clause_names
        if ca and cb and not (ca & b.all_names or cb & a.all_names or amount):
            return note(trace, f"{pair}: clauses name different people or bodies")
        # What one clause names, the other sentence must name too ("the
        # Varn party's nomination" is not "the nomination"); only a loose year
        # conflict, within one story, may do with names in common (see Edge.loose).
        a_in_b, b_in_a = va.names <= b.all_names, vb.names <= a.all_names
        if not (a_in_b or b_in_a or va.value.kind == "year" or amount):
            return note(trace, f"{pair}: each names near its figure what the other does not")
        common = va.words & vb.words
        # Most candidates share a word or two of many: weigh only those that may match.
        if not sums and not enough_in_common(len(common), len(va.words), len(vb.words)):
            if trace is not None:
                note(trace, f"{pair}: too few context words in common {sorted(common)}")
            return None
        # Relative times of undated sources ("r:tuesday") tell nothing here; a conflict is refused
        # on them separately. Without times on both sides they are not apart (times_apart).
        if va.times and vb.times and not office:
            ta = {t for t in va.times - own_time(va) if t[0] != "r"}
            tb = {t for t in vb.times - own_time(vb) if t[0] != "r"}
            if times_apart(ta, tb, a.when, b.when):
                if trace is not None:
                    note(trace, f"{pair}: said of different times {sorted(ta)} / {sorted(tb)}")
                return None
        if len(common) < 2 and not sums:
            return note(trace, f"{pair}: too few context words in common")
        # Weighed when read (Match.share): most matches never are.
        m = Match(
            va,
            vb,
            lambda: self._share(va.words, vb.words, common)[0],
            common,
            a_in_b and b_in_a,
            a_in_b or b_in_a,
        )
        if trace is not None:
            note(
                trace, f"{pair}: about the same thing, share {m.share:.2f}, common {sorted(common)}"
            )
        return m

    def _compare_facts(
        self, a_id: int, a: FactSig, b_id: int, b: FactSig, near: bool = True, trace: Trace = None
    ) -> list[Edge]:
        """Edges between two claims; `near` when they share rare word pairs
        (only then can they be the same sentence reworded). With `trace` (a
        list), each rule's verdict is appended to it, for debugging."""
        # Different people, places or bodies altogether; a pronoun may be anyone.
        na, nb = a.names - {SOMEONE}, b.names - {SOMEONE}
        # Not so of one state's office holder, or of one thing's year (contests.py).
        apart = na and nb and not (na & b.all_names or nb & a.all_names or votes_marked(a, b))
        if apart and not (offices_named(a, b) or years_marked(a, b, SOMEONE) or goals_marked(a, b)):
            note(trace, f"about different names altogether {sorted(a.names)} / {sorted(b.names)}")
            return []
        matches: list[Match] = []
        for va in a.values:
            kind = va.value.kind
            best, best_key = None, None
            for vb in b.values:
                if vb.value.kind != kind:
                    continue
                if len(a.values) > 1 and any(
                    o is not va and same_value(o.value, vb.value) for o in a.values
                ):
                    note(trace, f"{vb.value.value}: stated by another figure of the first claim")
                    continue
                m = self._about_same(a, va, b, vb, trace)
                if m is None:
                    continue
                if best is None:  # weighed against a rival only (match_key reads its share)
                    best = m
                    continue
                key = match_key(m)
                if best_key is None:
                    best_key = match_key(best)
                if key > best_key:
                    best, best_key = m, key
            if best is not None:
                matches.append(best)
        if len(matches) > 1:  # one match has no rival
            matches = one_counterpart(matches)
        agreeing = [m for m in matches if same_value(m.a.value, m.b.value)]
        differing = [m for m in matches if not agree(m.a.value, m.b.value)]
        conflicts = []
        if len(differing) > 1 and sum(m.share >= SAME_SHARE for m in differing) > 1:
            note(trace, "two figures differ: two different things")
            differing = []
        # A figure both state ties two claims when few reports state it and
        # it is said of the same thing in both (rules.beside_alike); read
        # only of differing figures, which few pairs have.
        agreed = (
            {f"{m.a.value.kind}={m.a.value.bound}{m.a.value.value}" for m in agreeing}
            if differing
            else set()
        )

        def ties(figure: str) -> bool:
            return figure in agreed and self._rare_figure(figure)

        # The sentences' cosine outside names and figures, weighed when first read.
        core = Lazy(lambda: self._cosine(a.core, b.core)) if differing else None
        for m in differing:
            kind = m.a.value.kind
            pair = f"{m.a.value.value} / {m.b.value.value}"
            # The day of one event named alike in both: what else the two
            # sentences say (other figures, other people) is about other things.
            marked = one_event(m.a, m.b, m.common)
            office = one_office(a, m.a, b, m.b) or one_count(a, m.a, b, m.b)  # (as above)
            # The year of one contest or one death: the thing is named by the mark.
            thing = one_thing(a, m.a, b, m.b, SOMEONE)
            if thing and not years_disagree(thing, m.a, m.b):
                note(trace, f"{pair}: years of one {thing[1:]} that may both hold")
                continue
            year_marked = bool(thing)
            vote = one_vote(a, m.a, b, m.b)  # the day one state votes (vote_days.py)
            marked = marked or office or year_marked or vote or one_amount(m.a, m.b, True)
            if not marked and not other_figures_agree(a, b, kind):
                note(trace, f"{pair}: another figure differs too")
                continue
            # When a thing happened: the thing is named by a telling term
            # next to both years ("sanctuary state", "deposit law").
            telling = kind == "year" and any(
                self.df.get(p, 0) <= self._telling_limit() for p in m.a.pairs & m.b.pairs
            )
            # What both figures are said of is named by words few claims use
            # ("pages of correspondence", "gun manufacturers' immunity").
            pinned = m.covered and pinned_down(
                m.a, m.b, m.common - a.all_names - b.all_names, self.df, len(self.facts) + 1
            )
            # Two sentences worded alike but for their figures say one thing
            # (unless a rule below tells two subjects, times or a change apart),
            # and so do two lists of figures that agree but for one pair;
            # shares only when a poll or a body of few claims is named by both.
            partner = partnered(a, m.a, b, m.b, ties) or beside_alike(m.a, m.b, ties)
            named = any(self.df.get(r, 0) <= self._telling_limit() for r in a.runs & b.runs)
            # A short sentence written word for word alike but for the figure
            # (the same words and names, too few for ECHO_WORDS) is one too.
            echo = (
                len({w for w in a.core & b.core if " " not in w}) >= ECHO_WORDS and core() >= ECHO
            ) or (bool(a.core) and a.core == b.core and a.all_names == b.all_names)
            bound = echo or partner and (kind != "percent" or named) or marked
            # A day said of one named place or body with one word of what
            # happens there ("Velmar before the caucuses Feb. 7" / "the Velmar
            # caucuses on Feb. 1"): the day of that one event.
            event = event_day(m.a, m.b, m.common)
            # Only words few claims use say that a year labelling a thing
            # ("the 2010 race") is that thing's year, not another race's.
            # Counts each said as what it takes to reach one goal named alike
            # ("1,240 votes needed to head the Velmarist guild"): a rule's figure.
            needed = kind.startswith("count:") and required_alike(
                a.all_names, b.all_names, m.a, m.b, m.common, SOMEONE
            )
            # So is one thing's amount ("backs the $15 harbor toll", "Quillon's 90 delegates").
            amount = one_amount(m.a, m.b)
            needed = needed or amount
            pinned_words, pinned = pinned, pinned or bound or event or needed
            # A name one report gives and the other does not may be another
            # subject ("Ana Roe won 38 percent" / "won 52 percent"), unless
            # what is measured is pinned down.
            strong = (m.contained or pinned) and len(m.common) >= CONFLICT_COMMON
            strong = strong and (m.share >= CONFLICT_SHARE or pinned and m.share >= SAME_SHARE)
            strong = strong or bound or event or needed
            if trace is not None:
                note(
                    trace,
                    f"{pair}: telling={telling} pinned={pinned} contained={m.contained}"
                    f" covered={m.covered} echo={echo} partner={partner} named={named}"
                    f" event={event} marked={marked}"
                    f" strong={strong}",
                )
            if not (strong or telling):
                note(trace, f"{pair}: neither strong nor telling")
                continue
            # Of one event's day, only the names said with it count ("the
            # Varnby Lantern caucuses" / "the Varnby Oak caucuses").
            # A year told by a telling term ("chief strategist in 2012") is
            # that term's time: only names near the two years tell two things.
            if not (m.contained or office or year_marked or vote) and contrasting(
                a, m.a, b, m.b, near=marked or telling
            ):
                note(trace, f"{pair}: each names someone the other does not")
                continue
            if amount and (named_apart(a, m.a, b, m.b, SOMEONE) or haul_apart(m.a, m.b, SOMEONE)):
                note(trace, f"{pair}: one thing's amount, said with people of one report each")
                continue
            # One goal's count, one thing's amount: of its own subject.
            if not (year_marked or needed or vote) and other_subjects(a, m.a, b, m.b):
                note(trace, f"{pair}: said of other subjects {m.a.subject} / {m.b.subject}")
                continue
            if not self._may_differ(a, m, b, pinned_words or year_marked, trace):
                continue
            # A year or a day pinned to one thing is itself the time of what it
            # dates: another time one sentence gives is that of the report's own event.
            timed = kind in ("year", "date") and pinned and strong
            season = one_season(m.a, m.b, a.when, b.when)  # a state's whole count
            if not (timed or office or season) and not times_comparable(
                figure_times(m.a), figure_times(m.b), a.when, b.when
            ):
                note(
                    trace, f"{pair}: times not comparable {sorted(m.a.times)} / {sorted(m.b.times)}"
                )
                continue
            ta = {t for t in m.a.times - own_time(m.a) if t[0] != "r"}
            tb = {t for t in m.b.times - own_time(m.b) if t[0] != "r"}
            anchored = kind in ("year", "date") or bool(ta and tb)
            need = CONFLICT_COSINE if anchored else UNANCHORED_COSINE
            if pinned and strong and (kind != "percent" or bound):
                # The rest of two sentences pinned to one thing may say other
                # things; not so for shares, which differ from poll to poll
                # and question to question about one named thing.
                need = PINNED_COSINE
            # A year of one marked thing is its year whatever the rest says.
            loose = telling and not year_marked and (not strong or core() < need)
            if loose and contrasting(a, m.a, b, m.b, near=telling):
                note(trace, f"{pair}: loose, and each names someone the other does not")
                continue
            apart = self._two_things(a, m, b, echo, marked or amount, loose)
            if apart:
                note(trace, f"{pair}: {apart}")
                continue
            if loose:
                need = 0.0
            elif kind != "year" and not (core() >= NEAR_SAME or pinned or self._identified(m)):
                note(trace, f"{pair}: subject not identified (core cosine {core():.2f})")
                continue
            note(trace, f"{pair}: core cosine {core():.2f}, needs {need:.2f}")
            if bound or needed:
                need = 0.0  # worded alike, listed alike, a rule's figure: the rest says no more
            if core() >= need:
                conflicts.append(
                    Edge(
                        a_id,
                        b_id,
                        "conflict",
                        m.a.value.kind,
                        (m.a.value.value, m.b.value.value),
                        match_subject(m),
                        loose,
                    )
                )
        if conflicts:
            return conflicts
        if differing and trace is None and not same_figures(a, b):
            return []  # not the same claim either way (_same_claim): not weighed
        if any(m.share >= SAME_SHARE for m in differing):
            return conflicts  # a claim that differs in a value is not the same claim
        return [Edge(a_id, b_id, "same")] if self._same_claim(a, b, agreeing, near, trace) else []

    def _two_things(
        self, a: FactSig, m: Match, b: FactSig, echo: bool, marked: bool, loose: bool
    ) -> str:
        """Why two differing figures about what seems one thing are about
        two things (two_things.py), in plain words; "" when nothing says so.
        A day or an office `marked` as one event's or one state's is one
        thing whatever names the rest of the sentences give, and so is what
        a `loose` conflict is about (it counts only between reports of one
        story, where "the state" is the one the other report names)."""
        found = self._two_things_all(a, m, b, echo, marked, loose)
        return found[0][1] if found else ""

    def _two_things_all(
        self, a: FactSig, m: Match, b: FactSig, echo: bool, marked: bool, loose: bool
    ) -> list[tuple[str, str]]:
        """Every rule of two_things.py that tells the two figures of `m`
        apart: (its name, why in plain words)."""
        va, vb = m.a, m.b
        out = []
        if not (marked or loose) and one_sided_name(a, va, b, vb):
            out.append(("one_sided", "one is said of a name the other sentence does not give"))
        if count_label(va, vb, echo):
            out.append(("count_label", "a count written as the label of a thing"))
        if limit_day(a, va, b, vb):
            out.append(("limit_day", "one is counted up to a day, the other on that day"))
        if day_label(va, vb) and not one_vote(a, va, b, vb):  # not one state's vote's
            out.append(("day_label", "a day labelling a thing the other day is not said of"))
        if passed_days(a, va, b, vb):
            out.append(("passed_days", "days to come, one told after the other had passed"))
        if whole_part(va, vb):
            out.append(("whole_part", "a count written as a whole against one that is not"))
        return out

    def _may_differ(
        self, a: FactSig, m: Match, b: FactSig, pinned: bool = False, trace: Trace = None
    ) -> bool:
        """Whether two values about the same thing that do not agree are a
        disagreement, not a change, a comparison or a label (`pinned`: the
        thing is named by telling words, so a year labelling it is its year)."""
        va, vb = m.a.value, m.b.value
        pair = f"{va.value} / {vb.value}"
        # A change is no level to disagree on, unless both figures are said
        # with the same words ("compared with 33 percent last month").
        same_cue = va.cue and va.cue == vb.cue and va.kind != "count:point"
        if (va.change or vb.change) and not (same_cue or one_amount(m.a, m.b)):
            return bool(note(trace, f"{pair}: said as a change ({va.cue!r} / {vb.cue!r})"))
        # A sentence stating the other's value too is not in conflict with it.
        if any(agree(v.value, vb) for v in echoes(a, m.a, m.b, b)):
            return bool(note(trace, f"{pair}: the first claim also states {vb.value}"))
        if any(agree(v.value, va) for v in echoes(b, m.b, m.a, a)):
            return bool(note(trace, f"{pair}: the second claim also states {va.value}"))
        if va.kind == "year" and (m.a.label or m.b.label) and not pinned:
            return bool(note(trace, f"{pair}: a year labelling a thing"))
        framed = m.a.frames | m.b.frames
        if va.kind == "year" and framed and not pinned:
            # The time of another figure: a disagreement only when both
            # state that figure alike ("650 closed since 2006" / "since 2008").
            if not (framed <= a.numbers and framed <= b.numbers):
                return bool(note(trace, f"{pair}: a year framing another figure"))
        if is_name(va.kind):
            # One state's office in reports of one month, unless a year or a
            # day said in the holder's clause is another time ("last week" is
            # of that month; "who quit in March" said of another is not the
            # holder's), whether or not the sentence tells a running figure.
            ta, tb = ({t for t in v.times if t[0] != "r"} for v in (m.a, m.b))
            office = one_office(a, m.a, b, m.b) and office_times(ta, tb, a.when, b.when)
            if office:
                return True  # whatever else the two sentences say
        # A running figure ("now has") holds at its source's date only; a
        # year both reports place in their past does not move with it.
        runs = (m.a.running or m.b.running) and (m.a.running != m.b.running or m.a.running == "?")
        if runs and not settled_years(m.a, m.b, a.when, b.when):
            return bool(note(trace, f"{pair}: running figures of other days"))
        if is_name(va.kind):
            if a.times != b.times:
                return bool(note(trace, f"{pair}: one role at different times"))
            if not any(self.df.get(p, 0) <= self._telling_limit() for p in m.a.pairs & m.b.pairs):
                return bool(note(trace, f"{pair}: names without a shared telling word pair"))
            if m.a.action and m.b.action and m.a.action != m.b.action:
                return bool(note(trace, f"{pair}: two acts {m.a.action} / {m.b.action}"))
        return True

    def _identified(self, m: Match) -> bool:
        """Whether what two figures are said of is pinned down: a person,
        place or body named by both that is rare enough to tell (a party or
        a pronoun is not), or, when neither names anyone, a context so alike
        that only one thing fits."""
        limit = self._telling_limit()
        shared = m.a.names & m.b.names
        if any(self.df.get(n, 0) <= limit for n in shared if n != SOMEONE):
            return True
        if m.a.names or m.b.names:
            return False
        return len(m.common) >= 4 and m.share >= 0.7
