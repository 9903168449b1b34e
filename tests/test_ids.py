"""UUIDv7 ids: version, variant, time order."""

from __future__ import annotations

import time

from arbiter.ids import uuid7


def test_version_variant_and_time_order() -> None:
    ids = []
    for _ in range(50):
        ids.append(uuid7())
        time.sleep(0.001)
    assert all(u.version == 7 and u.variant == "specified in RFC 4122" for u in ids)
    assert ids == sorted(ids)  # a millisecond apart: the time prefix orders them
    assert len({uuid7() for _ in range(10_000)}) == 10_000
    ms = ids[0].int >> 80
    assert abs(ms - time.time_ns() // 1_000_000) < 5_000
