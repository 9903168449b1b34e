"""Reuse of earlier tool results (``cache``) and storing new ones (``cache_store``).

``cache`` runs last in the chain, and only for calls that will be executed. A hit is an allow
whose result is the earlier (already scrubbed) one: the executor is skipped and the record names
the source decision and the similarity. ``cache_store`` runs after the result checks, so only a
result that passed them (output schema, no blocked entity) is stored; for a write tool it drops
the read entries the tool declares it invalidates. The rules themselves live in
:mod:`arbiter.cache`; lookups run in a worker thread because embedding a text is CPU work.

Spot checks (:mod:`arbiter.cache.spotcheck`): every Nth verified hit is held back, the call executes
like a miss, and ``cache_store`` compares the fresh result with the held-back one; on a miss whose
best candidate the verifier turned down just under its bar, it compares that candidate's result too.
"""

from __future__ import annotations

from collections.abc import Callable

import anyio.to_thread
import msgspec

from arbiter.cache import SemanticCache, cacheable
from arbiter.cache.semantic import Hit, Rejection
from arbiter.types import CacheInfo, CallContext, Verdict

CacheProvider = Callable[[], SemanticCache]


class CacheLookup:
    """Serve a cacheable read tool's earlier result for an equivalent call in the same partition."""

    name = "cache"

    def __init__(self, cache: CacheProvider) -> None:
        self.cache = cache

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        tool, agent = ctx.tool, ctx.agent
        if not ctx.executing or tool is None or agent is None or cacheable(tool) is None:
            return None
        cache = self.cache()
        rejected: list[Rejection] = []
        threshold = max(cache.threshold_for(tool) or 1.0, ctx.cache_threshold or 0.0)

        def look() -> tuple[bool, Hit | None]:
            # In the worker thread: the suspension may re-read the counts other processes share.
            suspended = cache.reuse_suspended(tool)
            return suspended, cache.lookup_call(tool, agent, ctx.policy.revision, ctx.arguments,
                                                threshold=1.0 if suspended else threshold, rejected=rejected)

        suspended, hit = await anyio.to_thread.run_sync(look)
        if suspended:
            threshold = 1.0  # spot checks found too much wrong reuse: only the same wording is served
        if hit is None:
            first = rejected[0] if rejected else None
            if first is not None and cache.second_look(tool, first):
                ctx.second_look = first  # the upstream's answer, due anyway, says whether reuse was right
            ctx.cache = CacheInfo(hit=False, threshold=threshold,
                                  stage="rejected" if first else "suspended" if suspended else None,
                                  rejected_decision_id=first.decision_id if first else None,
                                  rejected_reason=first.reason if first else None)
            return None
        if hit.stage == "verified" and cache.spot_check_due(tool):
            # Held back: the call goes upstream and cache_store compares the two results.
            ctx.spot_check = hit
            ctx.cache = CacheInfo(hit=False, similarity=hit.similarity, stage="spot_check", threshold=threshold,
                                  verifier=hit.verifier, spot_check_of=hit.source_decision_id)
            return None
        ctx.result = hit.value
        ctx.cache = CacheInfo(hit=True, similarity=hit.similarity, source_decision_id=hit.source_decision_id,
                              stage=hit.stage, threshold=threshold, verifier=hit.verifier)
        return Verdict(verdict="allow")


class CacheStore:
    """After a successful execution: store an eligible result; apply a write tool's invalidations."""

    name = "cache_store"

    def __init__(self, cache: CacheProvider) -> None:
        self.cache = cache

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        tool, agent = ctx.tool, ctx.agent
        if tool is None or agent is None:
            return None
        if cacheable(tool) is not None:
            cache = self.cache()
            if ctx.spot_check is not None:
                held, fresh, asked = ctx.spot_check, ctx.result, ctx.arguments
                agree = await anyio.to_thread.run_sync(lambda: cache.record_spot_check(tool, held, fresh, asked))
                ctx.cache = msgspec.structs.replace(ctx.cache or CacheInfo(hit=False),
                                                    spot_check="agree" if agree else "disagree")
            if ctx.second_look is not None:
                look, result, asked = ctx.second_look, ctx.result, ctx.arguments
                same = await anyio.to_thread.run_sync(lambda: cache.record_second_look(tool, look, result, asked))
                if same is not None:
                    ctx.cache = msgspec.structs.replace(ctx.cache or CacheInfo(hit=False),
                                                        second_look="agree" if same else "disagree")
            stored = await anyio.to_thread.run_sync(lambda: cache.store_call(
                tool, agent, ctx.policy.revision, ctx.arguments, ctx.result, ctx.decision_id))
            # Keep what the lookup found (the verifier's rejection) beside the store outcome.
            ctx.cache = msgspec.structs.replace(ctx.cache or CacheInfo(hit=False), stored=stored)
        elif tool.cache and tool.cache.get("invalidates"):
            cache = self.cache()
            await anyio.to_thread.run_sync(lambda: cache.after_call(tool, ctx.arguments))
        return None
