"""Arguments must pass the tool's JSON Schema and the allowlist's narrower one.

One reason per validation error: ``SCHEMA_VIOLATION`` for the tool's schema,
``ALLOWLIST_CONSTRAINT`` for the allowlist's. Validators are compiled once per schema content.
"""

from __future__ import annotations

from arbiter.policy.validators import compiled, reasons
from arbiter.types import CallContext, Verdict


class SchemaCheck:
    """Validate the raw arguments (before scrubbing, so a redaction cannot mask a violation)."""

    name = "schema"

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        assert ctx.tool is not None
        found = reasons(compiled(ctx.tool.input_schema, ctx.tool.schema_hash), ctx.call.arguments,
                        "SCHEMA_VIOLATION")
        narrowing = ctx.entry.narrowing() if ctx.entry is not None else None
        if narrowing is not None:
            found += reasons(narrowing, ctx.call.arguments, "ALLOWLIST_CONSTRAINT")
        if found:
            return Verdict(verdict="deny", reasons=found)
        return None
