"""The Qt shell of Briefing Builder.

Importing this package works around a reference-count bug of PySide6 6.12 on
Python 3.11: each call of a C++ method that returns nothing (`painter.save()`,
`widget.show()`, ...) and each empty QVariant handed to Python takes one
reference from Python's `None` without having given it one (and likewise for
`True`/`False` in places). Python 3.12+ does not notice (there these objects
are immortal); on 3.11 some minutes of painting empty the count and the
interpreter aborts ("none_dealloc: deallocating None"). Giving these objects a
very large count once makes them immortal here too, as they are on 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 60


def _make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal already (PEP 683), or not reference-counted
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _IMMORTAL:
            refcount.value += _IMMORTAL


_make_singletons_immortal()
