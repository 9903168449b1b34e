"""``arbiter policy replay``, run in-process against the SQLite store of a running service: the table, the
JSON report, and bad input, with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from arbiter.db.models import allowlist_revisions, audit_records
from arbiter.service import Arbiter
from arbiter.types import ToolCall
from tests.clikit import Run, cli_env, runner
from tests.conftest import EXAMPLE_ALLOWLISTS


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """SQLite only: the replay itself runs on both databases in tests/policy/test_replay.py."""
    return cli_env(tmp_path, monkeypatch)


@pytest.fixture
def run(svc: Arbiter, capsys: pytest.CaptureFixture[str]) -> Run:
    return runner(capsys)


@pytest.fixture
async def decided(svc: Arbiter) -> str:
    """An agent on ``support`` that searched the knowledge base once; its decision id."""
    agent = svc.registry.create_agent(name="bot", tenant="acme", trust="standard", allowlist="support",
                                      actor="test")[0]
    ctx = await svc.pipeline.run(svc.pipeline.context(ToolCall(tool="search_kb", arguments={"query": "x"}), agent))
    assert ctx.verdict is not None and ctx.verdict.verdict == "allow"
    return ctx.decision_id


def counts(svc: Arbiter) -> tuple[int, int]:
    with svc.db.read.connect() as conn:
        return (conn.execute(select(func.count()).select_from(audit_records)).scalar_one(),
                conn.execute(select(func.count()).select_from(allowlist_revisions)).scalar_one())


def write(tmp_path: Path, doc: object, name: str = "proposed.yaml") -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc))
    return str(path)


def test_replay_prints_a_table_and_json(svc: Arbiter, run: Run, decided: str, tmp_path: Path) -> None:
    doc = yaml.safe_load((EXAMPLE_ALLOWLISTS / "support.yaml").read_text())
    del doc["tools"]["search_kb"]
    path = write(tmp_path, doc)
    before = counts(svc)
    code, out, err = run("policy", "replay", "--allowlist", path, "--since", "7d")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("allowlist support (tenant acme): proposed revision ")
    assert "1 decision(s) read, 1 re-judged, 0 not" in lines[1]
    assert lines[2].split() == ["newly", "denied", "1", "newly", "allowed", "0", "newly", "held", "0", "unchanged",
                                "0"]
    example = next(line for line in lines if decided in line).split()
    assert example == ["newly_denied", decided, "search_kb", example[3], "allow", "->", "deny", "TOOL_NOT_ALLOWED"]
    assert any(line.startswith("note: arguments are judged as stored, scrubbed") for line in lines)

    code, out, err = run("policy", "replay", "--allowlist", path, "--since", "24h", "--tool", "search_kb", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["totals"]["newly_denied"] == 1 and report["examples"][0]["decision_id"] == decided
    code, out, _ = run("policy", "replay", "--allowlist", path, "--tool", "get_order", "--json")
    assert code == 0 and json.loads(out)["records"] == 0
    assert counts(svc) == before


def test_bad_input_is_an_error(svc: Arbiter, run: Run, decided: str, tmp_path: Path) -> None:
    before = counts(svc)
    code, _, err = run("policy", "replay", "--allowlist", write(tmp_path, {"name": "support", "tools": []}))
    assert code == 1 and err.startswith("error: INVALID_ALLOWLIST: proposed.yaml: ")
    unknown = {"name": "support", "tenant": "acme", "tools": {"launch": {}}}
    code, _, err = run("policy", "replay", "--allowlist", write(tmp_path, unknown))
    assert code == 1 and "names tools not registered in tenant 'acme': launch" in err
    code, _, err = run("policy", "replay", "--allowlist", str(tmp_path / "missing.yaml"))
    assert code == 1 and err.startswith("error: INVALID_ALLOWLIST: missing.yaml: cannot be read")
    good = write(tmp_path, yaml.safe_load((EXAMPLE_ALLOWLISTS / "support.yaml").read_text()), "good.yaml")
    code, _, err = run("policy", "replay", "--allowlist", good, "--since", "a while")
    assert code == 1 and err.startswith("error: BAD_REQUEST: since must be a duration")
    with pytest.raises(SystemExit):
        run("policy", "replay", "--since", "7d")  # --allowlist is required
    assert counts(svc) == before
