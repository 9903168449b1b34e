"""The real ``arbiter`` console script, run as a subprocess against a SQLite file.

Each invocation imports the whole package (a few seconds), so commands that do not depend on
each other run concurrently, and preconditions that are not under test are set up in-process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
import pytest

from arbiter.audit import query as audit_query
from arbiter.audit.verify import verify
from arbiter.service import Arbiter
from arbiter.settings import Settings
from tests.conftest import EXAMPLE_ALLOWLISTS, EXAMPLE_TOOLS, ROOT, Server, make_settings

ARBITER = Path(sys.executable).with_name("arbiter")
if not ARBITER.exists():
    ARBITER = ROOT / ".venv" / "bin" / "arbiter"


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``arbiter`` with a store of its own."""

    def __init__(self, data_dir: Path, db_url: str) -> None:
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("ARBITER_")}
        self.env |= {"ARBITER_DATA_DIR": str(data_dir), "ARBITER_DATABASE_URL": db_url}

    def _start(self, args: tuple[str, ...]) -> subprocess.Popen[str]:
        return subprocess.Popen([str(ARBITER), *args], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)

    def __call__(self, *args: str) -> Result:
        return self.many(args)[0]

    def many(self, *commands: tuple[str, ...]) -> list[Result]:
        """Run several commands at once; results in the same order."""
        return run_all(*((self, c) for c in commands))


def run_all(*commands: tuple[Cli, tuple[str, ...]]) -> list[Result]:
    """Start every command, then collect them in order."""
    procs = [cli._start(args) for cli, args in commands]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=120)
        out.append(Result(p.returncode, stdout, stderr))
    return out


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """The CLI tests run on a SQLite file only (the commands share the code path of the API tests)."""
    return f"sqlite:///{tmp_path / 'arbiter.db'}"


@pytest.fixture
def cli(settings: Settings, db_url: str) -> Cli:
    return Cli(settings.data_dir, db_url)


@pytest.fixture
def store(settings: Settings) -> Iterator[Arbiter]:
    """An in-process view of the same store (migrated, nothing registered)."""
    svc = Arbiter.build(settings)
    svc.db.migrate()
    svc.registry.reload()
    yield svc
    svc.db.dispose()


def admin_actions(svc: Arbiter) -> list[tuple[str, str]]:
    records = audit_query.export(svc.db, audit_query.AuditFilter(kind="admin"))
    return [(r.admin.action, r.admin.target) for r in records if r.admin]


def test_tools_and_allowlists(cli: Cli, store: Arbiter, tmp_path: Path) -> None:
    # One file, then the directory holding it: the file's tool is unchanged the second time.
    r = cli("tools", "add", "--file", str(EXAMPLE_TOOLS / "get_order.json"), "--file", str(EXAMPLE_TOOLS))
    assert r.code == 0, r.err
    assert r.out.splitlines() == ["acme/get_order v1 registered", "acme/get_order v1 unchanged",
                                  "acme/refund_order v1 registered", "acme/search_kb v1 registered",
                                  "acme/send_email v1 registered"]

    # A directory of tools, one with a schema that is not a schema: refused, naming it, and nothing is written.
    bad_tools = tmp_path / "bad_tools"
    bad_tools.mkdir()
    (bad_tools / "a.json").write_text(json.dumps({"tenant": "acme", "name": "fresh_tool", "input_schema": {}}))
    (bad_tools / "b.json").write_text(json.dumps({"tenant": "acme", "name": "odd_tool",
                                                  "input_schema": {"type": "objekt"}}))
    r = cli("tools", "add", "--file", str(bad_tools))
    assert r.code == 1 and r.out == "" and "INVALID_SCHEMA" in r.err and "odd_tool" in r.err, r.err
    assert ("acme", "fresh_tool") not in store.registry.reload().tools

    # A directory whose second file names an unknown tool, and a file with a bad field: refused
    # (whether they run before or after the good directory, they change nothing).
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    (bad_dir / "a.yaml").write_text("name: readonly\ntenant: acme\ntools:\n  search_kb: {}\n")
    (bad_dir / "b.yaml").write_text("name: extra\ntenant: acme\ntools:\n  search_kb: {}\n  launch_rocket: {}\n")
    (tmp_path / "typo.yaml").write_text("name: typo\ntenant: acme\ntool: {}\n")
    listing, show, missing, applied, bad, typo = cli.many(
        ("tools", "list"), ("tools", "show", "send_email", "--tenant", "acme"),
        ("tools", "show", "send_email"), ("allowlists", "apply", str(EXAMPLE_ALLOWLISTS)),
        ("allowlists", "apply", str(bad_dir)), ("allowlists", "apply", str(tmp_path / "typo.yaml")))
    rows = [line.split()[:4] for line in listing.out.splitlines()]
    assert rows == [["TENANT", "NAME", "VERSION", "RISK"], ["acme", "get_order", "1", "read"],
                    ["acme", "refund_order", "1", "destructive"], ["acme", "search_kb", "1", "read"],
                    ["acme", "send_email", "1", "write"]]
    shown = json.loads(show.out)
    assert (shown["tenant"], shown["name"], shown["version"]) == ("acme", "send_email", 1)
    assert shown["input_schema"] == json.loads((EXAMPLE_TOOLS / "send_email.json").read_text())["input_schema"]
    assert missing.code == 1 and "NOT_FOUND" in missing.err and "'default'" in missing.err
    assert applied.code == 0, applied.err
    revisions = {line.split()[0]: line.split()[4].rstrip(":") for line in applied.out.splitlines()}
    assert list(revisions) == ["readonly", "support"]
    assert bad.code == 1 and bad.out == ""
    assert "INVALID_ALLOWLIST" in bad.err and "b.yaml" in bad.err and "launch_rocket" in bad.err
    assert typo.code == 1 and "typo.yaml" in typo.err
    assert "Traceback" not in bad.err + typo.err
    assert {a.name: a.revision for a in store.registry.reload().allowlists.values()} == revisions
    assert sorted(a for a, _ in admin_actions(store)) == ["allowlist.apply"] * 2 + ["tool.create"] * 4

    al_list, al_show = cli.many(("allowlists", "list"), ("allowlists", "show", "support"))
    assert [line.split()[:3] for line in al_list.out.splitlines()[1:]] == [
        ["readonly", "acme", revisions["readonly"]], ["support", "acme", revisions["support"]]]
    doc = json.loads(al_show.out)
    assert (doc["name"], doc["tenant"], doc["revision"]) == ("support", "acme", revisions["support"])
    assert set(doc["document"]["tools"]) == {"search_kb", "get_order", "send_email", "refund_order"}


def test_agents_and_keys(cli: Cli, svc: Arbiter) -> None:
    reg = svc.registry
    first, second, bad = cli.many(
        ("agents", "add", "--name", "bot", "--tenant", "acme", "--allowlist", "support"),
        ("agents", "add", "--name", "lead", "--tenant", "acme", "--trust", "privileged", "--allowlist", "support"),
        ("agents", "add", "--name", "lost", "--tenant", "acme", "--allowlist", "nope"))
    assert first.code == 0 and second.code == 0, (first.err, second.err)
    keys = [r.out.split("api key (shown once): ")[1].strip() for r in (first, second)]
    ids = [r.out.split()[1] for r in (first, second)]
    assert "(bot, tenant acme, standard, allowlist support)" in first.out
    assert "(lead, tenant acme, privileged, allowlist support)" in second.out
    assert bad.code == 1 and "UNKNOWN_ALLOWLIST" in bad.err
    reg.reload()
    assert [reg.authenticate(k).id for k in keys] == ids  # type: ignore[union-attr]

    listing, disabled, rotated = cli.many(("agents", "list"), ("agents", "disable", ids[0]),
                                          ("agents", "rotate-key", ids[1]))
    assert listing.code == 0 and disabled.code == 0 and rotated.code == 0, (listing.err, disabled.err, rotated.err)
    assert [line.split()[:4] for line in listing.out.splitlines()] == [
        ["ID", "NAME", "TENANT", "TRUST"], [ids[0], "bot", "acme", "standard"], [ids[1], "lead", "acme", "privileged"]]
    assert not any(k in listing.out or k[4:12] in listing.out for k in keys)
    assert disabled.out.strip() == f"agent {ids[0]} disabled"
    new_key = rotated.out.split("(shown once): ")[1].strip()
    assert new_key.startswith("arb_") and new_key != keys[1]
    reg.reload()
    assert reg.agent(ids[0]).status == "disabled"
    assert reg.authenticate(keys[1]) is None and reg.authenticate(new_key).id == ids[1]  # type: ignore[union-attr]

    enabled, revoked = cli.many(("agents", "enable", ids[0]), ("agents", "revoke-key", ids[1]))
    assert enabled.out.strip() == f"agent {ids[0]} active"
    assert revoked.out.strip() == f"key of {ids[1]} revoked"
    reg.reload()
    assert reg.agent(ids[0]).status == "active" and reg.authenticate(keys[0]).id == ids[0]  # type: ignore[union-attr]
    assert reg.authenticate(new_key) is None
    actions = [a for a in admin_actions(svc) if a[1].startswith("agent:")]
    assert sorted(actions) == sorted([("agent.create", f"agent:{ids[0]}"), ("agent.create", f"agent:{ids[1]}"),
                                      ("agent.update", f"agent:{ids[0]}"), ("agent.rotate_key", f"agent:{ids[1]}"),
                                      ("agent.update", f"agent:{ids[0]}"), ("agent.revoke_key", f"agent:{ids[1]}")])
    records = list(audit_query.export(svc.db, audit_query.AuditFilter(kind="admin")))
    assert all(r.admin.actor.startswith("cli") for r in records if r.admin and r.agent_id in ids)
    assert not any(k in str(records) for k in [*keys, new_key])


def test_audit_query_export_and_verify(cli: Cli, server: Server, tmp_path: Path) -> None:
    agent_id, key = server.add_agent()
    calls = [("search_kb", {"query": "q"}, "c-1"), ("send_email", {"to": "x@evil.test", "subject": "s", "body": "b"},
                                                      "c-2"), ("nope", {}, "c-3")]
    with server.agent_client(key) as c:
        decisions = [c.post("/v1/check", json={"tool": t, "arguments": a, "call_id": i}).json() for t, a, i in calls]
    assert [d["verdict"] for d in decisions] == ["allow", "deny", "deny"]
    past = (datetime.now(UTC) - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    future = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    out_file = tmp_path / "export.jsonl"
    deny, by_call, one, export, to_file, ok, bad = cli.many(
        ("audit", "query", "--kind", "check", "--verdict", "deny", "--since", past, "--until", future),
        ("audit", "query", "--call-id", "c-1"),
        ("audit", "query", "--agent", agent_id, "--limit", "1"),
        ("audit", "export", "--format", "jsonl"),
        ("audit", "export", "--kind", "check", "--reason", "UNKNOWN_TOOL", "-o", str(out_file)),
        ("audit", "verify"),
        ("audit", "query", "--verdict", "maybe"))
    ids = [d["decision_id"] for d in decisions]
    assert [json.loads(line)["decision_id"] for line in deny.out.splitlines()] == [ids[2], ids[1]]
    assert [json.loads(line)["call_id"] for line in by_call.out.splitlines()] == ["c-1"]
    assert [json.loads(line)["decision_id"] for line in one.out.splitlines()] == [ids[2]]
    assert "# more: --cursor" in one.err

    lines = export.out.splitlines()
    records = [json.loads(line) for line in lines]  # every line is one JSON document
    assert [r["seq"] for r in records] == sorted(r["seq"] for r in records)  # oldest first
    stored = list(audit_query.export(server.svc.db, audit_query.AuditFilter()))
    assert [r["decision_id"] for r in records] == [r.decision_id for r in stored]
    assert records[-3:] == [msgspec.to_builtins(r) for r in stored[-3:]]
    assert [json.loads(line)["decision_id"] for line in out_file.read_text().splitlines()] == [ids[2]]
    assert to_file.out == ""

    assert ok.code == 0 and ok.out.startswith(f"ok: {len(stored)} records verified; head seq ")
    assert verify(server.svc.db).ok
    assert bad.code == 1 and "verdict must be allow, deny or hold" in bad.err


def test_migrate_and_a_bad_database_url(tmp_path: Path) -> None:
    fresh = Cli(tmp_path / "var", f"sqlite:///{tmp_path / 'fresh.db'}")
    wrong = Cli(tmp_path / "var", "mysql://root@localhost/db")
    migrated, bad_url = run_all((fresh, ("migrate",)), (wrong, ("tools", "list")))
    assert migrated.code == 0 and migrated.out.strip() == "arbiter: sqlite store is at the latest migration"
    svc = Arbiter.build(make_settings(tmp_path, f"sqlite:///{tmp_path / 'fresh.db'}"))
    try:
        assert svc.registry.reload().version >= 0 and verify(svc.db).ok
    finally:
        svc.db.dispose()
    assert bad_url.code == 1 and "BAD_SETTING" in bad_url.err and "ARBITER_DATABASE_URL" in bad_url.err
    assert "Traceback" not in bad_url.err
