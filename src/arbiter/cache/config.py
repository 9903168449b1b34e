"""A tool's ``cache`` settings: validation at registration, eligibility at call time.

Accepted keys::

    cache:
      enabled: true              # only with annotations.readOnlyHint true and risk "read"
      ttl_s: 300                 # required when enabled; 1 s .. 30 days
      max_false_reuse: 0.005     # tolerated rate of serving another question's answer; the
                                 # cosine and verifier bars are calibrated from it (0.001 .. 0.05)
      threshold: 0.97            # or a fixed cosine for semantic_fields (0.60 .. 1.0); the
                                 # verifier's bar still comes from max_false_reuse
      semantic_fields: [query]   # top-level string arguments compared by meaning
      spot_check_every: 20       # every Nth verified (not exact) hit goes upstream instead, and the
                                 # fresh result is compared with the reused one (0: never)
      spot_check_ignore: [took_ms, meta.request_id]  # result keys (dotted paths) that may differ
      learn_bar: true            # let spot checks and second looks lower the verifier's bar (>= 0.90)
      invalidates:               # on a (write) tool: which read tools' entries its calls drop
        - {tool: get_order, match: [order_id]}
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from arbiter.cache.calibration import DEFAULT_MAX_FALSE_REUSE, Reuse, load_calibration
from arbiter.errors import BadRequest
from arbiter.types import Tool, ToolAnnotations

# The lowest cosine any tool or request may use: the bottom of the calibrated grid.
MIN_THRESHOLD = 0.60
# For an embedder without a calibration (another model): the pre-calibration fixed threshold.
UNCALIBRATED_THRESHOLD = 0.95
MIN_TOLERANCE, MAX_TOLERANCE = 0.001, 0.05
MAX_TTL_S = 30 * 24 * 3600
# Every 20th verified hit re-run upstream: 5% of the upstream calls the verified hits save, for a
# running measure of false reuse on the tool's own traffic.
DEFAULT_SPOT_CHECK_EVERY = 20
MAX_SPOT_CHECK_EVERY = 10_000
_KEYS = {"enabled", "ttl_s", "threshold", "max_false_reuse", "semantic_fields", "invalidates", "spot_check_every",
         "spot_check_ignore", "learn_bar"}


@dataclass(frozen=True, slots=True)
class Invalidation:
    """Calls of the declaring tool drop ``tool`` entries whose ``match`` arguments are equal."""

    tool: str
    match: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CacheConfig:
    """A validated, normalised ``cache`` dict."""

    enabled: bool = False
    ttl_s: float = 0.0
    threshold: float | None = None  # a fixed cosine; None: calibrated from max_false_reuse
    max_false_reuse: float = DEFAULT_MAX_FALSE_REUSE
    semantic_fields: tuple[str, ...] = ()
    invalidates: tuple[Invalidation, ...] = field(default_factory=tuple)
    spot_check_every: int = DEFAULT_SPOT_CHECK_EVERY
    spot_check_ignore: tuple[tuple[str, ...], ...] = ()  # dotted result paths, split
    learn_bar: bool = True

    def reuse_for(self, model_id: str, verifier_id: str | None = None) -> Reuse:
        """The bars a similar request must clear with this embedder and verifier: calibrated for the
        tolerance; a fixed ``threshold`` (or, for an uncalibrated embedder, a conservative one)
        replaces the cosine only, never the verifier's bar."""
        cal = load_calibration()
        calibrated = cal.reuse_for(self.max_false_reuse, verifier_id)
        if self.threshold is not None:
            return Reuse(self.threshold, calibrated.verifier)
        if cal.model_id != model_id:
            return Reuse(max(UNCALIBRATED_THRESHOLD, calibrated.threshold), calibrated.verifier)
        return calibrated

    def threshold_for(self, model_id: str, verifier_id: str | None = None) -> float:
        """The cosine a hit needs (see :meth:`reuse_for`)."""
        return self.reuse_for(model_id, verifier_id).threshold


def _bad(message: str, **details: Any) -> BadRequest:
    return BadRequest(f"invalid cache config: {message}", code="INVALID_CACHE_CONFIG", details=details)


def validate_cache_config(tool_cache: dict[str, Any] | None, annotations: ToolAnnotations | None,
                          risk: str) -> CacheConfig:
    """Check a tool's ``cache`` dict and return it normalised; raises :class:`BadRequest` on any problem."""
    if tool_cache is None:
        return CacheConfig()
    if not isinstance(tool_cache, dict):
        raise _bad("must be an object")
    unknown = sorted(set(tool_cache) - _KEYS)
    if unknown:
        raise _bad(f"unknown keys {unknown}; allowed: {sorted(_KEYS)}", unknown=unknown)
    enabled = tool_cache.get("enabled", False)
    if not isinstance(enabled, bool):
        raise _bad("enabled must be true or false")
    read_only = bool(annotations and annotations.readOnlyHint)
    if enabled and not (read_only and risk == "read"):
        raise _bad("only read tools with annotations.readOnlyHint true may be cacheable",
                   readOnlyHint=annotations.readOnlyHint if annotations else None, risk=risk)
    ttl = tool_cache.get("ttl_s")
    if enabled and ttl is None:
        raise _bad("ttl_s is required when enabled")
    if ttl is not None and (isinstance(ttl, bool) or not isinstance(ttl, int | float) or not math.isfinite(ttl)
                            or not 1 <= ttl <= MAX_TTL_S):
        raise _bad(f"ttl_s must be a number of seconds between 1 and {MAX_TTL_S}", ttl_s=ttl)
    threshold = tool_cache.get("threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, int | float) or not (
            MIN_THRESHOLD <= threshold <= 1.0)):
        raise _bad(f"threshold must be between {MIN_THRESHOLD} and 1.0", threshold=threshold)
    tolerance = tool_cache.get("max_false_reuse", DEFAULT_MAX_FALSE_REUSE)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not (
            MIN_TOLERANCE <= tolerance <= MAX_TOLERANCE):
        raise _bad(f"max_false_reuse must be between {MIN_TOLERANCE} and {MAX_TOLERANCE}",
                   max_false_reuse=tolerance)
    fields = tool_cache.get("semantic_fields", [])
    if not isinstance(fields, list) or not all(isinstance(f, str) and f for f in fields) \
            or len(set(fields)) != len(fields):
        raise _bad("semantic_fields must be a list of distinct top-level argument names")
    invalidates = tool_cache.get("invalidates", [])
    if not isinstance(invalidates, list):
        raise _bad("invalidates must be a list of {tool, match}")
    rules = []
    for i, rule in enumerate(invalidates):
        if not isinstance(rule, dict) or set(rule) - {"tool", "match"} or not isinstance(rule.get("tool"), str):
            raise _bad(f"invalidates[{i}] must be {{tool: name, match: [argument names]}}")
        match = rule.get("match", [])
        if not isinstance(match, list) or not all(isinstance(m, str) and m for m in match):
            raise _bad(f"invalidates[{i}].match must be a list of argument names")
        rules.append(Invalidation(tool=rule["tool"], match=tuple(match)))
    every = tool_cache.get("spot_check_every", DEFAULT_SPOT_CHECK_EVERY)
    if isinstance(every, bool) or not isinstance(every, int) or not 0 <= every <= MAX_SPOT_CHECK_EVERY:
        raise _bad(f"spot_check_every must be a whole number from 0 (never) to {MAX_SPOT_CHECK_EVERY}",
                   spot_check_every=every)
    ignore = tool_cache.get("spot_check_ignore", [])
    if not isinstance(ignore, list) or not all(
            isinstance(p, str) and p and all(part for part in p.split(".")) for p in ignore):
        raise _bad("spot_check_ignore must be a list of result keys, dotted for nested ones (meta.request_id)")
    learn = tool_cache.get("learn_bar", True)
    if not isinstance(learn, bool):
        raise _bad("learn_bar must be true or false", learn_bar=learn)
    return CacheConfig(enabled=enabled, ttl_s=float(ttl or 0),
                       threshold=None if threshold is None else float(threshold),
                       max_false_reuse=float(tolerance), semantic_fields=tuple(fields), invalidates=tuple(rules),
                       spot_check_every=every, spot_check_ignore=tuple(tuple(p.split(".")) for p in ignore),
                       learn_bar=learn)


def cacheable(tool: Tool) -> CacheConfig | None:
    """The tool's config when its results may be cached, else ``None`` (re-checked at every call)."""
    try:
        cfg = validate_cache_config(tool.cache, tool.annotations, tool.risk)
    except BadRequest:
        return None
    if not cfg.enabled or tool.annotations.readOnlyHint is not True or tool.risk != "read":
        return None
    return cfg
