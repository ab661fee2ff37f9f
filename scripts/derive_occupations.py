"""Derive data/berufe/berufe.csv (current BA job titles, male and female forms) from the
BA Gesamtberufsliste. Run:

    python scripts/derive_occupations.py \
        ../shared/data/berufe/gesamtberufsliste_ba_2019.csv data/berufe/berufe.csv
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ATTRIBUTION = (
    "# Quelle: Gesamtberufsliste der Bundesagentur für Arbeit, Stand 03.01.2019 "
    "(aktuelle Bezeichnungen E und T)"
)
CURRENT = {"E", "T"}
# "Erzieher für Musik" -> also "Erzieher"; "Elektroniker Fachrichtung …" -> "Elektroniker"
BASE_TITLE = re.compile(r" - | für | Fachrichtung | \(| im | in der | in ")


def main(source: str, target: str) -> None:
    rows = set()
    with open(source, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        next(reader)  # the second header line (German column titles)
        for row in reader:
            if row["zustand"] not in CURRENT:
                continue
            for title in (row["bezeichnung_maennlich"], row["bezeichnung_weiblich"]):
                title = title.strip()
                base = BASE_TITLE.split(title)[0].strip()
                for name in {title, base}:
                    if name and len(name) <= 60:
                        rows.add((name, row["kldb5"]))
    out = Path(target)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(ATTRIBUTION + "\n")
        writer = csv.writer(fh)
        writer.writerow(["title", "kldb5"])
        writer.writerows(sorted(rows))
    print(f"{len(rows)} titles written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
