"""Named operators with roles, instead of one shared admin token.

Roles:

* ``admin``: the registry and policy (tools, agents, allowlists, upstreams, the model catalog,
  operators, tenant settings);
* ``approver``: decide held calls, of the tenants the operator is given (``tenants``; ``*`` for all);
* ``auditor``: read the audit trail, export it, verify it, read usage; nothing else.

An operator's API key (``opk_...``) is shown once and stored as a keyed hash like an agent key;
it can be rotated and revoked (a revoked operator's requests get 401). The bootstrap admin token
(``ARBITER_ADMIN_TOKEN``) holds every role, for first setup. Every change here is an audited admin
change, and every admin record names the operator (``operator:<id>``) or ``admin-token``.
"""

from __future__ import annotations

import builtins
import secrets
import time
from typing import Any, Literal, cast

import msgspec
from sqlalchemy import Connection, insert, select, update

from arbiter.audit.record import AdminChange, utc_now_iso
from arbiter.db.models import operators
from arbiter.errors import BadRequest, NotFound
from arbiter.ids import uuid7
from arbiter.registry import NAME_RE, Registry, digest

__all__ = ["BOOTSTRAP", "ROLES", "Operator", "Operators", "Principal", "Role"]

Role = Literal["admin", "approver", "auditor"]
ROLES: tuple[Role, ...] = ("admin", "approver", "auditor")


class Operator(msgspec.Struct, kw_only=True):
    """A named operator (never its key)."""

    id: str
    name: str
    roles: list[Role]
    tenants: list[str]  # the tenants whose held calls it may decide; ["*"]: all
    status: str = "active"  # active | revoked
    created_by: str = ""
    key_id: str | None = None  # the key's public prefix, to tell keys apart


class Principal(msgspec.Struct, frozen=True, kw_only=True):
    """Who is calling an administrative route, and what they may do."""

    actor: str  # "admin-token" | "operator:<id>"
    roles: frozenset[str]
    tenants: frozenset[str] | None  # None: every tenant
    operator_id: str | None = None

    def can(self, role: Role, tenant: str | None = None) -> bool:
        """Whether the principal holds ``role``, and (when ``tenant`` is given) holds it for that tenant."""
        if role not in self.roles:
            return False
        return tenant is None or self.tenants is None or tenant in self.tenants

    @classmethod
    def of(cls, op: Operator) -> Principal:
        return cls(actor=f"operator:{op.id}", roles=frozenset(op.roles),
                   tenants=None if "*" in op.tenants else frozenset(op.tenants), operator_id=op.id)


BOOTSTRAP = Principal(actor="admin-token", roles=frozenset(ROLES), tenants=None)


def _now() -> str:
    return utc_now_iso(time.time_ns() // 1000)


def _of_row(row: Any) -> Operator:
    return Operator(id=row.id, name=row.name, roles=row.roles.split(), tenants=msgspec.json.decode(row.tenants),
                    status=row.status, created_by=row.created_by, key_id=row.key_id)


def _check(name: str, roles: list[str], tenants: list[str]) -> None:
    if not name or len(name) > 128:
        raise BadRequest("operator name must be 1 to 128 characters", code="INVALID_NAME", details={"field": "name"})
    bad = sorted(set(roles) - set(ROLES))
    if not roles or bad:
        raise BadRequest(f"roles are one or more of {', '.join(ROLES)}" + (f"; not {', '.join(bad)}" if bad else ""),
                         code="INVALID_ROLE", details={"roles": roles})
    if not tenants:  # an empty list is not "all": say which tenants, or "*"
        raise BadRequest("tenants needs at least one tenant, or '*' for all", code="INVALID_NAME",
                         details={"field": "tenants"})
    for t in tenants:
        if t != "*" and not NAME_RE.fullmatch(t):
            raise BadRequest(f"tenant {t!r} is not a valid name", code="INVALID_NAME", details={"field": "tenants"})


class Operators:
    """Operators, durable in the registry's database, authenticated from memory."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.db = registry.db
        self._version = -2
        self._by_key: dict[str, Operator] = {}

    def _refresh(self) -> dict[str, Operator]:
        version = self.registry.snapshot.version
        if version != self._version:
            with self.db.read.connect() as conn:
                rows = conn.execute(select(operators).where(operators.c.status == "active",
                                                            operators.c.key_hash.is_not(None))).all()
            self._by_key = {r.key_hash: _of_row(r) for r in rows}
            self._version = version
        return self._by_key

    def authenticate(self, token: str) -> Operator | None:
        """The active operator holding ``token`` (an ``opk_`` key), or None."""
        if not token.startswith("opk_"):
            return None
        return self._refresh().get(self.registry.key_hash(token))

    def active(self, operator_id: str) -> Operator | None:
        """The active operator with a key and this id, from memory (console sessions check it per page)."""
        return next((op for op in self._refresh().values() if op.id == operator_id), None)

    def list(self) -> list[Operator]:
        """Every operator, active and revoked, by name."""
        with self.db.read.connect() as conn:
            return [_of_row(r) for r in conn.execute(select(operators).order_by(operators.c.name, operators.c.id))]

    def get(self, operator_id: str) -> Operator:
        """One operator, or :class:`NotFound`."""
        with self.db.read.connect() as conn:
            row = conn.execute(select(operators).where(operators.c.id == operator_id)).first()
        if row is None:
            raise NotFound(f"no operator {operator_id!r}", details={"id": operator_id})
        return _of_row(row)

    def _new_key(self) -> tuple[str, str, str]:
        token = "opk_" + secrets.token_urlsafe(32)
        return token, token[4:12], self.registry.key_hash(token)

    def add(self, *, name: str, roles: builtins.list[str], tenants: builtins.list[str] | None = None,
            actor: str) -> tuple[Operator, str]:
        """Create an operator. Returns it and its key, shown this once."""
        tenants = ["*"] if tenants is None else tenants
        _check(name, roles, tenants)
        token, key_id, key_hash = self._new_key()
        op = Operator(id="op_" + uuid7().hex, name=name, roles=cast("list[Role]", sorted(set(roles))),
                      tenants=sorted(set(tenants)), created_by=actor, key_id=key_id)

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            now = _now()
            conn.execute(insert(operators).values(
                id=op.id, name=op.name, roles=" ".join(op.roles), tenants=msgspec.json.encode(op.tenants).decode(),
                status="active", key_id=key_id, key_hash=key_hash, created_by=actor, created_at=now, updated_at=now))
            return op, [AdminChange(actor=actor, action="operator.create", target=f"operator:{op.id}",
                                    after_digest=digest(msgspec.to_builtins(op)))], None

        return self.registry.change(actor, fn), token

    def rotate_key(self, operator_id: str, *, actor: str) -> tuple[Operator, str]:
        """A new key; the old one stops working at once."""
        token, key_id, key_hash = self._new_key()
        return self._update(operator_id, actor, "operator.rotate_key", key_id=key_id, key_hash=key_hash), token

    def revoke(self, operator_id: str, *, actor: str) -> Operator:
        """Revoke an operator: its key stops working at once, and it cannot be given a new one."""
        return self._update(operator_id, actor, "operator.revoke", status="revoked", key_id=None, key_hash=None)

    def _update(self, operator_id: str, actor: str, action: str, **values: Any) -> Operator:
        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            row = conn.execute(select(operators).where(operators.c.id == operator_id)).first()
            if row is None:
                raise NotFound(f"no operator {operator_id!r}", details={"id": operator_id})
            if row.status == "revoked":
                raise BadRequest(f"operator {operator_id!r} is revoked", code="OPERATOR_REVOKED",
                                 details={"id": operator_id})
            conn.execute(update(operators).where(operators.c.id == operator_id).values(updated_at=_now(), **values))
            row = conn.execute(select(operators).where(operators.c.id == operator_id)).one()
            return _of_row(row), [AdminChange(actor=actor, action=action, target=f"operator:{operator_id}")], None

        result: Operator = self.registry.change(actor, fn)
        return result
