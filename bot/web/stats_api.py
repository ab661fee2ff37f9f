"""`GET /api/stats`: the anonymous demand figures of a Kreis for a period, read-only, for an
organisation's own pages (a Kreis shows the figures on its website). Bearer token per
organisation (`lotse stats token --org ORG`); it sees the Kreise registered for it
(`lotse orgs add … --region KREIS`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.stats.aggregates import summary
from bot.storage import demand, stats_tokens

MAX_DAYS = 400  # a period of up to about a year and a bit
Fail = Callable[[int, str, Any], Response]


def _period(request: Request) -> tuple[str, date, date] | str:
    """region, first and last day from the query, or the name of what is wrong."""
    region = request.query_params.get("region", "")
    if not (len(region) == 5 and region.isdigit()):
        return "region"
    try:
        start = date.fromisoformat(request.query_params.get("from", ""))
        end = date.fromisoformat(request.query_params.get("to", ""))
    except ValueError:
        return "from/to"
    if end < start or (end - start).days > MAX_DAYS:
        return "from/to"
    return region, start, end


def make_stats_endpoint(sessions: sessionmaker[Session], fail: Fail) -> Callable[..., Any]:
    """The handler of `GET /api/stats`; `fail` writes the app's friendly JSON errors."""

    async def stats(request: Request) -> Response:
        header = request.headers.get("authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else ""
        period = _period(request)

        def read() -> tuple[int, Any]:
            with sessions() as session:
                org = stats_tokens.organisation_of(session, token)
                if org is None:
                    return 401, None
                if isinstance(period, str):
                    return 422, period
                region, start, end = period
                if region not in (org.regions or []):
                    return 403, region
                return 200, summary(demand.counts(session, regions=[region], start=start,
                                                  end=end), region=region, start=start, end=end)
        try:
            status, body = await run_in_threadpool(read)
        except SQLAlchemyError:
            return fail(503, "unavailable", None)
        if status == 401:
            response = fail(401, "unauthorized", None)
            response.headers["WWW-Authenticate"] = 'Bearer realm="lotse-stats"'
            return response
        if status == 422:
            return fail(422, "invalid_query", {"fields": [body]})
        if status == 403:
            return fail(403, "forbidden_region", {"region": body})
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    return stats
