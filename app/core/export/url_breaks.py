"""Where reportlab may break a URL that does not fit on a line.

reportlab splits a URL that would waste too much of a line (the style's
`uriWasteReduce`) only after a slash, and one longer than a line anywhere at
all ("www.ex|ample.org"). Its splitter, `paragraph._uri_split_pairs`, is
replaced here by one that follows *The Chicago Manual of Style* (14.18):
break after `//` or a colon, before a slash, full stop, hyphen, question
mark, number sign, tilde, underscore or percent sign, and before or after an
equals sign or ampersand, so a line never ends on punctuation that could be
read as the sentence's. Only a single part longer than a whole line is still
cut where it must be. `tests/export/test_pdf_layout.py` checks the behaviour,
so a reportlab release that changes this hook is noticed.
"""

from __future__ import annotations

from collections import deque

from reportlab.platypus import paragraph as _paragraph

_BEFORE = "/.-?#~_%=&"
_AFTER = "=&"


def break_points(url: str) -> list[int]:
    """Offsets in `url` where a line may end (the text before goes on the line)."""
    scheme_end = url.find("://")
    start = scheme_end + 3 if scheme_end >= 0 else 0
    points = {start} if start else set()
    for i in range(start + 1, len(url)):
        if url[i] in _BEFORE and url[i - 1] not in _BEFORE:
            points.add(i)
        if url[i - 1] in _AFTER:
            points.add(i)
    return sorted(p for p in points if 0 < p < len(url))


_LINK_MARKS = "/.?&="
# A piece between break points longer than this cannot fit on a line anyway
# (a note line holds about 110 characters): it may be cut anywhere.
_OVERLONG = 60
# More characters than any line holds (about 200 of the narrowest at 8.5 pt).
_LINE = 400


_split_lately: deque[str] = deque(maxlen=8)


def _uri_split_pairs(uri):
    """(head, tail) pairs for reportlab, the longest head first; None when
    `uri` is not a URL or the rest of one (reportlab then treats it as a
    word). reportlab tries the heads in order and keeps the first that fits:
    break points first, then, only inside an overlong piece, any character."""
    if isinstance(uri, bytes):
        uri = uri.decode("utf8")
    if not _paragraph.uri_pat.match(uri) and not (
        # The rest of a URL already broken once (reportlab asks again on the
        # next line): no scheme, but a URL's punctuation and no spaces, or the
        # end of a URL split lately. reportlab never cuts such a rest as a
        # long word: one cut inside an overlong part ran off the page.
        (any(c in uri for c in _LINK_MARKS) and not any(c.isspace() for c in uri))
        or (len(uri) > _OVERLONG and any(url.endswith(uri) for url in _split_lately))
    ):
        return None
    _split_lately.append(uri)
    points = break_points(uri)
    pairs = [(uri[:i], uri[i:]) for i in reversed(points)]
    edges = [0, *points, len(uri)]
    for a, b in zip(edges, edges[1:], strict=False):
        if b - a > _OVERLONG:
            # No line holds more than _LINE characters: longer heads never fit.
            pairs += [(uri[:i], uri[i:]) for i in range(min(b - 1, a + _LINE), a, -1)]
    return pairs


_paragraph._uri_split_pairs = _uri_split_pairs
