"""Typed settings from the environment or a `.env` file, read once by `get_settings()`."""

from __future__ import annotations

import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.rate_limit import ADDRESS_LIMITS, DEFAULT_LIMITS

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER_SECRETS = {"", "changeme", "change-me", "secret", "dev", "test", "xxx"}


class Settings(BaseSettings):
    """Every setting with its help text; environment variables are prefixed `LOTSE_`."""

    model_config = SettingsConfigDict(env_prefix="LOTSE_", env_file=".env", extra="ignore")

    environment: Literal["development", "production", "test"] = Field(
        "development", description="development (generated secret key allowed) or production")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default a SQLite file under var/")
    rasa_url: str | None = Field(None, description="Rasa server for NLU; unset = embedded NLU")
    rasa_token: SecretStr | None = Field(None, description="token for the Rasa server")
    telegram_token: SecretStr | None = Field(None, description="Telegram bot token; unset = no Telegram")
    telegram_secret: SecretStr | None = Field(None, description="Telegram webhook secret token")
    telegram_webhook_url: str | None = Field(None, description="public webhook URL; unset = polling")
    telegram_api_url: str = Field("https://api.telegram.org/bot",
                                  description="Bot API base URL (self-hosted or test server)")
    secret_key: SecretStr | None = Field(
        None, description="key for sessions and sender-id hashing; required outside development")
    retention_days: int = Field(90, ge=1, description="days personal data and transcripts are kept")
    internship_retention_days: int = Field(
        540, ge=30, description="days an internship applicant (with contacts, placements, "
        "feedback) is kept after it was created: a school year, the internship and the "
        "six-month follow-up")
    data_dir: Path = Field(PROJECT_ROOT / "data", description="folder with angebote/, orte/, berufe/")
    var_dir: Path = Field(Path("var"), description="folder for the SQLite file and the dev secret key")
    timezone: str = Field("Europe/Berlin", description="time zone for opening hours")
    retention_interval_hours: float = Field(
        6, gt=0, description="how often `lotse serve` deletes expired conversations")
    rate_limit: str = Field(DEFAULT_LIMITS,
                            description="messages one sender may send (limits notation)")
    max_message_chars: int = Field(2000, ge=10, description="longest chat message accepted")
    public_url: str = Field("http://127.0.0.1:8000",
                            description="address of this service, for inbox links in notifications")
    smtp_host: str | None = Field(None, description="SMTP server for handoff e-mails; unset = no e-mail")
    smtp_port: int = Field(587, description="SMTP port")
    smtp_user: str | None = Field(None, description="SMTP login")
    smtp_password: SecretStr | None = Field(None, description="SMTP password")
    smtp_from: str = Field("lotse@localhost", description="sender address of handoff e-mails")
    smtp_starttls: bool = Field(True, description="use STARTTLS with the SMTP server")
    notify_interval_seconds: float = Field(
        30, gt=0, description="how often `lotse serve` sends due handoff notifications")
    session_idle_minutes: int = Field(15, ge=1, le=240,
                                      description="counsellor inbox: log out after this idle time")
    cookie_secure: bool | None = Field(
        None, description="inbox cookies only over HTTPS; default: on in production, off in development")
    telegram_lease_seconds: float = Field(
        60, gt=1, le=3600, description="how long a process holds a Telegram update without "
        "renewing it; after a crash another process takes it over this much later")
    telegram_sweep_seconds: float = Field(
        30, gt=0.1, le=600, description="how often a process looks for Telegram chats whose "
        "process died")
    log_format: Literal["text", "json"] = Field(
        "text", description="log lines as plain text or one JSON object per line")
    metrics_allow: str = Field(
        "127.0.0.1/32,::1/128", description="comma-separated networks that may read /metrics "
        "(Prometheus); the reverse proxy keeps /metrics inside anyway")
    redis_url: str | None = Field(
        None, description="Redis for the chat and login limits of every process (redis://host:6379/0); "
        "unset = PostgreSQL's table, or process memory on SQLite")
    trusted_proxies: str = Field(
        "", description="reverse proxies whose X-Forwarded-For names the client (addresses or CIDR, "
        "comma-separated); unset = no proxy header is trusted")
    widget_origins: str = Field(
        "", description="websites that may embed the chat with widget.js, comma-separated "
        "origins (https://www.kreis.de); unset = none, no wildcard")
    rate_limit_address: str = Field(
        ADDRESS_LIMITS, description="messages from one client address, every sender behind it "
        "(limits notation); raise it for a school behind one address")

    def notifier_smtp(self):  # type: ignore[no-untyped-def]
        """The SMTP configuration for notifications, or None."""
        from bot.notify import SmtpConfig

        if not self.smtp_host:
            return None
        return SmtpConfig(host=self.smtp_host, port=self.smtp_port, user=self.smtp_user,
                          password=self.smtp_password.get_secret_value() if self.smtp_password else None,
                          sender=self.smtp_from, starttls=self.smtp_starttls)

    @property
    def secure_cookies(self) -> bool:
        return self.environment == "production" if self.cookie_secure is None else self.cookie_secure

    @field_validator("widget_origins")
    @classmethod
    def _origins_only(cls, value: str) -> str:
        from bot.web.embedding import parse_origins  # ValueError: a clear settings error

        return ",".join(parse_origins(value))

    @model_validator(mode="after")
    def _require_real_secret(self) -> Settings:
        key = self.secret_key.get_secret_value() if self.secret_key else ""
        if self.environment == "production" and (key.lower() in PLACEHOLDER_SECRETS or len(key) < 16):
            raise ValueError("LOTSE_SECRET_KEY must be set to a real secret (16+ characters) in production")
        return self

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.var_dir / 'lotse.sqlite3').resolve()}"

    def secret(self) -> bytes:
        """The secret key; in development generated once and kept under var/."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode()
        path = self.var_dir / "secret_key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
            path.chmod(0o600)
        return path.read_text(encoding="utf-8").strip().encode()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
