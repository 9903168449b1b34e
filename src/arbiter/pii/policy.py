"""Per-entity, per-direction PII policy: what happens to each finding.

A policy document (on a tool as ``tool.pii``, on an allowlist entry as ``entry.pii``) looks like::

    {"arguments": {"EMAIL_ADDRESS": "allow",
                   "CREDIT_CARD": {"action": "mask", "declared": "allow", "threshold": 0.6},
                   "SECRET": "block"},
     "result": {"US_SSN": "pseudonymize"}}

``action`` applies to findings anywhere; ``declared`` applies inside fields whose schema
declares the entity (``"x-pii": "EMAIL_ADDRESS"`` or a list); ``threshold`` is the minimum score.
The key ``"SECRET"`` stands for every ``SECRET_*`` entity. The tool's document overrides the
defaults; the allowlist's can only tighten the result (stricter action, lower threshold).
Strictness: allow < mask < pseudonymize < redact < block (mask reveals part of a value,
pseudonymize only whether two values are equal, redact nothing).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any, Literal

import msgspec

from arbiter.errors import InvalidPolicy
from arbiter.pii.entities import NER_ENTITIES, OPTIONAL_ENTITIES, PATTERN_ENTITIES
from arbiter.pii.secrets import SECRET_ENTITIES

__all__ = [
    "ACTIONS",
    "KNOWN_ENTITIES",
    "NAMED_POLICIES",
    "DirectionPolicy",
    "EntityRule",
    "PiiPolicy",
    "PolicyCache",
    "compile_policy",
    "default_policy",
    "named_policy",
    "stricter",
    "tenant_key",
]

Action = Literal["allow", "mask", "pseudonymize", "redact", "block"]
ACTIONS: tuple[str, ...] = ("allow", "mask", "pseudonymize", "redact", "block")
_RANK = {a: i for i, a in enumerate(ACTIONS)}
KNOWN_ENTITIES: frozenset[str] = frozenset((*PATTERN_ENTITIES, *OPTIONAL_ENTITIES, *SECRET_ENTITIES, *NER_ENTITIES))
DIRECTIONS = ("arguments", "result")


def stricter(a: str, b: str) -> str:
    """The stricter of two actions."""
    return a if _RANK[a] >= _RANK[b] else b


class EntityRule(msgspec.Struct, frozen=True):
    """What to do with one entity: anywhere, inside declaring fields, and from which score."""

    action: Action
    declared: Action
    threshold: float


class DirectionPolicy(msgspec.Struct, frozen=True):
    """Rules for one direction (arguments or result), one per known entity."""

    rules: dict[str, EntityRule]

    def enforced(self) -> frozenset[str]:
        """Entities worth analysing: those not allowed everywhere."""
        return frozenset(e for e, r in self.rules.items() if r.action != "allow" or r.declared != "allow")


class PiiPolicy(msgspec.Struct, frozen=True):
    """A compiled policy: one :class:`DirectionPolicy` per direction."""

    arguments: DirectionPolicy
    result: DirectionPolicy

    def direction(self, name: str) -> DirectionPolicy:
        """The rules for ``"arguments"`` or ``"result"``."""
        if name not in DIRECTIONS:
            raise ValueError(f"direction must be arguments or result, not {name!r}")
        return self.arguments if name == "arguments" else self.result


# Thresholds sit just above each recognizer's "pattern only, no context" score where that
# pattern is weak (bank numbers, passports and licences need a context word, e.g. the key
# name), and at the validated score where a checksum exists.
_THRESHOLDS: dict[str, float] = {
    "CREDIT_CARD": 0.5, "CRYPTO": 0.5, "EMAIL_ADDRESS": 0.5, "IBAN_CODE": 0.5, "IP_ADDRESS": 0.5,
    "MAC_ADDRESS": 0.5, "MEDICAL_LICENSE": 0.6, "PHONE_NUMBER": 0.4, "UK_NHS": 0.5, "URL": 0.5,
    "US_BANK_NUMBER": 0.4, "US_DRIVER_LICENSE": 0.6, "US_ITIN": 0.4, "US_PASSPORT": 0.4, "US_SSN": 0.4,
    "PERSON": 0.5, "LOCATION": 0.5, "ORGANIZATION": 0.5, "NRP": 0.5,
}
_SECRET_THRESHOLD = 0.5


def _default_rule(entity: str) -> EntityRule:
    thr = _THRESHOLDS.get(entity, _SECRET_THRESHOLD)
    if entity.startswith("SECRET_"):
        # A field declaring a credential is still blocked unless the tool says otherwise.
        return EntityRule(action="block", declared="block", threshold=thr)
    if entity in ("URL", "IP_ADDRESS", "MAC_ADDRESS", "LOCATION", "ORGANIZATION", "NRP"):
        return EntityRule(action="allow", declared="allow", threshold=thr)
    # Email, phone, person: allowed where the schema declares them, redacted elsewhere; the
    # financial and government ids likewise (a payment tool declares its card field).
    return EntityRule(action="redact", declared="allow", threshold=thr)


def default_policy() -> PiiPolicy:
    """The built-in defaults (see module docstring and docs/pii.md)."""
    rules = {e: _default_rule(e) for e in sorted(KNOWN_ENTITIES)}
    d = DirectionPolicy(rules=rules)
    return PiiPolicy(arguments=d, result=d)


_DEFAULT = default_policy()


def _parse_direction(doc: Any, where: str) -> dict[str, dict[str, Any]]:
    """Validate one direction's document into ``{entity: {action?, declared?, threshold?}}``."""
    if not isinstance(doc, dict):
        raise InvalidPolicy(f"{where} must be an object of entity -> action", details={"at": where})
    out: dict[str, dict[str, Any]] = {}
    for key, spec in doc.items():
        entities = [e for e in KNOWN_ENTITIES if e.startswith("SECRET_")] if key == "SECRET" else [key]
        if key != "SECRET" and key not in KNOWN_ENTITIES:
            raise InvalidPolicy(f"unknown PII entity {key!r} in {where}",
                                details={"at": f"{where}.{key}", "entity": key,
                                         "known": [*sorted(KNOWN_ENTITIES), "SECRET"]})
        if isinstance(spec, str):
            spec = {"action": spec}
        if not isinstance(spec, dict):
            raise InvalidPolicy(f"{where}.{key} must be an action name or an object",
                                details={"at": f"{where}.{key}"})
        parsed: dict[str, Any] = {}
        for field, val in spec.items():
            at = f"{where}.{key}.{field}"
            if field in ("action", "declared"):
                if val not in _RANK:
                    raise InvalidPolicy(f"unknown PII action {val!r} at {at}; "
                                        f"expected one of {', '.join(ACTIONS)}",
                                        details={"at": at, "action": val})
                parsed[field] = val
            elif field == "threshold":
                if isinstance(val, bool) or not isinstance(val, int | float) or not 0.0 <= val <= 1.0:
                    raise InvalidPolicy(f"threshold at {at} must be a number in [0, 1]", details={"at": at})
                parsed[field] = float(val)
            else:
                raise InvalidPolicy(f"unknown field {field!r} at {where}.{key}", details={"at": at})
        for e in entities:
            # A specific entity given alongside "SECRET" wins over the group, whatever the order.
            if key == "SECRET" and e in doc:
                continue
            out[e] = parsed
    return out


def _parse(doc: dict[str, Any] | None, where: str) -> dict[str, dict[str, dict[str, Any]]]:
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise InvalidPolicy(f"{where} PII policy must be an object", details={"at": where})
    unknown = set(doc) - set(DIRECTIONS)
    if unknown:
        raise InvalidPolicy(f"unknown key(s) {sorted(unknown)} in {where} PII policy; "
                            "expected arguments, result",
                            details={"at": where})
    return {d: _parse_direction(doc[d], f"{where}.{d}") for d in DIRECTIONS if d in doc}


def compile_policy(tool_pii: dict[str, Any] | None, allowlist_pii: dict[str, Any] | None) -> PiiPolicy:
    """Defaults, overridden by the tool's policy, then tightened by the allowlist's.

    Raises :class:`~arbiter.errors.InvalidPolicy` naming any unknown entity, action or field.
    """
    tool = _parse(tool_pii, "tool")
    tight = _parse(allowlist_pii, "allowlist")
    directions: dict[str, DirectionPolicy] = {}
    for d in DIRECTIONS:
        rules = dict(_DEFAULT.direction(d).rules)
        for e, spec in tool.get(d, {}).items():
            rules[e] = msgspec.structs.replace(rules[e], **spec)
        for e, spec in tight.get(d, {}).items():
            r = rules[e]
            # Tightening only: a looser value in an allowlist is ignored rather than refused, so a
            # tool that tightens later never invalidates existing allowlists.
            rules[e] = EntityRule(action=stricter(r.action, spec.get("action", r.action)),  # type: ignore[arg-type]
                                  declared=stricter(r.declared, spec.get("declared", r.declared)),  # type: ignore[arg-type]
                                  threshold=min(r.threshold, spec.get("threshold", r.threshold)))
        directions[d] = DirectionPolicy(rules=rules)
    return PiiPolicy(arguments=directions["arguments"], result=directions["result"])


class PolicyCache:
    """Compiled policies by a caller-chosen key, bounded LRU, thread-safe.

    Key on what identifies the inputs, e.g. ``(tenant, tool, tool_version, allowlist_revision)``;
    :meth:`for_call` also folds in the policy documents so a stale key can never serve stale rules.
    """

    def __init__(self, maxsize: int = 1024) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, PiiPolicy] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, tool_pii: dict[str, Any] | None,
            allowlist_pii: dict[str, Any] | None) -> PiiPolicy:
        """The compiled policy for ``key``, compiling on first use."""
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
                return hit
        policy = compile_policy(tool_pii, allowlist_pii)
        with self._lock:
            self._data[key] = policy
            if len(self._data) > self.maxsize:
                self._data.popitem(last=False)
        return policy

    def for_call(self, tool_key: Hashable, revision: str | None, tool_pii: dict[str, Any] | None,
                 allowlist_pii: dict[str, Any] | None) -> PiiPolicy:
        """Cached policy for a tool version and allowlist revision (documents hashed into the key)."""
        if tool_pii is None and allowlist_pii is None:
            return _DEFAULT
        docs = msgspec.json.encode([tool_pii, allowlist_pii], order="sorted")
        return self.get((tool_key, revision, docs), tool_pii, allowlist_pii)

    def clear(self) -> None:
        """Drop every compiled policy (on a policy reload)."""
        with self._lock:
            self._data.clear()


def tenant_key(server_secret: bytes, tenant: str) -> bytes:
    """The per-tenant pseudonymization key: HMAC(server secret, label + tenant)."""
    return hmac.new(server_secret, b"arbiter/pii/pseudonym/v1\x00" + tenant.encode(), hashlib.sha256).digest()


def _all(action: Action, secrets: Action) -> PiiPolicy:
    rules = {e: EntityRule(action=secrets if e.startswith("SECRET_") else action,
                           declared=secrets if e.startswith("SECRET_") else action,
                           threshold=_DEFAULT.arguments.rules[e].threshold) for e in KNOWN_ENTITIES}
    d = DirectionPolicy(rules=rules)
    return PiiPolicy(arguments=d, result=d)


# Named policies for free-text scrubbing (POST /v1/scrub). "logs" never blocks: it is for
# cleaning text that is going to be stored anyway.
NAMED_POLICIES: dict[str, PiiPolicy] = {
    "default": _DEFAULT,
    "strict": _all("redact", "block"),
    "logs": _all("redact", "redact"),
    "pseudonymize": _all("pseudonymize", "redact"),
}


def named_policy(name: str) -> PiiPolicy:
    """A built-in named policy; unknown names raise :class:`~arbiter.errors.InvalidPolicy`."""
    try:
        return NAMED_POLICIES[name]
    except KeyError:
        raise InvalidPolicy(f"unknown PII policy {name!r}; expected one of {', '.join(NAMED_POLICIES)}",
                            code="UNKNOWN_POLICY", details={"policy": name}) from None
