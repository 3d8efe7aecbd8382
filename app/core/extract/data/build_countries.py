"""Rebuild countries.txt: the English names of the world's countries and
territories from the Unicode CLDR (Unicode License v3), as the babel
package (BSD-3-Clause) ships them.

    python app/core/extract/data/build_countries.py

Countries and territories (two-letter codes, but not "EU" or "UN") and the
world's regions (three-digit codes: "Asia", "Latin America").
Not imported by the app: it only documents and repeats how the data was made.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

OUT = Path(__file__).with_name("countries.txt")
# Codes CLDR lists that are no country or territory.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"}
HEADER = """\
# Names of countries, territories and world regions in English, one a line.
# Source: Unicode CLDR (Common Locale Data Repository) territory names for
# the locale "en", as shipped by the babel package {version} (BSD-3-Clause);
# CLDR data is under the Unicode License v3 (https://www.unicode.org/license.txt).
# Two-letter region codes (less EU, EZ, UN, QO, ZZ, XA, XB, XK) and
# three-digit ones (less 001, the world). Made by build_countries.py beside this file.
"""


def main() -> None:
    import babel

    names = sorted(
        name
        for code, name in Locale("en").territories.items()
        if (len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES)
        or (len(code) == 3 and code.isdigit() and code != "001")
    )
    OUT.write_text(HEADER.format(version=babel.__version__) + "\n".join(names) + "\n", "utf-8")


if __name__ == "__main__":
    main()
