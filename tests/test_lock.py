"""The lock files pin every dependency pyproject.toml names, and this environment was installed from them."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def _pins(name: str) -> dict[str, list[tuple[str, Marker | None]]]:
    pins: dict[str, list[tuple[str, Marker | None]]] = {}
    for line in (ROOT / name).read_text().splitlines():
        m = _PIN.match(line)
        if m:
            pins.setdefault(canonicalize_name(m[1]), []).append((m[2], Marker(m[3]) if m[3] else None))
    return pins


def _project() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def _check(lock: str, requirements: list[str]) -> None:
    pins = _pins(lock)
    assert pins, f"{lock} pins nothing"
    for text in requirements:
        req = Requirement(text)
        if req.marker is not None and not req.marker.evaluate():
            continue
        versions = [v for v, marker in pins.get(canonicalize_name(req.name), []) if marker is None or marker.evaluate()]
        assert versions, f"{req.name} is in pyproject.toml but not pinned in {lock}: run 'make lock'"
        assert all(req.specifier.contains(v, prereleases=True) for v in versions), \
            f"{lock} pins {req.name}=={versions} outside {req.specifier}: run 'make lock'"


def test_runtime_lock_pins_every_runtime_dependency() -> None:
    project = _project()
    _check("requirements.lock", project["project"]["dependencies"] + project["dependency-groups"]["build"])


def test_dev_lock_pins_runtime_and_dev_dependencies() -> None:
    project = _project()
    _check("requirements-dev.lock", project["project"]["dependencies"]
           + project["project"]["optional-dependencies"]["dev"] + project["dependency-groups"]["build"])


def test_every_pin_carries_hashes() -> None:
    for lock in ("requirements.lock", "requirements-dev.lock"):
        text = (ROOT / lock).read_text()
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
        unhashed = [b.split()[0] for b in blocks if "==" in b.split("\n", 1)[0] and "--hash=sha256:" not in b]
        assert not unhashed, f"{lock}: pins without hashes: {unhashed}"


def test_this_environment_matches_the_dev_lock() -> None:
    """The suite runs on what the lock says, not on whatever a resolver picked today."""
    drift = []
    for name, entries in _pins("requirements-dev.lock").items():
        wanted = [v for v, marker in entries if marker is None or marker.evaluate()]
        if not wanted:
            continue
        try:
            have = version(name)
        except PackageNotFoundError:
            drift.append(f"{name} missing")
            continue
        if have not in wanted:
            drift.append(f"{name} {have} != {wanted[0]}")
    assert not drift, f"installed packages differ from requirements-dev.lock: {drift}"
