"""The catalogue index changes nothing but the speed: on 10,000 offers and 300 situations the
indexed routing gives exactly the matches, scores and reasons of scoring every offer."""

from __future__ import annotations

from bot.reference import Reference
from matching.model import NATIONWIDE
from matching.needs import NEEDS
from matching.offer_index import index_for
from matching.route import route_situation
from matching.synthetic import large_catalogue, situations
from tests.matching.test_route import CATALOGUE


def test_indexed_routing_equals_scoring_every_offer(reference: Reference) -> None:
    catalogue = large_catalogue(reference.offers, 10_000)  # the real offers, copied
    for situation in situations(NEEDS, 300):
        indexed = route_situation(situation, catalogue)
        scanned = route_situation(situation, catalogue, use_index=False)
        assert indexed == scanned, situation


def test_candidates_are_nationwide_and_the_regions_own() -> None:
    catalogue = large_catalogue(CATALOGUE, 2_000)
    index = index_for(catalogue)
    for offer in index.candidates("money_problems", "15085"):
        assert offer.region in (NATIONWIDE, "15085") or "15085" in offer.also_serves
    assert index_for(catalogue) is index  # built once per catalogue
    assert all(o.region == NATIONWIDE for o in index.candidates("money_problems", None))
