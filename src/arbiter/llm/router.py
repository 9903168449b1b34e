"""Model choice as a policy decision: which model serves a request, which were passed over, and why.

Pure functions over the compiled :class:`ModelPolicy`, the catalog's models and the request's
facts; the proxy adds the budget (reserve, downgrade) and the fallbacks at forwarding time.

* A request naming an **alias** (``fast``, ``smart``, ``auto``...) goes through the policy's
  ``routes`` in order; the first whose conditions all hold names the target, else the alias is
  the target. A request naming an allowed **model** gets that model (routes never override an
  explicit choice). A model the policy does not allow is refused (``MODEL_NOT_ALLOWED``) unless
  ``reroute`` says where to send it instead; a name neither the policy nor the catalog knows is
  ``MODEL_NOT_FOUND``.
* The target's models, in order, are the candidates. A candidate is passed over, with the reason
  recorded, when it speaks another protocol than the endpoint, lacks a capability the request
  uses (tools, images, streaming), or its context window cannot hold the prompt plus
  ``max_tokens``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import msgspec
import numpy as np

from arbiter.errors import BadRequest, Forbidden, NotFound
from arbiter.llm.catalog import Model, Provider
from arbiter.llm.policy import ModelPolicy, Route
from arbiter.llm.request import RequestFacts
from arbiter.types import ModelChoice

__all__ = ["Candidate", "IntentClassifier", "Plan", "downgrades", "plan"]


class Candidate(msgspec.Struct, kw_only=True):
    """A model that can serve the request, with its reservation."""

    model: Model
    provider: Provider
    reserve_tokens: int
    reserve_micros: int  # 0 without prices


class Plan(msgspec.Struct, kw_only=True):
    """The routing decision before the budget: candidates in order of preference."""

    requested: str
    target: str
    rule: str
    intent: str | None = None
    candidates: list[Candidate]
    rejected: list[ModelChoice]


Embed = Callable[[list[str]], Any]


class IntentClassifier:
    """Classifies the latest user turn against each policy's operator-written examples (cosine,
    nearest example per class), with the shipped embedder; example vectors are computed once per
    allowlist revision, user texts are remembered in a small LRU."""

    def __init__(self, embed: Embed, *, cache_size: int = 2048) -> None:
        self.embed = embed
        # id(policy) -> (policy, vectors): the policy is kept, so its id cannot be reused by another one.
        self._examples: dict[int, tuple[ModelPolicy, list[tuple[str, float, np.ndarray]]]] = {}
        self._texts: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.cache_size = cache_size

    def _compiled(self, policy: ModelPolicy) -> list[tuple[str, float, np.ndarray]]:
        key = id(policy)
        entry = self._examples.get(key)
        if entry is not None and entry[0] is policy:
            return entry[1]
        found = [(c.name, c.threshold, np.asarray(self.embed(list(c.examples)), dtype=np.float32))
                 for c in policy.intents]
        with self._lock:
            if len(self._examples) > 256:  # revisions come and go; keep memory bounded
                self._examples.clear()
            self._examples[key] = (policy, found)
        return found

    def _vector(self, text: str) -> np.ndarray:
        with self._lock:
            hit = self._texts.get(text)
            if hit is not None:
                self._texts.move_to_end(text)
                return hit
        vec = np.asarray(self.embed([text]), dtype=np.float32)[0]
        with self._lock:
            self._texts[text] = vec
            while len(self._texts) > self.cache_size:
                self._texts.popitem(last=False)
        return vec

    def classify(self, policy: ModelPolicy, text: str) -> tuple[str, float] | None:
        """The best class whose nearest example is at least its threshold, with the score; or None."""
        if not policy.intents or not text.strip():
            return None
        vec = self._vector(text)
        best: tuple[str, float] | None = None
        for name, threshold, examples in self._compiled(policy):
            score = float(np.max(examples @ vec))
            if score >= threshold and (best is None or score > best[1]):
                best = (name, score)
        return best


def _matches(route: Route, requested: str, facts: RequestFacts, intent: str | None, remaining: float) -> bool:
    return ((not route.from_ or requested in route.from_)
            and (route.intent is None or route.intent == intent)
            and (route.min_tokens is None or facts.prompt_tokens >= route.min_tokens)
            and (route.tools is None or route.tools == facts.tools)
            and (route.images is None or route.images == (facts.images > 0))
            and (route.budget_below is None or remaining < route.budget_below))


def unsuitable(model: Model, provider: Provider, protocol: str, facts: RequestFacts) -> str | None:
    """Why a model cannot serve the request, or None."""
    if provider.protocol != protocol:
        return f"speaks {provider.protocol}, the request is {protocol}"
    if facts.tools and not model.tools:
        return "does not support tools"
    if facts.images and not model.images:
        return "does not support images"
    if facts.stream and not model.streaming:
        return "does not support streaming"
    need = facts.prompt_tokens + (facts.max_tokens or 0)
    if need > model.context_window:
        return f"context window {model.context_window} < about {need} tokens (prompt + max_tokens)"
    return None


def candidate(model: Model, provider: Provider, facts: RequestFacts) -> Candidate:
    """A model with the reservation the request needs on it."""
    out = facts.max_tokens or model.max_output_tokens
    return Candidate(model=model, provider=provider, reserve_tokens=facts.prompt_tokens + out,
                     reserve_micros=model.cost_micros(facts.prompt_tokens, out) or 0)


def plan(policy: ModelPolicy, models: dict[str, Model], providers: dict[str, Provider], protocol: str,
         facts: RequestFacts, *, classify: Callable[[], tuple[str, float] | None] | None = None,
         remaining: Callable[[], float] | None = None) -> Plan:
    """Choose the target and its candidates; raises the refusal as an :class:`ArbiterError`."""
    requested = facts.model
    intent: str | None = None
    if requested in policy.aliases:
        rule, target = f"alias {requested}", requested
        if policy.routes:
            needs_intent = any(r.intent for r in policy.routes)
            found = classify() if needs_intent and classify is not None else None
            intent = found[0] if found else None
            needs_budget = any(r.budget_below is not None for r in policy.routes)
            left = remaining() if needs_budget and remaining is not None else 1.0
            for route in policy.routes:
                if _matches(route, requested, facts, intent, left):
                    rule, target = route.describe(), route.use
                    break
    elif requested in policy.allow:
        rule, target = "requested", requested
    elif requested not in models:
        raise NotFound(f"model {requested!r} is neither a model of the catalog nor an alias of this agent's policy",
                       code="MODEL_NOT_FOUND", details={"model": requested})
    elif policy.reroute is not None:
        rule, target = f"reroute (the policy does not allow {requested})", policy.reroute
    else:
        raise Forbidden(f"this agent's policy does not allow model {requested!r}", code="MODEL_NOT_ALLOWED",
                        details={"model": requested, "allowed": sorted(policy.allow) + sorted(policy.aliases)})
    candidates, rejected = [], []
    for name in policy.expand(target):
        model = models.get(name)
        provider = providers.get(model.provider) if model else None
        if model is None or provider is None:
            rejected.append(ModelChoice(model=name, reason="not in the catalog"))
            continue
        why = unsuitable(model, provider, protocol, facts)
        if why:
            rejected.append(ModelChoice(model=name, reason=why))
        else:
            candidates.append(candidate(model, provider, facts))
    if not candidates:
        raise NoSuitableModel(requested, target, rejected)
    return Plan(requested=requested, target=target, rule=rule, intent=intent, candidates=candidates,
                rejected=rejected)


class NoSuitableModel(BadRequest):
    """Every model the target stands for was passed over."""

    def __init__(self, requested: str, target: str, rejected: list[ModelChoice]) -> None:
        why = "; ".join(f"{r.model}: {r.reason}" for r in rejected)
        super().__init__(f"no model of {target!r} can serve this request ({why})", code="NO_SUITABLE_MODEL",
                         details={"model": requested, "target": target,
                                  "rejected": [msgspec.to_builtins(r) for r in rejected]})


def downgrades(policy: ModelPolicy, models: dict[str, Model], providers: dict[str, Provider], protocol: str,
               facts: RequestFacts, *, max_tier: int, exclude: set[str]) -> list[Candidate]:
    """Allowed models of no higher tier that can serve the request, cheapest reservation first."""
    out = []
    for name in sorted(policy.allow - exclude):
        model = models.get(name)
        provider = providers.get(model.provider) if model else None
        if model is None or provider is None or model.tier > max_tier:
            continue
        if unsuitable(model, provider, protocol, facts) is None:
            out.append(candidate(model, provider, facts))
    # Without prices a model's cost is unknown, not zero: priced models first, then by tier.
    out.sort(key=lambda c: (c.model.prices is None, c.reserve_micros, c.model.tier, c.reserve_tokens, c.model.name))
    return out

