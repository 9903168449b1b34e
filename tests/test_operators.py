"""Named operators on a real store (SQLite and PostgreSQL): validation, keys shown once and stored as
hashes, authentication through rotation and revocation, audited changes, and the principal's scope."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from arbiter.audit import query as audit_query
from arbiter.audit.verify import verify
from arbiter.db.models import operators as operators_table
from arbiter.errors import BadRequest, NotFound
from arbiter.operators import BOOTSTRAP, ROLES, Operator, Principal
from arbiter.service import Arbiter


def admin_changes(svc: Arbiter) -> list[tuple[str, str, str, str | None]]:
    """(action, target, actor, after_digest) of the operator changes, oldest first."""
    return [(r.admin.action, r.admin.target, r.admin.actor, r.admin.after_digest)
            for r in audit_query.export(svc.db, audit_query.AuditFilter(kind="admin"))
            if r.admin and r.admin.action.startswith("operator.")]


@pytest.mark.parametrize(("name", "roles", "tenants", "code", "field"), [
    ("", ["approver"], None, "INVALID_NAME", "name"),
    ("x" * 129, ["approver"], None, "INVALID_NAME", "name"),
    ("ann", [], None, "INVALID_ROLE", None),
    ("ann", ["approver", "root"], None, "INVALID_ROLE", None),
    ("ann", ["Admin"], None, "INVALID_ROLE", None),
    ("ann", ["approver"], ["acme", "bad tenant!"], "INVALID_NAME", "tenants"),
    ("ann", ["approver"], ["x" * 129], "INVALID_NAME", "tenants"),
])
def test_add_validates_and_stores_nothing_when_refused(svc: Arbiter, name: str, roles: list[str],
                                                        tenants: list[str] | None, code: str,
                                                        field: str | None) -> None:
    with pytest.raises(BadRequest) as err:
        svc.operators.add(name=name, roles=roles, tenants=tenants, actor="admin-token")
    assert err.value.code == code
    if field is not None:
        assert err.value.details == {"field": field}
    bad = sorted(set(roles) - set(ROLES))
    if bad:  # the message names what is wrong
        assert err.value.message.endswith(f"; not {', '.join(bad)}")
    assert svc.operators.list() == []
    assert admin_changes(svc) == []


def test_a_128_character_name_is_the_limit(svc: Arbiter) -> None:
    op, _ = svc.operators.add(name="n" * 128, roles=["auditor"], actor="admin-token")
    assert svc.operators.get(op.id).name == "n" * 128


def test_add_shows_the_key_once_and_stores_only_its_hash(svc: Arbiter) -> None:
    op, key = svc.operators.add(name="ann", roles=["approver", "auditor", "approver"], tenants=["globex", "acme"],
                                actor="admin-token")
    assert key.startswith("opk_") and len(key) > 40
    assert op.id.startswith("op_") and op.status == "active" and op.created_by == "admin-token"
    # Roles and tenants are deduplicated and sorted; the public key id is a prefix of the key body.
    assert op.roles == ["approver", "auditor"] and op.tenants == ["acme", "globex"]
    assert op.key_id == key[4:12]
    # The operator struct never carries the key.
    assert key not in repr(op)
    with svc.db.read.connect() as conn:
        (row,) = conn.execute(select(operators_table)).all()
    stored = " ".join(str(v) for v in row)
    assert key not in stored and key[4:] not in stored
    assert row.key_hash == svc.registry.key_hash(key) and len(row.key_hash) == 64
    assert row.roles == "approver auditor" and row.status == "active"
    # A second operator gets a different key.
    _, key2 = svc.operators.add(name="bob", roles=["admin"], actor="admin-token")
    assert key2 != key
    assert [o.name for o in svc.operators.list()] == ["ann", "bob"]


def test_tenants_default_to_all(svc: Arbiter) -> None:
    op, _ = svc.operators.add(name="ann", roles=["approver"], actor="admin-token")
    assert op.tenants == ["*"]
    assert svc.operators.get(op.id).tenants == ["*"]


def test_authenticate_follows_rotation_and_revocation(svc: Arbiter) -> None:
    op, key = svc.operators.add(name="ann", roles=["approver"], tenants=["acme"], actor="admin-token")
    other, other_key = svc.operators.add(name="bob", roles=["auditor"], actor="admin-token")
    found = svc.operators.authenticate(key)
    assert isinstance(found, Operator) and found.id == op.id and found.roles == ["approver"]
    # Not an operator key, a near miss, an agent-style key: nobody.
    for token in ("", "test-admin-token", key[:-1] + ("A" if key[-1] != "A" else "B"), "ak_" + key[4:],
                  key[4:]):
        assert svc.operators.authenticate(token) is None, token

    rotated, new_key = svc.operators.rotate_key(op.id, actor="operator:op_boss")
    assert new_key != key and new_key.startswith("opk_") and rotated.key_id == new_key[4:12]
    assert rotated.status == "active" and rotated.id == op.id
    assert svc.operators.authenticate(key) is None
    assert svc.operators.authenticate(new_key).id == op.id  # type: ignore[union-attr]

    revoked = svc.operators.revoke(op.id, actor="admin-token")
    assert revoked.status == "revoked" and revoked.key_id is None
    assert svc.operators.authenticate(new_key) is None
    assert svc.operators.get(op.id).status == "revoked"
    with svc.db.read.connect() as conn:
        row = conn.execute(select(operators_table).where(operators_table.c.id == op.id)).one()
    assert row.key_hash is None
    # Others are unaffected.
    assert svc.operators.authenticate(other_key).id == other.id  # type: ignore[union-attr]


def test_another_view_follows_changes_made_through_the_registry(svc: Arbiter) -> None:
    # Another Operators over the same registry (another worker's view): its key cache follows the registry
    # version, so a revocation made elsewhere takes effect there too.
    from arbiter.operators import Operators

    op, key = svc.operators.add(name="ann", roles=["approver"], actor="admin-token")
    elsewhere = Operators(svc.registry)
    assert elsewhere.authenticate(key).id == op.id  # type: ignore[union-attr]
    svc.operators.revoke(op.id, actor="admin-token")
    assert elsewhere.authenticate(key) is None


def test_a_revoked_operator_cannot_be_rotated_or_revoked_again(svc: Arbiter) -> None:
    op, key = svc.operators.add(name="ann", roles=["approver"], actor="admin-token")
    svc.operators.revoke(op.id, actor="admin-token")
    for attempt in (lambda: svc.operators.rotate_key(op.id, actor="admin-token"),
                    lambda: svc.operators.revoke(op.id, actor="admin-token")):
        with pytest.raises(BadRequest) as err:
            attempt()
        assert err.value.code == "OPERATOR_REVOKED" and err.value.details == {"id": op.id}
    # Refused without a trace: no new key, no audit record of a change that did not happen.
    assert svc.operators.authenticate(key) is None
    with svc.db.read.connect() as conn:
        assert conn.execute(select(operators_table.c.key_hash)).scalar() is None
    assert [a for a, *_ in admin_changes(svc)] == ["operator.create", "operator.revoke"]


def test_unknown_operator(svc: Arbiter) -> None:
    for attempt in (lambda: svc.operators.get("op_nope"), lambda: svc.operators.rotate_key("op_nope", actor="a"),
                    lambda: svc.operators.revoke("op_nope", actor="a")):
        with pytest.raises(NotFound):
            attempt()
    assert admin_changes(svc) == []


def test_every_change_is_an_admin_record_naming_its_actor(svc: Arbiter) -> None:
    version = svc.registry.snapshot.version
    op, _ = svc.operators.add(name="ann", roles=["approver"], actor="admin-token")
    svc.operators.rotate_key(op.id, actor="operator:op_boss")
    svc.operators.revoke(op.id, actor="cli:root")
    changes = admin_changes(svc)
    target = f"operator:{op.id}"
    assert [(a, t, who) for a, t, who, _ in changes] == [("operator.create", target, "admin-token"),
                                                         ("operator.rotate_key", target, "operator:op_boss"),
                                                         ("operator.revoke", target, "cli:root")]
    assert changes[0][3] is not None and len(changes[0][3]) == 64
    # Each change is a registry change: the version moves (other processes refresh their keys).
    assert svc.registry.snapshot.version == version + 3
    # The chain stays valid with the new records.
    assert verify(svc.db).ok


def test_principal_of_an_operator() -> None:
    scoped = Principal.of(Operator(id="op_1", name="ann", roles=["approver"], tenants=["acme", "globex"]))
    assert scoped.actor == "operator:op_1" and scoped.operator_id == "op_1"
    assert scoped.tenants == frozenset({"acme", "globex"})
    assert scoped.can("approver") and scoped.can("approver", "acme") and scoped.can("approver", "globex")
    assert not scoped.can("approver", "initech")
    assert not scoped.can("admin") and not scoped.can("auditor") and not scoped.can("admin", "acme")

    everywhere = Principal.of(Operator(id="op_2", name="bob", roles=["approver", "auditor"], tenants=["*"]))
    assert everywhere.tenants is None
    assert everywhere.can("approver", "initech") and everywhere.can("auditor", "anything")
    assert not everywhere.can("admin", "acme")
    # "*" alongside named tenants still means all of them.
    mixed = Principal.of(Operator(id="op_3", name="c", roles=["approver"], tenants=["*", "acme"]))
    assert mixed.tenants is None and mixed.can("approver", "globex")
    # No tenants at all: nothing tenant-bound.
    none = Principal(actor="operator:op_4", roles=frozenset({"approver"}), tenants=frozenset())
    assert none.can("approver") and not none.can("approver", "acme")


def test_bootstrap_holds_every_role_everywhere() -> None:
    assert BOOTSTRAP.actor == "admin-token" and BOOTSTRAP.operator_id is None
    assert all(BOOTSTRAP.can(r) and BOOTSTRAP.can(r, "any-tenant") for r in ROLES)
    assert set(ROLES) == {"admin", "approver", "auditor"}


def test_an_empty_tenant_list_is_refused_not_read_as_all(svc: Arbiter) -> None:
    with pytest.raises(BadRequest) as err:
        svc.operators.add(name="nobody", roles=["approver"], tenants=[], actor="t")
    assert err.value.code == "INVALID_NAME" and err.value.details == {"field": "tenants"}
    op, _ = svc.operators.add(name="everyone", roles=["approver"], actor="t")
    assert op.tenants == ["*"]
