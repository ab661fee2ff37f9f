"""Wire settings, data, NLU and storage into a Lotse service (the composition root)."""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker
from starlette.types import ASGIApp

from bot.internships.loop import tick as internship_tick
from bot.internships_match import stored_internships
from bot.notify import Notifier
from bot.outage import DatabaseWatch
from bot.rate_limit import chat_limiter
from bot.reference import Reference, load_reference
from bot.safety import looks_like_crisis
from bot.service import Lotse
from bot.settings import Settings
from bot.storage.database import make_engine, make_sessionmaker, upgrade
from bot.telegram.channel import TelegramChannel, build_application
from bot.telegram.send import telegram_sender
from bot.warmup import start_warm_up
from bot.web.app import create_app
from bot.web.embedding import parse_origins
from nlu.crisis_rule import WithCrisisRule
from nlu.model import NluBackend
from nlu.rasa_http import DEFAULT_TIMEOUT, RasaBackend

log = logging.getLogger("lotse")


@lru_cache(maxsize=4)
def cached_reference(data_dir: Path) -> Reference:
    """The reference data of a data folder, loaded once per process."""
    return load_reference(data_dir)


def rasa_backend(settings: Settings, *, timeout: float = DEFAULT_TIMEOUT) -> RasaBackend:
    """The Rasa server backend of the settings (LOTSE_RASA_URL must be set)."""
    if not settings.rasa_url:
        raise ValueError("LOTSE_RASA_URL is not set")
    token = settings.rasa_token.get_secret_value() if settings.rasa_token else None
    return RasaBackend(settings.rasa_url, token=token, timeout=timeout)


def build_lotse(settings: Settings, *, migrate: bool = True, wait_for_database: bool = True) -> Lotse:
    """A ready Lotse service; applies pending migrations first unless told not to. Without
    `wait_for_database` the migrations are left to the database watch (applied when the
    database answers, retried every second – `lotse serve` starts without it)."""
    reference = cached_reference(settings.data_dir)
    for problem in reference.catalogue_errors:
        log.warning("catalogue: %s", problem)
    engine = make_engine(settings.sqlalchemy_url)
    if migrate and wait_for_database:
        upgrade(engine)
    watch = DatabaseWatch(engine, prepare=(lambda: upgrade(engine))
                          if migrate and not wait_for_database else None)
    fuzzy = WithCrisisRule(reference.fuzzy_backend(), looks_like_crisis)
    nlu: NluBackend = fuzzy
    if settings.rasa_url:
        nlu = WithCrisisRule(rasa_backend(settings), looks_like_crisis)
    sessions = make_sessionmaker(engine)
    return Lotse(
        sessions=sessions, nlu=nlu, fallback_nlu=fuzzy,
        offers=reference.offers, places=reference.places, secret=settings.secret(),
        retention_days=settings.retention_days,
        internship_retention_days=settings.internship_retention_days, max_chars=settings.max_message_chars,
        timezone=settings.timezone,
        limiter=chat_limiter(settings.rate_limit, address_rules=settings.rate_limit_address,
                             redis_url=settings.redis_url, sessions=sessions),
        internships=stored_internships(sessions, settings.data_dir),
        watch=watch, spool_dir=settings.var_dir / "spool",
    )


def telegram_secret_token(settings: Settings) -> str:
    """The webhook's secret: LOTSE_TELEGRAM_SECRET, else one derived from LOTSE_SECRET_KEY."""
    if settings.telegram_secret is not None and settings.telegram_secret.get_secret_value():
        return settings.telegram_secret.get_secret_value()
    return hmac.new(settings.secret(), b"telegram-webhook", hashlib.sha256).hexdigest()


def build_telegram(settings: Settings, lotse: Lotse, *, polling: bool = False) -> TelegramChannel | None:
    """The Telegram channel, or None without LOTSE_TELEGRAM_TOKEN. Polling when asked to or
    when no LOTSE_TELEGRAM_WEBHOOK_URL is set."""
    if settings.telegram_token is None or not settings.telegram_token.get_secret_value():
        return None
    application = build_application(settings.telegram_token.get_secret_value(),
                                    api_url=settings.telegram_api_url)
    return TelegramChannel(lotse, application, secret_token=telegram_secret_token(settings),
                           webhook_url=settings.telegram_webhook_url,
                           polling=polling or not settings.telegram_webhook_url,
                           lease=settings.telegram_lease_seconds,
                           sweep_every=settings.telegram_sweep_seconds)


def build_notifier(settings: Settings, sessions: sessionmaker[Session]) -> Notifier:
    """The outbox with every channel the settings give (SMTP, Telegram), and before each pass
    the internship confirmation loop's tick."""
    telegram = None
    if settings.telegram_token is not None and settings.telegram_token.get_secret_value():
        telegram = telegram_sender(settings.telegram_token.get_secret_value(),
                                   api_url=settings.telegram_api_url)
    zone = ZoneInfo(settings.timezone)

    def tick() -> None:
        now = datetime.now(UTC)
        with sessions.begin() as session:
            internship_tick(session, now=now, today=now.astimezone(zone).date())

    return Notifier(sessions, public_url=settings.public_url, smtp=settings.notifier_smtp(),
                    telegram=telegram, prepare=tick)


def build_app(settings: Settings, *, migrate: bool = True, telegram_polling: bool = False) -> ASGIApp:
    """The ASGI app for `settings` (with Telegram when a token is set)."""
    lotse = build_lotse(settings, migrate=migrate, wait_for_database=False)
    # the crisis check-in net (loaded, or fitted in a few seconds when no cached one fits the
    # training data), the message catalogues and the language model: loaded in the
    # background when the server starts, /readyz says "warming" meanwhile (bot/warmup.py);
    # one-off commands load them only if they answer a message
    start_warm_up(lotse)
    return create_app(lotse, telegram=build_telegram(settings, lotse, polling=telegram_polling),
                      redis_url=settings.redis_url,
                      retention_every=settings.retention_interval_hours * 3600,
                      notifier=build_notifier(settings, lotse.sessions),
                      notify_every=settings.notify_interval_seconds,
                      idle_minutes=settings.session_idle_minutes,
                      cookie_secure=settings.secure_cookies,
                      metrics_allow=settings.metrics_allow,
                      widget_origins=parse_origins(settings.widget_origins))
