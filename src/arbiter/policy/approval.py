"""An allowlist entry's ``approval`` rule, compiled: when a call needs a person's approval first.

The workflow around it (pending approvals, deciding, using them once) is :mod:`arbiter.approvals`;
the check that applies it is :mod:`arbiter.pipeline.approval`.
"""

from __future__ import annotations

from typing import Any

import msgspec

from arbiter.errors import InvalidPolicy
from arbiter.policy.validators import check_schema, schema_hash

__all__ = ["ApprovalRule", "Condition", "compile_rule"]


class Condition(msgspec.Struct, frozen=True, kw_only=True):
    """One ``approval.when`` condition, compiled."""

    always: bool = False
    arguments: dict[str, Any] | None = None
    arguments_hash: str | None = None
    new_value: str | None = None  # a JSON pointer

    def describe(self) -> str:
        if self.always:
            return "every call of this tool needs approval"
        if self.arguments is not None:
            return "the arguments match the allowlist's approval rule"
        return f"{self.new_value} is a value this agent has never used"


class ApprovalRule(msgspec.Struct, frozen=True, kw_only=True):
    """An entry's ``approval``: conditions and how long an approval lives."""

    when: tuple[Condition, ...]
    expires_s: float | None = None


def compile_rule(spec: dict[str, Any] | None, *, where: str) -> ApprovalRule | None:
    """Compile an allowlist entry's (schema-valid) ``approval`` spec."""
    if spec is None:
        return None
    out = []
    for i, c in enumerate(spec.get("when") or []):
        schema = c.get("arguments")
        if schema is not None:
            check_schema(schema, what=f"{where}.approval.when[{i}].arguments")
        out.append(Condition(always=bool(c.get("always", False)), arguments=schema,
                             arguments_hash=schema_hash(schema) if schema is not None else None,
                             new_value=c.get("new_value")))
    if not out:
        raise InvalidPolicy(f"{where}.approval.when needs at least one condition")
    return ApprovalRule(when=tuple(out), expires_s=spec.get("expires_s"))
