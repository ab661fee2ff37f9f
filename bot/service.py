"""The service layer: one message in, replies out. Crisis check, NLU, state, storage."""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot import cluster, metrics, transcript
from bot.core import Context, DialogueState, Reply, Understanding, respond, texts
from bot.core import handoff as handoff_steps
from bot.core.slots import CLAUSE_SPLIT, find_age, find_status
from bot.core.status_words import foreign_status
from bot.core.turn import InternshipFinder, crisis_tier
from bot.i18n import DEFAULT, from_tag, shown_language, use_language
from bot.i18n.detect import script_hint, written_in
from bot.i18n.requests import asks_what_is_stored, requested_language
from bot.outage import CrisisUnstored, DatabaseWatch
from bot.rate_limit import RateLimiter
from bot.safety import Danger, assess_danger, combine_with_nlu
from bot.spool import CrisisSpool, SpooledMessage
from bot.stats.events import turn_events
from bot.storage import demand, receipts, telegram_inbox
from bot.storage.conversations import ConversationRepository, Line, StoredConversation, sender_hash
from bot.storage.handoffs import HandoffRepository
from bot.storage.internships import FOLLOWUP_KEPT_DAYS, InternshipRepository
from bot.storage.lazy import Lazy
from matching.hours import is_open
from matching.model import NATIONWIDE, Offer
from matching.needs import NEED_RANK
from matching.places import PlaceIndex
from matching.text import fold
from nlu.model import NluBackend, NluUnavailable, ParseResult, top_intent
from nlu.need_words import (
    CANNOT_SLEEP,
    FOR_SCHOOL_ONLY,
    THROWN_OUT_OF_HOME,
    names_housing_trouble,
    needs_from_words,
)

log = logging.getLogger("lotse.service")

QUALIFICATIONS = frozenset({"none", "foerderschule", "hauptschule", "realschule", "fachhochschulreife",
                            "abitur", "foreign"})
_LANGUAGE_NEED = re.compile(r"kurs|course|курс|papier|paper|aufenthalt|behörde|behoerde|visa|документ|belge|"
                            r"evrak|lern|learn|вчити|учить|выучить|öğren|ogren|تعلم|اتعلم|یاد بگیر|ياد بگير|"
                            # a level of German told ("my german is like A2"): a newcomer's topic
                            r"\b[abc][12]\b|my german is|mein deutsch|мой немецкий|моя німецька|almancam|"
                            r"اوراق|أوراق|اقامه|اقامة|إقامة|مدارک|اقامت|دوره|کلاس|كورس|"
                            # a certificate from abroad ("مدرکم از افغانستانه، قبولش می‌کنن؟", L30)
                            r"مدرک|شهاده|شهادة|zeugnis|certificate|diploma|anerkenn|diplom|sertifika")
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")

NEED_THRESHOLD = 0.45
PRESSING_NEEDS = frozenset({"money_problems", "housing_problems", "family_problems", "mental_health"})
PRESSING_CONFIDENCE = 0.8
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Channel-neutral commands (Telegram shows them in its menu; the web widget accepts them too).
COMMANDS = {
    "/start": "/restart", "/neu": "/restart", "/hilfe": "/help", "/help": "/help",
    "/loeschen": "/delete_data", "/löschen": "/delete_data", "/delete": "/delete_data",
}
DISCLOSE_COMMANDS = {"/auskunft", "/daten", "/info"}
NOT_ASSESSED = object()  # `understand` runs the crisis lexicon itself
# a spooled crisis message found in its conversation since a little before it was spooled is the
# same message (its own turn was stored after all), not a second one to record
SPOOL_SAME_TURN = timedelta(seconds=60)


def clean_text(text: str) -> str:
    """NFC, no control or direction-override characters, trimmed."""
    return CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


def said(name: str, language: str | None) -> list[Reply]:
    """A message of the service itself (`texts.<name>`) in a chat language (or its stand-in)."""
    with use_language(shown_language(language or DEFAULT)):
        return [Reply(getattr(texts, name), expects="free_text")]


def _set(flag: threading.Event) -> threading.Event:
    flag.set()
    return flag


@dataclass
class Lotse:
    """The assistant behind every channel."""

    sessions: sessionmaker[Session]
    nlu: NluBackend
    fallback_nlu: NluBackend
    offers: tuple[Offer, ...]
    places: PlaceIndex
    secret: bytes
    retention_days: int = 90
    internship_retention_days: int = 540  # applicants, from their creation (docs/safety.md)
    max_chars: int = 2000
    timezone: str = "Europe/Berlin"
    clock: Callable[[], datetime] | None = None

    limiter: RateLimiter = field(default_factory=RateLimiter)
    crisis_storage_wait: float = 0.3  # seconds crisis help waits for storage at most
    internships: InternshipFinder | None = None  # stored internship places (None: not offered)
    watch: DatabaseWatch | None = None  # is the database there (default: one for `sessions`)
    spool_dir: Path = Path("var/spool")  # crisis messages answered while it was not
    # set once the models a first message needs are loaded (bot/warmup.py); /readyz says
    # "warming" until then, so a load balancer sends people to warm processes only
    warm: threading.Event = field(default_factory=lambda: _set(threading.Event()))

    def __post_init__(self) -> None:
        self._crisis_pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lotse-crisis")
        # crisis messages run here, never queued behind turns stuck in a frozen database
        self.urgent_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="lotse-urgent")
        if self.watch is None:
            self.watch = DatabaseWatch(self.sessions.kw["bind"])
        self.spool = CrisisSpool(self.spool_dir, self.secret)
        self.watch.when_back.append(self.replay_spool)
        self.counters = demand.Pending(self.sessions)  # the anonymous demand counts
        # SQLite lets one connection write at a time; a second writer waits in SQLite's busy
        # handler, which sleeps in steps of up to 100 ms. The turns of one process take
        # turns here instead (PostgreSQL: one advisory lock per sender, see `_lock`).
        self._write_lock = threading.Lock()
        bind = self.sessions.kw.get("bind")
        self._shared_database = bind is not None and cluster.is_postgresql(bind)

    def disclose(self, key: str, *, hint: str | None = None) -> list[Reply]:
        """What is stored about this sender (the `/auskunft` command), in plain words, in the
        chat's language."""
        try:
            with self.sessions.begin() as session:
                repo = ConversationRepository(session)
                row = repo.get(key)
                if row is None:
                    return said("NOTHING_STORED", hint)
                state = DialogueState.from_dict(row.state)
                count = len(repo.transcript(row))
                with use_language(shown_language(state.language)):
                    text = texts.disclosure(
                        created=row.created_at, updated=row.updated_at, messages=count,
                        profile=state.profile, crisis=row.crisis_flag,
                        retention_days=self.retention_days, language=state.language,
                        handoffs=HandoffRepository(session).references_for(key))
                    return [Reply(text, expects="free_text")]
        except SQLAlchemyError:
            log.exception("storage failed while disclosing")
            return said("TROUBLE", hint)

    def chat_language(self, key: str, hint: str | None = None) -> str:
        """The language a chat is written in (for a channel's own words): the stored one,
        else the client's hint, else German; its stand-in while it is not complete."""
        language = from_tag(hint) or DEFAULT
        if self.database_up:
            try:
                with self.sessions.begin() as session:
                    row = ConversationRepository(session).get(key)
                    if row is not None:
                        language = DialogueState.from_dict(row.state).language
            except SQLAlchemyError:
                log.warning("storage failed while reading a chat's language")
        return shown_language(language)

    def purge_expired(self) -> int:
        """Delete conversations untouched for longer than the retention period."""
        cutoff = self.now() - timedelta(days=self.retention_days)
        with self.sessions.begin() as session:
            deleted = ConversationRepository(session).delete_older_than(cutoff)
            HandoffRepository(session).delete_older_than(cutoff)
            telegram_inbox.delete_expired(session, now=self.now(), cutoff=cutoff)
            receipts.delete_older_than(session, self.now())
            internships = InternshipRepository(session)
            internships.delete_older_than(
                self.now() - timedelta(days=self.internship_retention_days), now=self.now())
            internships.delete_followups_ended_before(
                self.now().date() - timedelta(days=FOLLOWUP_KEPT_DAYS), now=self.now())
        log.info("retention: %d conversations older than %d days deleted", deleted,
                 self.retention_days)
        return deleted

    def now(self) -> datetime:
        return self.clock() if self.clock else datetime.now(ZoneInfo(self.timezone))

    def handle(self, channel: str, sender: str, text: str, *,
               record: Callable[[Session, list[Reply]], None] | None = None,
               hint: str | None = None, region: str | None = None) -> list[Reply]:
        """Answer one message of one sender; never raises for bad input. `hint` is the
        client's language tag (`metadata.language`, Telegram's `language_code`): the first
        message of a chat is answered in it unless the message says otherwise. `region` is
        the Kreis of the website the chat is embedded in (`metadata.region`): the region
        while the person names no place (a Kreis the catalogue does not serve is ignored).

        `record`, if given, is called with the turn's session and replies inside the
        transaction that saves the dialogue step, so a channel can keep the replies it still
        has to send together with the step (a crash then never replays a step). It is not
        called for answers that change nothing stored (limits, `/auskunft`, storage trouble)."""
        with metrics.turn(channel):
            return self._handle(channel, sender, text, record, from_tag(hint),
                                self.known_region(region))

    def _handle(self, channel: str, sender: str, text: str,
                record: Callable[[Session, list[Reply]], None] | None,
                hint: str | None = None, region: str | None = None) -> list[Reply]:
        text = clean_text(text)
        if not text:
            return said("EMPTY", hint)
        if len(text) > self.max_chars:
            return said("TOO_LONG", hint)
        command = text.split(maxsplit=1)[0].lower().split("@")[0] if text.startswith("/") else ""
        text = COMMANDS.get(command, text)
        hint = script_hint(text, hint)  # "سلام" is no clear language, but surely not German
        lexicon = assess_danger(text)  # the crisis lexicon runs once per message
        crisis = lexicon is not None and lexicon.level == "clear"
        key = sender_hash(self.secret, channel, sender)
        # any sign of danger – full help or the check-in – is answered whatever the limits say
        if lexicon is None and not self.limiter.allow(key):
            log.info("rate limit reached for one sender")
            return said("SLOW_DOWN", hint)
        if command in DISCLOSE_COMMANDS or (lexicon is None and asks_what_is_stored(text)):
            return self.disclose(key, hint=hint) if self.database_up else self.back_soon(hint)
        understanding = self.understand(text, crisis=crisis,
                                        lexicon=None if text.startswith("/") else lexicon, hint=hint)
        if region is not None:
            understanding = dataclasses.replace(understanding, region_hint=region)
        ctx = Context(offers=self.offers, places=self.places, now=self.now(),
                      retention_days=self.retention_days, internships=self.internships)
        # a Telegram chat can be written to later only by its id: kept with a handoff whose
        # person chose to be contacted on Telegram (with its consent), never otherwise
        chat = sender if channel == "telegram" else None
        tier = crisis_tier(understanding)
        if tier is not None:
            metrics.CRISIS_ANSWERS.labels(tier).inc()
        if tier is not None and (record is None or channel == "web"):
            # also a crisis only the NLU or the learned net sees (issue 14): on the web the
            # message id's receipt is written with the stored step when that is in time
            return self._crisis_turn(key, channel, understanding, ctx, chat, record=record)
        if tier is not None and not self.database_up:  # Telegram: help from memory, its way
            raise CrisisUnstored(text)
        if not self.database_up:
            return self.back_soon(understanding.language_request or understanding.language or hint)
        return self._stored_turn(key, channel, understanding, ctx, record, chat,
                                 unstored_crisis_raises=tier is not None and record is not None)

    def known_region(self, value: str | None) -> str | None:
        """A website's region hint (metadata.region, data-lotse-region) if it is a Kreis key
        the catalogue serves; anything else is no hint (None)."""
        served = {o.region for o in self.offers} - {NATIONWIDE}
        return value if value in served else None

    @property
    def database_up(self) -> bool:
        return self.watch is None or self.watch.up

    @staticmethod
    def back_soon(language: str | None = None) -> list[Reply]:
        """What everything but crisis help gets while the database is away."""
        return said("BACK_SOON", language)

    def is_urgent(self, text: str) -> bool:
        """Possible danger in a message by the crisis lexicon alone (no NLU, no storage)."""
        return assess_danger(clean_text(text)[:self.max_chars]) is not None

    def _crisis_turn(self, key: str, channel: str, u: Understanding, ctx: Context,
                     chat: str | None,
                     record: Callable[[Session, list[Reply]], None] | None = None) -> list[Reply]:
        """Crisis help never waits for the database. The answer from memory is computed
        first; the stored step (which knows the person's place, age, a handoff under way)
        gets a short head start and is used when it is in time. Otherwise the help from
        memory goes out and the message waits in the crisis spool until it is stored."""
        help_now = self._stateless(u, dataclasses.replace(ctx, internships=None))
        message = SpooledMessage.new(channel=channel, key=key, text=u.text)
        if not self.database_up:
            self.spool.add(message)
            return help_now
        committed = threading.Event()

        def note_commit(session: Session, replies: list[Reply]) -> None:
            event.listen(session, "after_commit", lambda _s: committed.set(), once=True)
            if record is not None:  # the channel's own record (a message id's receipt)
                record(session, replies)

        # the pool's threads do not inherit this one's context (the turn sets its language
        # itself; the copy keeps anything else a context carries the same)
        future = self._crisis_pool.submit(contextvars.copy_context().run, self._stored_turn, key,
                                          channel, u, ctx, note_commit, chat)
        try:
            replies = future.result(timeout=self.crisis_storage_wait)
        except FutureTimeout:
            log.warning("storage slow; crisis help answered without the stored state")
            self.spool.add(message, in_flight=True)
            future.add_done_callback(lambda _f: self.spool.done(message.id) if committed.is_set()
                                     else self.spool.landed(message.id))
            return help_now
        if committed.is_set():
            return replies
        self.spool.add(message)
        return help_now

    def help_offline(self, channel: str, sender: str, text: str, *,
                     update_id: int | None = None) -> list[Reply]:
        """Crisis help from memory for a message the channel could not store (Telegram's
        intake while the database is away); the message waits in the crisis spool."""
        text = clean_text(text)[:self.max_chars]
        lexicon = assess_danger(text)
        u = self.understand(text, crisis=lexicon is not None and lexicon.level == "clear",
                            lexicon=lexicon)
        ctx = Context(offers=self.offers, places=self.places, now=self.now(),
                      retention_days=self.retention_days)
        replies = self._stateless(u, ctx)  # computed before anything is written
        self.spool.add(SpooledMessage.new(channel=channel, key=sender_hash(self.secret, channel,
                                                                           sender),
                                          text=text, update_id=update_id))
        return replies

    def help_from_memory(self, text: str) -> list[Reply]:
        """What a first message gets without storage (nothing is written): the warm-up
        runs one crisis message through it."""
        text = clean_text(text)[:self.max_chars]
        lexicon = assess_danger(text)
        u = self.understand(text, crisis=lexicon is not None and lexicon.level == "clear",
                            lexicon=lexicon)
        return self._stateless(u, Context(offers=self.offers, places=self.places, now=self.now(),
                                          retention_days=self.retention_days))

    def replay_spool(self) -> int:
        """Store the crisis messages answered while the database was away."""
        recorded = self.spool.replay(self.record_spooled)
        if recorded:
            log.info("crisis spool: %d messages recorded in their conversations", recorded)
        return recorded

    def record_spooled(self, message: SpooledMessage) -> bool:
        """One spooled crisis message as a turn of its conversation; True once stored."""
        lexicon = assess_danger(message.text)
        u = self.understand(message.text, crisis=lexicon is not None and lexicon.level == "clear",
                            lexicon=lexicon)
        ctx = Context(offers=self.offers, places=self.places, now=self.now(),
                      retention_days=self.retention_days)
        committed = threading.Event()
        # a Telegram update: kept as done (a redelivery is not answered again), unless a worker
        # answered it meanwhile – then it is in its conversation already
        update = (None if message.update_id is None
                  else telegram_inbox.OfflineAnswer(message.update_id, message.key))

        def note_commit(session: Session, replies: list[Reply]) -> None:
            if update is not None:
                update(session, replies)
            event.listen(session, "after_commit", lambda _s: committed.set(), once=True)

        def answered(session: Session) -> bool:
            if update is not None and update.answered(session):
                return True
            # its own turn was stored after all (the commit went through, its answer was lost
            # with the connection: the cluster outage test saw such a message stored twice)
            if ConversationRepository(session).has_user_line(
                    message.key, message.text, since=datetime.fromisoformat(message.at) - SPOOL_SAME_TURN):
                if update is not None:
                    update(session, [])  # the Telegram update is kept as done all the same
                event.listen(session, "after_commit", lambda _s: committed.set(), once=True)
                return True
            return False

        self._stored_turn(message.key, message.channel, u, ctx, note_commit, answered=answered)
        return committed.is_set() or (update is not None and update.found_answered)

    def _stateless(self, u: Understanding, ctx: Context) -> list[Reply]:
        """The answer from memory alone (crisis help when storage fails or is stuck)."""
        return list(respond(DialogueState(name="ask_need"), u, ctx).replies)

    def _stored_turn(self, key: str, channel: str, understanding: Understanding, ctx: Context,
                     record: Callable[[Session, list[Reply]], None] | None,
                     chat: str | None = None,
                     answered: Callable[[Session], bool] | None = None,
                     unstored_crisis_raises: bool = False) -> list[Reply]:
        """One stored dialogue step; `answered` (or a receipt's own) is asked first, under the
        sender's lock: True means the message was answered meanwhile – no second step. A
        crisis message whose step could not be stored gets help from memory, or, with
        `unstored_crisis_raises` (a channel that records it under its own id), CrisisUnstored."""
        if answered is None and isinstance(record, receipts.Receipt):
            answered = record.answered  # a twin with the same message id
        tallies: list[demand.Tally] = []
        try:
            with self._lock(key), self.sessions.begin() as session:
                row = self._locked(session, key)  # PostgreSQL: across processes
                if answered is not None and answered(session):
                    return []
                row = row or ConversationRepository(session).create(key, channel)
                replies = self._turn(session, row, key, understanding, ctx, tallies, chat)
                if record is not None:
                    record(session, replies)
            self.counters.add(tallies)  # written together, after the commit (bot/storage/demand.py)
            return replies
        except SQLAlchemyError as exc:
            log.exception("storage failed; answering without state")
            if crisis_tier(understanding) is not None:
                if unstored_crisis_raises:
                    raise CrisisUnstored(understanding.text) from exc
                return self._stateless(understanding, ctx)
            return said("TROUBLE", understanding.language_request or understanding.language
                        or understanding.language_hint)

    @staticmethod
    def _locked(session: Session, key: str) -> StoredConversation | None:
        """The sender's conversation, row-locked until the turn's transaction ends: a second
        turn of it (in any process) waits for the first. A sender without one yet takes the
        sender's advisory lock instead (PostgreSQL), so that only one turn makes it; one
        statement for every later turn (issue 14: the lock was a round trip of its own)."""
        repo = ConversationRepository(session)
        row = repo.get(key)
        if row is None:
            cluster.lock_sender(session, key)
            row = repo.get(key)  # made by a turn that held the lock before us
        return row

    def _turn(self, session: Session, row: StoredConversation, key: str, u: Understanding,
              ctx: Context, tallies: list[demand.Tally], chat: str | None = None) -> list[Reply]:
        repo = ConversationRepository(session)
        handoffs = HandoffRepository(session)
        # the organisations are read only by a turn that shows or sends offers; internship
        # places in this turn's transaction (no second pooled connection while holding one)
        within = getattr(ctx.internships, "within", None)
        ctx = dataclasses.replace(ctx, handoff_targets=Lazy(lambda: handoffs.targets(self.offers)),
                                  internships=within(session) if within is not None else ctx.internships)
        before = DialogueState.from_dict(row.state)
        turn = respond(before, u, ctx)
        # the anonymous demand counters (bot/stats): what this turn did, without the person –
        # added once the turn is committed (bot/storage/demand.py)
        tallies.append(demand.Tally(tuple(turn_events(
            before, turn.state, turn.replies, turn.effects, at=ctx.now, new=before.turns == 0,
            org_id=turn.handoff.org_id if turn.handoff is not None else None,
            open_at=self._open_at(ctx.now))), turn.state.profile.region, ctx.now))
        if "delete_data" in turn.effects:
            # an internship application made from the chat carries the handoff's reference
            # as its code: it goes with the handoffs
            internships = InternshipRepository(session)
            for reference, _org in handoffs.references_for(key):
                internships.delete_applicant(reference, actor="deletion")
            handoffs.delete_for(key)
            receipts.delete_for(session, key)
            repo.delete(key)
            log.info("conversation deleted on request")
            return list(turn.replies)
        replies = list(turn.replies)
        if "create_handoff" in turn.effects and turn.handoff is not None:
            reference = handoffs.unused_reference()
            # the code and the promise first, then the flow's next question
            with use_language(shown_language(turn.state.language)):
                replies.insert(0, Reply(handoff_steps.done_text(
                    turn.handoff, reference, turn.state.handoff.get("method", "self"),
                    urgent=turn.state.crisis)))
        # the transcript as the person saw it: a button's title, the cards shown
        lines: list[Line] = [
            ("user", transcript.user_line(u.text, before.shown_buttons), u.intent, None),
            *(("bot", transcript.bot_line(reply), None, transcript.shown_cards(reply))
              for reply in replies)]
        turn.state.shown_buttons = transcript.shown_buttons(replies)
        if "create_handoff" in turn.effects and turn.handoff is not None:
            repo.append_lines(row, lines)  # the transcript the counsellor gets includes this turn
            lines = []
            by_telegram = turn.state.handoff.get("method") == "telegram"
            handoffs.create(key=key, conversation=row, state=turn.state, target=turn.handoff,
                            reference=reference, now=self.now(),
                            reply_chat=chat if by_telegram else None)
            log.info("handoff created (urgent=%s)", turn.state.crisis)
            turn.state.handoff = {}
        repo.save_turn(row, lines, turn.state.to_dict(), crisis="flag_crisis" in turn.effects)
        return replies

    def _open_at(self, at: datetime) -> Callable[[str], bool | None]:
        """Whether a catalogue offer was open at `at`; None when its hours are not known."""
        by_id = {o.id: o for o in self.offers}

        def open_at(offer_id: str) -> bool | None:
            offer = by_id.get(offer_id)
            if offer is None or not (offer.always_open or offer.open_slots):
                return None
            return is_open(offer, at)
        return open_at

    def _lock(self, key: str) -> contextlib.AbstractContextManager[object]:
        """One sender's turns one after the other. On PostgreSQL the turn's advisory lock
        does it for every process (this one's threads included); SQLite has one process and
        one writer at a time, so its turns are stored one after the other."""
        if self._shared_database:
            return contextlib.nullcontext()
        return self._write_lock

    def parse(self, text: str) -> ParseResult:
        """Parse with the configured backend, falling back to the embedded one."""
        try:
            return self.nlu.parse(text)
        except NluUnavailable:
            log.warning("NLU backend unavailable, using the embedded fallback")
            metrics.NLU_FALLBACKS.inc()
            return self.fallback_nlu.parse(text)

    def understand(self, text: str, *, crisis: bool = False,
                   lexicon: Danger | None | object = NOT_ASSESSED,
                   hint: str | None = None) -> Understanding:
        """Intent, needs, resolved entities and language of a message; `lexicon` is the crisis
        lexicon's finding when the caller has it already (`assess_danger` runs once per
        message), `hint` the client's language (one of bot/i18n's codes)."""
        result = self.parse(text)
        needs = self._needs(text, result)
        values = {e.entity: e.value for e in reversed(result.entities)}
        place = None
        if "place" in values:
            place = self.places.resolve(values["place"])
        age = int(values["age"]) if values.get("age", "").isdigit() else None
        if age is None and not text.startswith("/"):
            age = find_age(text, today=self.now().date())
        if lexicon is NOT_ASSESSED:
            lexicon = assess_danger(text) if not text.startswith("/") else None
        danger = combine_with_nlu(lexicon if isinstance(lexicon, Danger) else None,
                                  intent=result.intent.name,
                                  confidence=result.intent.confidence, text=text)
        request = requested_language(text)
        if request is not None and "migration_language" in needs and not _LANGUAGE_NEED.search(text.lower()):
            # "можна писати українською?", "bitte einfache sprache, ich verstehe nicht gut deutsch":
            # a wish for the chat's language, no topic (blind set L8) – unless a course or
            # papers are named
            needs = tuple(n for n in needs if n != "migration_language")
        qualification, languages = self._coded(text, result)
        # "auf Deutsch bitte" asks for the chat's language; it tells nothing about the person
        return Understanding(
            text=text, intent=result.intent.name, confidence=result.intent.confidence,
            needs=needs, age=age, place=place, place_text=values.get("place"),
            school_status=values.get("school_status") or (
                find_status(text) if not text.startswith("/") else None),
            school_qualification=qualification,
            occupation=values.get("occupation"),
            languages=tuple(lang for lang in languages if lang != request),
            is_payload=text.startswith("/"), crisis=crisis,
            extras={k: values[k] for k in ("offer", "contact_method", "handoff", "crisis_check")
                    if k in values},
            danger=danger, checked=not text.startswith("/"),
            language=written_in(text), language_request=request, language_hint=hint,
        )

    def _coded(self, text: str, result: ParseResult) -> tuple[str | None, tuple[str, ...]]:
        """The school qualification and languages as the contract's codes. Rasa gives the
        words as said when its synonyms do not know an inflection ("арабском"); then the
        embedded extractor's rules, which know the six languages' words, read them."""
        qualification = result.first("school_qualification")
        languages = tuple(dict.fromkeys(result.values("language")))
        if (qualification is None or qualification in QUALIFICATIONS) and all(
                _LANGUAGE_CODE.fullmatch(lang) for lang in languages):
            return qualification, languages
        own = self.fallback_nlu.parse(text)
        if qualification is not None and qualification not in QUALIFICATIONS:
            qualification = own.first("school_qualification")
        if not all(_LANGUAGE_CODE.fullmatch(lang) for lang in languages):
            languages = tuple(dict.fromkeys(
                [lang for lang in languages if _LANGUAGE_CODE.fullmatch(lang)]
                + [lang for lang in own.values("language") if _LANGUAGE_CODE.fullmatch(lang)]))
        return qualification, languages

    def _needs(self, text: str, result: ParseResult) -> tuple[str, ...]:
        if result.intent.name == "delete_data" and result.intent.confidence >= PRESSING_CONFIDENCE:
            return ()  # "видали все про мене, будь ласка": no topic in its clauses (blind set L11)
        needs: list[str] = []
        if result.intent.name in NEED_RANK and result.intent.confidence >= NEED_THRESHOLD:
            needs.append(result.intent.name)
        # "…schulden… ich weiß nicht, was ich machen soll": beside a pressing problem the whole
        # message names, a clause that reads as career orientation is helplessness, not a
        # second topic (blind conversations L2: "ne yapacağımı bilmiyorum" after debts)
        pressing = (result.intent.name in PRESSING_NEEDS
                    and result.intent.confidence >= PRESSING_CONFIDENCE)
        clauses = [c for c in CLAUSE_SPLIT.split(text)
                   if c and (len(c.split()) >= 2 or len(c.strip()) >= 6)]
        if len(clauses) >= 2 and not text.startswith("/"):
            for clause in clauses[:6]:
                # the clauses of a message with the embedded NLU: one call of the configured
                # backend (Rasa: one HTTP request) per message
                part = top_intent(self.fallback_nlu, clause)
                if part.name in NEED_RANK and part.confidence >= NEED_THRESHOLD and not (
                        part.name == "career_orientation" and pressing) and not (
                        part.name == "mental_health" and part.confidence < PRESSING_CONFIDENCE
                        and foreign_status(clause) == "unemployed") and not (
                        part.name == "housing_problems" and CANNOT_SLEEP.search(clause.lower())
                        and not names_housing_trouble(clause)) and not (
                        part.name == "school_problems" and FOR_SCHOOL_ONLY.search(clause.lower())):
                    # (not "школу закончил, … сейчас ничего не делаю": doing nothing now is
                    # what someone does, no sign of feeling bad – blind set L19; not "не сплю":
                    # not sleeping, no housing trouble – L25)
                    needs.append(part.name)
        # "wir wohnen in kronberg" reads as housing to the model: no topic of its own
        # thrown out of home (in any language) is a housing topic first, whatever else is named
        # ("أهلي طردوني من البيت وكمان عليّ ديون للـ Jobcenter", blind set L10)
        thrown_out = bool(THROWN_OUT_OF_HOME.search(fold(text)))
        weak = {"crisis", "talk_to_human"} | (
            set() if names_housing_trouble(text) and not thrown_out else {"housing_problems"})
        if not text.startswith("/") and not (set(needs) - weak):
            # the model is unsure: a telling word ("miese", "mahnung", "aus der ukraine")
            needs += needs_from_words(text)
        if thrown_out:
            needs.insert(0, "housing_problems")
        return tuple(dict.fromkeys(needs))
