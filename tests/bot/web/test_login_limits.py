"""Logins that hold: one limit for every process and address, counted before hashing,
a bounded number of hashes at a time, proxy headers only from configured proxies, and an
office's shared address that does not lock out the counsellor who works there."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator

import pytest
import redis
import uvicorn
from argon2 import PasswordHasher
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from bot import login_texts
from bot.limits_store import RedisCounter, WindowCounter
from bot.login_limits import ACCOUNT_LIMITS, ADDRESS_LIMITS, GLOBAL_LIMITS
from bot.passwords import BoundedHasher, HashingBusy
from bot.proxies import uvicorn_proxy_options
from bot.service import Lotse
from bot.storage.accounts import AccountRepository
from bot.storage.database import make_sessionmaker
from bot.storage.tables import AuditRow, OrganisationRow
from bot.web.app import create_app
from bot.web.berater import Inbox
from tests.conftest import skip_or_fail

PASSWORD = "richtig-langes-passwort"
WRONG = "falsch-falsch-falsch"
REDIS_URL = os.environ.get("LOTSE_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")  # emptied by the tests
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # argon2id, cheap for tests
PER_ACCOUNT, PER_ADDRESS, CEILING = (int(limits.split("/")[0])  # a minute's worth: 5, 30, 300
                                     for limits in (ACCOUNT_LIMITS, ADDRESS_LIMITS, GLOBAL_LIMITS))


@pytest.fixture
def accounts(db_engine: Engine) -> None:
    with Session(db_engine) as session, session.begin():
        session.add(OrganisationRow(id="org-a", name="Beratung A", offer_ids=[]))
        session.flush()
        repo = AccountRepository(session, hasher=BoundedHasher(FAST))
        repo.add_user(org_id="org-a", email="ana@a.example", password=PASSWORD)
        repo.add_user(org_id="org-a", email="bo@a.example", password=PASSWORD)


@pytest.fixture
def staff(db_engine: Engine, accounts: None) -> Callable[[int], list[str]]:
    """Factory: `n` more existing accounts (of org-a, the password PASSWORD); their e-mails."""
    added = [0]

    def add(n: int) -> list[str]:
        emails = [f"staff{added[0] + i}@a.example" for i in range(n)]
        added[0] += n
        with Session(db_engine) as session, session.begin():
            repo = AccountRepository(session, hasher=BoundedHasher(FAST))
            for email in emails:
                repo.add_user(org_id="org-a", email=email, password=PASSWORD)
        return emails

    return add


class CountingHasher(PasswordHasher):
    """The cheap argon2id, counting the passwords it checks."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.checked = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        self.checked += 1
        return super().verify(hash, password)


@pytest.fixture
def redis_counter() -> Iterator[RedisCounter]:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    except redis.ConnectionError:
        skip_or_fail(f"the Redis tests need a Redis at LOTSE_TEST_REDIS_URL ({REDIS_URL})")
    yield RedisCounter(REDIS_URL)
    client.flushdb()


@pytest.fixture
def open_app(db_engine: Engine, make_lotse: Callable[..., Lotse]) -> Callable[..., TestClient]:
    """Factory: a TestClient over a new app instance (a process of its own) on the database."""
    opened: list[TestClient] = []

    def factory(*, address: str = "192.0.2.10", counter: WindowCounter | None = None,
                hasher: BoundedHasher | None = None) -> TestClient:
        inbox = Inbox(make_sessionmaker(db_engine), counter=counter,
                      hasher=hasher or BoundedHasher(FAST))
        client = TestClient(create_app(make_lotse(db_engine), inbox=inbox),
                            raise_server_exceptions=False, client=(address, 50000))
        opened.append(client)
        return client

    yield factory  # type: ignore[misc]
    for client in opened:
        client.close()


def login(client: TestClient, email: str, password: str = PASSWORD, **headers: str):  # type: ignore[no-untyped-def]
    match = re.search(r'name="csrftoken" value="([^"]+)"', client.get("/berater/login").text)
    assert match
    return client.post("/berater/login", headers=headers, follow_redirects=False,
                       data={"email": email, "password": password, "csrftoken": match.group(1)})


def guesses(client: TestClient, emails: list[str], password: str = WRONG) -> list[int]:
    """One login attempt for each e-mail, in turn (one login page, its token for all)."""
    match = re.search(r'name="csrftoken" value="([^"]+)"', client.get("/berater/login").text)
    assert match
    return [client.post("/berater/login", follow_redirects=False, data={
        "email": email, "password": password, "csrftoken": match.group(1)}).status_code
        for email in emails]


def test_two_processes_on_one_database_share_the_account_limit(
        accounts: None, open_app: Callable[..., TestClient]) -> None:
    first, second = open_app(), open_app()
    codes = [login(app, "ana@a.example", WRONG).status_code for app in [first, second] * 4]
    assert codes == [401] * 5 + [429] * 3  # before: 401 eight times (each process its own 5)
    assert login(second, "ana@a.example").status_code == 429  # even the right password


@pytest.mark.parametrize("db_engine", ["sqlite"], indirect=True)
def test_two_processes_on_one_redis_share_the_account_limit(
        accounts: None, open_app: Callable[..., TestClient], redis_counter: RedisCounter) -> None:
    first, second = open_app(counter=redis_counter), open_app(counter=RedisCounter(REDIS_URL))
    codes = [login(app, "ana@a.example", WRONG).status_code for app in [first, second] * 4]
    assert codes == [401] * 5 + [429] * 3


def test_the_account_limit_holds_across_addresses(
        accounts: None, open_app: Callable[..., TestClient], db_engine: Engine) -> None:
    codes = [login(open_app(address=f"198.51.100.{i}"), "ana@a.example", WRONG).status_code
             for i in range(12)]
    assert codes.count(401) == 5 and codes[5:] == [429] * 7  # before: 12 × 401
    with Session(db_engine) as session:
        actions = session.scalars(select(AuditRow.action)).all()
    assert actions.count("login_failed") == 5 and actions.count("login_blocked") == 7


def test_concurrent_wrong_guesses_are_counted_before_they_are_checked(
        accounts: None, open_app: Callable[..., TestClient]) -> None:
    clients = [open_app(address=f"203.0.113.{i}") for i in range(20)]
    tokens = [re.search(r'name="csrftoken" value="([^"]+)"', c.get("/berater/login").text)
              for c in clients]
    start, codes = threading.Barrier(len(clients)), []

    def guess(client: TestClient, token: str) -> None:
        start.wait()
        codes.append(client.post("/berater/login", follow_redirects=False, data={
            "email": "ana@a.example", "password": WRONG, "csrftoken": token}).status_code)

    threads = [threading.Thread(target=guess, args=(c, t.group(1)))  # type: ignore[union-attr]
               for c, t in zip(clients, tokens, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert codes.count(401) <= 5 and codes.count(401) + codes.count(429) == 20  # before: 20 × 401


def test_x_forwarded_for_from_an_untrusted_client_is_ignored(
        accounts: None, db_engine: Engine, make_lotse: Callable[..., Lotse]) -> None:
    def served(trusted: str | None) -> TestClient:
        options = uvicorn_proxy_options(trusted) if trusted is not None else {}
        config = uvicorn.Config(create_app(make_lotse(db_engine),
                                           inbox=Inbox(make_sessionmaker(db_engine),
                                                       hasher=BoundedHasher(FAST))), **options)
        config.load()  # uvicorn's own middleware, as `lotse serve` runs it
        return TestClient(config.loaded_app, raise_server_exceptions=False,
                          client=("127.0.0.1", 50000))

    app = served("")  # LOTSE_TRUSTED_PROXIES unset; before: uvicorn trusted 127.0.0.1
    codes = [login(app, f"nobody{i}@x.example", WRONG, **{"X-Forwarded-For": f"192.0.2.{i}"})
             .status_code for i in range(22)]
    assert codes[:20] == [401] * 20 and codes[20:] == [429, 429]  # one address: 127.0.0.1
    behind = served("127.0.0.1")  # a configured proxy may name the client
    assert login(behind, "nobody@x.example", WRONG,
                 **{"X-Forwarded-For": "192.0.2.99"}).status_code == 401


def test_the_counsellor_at_a_shared_address_is_not_locked_out(
        accounts: None, open_app: Callable[..., TestClient]) -> None:
    office = open_app(address="192.0.2.50")
    assert login(office, "ana@a.example").status_code == 303  # she worked from here before
    attacker = open_app(address="192.0.2.50")
    codes = [login(attacker, f"random{i}@x.example", WRONG).status_code for i in range(25)]
    assert codes[:20] == [401] * 20 and set(codes[20:]) == {429}
    assert login(open_app(address="192.0.2.50"), "ana@a.example").status_code == 303  # before: 429
    assert login(attacker, "bo@a.example").status_code == 429  # never signed in from here
    # an attacker elsewhere running her account into its backoff does not lock her out here
    away = open_app(address="198.51.100.7")
    assert [login(away, "ana@a.example", WRONG).status_code for _ in range(6)][-1] == 429
    assert login(open_app(address="192.0.2.50"), "ana@a.example").status_code == 303


def test_one_address_has_30_attempts_a_minute_across_existing_accounts(
        staff: Callable[[int], list[str]], open_app: Callable[..., TestClient], db_engine: Engine) -> None:
    emails = staff(8)  # each account stays under its own 5, the address does not
    counting = CountingHasher()
    there = open_app(address="192.0.2.60", hasher=BoundedHasher(counting))
    codes = guesses(there, [email for email in emails for _ in range(PER_ACCOUNT - 1)])
    assert codes == [401] * PER_ADDRESS + [429] * 2  # before: no test
    checked = counting.checked
    refused = login(there, "bo@a.example")  # an account not tried yet, the right password
    assert refused.status_code == 429 and login_texts.TOO_MANY_TRIES in refused.text
    assert counting.checked == checked  # refused before hashing
    assert login(open_app(address="192.0.2.61"), "bo@a.example").status_code == 303  # elsewhere
    with Session(db_engine) as session:
        actions = session.scalars(select(AuditRow.action)).all()
    assert actions.count("login_failed") == PER_ADDRESS and actions.count("login_blocked") == 3


def test_the_global_ceiling_refuses_a_right_password_from_a_fresh_address_without_hashing(
        staff: Callable[[int], list[str]], open_app: Callable[..., TestClient]) -> None:
    counting = CountingHasher()
    hasher = BoundedHasher(counting)
    office = open_app(address="192.0.2.70", hasher=hasher)
    assert login(office, "bo@a.example").status_code == 303  # bo works from here
    addresses = CEILING // PER_ADDRESS  # 10 addresses, each within its 30 …
    emails = staff(CEILING // PER_ACCOUNT + 1)  # … 60 accounts, each within its 5, one spare
    per_address = PER_ADDRESS // PER_ACCOUNT
    codes = []
    for n in range(addresses):
        mine = emails[n * per_address:(n + 1) * per_address]
        codes += guesses(open_app(address=f"198.51.100.{n + 1}", hasher=hasher),
                         [email for email in mine for _ in range(PER_ACCOUNT)])
    # with bo's sign-in that makes 301 attempts this minute; the last is refused by the ceiling
    # alone (its address and its account are within their own limits)
    assert codes == [401] * (CEILING - 1) + [429]
    checked = counting.checked
    fresh = open_app(address="203.0.113.99", hasher=hasher)
    refused = login(fresh, emails[-1])  # a fresh address, an untried account, the right password
    assert refused.status_code == 429 and login_texts.TOO_MANY_TRIES in refused.text  # before: no test
    assert 'name="email"' in refused.text and emails[-1] in refused.text  # the form, filled in again
    assert counting.checked == checked  # refused before any hash ran
    # the same exception as for the address limits: an account at an address it signed in from
    assert login(open_app(address="192.0.2.70", hasher=hasher), "bo@a.example").status_code == 303


class SlowHasher(PasswordHasher):
    """argon2id that holds each verification until released, counting how many run at once."""

    def __init__(self, *, full_at: int = 2) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)
        self.full_at = full_at
        self.running = self.peak = 0
        self.lock, self.release, self.full = threading.Lock(), threading.Event(), threading.Event()

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        with self.lock:
            self.running += 1
            self.peak = max(self.peak, self.running)
            if self.running == self.full_at:
                self.full.set()
        try:
            self.release.wait(timeout=30)
            return super().verify(hash, password)
        finally:
            with self.lock:
                self.running -= 1


def test_at_most_slots_hashes_run_at_once_and_the_rest_are_refused() -> None:
    slow = SlowHasher()
    bounded = BoundedHasher(slow, slots=2, wait=0)
    hashed, results = FAST.hash(PASSWORD), []

    def check() -> None:
        try:
            results.append(bounded.verify(hashed, PASSWORD))
        except HashingBusy:
            results.append("busy")

    first = [threading.Thread(target=check) for _ in range(2)]
    for thread in first:
        thread.start()
    assert slow.full.wait(timeout=30)  # two hashes are running now
    rest = [threading.Thread(target=check) for _ in range(38)]
    for thread in rest:
        thread.start()
    for thread in rest:
        thread.join()
    slow.release.set()
    for thread in first:
        thread.join()
    assert slow.peak == 2 and results.count("busy") == 38 and results.count(True) == 2


def test_a_full_hasher_answers_try_again_without_hashing(
        accounts: None, open_app: Callable[..., TestClient]) -> None:
    slow = SlowHasher(full_at=1)
    hasher = BoundedHasher(slow, slots=1, wait=0)
    app, other = open_app(hasher=hasher), open_app(hasher=hasher, address="192.0.2.11")
    held = threading.Thread(target=lambda: login(other, "bo@a.example"))
    held.start()
    assert slow.full.wait(timeout=30)  # the other login holds the only slot
    busy = login(app, "ana@a.example")
    slow.release.set()
    held.join()
    assert busy.status_code == 503 and "Zu viele Anmeldungen gerade" in busy.text
    assert slow.peak == 1
