"""Train and run the Rasa NLU server from its own Python 3.10 virtualenv.

Rasa 3.6 needs Python < 3.11 and pins libraries the app has outgrown, so it never enters
the app's environment. This module only prepares files and starts subprocesses:

* `ensure_venv()` creates (once) a virtualenv with `rasa==3.6.21` under the cache folder
  (`LOTSE_CACHE_DIR`, default `~/.cache/lotse`), pinned by `nlu/rasa/constraints.txt`;
* `build_training_dir()` writes what `rasa train nlu` reads: the pipeline, the training
  examples of `nlu/data/`, and lookup tables derived from the project's reference data
  (places from the postal-code list, occupations from the BA list, ESCO and our youth words);
* `train()` trains a model, or reuses the cached one when nothing it depends on changed;
* `start_server()` runs `rasa run --enable-api` on 127.0.0.1 with a token.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

RASA_VERSION = "3.6.21"
HERE = Path(__file__).resolve().parent
RASA_DIR = HERE / "rasa"
NLU_DATA = HERE / "data"
CONFIG = RASA_DIR / "config.yml"
CONSTRAINTS = RASA_DIR / "constraints.txt"
QUIET_ENV = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
             "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "PYTHONWARNINGS": "ignore",
             "TF_ENABLE_ONEDNN_OPTS": "0"}
# The lookup tables become one big regex each in Rasa's RegexFeaturizer, scanned for every
# message: ~14,000 places and ~13,000 occupations cost ~17 ms a parse. Occupations: the
# BA's one-word titles of up to 14 letters (Bäcker, Friseurin, Mechatroniker) and ESCO's
# preferred labels of up to two words; longer official titles are not how young people write.
MAX_BA_TITLE_CHARS = 14
MAX_ESCO_WORDS = 2


class RasaSetupError(RuntimeError):
    """Rasa cannot be installed, trained or started here (the message says why)."""


def cache_dir() -> Path:
    return Path(os.environ.get("LOTSE_CACHE_DIR") or Path.home() / ".cache" / "lotse")


@contextlib.contextmanager
def _exclusive(name: str) -> Iterator[None]:
    """One process at a time installs or trains (parallel test runs share the cache)."""
    cache_dir().mkdir(parents=True, exist_ok=True)
    with (cache_dir() / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def find_python310() -> str | None:
    """A Python 3.10 interpreter: $LOTSE_PYTHON310, python3.10 on PATH, or a pyenv install."""
    candidates = [os.environ.get("LOTSE_PYTHON310"), shutil.which("python3.10")]
    candidates += sorted(glob.glob(str(Path.home() / ".pyenv/versions/3.10*/bin/python3.10")),
                         reverse=True)
    candidates += ["/usr/bin/python3.10", "/usr/local/bin/python3.10"]
    for candidate in candidates:
        if not candidate or not Path(candidate).exists():
            continue
        probe = subprocess.run([candidate, "-c", "import sys, venv; print(sys.version_info[:2])"],
                               capture_output=True, text=True, check=False)
        if probe.returncode == 0 and probe.stdout.strip() == "(3, 10)":
            return candidate
    return None


def venv_dir() -> Path:
    return cache_dir() / f"rasa-{RASA_VERSION}"


def rasa_executable() -> Path:
    return venv_dir() / "bin" / "rasa"


def _run(cmd: list[str], log: Callable[[str], None], **kwargs: object) -> None:
    log("$ " + " ".join(cmd))
    result = subprocess.run(cmd, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise RasaSetupError(f"command failed with exit code {result.returncode}: {' '.join(cmd)}")


def ensure_venv(log: Callable[[str], None] = print) -> Path:
    """The Rasa virtualenv, created and installed on first use (a few minutes, once)."""
    with _exclusive("rasa-venv"):
        return _ensure_venv(log)


def _ensure_venv(log: Callable[[str], None]) -> Path:
    stamp = venv_dir() / ".lotse-installed"
    wanted = hashlib.sha256(CONSTRAINTS.read_bytes() + RASA_VERSION.encode()).hexdigest()
    if stamp.exists() and stamp.read_text().strip() == wanted and rasa_executable().exists():
        return venv_dir()
    python = find_python310()
    if python is None:
        raise RasaSetupError("Python 3.10 is needed for Rasa 3.6 (set LOTSE_PYTHON310 or install "
                             "python3.10); the app itself keeps working with the embedded NLU")
    if venv_dir().exists():
        shutil.rmtree(venv_dir())
    venv_dir().parent.mkdir(parents=True, exist_ok=True)
    log(f"creating the Rasa virtualenv in {venv_dir()} with {python}")
    _run([python, "-m", "venv", str(venv_dir())], log)
    pip = [str(venv_dir() / "bin" / "python"), "-m", "pip", "install", "--quiet",
           "--disable-pip-version-check"]
    _run([*pip, "--upgrade", "pip", "wheel", "setuptools<71"], log)
    _run([*pip, "-c", str(CONSTRAINTS), f"rasa=={RASA_VERSION}"], log)
    stamp.write_text(wanted)
    return venv_dir()


# --- training data -------------------------------------------------------------------------

def _csv_rows(path: Path) -> Iterable[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(line for line in f if not line.startswith("#"))


def _lookup_yaml(name: str, items: Iterable[str], source: str) -> str:
    unique = sorted({i.strip() for i in items if i.strip()}, key=lambda i: (i.casefold(), i))
    lines = [f"# Abgeleitet: {source}", 'version: "3.1"', "nlu:", f"- lookup: {name}",
             "  examples: |"]
    lines += [f"    - {item}" for item in unique]
    return "\n".join(lines) + "\n"


def _clean_title(title: str, max_words: int) -> str | None:
    title = re.sub(r"\s*\(.*?\)\s*", " ", title).strip()
    if not title or title == "-" or len(title.split()) > max_words or "/" in title:
        return None
    return title


def place_names(data_dir: Path) -> list[str]:
    rows = list(_csv_rows(data_dir / "orte" / "orte.csv"))
    extra = data_dir / "orte" / "zusatzorte.csv"
    if extra.exists():
        rows += list(_csv_rows(extra))
    return [r["place"].split(",")[0] for r in rows if r.get("place")]


def occupation_titles(data_dir: Path) -> list[str]:
    titles = [_clean_title(r["title"], 1) for r in _csv_rows(data_dir / "berufe" / "berufe.csv")]
    titles = [t for t in titles if t and len(t) <= MAX_BA_TITLE_CHARS]
    esco = data_dir / "berufe" / "esco_berufe.csv"
    if esco.exists():
        titles += [_clean_title(r["label"], MAX_ESCO_WORDS) for r in _csv_rows(esco)
                   if r["kind"] == "preferred"]
    return [t for t in titles if t]


def build_training_dir(data_dir: Path, target: Path, nlu_data: Path | None = None) -> str:
    """Write config.yml and data/ for `rasa train nlu` into `target`; return their hash.
    `nlu_data`: the folder of training files (default nlu/data; another for a CV fold)."""
    data = target / "data"
    if data.exists():
        shutil.rmtree(data)
    data.mkdir(parents=True)
    shutil.copy(CONFIG, target / "config.yml")
    for source in sorted((nlu_data or NLU_DATA).glob("*.yml")):
        text = source.read_text(encoding="utf-8")
        # The age regex is a feature only: a bare number is not an age without context.
        text = text.replace("- regex: age\n", "- regex: age_number\n")
        # Rasa's RegexEntityExtractor only extracts regexes named like an annotated entity:
        # named "place", every postal code becomes a place entity for certain (next to DIET's).
        text = text.replace("- regex: postal_code\n", "- regex: place\n")
        (data / source.name).write_text(text, encoding="utf-8")
    (data / "lookup_place.yml").write_text(_lookup_yaml(
        "place", place_names(data_dir), "data/orte (GeoNames, CC BY 4.0)"), encoding="utf-8")
    (data / "lookup_occupation_titles.yml").write_text(_lookup_yaml(
        "occupation", occupation_titles(data_dir),
        "data/berufe (Gesamtberufsliste der BA, Stand 03.01.2019; ESCO v1.2, CC BY 4.0)"),
        encoding="utf-8")
    digest = hashlib.sha256(RASA_VERSION.encode())
    for path in sorted([target / "config.yml", *data.glob("*.yml")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def models_dir() -> Path:
    return cache_dir() / "rasa-models"


def train(data_dir: Path, *, force: bool = False, log: Callable[[str], None] = print,
          nlu_data: Path | None = None) -> Path:
    """A trained NLU model for the current data (cached by content hash)."""
    ensure_venv(log)
    with _exclusive("rasa-train"):
        return _train(data_dir, force=force, log=log, nlu_data=nlu_data)


def _train(data_dir: Path, *, force: bool, log: Callable[[str], None],
           nlu_data: Path | None = None) -> Path:
    build = cache_dir() / "rasa-build"
    build.mkdir(parents=True, exist_ok=True)
    digest = build_training_dir(data_dir, build, nlu_data)
    name = f"lotse-nlu-{digest}"
    model = models_dir() / f"{name}.tar.gz"
    if model.exists() and not force:
        log(f"model is up to date: {model}")
        return model
    models_dir().mkdir(parents=True, exist_ok=True)
    log(f"training Rasa NLU model {name} (a few minutes)")
    started = time.monotonic()
    _run([str(rasa_executable()), "train", "nlu", "--config", "config.yml", "--nlu", "data",
          "--out", str(models_dir()), "--fixed-model-name", name, "--quiet"], log,
         cwd=build, env={**os.environ, **QUIET_ENV})
    if not model.exists():
        raise RasaSetupError(f"rasa train finished but {model} is missing")
    log(f"trained in {time.monotonic() - started:.0f} s: {model}")
    return model


@dataclass
class RasaServer:
    """A running `rasa run --enable-api` process."""

    process: subprocess.Popen[bytes]
    url: str
    token: str

    def wait_ready(self, timeout: float = 600.0) -> None:
        """Block until the model is loaded and parses (or fail with the server's exit)."""
        deadline = time.monotonic() + timeout
        with httpx.Client(base_url=self.url, params={"token": self.token}, timeout=5) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RasaSetupError(f"rasa run exited with code {self.process.returncode}")
                try:
                    r = client.post("/model/parse", json={"text": "hallo"})
                    if r.status_code == 200 and r.json().get("intent"):
                        return
                except httpx.HTTPError:
                    pass
                time.sleep(0.5)
        raise RasaSetupError(f"Rasa did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(model: Path, *, port: int = 5005, token: str, host: str = "127.0.0.1",
                 log_file: Path | None = None) -> RasaServer:
    """Start Rasa's HTTP API for `model` (NLU only) on host:port, protected by `token`."""
    if not token:
        raise RasaSetupError("a token is required (LOTSE_RASA_TOKEN)")
    cmd = [str(rasa_executable()), "run", "--enable-api", "--model", str(model),
           "--interface", host, "--port", str(port), f"--auth-token={token}"]
    out = log_file.open("ab") if log_file else subprocess.DEVNULL
    process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                               env={**os.environ, **QUIET_ENV}, cwd=cache_dir())
    return RasaServer(process=process, url=f"http://{host}:{port}", token=token)


if __name__ == "__main__":  # pragma: no cover - `python -m nlu.rasa_server DATA_DIR`
    train(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "data")
