"""Time-ordered ids (UUIDv7, RFC 9562) for decisions and agents.

The ``uuid6`` package draws its random bits from ``SystemRandom`` (one ``getrandom`` syscall per
id), which showed up as 4% of the server's CPU under load. Ids must be unique and time-ordered,
not unpredictable, so the random part comes from the ``random`` module, which Python reseeds from
the OS in every forked worker.
"""

from __future__ import annotations

import random
import time
import uuid

_VERSION_AND_VARIANT = (0x7 << 76) | (0b10 << 62)


def uuid7() -> uuid.UUID:
    """A UUIDv7: 48 bits of Unix milliseconds, then 74 random bits."""
    ms = time.time_ns() // 1_000_000
    rand = random.getrandbits(74)
    value = (ms << 80) | _VERSION_AND_VARIANT | ((rand >> 62) << 64) | (rand & ((1 << 62) - 1))
    return uuid.UUID(int=value)
