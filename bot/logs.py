"""Log lines of every `lotse` process: plain text, or one JSON object per line with
LOTSE_LOG_FORMAT=json (for a log collector). Either way no message text and no raw sender id
is ever logged.

One configuration (a `logging.config.dictConfig` dict) serves the command line and uvicorn's
`log_config`: uvicorn applies it in the process that runs `lotse serve` and again in every
process `serve --workers N` starts (uvicorn/_subprocess.py), before the worker imports the
app – so Lotse's INFO lines and uvicorn's own lines come out alike from all of them.
"""

from __future__ import annotations

import logging.config
from typing import Any

from bot.settings import get_settings

PLAIN = "%(asctime)s %(levelname)s %(name)s: %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"
QUIET = {
    "alembic": "WARNING",
    "httpx": "WARNING",  # its request lines hold the bot token
    "telegram": "WARNING",  # its debug lines hold message texts
}


def structured() -> bool:
    """True when LOTSE_LOG_FORMAT=json; invalid settings are reported by the command itself."""
    try:
        return get_settings().log_format == "json"
    except ValueError:
        return False


def logging_config(*, json_lines: bool) -> dict[str, Any]:
    """Everything at INFO and up to stderr in one format, uvicorn's loggers included."""
    formatter: dict[str, Any] = {"format": PLAIN}
    if json_lines:
        from pythonjsonlogger.core import RESERVED_ATTRS

        formatter = {"()": "pythonjsonlogger.json.JsonFormatter", "fmt": JSON_FIELDS,
                     "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
                     # uvicorn repeats its message with terminal colours as an extra field
                     "reserved_attrs": [*RESERVED_ATTRS, "color_message"]}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"lotse": formatter},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "lotse",
                                "stream": "ext://sys.stderr"}},
        "root": {"level": "INFO", "handlers": ["stderr"]},
        "loggers": {
            # uvicorn's default config gives its loggers handlers of their own; here its startup,
            # shutdown and error lines go to the root's handler like every other line
            "uvicorn": {"level": "INFO", "handlers": [], "propagate": True},
            "uvicorn.error": {"level": "INFO", "handlers": [], "propagate": True},
            # no access log: its lines hold client addresses and paths. Named here, since
            # configuring "uvicorn" switches its children back on (uvicorn's access_log=False
            # holds only until logging is configured again)
            "uvicorn.access": {"handlers": [], "propagate": False},
            **{name: {"level": level} for name, level in QUIET.items()},
        },
    }


def configure_logging() -> None:
    """Configure this process's logging as the settings say, unless it is configured already
    (as `logging.basicConfig` does): by uvicorn in a worker, or by a test runner."""
    if logging.getLogger().handlers:
        for name, level in QUIET.items():  # these hold secrets or message texts: quiet anyway
            logging.getLogger(name).setLevel(level)
        return
    logging.config.dictConfig(logging_config(json_lines=structured()))


def uvicorn_log_config() -> dict[str, Any]:
    """The same configuration for uvicorn's `log_config` (a fresh dict: uvicorn may change it)."""
    return logging_config(json_lines=structured())
