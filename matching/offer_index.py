"""An index of the catalogue by need and Kreis, so that routing looks only at the offers that
can serve a need in a region instead of scanning the whole catalogue for every need.

`candidates(need, region)` gives exactly the offers `route.score_offer` does not exclude by
need or region (the other rules – age, school status – stay in `score_offer`), nationwide
offers first, then the region's own and those that also serve it, each in catalogue order.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from threading import Lock

from matching.model import NATIONWIDE, Offer
from matching.needs import PRIMARY_CATEGORIES, SECONDARY_CATEGORIES

_CACHE_SIZE = 8  # catalogues kept indexed (the app has one; tests build a few)


@dataclass(frozen=True, slots=True)
class OfferIndex:
    nationwide: dict[str, tuple[Offer, ...]]  # need → nationwide offers for it
    regional: dict[tuple[str, str], tuple[Offer, ...]]  # (need, Kreis) → the Kreis's offers

    @classmethod
    def of(cls, offers: Sequence[Offer], needs: Sequence[str]) -> OfferIndex:
        nationwide: dict[str, list[Offer]] = defaultdict(list)
        regional: dict[tuple[str, str], list[Offer]] = defaultdict(list)
        for need in needs:
            categories = PRIMARY_CATEGORIES.get(need, ()) + SECONDARY_CATEGORIES.get(need, ())
            for offer in offers:
                if need not in offer.needs and offer.category not in categories:
                    continue
                if offer.region == NATIONWIDE:
                    nationwide[need].append(offer)
                    continue
                for region in dict.fromkeys((offer.region, *offer.also_serves)):
                    regional[(need, region)].append(offer)
        return cls({k: tuple(v) for k, v in nationwide.items()},
                   {k: tuple(v) for k, v in regional.items()})

    def candidates(self, need: str, region: str | None) -> tuple[Offer, ...]:
        local = self.regional.get((need, region), ()) if region is not None else ()
        return self.nationwide.get(need, ()) + local


_indexes: OrderedDict[int, tuple[tuple[Offer, ...], OfferIndex]] = OrderedDict()
_lock = Lock()


def index_for(catalogue: tuple[Offer, ...]) -> OfferIndex:
    """The index of this very catalogue (built once, kept for the few catalogues in use; the
    catalogue is held with it, so its id cannot be reused while it is cached)."""
    with _lock:
        found = _indexes.get(id(catalogue))
        if found is not None and found[0] is catalogue:
            _indexes.move_to_end(id(catalogue))
            return found[1]
    needs = sorted({n for o in catalogue for n in o.needs} | set(PRIMARY_CATEGORIES)
                   | set(SECONDARY_CATEGORIES))
    index = OfferIndex.of(catalogue, needs)
    with _lock:
        _indexes[id(catalogue)] = (catalogue, index)
        while len(_indexes) > _CACHE_SIZE:
            _indexes.popitem(last=False)
    return index
