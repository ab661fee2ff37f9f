"""How many login attempts the staff areas take, counted in one store for every process
(bot/limits_store.py), each attempt counted atomically *before* its password is hashed:

- per account, from everywhere together, in growing windows (a stepped backoff: 5 a minute,
  10 in ten minutes, 20 in two hours, 40 a day); a success clears them;
- per account and address where the account signed in before: a budget of its own, so an
  attacker elsewhere who runs an account into its backoff does not lock its owner out at
  the office;
- per address, and per address for e-mails that have no account (someone trying many
  addresses); an address over them is refused, except for accounts that signed in from it
  before — the real counsellor behind an office's shared address still gets in;
- all attempts together (a ceiling against many addresses at once), the same exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.limits_store import WindowCounter, identity, rules

ACCOUNT_LIMITS = "5/minute;10/10 minutes;20/2 hours;40/day"
ADDRESS_LIMITS = "30/minute;300/hour"  # attempts from one address, whatever the e-mail
UNKNOWN_LIMITS = "20/minute;100/hour"  # attempts at e-mails without an account, one address
GLOBAL_LIMITS = "300/minute;3000/hour"  # every attempt together
KNOWN_FOR = "1/90 days"  # an address counts as the account's own after a login from it


@dataclass(frozen=True)
class LoginRules:
    account: str = ACCOUNT_LIMITS
    address: str = ADDRESS_LIMITS
    unknown: str = UNKNOWN_LIMITS
    overall: str = GLOBAL_LIMITS


@dataclass
class LoginLimits:
    """Admits or refuses a login attempt before its password is checked."""

    counter: WindowCounter
    config: LoginRules = field(default_factory=LoginRules)

    def __post_init__(self) -> None:
        self._account = rules(self.config.account)
        self._address = rules(self.config.address)
        self._unknown = rules(self.config.unknown)
        self._overall = rules(self.config.overall)
        self._known = rules(KNOWN_FOR)

    def admit(self, *, email: str, address: str, account_exists: bool) -> bool:
        """Count one attempt; False if a limit refuses it (then its password is not checked)."""
        pair = identity("pair", email, address)
        if self.counter.over(pair, self._known):  # the account signed in from here before
            return self.counter.hit(identity("account-here", email, address), self._account)
        spent = (self.counter.over(identity("address", address), self._address)
                 or self.counter.over(identity("unknown", address), self._unknown)
                 or self.counter.over("overall", self._overall))
        if spent or not self.counter.hit(identity("account", email), self._account):
            return False
        checks = [self.counter.hit(identity("address", address), self._address),
                  account_exists or self.counter.hit(identity("unknown", address), self._unknown),
                  self.counter.hit("overall", self._overall)]
        return all(checks)

    def succeeded(self, *, email: str, address: str) -> None:
        """A right password: the account's tries start again, and this address is its own."""
        self.counter.clear(identity("account", email), self._account)
        self.counter.clear(identity("account-here", email, address), self._account)
        pair = identity("pair", email, address)
        self.counter.clear(pair, self._known)  # a new 90 days from this login
        self.counter.hit(pair, self._known)
