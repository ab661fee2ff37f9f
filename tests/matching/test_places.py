"""Place resolution with messy inputs, on the project's derived postal-code data."""

from __future__ import annotations

import pytest

from bot.reference import Reference
from matching.model import Place
from matching.places import nearest_place

CASES = [
    ("Quedlinburg", "15085"),
    ("quedlinbrg", "15085"),
    ("QUEDLINBURG", "15085"),
    ("06484", "15085"),
    ("in Wernigerode", "15085"),
    ("wernigerod", "15085"),
    ("Halberstadt", "15085"),
    ("halbrstadt", "15085"),
    ("Thale", "15085"),
    ("Oberharz am Brocken", "15085"),
    ("Bad Homburg v.d.H.", "06434"),
    ("bad homburg vdh", "06434"),
    ("Bad Homburg vor der Höhe", "06434"),
    ("bad homburg", "06434"),
    ("Oberursel (Taunus)", "06434"),
    ("oberursel", "06434"),
    ("Königstein", "06434"),
    ("koenigstein im taunus", "06434"),
    ("Kronberg", "06434"),
    ("Usingen", "06434"),
    ("61348", "06434"),
    ("Darmstadt", "06411"),
    ("darmstad", "06411"),
    ("Darmstadt-Eberstadt", "06411"),
    ("Arheilgen", "06411"),
    ("64283", "06411"),
    ("Dietzenbach", "06438"),
    ("Neu Isenburg", "06438"),
    ("neu-isenburg", "06438"),
    ("Rödermark", "06438"),
    ("roedermark", "06438"),
    ("rodermark", "06438"),
    ("Seligenstadt", "06438"),
    ("Bochum", "05911"),
    ("bochum wattenscheid", "05911"),
    ("Wattenscheid", "05911"),
    ("Langendreer", "05911"),
    ("44866", "05911"),
    ("München", "09162"),
    ("Muenchen", "09162"),
]


@pytest.mark.parametrize(("text", "region"), CASES)
def test_messy_place_names_resolve(reference: Reference, text: str, region: str) -> None:
    place = reference.places.resolve(text)
    assert place is not None, text
    assert place.region == region
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


@pytest.mark.parametrize("text", ["Xyzzyhausen", "Syrien", "12345", "", "   ", "a", "keine Ahnung"])
def test_unknown_places_resolve_to_nothing(reference: Reference, text: str) -> None:
    assert reference.places.resolve(text) is None


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("ich wohne in quedlinbrg", "15085"),
        ("bin aus Bad Homburg v.d.H.", "06434"),
        ("komme aus 64283", "06411"),
        ("suche ein praktikum in darmstadt", "06411"),
        ("wohn in langendreer", "05911"),
    ],
)
def test_places_in_sentences(reference: Reference, sentence: str, region: str) -> None:
    hit = reference.places.find_in_text(sentence)
    assert hit is not None and hit.place.region == region
    assert sentence[hit.start:hit.end] == hit.text


@pytest.mark.parametrize("sentence", ["mir geht es nicht gut", "hab große sorge", "ich bin 16", "bin ich schuld?", "hab kummer",
                                      "lösch meine daten", "ohne abschluss", "weil ich keine lehre hab"])
def test_no_place_in_ordinary_sentences(reference: Reference, sentence: str) -> None:
    assert reference.places.find_in_text(sentence) is None


def test_company_postal_codes_are_removed(reference: Reference) -> None:
    for code in ("44771", "61342", "64272"):  # Agenturen für Arbeit, Bochum / Bad Homburg / Darmstadt
        assert reference.places.by_postal_code(code) is None


def test_training_messages_without_a_place_annotation_name_no_place(reference: Reference) -> None:
    """Words like "meine" or "weil" are also towns; in running text they are not places."""
    wrong = []
    for example in reference.training.examples:
        if any(a.entity == "place" for a in example.entities) or example.intent == "inform":
            continue
        hit = reference.places.find_in_text(example.text)
        if hit is not None:
            wrong.append((example.text, hit.text))
    assert len(wrong) <= 5, wrong


def test_nearest_place_and_none_when_far_away() -> None:
    places = [Place("Quedlinburg", "06484", "15085", "Harz", 51.7884, 11.1501),
              Place("Darmstadt", "64283", "06411", "Darmstadt", 49.8728, 8.6512)]
    assert nearest_place(places, 51.79, 11.14, max_km=30).name == "Quedlinburg"
    assert nearest_place(places, 48.85, 2.35, max_km=30) is None
    assert nearest_place([], 0, 0) is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # districts by every name people use
        ("landkreis harz", "15085"), ("Landkreis Harz", "15085"), ("lk harz", "15085"),
        ("harz", "15085"), ("im harz", "15085"), ("hochtaunuskreis", "06434"), ("htk", "06434"),
        ("Hochtaunus", "06434"), ("kreis offenbach", "06438"), ("Kreis Offenbach", "06438"),
        ("offenbach land", "06438"), ("landkreis offenbach", "06438"), ("stadt bochum", "05911"),
        ("Stadt Darmstadt", "06411"), ("stadt offenbach", "06413"), ("offenbach", "06413"),
        ("landkreis münchen", "09184"), ("münchen", "09162"), ("region hannover", "03241"),
        # villages and town parts of the five regions
        ("Ballenstedt", "15085"), ("Gernrode", "15085"), ("Stiege", "15085"), ("Ilsenburg", "15085"),
        ("Osterwieck", "15085"), ("Harzgerode", "15085"), ("Benneckenstein", "15085"),
        ("Hasselfelde", "15085"), ("Westerhausen", "15085"),
        ("Wattenscheid", "05911"), ("Langendreer", "05911"), ("Linden", "05911"), ("Gerthe", "05911"),
        ("Querenburg", "05911"), ("Weitmar", "05911"), ("Höntrop", "05911"), ("Hiltrop", "05911"),
        ("bochum-laer", "05911"), ("Bochum Eppendorf", "05911"),
        ("Heusenstamm", "06438"), ("Seligenstadt", "06438"), ("Egelsbach", "06438"),
        ("Hainburg", "06438"), ("Mainhausen", "06438"), ("Sprendlingen", "06438"),
        ("Dreieich-Götzenhain", "06438"), ("Jügesheim", "06438"),
        ("Kronberg", "06434"), ("Königstein", "06434"), ("Friedrichsdorf", "06434"),
        ("Neu-Anspach", "06434"), ("Weilrod", "06434"), ("Grävenwiesbach", "06434"),
        ("Eberstadt", "06411"), ("Arheilgen", "06411"), ("Bessungen", "06411"),
        ("Kranichstein", "06411"), ("Wixhausen", "06411"),
        ("ober-roden", "06438"), ("Urberach", "06438"), ("Zeppelinheim", "06438"),
        ("Kirdorf", "06434"), ("Oberhöchstadt", "06434"), ("Köppern", "06434"),
        # anywhere else in Germany: its own Kreis, outside the five regions
        ("München", "09162"), ("Hamburg", "02000"), ("Köln", "05315"),
    ],
)
def test_districts_villages_and_town_parts_resolve(reference: Reference, text: str,
                                                   region: str) -> None:
    place = reference.places.resolve(text)
    assert place is not None, text
    assert place.region == region, place


@pytest.mark.parametrize("text", ["im zimmer", "bahnhof", "Türkei", "Syrien", "in polen", "ausland",
                                  "zuhause", "stadt", "kreis", "landkreis", "Afghanistan"])
def test_rooms_everyday_words_and_countries_are_no_places(reference: Reference, text: str) -> None:
    assert reference.places.resolve(text) is None


@pytest.mark.parametrize(
    ("sentence", "region"),
    [
        ("ich wohne im landkreis harz", "15085"), ("komme aus dem hochtaunuskreis", "06434"),
        ("wohne im kreis offenbach", "06438"), ("bin aus sprendlingen", "06438"),
        ("ich wohn in bochum-wattenscheid", "05911"),
        ("bin 16, bochum hamme", "05911"),  # the town after a comma, its part after it (set J)
    ],
)
def test_districts_in_sentences(reference: Reference, sentence: str, region: str) -> None:
    hit = reference.places.find_in_text(sentence)
    assert hit is not None and hit.place.region == region, hit


@pytest.mark.parametrize(
    "sentence",
    ["ich war im zimmer eingeschlossen", "hab im bahnhof geschlafen", "ich komme aus der türkei",
     "mein zeugnis ist aus syrien", "ich will ins ausland", "stiege kaputt", "die linden blühen",
     "ich hab hunger, essen wäre gut", "bin 17, halle ist cool"],
)
def test_no_place_in_everyday_sentences(reference: Reference, sentence: str) -> None:
    assert reference.places.find_in_text(sentence) is None


@pytest.mark.parametrize(
    ("region", "inside"),
    [("06411", True), ("06434", True), ("06438", True), ("15085", True), ("05911", True),
     ("09162", False), ("06413", False), ("DE", False), (None, False)],
)
def test_service_area(region: str | None, inside: bool) -> None:
    from matching.places import SERVICE_REGIONS, in_service_area
    assert in_service_area(region) is inside
    assert len(SERVICE_REGIONS) == 5


@pytest.mark.parametrize(("answer", "region"), [
    ("19 und seligenstadt halt", "06438"), ("na in der nähe von bochum", "05911"),
    ("keine ahnung halt", None), ("ich wohne bei meiner oma", None), ("weiß nicht genau", None),
])
def test_a_place_inside_an_answer(reference: Reference, answer: str, region: str | None) -> None:
    place = reference.places.resolve_answer(answer)
    assert (place.region if place else None) == region
