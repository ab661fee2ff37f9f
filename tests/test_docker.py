"""The Docker image and docker-compose.yml, read as files: no container engine runs here.

The image's files are worked out from the Dockerfile's COPY lines (and .dockerignore, if there
is one); every file the build reads must be among them, and the build's `lotse` commands must
run on those files alone. docker-compose.yml trusts forwarded addresses from its proxy only and
lets a Prometheus on its network read /metrics (issue 14).
"""

from __future__ import annotations

import fnmatch
import ipaddress
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from bot import crisis_model
from bot.metrics_access import allowed_networks
from bot.proxies import trusted_proxies
from nlu.yaml_text import load_yaml

ROOT = Path(__file__).resolve().parents[1]
IMAGE_ROOT = PurePosixPath("/")


@dataclass
class Image:
    """What a Dockerfile puts together: its files (image path → file of the build context), the
    commands it runs (each with its working directory) and its ENV settings."""

    files: dict[PurePosixPath, Path] = field(default_factory=dict)
    runs: list[tuple[PurePosixPath, str]] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)


def instructions(text: str) -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (NAME, arguments), continuation lines joined."""
    found, current = [], ""
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):  # also inside a continuation
            continue
        current += line.rstrip()
        if current.endswith("\\"):
            current = current[:-1] + " "
            continue
        name, _, args = current.strip().partition(" ")
        found.append((name.upper(), args.strip()))
        current = ""
    return found


def ignore_rules(context: Path) -> list[tuple[bool, str]]:
    """.dockerignore's patterns as (excludes, pattern), in order (the last match wins)."""
    path = context / ".dockerignore"
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    rules = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return [(not rule.startswith("!"), rule.lstrip("!").strip("/")) for rule in rules]


def ignored(relative: str, rules: list[tuple[bool, str]]) -> bool:
    parts = relative.split("/")
    result = False
    for excludes, pattern in rules:  # a pattern that matches a folder covers what is in it
        if any(fnmatch.fnmatchcase("/".join(parts[:n]), pattern) for n in range(1, len(parts) + 1)):
            result = excludes
    return result


def read_image(context: Path = ROOT) -> Image:
    """The image the Dockerfile in `context` builds, as far as COPY, WORKDIR, ENV and RUN go."""
    image, workdir = Image(), IMAGE_ROOT
    rules = ignore_rules(context)
    for name, args in instructions((context / "Dockerfile").read_text("utf-8")):
        if name == "WORKDIR":
            workdir = workdir / args
        elif name == "ENV":
            for word in shlex.split(args):
                key, _, value = word.partition("=")
                image.env[key] = value
        elif name == "RUN":
            image.runs.append((workdir, args))
        elif name in ("COPY", "ADD"):
            flags = re.match(r"((?:--\S+\s+)*)(.*)", args, re.S)
            assert flags is not None
            assert "--from" not in flags[1], "a multi-stage build needs this test extended"
            words = json.loads(flags[2]) if flags[2].startswith("[") else shlex.split(flags[2])
            *sources, dest = words
            target = workdir / dest
            into_folder = dest.endswith("/") or dest in (".", "./") or len(sources) > 1
            for source in sources:
                matches = [context] if source in (".", "./") else sorted(context.glob(source))
                matches = [m for m in matches if not ignored(m.relative_to(context).as_posix(), rules)
                           or m == context]
                assert matches, f"{name} {source}: nothing in the build context matches"
                for match in matches:
                    if match.is_dir():
                        for file in sorted(match.rglob("*")):
                            if file.is_file() and not ignored(file.relative_to(context).as_posix(), rules):
                                image.files[target / file.relative_to(match).as_posix()] = file
                    else:
                        into = into_folder or any(c in source for c in "*?[")
                        image.files[target / match.name if into else target] = match
    return image


def app_root(image: Image) -> PurePosixPath:
    """Where the project lies in the image (bot.crisis_model.ROOT there)."""
    return next(path for path, file in image.files.items()
                if file == ROOT / "bot" / "crisis_model.py").parents[1]


def read_by_the_build() -> list[Path]:
    """Files the build reads: what `pip install -e .` packages, and the crisis net's training data."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = project["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = [path for path in ROOT.iterdir()
                if (path / "__init__.py").exists() and any(fnmatch.fnmatch(path.name, p) for p in patterns)]
    assert {p.name for p in packages} >= {"bot", "nlu", "matching"}
    package_files = [file for package in packages for file in package.rglob("*")
                     if file.is_file() and "__pycache__" not in file.parts]
    return [ROOT / "pyproject.toml", ROOT / project["project"]["readme"], *package_files,
            *crisis_model.training_files(ROOT)]


def test_the_image_holds_every_file_its_build_reads() -> None:
    image = read_image()
    app = app_root(image)
    needed = read_by_the_build()
    assert set(crisis_model.training_files(ROOT)) <= set(needed)
    missing = [str(path.relative_to(ROOT)) for path in needed
               if image.files.get(app / path.relative_to(ROOT).as_posix()) != path]
    assert not missing, f"the Dockerfile does not COPY {missing} to where the build reads them"


def test_the_builds_lotse_commands_run_on_the_copied_files_alone(tmp_path: Path) -> None:
    # the image's files in a folder of their own: a file the Dockerfile forgot is missing there
    image = read_image()
    tree = tmp_path / "image"
    for path, file in image.files.items():
        copy = tree / path.relative_to(IMAGE_ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, copy)
    inside = {name: str(tree / PurePosixPath(value).relative_to(IMAGE_ROOT)) if value.startswith("/") else value
              for name, value in image.env.items()}
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("LOTSE_", "PYTHON"))}
    env.update(inside, HOME=str(tmp_path / "home"))
    commands = [(workdir, shlex.split(part)) for workdir, run in image.runs
                for part in run.split("&&") if part.split()[:1] == ["lotse"]]
    assert commands, "the build runs no lotse command any more: nothing to check here"
    for workdir, words in commands:
        cwd = tree / workdir.relative_to(IMAGE_ROOT)
        found = subprocess.run([sys.executable, "-c", "import bot.cli; print(bot.cli.__file__)"],
                               cwd=cwd, env=env, capture_output=True, text=True, check=True)
        assert Path(found.stdout.strip()).is_relative_to(tree)  # the copy, not this checkout
        done = subprocess.run([sys.executable, "-m", "bot.cli", *words[1:]], cwd=cwd, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{' '.join(words)} fails in the image:\n{done.stderr[-3000:]}"
    # the net was fitted from the very files of this checkout's tuning sets
    cache = Path(inside["LOTSE_CACHE_DIR"])
    assert [p.name for p in cache.glob("*.npz")] == [f"crisis-net-{crisis_model.data_hash(ROOT)}.npz"]


def test_compose_trusts_forwarded_addresses_from_its_proxy_only_and_lets_its_network_scrape() -> None:
    compose = load_yaml((ROOT / "docker-compose.yml").read_text("utf-8"))
    ipam = compose["networks"]["default"]["ipam"]["config"][0]
    subnet, ip_range = ipaddress.IPv4Network(ipam["subnet"]), ipaddress.IPv4Network(ipam["ip_range"])
    proxy = ipaddress.ip_address(compose["services"]["proxy"]["networks"]["default"]["ipv4_address"])
    environment = compose["services"]["lotse"]["environment"]
    trusted = [ipaddress.ip_network(entry) for entry in trusted_proxies(environment["LOTSE_TRUSTED_PROXIES"])]
    assert trusted and all(network.num_addresses == 1 for network in trusted)  # no whole network
    assert [network.network_address for network in trusted] == [proxy] and proxy in subnet
    # the containers' own addresses come from a range that leaves the proxy's address free
    assert ip_range.subnet_of(subnet) and proxy not in ip_range
    scrapers = allowed_networks(environment["LOTSE_METRICS_ALLOW"])
    assert any(isinstance(network, ipaddress.IPv4Network) and subnet.subnet_of(network) for network in scrapers)
    assert all(network.is_private for network in scrapers)  # nothing from outside
