"""Policy defaults, tightening, errors, caching and per-tenant keys."""

from __future__ import annotations

import pytest

from arbiter.errors import InvalidPolicy
from arbiter.pii.policy import (
    PolicyCache,
    compile_policy,
    default_policy,
    named_policy,
    stricter,
    tenant_key,
)


def test_defaults() -> None:
    a = default_policy().arguments.rules
    assert a["SECRET_AWS_ACCESS_KEY"].action == "block"
    assert a["SECRET_KEYED_FIELD"].action == "block"
    for e in ("CREDIT_CARD", "US_SSN", "IBAN_CODE", "US_BANK_NUMBER"):
        assert a[e].action == "redact"
    for e in ("EMAIL_ADDRESS", "PHONE_NUMBER"):
        assert (a[e].action, a[e].declared) == ("redact", "allow")
    assert a["URL"].action == "allow"
    assert all(0 < r.threshold <= 1 for r in a.values())


def test_strictness_order() -> None:
    assert stricter("allow", "mask") == "mask"
    assert stricter("pseudonymize", "mask") == "pseudonymize"
    assert stricter("redact", "pseudonymize") == "redact"
    assert stricter("block", "redact") == "block"


def test_tool_overrides_defaults_per_direction() -> None:
    p = compile_policy({"arguments": {"EMAIL_ADDRESS": "allow", "CREDIT_CARD": {"action": "mask", "threshold": 0.9}},
                        "result": {"US_SSN": "pseudonymize"}}, None)
    assert p.arguments.rules["EMAIL_ADDRESS"].action == "allow"
    assert p.arguments.rules["CREDIT_CARD"].action == "mask"
    assert p.arguments.rules["CREDIT_CARD"].threshold == 0.9
    assert p.result.rules["US_SSN"].action == "pseudonymize"
    assert p.result.rules["EMAIL_ADDRESS"].action == "redact"


def test_allowlist_only_tightens() -> None:
    tool = {"arguments": {"EMAIL_ADDRESS": "allow", "CREDIT_CARD": "mask", "US_SSN": {"threshold": 0.3}}}
    p = compile_policy(tool, {"arguments": {"EMAIL_ADDRESS": "pseudonymize", "CREDIT_CARD": "allow",
                                            "US_SSN": {"threshold": 0.9, "action": "block"},
                                            "SECRET": {"action": "allow", "declared": "allow"}}})
    r = p.arguments.rules
    assert r["EMAIL_ADDRESS"].action == "pseudonymize"  # tightened
    assert r["CREDIT_CARD"].action == "mask"  # loosening ignored
    assert r["US_SSN"].action == "block" and r["US_SSN"].threshold == 0.3  # threshold never raised
    assert r["SECRET_GITHUB_TOKEN"].action == "block"


def test_secret_group_and_specific_entity() -> None:
    p = compile_policy({"arguments": {"SECRET_JWT": "redact", "SECRET": "mask"}}, None)
    assert p.arguments.rules["SECRET_JWT"].action == "redact"
    assert p.arguments.rules["SECRET_SLACK_TOKEN"].action == "mask"


@pytest.mark.parametrize(("doc", "needle"), [
    ({"arguments": {"SOCIAL_NUMBER": "redact"}}, "SOCIAL_NUMBER"),
    ({"arguments": {"EMAIL_ADDRESS": "shred"}}, "shred"),
    ({"arguments": {"EMAIL_ADDRESS": {"declared": "nope"}}}, "nope"),
    ({"arguments": {"EMAIL_ADDRESS": {"threshold": 2}}}, "threshold"),
    ({"arguments": {"EMAIL_ADDRESS": {"colour": "red"}}}, "colour"),
    ({"argumnets": {}}, "argumnets"),
    ({"arguments": ["EMAIL_ADDRESS"]}, "arguments"),
])
def test_invalid_policies_name_the_problem(doc: dict, needle: str) -> None:
    with pytest.raises(InvalidPolicy) as exc:
        compile_policy(doc, None)
    assert needle in exc.value.message
    with pytest.raises(InvalidPolicy):
        compile_policy(None, doc)


def test_policy_cache_compiles_once() -> None:
    cache = PolicyCache(maxsize=2)
    doc = {"arguments": {"EMAIL_ADDRESS": "allow"}}
    a = cache.for_call(("t", "send_email", 1), "rev1", doc, None)
    assert cache.for_call(("t", "send_email", 1), "rev1", doc, None) is a
    b = cache.for_call(("t", "send_email", 1), "rev1", {"arguments": {"EMAIL_ADDRESS": "block"}}, None)
    assert b is not a and b.arguments.rules["EMAIL_ADDRESS"].action == "block"
    assert cache.for_call(("t", "x", 1), None, None, None) is cache.for_call(("t", "y", 1), None, None, None)


def test_tenant_keys_differ() -> None:
    assert tenant_key(b"s", "a") == tenant_key(b"s", "a")
    assert tenant_key(b"s", "a") != tenant_key(b"s", "b")
    assert tenant_key(b"s", "a") != tenant_key(b"t", "a")


def test_named_policy() -> None:
    assert named_policy("strict").arguments.rules["URL"].action == "redact"
    with pytest.raises(InvalidPolicy, match="nope"):
        named_policy("nope")
