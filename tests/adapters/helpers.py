"""Shared bits of the sans-IO adapter tests: a scripted govern function and a real scrubber."""

from __future__ import annotations

from arbiter.adapters.base import CallOutcome, OutboundScrub, ProposedCall
from arbiter.pii.scrub import Scrubber
from arbiter.types import Reason

SCRUBBER = Scrubber()


def scrub() -> OutboundScrub:
    return OutboundScrub(SCRUBBER, b"k" * 32)


class FakeGovern:
    """Denies the tools named in ``deny`` (and malformed calls); records what it was asked."""

    def __init__(self, *deny: str) -> None:
        self.deny = set(deny)
        self.seen: list[ProposedCall] = []

    async def __call__(self, calls: list[ProposedCall]) -> list[CallOutcome]:
        self.seen += calls
        out = []
        for c in calls:
            if c.error is not None:
                out.append(CallOutcome(call=c, allowed=False, arguments=None, decision_id="d",
                                       reasons=[Reason(code=c.error_code, message=c.error)]))
            elif c.name in self.deny:
                out.append(CallOutcome(call=c, allowed=False, arguments=None, decision_id="d",
                                       reasons=[Reason(code="TOOL_NOT_ALLOWED", message="no")]))
            else:
                out.append(CallOutcome(call=c, allowed=True, arguments=c.arguments, decision_id="d", reasons=[]))
        return out
