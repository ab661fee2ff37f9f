"""A counsellor moving a handoff on counts it: contacted (with the response time in bands),
closed; per organisation and Kreis, without the handoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from bot.storage import demand
from bot.storage.inbox import InboxRepository
from bot.storage.tables import HandoffRow, OrganisationRow

CREATED = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_contact_and_close_are_counted_with_the_time_it_took(sqlite_engine: Engine) -> None:
    with Session(sqlite_engine) as session, session.begin():
        session.add(OrganisationRow(id="org-a", name="Beratung A", offer_ids=[]))
        session.flush()
        row = HandoffRow(reference="LT-AAAAAA", sender_hash="x" * 64, org_id="org-a",
                         offer_id="o", offer_name="O", summary={"region_code": "15085"},
                         contact_method="self", created_at=CREATED)
        session.add(row)
        session.flush()
        inbox = InboxRepository(session, "org-a")
        assert inbox.set_status(row, "contacted", by="ana@a.example",
                                now=CREATED + timedelta(hours=3))
        assert inbox.set_status(row, "closed", by="ana@a.example",
                                now=CREATED + timedelta(hours=30))
        # reopened: no second response time
        assert inbox.set_status(row, "contacted", by="ana@a.example",
                                now=CREATED + timedelta(hours=40))
        found: dict[tuple[str, str], int] = {}
        for c in demand.counts(session, regions=["15085"]):  # over the days
            found[c.dimension, c.value] = found.get((c.dimension, c.value), 0) + c.count
    assert found == {("handoff", "contacted"): 2, ("handoff", "closed"): 1,
                     ("handoff_org", "org-a:contacted"): 2, ("handoff_org", "org-a:closed"): 1,
                     ("handoff_hours", "org-a:4"): 1}
