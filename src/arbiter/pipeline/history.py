"""Result check ``history``: remember an executed result for the provenance check's later calls.

Runs after ``pii_result`` for calls Arbiter executed (invoke, MCP ``tools/call``) that belong to a
conversation (``context.conversation_id``; MCP: the session). The result as the agent receives it
(scrubbed) is analysed and stored (:class:`~arbiter.provenance.store.ConversationStore`), hashes
only, so a later call of the same agent in the same conversation is traced to it.
"""

from __future__ import annotations

import anyio.to_thread

from arbiter.provenance.conversation import Analyser, text_of
from arbiter.provenance.store import ConversationStore
from arbiter.types import CallContext, Verdict

__all__ = ["HistoryCheck"]


class HistoryCheck:
    """Append an executed result's analysis to its conversation; never denies."""

    name = "history"

    def __init__(self, store: ConversationStore, analyser: Analyser, key_of: object) -> None:
        self.store = store
        self.analyser = analyser
        self.key_of = key_of  # tenant -> the provenance key (the same hashing as the provenance check)

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        info = ctx.call.context
        if info is None or not info.conversation_id or ctx.agent is None or ctx.result is None:
            return None
        result = ctx.result
        if isinstance(result, dict) and isinstance(result.get("content"), list):  # an MCP CallToolResult
            result = result["content"] or result.get("structuredContent")
        text, opaque = text_of(result)
        key = self.key_of(ctx.agent.tenant)  # type: ignore[operator]
        segments = self.analyser.analyse(key, text, untrusted=True, opaque=opaque)
        agent, conversation = ctx.agent, info.conversation_id
        await anyio.to_thread.run_sync(lambda: self.store.append(agent.tenant, agent.id, conversation,
                                                                 ctx.call.tool, segments))
        return None
