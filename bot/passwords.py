"""Passwords: argon2id hashing with a bounded number of hashes at a time, and the policy a
new password must meet (zxcvbn, with the account's own words as context).

Each argon2id hash takes 64 MiB for a moment; `BoundedHasher` lets at most `slots` run at
once in this process and refuses the rest (`HashingBusy`) after a short wait, so a flood of
logins can neither exhaust memory nor hold the worker threads that crisis replies need. The
hashes run in the hasher's own threads at a lower CPU priority (nice +10; argon2's lane
threads inherit it): a flood of logins on a busy machine does not slow a crisis answer down
(the landing run's login-flood test saw one take 2.7 s while other tests ran beside it).
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

from bot import login_texts

MIN_PASSWORD = 12
MIN_SCORE = 3  # zxcvbn: 3 "safely unguessable" (about 10^8 guesses and more)
SLOTS = max(2, min(4, os.cpu_count() or 2))  # hashes at a time in one process
WAIT = 0.25  # seconds a login waits for a free slot before it is told to try again
ALWAYS_CONTEXT = ("lotse", "berater", "beraterin", "lotsen", "posteingang")
NICENESS = 10  # how much lower the hashing threads' CPU priority is
T = TypeVar("T")


def lower_priority() -> None:
    """Lower the calling thread's CPU priority (Linux: a thread is a task with its own nice
    value, and threads it starts inherit it); where that is not possible, nothing changes."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)


class HashingBusy(RuntimeError):
    """Every hashing slot is taken; the caller answers "try again" without hashing."""


class BoundedHasher:
    """argon2id `hash`/`verify` with at most `slots` running at once in this process."""

    def __init__(self, hasher: PasswordHasher | None = None, *, slots: int = SLOTS,
                 wait: float = WAIT) -> None:
        self.hasher = hasher or PasswordHasher()  # argon2id, the library's recommended parameters
        self.slots, self.wait = slots, wait
        self._slots = threading.BoundedSemaphore(slots)
        self._threads, self._pid = self._new_threads(), os.getpid()

    def _new_threads(self) -> ThreadPoolExecutor:
        return ThreadPoolExecutor(max_workers=self.slots, thread_name_prefix="lotse-hash",
                                  initializer=lower_priority)

    def _run(self, work: Callable[[], T]) -> T:
        """`work` in one of the hasher's low-priority threads (a slot is held)."""
        if os.getpid() != self._pid:  # a forked child has none of the parent's threads
            self._threads, self._pid = self._new_threads(), os.getpid()
        return self._threads.submit(work).result()

    def verify(self, hashed: str, password: str, *, wait: float | None = None) -> bool:
        """Whether `password` matches `hashed`; HashingBusy when no slot frees in time."""
        if not self._slots.acquire(timeout=self.wait if wait is None else wait):
            raise HashingBusy
        try:
            return self._run(lambda: self._matches(hashed, password))
        finally:
            self._slots.release()

    def _matches(self, hashed: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(hashed, password))
        except (VerificationError, InvalidHashError):
            return False

    def hash(self, password: str) -> str:
        """A new hash; waits for a slot (accounts are added and changed one at a time)."""
        with self._slots:
            return self._run(lambda: self.hasher.hash(password))

    def needs_rehash(self, hashed: str) -> bool:
        return self.hasher.check_needs_rehash(hashed)


def context_words(*, email: str = "", organisation: str = "") -> tuple[str, ...]:
    """The words a password must not be made of: the e-mail and its parts, the organisation's
    name and its words, and the names of this service."""
    words = [email, *re.split(r"[@.+_\-]", email), organisation,
             *re.split(r"\W+", organisation), *ALWAYS_CONTEXT]
    return tuple(dict.fromkeys(w.lower() for w in words if len(w) >= 3))


def password_problem(password: str, context: Iterable[str] = ()) -> str | None:
    """Why `password` is not good enough (German, for the person choosing it), or None."""
    if len(password) < MIN_PASSWORD:
        return login_texts.password_too_short(MIN_PASSWORD)
    words = tuple(context) or ALWAYS_CONTEXT
    rest = password.lower()
    for word in sorted(words, key=len, reverse=True):
        rest = rest.replace(word, "")
    if rest != password.lower() and len(re.sub(r"[\W_\d]", "", rest)) < MIN_PASSWORD // 2:
        # made of the context and a little decoration ("Beratung A 2026!")
        return login_texts.PASSWORD_CONTEXT
    result = zxcvbn(password[:100], user_inputs=list(words))
    if result["score"] >= MIN_SCORE:
        return None
    patterns = {m["pattern"] for m in result["sequence"]}
    if any(m.get("dictionary_name") == "user_inputs" for m in result["sequence"]):
        return login_texts.PASSWORD_CONTEXT
    if patterns & {"repeat", "sequence", "spatial"}:
        return login_texts.PASSWORD_PATTERN
    return login_texts.PASSWORD_COMMON
