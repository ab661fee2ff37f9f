"""The `lotse` command line."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from bot.logs import configure_logging, uvicorn_log_config
from bot.settings import Settings, get_settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


log = logging.getLogger("lotse.cli")


@click.group(help="Lotse – ein Chat-Assistent für den Weg von der Schule in den Beruf.")
def main() -> None:
    # plain lines or JSON (LOTSE_LOG_FORMAT); `serve` hands uvicorn the same configuration for
    # its own loggers and for every worker process (bot/logs.py)
    configure_logging()


WORKER_POLLING = "LOTSE_SERVE_TELEGRAM_POLLING"  # how `serve` tells its worker processes
WORKER_MIGRATE = "LOTSE_SERVE_MIGRATE"  # … and that they migrate themselves (database down at start)


@main.command(help="Start the whole service (applies pending database migrations first).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--telegram-polling", is_flag=True,
              help="fetch Telegram updates by polling (no public URL needed) instead of the webhook")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="processes sharing the port (uvicorn workers); more than 1 needs PostgreSQL")
def serve(host: str, port: int, telegram_polling: bool, workers: int) -> None:
    import uvicorn

    from bot.bootstrap import build_app

    settings = get_settings()
    if workers > 1:
        _serve_workers(settings, host, port, workers, telegram_polling)
        return
    app = build_app(settings, telegram_polling=telegram_polling)
    # log lines, not plain text: with LOTSE_LOG_FORMAT=json every line of `serve` is JSON
    if settings.telegram_token is None:
        log.info("Telegram: no LOTSE_TELEGRAM_TOKEN set, running without Telegram.")
    elif telegram_polling or not settings.telegram_webhook_url:
        log.info("Telegram: polling for updates (connecting in the background).")
    else:
        log.info("Telegram: webhook %s (POST /telegram/webhook).", settings.telegram_webhook_url)
    log.info("Lotse läuft auf http://%s:%d/", host, port)
    from bot.proxies import uvicorn_proxy_options

    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False,
                log_config=uvicorn_log_config(), **uvicorn_proxy_options(settings.trusted_proxies))


def _serve_workers(settings: Settings, host: str, port: int, workers: int, telegram_polling: bool) -> None:
    """`serve --workers N`: migrate once, then N uvicorn worker processes on one socket (a
    worker that dies is started again by uvicorn's supervisor). With the database down at
    start the workers start anyway – crisis help and "gleich wieder da" – and each one's
    database watch applies the migrations when it answers (one at a time: an advisory lock)."""
    import os

    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from bot.metrics import count_across_workers
    from bot.proxies import uvicorn_proxy_options
    from bot.storage.database import make_engine, upgrade

    url = settings.sqlalchemy_url
    if not url.startswith("postgresql"):
        raise click.ClickException(
            f"--workers {workers} needs PostgreSQL: SQLite lets one process write at a time. "
            "Set LOTSE_DATABASE_URL=postgresql+psycopg://… or start with --workers 1.")
    engine = make_engine(url)
    migrated = True
    try:
        upgrade(engine)
    except (SQLAlchemyError, OSError) as error:
        migrated = False
        log.warning("Datenbank nicht erreichbar (%s): die Prozesse starten trotzdem und holen die "
                    "Migrationen nach, sobald sie antwortet.", type(error).__name__)
    finally:
        engine.dispose()
    os.environ[WORKER_POLLING] = "1" if telegram_polling else ""
    os.environ[WORKER_MIGRATE] = "" if migrated else "1"
    count_across_workers()  # /metrics adds up every worker's counts (a fresh directory, gone at exit)
    log.info("Lotse läuft auf http://%s:%d/ mit %d Prozessen", host, port, workers)
    # the same proxy trust as one process: X-Forwarded-For only from LOTSE_TRUSTED_PROXIES; the
    # same log lines: uvicorn applies log_config in each worker before it imports worker_app
    uvicorn.run("bot.cli:worker_app", factory=True, host=host, port=port, workers=workers,
                log_level="info", access_log=False, log_config=uvicorn_log_config(),
                **uvicorn_proxy_options(settings.trusted_proxies))


def worker_app() -> object:
    """The app of one `serve --workers N` process (the supervisor applied the migrations,
    or – with the database down at start – the process's database watch will)."""
    import os

    from bot.bootstrap import build_app

    # the logging of `main()`: under `serve` uvicorn has applied it as log_config already;
    # this covers another runner that imports worker_app
    configure_logging()
    return build_app(get_settings(), migrate=os.environ.get(WORKER_MIGRATE) == "1",
                     telegram_polling=os.environ.get(WORKER_POLLING) == "1")


@main.group(help="Telegram commands.")
def telegram() -> None:
    pass


@telegram.command("set-webhook", help="Register LOTSE_TELEGRAM_WEBHOOK_URL (or --url) with "
                                      "Telegram, with the secret token and the command menu.")
@click.option("--url", default=None, help="public URL of POST /telegram/webhook")
def telegram_set_webhook(url: str | None) -> None:
    import asyncio

    from telegram.error import BadRequest, InvalidToken, TelegramError

    from bot.bootstrap import telegram_secret_token
    from bot.telegram.channel import ALLOWED_UPDATES, build_application, set_command_menus

    settings = get_settings()
    url = url or settings.telegram_webhook_url
    if settings.telegram_token is None:
        raise click.ClickException("LOTSE_TELEGRAM_TOKEN is not set")
    if not url:
        raise click.ClickException("set LOTSE_TELEGRAM_WEBHOOK_URL or pass --url")
    application = build_application(settings.telegram_token.get_secret_value(),
                                    api_url=settings.telegram_api_url)

    async def register() -> None:
        async with application:
            await set_command_menus(application.bot)
            await application.bot.set_webhook(url, secret_token=telegram_secret_token(settings),
                                              allowed_updates=list(ALLOWED_UPDATES))

    try:
        asyncio.run(register())
    except InvalidToken as exc:
        raise click.ClickException("Telegram rejected LOTSE_TELEGRAM_TOKEN") from exc
    except BadRequest as exc:  # Telegram's own words, e.g. about the URL
        raise click.ClickException(f"Telegram refused: {exc.message}") from exc
    except TelegramError as exc:  # only the kind: a network error's text may hold the URL
        raise click.ClickException(f"Telegram not reachable ({type(exc).__name__})") from exc
    click.echo(f"webhook registered: {url}")


def _sessions() -> sessionmaker[Session]:
    """Sessions of the configured database, migrated first (for the admin commands)."""
    from bot.storage.database import make_engine, make_sessionmaker, upgrade

    engine = make_engine(get_settings().sqlalchemy_url)
    upgrade(engine)
    return make_sessionmaker(engine)


@main.group(help="Database commands.")
def db() -> None:
    pass


@db.command("upgrade", help="Apply pending database migrations.")
def db_upgrade() -> None:
    from bot.storage.database import make_engine, upgrade

    upgrade(make_engine(get_settings().sqlalchemy_url))
    click.echo("database is up to date")


@main.group(help="Data retention commands.")
def retention() -> None:
    pass


@retention.command("run", help="Delete conversations older than LOTSE_RETENTION_DAYS now.")
def retention_run() -> None:
    from bot.bootstrap import build_lotse

    settings = get_settings()
    deleted = build_lotse(settings).purge_expired()
    click.echo(f"{deleted} conversations older than {settings.retention_days} days deleted")


@main.group(help="Anonymous demand statistics for the regional networks (docs/statistics.md).")
def stats() -> None:
    pass


@stats.command("export", help="One row per day × need with its count (counts below five "
                              "suppressed), as CSV or XLSX.")
@click.option("--region", required=True, help="Kreis key, e.g. 15085 (or 'none': place unknown)")
@click.option("--from", "start", required=True, help="first day, YYYY-MM-DD")
@click.option("--to", "end", required=True, help="last day, YYYY-MM-DD")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default="csv",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="file to write (default: CSV on standard output; XLSX needs a file)")
def stats_export(region: str, start: str, end: str, fmt: str, output: Path | None) -> None:
    from datetime import date

    from bot.stats.export import need_rows, to_csv, to_xlsx
    from bot.storage import demand

    if not ((region.isdigit() and len(region) == 5) or region == "none"):
        raise click.BadParameter("a Kreis key has five digits, e.g. 15085", param_hint="--region")
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError as exc:
        raise click.BadParameter("a day is written YYYY-MM-DD, e.g. 2026-11-30") from exc
    if last < first:
        raise click.BadParameter("--to is before --from")
    if fmt == "xlsx" and output is None:
        raise click.BadParameter("XLSX is written to a file: add --output FILE.xlsx")
    with _sessions()() as session:
        rows = need_rows(demand.counts(session, regions=[region], start=first, end=last,
                                       dimensions=["need"]))
    if fmt == "csv":
        text = to_csv(rows)
        if output is None:
            click.echo(text, nl=False)
        else:
            output.write_text(text, encoding="utf-8")
    else:
        assert output is not None
        output.write_bytes(to_xlsx(rows))
    if output is not None:
        click.echo(f"{len(rows)} rows written to {output}", err=True)


@stats.command("token", help="Issue a new read-only token for GET /api/stats for an "
                             "organisation (its old token stops working); printed once.")
@click.option("--org", "org_id", required=True, help="organisation id (lotse orgs list)")
@click.option("--revoke", is_flag=True, help="withdraw the organisation's token instead")
def stats_token(org_id: str, revoke: bool) -> None:
    from bot.storage import stats_tokens

    with _sessions().begin() as session:
        if revoke:
            done = stats_tokens.revoke(session, org_id)
            click.echo("token withdrawn" if done else "the organisation had no token")
            return
        try:
            token = stats_tokens.issue(session, org_id)
        except LookupError:
            raise click.BadParameter(f"no organisation {org_id!r} (see lotse orgs list)",
                                     param_hint="--org") from None
    click.echo(token)


@main.group(help="Organisations that take handoffs from the chat.")
def orgs() -> None:
    pass


@orgs.command("add", help="Add (or update) an organisation and the catalogue offers it takes "
                          "handoffs for.")
@click.option("--id", "org_id", required=True, help="short id, e.g. jba-harz")
@click.option("--name", required=True, help="name shown to young people and counsellors")
@click.option("--offer", "offers", multiple=True, help="catalogue offer id (repeatable)")
@click.option("--response-days", type=click.IntRange(1, 30), default=None,
              help="promised answer time in working days (told to the young person)")
@click.option("--notify-email", default=None, help="address told about new handoffs")
@click.option("--notify-webhook", default=None, help="URL told about new handoffs")
@click.option("--region", "regions", multiple=True,
              help="Kreis key whose figures its accounts see: internships at /lotsen, demand "
                   "at /netzwerk and /api/stats (repeatable)")
def orgs_add(org_id: str, name: str, offers: tuple[str, ...], response_days: int | None,
             notify_email: str | None, notify_webhook: str | None,
             regions: tuple[str, ...]) -> None:
    import re

    from bot.bootstrap import cached_reference
    from bot.storage.tables import OrganisationRow

    settings = get_settings()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,62}", org_id):
        raise click.ClickException("--id: lowercase letters, digits and '-' only")
    known = {o.id for o in cached_reference(settings.data_dir).offers}
    unknown = [o for o in offers if o not in known]
    if unknown:
        raise click.ClickException(f"unknown offer id(s): {', '.join(unknown)} "
                                   "(see data/angebote/*.yaml)")
    bad = [r for r in regions if not (r.isdigit() and len(r) == 5)]
    if bad:
        raise click.ClickException(f"--region: a Kreis key has five digits, e.g. 15085 "
                                   f"(not {', '.join(bad)})")
    with _sessions().begin() as session:
        row = session.get(OrganisationRow, org_id) or OrganisationRow(id=org_id)
        row.name, row.offer_ids, row.response_working_days = name, list(offers), response_days
        row.notify_email, row.notify_webhook = notify_email, notify_webhook
        row.regions = sorted(set(regions))
        session.add(row)
    click.echo(f"organisation {org_id} takes handoffs for {len(offers)} offer(s)"
               + (f", coordinates internships in {', '.join(sorted(set(regions)))}"
                  if regions else ""))


@orgs.command("list", help="List organisations and the offers they take handoffs for.")
def orgs_list() -> None:
    from sqlalchemy import select

    from bot.storage.tables import OrganisationRow

    with _sessions().begin() as session:
        for row in session.scalars(select(OrganisationRow).order_by(OrganisationRow.id)):
            click.echo(f"{row.id}\t{row.name}\t{', '.join(row.offer_ids or [])}")


def _read_password(from_stdin: bool, label: str) -> str:
    """A password from standard input (one line), or asked twice with hidden input."""
    from bot.storage.accounts import MIN_PASSWORD

    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(click.prompt(f"{label} (mindestens {MIN_PASSWORD} Zeichen)", hide_input=True,
                            confirmation_prompt=True))


@main.group(help="Accounts: counsellors (/berater), coordinators (/lotsen), admins.")
def users() -> None:
    pass


@users.command("add", help="Add a counsellor (or --admin) to an organisation; asks for the "
                           "password twice (no default passwords).")
@click.option("--org", "org_id", required=True, help="organisation id (lotse orgs list)")
@click.option("--email", required=True)
@click.option("--admin", is_flag=True, help="may manage the organisation's accounts")
@click.option("--coordinator", is_flag=True,
              help="an internship coordinator (/lotsen) instead of a counsellor (/berater)")
@click.option("--network", is_flag=True,
              help="a network coordinator (/netzwerk: the anonymous statistics of the "
                   "organisation's Kreise) instead of a counsellor")
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def users_add(org_id: str, email: str, admin: bool, coordinator: bool, network: bool,
              password_stdin: bool) -> None:
    from bot.storage.accounts import AccountError, AccountRepository

    if admin + coordinator + network > 1:
        raise click.UsageError("only one of --admin, --coordinator, --network")
    password = _read_password(password_stdin, "Passwort")
    try:
        with _sessions().begin() as session:
            user = AccountRepository(session).add_user(
                org_id=org_id, email=email, password=password,
                role="admin" if admin else "coordinator" if coordinator
                else "network" if network else "counsellor")
            click.echo(f"{user.email} ({user.role}) added to {org_id}")
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc


@users.command("list", help="List the accounts of all organisations.")
def users_list() -> None:
    from sqlalchemy import select

    from bot.storage.tables import UserRow

    with _sessions().begin() as session:
        for u in session.scalars(select(UserRow).order_by(UserRow.org_id, UserRow.email)):
            click.echo(f"{u.org_id}\t{u.email}\t{u.role}\t{'active' if u.active else 'blocked'}")


@users.command("deactivate", help="Block an account (it can no longer log in).")
@click.option("--email", required=True)
def users_deactivate(email: str) -> None:
    from bot.storage.accounts import AccountRepository

    with _sessions().begin() as session:
        repo = AccountRepository(session)
        user = repo.by_email(email)
        if user is None:
            raise click.ClickException(f"no account {email}")
        repo.set_active(user, False)
    click.echo(f"{email} blocked")


@users.command("set-password", help="Set a new password for an account (a forgotten one); "
                                    "asks twice and ends the account's open sessions.")
@click.option("--email", required=True)
@click.option("--password-stdin", is_flag=True, help="read the password from standard input")
def users_set_password(email: str, password_stdin: bool) -> None:
    from datetime import UTC, datetime

    from bot.storage.accounts import AccountError, AccountRepository

    password = _read_password(password_stdin, "Neues Passwort")
    try:
        with _sessions().begin() as session:
            repo = AccountRepository(session)
            user = repo.by_email(email)
            if user is None:
                raise click.ClickException(f"no account {email}")
            repo.set_password(user, password, now=datetime.now(UTC))
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"new password set for {email}; its open sessions are ended")


@main.group(help="Notifications to organisations about new handoffs.")
def notifications() -> None:
    pass


@notifications.command("run", help="Run the internship confirmation loop once and send every "
                                   "due notification (handoffs, placement links); lotse serve "
                                   "does this every LOTSE_NOTIFY_INTERVAL_SECONDS.")
def notifications_run() -> None:
    from bot.bootstrap import build_notifier

    settings = get_settings()
    sent = build_notifier(settings, _sessions()).send_due()
    click.echo(f"{sent} notifications sent")


@main.group(help="Offer catalogue commands.")
def catalogue() -> None:
    pass


@catalogue.command("check", help="Validate every file in data/angebote/ (exit 1 on errors) and "
                   "warn about sources checked more than 12 months ago, regional offers without a "
                   "direct way in and phone numbers phones cannot dial.")
@click.option("--as-of", "as_of", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="judge the age of sources as on this day (YYYY-MM-DD; default today)")
@click.option("--strict", is_flag=True, help="exit 1 on warnings too")
def catalogue_check(as_of: datetime | None, strict: bool) -> None:
    from bot.catalogue import load_catalogue, offer_locations
    from bot.catalogue_audit import audit

    folder = get_settings().data_dir / "angebote"
    offers, errors = load_catalogue(folder)
    for problem in errors:
        click.echo(f"{problem.where}: {problem.message}", err=True)
    findings = audit(offers, today=as_of.date() if as_of else date.today())
    where = offer_locations(folder) if findings else {}
    for finding in findings:
        about = f"offer {finding.offer_id}: " if finding.offer_id in where else ""
        click.echo(f"{where.get(finding.offer_id, folder)}: warning: {about}{finding.message}",
                   err=True)
    regions = sorted({o.region for o in offers})
    click.echo(f"{len(offers)} offers in {len(regions)} regions ({', '.join(regions)}); "
               f"{len(errors)} errors, {len(findings)} warnings")
    sys.exit(1 if errors or (strict and findings) else 0)


@catalogue.command("report", help="Print per region how many offers there are and how many have "
                   "a phone, opening hours, a direct way in and a source checked in the last year.")
@click.option("--as-of", "as_of", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="count sources checked in the 12 months before this day (default today)")
@click.option("--markdown", is_flag=True, help="a Markdown table (for docs and issues)")
def catalogue_report(as_of: datetime | None, markdown: bool) -> None:
    from bot.catalogue import REGIONS, load_catalogue
    from bot.catalogue_audit import coverage, coverage_table

    offers, errors = load_catalogue(get_settings().data_dir / "angebote")
    if errors:
        click.echo(f"{len(errors)} catalogue errors; `lotse catalogue check` lists them "
                   "(the report counts the valid offers only)", err=True)
    today = as_of.date() if as_of else date.today()
    click.echo(coverage_table(coverage(offers, today=today), REGIONS, markdown=markdown))


@main.command(help="Route a situation profile (JSON file, or - for stdin) to offers.")
@click.argument("profile", type=click.File("r", encoding="utf-8"))
def match(profile: TextIO) -> None:
    from pydantic import ValidationError

    from bot.bootstrap import cached_reference
    from bot.internships_match import stored_internships, wants_internship
    from bot.routing_api import ProfileIn, match_profile

    try:
        payload = json.load(profile)
        many = isinstance(payload, list)
        profiles = [ProfileIn.model_validate(p) for p in (payload if many else [payload])]
    except (json.JSONDecodeError, ValidationError) as exc:
        raise click.ClickException(f"invalid profile: {exc}") from exc
    settings = get_settings()
    ref = cached_reference(settings.data_dir)
    finder = None
    if any(wants_internship(p) for p in profiles):  # only then is the database needed
        finder = stored_internships(_sessions(), settings.data_dir)
    results = [match_profile(p, ref.offers, ref.places, internships=finder) for p in profiles]
    click.echo(json.dumps(results if many else results[0], ensure_ascii=False, indent=2))


@main.group(help="Internship places and assignment rounds (Praktikalotsen).")
def internships() -> None:
    pass


@internships.command("import", help="Import companies, places or applicants from an XLSX/CSV "
                                    "FILE, or the fictional demo data with --demo.")
@click.argument("file", required=False,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--demo", is_flag=True, help="load the fictional demo data of all five regions")
@click.option("--dry-run", is_flag=True, help="check everything, save nothing")
def internships_import(file: Path | None, demo: bool, dry_run: bool) -> None:
    from bot.internship_service import import_demo

    if demo == (file is not None):
        raise click.UsageError("give either FILE or --demo")
    if file is not None:
        _import_file(file, dry_run=dry_run)
        return
    session = _sessions()()
    try:
        with session.begin():
            counts = import_demo(session)
            if dry_run:
                session.rollback()
    finally:
        session.close()
    click.echo(f"demo data {'checked (dry run, nothing saved)' if dry_run else 'imported'}: "
               f"{counts.text()}")


def _import_file(file: Path, *, dry_run: bool) -> None:
    """Read, check and (unless a dry run or any error) save one file, in one transaction."""
    from bot.bootstrap import cached_reference
    from bot.internship_service import import_file
    from bot.internships import TableError

    data_dir = get_settings().data_dir
    session = _sessions()()
    try:
        with session.begin():
            result = import_file(session, file, places=cached_reference(data_dir).places,
                                 data_dir=data_dir, dry_run=dry_run)
    except TableError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        session.close()
    click.echo(result.report)
    if not result.ok:
        raise click.ClickException("nothing imported: the file has errors (see above)")
    click.echo("checked (dry run, nothing saved)" if dry_run else f"imported: {result.counts.text()}")


@internships.command("allocate", help="Assign the round's applicants to places (all stored, "
                                      "or of one region) and print its report.")
@click.option("--round", "round_id", required=True, help="round id, e.g. harz-2027-sommer")
@click.option("--region", default=None, help="only applicants and places of this Kreis key")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@click.option("--ranks", "ranks_file", default=None,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="XLSX/CSV with the companies' rankings (Platz-ID, Code, optional Rang): "
                   "the round becomes a deferred acceptance")
def internships_allocate(round_id: str, region: str | None, as_json: bool,
                         ranks_file: Path | None) -> None:
    from bot.internship_service import allocate_round, report_text
    from bot.internships import TableError
    from bot.internships.rankings import read_rankings

    if region is not None and not (region.isdigit() and len(region) == 5):
        raise click.BadParameter("a Kreis key has five digits, e.g. 15085", param_hint="--region")
    try:
        ranks = read_rankings(ranks_file) if ranks_file is not None else None
        with _sessions().begin() as session:
            result = allocate_round(session, round_id, region=region, place_prefs=ranks)
    except (ValueError, TableError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report_text(result))


@internships.command("export", help="Write companies, places, applicants and a round's "
                                    "assignments to FILE (.xlsx: a sheet each; .csv: one kind).")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--what", "kinds", multiple=True,
              type=click.Choice(["companies", "places", "applicants", "assignments"]),
              help="what to write (repeatable); default: everything there is")
@click.option("--round", "round_id", default=None,
              help="only this round's applicants, and its assignments")
@click.option("--region", default=None, help="only this Kreis key, e.g. 15085")
def internships_export(file: Path, kinds: tuple[str, ...], round_id: str | None,
                       region: str | None) -> None:
    from bot.bootstrap import cached_reference
    from bot.internship_service import export_tables

    if region is not None and not (region.isdigit() and len(region) == 5):
        raise click.BadParameter("a Kreis key has five digits, e.g. 15085", param_hint="--region")
    chosen = kinds or (("companies", "places", "applicants")
                       + (("assignments",) if round_id else ()))
    try:
        with _sessions().begin() as session:
            counts = export_tables(session, file, kinds=chosen, round_id=round_id,
                                   region=region,
                                   places=cached_reference(get_settings().data_dir).places)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot write {file}: {exc.strerror or exc}") from exc
    click.echo(f"written to {file}: {counts.text()}")


@internships.command("delete", help="Delete one applicant by CODE with everything attached "
                                    "(contacts, placements, links, feedback, follow-ups), "
                                    "e.g. when a young person or a parent asks by phone.")
@click.argument("code")
def internships_delete(code: str) -> None:
    from bot.storage.internships import InternshipRepository

    with _sessions().begin() as session:
        found = InternshipRepository(session).delete_applicant(code, actor="cli")
    if not found:
        raise click.ClickException(f"no applicant {code}")
    click.echo(f"applicant {code} deleted with everything attached")


@main.group(help="Natural-language understanding.")
def nlu() -> None:
    pass


def _backend(name: str):  # type: ignore[no-untyped-def]
    """The backend as the app runs it: the model plus the safety layer's crisis lexicon."""
    from bot.bootstrap import cached_reference, rasa_backend
    from bot.safety import looks_like_crisis
    from nlu.crisis_rule import WithCrisisRule

    settings = get_settings()
    if name == "rasa":
        if not settings.rasa_url:
            raise click.ClickException("LOTSE_RASA_URL is not set (start Rasa with `lotse nlu serve`)")
        return WithCrisisRule(rasa_backend(settings, timeout=5.0), looks_like_crisis)
    return WithCrisisRule(cached_reference(settings.data_dir).fuzzy_backend(), looks_like_crisis)


@nlu.command("train", help="Train the Rasa NLU model (creates the Python 3.10 virtualenv once; "
             "reuses the cached model when nothing changed).")
@click.option("--force", is_flag=True, help="train even if a model for this data exists")
def nlu_train(force: bool) -> None:
    from nlu.rasa_server import RasaSetupError, train

    try:
        model = train(get_settings().data_dir, force=force, log=lambda m: click.echo(m, err=True))
    except RasaSetupError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(model))


@nlu.command("crisis-train", help="Fit the learned check-in net of the crisis check on the tuning "
             "sets and cache it (reused while the training data is unchanged); --cv prints the "
             "leave-one-set-out table.")
@click.option("--cv", is_flag=True, help="also cross-validate, leaving out one tuning set at a time")
@click.option("--sweep", is_flag=True, help="with --cv: the cross-validated rates for a range of thresholds")
def nlu_crisis_train(cv: bool, sweep: bool) -> None:
    import time

    from bot import crisis_model

    started = time.perf_counter()
    net = crisis_model.train()
    path = crisis_model.cached_path()
    crisis_model.save(net, path)
    click.echo(f"check-in net trained in {time.perf_counter() - started:.1f} s: {path}")
    if cv:
        from nlu.crisis_net_cv import fold_data, folds_at, table, threshold_table

        data = fold_data()
        click.echo(table(folds_at(data)))
        if sweep:
            click.echo("\n" + threshold_table(data, [t / 4 for t in range(-6, 7)]))


@nlu.command("serve", help="Train if needed, then run the Rasa NLU server on 127.0.0.1 with a token.")
@click.option("--port", default=5005, show_default=True, type=int)
def nlu_serve(port: int) -> None:
    import secrets

    from nlu.rasa_server import RasaSetupError, start_server, train

    settings = get_settings()
    token = settings.rasa_token.get_secret_value() if settings.rasa_token else secrets.token_urlsafe(24)
    try:
        model = train(settings.data_dir, log=lambda m: click.echo(m, err=True))
        server = start_server(model, port=port, token=token)
        server.wait_ready()
    except RasaSetupError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Rasa NLU läuft auf {server.url}. Für die App:\n"
               f"  export LOTSE_RASA_URL={server.url}\n  export LOTSE_RASA_TOKEN={token}", err=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        server.stop()


@nlu.command("report", help="Train Rasa, evaluate both backends on FILE, write a Markdown report.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                default=Path("tests/nlu/test_nlu.yml"))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("docs/nlu-report.md"), show_default=True)
@click.option("--rasa-cv/--no-rasa-cv", default=True, show_default=True,
              help="also train Rasa on four of five parts for the per-language CV table")
def nlu_report(file: Path, out: Path, rasa_cv: bool) -> None:
    from nlu.rasa_server import RasaSetupError
    from nlu.report import write_report

    try:
        write_report(file, out, data_dir=get_settings().data_dir,
                     log=lambda m: click.echo(m, err=True), rasa_cv=rasa_cv)
    except RasaSetupError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"written: {out}")


@nlu.command("parse", help="Parse one message and print the result as JSON.")
@click.argument("text")
@click.option("--backend", type=click.Choice(["fuzzy", "embedded", "rasa"]), default="fuzzy",
              show_default=True, help="fuzzy (= embedded) or rasa")
def nlu_parse(text: str, backend: str) -> None:
    from nlu.model import NluUnavailable

    try:
        result = _backend(backend).parse(text)
    except NluUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))


@nlu.command("test", help="Evaluate a Rasa-format NLU file; print a JSON report.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--backend", type=click.Choice(["fuzzy", "embedded", "rasa"]), default="fuzzy",
              show_default=True, help="fuzzy (= embedded) or rasa")
def nlu_test(file: Path, backend: str) -> None:
    from nlu.evaluate import evaluate
    from nlu.training_data import load

    report = evaluate(_backend(backend), load(file))
    click.echo(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
