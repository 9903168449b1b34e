"""``arbiter operators``, ``arbiter approvals`` and ``arbiter tenants``, run in-process against the SQLite
store of a running service (so a call held by the service is approved from the command line)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from arbiter.audit import query as audit_query
from arbiter.cli import _actor
from arbiter.service import Arbiter
from arbiter.types import Agent, ToolCall
from tests.clikit import Run, cli_env, runner

OVER_100 = {"properties": {"amount": {"exclusiveMinimum": 100}}, "required": ["amount"]}
REFUNDS = {"name": "refunds", "tenant": "acme", "tools": {"get_order": {},
                                                         "refund_order": {"approval": {"when": [
                                                             {"arguments": OVER_100}]}}}}
BIG = {"order_id": "ORD-000042", "amount": 250}


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """SQLite only (the commands share the store code the other tests run on both databases); the commands'
    environment names the service's data dir (the same secret) and store, nothing else of ARBITER_*."""
    return cli_env(tmp_path, monkeypatch)


@pytest.fixture
def run(svc: Arbiter, capsys: pytest.CaptureFixture[str]) -> Run:
    return runner(capsys)


def table(out: str) -> list[list[str]]:
    return [line.split() for line in out.splitlines()]


def add(run: Run, name: str, *args: str) -> tuple[str, str]:
    """Create an operator; its id and key."""
    code, out, err = run("operators", "add", "--name", name, *args)
    assert code == 0, err
    first, second = out.splitlines()
    assert second.startswith("api key (shown once): opk_")
    return first.split()[1], second.rsplit(" ", 1)[1]


def actions(svc: Arbiter, kind: str = "admin") -> list[tuple[str, str]]:
    return [(r.admin.action, r.admin.actor) for r in audit_query.export(svc.db, audit_query.AuditFilter(kind=kind))
            if r.admin]


# ---- operators -------------------------------------------------------------------------------

def test_operators_add_list_rotate_revoke(run: Run, svc: Arbiter) -> None:
    code, out, _ = run("operators", "add", "--name", "ann", "--role", "approver", "--role", "auditor",
                       "--tenant", "globex", "--tenant", "acme")
    assert code == 0
    line, keyline = out.splitlines()
    ann = line.split()[1]
    assert ann.startswith("op_") and line == f"operator {ann} (ann, roles approver, auditor, tenants acme, globex)"
    key = keyline.rsplit(" ", 1)[1]
    svc.registry.reload()  # the service learns of the change (its poller would)
    assert svc.operators.authenticate(key).id == ann  # type: ignore[union-attr]
    bob, _ = add(run, "bob", "--role", "admin")
    assert svc.operators.get(bob).tenants == ["*"]

    code, out, _ = run("operators", "list")
    assert code == 0 and key not in out
    assert table(out) == [["ID", "NAME", "ROLES", "TENANTS", "STATUS", "CREATED", "BY"],
                          [ann, "ann", "approver,auditor", "acme,globex", "active", _actor()],
                          [bob, "bob", "admin", "*", "active", _actor()]]

    code, out, _ = run("operators", "rotate-key", ann)
    assert code == 0 and out.startswith(f"operator {ann}: new api key (shown once): opk_")
    new_key = out.split()[-1]
    svc.registry.reload()
    assert svc.operators.authenticate(key) is None
    assert svc.operators.authenticate(new_key).id == ann  # type: ignore[union-attr]

    code, out, _ = run("operators", "revoke", ann)
    assert (code, out) == (0, f"operator {ann} revoked\n")
    svc.registry.reload()
    assert svc.operators.authenticate(new_key) is None
    assert table(run("operators", "list")[1])[1][4] == "revoked"
    assert actions(svc)[-4:] == [("operator.create", _actor()), ("operator.create", _actor()),
                                 ("operator.rotate_key", _actor()), ("operator.revoke", _actor())]


def test_operators_errors(run: Run, svc: Arbiter) -> None:
    ann, _ = add(run, "ann", "--role", "approver")
    run("operators", "revoke", ann)
    before = actions(svc)
    for args, code in [(("rotate-key", ann), "OPERATOR_REVOKED"), (("revoke", ann), "OPERATOR_REVOKED"),
                       (("rotate-key", "op_nope"), "NOT_FOUND"), (("revoke", "op_nope"), "NOT_FOUND"),
                       (("add", "--name", "x", "--role", "approver", "--tenant", "bad tenant!"), "INVALID_NAME"),
                       (("add", "--name", "", "--role", "approver"), "INVALID_NAME")]:
        status, out, err = run("operators", *args)
        assert status == 1 and out == "" and err.startswith(f"error: {code}: "), (args, err)
    assert actions(svc) == before
    # An unknown role or a missing one is refused by the parser (usage error), before anything runs.
    for args in (("add", "--name", "x", "--role", "root"), ("add", "--name", "x")):
        with pytest.raises(SystemExit) as exc:
            run("operators", *args)
        assert exc.value.code == 2
    assert [o.name for o in svc.operators.list()] == ["ann"]


# ---- approvals -------------------------------------------------------------------------------

@pytest.fixture
def agent(svc: Arbiter) -> Agent:
    svc.registry.apply_allowlists([("refunds.yaml", REFUNDS)], actor="test")
    return svc.registry.create_agent(name="refunder", tenant="acme", trust="privileged", allowlist="refunds",
                                     actor="test")[0]


async def check(svc: Arbiter, agent: Agent, approval_id: str | None = None) -> Any:
    ctx = await svc.pipeline.run(svc.pipeline.context(ToolCall(tool="refund_order", arguments=BIG,
                                                               approval_id=approval_id), agent))
    return ctx.verdict


async def test_a_held_call_approved_from_the_command_line_runs_once(run: Run, svc: Arbiter, agent: Agent) -> None:
    held = await check(svc, agent)
    assert held.verdict == "hold"
    aid = held.approval_id
    ann, _ = add(run, "ann", "--role", "approver", "--tenant", "acme")

    code, out, _ = run("approvals", "list")
    rows = table(out)
    assert code == 0 and rows[0] == ["ID", "TENANT", "AGENT", "TOOL", "STATUS", "HELD", "AT", "WHY"]
    assert len(rows) == 2 and rows[1][:5] == [aid, "acme", agent.id, "refund_order", "pending"]
    assert rows[1][-1] == "APPROVAL_REQUIRED"
    assert len(table(run("approvals", "list", "--status", "approved")[1])) == 1  # the header only
    assert len(table(run("approvals", "list", "--tenant", "globex")[1])) == 1
    assert len(table(run("approvals", "list", "--tenant", "acme", "--status", "pending")[1])) == 2

    code, out, _ = run("approvals", "show", aid)
    shown = json.loads(out)
    assert code == 0 and shown["id"] == aid and shown["status"] == "pending" and shown["arguments"] == BIG

    code, out, _ = run("approvals", "approve", aid, "--operator", ann, "--comment", "customer called")
    assert (code, out) == (0, f"approval {aid}: approved by operator:{ann}\n")
    view = svc.approvals.get(aid)
    assert view.status == "approved" and view.comment == "customer called" and view.decided_by == f"operator:{ann}"
    assert actions(svc, "approval") == [("approval.approve", f"operator:{ann}")]

    status, _, err = run("approvals", "approve", aid, "--operator", ann)
    assert status == 1 and err.startswith("error: APPROVAL_DECIDED: ")
    go = await check(svc, agent, aid)
    assert go.verdict == "allow"
    assert (await check(svc, agent, aid)).reasons[0].code == "APPROVAL_USED"
    assert json.loads(run("approvals", "show", aid)[1])["status"] == "used"
    assert table(run("approvals", "list", "--status", "used")[1])[1][0] == aid


async def test_deny_from_the_command_line(run: Run, svc: Arbiter, agent: Agent) -> None:
    aid = (await check(svc, agent)).approval_id
    ann, _ = add(run, "ann", "--role", "approver")
    code, out, _ = run("approvals", "deny", aid, "--operator", ann)
    assert (code, out) == (0, f"approval {aid}: denied by operator:{ann}\n")
    assert (await check(svc, agent, aid)).reasons[0].code == "APPROVAL_DENIED"


async def test_approval_errors(run: Run, svc: Arbiter, agent: Agent) -> None:
    aid = (await check(svc, agent)).approval_id
    olga, _ = add(run, "olga", "--role", "approver", "--tenant", "globex")
    carl, _ = add(run, "carl", "--role", "auditor", "--role", "admin")
    gone, _ = add(run, "gone", "--role", "approver")
    ann, _ = add(run, "ann", "--role", "approver", "--tenant", "acme")
    run("operators", "revoke", gone)
    for args, code in [(("approve", aid, "--operator", olga), "APPROVAL_NOT_FOUND"),
                       (("approve", aid, "--operator", carl), "APPROVAL_NOT_FOUND"),
                       (("deny", aid, "--operator", gone), "OPERATOR_REVOKED"),
                       (("approve", aid, "--operator", "op_nope"), "NOT_FOUND"),
                       (("approve", "apr_nope", "--operator", ann), "APPROVAL_NOT_FOUND"),
                       (("approve", aid, "--operator", ann, "--comment", "x" * 2001), "INVALID_REQUEST"),
                       (("show", "apr_nope"), "APPROVAL_NOT_FOUND")]:
        status, out, err = run("approvals", *args)
        assert status == 1 and out == "" and err.startswith(f"error: {code}: "), (args, err)
    assert svc.approvals.get(aid).status == "pending"
    assert actions(svc, "approval") == []
    for args in (("approve", aid), ("list", "--status", "bogus")):  # no operator; an unknown status
        with pytest.raises(SystemExit) as exc:
            run("approvals", *args)
        assert exc.value.code == 2


# ---- tenants ---------------------------------------------------------------------------------

def test_tenants_show_and_set(run: Run, svc: Arbiter) -> None:
    code, out, _ = run("tenants", "show", "acme")
    assert code == 0 and json.loads(out) == {}
    code, out, _ = run("tenants", "set", "acme", "--self-approval", "true", "--approval-ttl", "600")
    assert code == 0 and json.loads(out) == {"self_approval": True, "approval_ttl_s": 600}
    # set changes only what it names.
    code, out, _ = run("tenants", "set", "acme", "--approval-webhook", "https://hooks.example/acme")
    assert json.loads(out) == {"approval_webhook": "https://hooks.example/acme", "self_approval": True,
                               "approval_ttl_s": 600}
    code, out, _ = run("tenants", "set", "acme", "--approval-webhook", "", "--self-approval", "false")
    assert json.loads(out) == {"approval_ttl_s": 600}
    assert json.loads(run("tenants", "show", "acme")[1]) == {"approval_ttl_s": 600}
    assert json.loads(run("tenants", "show", "globex")[1]) == {}
    assert [a for a in actions(svc) if a[0] == "tenant.settings"] == [("tenant.settings", _actor())] * 3
    assert svc.approvals.settings("acme").approval_ttl_s == 600


def test_tenants_set_errors_change_nothing(run: Run, svc: Arbiter) -> None:
    run("tenants", "set", "acme", "--approval-ttl", "600")
    for args in (("--approval-webhook", "hooks.example/acme"), ("--approval-ttl", "0"),
                 ("--approval-ttl", str(30 * 86400 + 1)), ("--approval-ttl", "-1")):
        status, out, err = run("tenants", "set", "acme", *args)
        assert status == 1 and out == "" and err.startswith("error: INVALID_SETTINGS: "), (args, err)
    assert json.loads(run("tenants", "show", "acme")[1]) == {"approval_ttl_s": 600}
    for args in (("--self-approval", "yes"), ("--approval-ttl", "soon")):
        with pytest.raises(SystemExit) as exc:
            run("tenants", "set", "acme", *args)
        assert exc.value.code == 2
    assert [a for a in actions(svc) if a[0] == "tenant.settings"] == [("tenant.settings", _actor())]


def test_tenants_set_refuses_a_bad_tenant_name(run: Run, svc: Arbiter) -> None:
    status, _, err = run("tenants", "set", "bad tenant!", "--self-approval", "true")
    assert status == 1 and err.startswith("error: INVALID_NAME: ")
