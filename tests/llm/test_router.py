"""Routing: the target a request gets (requested, alias, route, reroute), the candidates and why others were
passed over, reservations, downgrades, and intent classification with the shipped embedder."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from arbiter.errors import BadRequest, Forbidden, NotFound
from arbiter.llm.catalog import Model, Prices, Provider
from arbiter.llm.policy import ModelPolicy, parse_models
from arbiter.llm.request import RequestFacts
from arbiter.llm.router import IntentClassifier, NoSuitableModel, downgrades, plan, unsuitable

PROVIDERS = {
    "oai": Provider(name="oai", protocol="openai", base_url="https://api.openai.example/v1", api_key_env="OAI_KEY"),
    "ant": Provider(name="ant", protocol="anthropic", base_url="https://api.anthropic.example"),
}

MODELS = {m.name: m for m in [
    Model(name="mini", provider="oai", upstream_id="gpt-4o-mini", tier=1, images=True, max_output_tokens=16_384,
          prices=Prices(input=0.15, output=0.6)),
    Model(name="big", provider="oai", upstream_id="gpt-4o", tier=3, images=True,
          prices=Prices(input=2.5, output=10.0, cached_input=1.25)),
    Model(name="mid", provider="oai", tier=2, prices=Prices(input=1.0, output=4.0)),
    Model(name="plain", provider="oai", tier=1, tools=False, prices=Prices(input=0.1, output=0.4)),
    Model(name="tiny", provider="oai", tier=1, context_window=1_000, max_output_tokens=500,
          prices=Prices(input=0.05, output=0.2)),
    Model(name="batch", provider="oai", tier=1, streaming=False, prices=Prices(input=0.5, output=1.0)),
    Model(name="local", provider="oai", tier=1),  # no prices
    Model(name="sonnet", provider="ant", upstream_id="claude-sonnet-4", tier=2, images=True,
          prices=Prices(input=3.0, output=15.0)),
    Model(name="haiku", provider="ant", tier=1, prices=Prices(input=0.8, output=4.0)),
    Model(name="orphan", provider="gone", tier=1),  # its provider is missing
]}


def facts(model: str, *, prompt: int = 100, max_tokens: int | None = None, stream: bool = False,
          tools: bool = False, images: int = 0, text: str = "") -> RequestFacts:
    return RequestFacts(model=model, prompt_tokens=prompt, max_tokens=max_tokens, stream=stream, tools=tools,
                        images=images, latest_user_text=text)


def policy(**section: Any) -> ModelPolicy:
    p = parse_models(section, source="test")
    assert p is not None
    return p


BASIC = policy(allow=["mini", "big", "local"], aliases={"fast": ["mini", "haiku"], "smart": ["big", "sonnet", "fast"]})


def names(p: Any) -> list[str]:
    return [c.model.name for c in p.candidates]


def never() -> Any:
    raise AssertionError("must not be called")


# ---- the target ------------------------------------------------------------------------------

def test_an_allowed_model_is_used_as_requested() -> None:
    p = plan(BASIC, MODELS, PROVIDERS, "openai", facts("big"))
    assert (p.requested, p.target, p.rule, p.intent) == ("big", "big", "requested", None)
    assert names(p) == ["big"] and p.rejected == []
    assert p.candidates[0].provider is PROVIDERS["oai"]


def test_an_alias_gives_its_models_in_order() -> None:
    p = plan(BASIC, MODELS, PROVIDERS, "openai", facts("smart"))
    assert (p.target, p.rule) == ("smart", "alias smart")
    assert names(p) == ["big", "mini"]  # sonnet and haiku speak anthropic
    assert [(r.model, r.reason) for r in p.rejected] == [("sonnet", "speaks anthropic, the request is openai"),
                                                         ("haiku", "speaks anthropic, the request is openai")]
    p = plan(BASIC, MODELS, PROVIDERS, "anthropic", facts("smart"))
    assert names(p) == ["sonnet", "haiku"]


def test_a_model_the_policy_does_not_allow_is_forbidden() -> None:
    with pytest.raises(Forbidden) as err:
        plan(BASIC, MODELS, PROVIDERS, "openai", facts("mid"))
    assert err.value.code == "MODEL_NOT_ALLOWED" and err.value.status == 403
    assert err.value.details == {"model": "mid", "allowed": ["big", "haiku", "local", "mini", "sonnet",
                                                             "fast", "smart"]}


def test_an_unknown_name_is_not_found_even_with_reroute() -> None:
    for pol in (BASIC, policy(allow=["mini"], aliases={"auto": "mini"}, reroute=True)):
        with pytest.raises(NotFound) as err:
            plan(pol, MODELS, PROVIDERS, "openai", facts("gpt-7-ultra"))
        assert err.value.code == "MODEL_NOT_FOUND" and err.value.status == 404
        assert err.value.details == {"model": "gpt-7-ultra"}


def test_reroute_sends_a_forbidden_model_elsewhere() -> None:
    pol = policy(allow=["mini"], aliases={"auto": ["mini", "haiku"]}, reroute=True)
    p = plan(pol, MODELS, PROVIDERS, "openai", facts("big"))
    assert p.target == "auto"
    assert p.rule == "reroute (the policy does not allow big)"
    assert names(p) == ["mini"]
    pol = policy(allow=["mini", "local"], reroute="local")
    assert names(plan(pol, MODELS, PROVIDERS, "openai", facts("big"))) == ["local"]


def test_an_allowed_model_missing_from_the_catalog_is_passed_over() -> None:
    pol = policy(allow=["mini"], aliases={"fast": ["vanished", "orphan", "mini"]})
    p = plan(pol, MODELS, PROVIDERS, "openai", facts("fast"))
    assert names(p) == ["mini"]
    assert [(r.model, r.reason) for r in p.rejected] == [("vanished", "not in the catalog"),
                                                         ("orphan", "not in the catalog")]


# ---- routes ----------------------------------------------------------------------------------

ROUTED = policy(
    allow=["mini", "big", "mid", "local"],
    aliases={"fast": ["mini"], "smart": ["big"], "auto": ["mini", "mid"], "vision": ["big"]},
    intents={"code": {"examples": ["write a function"]}},
    routes=[
        {"intent": "code", "use": "mid"},
        {"min_tokens": 30_000, "use": "smart"},
        {"tools": True, "from": ["auto"], "use": "local"},
        {"images": True, "use": "vision"},
        {"budget_below": 0.2, "use": "fast"},
    ])


def route(f: RequestFacts, *, intent: str | None = None, left: float | None = None) -> Any:
    classify = (lambda: (intent, 0.9)) if intent else (lambda: None)
    remaining = (lambda: left) if left is not None else None
    return plan(ROUTED, MODELS, PROVIDERS, "openai", f, classify=classify, remaining=remaining)


def test_without_a_matching_route_the_alias_is_the_target() -> None:
    p = route(facts("auto"))
    assert (p.target, p.rule, p.intent) == ("auto", "alias auto", None)
    assert names(p) == ["mini", "mid"]


def test_route_by_prompt_size() -> None:
    assert route(facts("auto", prompt=29_999)).target == "auto"
    p = route(facts("auto", prompt=30_000))
    assert (p.target, p.rule) == ("smart", "routes[1] (min_tokens=30000)")
    assert names(p) == ["big"]


def test_route_by_tools_and_its_from_restriction() -> None:
    p = route(facts("auto", tools=True))
    assert (p.target, p.rule) == ("local", "routes[2] (tools=True)")
    # The tools route is only for requests naming 'auto'.
    assert route(facts("fast", tools=True)).target == "fast"


def test_route_by_images() -> None:
    p = route(facts("fast", images=2))
    assert (p.target, p.rule) == ("vision", "routes[3] (images=True)")
    assert route(facts("fast", images=0)).target == "fast"


def test_route_by_budget_left() -> None:
    assert route(facts("smart"), left=0.1).target == "fast"
    assert route(facts("smart"), left=0.2).target == "smart"  # strictly below
    assert route(facts("smart")).target == "smart"  # no budget information: a full budget


def test_route_by_intent() -> None:
    p = route(facts("smart", text="def parse(x): ..."), intent="code")
    assert (p.target, p.rule, p.intent) == ("mid", "routes[0] (intent=code)", "code")
    assert route(facts("smart"), intent="small-talk").target == "smart"
    assert route(facts("smart")).intent is None


def test_the_first_matching_route_wins() -> None:
    # code intent (route 0) and a big prompt (route 1) both hold: route 0 is first.
    assert route(facts("auto", prompt=50_000, tools=True), intent="code").target == "mid"
    # A big prompt with tools: route 1 before route 2.
    assert route(facts("auto", prompt=50_000, tools=True)).target == "smart"
    # Low budget with images: the images route comes first.
    assert route(facts("auto", images=1), left=0.0).target == "vision"


def test_routes_never_override_an_explicitly_named_model() -> None:
    p = route(facts("big", prompt=50_000, tools=True, images=1), intent="code", left=0.0)
    assert (p.target, p.rule) == ("big", "requested")


def test_classifier_and_budget_are_asked_only_when_a_route_needs_them() -> None:
    pol = policy(allow=["mini", "big"], aliases={"auto": ["mini"]}, routes=[{"min_tokens": 10, "use": "big"}])
    p = plan(pol, MODELS, PROVIDERS, "openai", facts("auto", prompt=20), classify=never, remaining=never)
    assert p.target == "big"
    # Naming a model skips routing altogether.
    p = plan(ROUTED, MODELS, PROVIDERS, "openai", facts("mini"), classify=never, remaining=never)
    assert p.rule == "requested"


# ---- suitability -----------------------------------------------------------------------------

SUIT = policy(allow=["mini", "plain", "tiny", "batch", "local", "sonnet"],
              aliases={"any": ["sonnet", "plain", "batch", "tiny", "mini", "local"]})


def test_candidates_are_passed_over_for_what_the_request_uses() -> None:
    f = facts("any", prompt=900, max_tokens=200, stream=True, tools=True, images=1)
    p = plan(SUIT, MODELS, PROVIDERS, "openai", f)
    assert names(p) == ["mini"]
    assert [(r.model, r.reason) for r in p.rejected] == [
        ("sonnet", "speaks anthropic, the request is openai"),
        ("plain", "does not support tools"),
        ("batch", "does not support images"),
        ("tiny", "does not support images"),
        ("local", "does not support images"),
    ]


@pytest.mark.parametrize(("f", "ok"), [
    (facts("x", tools=True), False),
    (facts("x", tools=False), True),
    (facts("x", images=1), False),
    (facts("x", stream=True), True),
])
def test_unsuitable_for_the_plain_model(f: RequestFacts, ok: bool) -> None:
    assert (unsuitable(MODELS["plain"], PROVIDERS["oai"], "openai", f) is None) is ok


def test_streaming() -> None:
    assert unsuitable(MODELS["batch"], PROVIDERS["oai"], "openai", facts("x", stream=True)) == \
        "does not support streaming"
    assert unsuitable(MODELS["batch"], PROVIDERS["oai"], "openai", facts("x", stream=False)) is None


def test_the_context_window_must_hold_prompt_and_max_tokens() -> None:
    tiny, oai = MODELS["tiny"], PROVIDERS["oai"]
    assert unsuitable(tiny, oai, "openai", facts("x", prompt=800, max_tokens=200)) is None  # exactly 1,000
    assert unsuitable(tiny, oai, "openai", facts("x", prompt=800, max_tokens=201)) == \
        "context window 1000 < about 1001 tokens (prompt + max_tokens)"
    assert unsuitable(tiny, oai, "openai", facts("x", prompt=1_001)) is not None
    assert unsuitable(tiny, oai, "openai", facts("x", prompt=1_000)) is None


def test_when_every_candidate_is_passed_over_nothing_is_suitable() -> None:
    pol = policy(allow=["plain"], aliases={"fast": ["plain", "tiny", "sonnet"]})
    with pytest.raises(NoSuitableModel) as err:
        plan(pol, MODELS, PROVIDERS, "openai", facts("fast", prompt=5_000, tools=True))
    exc = err.value
    assert isinstance(exc, BadRequest)
    assert exc.code == "NO_SUITABLE_MODEL" and exc.status == 400
    assert exc.details["model"] == "fast" and exc.details["target"] == "fast"
    assert [r["model"] for r in exc.details["rejected"]] == ["plain", "tiny", "sonnet"]
    assert "plain: does not support tools" in exc.message
    # A named model that cannot serve the request is refused the same way.
    with pytest.raises(NoSuitableModel) as err:
        plan(pol, MODELS, PROVIDERS, "anthropic", facts("plain"))
    assert err.value.details["rejected"] == [{"model": "plain", "reason": "speaks openai, the request is anthropic"}]


# ---- reservations ----------------------------------------------------------------------------

def test_the_reservation_is_prompt_plus_max_tokens_priced() -> None:
    c = plan(BASIC, MODELS, PROVIDERS, "openai", facts("big", prompt=1_000, max_tokens=500)).candidates[0]
    assert c.reserve_tokens == 1_500
    assert c.reserve_micros == 1_000 * 2.5 + 500 * 10 == 7_500  # $ per million tokens == micro-$ per token


def test_without_max_tokens_the_model_output_limit_is_reserved() -> None:
    c = plan(BASIC, MODELS, PROVIDERS, "openai", facts("mini", prompt=1_000)).candidates[0]
    assert c.reserve_tokens == 1_000 + 16_384
    assert c.reserve_micros == round(1_000 * 0.15 + 16_384 * 0.6)


def test_an_unpriced_model_reserves_tokens_and_no_dollars() -> None:
    c = plan(BASIC, MODELS, PROVIDERS, "openai", facts("local", prompt=10, max_tokens=5)).candidates[0]
    assert (c.reserve_tokens, c.reserve_micros) == (15, 0)


# ---- downgrades ------------------------------------------------------------------------------

WIDE = policy(allow=["big", "mid", "mini", "plain", "tiny", "batch", "haiku", "sonnet"])


def test_downgrades_are_cheapest_first_within_the_tier() -> None:
    f = facts("big", prompt=400, max_tokens=100)
    got = downgrades(WIDE, MODELS, PROVIDERS, "openai", f, max_tier=2, exclude={"big"})
    assert [c.model.name for c in got] == ["tiny", "plain", "mini", "batch", "mid"]
    micros = [c.reserve_micros for c in got]
    assert micros == sorted(micros)
    assert micros[0] == round(400 * 0.05 + 100 * 0.2)


def test_downgrades_never_go_above_the_tier_and_skip_excluded_and_unsuitable() -> None:
    f = facts("big", prompt=400, max_tokens=100, tools=True)
    got = downgrades(WIDE, MODELS, PROVIDERS, "openai", f, max_tier=1, exclude={"tiny"})
    assert [c.model.name for c in got] == ["mini", "batch"]  # plain lacks tools; mid and big are above tier 1
    assert all(c.model.tier <= 1 for c in got)
    anthropic = downgrades(WIDE, MODELS, PROVIDERS, "anthropic", f, max_tier=2, exclude=set())
    assert [c.model.name for c in anthropic] == ["haiku", "sonnet"]
    assert downgrades(WIDE, MODELS, PROVIDERS, "openai", f, max_tier=0, exclude=set()) == []


def test_an_unpriced_model_is_not_taken_for_the_cheapest() -> None:
    f = facts("big", prompt=400, max_tokens=100)
    got = downgrades(policy(allow=["local", "mid", "tiny"]), MODELS, PROVIDERS, "openai", f, max_tier=3,
                     exclude=set())
    assert [c.model.name for c in got] == ["tiny", "mid", "local"]  # its cost is unknown, not zero


# ---- intent classification -------------------------------------------------------------------

class CountingEmbed:
    """A deterministic embedder: one axis per keyword, counting calls."""

    AXES = ("alpha", "beta", "gamma")

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), len(self.AXES) + 1), dtype=np.float32)
        for i, t in enumerate(texts):
            hits = [j for j, w in enumerate(self.AXES) if w in t] or [len(self.AXES)]
            out[i, hits] = 1.0
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def intents_policy(spec: dict[str, Any]) -> ModelPolicy:
    return policy(aliases={"auto": "mini"}, intents=spec)


def test_classifier_picks_the_best_class_over_its_threshold() -> None:
    embed = CountingEmbed()
    clf = IntentClassifier(embed)
    pol = intents_policy({"a": {"examples": ["alpha one", "gamma"], "threshold": 0.5},
                          "b": {"examples": ["beta"], "threshold": 0.5}})
    assert clf.classify(pol, "alpha text") == ("a", pytest.approx(1.0))
    assert clf.classify(pol, "beta text") == ("b", pytest.approx(1.0))
    found = clf.classify(pol, "alpha beta")  # 0.707 to both: the first best wins, ties do not switch
    assert found is not None and found[0] == "a" and found[1] == pytest.approx(2 ** -0.5)
    assert clf.classify(pol, "nothing") is None
    strict = intents_policy({"a": {"examples": ["alpha"], "threshold": 0.9}})
    assert clf.classify(strict, "alpha beta") is None  # 0.707 < 0.9


def test_classifier_embeds_examples_once_and_remembers_texts() -> None:
    embed = CountingEmbed()
    clf = IntentClassifier(embed, cache_size=2)
    pol = intents_policy({"a": {"examples": ["alpha"], "threshold": 0.5}})
    assert clf.classify(pol, "  ") is None and embed.calls == []  # blank text: nothing to classify
    assert clf.classify(policy(aliases={"auto": "mini"}), "alpha") is None and embed.calls == []
    for _ in range(3):
        clf.classify(pol, "alpha 1")
    assert embed.calls == [["alpha 1"], ["alpha"]]
    clf.classify(pol, "alpha 2")
    clf.classify(pol, "alpha 3")  # evicts "alpha 1"
    clf.classify(pol, "alpha 3")
    clf.classify(pol, "alpha 1")
    assert embed.calls[2:] == [["alpha 2"], ["alpha 3"], ["alpha 1"]]


def test_a_new_policy_never_gets_the_examples_of_a_freed_one() -> None:
    clf = IntentClassifier(CountingEmbed())
    old = intents_policy({"first": {"examples": ["alpha"], "threshold": 0.5}})
    assert clf.classify(old, "alpha") is not None
    old_id = id(old)
    del old
    new: ModelPolicy | None = None
    for _ in range(200):
        new = intents_policy({"second": {"examples": ["beta"], "threshold": 0.5}})
        if id(new) == old_id:
            break
        new = None
    if new is None:
        pytest.skip("the interpreter did not reuse the freed policy's id")
    assert clf.classify(new, "alpha") is None
    assert clf.classify(new, "beta") == ("second", pytest.approx(1.0))


@pytest.fixture(scope="module")
def real_classifier() -> IntentClassifier:
    from arbiter.cache import default_embedder

    return IntentClassifier(lambda texts: default_embedder().embed(texts))


REAL = policy(
    allow=["mini", "big"],
    aliases={"auto": ["mini"], "smart": ["big"]},
    intents={
        "code": {"examples": ["write a python function that parses dates",
                             "fix this bug in my JavaScript code",
                             "why does my SQL query fail with a syntax error"], "threshold": 0.5},
        "small-talk": {"examples": ["hi there, how are you", "thanks a lot!", "good morning"], "threshold": 0.5},
    },
    routes=[{"intent": "code", "use": "smart"}])


@pytest.mark.parametrize(("text", "expected"), [
    ("my postgres query returns a syntax error near WHERE", "code"),
    ("my javascript function throws an undefined error, can you debug it?", "code"),
    ("implement a function in python to sort a list of dates", "code"),
    ("hello, how are you doing today?", "small-talk"),
    ("good evening!", "small-talk"),
    ("describe the plot of Hamlet", None),
    ("recommend a good hiking trail near the alps", None),
])
def test_the_shipped_embedder_classifies_unseen_requests(real_classifier: IntentClassifier, text: str,
                                                         expected: str | None) -> None:
    found = real_classifier.classify(REAL, text)
    assert (found[0] if found else None) == expected, found


def test_a_high_threshold_leaves_related_text_unclassified(real_classifier: IntentClassifier) -> None:
    strict = policy(aliases={"auto": ["mini"]}, intents={
        "code": {"examples": ["write a python function that parses dates"], "threshold": 0.95}})
    assert real_classifier.classify(strict, "write a Python script that converts timestamps between time zones") \
        is None
    loose = policy(aliases={"auto": ["mini"]}, intents={
        "code": {"examples": ["write a python function that parses dates"], "threshold": 0.3}})
    assert real_classifier.classify(loose, "write a Python script that converts timestamps between time zones") \
        is not None


def test_intent_routing_end_to_end(real_classifier: IntentClassifier) -> None:
    def route_for(text: str) -> Any:
        f = facts("auto", text=text)
        return plan(REAL, MODELS, PROVIDERS, "openai", f, classify=lambda: real_classifier.classify(REAL, text))

    p = route_for("the JavaScript code in my React component has a bug")
    assert (p.intent, p.target, names(p)) == ("code", "smart", ["big"])
    p = route_for("good evening, nice to see you")
    assert (p.intent, p.target, names(p)) == ("small-talk", "auto", ["mini"])
