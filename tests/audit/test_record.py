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


def test_fast_digest_path_equals_rfc8785_for_float_free_documents() -> None:
    import hashlib
    import hmac
    import random

    import rfc8785

    rng = random.Random(3)
    alphabet = 'abc"\\\n\t\x01é€𝄞 ~/'

    def doc(depth: int = 0) -> object:
        kind = rng.randrange(6 if depth < 3 else 3)
        if kind == 0:
            return "".join(rng.choice(alphabet) for _ in range(rng.randrange(6)))
        if kind == 1:
            return rng.choice([0, -1, 7, 2**52, True, False, None])
        if kind == 2:
            return rng.choice(["x", "ORD-1"])
        if kind in (3, 4):
            return {"".join(rng.choice("abcXYZ_") for _ in range(rng.randrange(1, 5))): doc(depth + 1)
                    for _ in range(rng.randrange(4))}
        return [doc(depth + 1) for _ in range(rng.randrange(4))]

    for _ in range(2000):
        d = doc()
        expected = hmac.new(b"k", rfc8785.dumps(d), hashlib.sha256).hexdigest()
        assert args_digest(b"k", d) == expected, d
