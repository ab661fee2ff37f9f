"""Derive data/orte/orte.csv from the shared GeoNames postal-code file.

Keeps localities only: company and authority postal codes (Großkunden-PLZ such as
"Agentur für Arbeit Bochum" or "Vodafone GmbH") are dropped. Run:

    python scripts/derive_places.py ../shared/data/orte/plz_de_geonames.csv data/orte/orte.csv
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ATTRIBUTION = "# Quelle: GeoNames (geonames.org), CC BY 4.0 – abgeleitet, Firmen-PLZ entfernt"

# Words that mark an organisation rather than a locality.
COMPANY_MARKERS = re.compile(
    r"(gmbh|\bag\b|\bkg\b|kgaa|\bse\b|\beg\b|e\.\s?v\.|mbh|\bohg\b|\bs\.a\.|\binc\b|\bltd\b|"
    r"agentur|versicher|kasse\b|bank\b|\bbank|sparkasse|verwaltung|magistrat|\bamt\b|amtsgericht|gericht|"
    r"finanzamt|polizei|post\b|deutsche post|zustell|klinik|hospital|krankenhaus|universit|"
    r"hochschule|kirche\b|verlag|stadtwerke|service|telekom|vodafone|rentenversicherung|"
    r"berufsgenossenschaft|handelskammer|\bihk\b|staatsanwaltschaft|\bjva\b|landratsamt|"
    r"kreisverwaltung|bundes|ministerium|behörde|werke\b|gesellschaft|lotto|familienkasse|"
    r"kreisausschu|zentrale|fabrik|versand|vertrieb|logistik|\bhandel\b|industrie|verband|"
    r"arbeitsgemeinschaft|steuerberat|ämter|jobcenter|c/o|rundfunk|funkhaus|verein|e\.k\.|buchhandlung|landrat|bistum|diplom|army|landesbetrieb|landeslabor|\bu\.|notariat|\w+amt\b|schule\b|kaserne|kammer\b|landtag|pharma|abt\.|landesamt|kanzlei|apotheke|praxis|ärztlich|anzeigen|express|tagblatt|arbeitsring|fachgeschäft|verrechnung|zeitung|redaktion|dr\.|\bmed\b|branch|abteilung|\big\b|genossenschaft|stiftung|anstalt|institut|\bgemeinde\b|\bstadt\b|\blandkreis\b|\bdirekt|gruppe)",
    re.IGNORECASE,
)
ALL_CAPS_WORD = re.compile(r"\b[A-ZÄÖÜ]{3,}\b")


def is_locality(name: str) -> bool:
    """Whether a GeoNames place name is a locality (not a company or authority)."""
    if COMPANY_MARKERS.search(name) or ALL_CAPS_WORD.search(name):
        return False
    return not any(ch in name for ch in '&"+@,;') and not re.search(r"\d", name)


def main(source: str, target: str) -> None:
    rows = []
    with open(source, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["country_code"] != "DE" or not is_locality(row["place"]):
                continue
            kreis = row["community"].replace("Kreisfreie Stadt ", "").replace("Stadtkreis ", "")
            rows.append(
                (row["zipcode"], row["place"], row["community_code"], kreis, row["state"],
                 row["latitude"], row["longitude"])
            )
    out = Path(target)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(ATTRIBUTION + "\n")
        writer = csv.writer(fh)
        writer.writerow(["postal_code", "place", "kreis_key", "kreis", "state", "lat", "lon"])
        writer.writerows(rows)
    print(f"{len(rows)} localities written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
