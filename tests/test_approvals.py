"""The approvals store on SQLite and PostgreSQL: tenant settings, seen values, listing, deciding, using
an approval exactly once, and waiting for a decision."""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import msgspec
import pytest
from sqlalchemy import func, select, update

from arbiter.approvals import DEFAULT_TTL_S, ApprovalStore, TenantSettings
from arbiter.audit import query as audit_query
from arbiter.audit.verify import verify
from arbiter.db.models import approvals as approvals_table
from arbiter.db.models import seen_values
from arbiter.errors import BadRequest, Conflict, Forbidden, NotFound
from arbiter.ids import uuid7
from arbiter.operators import BOOTSTRAP, Principal
from arbiter.service import Arbiter
from arbiter.types import Reason

T0 = 1_900_000_000.0
ANN = Principal(actor="operator:op_ann", roles=frozenset({"approver"}), tenants=frozenset({"acme"}),
                operator_id="op_ann")
OLGA = Principal(actor="operator:op_olga", roles=frozenset({"approver"}), tenants=frozenset({"globex"}),
                 operator_id="op_olga")


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(svc: Arbiter, clock: Clock) -> ApprovalStore:
    """A store of its own over the service's database, on a clock the test moves."""
    return ApprovalStore(svc.db, svc.audit, svc.settings.secret, clock=clock)


def hold(svc: Arbiter, store: ApprovalStore, *, tenant: str = "acme", agent_id: str = "ag_1",
         tool: str = "refund_order", digest: str = "d" * 64, revision: str | None = "rev1",
         arguments: Any = None) -> str:
    """A pending approval, written the way the check writes it: inside a write transaction."""
    aid = "apr_" + uuid7().hex
    write = store.insert_pending(approval_id=aid, tenant=tenant, agent_id=agent_id, tool=tool, digest=digest,
                                 allowlist="refunds", revision=revision,
                                 reasons=[Reason(code="APPROVAL_REQUIRED", message="over the limit")],
                                 arguments=arguments, hold_decision_id=str(uuid7()))
    with svc.db.write.begin() as conn:
        write(conn)
    return aid


def records(svc: Arbiter, kind: str) -> list[Any]:
    return list(audit_query.export(svc.db, audit_query.AuditFilter(kind=kind)))


# ---- tenant settings -------------------------------------------------------------------------

def test_settings_default_put_and_audit(svc: Arbiter, store: ApprovalStore) -> None:
    assert store.settings("acme") == TenantSettings()
    assert (TenantSettings().approval_webhook, TenantSettings().self_approval,
            TenantSettings().approval_ttl_s) == (None, False, DEFAULT_TTL_S) == (None, False, 3600.0)
    new = TenantSettings(approval_webhook="https://hooks.example/acme", self_approval=True, approval_ttl_s=600)
    assert store.put_settings("acme", new, actor="operator:op_carl") == new
    assert store.settings("acme") == new
    assert store.settings("globex") == TenantSettings()  # per tenant
    (rec,) = [r for r in records(svc, "admin") if r.admin and r.admin.action == "tenant.settings"]
    doc = msgspec.json.encode(new)
    assert (rec.tenant, rec.admin.actor, rec.admin.target) == ("acme", "operator:op_carl", "tenant:acme")
    assert rec.admin.after_digest == hashlib.sha256(doc).hexdigest()
    # The same document again changes nothing and is not audited again; a change is.
    store.put_settings("acme", new, actor="admin-token")
    store.put_settings("acme", TenantSettings(), actor="admin-token")
    changes = [r for r in records(svc, "admin") if r.admin and r.admin.action == "tenant.settings"]
    assert [r.admin.actor for r in changes] == ["operator:op_carl", "admin-token"]
    assert store.settings("acme") == TenantSettings()
    assert verify(svc.db).ok


def test_another_process_sees_new_settings_within_a_second(svc: Arbiter, store: ApprovalStore) -> None:
    other = ApprovalStore(svc.db, svc.audit, svc.settings.secret)
    assert other.settings("acme").self_approval is False  # cached now
    store.put_settings("acme", TenantSettings(self_approval=True), actor="admin-token")
    time.sleep(1.05)
    assert other.settings("acme").self_approval is True


@pytest.mark.parametrize(("bad", "field"), [
    (TenantSettings(approval_webhook="ftp://hooks.example/x"), "approval_webhook"),
    (TenantSettings(approval_webhook="hooks.example/x"), "approval_webhook"),
    (TenantSettings(approval_webhook="javascript:alert(1)"), "approval_webhook"),
    (TenantSettings(approval_ttl_s=0), "approval_ttl_s"),
    (TenantSettings(approval_ttl_s=-5), "approval_ttl_s"),
    (TenantSettings(approval_ttl_s=30 * 86400 + 1), "approval_ttl_s"),
    (TenantSettings(approval_ttl_s=float("nan")), "approval_ttl_s"),
    (TenantSettings(approval_ttl_s=float("inf")), "approval_ttl_s"),
])
def test_bad_settings_are_refused_and_store_nothing(svc: Arbiter, store: ApprovalStore, bad: TenantSettings,
                                                    field: str) -> None:
    with pytest.raises(BadRequest) as err:
        store.put_settings("acme", bad, actor="admin-token")
    assert err.value.code == "INVALID_SETTINGS" and err.value.details == {"field": field}
    assert store.settings("acme") == TenantSettings()
    assert not [r for r in records(svc, "admin") if r.admin and r.admin.action == "tenant.settings"]


def test_ttl_bounds_and_expiry_of_new_holds(svc: Arbiter, store: ApprovalStore, clock: Clock) -> None:
    store.put_settings("acme", TenantSettings(approval_ttl_s=30 * 86400), actor="admin-token")  # the maximum
    store.put_settings("acme", TenantSettings(approval_ttl_s=60), actor="admin-token")
    aid = hold(svc, store)
    view = store.get(aid)
    assert view.status == "pending"
    with svc.db.read.connect() as conn:
        row = conn.execute(select(approvals_table).where(approvals_table.c.id == aid)).one()
    assert (row.created_at, row.expires_at) == (T0, T0 + 60)
    clock.now = T0 + 59.9
    assert store.get(aid).status == "pending"
    clock.now = T0 + 60
    assert store.get(aid).status == "expired"
    # Other tenants keep the default lifetime.
    clock.now = T0
    other = hold(svc, store, tenant="globex")
    with svc.db.read.connect() as conn:
        assert conn.execute(select(approvals_table.c.expires_at).where(approvals_table.c.id == other)).scalar() \
            == T0 + DEFAULT_TTL_S


# ---- seen values -----------------------------------------------------------------------------

def test_unseen_then_marked(store: ApprovalStore) -> None:
    args = {"to": "jane@example.com", "subject": "hi"}
    assert store.unseen("acme", "ag_1", "send_email", ["/to"], args) == ["/to"]
    store.mark_seen("acme", "ag_1", "send_email", ["/to"], args)
    assert store.unseen("acme", "ag_1", "send_email", ["/to"], args) == []
    assert store.unseen("acme", "ag_1", "send_email", ["/to"], {"to": "jane@example.com", "subject": "other"}) == []
    # Another value, agent, tool or tenant has not seen it.
    assert store.unseen("acme", "ag_1", "send_email", ["/to"], {"to": "joe@example.com"}) == ["/to"]
    assert store.unseen("acme", "ag_2", "send_email", ["/to"], args) == ["/to"]
    assert store.unseen("acme", "ag_1", "send_sms", ["/to"], args) == ["/to"]
    assert store.unseen("globex", "ag_1", "send_email", ["/to"], args) == ["/to"]
    # The value is compared exactly: case and type matter.
    assert store.unseen("acme", "ag_1", "send_email", ["/to"], {"to": "Jane@example.com"}) == ["/to"]


def test_pointers_resolve_nested_escaped_and_array(store: ApprovalStore) -> None:
    args = {"recipient": {"email": "a@x.test", "cc": ["b@x.test", "c@x.test"]}, "a/b": "slash", "t~n": "tilde",
            "n": 0, "flag": False}
    ptrs = ["/recipient/email", "/recipient/cc/1", "/a~1b", "/t~0n", "/n", "/flag"]
    assert store.unseen("acme", "ag_1", "t", ptrs, args) == ptrs
    store.mark_seen("acme", "ag_1", "t", ptrs, args)
    assert store.unseen("acme", "ag_1", "t", ptrs, args) == []
    # Only the value at the pointer counts: other elements and other keys are still new.
    assert store.unseen("acme", "ag_1", "t", ["/recipient/cc/0"], args) == ["/recipient/cc/0"]
    changed = {**args, "recipient": {"email": "a@x.test", "cc": ["b@x.test", "z@x.test"]}, "n": "0"}
    assert store.unseen("acme", "ag_1", "t", ptrs, changed) == ["/recipient/cc/1", "/n"]


def test_missing_values_are_neither_new_nor_remembered(svc: Arbiter, store: ApprovalStore) -> None:
    args = {"to": None, "list": ["x"], "obj": {"k": 1}}
    ptrs = ["/missing", "/to", "/list/1", "/list/-", "/list/x", "/obj/k/deeper", "/obj/nope"]
    assert store.unseen("acme", "ag_1", "t", ptrs, args) == []
    store.mark_seen("acme", "ag_1", "t", ptrs, args)
    assert store.unseen("acme", "ag_1", "t", ["/missing", "/obj/k"], args) == ["/obj/k"]
    with svc.db.read.connect() as conn:
        assert conn.execute(select(func.count()).select_from(seen_values)).scalar() == 0


def test_object_values_compare_by_content_not_key_order(store: ApprovalStore) -> None:
    store.mark_seen("acme", "ag_1", "t", ["/dest"], {"dest": {"iban": "X1", "bic": "B"}})
    assert store.unseen("acme", "ag_1", "t", ["/dest"], {"dest": {"bic": "B", "iban": "X1"}}) == []
    assert store.unseen("acme", "ag_1", "t", ["/dest"], {"dest": {"bic": "B", "iban": "X2"}}) == ["/dest"]


def test_mark_seen_is_idempotent_and_keeps_the_first_time(svc: Arbiter, store: ApprovalStore,
                                                          clock: Clock) -> None:
    args = {"to": "jane@example.com"}
    store.mark_seen("acme", "ag_1", "send_email", ["/to"], args)
    clock.now = T0 + 100
    store.mark_seen("acme", "ag_1", "send_email", ["/to"], args)
    store.mark_seen("acme", "ag_1", "send_email", ["/to", "/to"], args)
    with svc.db.read.connect() as conn:
        rows = conn.execute(select(seen_values)).all()
    assert len(rows) == 1 and rows[0].first_seen == T0 and rows[0].pointer == "/to"
    # The value itself is never stored, only its keyed hash.
    assert "jane" not in " ".join(str(v) for v in rows[0])


def test_concurrent_marks_of_one_value_do_not_fail(svc: Arbiter, store: ApprovalStore,
                                                   request: pytest.FixtureRequest) -> None:
    # Two replicas remembering the same recipient at once (two allowed calls) must both succeed.
    for n in range(10):  # a few rounds: the race needs two threads between the select and the insert
        args = {"to": f"jane{n}@example.com"}
        barrier = threading.Barrier(8)

        def mark(_: int, args: dict[str, str] = args, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            store.mark_seen("acme", "ag_1", "send_email", ["/to"], args)

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(mark, range(8)))
    with svc.db.read.connect() as conn:
        assert conn.execute(select(func.count()).select_from(seen_values)).scalar() == 10


# ---- listing ---------------------------------------------------------------------------------

def test_list_filters_by_status_tenant_and_agent(svc: Arbiter, store: ApprovalStore, clock: Clock) -> None:
    ids: dict[str, str] = {}
    for i, name in enumerate(["pending", "approved", "denied", "used", "expired", "approved_expired", "globex",
                              "other_agent"]):
        clock.now = T0 + i  # created one second apart: the order is the creation order
        ids[name] = hold(svc, store, tenant="globex" if name == "globex" else "acme",
                         agent_id="ag_2" if name == "other_agent" else "ag_1")
    clock.now = T0 + 10
    store.decide(ids["approved"], who=ANN, approve=True, comment=None)
    store.decide(ids["denied"], who=ANN, approve=False, comment="no")
    store.decide(ids["used"], who=ANN, approve=True, comment=None)
    assert store.use(ids["used"], str(uuid7()))
    store.decide(ids["approved_expired"], who=ANN, approve=True, comment=None)
    # Backdate two of them past their expiry.
    with svc.db.write.begin() as conn:
        conn.execute(update(approvals_table).where(approvals_table.c.id.in_([ids["expired"],
                                                                             ids["approved_expired"]]))
                     .values(expires_at=T0 + 5))

    def listed(**kw: Any) -> list[str]:
        inv = {v: k for k, v in ids.items()}
        return [inv[a.id] for a in store.list(**kw)]

    assert listed() == ["other_agent", "globex", "approved_expired", "expired", "used", "denied", "approved",
                        "pending"]
    assert listed(status="pending") == ["other_agent", "globex", "pending"]
    assert listed(status="approved") == ["approved"]
    assert listed(status="denied") == ["denied"]
    assert listed(status="used") == ["used"]
    assert listed(status="expired") == ["approved_expired", "expired"]
    statuses = {ids_name: v.status for v in store.list() for ids_name, i in ids.items() if i == v.id}
    assert statuses == {"pending": "pending", "approved": "approved", "denied": "denied", "used": "used",
                        "expired": "expired", "approved_expired": "expired", "globex": "pending",
                        "other_agent": "pending"}
    assert listed(tenants=frozenset({"globex"})) == ["globex"]
    assert listed(tenants=frozenset({"acme", "globex"}), status="pending") == ["other_agent", "globex", "pending"]
    assert listed(tenants=frozenset()) == []
    assert listed(tenants=frozenset({"initech"})) == []
    assert listed(agent_id="ag_2") == ["other_agent"]
    assert listed(agent_id="ag_1", status="pending", tenants=frozenset({"acme"})) == ["pending"]
    assert listed(limit=2) == ["other_agent", "globex"]
    # A used approval is reported used even once its lifetime is over.
    clock.now = T0 + 10 * DEFAULT_TTL_S
    assert listed(status="used") == ["used"] and store.get(ids["used"]).status == "used"
    assert store.get(ids["denied"]).status == "denied"


def test_list_refuses_an_unknown_status(store: ApprovalStore) -> None:
    with pytest.raises(BadRequest) as err:
        store.list(status="bogus")
    assert err.value.code == "INVALID_QUERY" and err.value.details == {"status": "bogus"}


def test_the_view_holds_what_the_approver_needs(svc: Arbiter, store: ApprovalStore) -> None:
    args = {"order_id": "ORD-000042", "amount": 250}
    aid = hold(svc, store, arguments=args)
    view = store.get(aid)
    assert (view.tenant, view.agent_id, view.tool, view.allowlist, view.revision) == \
        ("acme", "ag_1", "refund_order", "refunds", "rev1")
    assert view.arguments == args and view.args_digest == "d" * 64
    assert [r.code for r in view.reasons] == ["APPROVAL_REQUIRED"]
    assert view.created_at.startswith("2030-03-17") and view.expires_at > view.created_at
    assert view.decided_by is None and view.used_at is None
    assert store.get(hold(svc, store, arguments=None)).arguments is None
    with pytest.raises(NotFound) as err:
        store.get("apr_nope")
    assert err.value.code == "APPROVAL_NOT_FOUND"


# ---- deciding --------------------------------------------------------------------------------

def test_approve_writes_its_own_audit_record(svc: Arbiter, store: ApprovalStore, clock: Clock) -> None:
    aid = hold(svc, store)
    clock.now = T0 + 30
    view = store.decide(aid, who=ANN, approve=True, comment="customer called")
    assert view.status == "approved" and view.decided_by == "operator:op_ann" and view.comment == "customer called"
    assert view.decided_at is not None and view.decision_record_id is not None
    (rec,) = records(svc, "approval")
    assert rec.decision_id == view.decision_record_id and rec.approval_id == aid
    assert (rec.tenant, rec.agent_id, rec.tool, rec.verdict, rec.allowlist, rec.revision, rec.args_digest) == \
        ("acme", "ag_1", "refund_order", "allow", "refunds", "rev1", "d" * 64)
    assert [(r.code, r.message) for r in rec.reasons] == [("APPROVED",
                                                           "approved by operator:op_ann: customer called")]
    assert (rec.admin.actor, rec.admin.action, rec.admin.target) == ("operator:op_ann", "approval.approve",
                                                                     f"approval:{aid}")
    assert verify(svc.db).ok


def test_deny_without_a_comment(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)
    view = store.decide(aid, who=BOOTSTRAP, approve=False, comment=None)
    assert view.status == "denied" and view.comment is None and view.decided_by == "admin-token"
    (rec,) = records(svc, "approval")
    assert rec.verdict == "deny" and rec.admin.action == "approval.deny"
    assert [(r.code, r.message) for r in rec.reasons] == [("APPROVAL_DENIED", "denied by admin-token")]
    assert not store.use(aid, str(uuid7()))


def _unchanged(svc: Arbiter, store: ApprovalStore, aid: str, status: str = "pending", n_records: int = 0) -> None:
    assert store.get(aid).status == status
    assert len(records(svc, "approval")) == n_records


def test_unknown_or_foreign_approvals_do_not_exist_for_the_approver(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)
    auditor = Principal(actor="operator:op_aud", roles=frozenset({"auditor"}), tenants=None)
    for who, target in ((ANN, "apr_nope"), (OLGA, aid), (auditor, aid)):
        with pytest.raises(NotFound) as err:
            store.decide(target, who=who, approve=True, comment=None)
        assert err.value.code == "APPROVAL_NOT_FOUND" and err.value.details == {"id": target}
        # The message is the same as for an unknown id: nothing about the other tenant's approval leaks.
        assert err.value.message == f"no approval {target!r}"
    _unchanged(svc, store, aid)
    # An approver for every tenant may.
    everywhere = Principal(actor="operator:op_e", roles=frozenset({"approver"}), tenants=None)
    assert store.decide(aid, who=everywhere, approve=True, comment=None).status == "approved"


def test_a_decided_approval_cannot_be_decided_again(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)
    store.decide(aid, who=ANN, approve=True, comment="ok")
    for approve in (True, False):
        with pytest.raises(Conflict) as err:
            store.decide(aid, who=ANN, approve=approve, comment="again")
        assert err.value.code == "APPROVAL_DECIDED" and err.value.details == {"id": aid, "status": "approved"}
    view = store.get(aid)
    assert view.status == "approved" and view.comment == "ok"
    _unchanged(svc, store, aid, "approved", 1)


def test_an_expired_approval_cannot_be_decided(svc: Arbiter, store: ApprovalStore, clock: Clock) -> None:
    aid = hold(svc, store)
    clock.now = T0 + DEFAULT_TTL_S
    with pytest.raises(Conflict) as err:
        store.decide(aid, who=ANN, approve=True, comment=None)
    assert err.value.code == "APPROVAL_EXPIRED"
    _unchanged(svc, store, aid, "expired")
    clock.now = T0 + DEFAULT_TTL_S - 1  # a second earlier it could be
    assert store.decide(aid, who=ANN, approve=False, comment=None).status == "denied"


def test_comment_length(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)
    with pytest.raises(BadRequest) as err:
        store.decide(aid, who=ANN, approve=True, comment="x" * 2001)
    assert err.value.status == 400 and err.value.details == {"field": "comment"}
    _unchanged(svc, store, aid)
    assert store.decide(aid, who=ANN, approve=True, comment="x" * 2000).comment == "x" * 2000


def test_self_approval_needs_the_tenant_setting(svc: Arbiter, store: ApprovalStore) -> None:
    agent, _ = svc.registry.create_agent(name="mine", tenant="acme", trust="standard", allowlist="support",
                                         actor=ANN.actor)
    aid = hold(svc, store, agent_id=agent.id)
    for approve in (True, False):
        with pytest.raises(Forbidden) as err:
            store.decide(aid, who=ANN, approve=approve, comment=None)
        assert err.value.code == "SELF_APPROVAL" and err.value.details == {"agent_id": agent.id}
    _unchanged(svc, store, aid)
    # Someone else may; and once the tenant allows it, the creator may too.
    other = hold(svc, store, agent_id=agent.id, digest="e" * 64)
    assert store.decide(other, who=BOOTSTRAP, approve=True, comment=None).status == "approved"
    store.put_settings("acme", TenantSettings(self_approval=True), actor="admin-token")
    assert store.decide(aid, who=ANN, approve=True, comment=None).status == "approved"


def test_concurrent_decisions_one_wins(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)
    barrier = threading.Barrier(6)

    def decide(i: int) -> str:
        barrier.wait()
        try:
            return store.decide(aid, who=ANN, approve=i % 2 == 0, comment=f"#{i}").status
        except Conflict as exc:
            return exc.code

    with ThreadPoolExecutor(6) as pool:
        outcomes = list(pool.map(decide, range(6)))
    winners = [o for o in outcomes if o in ("approved", "denied")]
    assert len(winners) == 1 and outcomes.count("APPROVAL_DECIDED") == 5, outcomes
    assert store.get(aid).status == winners[0]
    (rec,) = records(svc, "approval")
    assert rec.decision_id == store.get(aid).decision_record_id
    assert verify(svc.db).ok


# ---- using -----------------------------------------------------------------------------------

def test_use_only_an_approved_unexpired_approval_once(svc: Arbiter, store: ApprovalStore, clock: Clock) -> None:
    pending, denied, approved, late = (hold(svc, store, digest=c * 64) for c in "abcd")
    store.decide(denied, who=ANN, approve=False, comment=None)
    store.decide(approved, who=ANN, approve=True, comment=None)
    store.decide(late, who=ANN, approve=True, comment=None)
    assert not store.use(pending, "d1") and not store.use(denied, "d2") and not store.use("apr_nope", "d3")
    clock.now = T0 + 5
    assert store.use(approved, "dec-1")
    assert not store.use(approved, "dec-2")
    view = store.get(approved)
    assert view.status == "used" and view.used_decision_id == "dec-1" and view.used_at is not None
    clock.now = T0 + DEFAULT_TTL_S
    assert not store.use(late, "dec-3")
    assert store.get(late).status == "expired" and store.get(late).used_at is None


def test_use_from_many_threads_succeeds_once(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)
    store.decide(aid, who=ANN, approve=True, comment=None)
    barrier = threading.Barrier(12)

    def use(i: int) -> bool:
        barrier.wait()
        return store.use(aid, f"decision-{i}")

    with ThreadPoolExecutor(12) as pool:
        got = list(pool.map(use, range(12)))
    assert got.count(True) == 1
    assert store.get(aid).used_decision_id == f"decision-{got.index(True)}"


# ---- waiting ---------------------------------------------------------------------------------

async def test_wait_returns_when_decided(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)

    def approve_soon() -> None:
        time.sleep(0.4)
        store.decide(aid, who=ANN, approve=True, comment=None)

    thread = threading.Thread(target=approve_soon)
    start = time.monotonic()
    thread.start()
    view = await store.wait(aid, 10)
    took = time.monotonic() - start
    thread.join()
    assert view.status == "approved" and 0.35 <= took < 3, took


async def test_wait_times_out_pending(svc: Arbiter, store: ApprovalStore) -> None:
    aid = hold(svc, store)
    start = time.monotonic()
    view = await store.wait(aid, 0.6)
    took = time.monotonic() - start
    assert view.status == "pending" and 0.55 <= took < 2.5, took


async def test_wait_returns_at_once_when_not_pending(svc: Arbiter, store: ApprovalStore, clock: Clock) -> None:
    denied, expiring = hold(svc, store), hold(svc, store, digest="e" * 64)
    store.decide(denied, who=ANN, approve=False, comment=None)
    clock.now = T0 + DEFAULT_TTL_S + 1
    start = time.monotonic()
    views = await asyncio.gather(store.wait(denied, 30), store.wait(expiring, 30))
    assert [v.status for v in views] == ["denied", "expired"] and time.monotonic() - start < 2
    with pytest.raises(NotFound):
        await store.wait("apr_nope", 1)
