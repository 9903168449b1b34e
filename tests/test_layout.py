"""Tests mirror the source tree: tests/a/test_b.py (or test_b_<aspect>.py) tests src/arbiter/a/b.py.

A source module without its own test file must be listed below with where it is tested instead,
so a new module cannot arrive untested by accident.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

SRC = ROOT / "src" / "arbiter"
TESTS = ROOT / "tests"

# Test files about something other than one module.
NOT_A_MODULE = {"test_init.py": "the package's public names", "test_schemas.py": "schemas/ at the repo root",
                "test_layout.py": "this rule",
                "test_lock.py": "the lock files at the repo root"}

# Modules tested through another module's tests, and where.
TESTED_ELSEWHERE = {
    "adapters/mcp.py": "tests/api/controllers/test_mcp.py (the SDK client against /mcp)",
    "api/controllers/upstreams.py": "tests/test_upstreams.py and tests/api/controllers/test_mcp.py",
    "api/deps.py": "tests/api/test_app.py (guards, depth limit, error docs)",
    "api/model_proxy.py": "tests/api/controllers/test_openai.py and test_anthropic.py",
    "api/schemas.py": "tests/test_schemas.py and every controller test",
    "db/base.py": "tests/db/test_engine.py",
    "db/models.py": "tests/db/test_engine.py (migrations create the same tables)",
    "executors/mcp.py": "tests/api/controllers/test_mcp.py (real upstream MCP servers)",
    "pii/entities.py": "tests/pii/test_policy.py",
    "pipeline/base.py": "tests/pipeline/test_runner.py",
    "providers.py": "tests/api/controllers/test_openai.py and test_anthropic.py (every proxied request)",
    "service.py": "every test using the svc or server fixture",
    "testing.py": "tests/api/controllers/test_openai.py and test_invoke.py use it",
}


def _module_for(test: Path) -> Path | None:
    rel = test.relative_to(TESTS)
    stem = rel.stem[len("test_"):]
    parts = stem.split("_")
    # test_engine_batch.py -> engine.py; the longest existing prefix wins (test_model_proxy -> model_proxy).
    for n in range(len(parts), 0, -1):
        name = "_".join(parts[:n])
        for candidate in (SRC / rel.parent / f"{name}.py", SRC / rel.parent / name / "__init__.py"):
            if candidate.exists():
                return candidate
    return None


def test_every_test_file_names_a_source_module() -> None:
    orphans = []
    for test in sorted(TESTS.rglob("test_*.py")):
        rel = test.relative_to(TESTS)
        if rel.parts[0] == "integration" or (len(rel.parts) == 1 and rel.name in NOT_A_MODULE):
            continue
        if _module_for(test) is None:
            orphans.append(str(rel))
    assert not orphans, f"test files that mirror no module under src/arbiter: {orphans}"


def test_every_source_module_has_tests() -> None:
    tested = {_module_for(t) for t in TESTS.rglob("test_*.py")}
    missing = []
    for mod in sorted(SRC.rglob("*.py")):
        rel = mod.relative_to(SRC).as_posix()
        if mod.name == "__init__.py" or "/models/" in rel or mod in tested or rel in TESTED_ELSEWHERE:
            continue
        missing.append(rel)
    assert not missing, f"modules without tests/<same path>/test_<name>.py (or an entry in TESTED_ELSEWHERE): {missing}"


def test_exemptions_point_at_real_files() -> None:
    for rel in TESTED_ELSEWHERE:
        assert (SRC / rel).exists(), f"{rel} no longer exists: drop it from TESTED_ELSEWHERE"
