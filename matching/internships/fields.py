"""Occupational fields young people name ("was mit Tieren") as KldB 2010 code prefixes.

`nlu.occupations.OccupationIndex.resolve` turns such answers into "feld tiere"; this table
turns the field into KldB 2010 groups (Berufsgruppen, 3 digits; a 4-digit Untergruppe where
the group is too wide). Every prefix occurs in data/berufe/berufe.csv (tested). Closest
first: a place in an earlier group counts as a better fit.
"""

from __future__ import annotations

FIELD_PREFIX = "feld "

FIELD_KLDB: dict[str, tuple[str, ...]] = {
    "tiere": ("115", "113", "112", "8114"),  # Tierpflege, Pferdewirtschaft, Tierwirtschaft, TFA
    "kinder": ("831",),  # Erziehung, Sozialarbeit, Heilerziehungspflege
    "menschen": ("831", "821", "813"),
    "it": ("434", "431", "432", "433"),
    "technik": ("251", "261", "262"),
    "kfz": ("252",),
    "holz": ("223",),
    "gastronomie": ("293", "633", "292"),
    "mode": ("282",),
    "gruen": ("121", "122"),
    "buero": ("714",),
    "gesundheit": ("813", "811"),
    "pflege": ("813", "821"),
    "kunst": ("232",),
    "elektro": ("262", "263"),
    "metall": ("242", "244", "245"),
    "handel": ("621", "623"),
    "finanzen": ("721",),
    "koerperpflege": ("823",),
    "bau": ("321", "322"),
    "logistik": ("513",),
    "medien": ("232", "924"),
}


def field_of(resolved: str | None) -> str | None:
    """The field of a resolver answer like "feld tiere", else None."""
    if resolved and resolved.startswith(FIELD_PREFIX):
        return resolved[len(FIELD_PREFIX):]
    return None


def field_codes(field: str) -> tuple[str, ...]:
    """The KldB prefixes of a field, closest first; () for an unknown field."""
    return FIELD_KLDB.get(field, ())
