"""The stored audit record, a versioned type (``AuditRecordV1``), and its hashing.

A record is stored as its JSON body with sorted keys (without ``hash``); the row's hash is
``sha256(prev_hash + "\\n" + body)``, so the chain can be recomputed from the stored bytes by
anyone with read access. The JSON Schema of the record is ``schemas/audit_record.schema.json``.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from typing import Any

import msgspec
import rfc8785

from arbiter.types import CacheInfo, Finding, Reason

GENESIS_HASH = "0" * 64


class AuditContext(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Correlation ids a caller attached to a decision."""

    conversation_id: str | None = None
    trace_id: str | None = None
    source: str | None = None


class AdminChange(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What an administrative change did: digests only, never the documents."""

    actor: str
    action: str  # e.g. tool.create, agent.rotate_key, allowlist.apply
    target: str
    before_digest: str | None = None
    after_digest: str | None = None


class AuditRecordV1(msgspec.Struct, kw_only=True, omit_defaults=True, tag_field="v", tag=1):
    """One append-only audit record: a decision, a failed authentication, or an admin change.

    Every stored body carries ``"v": 1`` (the msgspec tag), so readers can tell versions apart.
    """

    decision_id: str
    ts: str
    kind: str  # decision | auth_failure | admin
    tenant: str | None = None
    agent_id: str | None = None
    tool: str | None = None
    tool_version: int | None = None
    allowlist: str | None = None
    revision: str | None = None
    verdict: str | None = None
    reasons: list[Reason] = []
    flags: list[Reason] = []
    findings: list[Finding] = []
    result_findings: list[Finding] = []
    entity_counts: dict[str, int] = {}
    args_digest: str | None = None
    arguments: Any = None
    arguments_omitted: str | None = None
    latency_us: int | None = None
    call_id: str | None = None
    context: AuditContext | None = None
    cache: CacheInfo | None = None
    upstream: dict[str, Any] | None = None
    admin: AdminChange | None = None
    key_fingerprint: str | None = None  # failed auth: keyed hash of the presented token, never the token
    seq: int = 0
    prev_hash: str = GENESIS_HASH


_encoder = msgspec.json.Encoder(order="sorted")
_decoder = msgspec.json.Decoder(AuditRecordV1)


def encode_body(record: AuditRecordV1) -> bytes:
    """The stored body: sorted-key JSON of the record."""
    return _encoder.encode(record)


def decode_body(body: bytes | str) -> AuditRecordV1:
    """Parse a stored body back into a record."""
    return _decoder.decode(body)


def chain_hash(prev_hash: str, body: bytes) -> str:
    """The hash that links a record to its predecessor."""
    return hashlib.sha256(prev_hash.encode() + b"\n" + body).hexdigest()


def args_digest(secret: bytes, arguments: Any) -> str:
    """Keyed HMAC-SHA256 of the RFC 8785 canonical JSON of ``arguments``."""
    try:
        canonical = rfc8785.dumps(arguments)
    except Exception:  # not representable canonically (e.g. NaN): digest its msgspec form instead
        canonical = msgspec.json.encode(arguments, order="sorted")
    return hmac.new(secret, canonical, hashlib.sha256).hexdigest()


def utc_now_iso(ts_us: int) -> str:
    """RFC 3339 timestamp with microseconds, UTC."""
    return datetime.fromtimestamp(ts_us / 1_000_000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
