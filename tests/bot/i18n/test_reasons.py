"""The routing's German reasons, said in the chat's language."""

from __future__ import annotations

from bot.i18n import use_language
from bot.i18n.reasons import say_reason
from matching import reasons as R
from matching.model import Situation
from matching.route import route_situation


def test_reasons_with_values_are_found_by_their_template() -> None:
    with use_language("en"):
        assert say_reason("Erste Anlaufstelle für: Ausbildung finden") == \
            "First place to go for: Find an apprenticeship"
        # a need's label with a comma in it is one value, not a list of two
        assert say_reason("Erste Anlaufstelle für: Neu in Deutschland, Sprache und Papiere") == \
            "First place to go for: New in Germany, language and papers"
        assert say_reason("Zuständig für deinen Ort (Landkreis Harz)") == \
            "Responsible for your area (Landkreis Harz)"
        assert say_reason("Beratung auch auf Arabisch, Türkisch") == "Counselling also in Arabic, Turkish"
        assert say_reason("Passt zu deinem Alter (17)") == "Fits your age (17)"
        assert say_reason("Rund um die Uhr erreichbar") == "Reachable day and night"
        assert say_reason("Ein Satz, den kein Katalog kennt") == "Ein Satz, den kein Katalog kennt"


def test_german_reasons_stay_as_the_routing_wrote_them() -> None:
    assert say_reason(R.FITS_AGE.format(age=17)) == "Passt zu deinem Alter (17)"


def test_every_reason_the_routing_gives_is_said_in_english(reference) -> None:  # type: ignore[no-untyped-def]
    situations = [Situation(needs=(need,), age=17, region=region, languages=("ar", "uk"))
                  for need in ("seek_apprenticeship", "money_problems", "mental_health", "crisis",
                               "migration_language", "talk_to_human")
                  for region in (None, "harz", "bochum")]
    reasons = {r for s in situations for m in route_situation(s, reference.offers).matches
               for r in m.reasons}
    assert len(reasons) > 10
    with use_language("en"):
        german_left = [r for r in reasons if say_reason(r) == r and any(
            word in r for word in ("für", "Zuständig", "Passt", "Beratung auch", "Bundesweit"))]
    assert german_left == []
