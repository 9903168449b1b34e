"""An allowlist's ``models`` section: schema, aliases, routes, reroute, budgets, and the catalog check."""

from __future__ import annotations

from typing import Any

import pytest

from arbiter.errors import InvalidPolicy
from arbiter.llm.policy import Budget, IntentClass, ModelPolicy, Route, check_models_section, model_names
from arbiter.policy.allowlist import parse


def compile_models(models: dict[str, Any] | None, **doc: Any) -> ModelPolicy:
    """The compiled models section of a whole allowlist document."""
    document: dict[str, Any] = {"name": "bot", "tools": {"search": {}}, **doc}
    if models is not None:
        document["models"] = models
    policy = parse(document, source="bot.yaml").models
    assert policy is not None
    return policy


def refused(models: dict[str, Any]) -> InvalidPolicy:
    with pytest.raises(InvalidPolicy) as err:
        parse({"name": "bot", "tools": {}, "models": models}, source="bot.yaml")
    assert err.value.message.startswith("bot.yaml: ")
    assert err.value.code == "INVALID_ALLOWLIST"
    return err.value


def test_no_models_section_is_none() -> None:
    assert parse({"name": "bot", "tools": {}}).models is None


def test_allow_only() -> None:
    p = compile_models({"allow": ["gpt-4o-mini", "gpt-4o"]})
    assert p.allow == frozenset({"gpt-4o-mini", "gpt-4o"})
    assert p.aliases == {} and p.routes == () and p.intents == () and p.budgets == ()
    assert p.on_budget == "deny" and p.reroute is None
    assert p.expand("gpt-4o") == ("gpt-4o",)


# ---- aliases ---------------------------------------------------------------------------------

def test_aliases_expand_in_order_without_duplicates() -> None:
    p = compile_models({"allow": ["m0"], "aliases": {
        "fast": ["m1", "m2"],
        "smart": ["m3", "fast", "m1", "m4"],  # m1 already comes from fast
        "auto": "fast",  # a single name
    }})
    assert p.aliases == {"fast": ("m1", "m2"), "smart": ("m3", "m1", "m2", "m4"), "auto": ("m1", "m2")}
    assert p.expand("smart") == ("m3", "m1", "m2", "m4")
    # Every model reachable through an alias is allowed; alias names are not models.
    assert p.allow == frozenset({"m0", "m1", "m2", "m3", "m4"})
    assert "fast" not in p.allow


def test_alias_of_an_alias_of_an_alias() -> None:
    # Declared before the aliases they name: order of declaration does not matter.
    p = compile_models({"aliases": {"top": ["mid", "z"], "mid": ["low", "y"], "low": "x"}})
    assert p.aliases["top"] == ("x", "y", "z")
    assert p.aliases["mid"] == ("x", "y")
    assert p.aliases["low"] == ("x",)


@pytest.mark.parametrize(("aliases", "cycle"), [
    ({"a": ["b"], "b": ["c", "a"]}, "a -> b -> a"),
    ({"solo": "solo"}, "solo -> solo"),
    ({"start": ["m1", "p"], "p": "q", "q": ["r"], "r": ["m2", "p"]}, "p -> q -> r -> p"),
])
def test_alias_cycles_are_refused_and_named(aliases: dict[str, Any], cycle: str) -> None:
    err = refused({"aliases": aliases})
    assert "cycle" in err.message
    assert cycle in err.message
    assert err.details["cycle"] == cycle


def test_an_alias_cannot_also_be_an_allowed_model() -> None:
    err = refused({"allow": ["gpt-4o", "fast"], "aliases": {"fast": ["gpt-4o-mini"]}})
    assert "fast is both an alias and a model in models.allow" in err.message


# ---- routes and intents ----------------------------------------------------------------------

def test_routes_compile() -> None:
    p = compile_models({
        "allow": ["big"],
        "aliases": {"fast": ["mini"], "smart": ["big", "fast"], "auto": "fast"},
        "intents": {"code": {"examples": ["write a function"]},
                    "chat": {"examples": ["hello", "thanks"], "threshold": 0.8}},
        "routes": [
            {"intent": "code", "use": "smart"},
            {"min_tokens": 30000, "tools": True, "use": "big", "from": ["auto", "fast"]},
            {"images": False, "budget_below": 0.2, "use": "fast"},
        ]})
    # The default threshold is the schema's documented 0.3.
    assert p.intents == (IntentClass("code", ("write a function",), 0.3),
                         IntentClass("chat", ("hello", "thanks"), 0.8))
    assert p.routes == (
        Route(index=0, use="smart", intent="code"),
        Route(index=1, use="big", min_tokens=30000, tools=True, from_=("auto", "fast")),
        Route(index=2, use="fast", images=False, budget_below=0.2),
    )
    assert p.routes[1].describe() == "routes[1] (min_tokens=30000, tools=True)"
    assert p.routes[2].describe() == "routes[2] (images=False, budget_below=0.2)"


def test_a_route_to_an_unknown_target_is_refused() -> None:
    err = refused({"allow": ["m1"], "aliases": {"fast": "m1"}, "routes": [{"min_tokens": 5, "use": "fast"},
                                                                         {"tools": True, "use": "gpt-5"}]})
    assert "models.routes[1].use names 'gpt-5'" in err.message


def test_a_route_intent_needs_examples() -> None:
    err = refused({"aliases": {"fast": "m1"}, "intents": {"chat": {"examples": ["hi"]}},
                   "routes": [{"intent": "code", "use": "fast"}]})
    assert "models.routes[0].intent 'code' has no examples" in err.message


def test_route_from_must_name_aliases() -> None:
    err = refused({"allow": ["m1"], "aliases": {"fast": "m1"},
                   "routes": [{"from": ["fast", "zeta", "alpha"], "min_tokens": 1, "use": "m1"}]})
    assert "from names unknown aliases: alpha, zeta" in err.message
    err = refused({"allow": ["m1"], "aliases": {"fast": "m1"}, "routes": [{"from": ["m1"], "use": "fast"}]})
    assert "unknown aliases: m1" in err.message  # a model is not an alias


# ---- reroute ---------------------------------------------------------------------------------

def test_reroute_true_goes_to_the_auto_alias() -> None:
    p = compile_models({"allow": ["m1"], "aliases": {"cheap": "m2", "auto": ["m3"]}, "reroute": True})
    assert p.reroute == "auto"


def test_reroute_true_without_auto_goes_to_the_first_allowed_model() -> None:
    p = compile_models({"allow": ["m9", "m1"], "aliases": {"cheap": "m2"}, "reroute": True})
    assert p.reroute == "m9"


def test_reroute_true_with_nowhere_to_go_is_refused() -> None:
    err = refused({"aliases": {"cheap": "m2"}, "reroute": True})
    assert "models.reroute is true but there is no 'auto' alias" in err.message


def test_reroute_names_an_alias_or_an_allowed_model() -> None:
    assert compile_models({"allow": ["m1"], "aliases": {"cheap": "m2"}, "reroute": "cheap"}).reroute == "cheap"
    assert compile_models({"allow": ["m1"], "aliases": {"cheap": "m2"}, "reroute": "m2"}).reroute == "m2"
    assert compile_models({"allow": ["m1"], "reroute": False}).reroute is None
    err = refused({"allow": ["m1"], "reroute": "elsewhere"})
    assert "models.reroute names 'elsewhere'" in err.message


# ---- budgets ---------------------------------------------------------------------------------

def test_budgets_in_dollars_become_micro_dollars() -> None:
    p = compile_models({"allow": ["m1"], "on_budget": "downgrade", "budgets": [
        {"scope": "agent", "window": "day", "tokens": 200000},
        {"scope": "tenant", "window": "month", "usd": 12.5},
        {"scope": "agent", "window": "hour", "usd": 0.000001, "tokens": 10},
        {"scope": "tenant", "window": "day", "usd": 0.1},  # not a binary fraction: rounded, not truncated
    ]})
    assert p.budgets == (
        Budget(scope="agent", window="day", tokens=200000),
        Budget(scope="tenant", window="month", micros=12_500_000),
        Budget(scope="agent", window="hour", tokens=10, micros=1),
        Budget(scope="tenant", window="day", micros=100_000),
    )
    assert p.on_budget == "downgrade"
    assert p.budgets[0].key("acme", "ag_1") == "agent:ag_1:day"
    assert p.budgets[1].key("acme", "ag_1") == "tenant:acme:month"
    assert p.budgets[0].describe() == "agent budget of 200000 tokens per day"
    assert p.budgets[1].describe().startswith("tenant budget of $12.5")
    assert p.budgets[1].describe().endswith(" per month")
    assert p.budgets[2].describe().startswith("agent budget of 10 tokens and $")


@pytest.mark.parametrize(("usd", "shown"), [(1_234_567, "1234567"), (2_500_000, "2500000")])
def test_budget_descriptions_show_plain_dollar_amounts(usd: float, shown: str) -> None:
    (budget,) = compile_models({"allow": ["m1"], "budgets": [{"scope": "tenant", "window": "month", "usd": usd}]}
                               ).budgets
    text = budget.describe().replace(",", "")
    assert shown in text, text
    assert "e+" not in text


# ---- the schema ------------------------------------------------------------------------------

@pytest.mark.parametrize(("models", "where"), [
    ({"budgets": [{"scope": "agent", "window": "day", "tokens": -5}]}, "/models/budgets/0/tokens"),
    ({"budgets": [{"scope": "agent", "window": "day", "tokens": 0}]}, "/models/budgets/0/tokens"),
    ({"budgets": [{"scope": "agent", "window": "day", "usd": 0}]}, "/models/budgets/0/usd"),
    ({"budgets": [{"scope": "agent", "window": "week", "tokens": 5}]}, "/models/budgets/0/window"),
    ({"budgets": [{"scope": "team", "window": "day", "tokens": 5}]}, "/models/budgets/0/scope"),
    ({"budgets": [{"scope": "agent", "window": "day"}]}, "/models/budgets/0"),
    ({"budgets": [{"scope": "agent", "window": "day", "tokens": 5, "requests": 3}]}, "/models/budgets/0"),
    ({"allowed": ["m1"]}, "/models"),
    ({"allow": ["m1", "m1"]}, "/models/allow"),
    ({"allow": ["has space"]}, "/models/allow/0"),
    ({"aliases": {"fast": []}}, "/models/aliases/fast"),
    ({"routes": [{"min_tokens": 5}]}, "/models/routes/0"),
    ({"routes": [{"use": "m1", "when": "always"}]}, "/models/routes/0"),
    ({"routes": [{"use": "m1", "budget_below": 0}]}, "/models/routes/0/budget_below"),
    ({"routes": [{"use": "m1", "budget_below": 1.5}]}, "/models/routes/0/budget_below"),
    ({"intents": {"code": {"examples": []}}}, "/models/intents/code/examples"),
    ({"intents": {"code": {"examples": ["x"], "threshold": 2}}}, "/models/intents/code/threshold"),
    ({"on_budget": "shrug"}, "/models/on_budget"),
    ({"reroute": 3}, "/models/reroute"),
])
def test_schema_invalid_sections_are_refused(models: dict[str, Any], where: str) -> None:
    err = refused(models)
    paths = [e["path"] for e in err.details["errors"]]
    assert where in paths, paths


# ---- names and the catalog check -------------------------------------------------------------

SECTION: dict[str, Any] = {
    "allow": ["gpt-4o"],
    "aliases": {"fast": ["gpt-4o-mini", "haiku"], "smart": ["gpt-4o", "fast"]},
    "reroute": "sonnet",
}


def test_model_names_are_the_concrete_models() -> None:
    assert model_names(SECTION) == {"gpt-4o", "gpt-4o-mini", "haiku", "sonnet"}
    assert model_names({**SECTION, "reroute": "fast"}) == {"gpt-4o", "gpt-4o-mini", "haiku"}
    assert model_names({**SECTION, "reroute": True}) == {"gpt-4o", "gpt-4o-mini", "haiku"}
    assert model_names({"aliases": {"a": "m"}}) == {"m"}
    assert model_names(None) == set() and model_names({}) == set()


PRICED = {"gpt-4o": True, "gpt-4o-mini": True, "haiku": True, "sonnet": True, "local-llama": False}


def test_check_accepts_known_models() -> None:
    check_models_section("bot.yaml", SECTION, PRICED)
    check_models_section("bot.yaml", None, PRICED)
    check_models_section("bot.yaml", {**SECTION, "budgets": [{"scope": "agent", "window": "day", "usd": 5}]}, PRICED)


def test_check_refuses_models_not_in_the_catalog() -> None:
    section = {**SECTION, "aliases": {"fast": ["gpt-4o-mini", "ghost"]}, "reroute": "phantom"}
    with pytest.raises(InvalidPolicy) as err:
        check_models_section("bot.yaml", section, PRICED)
    assert err.value.message == "bot.yaml: models not in the catalog: ghost, phantom"
    assert err.value.details["unknown_models"] == ["ghost", "phantom"]


def test_a_dollar_budget_needs_prices_for_every_model() -> None:
    section = {"allow": ["gpt-4o", "local-llama"], "budgets": [{"scope": "tenant", "window": "month", "usd": 50},
                                                               {"scope": "agent", "window": "day", "tokens": 100}]}
    with pytest.raises(InvalidPolicy) as err:
        check_models_section("bot.yaml", section, PRICED)
    assert "none for local-llama" in err.value.message
    assert err.value.details["unpriced_models"] == ["local-llama"]


def test_a_token_budget_works_without_prices() -> None:
    section = {"allow": ["gpt-4o", "local-llama"], "budgets": [{"scope": "agent", "window": "day", "tokens": 100}]}
    check_models_section("bot.yaml", section, PRICED)
    check_models_section("bot.yaml", {"allow": ["local-llama"]}, PRICED)
