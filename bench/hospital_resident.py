"""Run the `matching` package's HospitalResident on an instance read from stdin (JSON).

Runs in its own virtualenv (`bench.internships` creates it under ~/.cache/lotse): the PyPI
package's top-level name `matching` is the same as ours, so it is never installed into the
project's environment. Run as a script (`python bench/hospital_resident.py`), so that
`import matching` finds the PyPI package, not the project's folder.

Input: {"residents": {id: [place, …]}, "hospitals": {place: [id, …]}, "capacities": {place: n}}
Output: {"seconds": float, "assignments": {id: place}}
"""

import json
import sys
import time


def main() -> None:
    data = json.load(sys.stdin)
    # the package recurses once per resident; the default limit of 1,000 is far too low
    sys.setrecursionlimit(1_000_000)
    from matching.games import HospitalResident

    started = time.perf_counter()
    game = HospitalResident.create_from_dictionaries(
        data["residents"], data["hospitals"], data["capacities"])
    solution = game.solve(optimal="resident")
    seconds = time.perf_counter() - started
    assignments = {resident.name: hospital.name for hospital, residents in solution.items()
                   for resident in residents}
    json.dump({"seconds": seconds, "assignments": assignments}, sys.stdout)


if __name__ == "__main__":
    main()
