"""The Telegram channel: durable intake, one worker per chat, delivery within Telegram's limits.

    accept(update JSON) ──▶ inbox (received) ──▶ worker of that chat ──▶ Lotse.handle ──▶
    inbox (answered, the replies) ──▶ sendMessage … ──▶ inbox (done, text forgotten)

Updates of one chat are handled one after the other in `update_id` order; chats run side by
side (at most `concurrency` at a time). After a restart every unfinished update is picked up
again: not yet answered ones are answered, answered ones get their unsent messages.

Several processes (`lotse serve --workers N`, several machines) share one inbox: a worker
holds a lease on its chat's oldest update (renewed while it works), so no other process
handles that chat meanwhile; the process that holds it goes on with the chat's later updates.
Every `sweep_every` seconds each process looks for chats nobody holds any more (a process
died, or stopped) and takes them over.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    TelegramObject,
)
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application

from bot.cluster import Leadership
from bot.core.messages import Reply
from bot.i18n import gettext, use_language
from bot.i18n.catalogues import translate
from bot.outage import CrisisUnstored, DatabaseAway
from bot.service import Lotse
from bot.storage.conversations import sender_hash
from bot.storage.telegram_inbox import (
    ANSWERED,
    FAILED,
    LeaseLost,
    PendingUpdate,
    TelegramInbox,
    record_answer,
)
from bot.telegram import texts
from bot.telegram.incoming import (
    ButtonPress,
    Ignored,
    Incoming,
    Location,
    Text,
    Unsupported,
    parse_update,
    to_incoming,
)
from bot.telegram.render import plain, render_replies, typed_title_token

log = logging.getLogger("lotse.telegram")

CHANNEL = "telegram"
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
RETRY_DELAYS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
MAX_ATTEMPTS = 5  # an update whose handling keeps failing (not Telegram being away) is given up
LEASE_SECONDS = 60.0  # how long a claimed update stays this process's without a renewal
SWEEP_SECONDS = 30.0  # how often to look for chats no process holds

Recorder = Callable[[Session, list[Reply]], None]


async def set_command_menus(bot: Bot) -> None:
    """The command menu in German, and in each language of `texts.MENU_LANGUAGES` for the
    Telegram users of that language."""
    await bot.set_my_commands([BotCommand(name, about) for name, about in texts.COMMANDS])
    for language in texts.MENU_LANGUAGES:
        await bot.set_my_commands([BotCommand(name, translate(about, language))
                                   for name, about in texts.COMMANDS], language_code=language)


def bot_api_base_url(url: str) -> str:
    """PTB's base URL: Telegram's `…/bot` (the token follows), also for a server given bare."""
    url = url.rstrip("/")
    return url if url.endswith("/bot") or "{token}" in url else url + "/bot"


def build_application(token: str, *, api_url: str, overall_max_rate: float = 30) -> Application:
    """PTB application without an updater (the inbox is the queue), with Telegram's rate limits."""
    return (Application.builder().token(token).base_url(bot_api_base_url(api_url))
            .rate_limiter(AIORateLimiter(overall_max_rate=overall_max_rate, max_retries=3))
            .updater(None).build())


class TelegramChannel:
    """Telegram in front of one Lotse service, in webhook or polling mode."""

    def __init__(self, lotse: Lotse, application: Application, *, secret_token: str,
                 webhook_url: str | None = None, polling: bool = False, poll_timeout: int = 25,
                 retry_delays: Sequence[float] = RETRY_DELAYS, concurrency: int | None = None,
                 lease: float = LEASE_SECONDS, sweep_every: float = SWEEP_SECONDS) -> None:
        self.lotse = lotse
        self.application = application
        self.inbox = TelegramInbox(lotse.sessions, lease=timedelta(seconds=lease))
        self.sweep_every = sweep_every
        self.secret_token = secret_token
        self.webhook_url = webhook_url
        self.polling = polling
        self.poll_timeout = poll_timeout
        self.retry_delays = tuple(retry_delays)
        self.ready = asyncio.Event()
        if concurrency is None:  # SQLite writes one at a time; more workers would only queue
            bind = lotse.sessions.kw.get("bind")
            concurrency = 4 if bind is not None and bind.dialect.name == "sqlite" else 16
        self._slots = asyncio.Semaphore(concurrency)
        self._stopping = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._sweeper: asyncio.Task[None] | None = None
        self.leading = False  # this process is the one polling Telegram
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._dirty: set[str] = set()
        self._answered_offline: set[int] = set()  # crisis help sent before the update was stored
        # crisis updates stored in time whose worker has not yet begun to answer them: if it
        # does not begin soon (its claim waits for a database that froze just after the update
        # was stored, or all worker slots are taken), the guard sends help from memory
        self._crisis_guards: dict[int, asyncio.Task[None]] = {}
        # messages of an update sent while their count could not be stored (the database went
        # away between sending and recording): the retry sends only the rest
        self._sent_unrecorded: dict[int, int] = {}

    @property
    def mode(self) -> str:
        return "polling" if self.polling else "webhook"

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect to Telegram in the background; the web side does not wait for it."""
        self._stopping = asyncio.Event()  # bound to this run's event loop (a restart may be another)
        self._runner = asyncio.create_task(self._run(), name="telegram")

    async def stop(self, *, grace: float = 5.0) -> None:
        """Finish the updates being handled (up to `grace` seconds), then disconnect."""
        self._stopping.set()
        for task in (self._runner, self._sweeper, *self._crisis_guards.values()):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        workers = list(self._workers.values())
        if workers:
            _, late = await asyncio.wait(workers, timeout=grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        if self.ready.is_set():
            self.ready.clear()
            with contextlib.suppress(TelegramError):
                await self.application.shutdown()

    async def _run(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            try:
                await self._connect()
                break
            except InvalidToken:
                log.error("Telegram rejected the bot token; check LOTSE_TELEGRAM_TOKEN. "
                          "The web side keeps running without Telegram.")
                return
            except TelegramError as exc:  # never log the message: it may contain the token
                delay = self.backoff(attempt)
                attempt += 1
                log.warning("Telegram not reachable (%s); trying again in %.0f s",
                            type(exc).__name__, delay)
                await self.pause(delay)
        else:
            return
        self.ready.set()
        log.info("Telegram is ready (%s)", self.mode)
        while not self.lotse.database_up and not self._stopping.is_set():
            await self.pause(1.0)  # crisis updates are answered meanwhile (accept)
        # the sweep picks up unfinished updates at once, then every `sweep_every` seconds; a
        # failed first look (a pool or statement timeout under load) must not end it: a
        # process without a sweep leaves a dead process's chats waiting for good
        self._sweeper = asyncio.create_task(self._sweep(), name="telegram-sweep")
        if self.polling:
            await self._poll_as_leader()

    async def _poll_as_leader(self) -> None:
        """Telegram allows one getUpdates at a time: one process of the cluster polls, the
        others wait to take over (every `sweep_every` seconds they try)."""
        from bot.telegram.polling import poll

        leadership = Leadership(self.lotse.sessions.kw["bind"], "telegram-polling")
        while not self._stopping.is_set():
            try:
                self.leading = await run_in_threadpool(leadership.try_acquire)
            except Exception as exc:  # the database away: try again
                log.warning("Telegram polling: %s", type(exc).__name__)
            if self.leading:
                try:
                    await poll(self)
                finally:
                    self.leading = False
                    with contextlib.suppress(Exception):
                        await run_in_threadpool(leadership.release)
                return
            await self.pause(self.sweep_every)

    async def _connect(self) -> None:
        await self.application.initialize()
        bot = self.application.bot
        await set_command_menus(bot)
        if self.polling:
            await bot.delete_webhook(drop_pending_updates=False)
        elif self.webhook_url:
            try:
                await bot.set_webhook(self.webhook_url, secret_token=self.secret_token,
                                      allowed_updates=list(ALLOWED_UPDATES))
            except BadRequest as exc:  # a wrong URL does not get better by retrying
                log.error("Telegram refused the webhook URL: %s", exc.message)

    async def _recover(self) -> None:
        """Pick up every unfinished update no process holds (after a restart, while Telegram
        was away, or left by a process that died)."""
        senders = [key for key in await run_in_threadpool(self.inbox.pending_senders)
                   if key not in self._workers]
        if senders:
            log.info("Telegram: resuming %d chats with unfinished updates", len(senders))
        for key in senders:
            self._schedule(key)

    async def _sweep(self) -> None:
        """At once, then now and then: chats whose process died (its lease ran out) or
        stopped; and the updates this process answered from memory keep their lease until they
        are recorded."""
        while not self._stopping.is_set():
            try:
                await self._keep_offline()
                await self._recover()
            except Exception as exc:  # the database away or busy: next time
                log.warning("Telegram sweep: %s", type(exc).__name__)
            await self.pause(self.sweep_every)

    async def _keep_offline(self) -> None:
        """No other process may answer an update whose help went out from here (its lease
        would run out while the crisis spool waits for the database); finished ones are
        forgotten."""
        finished = await run_in_threadpool(self.inbox.keep_offline, sorted(self._answered_offline))
        self._answered_offline -= finished

    # --- intake ---------------------------------------------------------------------------

    async def accept(self, data: dict[str, Any]) -> bool:
        """Store one update (the JSON Telegram sent) durably; False if it was seen before.
        Raises SQLAlchemyError when it could not be stored – then it must not be acknowledged."""
        update_id = int(data["update_id"])
        if update_id in self._answered_offline:
            return False
        incoming = _incoming(data)
        key = None if incoming.chat_id is None else sender_hash(self.lotse.secret, CHANNEL,
                                                                str(incoming.chat_id))
        # An update with nothing to answer is kept only as an id (against redelivery).
        payload = None if isinstance(incoming, Ignored) else data
        urgent = isinstance(incoming, Text) and self.ready.is_set() \
            and self.lotse.is_urgent(incoming.text)
        if not urgent:
            if not self.lotse.database_up:
                raise DatabaseAway("the database is away; Telegram sends the update again")
            new = await run_in_threadpool(self.inbox.accept, update_id, key, payload)
        else:  # crisis help never waits for the database: stored in time, or sent at once
            assert isinstance(incoming, Text)
            loop = asyncio.get_running_loop()
            # stored leased to this process: if the help goes out from memory first, no other
            # process answers the update when it lands (the spool's replay records it)
            storing = loop.run_in_executor(self.lotse.urgent_pool, functools.partial(
                self.inbox.accept, update_id, key, payload, claim=True))
            try:
                if not self.lotse.database_up:
                    raise DatabaseAway("the database is away")
                new = await asyncio.wait_for(asyncio.shield(storing),
                                             timeout=self.lotse.crisis_storage_wait)
            except (TimeoutError, SQLAlchemyError, DatabaseAway) as exc:
                log.warning("Telegram: crisis help sent before the update could be stored (%s)",
                            type(exc).__name__)
                storing.add_done_callback(_late_storage)
                await self._help_offline(update_id, incoming.chat_id, incoming.text)
                return True
        if new and payload is not None and key is not None:
            if urgent:
                assert isinstance(incoming, Text)
                self._guard_crisis(update_id, incoming.chat_id, incoming.text)
            self._schedule(key)
        return new

    def _guard_crisis(self, update_id: int, chat_id: int | None, text: str) -> None:
        """A crisis update was stored in time: its worker answers it (`_process` gives the
        stored step a head start, then help from memory). Should the worker not even begin
        within half that head start – its claim hangs on a database that froze just after
        the update was stored, or every worker slot is taken – help goes out from memory here,
        and the worker settles the update when it gets to it (`_answered_offline`)."""
        async def guard() -> None:
            # a claim takes milliseconds; half the step's head start is ample for it
            await asyncio.sleep(self.lotse.crisis_storage_wait / 2)
            if self._crisis_guards.pop(update_id, None) is None:  # the worker began meanwhile
                return
            log.warning("Telegram: a stored crisis update was not taken up in time; "
                        "crisis help sent from memory")
            try:
                await self._help_offline(update_id, chat_id, text)
            except Exception as exc:  # nothing went out: the worker answers it as it comes
                log.error("Telegram: crisis help from memory failed (%s)", type(exc).__name__)
                self._answered_offline.discard(update_id)

        self._crisis_guards[update_id] = asyncio.create_task(guard())

    def _crisis_taken_up(self, update_id: int) -> None:
        """The worker begins to answer a crisis update: its guard stands down."""
        guard = self._crisis_guards.pop(update_id, None)
        if guard is not None:
            guard.cancel()

    async def _help_offline(self, update_id: int, chat_id: int | None, text: str) -> None:
        """Crisis help from memory, sent now; the message waits in the crisis spool and is
        recorded (the update kept as done) when the database is back."""
        self._answered_offline.add(update_id)
        loop = asyncio.get_running_loop()
        replies = await loop.run_in_executor(
            self.lotse.urgent_pool, functools.partial(
                self.lotse.help_offline, CHANNEL, str(chat_id), text, update_id=update_id))
        if chat_id is None:  # nowhere to send it (no update with a text lacks its chat)
            return
        messages, _buttons = render_replies(chat_id, replies)
        await self._deliver(update_id, messages, 0, durable=False)

    # --- workers: one per chat with pending updates ---------------------------------------

    def _schedule(self, key: str) -> None:
        if key in self._workers:
            self._dirty.add(key)  # the running worker looks again before it ends
        elif self.ready.is_set() and not self._stopping.is_set():
            self._workers[key] = asyncio.create_task(self._drain(key))

    async def _drain(self, key: str) -> None:
        failures = 0
        held: int | None = None  # the update this worker has claimed and not finished
        try:
            while not self._stopping.is_set():
                self._dirty.discard(key)
                try:
                    pending = await run_in_threadpool(self.inbox.claim_next, key)
                    if pending is None:  # nothing to do, or another process has this chat
                        held = None
                        if key in self._dirty:
                            continue
                        return
                    held = pending.update_id
                    async with self._slots:
                        finished = await self._leased(pending.update_id, self._process(pending))
                except Exception as exc:  # storage trouble: keep the update, try again later
                    log.warning("Telegram worker: %s; trying again", type(exc).__name__)
                    finished = False
                if finished:
                    if held is not None:  # settled, here or by another process
                        self._sent_unrecorded.pop(held, None)
                    failures, held = 0, None
                else:
                    await self.pause(self.backoff(failures))
                    failures += 1
        finally:
            if held is not None:  # stopping mid-way: another process may take it at once
                try:
                    await run_in_threadpool(self.inbox.release, held)
                except Exception as exc:  # its lease runs out instead
                    log.warning("Telegram: could not hand an update back (%s)", type(exc).__name__)
            self._workers.pop(key, None)  # only now: `stop` waits for the hand-back

    async def _leased(self, update_id: int, work: Awaitable[bool]) -> bool:
        """Run `work` while renewing this process's lease on the update (a third of the lease
        at a time), so a slow turn or a slow Telegram never looks like a dead process."""
        async def renew() -> None:
            interval = self.inbox.lease.total_seconds() / 3
            while True:
                await asyncio.sleep(interval)
                with contextlib.suppress(Exception):
                    await run_in_threadpool(self.inbox.renew, update_id)

        renewing = asyncio.create_task(renew())
        try:
            return await work
        finally:
            renewing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewing

    async def _process(self, pending: PendingUpdate) -> bool:
        """Answer one update; True when it is finished, False to try again later."""
        if pending.update_id in self._answered_offline:  # its help went out from memory
            return await self._settle_offline(pending.update_id)
        if pending.status == ANSWERED:
            sent = max(pending.sent, self._sent_unrecorded.get(pending.update_id, 0))
            return await self._deliver(pending.update_id, pending.outgoing or [], sent)
        incoming = _incoming(pending.payload or {})
        urgent = isinstance(incoming, Text) and self.lotse.is_urgent(incoming.text)
        if urgent:  # no await since the check above: the guard has not sent help
            self._crisis_taken_up(pending.update_id)
        if urgent and not self.lotse.database_up:
            assert isinstance(incoming, Text)
            return await self._from_memory(pending.update_id, incoming.chat_id, incoming.text)
        stored: list[bool] = []  # set when the replies were kept in the dialogue step's transaction

        def record(session: Session, replies: list[Reply]) -> None:
            if incoming.chat_id is not None:
                messages, buttons = render_replies(incoming.chat_id, replies)
                stored.append(record_answer(session, pending.update_id, messages, buttons,
                                            self.inbox.owner))

        responding = asyncio.ensure_future(self._respond(incoming, pending.sender_hash or "",
                                                         record))
        if urgent:
            # crisis help never waits for the database: the stored step (which knows the
            # chat) gets a short head start, as on the web; after it, help from memory
            in_time, _ = await asyncio.wait({responding}, timeout=self.lotse.crisis_storage_wait)
            if not in_time:
                assert isinstance(incoming, Text)
                log.warning("Telegram: storage slow; crisis help sent from memory")
                return await self._from_memory(pending.update_id, incoming.chat_id, incoming.text,
                                               late=responding)
        try:
            replies = await responding
        except LeaseLost:  # another process took the update over; the step was rolled back
            log.warning("Telegram: an update was taken over by another process")
            return True
        except CrisisUnstored as exc:  # a crisis whose step could not be stored
            return await self._from_memory(pending.update_id, incoming.chat_id, exc.text)
        except Exception as exc:
            attempts = await run_in_threadpool(self.inbox.count_attempt, pending.update_id)
            log.warning("Telegram: handling an update failed (%s), try %d of %d",
                        type(exc).__name__, attempts, MAX_ATTEMPTS)
            if attempts >= MAX_ATTEMPTS:
                await run_in_threadpool(self.inbox.finish, pending.update_id, status=FAILED)
                return True
            return False
        if incoming.chat_id is None or not replies:
            await run_in_threadpool(self.inbox.finish, pending.update_id)
            return True
        messages, buttons = render_replies(incoming.chat_id, replies)
        if stored:
            durable = stored[-1]
        else:  # an answer that changed nothing stored (a limit, /auskunft, a sticker)
            try:
                durable = await run_in_threadpool(self.inbox.answer, pending.update_id, messages,
                                                  buttons)
            except LeaseLost:
                log.warning("Telegram: an update was taken over by another process")
                return True
        return await self._deliver(pending.update_id, messages, 0, durable=durable)

    async def _from_memory(self, update_id: int, chat_id: int | None, text: str, *,
                           late: Awaitable[object] | None = None) -> bool:
        """Crisis help from memory for a claimed update whose step cannot be stored now (`late`:
        a step still under way, which may yet be stored); recorded once, answered once."""
        await self._help_offline(update_id, chat_id, text)
        if late is not None:
            with contextlib.suppress(Exception):  # stored or not: see _settle_offline
                await late
        return await self._settle_offline(update_id)

    async def _settle_offline(self, update_id: int) -> bool:
        """An update whose crisis help went out from memory: the answer a late turn stored is
        not sent; a turn that was not stored is recorded from the crisis spool (which keeps the
        update as done). True once it is finished; until then (the database away again) the
        chat waits for it."""
        finished = await run_in_threadpool(self.inbox.keep_offline, [update_id])
        if update_id not in finished:
            await run_in_threadpool(self.lotse.replay_spool)
            if await run_in_threadpool(self.inbox.is_pending, update_id):
                return False
        self._answered_offline.discard(update_id)
        return True

    async def _respond(self, incoming: Incoming, key: str, record: Recorder) -> list[Reply]:
        """The dialogue's replies to one input (channel-local ones for what is not text, in
        the chat's language)."""
        if isinstance(incoming, Text):  # the title of a reply-keyboard button means its payload
            payload = await run_in_threadpool(self.inbox.button_payload, key,
                                              typed_title_token(incoming.text.strip()))
            return await self._dialogue(incoming, payload or incoming.text, record)
        if isinstance(incoming, ButtonPress):
            await self._answer_query(incoming.query_id)
            payload = await run_in_threadpool(self.inbox.button_payload, key, incoming.token)
            text = payload or incoming.title  # an old button: its title, as if typed
            return await self._dialogue(incoming, text, record) if text else []
        if isinstance(incoming, Location):
            place_text = await run_in_threadpool(self._place_text, incoming.lat, incoming.lon)
            if place_text is None:
                return await self._say(key, incoming.language, texts.FAR_AWAY, expects="place")
            payload = "/inform" + json.dumps({"place": place_text}, ensure_ascii=False)
            return await self._dialogue(incoming, payload, record)
        if isinstance(incoming, Unsupported):
            if not self.lotse.limiter.allow(key):
                return []
            return await self._say(key, incoming.language,
                                   texts.NON_TEXT.get(incoming.kind, texts.OTHER))
        return []

    async def _dialogue(self, incoming: Text | ButtonPress | Location, text: str,
                        record: Recorder) -> list[Reply]:
        return await run_in_threadpool(functools.partial(
            self.lotse.handle, CHANNEL, str(incoming.chat_id), text, record=record,
            hint=incoming.language))

    async def _say(self, key: str, hint: str | None, message: str, *,
                   expects: str = "free_text") -> list[Reply]:
        """One of the channel's own messages, in the language of the chat."""
        language = await run_in_threadpool(self.lotse.chat_language, key, hint)
        with use_language(language):
            return [Reply(gettext(message), expects=expects)]

    def _place_text(self, lat: float, lon: float) -> str | None:
        """How to tell the dialogue about the place nearest to a shared location: its name if
        the name means that place's district, else its postal code."""
        places = self.lotse.places
        place = places.nearest(lat, lon)
        if place is None:
            return None
        by_name = places.resolve(place.name, fuzzy=False)
        return place.name if by_name is not None and by_name.region == place.region \
            else place.postal_code

    async def _answer_query(self, query_id: str) -> None:
        """Stop the button's spinner; a query too old to answer is no reason to fail."""
        try:
            await self.application.bot.answer_callback_query(query_id)
        except BadRequest:
            log.info("Telegram: a button tap could not be confirmed any more")

    # --- delivery -------------------------------------------------------------------------

    async def _deliver(self, update_id: int, messages: Sequence[dict[str, Any]], sent: int, *,
                       durable: bool = True) -> bool:
        """Send an update's messages from number `sent` on, counting each one sent; True when
        all went out. A count the database cannot take now is kept here until it can: the
        worker's retry (this process holds the update's lease) sends no message twice."""
        for index in range(sent, len(messages)):
            try:
                await self._send(messages[index])
            except Forbidden:  # the person blocked the bot: nothing can reach them
                log.info("Telegram: a chat blocked the bot; its answer is dropped")
                if durable:
                    await run_in_threadpool(self.inbox.finish, update_id, status=FAILED)
                    self._sent_unrecorded.pop(update_id, None)
                return True
            except BadRequest as exc:  # should not happen; the words still get through
                log.error("Telegram refused a message (%s); sending it as plain text", exc.message)
                with contextlib.suppress(BadRequest):
                    await self._send(plain(messages[index]))
            except (NetworkError, TelegramError) as exc:  # away or over its limits: later
                log.warning("Telegram: sending failed (%s); will retry", type(exc).__name__)
                return False
            if durable:
                self._sent_unrecorded[update_id] = index + 1
            if durable and index + 1 < len(messages):  # the last one: `finish` below
                await run_in_threadpool(self.inbox.mark_sent, update_id, index + 1)
        if durable:
            await run_in_threadpool(self.inbox.finish, update_id)
            self._sent_unrecorded.pop(update_id, None)
        return True

    async def _send(self, message: dict[str, Any]) -> None:
        markup = message.get("reply_markup")
        keyboard: TelegramObject | None = None
        if markup is not None and markup.get("remove_keyboard"):
            keyboard = ReplyKeyboardRemove()
        elif markup is not None:
            kind = InlineKeyboardMarkup if "inline_keyboard" in markup else ReplyKeyboardMarkup
            keyboard = kind.de_json(markup, self.application.bot)
        await self.application.bot.send_message(
            chat_id=message["chat_id"], text=message["text"], parse_mode=message.get("parse_mode"),
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_markup=keyboard)  # type: ignore[arg-type]

    # --- helpers --------------------------------------------------------------------------

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def backoff(self, attempt: int) -> float:
        """Seconds to wait before try number `attempt + 1`."""
        return self.retry_delays[min(attempt, len(self.retry_delays) - 1)]

    async def pause(self, seconds: float) -> None:
        """Sleep, but wake up at once when the channel stops."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), timeout=seconds)


def _late_storage(future: asyncio.Future[bool]) -> None:
    """A crisis update's storing that was not waited for: its failure is expected (the
    database was away), not an error to report."""
    if not future.cancelled() and future.exception() is not None:
        log.info("Telegram: a crisis update answered from memory was not stored (%s); "
                 "the crisis spool records it", type(future.exception()).__name__)


def _incoming(data: dict[str, Any]) -> Incoming:
    """The neutral input of an update's JSON; anything unreadable is ignored."""
    try:
        update = parse_update(data)
        return to_incoming(update) if update is not None else Ignored()
    except Exception:  # odd but well-formed JSON must never stop the channel
        return Ignored()
