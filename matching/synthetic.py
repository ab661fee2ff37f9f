"""A large fictional catalogue for measurements and tests of routing at scale: the real
offers copied under new ids into the five regions' Kreise and nationwide, until `size`."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from matching.model import NATIONWIDE, Offer, Situation

KREISE = ("15085", "06411", "06434", "06438", "05911")  # Harz, Darmstadt, Hochtaunus, Offenbach, Bochum


def large_catalogue(offers: Sequence[Offer], size: int, *, seed: int = 14) -> tuple[Offer, ...]:
    rng = random.Random(seed)
    copies = []
    for n in range(size):
        offer = offers[n % len(offers)]
        region = NATIONWIDE if rng.random() < 0.05 else rng.choice(KREISE)
        copies.append(replace(offer, id=f"{offer.id}~{n}", region=region))
    return tuple(copies)


def situations(needs: Sequence[str], count: int, *, seed: int = 15) -> list[Situation]:
    rng = random.Random(seed)
    return [Situation(needs=tuple(rng.sample(list(needs), rng.choice((1, 1, 2)))),
                      age=rng.choice((None, *range(14, 28))),
                      region=rng.choice((None, *KREISE)))
            for _ in range(count)]
