"""The pure dialogue core: (state, understood message) -> (new state, replies). No I/O."""

from bot.core.flow import STATES, Context, Turn, respond
from bot.core.messages import Button, OfferCard, Reply
from bot.core.state import DialogueState, Profile
from bot.core.understanding import Understanding

__all__ = [
    "STATES", "Button", "Context", "DialogueState", "OfferCard", "Profile", "Reply", "Turn",
    "Understanding", "respond",
]
