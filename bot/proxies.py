"""Which proxies may name the client: only those in LOTSE_TRUSTED_PROXIES (addresses or
CIDR networks, comma-separated). uvicorn's own proxy_headers middleware does the work; by
default it trusts X-Forwarded-For from 127.0.0.1, so any local process could pretend to be
any address and get fresh login and chat limits. Nothing configured: no header is trusted.
"""

from __future__ import annotations

from typing import Any


def trusted_proxies(text: str | None) -> list[str]:
    """The configured proxies as a list ("10.0.0.0/8, 127.0.0.1" → two entries)."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def uvicorn_proxy_options(text: str | None) -> dict[str, Any]:
    """Keyword arguments for `uvicorn.run`/`uvicorn.Config`: proxy headers from these only."""
    proxies = trusted_proxies(text)
    return {"proxy_headers": bool(proxies), "forwarded_allow_ips": proxies}
