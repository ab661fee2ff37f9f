"""`python -m bench.internships`: how fast and how fair the internship engine is, as a table.

A reproducible synthetic Landkreis Harz (seeded): places at real Harz postal-code coordinates
(data/orte/orte.csv, Kreis 15085) with a small jitter, occupations from the BA list, 5,000
young people with ten wishes each among the places near them. Two rounds:
- the anchor of issue 12: 1,000 places with capacities 1–8 (about 4,500 seats);
- seats ≥ 1.05 × applicants: the same with capacities 3–8 (about 5,500 seats).
Each round times `allocate` including the eligibility graph: every wish passes the hard
filters – travel, dates, readiness – and every legal rule (`LegalScreen`, `check_pair` for each
distinct pair of place and legal profile; the young people are 14–16 on the first day, spread
over the year, so birthdays fall inside internships too). Its peak Python memory
(tracemalloc; the solver's C++ memory is not in it, the process's peak RSS is printed too),
and compares with first-come-first-served and deferred acceptance (lottery company ranks) on
the same feasible wishes. Then p50/p99 of `rank_places` for one person over 5,000 places.
Nothing here fails a build: tests check behaviour, this measures.
"""

from __future__ import annotations

import csv
import json
import os
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from statistics import median, quantiles

from matching.internships.assign import (
    Allocation,
    allocate,
    deferred_acceptance,
    first_come_first_served,
)
from matching.internships.law import LegalScreen
from matching.internships.model import (
    Applicant,
    Company,
    InternshipPlace,
    Readiness,
    RuleCheck,
    Schedule,
)
from matching.internships.rank import rank_places
from matching.internships.travel import haversine_km

ROOT = Path(__file__).resolve().parent.parent
ORTE = ROOT / "data" / "orte" / "orte.csv"
HARZ = "15085"
START, END = date(2027, 3, 1), date(2027, 3, 12)
OCCUPATIONS = (  # (title, KldB 2010) from the BA Gesamtberufsliste
    ("Landwirt/in", "11102"), ("Tierpfleger/in", "11502"), ("Gärtner/in", "12102"),
    ("Tischler/in", "22342"), ("Industriemechaniker/in", "25102"),
    ("Kfz-Mechatroniker/in", "25212"), ("Bäcker/in", "29222"), ("Koch/Köchin", "29302"),
    ("Maler/in und Lackierer/in", "33212"), ("Fachkraft - Lagerlogistik", "51312"),
    ("Verkäufer/in", "62102"), ("Hotelfachmann/-frau", "63222"),
    ("Medizinische/r Fachangestellte/r", "81102"), ("Friseur/in", "82312"),
    ("Erzieher/in", "83112"),
)
SECTORS = ("crafts", "retail", "bakery", "care", "office", "agriculture", "hospitality")
READY = ("named_mentor", "step_free", "plain_language", "newcomer_experience", "short_days")


def always(applicant: Applicant, place: InternshipPlace,
           company: Company) -> tuple[bool, tuple[RuleCheck, ...]]:
    return True, ()


def harz_points() -> list[tuple[str, float, float]]:
    with ORTE.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [(r["postal_code"], float(r["lat"]), float(r["lon"]))
                for r in rows if r["kreis_key"] == HARZ]


def make_places(n: int, caps: tuple[int, int], rng: random.Random
                ) -> tuple[list[InternshipPlace], dict[str, Company]]:
    points = harz_points()
    companies: dict[str, Company] = {}
    places: list[InternshipPlace] = []
    for i in range(n):
        cid = f"c{i // 2:05d}" if rng.random() < 0.4 else f"c{i:05d}x"
        if cid not in companies:
            plz, lat, lon = rng.choice(points)
            companies[cid] = Company(
                id=cid, name=f"Beispiel-Betrieb {cid} GmbH", postal_code=plz, place="",
                region=HARZ, lat=lat + rng.uniform(-0.01, 0.01), lon=lon + rng.uniform(-0.015, 0.015),
                sector=rng.choice(SECTORS),
                readiness=tuple(Readiness(key=k, verified_by="Lotse" if rng.random() < 0.5 else "")
                                for k in READY if rng.random() < 0.3))
        title, code = rng.choice(OCCUPATIONS)
        places.append(InternshipPlace(
            id=f"p{i:05d}", company_id=cid, occupation=title, kldb=code, kind="school",
            schedule=Schedule(start_date=START, end_date=END), capacity=rng.randint(*caps),
            hazards=("machines",) if rng.random() < 0.05 else ()))
    return places, companies


def make_applicants(n: int, places: Sequence[InternshipPlace], companies: dict[str, Company],
                    rng: random.Random) -> tuple[list[Applicant], dict[str, list[str]]]:
    points = harz_points()
    where = [(p.id, companies[p.company_id].lat, companies[p.company_id].lon) for p in places]
    people: list[Applicant] = []
    prefs: dict[str, list[str]] = {}
    for i in range(n):
        _, lat, lon = rng.choice(points)
        lat, lon = lat + rng.uniform(-0.01, 0.01), lon + rng.uniform(-0.015, 0.015)
        mode = rng.choices(("transit", "bike", "car"), weights=(6, 2, 2))[0]
        groups = rng.choices(((), ("jbh",), ("foerderschule",), ("newcomer",)),
                             weights=(75, 10, 8, 7))[0]
        person = Applicant(
            id=f"a{i:05d}", birth_date=START - timedelta(days=rng.randint(14 * 365, 17 * 365 - 30)),
            land="ST", full_time_school=True,
            kind="school", available=((START, END),), lat=lat, lon=lon, region=HARZ,
            travel_mode=mode, max_travel_minutes=60 if mode == "transit" else 45,
            wishes=(rng.choice(OCCUPATIONS)[0],), priority_groups=groups)
        near = sorted(where, key=lambda w: haversine_km(lat, lon, w[1], w[2]))[:30]
        # popular places are wished more often: nearer ones first, with noise
        picked = rng.sample(near[:30], 10)
        picked.sort(key=lambda w: haversine_km(lat, lon, w[1], w[2]) * rng.uniform(0.5, 2.0))
        people.append(person)
        prefs[person.id] = [w[0] for w in picked]
    return people, prefs


def figures(alloc_like: dict[str, str], options: dict[str, tuple[str, ...]],
            people: Sequence[Applicant]) -> tuple[float, float, float]:
    """Placed share, top-3 share and the lowest priority-group parity of an assignment."""
    with_option = [a for a in people if options.get(a.id)]
    placed = [a for a in with_option if a.id in alloc_like]
    top3 = sum(options[a.id].index(alloc_like[a.id]) < 3 for a in placed)
    rates = []
    others = [a for a in with_option if not a.priority_groups]
    base = sum(a.id in alloc_like for a in others) / max(1, len(others))
    for group in ("jbh", "foerderschule", "newcomer"):
        members = [a for a in with_option if group in a.priority_groups]
        if members and base:
            rates.append(sum(a.id in alloc_like for a in members) / len(members) / base)
    return (len(placed) / max(1, len(with_option)), top3 / max(1, len(placed)),
            min(rates) if rates else 1.0)


def timed(fn: Callable[[], Allocation], runs: int = 3) -> tuple[Allocation, float, float]:
    """The result, the median seconds of `runs` runs (the first one warms the caches, like
    the other side's imports) and the peak Python memory of one more run."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, median(times), peak / 1e6


def round_rows(name: str, caps: tuple[int, int], seed: int) -> list[str]:
    rng = random.Random(seed)
    places, companies = make_places(1000, caps, rng)
    people, prefs = make_applicants(5000, places, companies, rng)
    seats = sum(p.capacity for p in places)
    screens: list[LegalScreen] = []

    def run() -> Allocation:
        screens.append(LegalScreen())
        return allocate(people, places, companies, eligible=screens[-1], preferences=prefs,
                        seed=seed)

    result, seconds, peak = timed(run)
    report = result.report(people)
    parity = min((v for v in report.parity.values() if v is not None), default=1.0)
    rows = [f"| {name}: `allocate` (min-cost flow) | {seconds:.2f} s | {peak:.0f} MB | "
            f"{report.placed_share:.1%} | {report.top3_share:.1%} | {parity:.3f} | "
            f"{report.companies_used}/{report.companies_offering} | "
            f"{len(people)} people, {seats} seats, {screens[0].computed} distinct legal checks |"]
    options = dict(result.options)
    capacities = {p.id: p.capacity for p in places}
    order = sorted(options, key=lambda _: rng.random())
    started = time.perf_counter()
    fcfs = first_come_first_served(order, options, capacities)
    fcfs_s = time.perf_counter() - started
    wishing: dict[str, list[str]] = {p.id: [] for p in places}
    for a, opts in sorted(options.items()):
        for p in opts:
            wishing[p].append(a)
    lottery = {p: sorted(ids, key=lambda _: rng.random()) for p, ids in wishing.items()}
    started = time.perf_counter()
    stable = deferred_acceptance(options, lottery, capacities)
    da_s = time.perf_counter() - started
    compared = [("first come, first served", fcfs, fcfs_s),
                ("deferred acceptance (lottery)", stable, da_s)]
    hr = hospital_resident(options, lottery, capacities)
    if isinstance(hr, str):
        rows.append(f"| {name}: `matching` HospitalResident 1.4.3 | – | – | – | – | – | – | {hr} |")
    else:
        compared.append(("`matching` HospitalResident 1.4.3 (own venv)", hr[0], hr[1]))
        rows[0] = rows[0][:-2] + f"; {hr[1] / seconds:.1f}× faster than HospitalResident |"
    for label, assignment, secs in compared:
        placed, top3, par = figures(assignment, options, people)
        used = len({result.place_company[q] for q in set(assignment.values())})
        rows.append(f"| {name}: {label} | {secs:.2f} s | – | {placed:.1%} | {top3:.1%} | "
                    f"{par:.3f} | {used}/{report.companies_offering} | same wishes |")
    return rows


HR_VENV = Path(os.environ.get("LOTSE_CACHE_DIR", Path.home() / ".cache" / "lotse")) / "bench-matching"
HR_SCRIPT = Path(__file__).with_name("hospital_resident.py")


def hospital_resident(options: dict[str, tuple[str, ...]], hospital_prefs: dict[str, list[str]],
                      capacities: dict[str, int]) -> tuple[dict[str, str], float] | str:
    """The `matching` package's HospitalResident on the same wishes, in its own virtualenv
    (created once); a sentence saying why not when it cannot run."""
    python = HR_VENV / "bin" / "python"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(HR_VENV)], check=True,
                           capture_output=True, timeout=300)
            subprocess.run([str(python), "-m", "pip", "install", "-q", "matching==1.4.3"],
                           check=True, capture_output=True, timeout=600)
        instance = {"residents": {a: list(p) for a, p in options.items() if p},
                    "hospitals": {h: ids for h, ids in hospital_prefs.items() if ids},
                    "capacities": {h: capacities[h] for h, ids in hospital_prefs.items() if ids}}
        done = subprocess.run([str(python), str(HR_SCRIPT)], input=json.dumps(instance),
                              capture_output=True, text=True, check=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"not run: {type(exc).__name__}"
    result = json.loads(done.stdout)
    return dict(result["assignments"]), float(result["seconds"])


def rank_rows(seed: int) -> list[str]:
    rng = random.Random(seed)
    places, companies = make_places(5000, (1, 8), rng)
    people, _ = make_applicants(200, places[:1000], companies, rng)
    samples = []
    for person in people:
        started = time.perf_counter()
        rank_places(person, places, companies, eligible=LegalScreen(), limit=10)
        samples.append((time.perf_counter() - started) * 1000)
    cuts = quantiles(samples, n=100, method="inclusive")
    return [f"| `rank_places`, one person over 5,000 places, every rule (200 people) | "
            f"p50 {cuts[49]:.1f} ms, p99 {cuts[98]:.1f} ms | – | – | – | – | – | target p99 ≤ 20 ms |"]


def main() -> None:
    print("| what | time | peak Python memory | placed | top-3 | parity (lowest) | "
          "companies used | note |")
    print("|---|---|---|---|---|---|---|---|")
    for row in round_rows("anchor, capacities 1–8", (1, 8), seed=12):
        print(row, flush=True)
    for row in round_rows("seats ≥ 1.05×, capacities 3–8", (3, 8), seed=13):
        print(row, flush=True)
    for row in rank_rows(seed=14):
        print(row, flush=True)
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nProcess peak RSS: {peak_rss:.0f} MB (includes OR-Tools and the generated data).")


if __name__ == "__main__":
    main()
