"""Partition keys and canonical argument digests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import rfc8785

from arbiter.types import Agent, Tool, Trust


@dataclass(frozen=True, slots=True)
class PartitionKey:
    """Everything that must be equal before two calls may share a cached result.

    A hit never crosses a partition: the key is resolved before any similarity is computed, and
    each partition has its own index. Trust is part of it so a result produced for a privileged
    agent is never served to a less trusted one.
    """

    tenant: str
    tool: str
    tool_version: int
    allowlist_revision: str
    trust: int
    model_id: str

    @classmethod
    def for_call(cls, tool: Tool, agent: Agent, allowlist_revision: str | None, model_id: str) -> PartitionKey:
        """The partition of a call of ``tool`` by ``agent`` under the allowlist at ``allowlist_revision``."""
        return cls(tenant=tool.tenant, tool=tool.name, tool_version=tool.version,
                   allowlist_revision=allowlist_revision or "", trust=int(Trust(agent.trust)), model_id=model_id)

    @property
    def digest(self) -> str:
        """A stable sha256 of the key (the stored partition column)."""
        return hashlib.sha256(canonical([self.tenant, self.tool, self.tool_version, self.allowlist_revision,
                                         self.trust, self.model_id])).hexdigest()


def canonical(value: Any) -> bytes:
    """RFC 8785 canonical JSON: equal values give equal bytes whatever the key order or number spelling."""
    return rfc8785.dumps(value)


# Longer texts are compared exactly: the embedder reads only its first tokens (a difference past
# them would be invisible), and a long text is a document to act on, not a question to reuse.
MAX_SEMANTIC_CHARS = 1000


def split_arguments(arguments: dict[str, Any], semantic_fields: tuple[str, ...] | list[str]
                    ) -> tuple[dict[str, Any], dict[str, str]]:
    """Split into (exact, semantic): only non-empty string values of named fields, up to
    :data:`MAX_SEMANTIC_CHARS`, are compared by meaning; anything else must be equal."""
    semantic = {f: arguments[f] for f in sorted(semantic_fields)
                if isinstance(arguments.get(f), str) and arguments[f].strip()
                and len(arguments[f]) <= MAX_SEMANTIC_CHARS}
    exact = {k: v for k, v in arguments.items() if k not in semantic}
    return exact, semantic


def exact_digest(exact: dict[str, Any], semantic_names: list[str] | tuple[str, ...]) -> str:
    """Digest of the exactly-compared arguments, and of which fields were semantic."""
    return hashlib.sha256(canonical({"exact": exact, "semantic": sorted(semantic_names)})).hexdigest()
