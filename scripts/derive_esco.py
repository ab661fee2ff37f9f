"""Derive data/berufe/esco_berufe.csv (German ESCO occupation labels) from the shared ESCO file.

Keeps one row per label (preferred and alternative labels, split at "/" gender pairs), no
definitions. Run:

    python scripts/derive_esco.py ../shared/data/berufe/esco_v1.2_berufe_de.csv data/berufe/esco_berufe.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ATTRIBUTION = "# Quelle: ESCO v1.2, Europäische Kommission, CC BY 4.0 – abgeleitet (deutsche Bezeichnungen)"


def labels(row: dict[str, str]) -> list[tuple[str, str]]:
    """(label, kind): the preferred label in both forms ("Bäcker/Bäckerin") and the
    alternative labels of one occupation."""
    found = [(part.strip(" /"), "preferred") for part in row["bezeichnung"].split("/")]
    found += [(alt.strip(" /"), "alternative")
              for alt in (row["alternativbezeichnungen"] or "").split("|")]
    return [(label, kind) for label, kind in found if 2 < len(label) <= 60]


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("esco_uri", "").count("/occupation/")]
    seen: dict[str, tuple[str, str]] = {}
    for row in rows:
        for label, kind in labels(row):
            if kind == "preferred" or label.casefold() not in seen:
                seen[label.casefold()] = (label, kind)
    out = Path(target)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(ATTRIBUTION + "\n")
        writer = csv.writer(f)
        writer.writerow(["label", "kind"])
        for label, kind in sorted(seen.values(), key=lambda lk: (lk[0].casefold(), lk[0])):
            writer.writerow([label, kind])
    print(f"{len(seen)} labels of {len(rows)} ESCO occupations written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
