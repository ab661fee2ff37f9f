"""Warming a new process before it takes people: the crisis check-in net, the message
catalogues, the language model and one crisis answer from memory, one after the other on
one background thread. `/readyz` says "warming" (503) until it is done, so a load balancer
sends nobody to a cold process – the first young person in crisis does not wait while a
model loads or fits, nor while that work holds the interpreter. A process that gets a
message anyway answers it (crisis help included); it is only slower."""

from __future__ import annotations

import logging
import threading
import time

from bot.crisis_model import current_net
from bot.i18n.catalogues import load_all
from bot.i18n.detect import warm
from bot.service import Lotse

log = logging.getLogger(__name__)
PROBE = "ich will nicht mehr leben"  # a clear crisis: runs the lexicon, the NLU and the help


def warm_up(lotse: Lotse) -> None:
    """Load what a first message needs, then mark `lotse` warm (whatever fails: a failure
    here only means the first message does the work)."""
    started = time.monotonic()
    try:
        current_net()
        load_all()
        warm()
        lotse.help_from_memory(PROBE)
    except Exception:  # warming is an optimisation: the process serves in any case
        log.exception("warming up failed; the first messages load what they need")
    finally:
        lotse.warm.set()
        log.info("warm after %.1f s", time.monotonic() - started)


def start_warm_up(lotse: Lotse) -> threading.Thread:
    """Clear `lotse.warm` and warm up on a background thread."""
    lotse.warm.clear()
    thread = threading.Thread(target=warm_up, args=(lotse,), name="warm-up", daemon=True)
    thread.start()
    return thread
