import pytest

from arbiter.cache.calibration import Reuse, load_calibration
from arbiter.cache.config import UNCALIBRATED_THRESHOLD, CacheConfig, Invalidation, cacheable, validate_cache_config
from arbiter.errors import BadRequest
from arbiter.types import Tool, ToolAnnotations

RO = ToolAnnotations(readOnlyHint=True)


def test_normalises_a_valid_config() -> None:
    cfg = validate_cache_config({"enabled": True, "ttl_s": 60, "threshold": 0.97, "semantic_fields": ["q"]},
                                RO, "read")
    assert cfg == CacheConfig(enabled=True, ttl_s=60.0, threshold=0.97, semantic_fields=("q",))
    assert validate_cache_config(None, RO, "read") == CacheConfig()
    assert cfg.spot_check_every == 20 and cfg.spot_check_ignore == () and cfg.learn_bar  # on by default


def test_spot_check_settings_are_normalised() -> None:
    cfg = validate_cache_config({"enabled": True, "ttl_s": 60, "spot_check_every": 0,
                                 "spot_check_ignore": ["took_ms", "meta.request_id"], "learn_bar": False},
                                RO, "read")
    assert cfg.spot_check_every == 0 and cfg.learn_bar is False
    assert cfg.spot_check_ignore == (("took_ms",), ("meta", "request_id"))


def test_write_tool_declares_invalidations() -> None:
    cfg = validate_cache_config({"invalidates": [{"tool": "get_order", "match": ["order_id"]}]},
                                ToolAnnotations(readOnlyHint=False), "write")
    assert cfg.invalidates == (Invalidation(tool="get_order", match=("order_id",)),)


@pytest.mark.parametrize(("cache", "ann", "risk", "fragment"), [
    ({"enabled": True, "ttl_s": 60, "colour": 1}, RO, "read", "unknown keys ['colour']"),
    ({"enabled": True, "ttl_s": 60}, ToolAnnotations(), "read", "readOnlyHint"),
    ({"enabled": True, "ttl_s": 60}, ToolAnnotations(readOnlyHint=False), "read", "readOnlyHint"),
    ({"enabled": True, "ttl_s": 60}, RO, "write", "readOnlyHint"),
    ({"enabled": True, "ttl_s": 60, "threshold": 0.5}, RO, "read", "threshold"),
    ({"enabled": True, "ttl_s": 60, "max_false_reuse": 0.5}, RO, "read", "max_false_reuse"),
    ({"enabled": True, "ttl_s": 60, "max_false_reuse": 0}, RO, "read", "max_false_reuse"),
    ({"enabled": True, "ttl_s": 60, "max_false_reuse": "low"}, RO, "read", "max_false_reuse"),
    ({"enabled": True, "ttl_s": 60, "threshold": 1.01}, RO, "read", "threshold"),
    ({"enabled": True, "ttl_s": 60, "threshold": True}, RO, "read", "threshold"),
    ({"enabled": True}, RO, "read", "ttl_s is required"),
    ({"enabled": True, "ttl_s": 0}, RO, "read", "ttl_s must be"),
    ({"enabled": True, "ttl_s": 60, "semantic_fields": "q"}, RO, "read", "semantic_fields"),
    ({"invalidates": [{"tool": "x", "match": "id"}]}, RO, "write", "invalidates[0].match"),
    ({"enabled": True, "ttl_s": 60, "spot_check_every": -1}, RO, "read", "spot_check_every"),
    ({"enabled": True, "ttl_s": 60, "spot_check_every": 2.5}, RO, "read", "spot_check_every"),
    ({"enabled": True, "ttl_s": 60, "spot_check_every": True}, RO, "read", "spot_check_every"),
    ({"enabled": True, "ttl_s": 60, "spot_check_every": "20"}, RO, "read", "spot_check_every"),
    ({"enabled": True, "ttl_s": 60, "spot_check_every": 10_001}, RO, "read", "spot_check_every"),
    ({"enabled": True, "ttl_s": 60, "spot_check_ignore": "took_ms"}, RO, "read", "spot_check_ignore"),
    ({"enabled": True, "ttl_s": 60, "spot_check_ignore": [""]}, RO, "read", "spot_check_ignore"),
    ({"enabled": True, "ttl_s": 60, "spot_check_ignore": ["meta..id"]}, RO, "read", "spot_check_ignore"),
    ({"enabled": True, "ttl_s": 60, "spot_check_ignore": [3]}, RO, "read", "spot_check_ignore"),
    ({"enabled": True, "ttl_s": 60, "learn_bar": "yes"}, RO, "read", "learn_bar"),
])
def test_rejects_bad_configs(cache: dict, ann: ToolAnnotations, risk: str, fragment: str) -> None:
    with pytest.raises(BadRequest) as exc:
        validate_cache_config(cache, ann, risk)
    assert fragment in exc.value.message
    assert exc.value.status == 400


def test_cacheable_needs_enabled_read_only_read_risk() -> None:
    def tool(**kw: object) -> Tool:
        base: dict = {"tenant": "t", "name": "search", "input_schema": {}, "annotations": RO,
                      "cache": {"enabled": True, "ttl_s": 60}}
        return Tool(**(base | kw))

    assert cacheable(tool()) is not None
    assert cacheable(tool(cache={"enabled": False})) is None
    assert cacheable(tool(cache=None)) is None
    assert cacheable(tool(annotations=ToolAnnotations())) is None
    assert cacheable(tool(risk="write")) is None


def test_threshold_comes_from_the_tolerance_unless_fixed() -> None:
    from arbiter.cache.verifier import default_verifier

    cal, vid = load_calibration(), default_verifier().model_id
    strict = validate_cache_config({"enabled": True, "ttl_s": 60}, RO, "read")
    loose = validate_cache_config({"enabled": True, "ttl_s": 60, "max_false_reuse": 0.05}, RO, "read")
    fixed = validate_cache_config({"enabled": True, "ttl_s": 60, "threshold": 0.98, "max_false_reuse": 0.05},
                                  RO, "read")
    assert strict.reuse_for(cal.model_id, vid) == cal.reuse_for(0.005, vid)
    assert strict.reuse_for(cal.model_id) == cal.reuse_for(0.005)  # no verifier: the guard's calibration
    # A looser tolerance never gives a stricter threshold; a fixed threshold wins over the tolerance
    # for the cosine only: the verifier's bar still comes from the tolerance.
    assert loose.threshold_for(cal.model_id) <= strict.threshold_for(cal.model_id)
    assert fixed.reuse_for(cal.model_id, vid) == Reuse(0.98, cal.reuse_for(0.05, vid).verifier)
    # Another embedder has no calibration: at least the conservative fixed cosine, and the verifier's
    # bar as calibrated (it reads the texts, not the vectors).
    calibrated = cal.reuse_for(0.005, vid)
    assert strict.reuse_for("some/other-model", vid) == Reuse(max(UNCALIBRATED_THRESHOLD, calibrated.threshold),
                                                              calibrated.verifier)
    assert strict.threshold_for("some/other-model") >= UNCALIBRATED_THRESHOLD
