"""The cache checks apply only to executed calls of cacheable tools."""

from __future__ import annotations

from arbiter.pipeline.cache import CacheLookup, CacheStore
from arbiter.registry import ToolSpec
from arbiter.service import Arbiter
from arbiter.types import ToolAnnotations, ToolCall


def _cacheable(svc: Arbiter) -> None:
    svc.registry.put_tool(ToolSpec(tenant="acme", name="kb", input_schema={"type": "object"},
                                   annotations=ToolAnnotations(readOnlyHint=True),
                                   cache={"enabled": True, "ttl_s": 60, "semantic_fields": ["query"],
                                          "max_false_reuse": 0.05}), actor="t")
    svc.registry.apply_allowlists([("x", {"name": "kb", "tenant": "acme", "tools": {"kb": {}}})], actor="t")


async def test_lookup_skips_decisions_that_execute_nothing(svc: Arbiter) -> None:
    _cacheable(svc)
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="kb", actor="t")
    built = []

    def provider():  # type: ignore[no-untyped-def]
        built.append(1)
        return svc.cache_for_call()

    ctx = svc.pipeline.context(ToolCall(tool="kb", arguments={"query": "q"}), agent)
    ctx.tool = svc.registry.tool("acme", "kb")
    assert await CacheLookup(provider)(ctx) is None and built == []  # /v1/check: no lookup, no cache built


async def test_store_then_hit_in_the_same_partition(svc: Arbiter) -> None:
    _cacheable(svc)
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="kb", actor="t")
    tool = svc.registry.tool("acme", "kb")

    def ctx_for(query: str):  # type: ignore[no-untyped-def]
        ctx = svc.pipeline.context(ToolCall(tool="kb", arguments={"query": query}), agent, kind="invoke")
        ctx.tool, ctx.executing = tool, True
        ctx.policy.revision = svc.registry.allowlist("kb").revision
        return ctx

    first = ctx_for("How do I reset my password?")
    assert await CacheLookup(svc.cache_for_call)(first) is None and first.cache.hit is False  # type: ignore[union-attr]
    first.result = {"answer": 42}
    assert await CacheStore(svc.cache_for_call)(first) is None and first.cache.stored is True  # type: ignore[union-attr]
    second = ctx_for("How can I reset my password?")
    verdict = await CacheLookup(svc.cache_for_call)(second)
    assert verdict is not None and verdict.verdict == "allow"
    assert second.result == {"answer": 42} and second.cache.source_decision_id == first.decision_id  # type: ignore[union-attr]
