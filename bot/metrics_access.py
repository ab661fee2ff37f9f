"""Who may read /metrics (networks from LOTSE_METRICS_ALLOW), and the Telegram queue's depth
for its gauge."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import Request

from bot.storage.tables import TelegramUpdateRow
from bot.storage.telegram_inbox import PENDING

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def allowed_networks(text: str) -> tuple[Network, ...]:
    """"127.0.0.1/32, ::1/128" → networks; an entry that is no network is left out."""
    found: list[Network] = []
    for part in text.split(","):
        try:
            found.append(ipaddress.ip_network(part.strip(), strict=False))
        except ValueError:
            continue
    return tuple(found)


def client_in(request: Request, networks: Sequence[Network]) -> bool:
    """The direct client's address (never a forwarded header) lies in one of the networks."""
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in network for network in networks)


def telegram_queue_depth(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(TelegramUpdateRow).where(
            TelegramUpdateRow.status.in_(PENDING))) or 0)
