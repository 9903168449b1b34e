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

from arbiter.types import ArgumentSource, CacheInfo, Finding, ModelCallInfo, Reason

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


class AlertRaised(msgspec.Struct, kw_only=True):
    """A drift or spike alert (record kind ``alert``): the metric and its numbers, never values."""

    id: str
    metric: str
    window_start: int  # unix seconds
    window_s: int
    observed: float
    baseline: float
    threshold: float


class AuditRecordV1(msgspec.Struct, kw_only=True, omit_defaults=True, tag_field="v", tag=1):
    """One append-only audit record: a decision, a failed authentication, an admin change, or an alert.

    Every stored body carries ``"v": 1`` (the msgspec tag), so readers can tell versions apart.
    """

    decision_id: str
    ts: str
    kind: str  # check, invoke, model_tool_call, mcp_tool_call, model_call, approval, auth_failure, admin, alert
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
    provenance: list[ArgumentSource] = []  # where each argument came from: paths and message refs, no values
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
    model: ModelCallInfo | None = None  # kind model_call: the model decision, tokens and cost
    approval_id: str | None = None  # a hold's approval, its decision (kind approval), or the call that used it
    alert: AlertRaised | None = None  # kind alert: what it found
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


_SCALARS = (str, int, bool, type(None))


def _sorted_json_is_canonical(value: Any) -> bool:
    """Whether msgspec's sorted-key JSON of ``value`` is byte for byte its RFC 8785 form.

    It is for plain JSON without floats (RFC 8785 writes numbers the ECMAScript way, e.g. ``1`` for 1.0)
    and with ASCII keys (RFC 8785 sorts keys by UTF-16 code units; for ASCII every order agrees). Strings
    escape alike in both (only ``"``, ``\\`` and control characters; other text as UTF-8), and integers
    outside the range RFC 8785 accepts are digested in msgspec's form in either case.
    """
    stack = [value]
    while stack:
        node = stack.pop()
        if type(node) is dict:
            for key, item in node.items():
                if type(key) is not str or not key.isascii():
                    return False
                stack.append(item)
        elif type(node) is list:
            stack.extend(node)
        elif type(node) not in _SCALARS:
            return False
    return True


def args_digest(secret: bytes, arguments: Any) -> str:
    """Keyed HMAC-SHA256 of the RFC 8785 canonical JSON of ``arguments``."""
    canonical = None
    if _sorted_json_is_canonical(arguments):  # the common case, without rfc8785's pure-Python serializer
        try:
            canonical = _encoder.encode(arguments)
        except Exception:  # e.g. a lone surrogate: take the general path, which decides what to digest
            canonical = None
    if canonical is None:
        try:
            canonical = rfc8785.dumps(arguments)
        except Exception:  # not representable canonically (e.g. NaN): digest its msgspec form instead
            canonical = msgspec.json.encode(arguments, order="sorted")
    return hmac.new(secret, canonical, hashlib.sha256).hexdigest()


_second: tuple[int, str] = (-1, "")  # the last whole second formatted, shared by every caller (a tuple: atomic)


def utc_now_iso(ts_us: int) -> str:
    """RFC 3339 timestamp with microseconds, UTC (``YYYY-MM-DDTHH:MM:SS.ffffffZ``).

    Decisions made within the same second reuse its formatted prefix; only the microseconds are formatted
    per call (``strftime`` was a measurable share of building a record under load).
    """
    global _second
    sec, us = divmod(ts_us, 1_000_000)
    cached = _second
    if cached[0] != sec:
        cached = _second = (sec, datetime.fromtimestamp(sec, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S"))
    return f"{cached[1]}.{us:06d}Z"
