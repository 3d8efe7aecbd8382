"""What a user types in the search box, read once and written for each backend.

The syntax (the same on an SQLite and a PostgreSQL library):

- `word word`      every word must occur (in the quote or fact, a fact's
                   cited form, its speaker, or its source's title, else its
                   file name: what the list shows); case and accents do not matter
                   (a letter of its own, ø, ł, ß, is not a letter with an
                   accent; SQLite drops accents from Latin letters only);
- `"two words"`    the words next to each other, in that order (typographic
                   marks, “two words”, „two words“, «two words», as well:
                   a phrase pasted from a document);
- `word*`          any word starting so; the last plain word typed is always
                   taken this way, so results follow typing;
- `a OR b`         either (OR in capitals; `or` is a word);
- `-word`, `NOT word`   leave out what matches (`-"a phrase"`, `-( ... )`
                   too);
- `( ... )`        grouping.

As in FTS5, OR joins the groups on either side: `a b OR c -d` is
`(a b) OR (c -d)`.

A query of leftouts only (`-draft`) lists everything except what matches.
A leftout group inside OR or brackets that has nothing to keep is ignored.
A word made of several parts (`e-mail`, `3.5`) is the phrase of its parts.

Each backend splits words with its own tokenizer, the same one it uses for
the stored text, so a word always meets its own kind: SQLite's FTS5
(unicode61, diacritics removed) and, on PostgreSQL, `bb_term` over
`bb_fold` (app/core/pg/schema.py: lower case, accents removed, letters and
digits kept). Nothing the user types reaches SQL other than as a bound value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# A "-" right before a phrase or a bracket leaves it out, as before a word:
# it is lexed with it (a "-" alone, "a - b", is no operator).
_LEX = re.compile(r'\s+|-?"[^"]*"?\*?|-?\(|\)|[^\s"()]+')
# Double quotation marks of other typography open and close a phrase as '"'
# does (single ones stay: ’ is the apostrophe of "aren’t").
# Control characters (a NUL pasted from a PDF's text) separate words, as the
# stored text's tokenizers read them: SQLite's FTS5 took a NUL for the end of
# the query ("unterminated string") and PostgreSQL refuses text holding one.
_PHRASE_MARKS = str.maketrans(
    dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\uff02", '"')
    | dict.fromkeys([*map(chr, range(32)), *map(chr, range(127, 160))], " ")
)


@dataclass(frozen=True)
class Term:
    """A word or a phrase, as typed; `prefix`: its last word may continue."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class All:
    """Every part must match, and none of `but_not`."""

    parts: tuple[Node, ...]
    but_not: tuple[Node, ...] = ()


@dataclass(frozen=True)
class Any:
    """At least one part must match."""

    parts: tuple[Node, ...]


Node = Term | All | Any


@dataclass(frozen=True)
class Query:
    """A parsed search: items matching `match` (every item when None) and
    not matching `exclude` (nothing left out when None)."""

    match: Node | None = None
    exclude: Node | None = None

    def __bool__(self) -> bool:
        return self.match is not None or self.exclude is not None


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


# Brackets deeper than this are read as if not there: no one nests a search
# so deep, and FTS5's parser overflows at some twenty levels of our
# expressions (Python's own recursion at some six hundred).
MAX_DEPTH = 8


@dataclass
class _Parser:
    tokens: list[str]
    pos: int = 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        self.pos += 1
        return self.tokens[self.pos - 1]

    def any_(self) -> tuple[list[Node], list[Node]]:
        """OR of AND-groups: (kept alternatives, leftouts of a lone group)."""
        groups = [self.all_()]
        while self.peek() == "OR":
            self.take()
            groups.append(self.all_())
        if len(groups) == 1:
            return groups[0]
        # Leftouts count only inside a group that keeps something.
        kept = [n for n in (_all(parts, nots) for parts, nots in groups) if n is not None]
        return ([Any(tuple(kept))] if len(kept) > 1 else kept), []

    def all_(self) -> tuple[list[Node], list[Node]]:
        parts: list[Node] = []
        nots: list[Node] = []
        while (tok := self.peek()) is not None and tok not in ("OR", ")"):
            self.take()
            negate = False
            if tok in ("NOT", "AND") and self.peek() not in (None, "OR", ")"):
                negate = tok == "NOT"
                tok = self.take()
            elif tok.startswith("-") and len(tok) > 1:
                negate, tok = True, tok[1:]
            node = self.atom(tok)
            if node is not None:
                (nots if negate else parts).append(node)
        return parts, nots

    def atom(self, tok: str) -> Node | None:
        if tok == "(":
            parts, nots = self.any_()
            if self.peek() == ")":
                self.take()
            return _all(parts, nots) if parts else None
        if tok == ")":
            return None
        if tok.startswith('"'):
            prefix = tok.endswith("*") and len(tok) > 1
            inner = tok[1:].rstrip("*") if prefix else tok[1:]
            inner = inner[:-1] if inner.endswith('"') else inner
            return Term(inner, prefix) if _has_word(inner) else None
        prefix = tok.endswith("*")
        word = tok.rstrip("*")
        return Term(word, prefix) if _has_word(word) else None


def _all(parts: list[Node], nots: list[Node]) -> Node | None:
    if not parts:
        return None
    if len(parts) == 1 and not nots:
        return parts[0]
    if len(nots) > 1:
        nots = [Any(tuple(nots))]
    return All(tuple(parts), tuple(nots))


def _lex(text: str) -> list[str]:
    return [t for t in _LEX.findall(text) if not t.isspace()]


def _flatten_deep(tokens: list[str]) -> list[str]:
    """`tokens` less the brackets nested past MAX_DEPTH, each "(" with its ")".
    A left-out group that deep (`-( ... )`, `NOT ( ... )`) goes whole: its
    words read without their brackets would be searched for, not left out."""
    out: list[str] = []
    depth = dropped = 0  # open brackets kept, and open ones dropped (all inside those)
    skipped = 0  # open brackets of a left-out group dropped whole
    for tok in tokens:
        if skipped:
            skipped += (tok in ("(", "-(")) - (tok == ")")
            continue
        if tok in ("(", "-("):
            if depth == MAX_DEPTH:
                if tok == "-(" or (out and out[-1] == "NOT"):
                    out = out[:-1] if tok == "(" else out
                    skipped = 1
                else:
                    dropped += 1
                continue
            depth += 1
        elif tok == ")":
            if dropped:
                dropped -= 1
                continue
            depth = max(0, depth - 1)  # (a stray one: the parser reads on)
        out.append(tok)
    return out


def _last_word_as_prefix(tokens: list[str]) -> list[str]:
    """The last plain word typed may still be growing: make it a prefix."""
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if tok in ("(", ")"):
            continue
        if tok in ("OR", "NOT", "AND") or tok.startswith(('"', "-")) or tok.endswith("*"):
            return tokens
        if i > 0 and tokens[i - 1] == "NOT":
            return tokens
        return [*tokens[:i], tok + "*", *tokens[i + 1 :]]
    return tokens


def parse(text: str) -> Query:
    """Read a search; an empty or wordless one is an empty (false) Query."""
    tokens = _flatten_deep(_lex(text.translate(_PHRASE_MARKS)))
    parser = _Parser(_last_word_as_prefix(tokens))
    parts: list[Node] = []
    nots: list[Node] = []
    while parser.peek() is not None:
        if parser.peek() == ")":  # a stray closing bracket: read on
            parser.take()
            continue
        more, leftout = parser.any_()
        if parser.peek() == "OR":  # "a OR" at the end
            parser.take()
        parts.extend(more)
        nots.extend(leftout)
    if not parts:
        exclude = nots[0] if len(nots) == 1 else (Any(tuple(nots)) if nots else None)
        return Query(None, exclude)
    return Query(_all(parts, nots), None)


def _node_found_in(node: Node, text: str, fold: Callable[[str], str]) -> bool:
    """Whether `text` matches `node` (see `found_in`)."""
    if isinstance(node, Term):
        return fold(node.text) in text
    if isinstance(node, Any):
        return any(_node_found_in(p, text, fold) for p in node.parts)
    return all(_node_found_in(p, text, fold) for p in node.parts) and not any(
        _node_found_in(n, text, fold) for n in node.but_not
    )


def found_in(query: Query, text: str, fold: Callable[[str], str]) -> bool:
    """Whether `text` (folded by `fold`) matches `query`, each word or phrase
    looked for as folded text: the search of a short list kept in memory
    (the Sources and Speakers tabs), read as the search box reads it; an
    empty query finds everything."""
    if query.match is not None and not _node_found_in(query.match, text, fold):
        return False
    return query.exclude is None or not _node_found_in(query.exclude, text, fold)


# Curly apostrophes and quotes, and Unicode hyphens, as typed on a keyboard.
_MARKS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
    }
)


def fold(text: str) -> str:
    """`text` as a search of a short list compares it (`found_in`: the Sources
    and Speakers tabs, `Library.speakers_named`): case, accents and
    apostrophe forms ignored."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_MARKS)


# -- SQLite FTS5 -------------------------------------------------------------------


def fts5(node: Node) -> str:
    """The FTS5 MATCH expression for a node; every word is a quoted string,
    so nothing typed can be read as FTS5 syntax."""
    if isinstance(node, Term):
        quoted = '"' + node.text.replace('"', '""') + '"'
        return quoted + ("*" if node.prefix else "")
    if isinstance(node, Any):
        return "(" + " OR ".join(fts5(p) for p in node.parts) + ")"
    expr = "(" + " AND ".join(fts5(p) for p in node.parts) + ")"
    for leftout in node.but_not:
        expr = f"({expr} NOT {fts5(leftout)})"
    return expr


# -- PostgreSQL tsquery ------------------------------------------------------------


def tsquery(node: Node) -> tuple[str, list]:
    """A PostgreSQL expression of type tsquery for a node, with `?`
    placeholders as the store writes them, and its parameters; NULL when
    none of its terms has a word.

    Each term is folded and split by the server (`bb_term`), exactly as the
    stored text was; the structure is joined with tsquery's own operators."""
    sql, params = _tsquery_text(node)
    return f"({sql})::tsquery", params


def _tsquery_text(node: Node) -> tuple[str, list]:
    """`tsquery` as text. A term with no word for the server (NULL: "½",
    which `bb_fold` drops but Python counts as a digit) is left out of its
    group, as the stored text left it out and as `parse` leaves out a
    wordless term: joined with && or ||, it made the whole search NULL, so
    "5 ½ years" or "levy OR ½" found nothing at all."""
    if isinstance(node, Term):
        return "bb_term(?, ?)::text", [node.text, node.prefix]
    pieces = [(s, p, "") for s, p in map(_tsquery_text, node.parts)]
    if isinstance(node, All):
        pieces += [(s, p, "!") for s, p in map(_tsquery_text, node.but_not)]
    joint = " | " if isinstance(node, Any) else " & "
    # array_to_string skips the NULL elements: the terms with no word.
    items = ", ".join(f"'{mark}(' || {s} || ')'" for s, _, mark in pieces)
    sql = f"nullif(array_to_string(ARRAY[{items}], '{joint}'), '')"
    return sql, [v for _, p, _ in pieces for v in p]
