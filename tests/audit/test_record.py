"""Audit record encoding, chain hashing and the keyed arguments digest."""

from __future__ import annotations

from arbiter.audit.record import GENESIS_HASH, AuditRecordV1, args_digest, chain_hash, decode_body, encode_body


def test_args_digest_is_canonical_and_keyed() -> None:
    a = args_digest(b"k1", {"b": 1, "a": [1.0, "x"]})
    assert a == args_digest(b"k1", {"a": [1, "x"], "b": 1})  # RFC 8785: key order and 1.0 == 1
    assert a != args_digest(b"k2", {"b": 1, "a": [1.0, "x"]})
    assert a != args_digest(b"k1", {"b": 2, "a": [1.0, "x"]})


def test_body_round_trips_and_hash_links() -> None:
    rec = AuditRecordV1(decision_id="d", ts="2026-01-01T00:00:00.000000Z", kind="check", verdict="allow", seq=1)
    body = encode_body(rec)
    assert decode_body(body) == rec
    h = chain_hash(GENESIS_HASH, body)
    assert h != chain_hash(GENESIS_HASH, body.replace(b"allow", b"deny!"))
    assert h != chain_hash("1" * 64, body)
