"""Shared bits of the sans-IO adapter tests: a scripted govern function and a real scrubber."""

from __future__ import annotations

from arbiter.adapters.base import CallOutcome, OutboundScrub, ProposedCall
from arbiter.pii.scrub import Scrubber
from arbiter.types import Reason, Verdict

SCRUBBER = Scrubber()


def scrub() -> OutboundScrub:
    return OutboundScrub(SCRUBBER, b"k" * 32)


class FakeGovern:
    """Denies the tools named in ``deny`` (and malformed calls), answers ``verdicts[name]`` (e.g. a hold
    or a verdict no code knows) for the tools named there; records what it was asked."""

    def __init__(self, *deny: str, verdicts: dict[str, Verdict] | None = None) -> None:
        self.deny = set(deny)
        self.verdicts = verdicts or {}
        self.seen: list[ProposedCall] = []

    async def __call__(self, calls: list[ProposedCall]) -> list[CallOutcome]:
        self.seen += calls
        out = []
        for c in calls:
            if c.error is not None:
                verdict = Verdict.deny(c.error_code, c.error)
            elif c.name in self.verdicts:
                verdict = self.verdicts[c.name]
            elif c.name in self.deny:
                verdict = Verdict(verdict="deny", reasons=[Reason(code="TOOL_NOT_ALLOWED", message="no")])
            else:
                verdict = Verdict(verdict="allow")
            out.append(CallOutcome(call=c, verdict=verdict, decision_id="d",
                                   arguments=c.arguments if verdict.allowed else None))
        return out
