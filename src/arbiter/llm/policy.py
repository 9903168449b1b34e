"""An allowlist's ``models`` section, compiled: which models an agent may use, aliases, routes, budgets.

```yaml
models:
  allow: [gpt-4o-mini, gpt-4o]            # models the agent may name
  aliases:                                 # ordered: the first that fits is used, the rest are fallbacks
    fast: [gpt-4o-mini, haiku]
    smart: [gpt-4o, fast]                  # an alias may name an alias (cycles are refused)
    auto: fast
  reroute: false                           # true (or an alias): a forbidden model goes there instead of 403
  routes:                                  # for requests naming an alias; the first match wins
    - {intent: code, use: smart}
    - {min_tokens: 30000, use: smart}
    - {budget_below: 0.2, use: fast}
  intents:
    code: {examples: ["write a function that ...", "why does this stack trace ..."]}
  budgets:
    - {scope: agent, window: day, tokens: 200000}
    - {scope: tenant, window: month, usd: 50}
  on_budget: downgrade                     # or deny
```
Names are checked against the catalog when the allowlist is stored (:func:`check_allowlist_models`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import msgspec

from arbiter.errors import InvalidPolicy

__all__ = ["Budget", "IntentClass", "ModelPolicy", "Route", "check_models_section", "model_names", "parse_models"]

Window = Literal["hour", "day", "month"]


class Budget(msgspec.Struct, frozen=True, kw_only=True):
    """A limit per agent or per tenant per window, in tokens and/or micro-dollars."""

    scope: Literal["agent", "tenant"]
    window: Window
    tokens: int | None = None
    micros: int | None = None

    def key(self, tenant: str, agent_id: str) -> str:
        """The counter this budget draws on."""
        owner = f"agent:{agent_id}" if self.scope == "agent" else f"tenant:{tenant}"
        return f"{owner}:{self.window}"

    def describe(self) -> str:
        parts = ([f"{self.tokens} tokens"] if self.tokens is not None else []) + \
            ([f"${dollars(self.micros)}"] if self.micros is not None else [])
        return f"{self.scope} budget of {' and '.join(parts)} per {self.window}"


def dollars(micros: int) -> str:
    """Micro-dollars as a plain dollar amount: 1234567000000 -> "1,234,567", 15000 -> "0.015"."""
    return f"{micros / 1e6:,.6f}".rstrip("0").rstrip(".")


class Route(msgspec.Struct, frozen=True, kw_only=True):
    """A routing rule: when every given condition holds, ``use`` is the target."""

    index: int
    use: str
    intent: str | None = None
    min_tokens: int | None = None
    tools: bool | None = None
    images: bool | None = None
    budget_below: float | None = None
    from_: tuple[str, ...] = ()

    def describe(self) -> str:
        conds = [f"{k}={v}" for k, v in (("intent", self.intent), ("min_tokens", self.min_tokens),
                                         ("tools", self.tools), ("images", self.images),
                                         ("budget_below", self.budget_below)) if v is not None]
        return f"routes[{self.index}]" + (f" ({', '.join(conds)})" if conds else "")


class IntentClass(msgspec.Struct, frozen=True):
    """Operator-written examples of one class of request."""

    name: str
    examples: tuple[str, ...]
    threshold: float


class ModelPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """The compiled ``models`` section."""

    allow: frozenset[str]  # every concrete model the agent may use (named, or reachable through an alias)
    aliases: dict[str, tuple[str, ...]]  # alias -> concrete models, expanded, in order
    routes: tuple[Route, ...] = ()
    intents: tuple[IntentClass, ...] = ()
    budgets: tuple[Budget, ...] = ()
    on_budget: Literal["deny", "downgrade"] = "deny"
    reroute: str | None = None  # alias or model a forbidden request goes to; None: refuse

    def expand(self, name: str) -> tuple[str, ...]:
        """The concrete models a name stands for (itself, for a model)."""
        return self.aliases.get(name, (name,))


def _expand(aliases: dict[str, list[str]], name: str, path: tuple[str, ...], source: str) -> list[str]:
    if name not in aliases:
        return [name]
    if name in path:
        cycle = " -> ".join((*path[path.index(name):], name))
        raise InvalidPolicy(f"{source}: models.aliases has a cycle: {cycle}", details={"source": source,
                                                                                       "cycle": cycle})
    out: list[str] = []
    for target in aliases[name]:
        for m in _expand(aliases, target, (*path, name), source):
            if m not in out:
                out.append(m)
    return out


def parse_models(section: dict[str, Any] | None, *, source: str) -> ModelPolicy | None:
    """Compile an allowlist's (schema-valid) ``models`` section; None when there is none."""
    if section is None:
        return None
    raw_aliases = {k: [v] if isinstance(v, str) else list(v) for k, v in (section.get("aliases") or {}).items()}
    allow_named = list(section.get("allow") or [])
    clash = sorted(set(raw_aliases) & set(allow_named))
    if clash:
        raise InvalidPolicy(f"{source}: {', '.join(clash)} is both an alias and a model in models.allow",
                            details={"source": source})
    aliases = {a: tuple(_expand(raw_aliases, a, (), source)) for a in raw_aliases}
    allow = frozenset(allow_named) | frozenset(m for ms in aliases.values() for m in ms)
    intents = tuple(IntentClass(name, tuple(spec["examples"]), float(spec.get("threshold", 0.3)))
                    for name, spec in (section.get("intents") or {}).items())
    known_names = set(aliases) | allow
    routes = []
    for i, r in enumerate(section.get("routes") or []):
        if r["use"] not in known_names:
            raise InvalidPolicy(f"{source}: models.routes[{i}].use names {r['use']!r}, neither an alias nor an "
                                "allowed model", details={"source": source})
        if r.get("intent") is not None and r["intent"] not in {c.name for c in intents}:
            raise InvalidPolicy(f"{source}: models.routes[{i}].intent {r['intent']!r} has no examples under "
                                "models.intents", details={"source": source})
        unknown_from = sorted(set(r.get("from") or ()) - set(aliases))
        if unknown_from:
            raise InvalidPolicy(f"{source}: models.routes[{i}].from names unknown aliases: "
                                f"{', '.join(unknown_from)}", details={"source": source})
        routes.append(Route(index=i, use=r["use"], intent=r.get("intent"), min_tokens=r.get("min_tokens"),
                            tools=r.get("tools"), images=r.get("images"), budget_below=r.get("budget_below"),
                            from_=tuple(r.get("from") or ())))
    reroute_spec = section.get("reroute", False)
    reroute: str | None = None
    if reroute_spec is True:
        reroute = "auto" if "auto" in aliases else (allow_named[0] if allow_named else None)
        if reroute is None:
            raise InvalidPolicy(f"{source}: models.reroute is true but there is no 'auto' alias and no allowed model",
                                details={"source": source})
    elif isinstance(reroute_spec, str):
        if reroute_spec not in known_names:
            raise InvalidPolicy(f"{source}: models.reroute names {reroute_spec!r}, neither an alias nor an allowed "
                                "model", details={"source": source})
        reroute = reroute_spec
    budgets = tuple(Budget(scope=b["scope"], window=b["window"], tokens=b.get("tokens"),
                           micros=round(b["usd"] * 1_000_000) if b.get("usd") is not None else None)
                    for b in section.get("budgets") or [])
    return ModelPolicy(allow=allow, aliases=aliases, routes=tuple(routes), intents=intents, budgets=budgets,
                       on_budget=section.get("on_budget", "deny"), reroute=reroute)


def model_names(section: dict[str, Any] | None) -> set[str]:
    """Every concrete model name a ``models`` section mentions (allowed, or an alias target)."""
    if not section:
        return set()
    names = set(section.get("allow") or [])
    aliases = section.get("aliases") or {}
    for targets in aliases.values():
        names.update(t for t in ([targets] if isinstance(targets, str) else targets) if t not in aliases)
    for key in ("reroute",):
        if isinstance(section.get(key), str) and section[key] not in aliases:
            names.add(section[key])
    return names


def check_models_section(source: str, section: dict[str, Any] | None, priced: Mapping[str, bool]) -> None:
    """Refuse a ``models`` section naming models not in the catalog (``priced``: name -> has prices), or
    a budget in dollars over a model without prices."""
    if not section:
        return
    names = model_names(section)
    unknown = sorted(n for n in names if n not in priced)
    if unknown:
        raise InvalidPolicy(f"{source}: models not in the catalog: {', '.join(unknown)}",
                            details={"source": source, "unknown_models": unknown})
    if any(b.get("usd") is not None for b in section.get("budgets") or []):
        unpriced = sorted(n for n in names if not priced[n])
        if unpriced:
            raise InvalidPolicy(f"{source}: a budget in dollars needs prices for every model it covers; "
                                f"none for {', '.join(unpriced)}",
                                details={"source": source, "unpriced_models": unpriced})
