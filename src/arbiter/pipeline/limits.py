"""First check of every call: the arguments are within the nesting and size limits.

Runs before anything reads the arguments, whichever entry point the call came through (the
decision API, invoke, a tool call a model proposed, MCP). Over a limit is a deny, audited like
every decision: ``TOO_DEEP`` (deeper than ``ARBITER_MAX_JSON_DEPTH``), ``ARGUMENTS_TOO_LARGE``
(more than ``ARBITER_MAX_ARGUMENT_BYTES`` of compact JSON) or ``INVALID_TEXT`` (a lone
surrogate). The measured size is left on the context: the PII check uses it to decide whether to
scrub off the event loop.
"""

from __future__ import annotations

from arbiter.documents import depth_exceeds, encoded_size
from arbiter.types import CallContext, Verdict


class LimitsCheck:
    """Deny arguments nested deeper than ``max_depth`` or larger than ``max_bytes``."""

    name = "limits"

    def __init__(self, *, max_depth: int, max_bytes: int) -> None:
        self.max_depth = max_depth
        self.max_bytes = max_bytes

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        where = depth_exceeds(ctx.call.arguments, self.max_depth)
        if where is not None:
            return Verdict.deny("TOO_DEEP", f"the arguments are nested deeper than {self.max_depth} levels",
                                path=where)
        try:
            ctx.arguments_bytes = encoded_size(ctx.call.arguments)
        except UnicodeEncodeError:  # a lone surrogate ("\udcff" in the JSON): not text any scrubber can trust
            return Verdict.deny("INVALID_TEXT", "a string in the arguments holds a lone surrogate (invalid Unicode)")
        if ctx.arguments_bytes > self.max_bytes:
            return Verdict.deny("ARGUMENTS_TOO_LARGE",
                                f"the arguments are {ctx.arguments_bytes} bytes of JSON; the limit is {self.max_bytes}")
        return None
