"""An allowlist entry's ``approval`` rule: compiled conditions, and documents that carry it (or fail to)."""

from __future__ import annotations

from typing import Any

import pytest

from arbiter.errors import BadRequest, InvalidPolicy, InvalidSchema
from arbiter.policy.allowlist import parse, revision_of
from arbiter.policy.approval import ApprovalRule, Condition, compile_rule
from arbiter.policy.validators import compiled, schema_hash

OVER_100 = {"properties": {"amount": {"exclusiveMinimum": 100}}, "required": ["amount"]}


def doc(approval: Any, **entry: Any) -> dict[str, Any]:
    return {"name": "refunds", "tenant": "acme", "tools": {"refund_order": {"approval": approval, **entry},
                                                           "get_order": {}}}


def test_no_spec_no_rule() -> None:
    assert compile_rule(None, where="tools.t") is None


def test_always() -> None:
    rule = compile_rule({"when": [{"always": True}]}, where="tools.t")
    assert rule == ApprovalRule(when=(Condition(always=True),))
    (c,) = rule.when
    assert c.arguments is None and c.new_value is None and c.arguments_hash is None
    assert c.describe() == "every call of this tool needs approval"


def test_arguments_schema_is_compiled_with_its_hash() -> None:
    rule = compile_rule({"when": [{"arguments": OVER_100}]}, where="tools.t")
    assert rule is not None
    (c,) = rule.when
    assert not c.always and c.new_value is None
    assert c.arguments == OVER_100 and c.arguments_hash == schema_hash(OVER_100)
    v = compiled(c.arguments, c.arguments_hash)
    assert v.is_valid({"amount": 250}) and not v.is_valid({"amount": 100}) and not v.is_valid({"amount": 40})
    assert not v.is_valid({"order_id": "x"})  # no amount: not held by this condition
    assert "arguments" in c.describe()


def test_new_value_keeps_its_pointer() -> None:
    rule = compile_rule({"when": [{"new_value": "/to"}]}, where="tools.t")
    assert rule is not None
    (c,) = rule.when
    assert c == Condition(new_value="/to") and not c.always and c.arguments is None
    assert c.describe() == "/to is a value this agent has never used"


def test_conditions_keep_their_order_and_expiry() -> None:
    rule = compile_rule({"when": [{"new_value": "/to"}, {"always": True}, {"arguments": {"type": "object"}}],
                         "expires_s": 120}, where="tools.t")
    assert rule is not None
    assert [(c.new_value, c.always, c.arguments) for c in rule.when] == [
        ("/to", False, None), (None, True, None), (None, False, {"type": "object"})]
    assert rule.expires_s == 120
    assert compile_rule({"when": [{"always": True}]}, where="x").expires_s is None  # type: ignore[union-attr]
    # Compiled rules are values: equal specs compile equal (a reload does not look like a change).
    assert rule == compile_rule({"when": [{"new_value": "/to"}, {"always": True},
                                          {"arguments": {"type": "object"}}], "expires_s": 120}, where="y")


@pytest.mark.parametrize("schema", [{"type": "nope"}, {"properties": {"amount": {"minimum": "ten"}}},
                                    {"$ref": "#/$defs/missing"}, ["not", "an", "object"]])
def test_an_invalid_inner_schema_is_refused_naming_where(schema: Any) -> None:
    with pytest.raises(InvalidSchema) as err:
        compile_rule({"when": [{"always": True}, {"arguments": schema}]}, where="tools.refund_order")
    assert err.value.details["field"] == "tools.refund_order.approval.when[1].arguments"
    assert "tools.refund_order.approval.when[1].arguments" in err.value.message


@pytest.mark.parametrize("spec", [{"when": []}, {"when": None}, {}])
def test_a_rule_without_conditions_is_refused(spec: dict[str, Any]) -> None:
    with pytest.raises(InvalidPolicy, match=r"tools\.t\.approval\.when needs at least one condition"):
        compile_rule(spec, where="tools.t")


# ---- in allowlist documents ------------------------------------------------------------------

def test_allowlist_entries_carry_their_rule() -> None:
    al = parse({"name": "refunds", "tenant": "acme", "tools": {
        "refund_order": {"min_trust": "privileged", "approval": {"when": [{"arguments": OVER_100}]}},
        "send_email": {"approval": {"when": [{"new_value": "/to"}, {"always": True}]}},
        "get_order": {}, "search_kb": None}}, source="refunds.yaml")
    refund = al.tools["refund_order"].approval
    assert refund is not None and refund.when[0].arguments == OVER_100
    assert al.tools["refund_order"].min_trust is not None  # the rest of the entry still compiles
    mail = al.tools["send_email"].approval
    assert mail is not None and [c.new_value for c in mail.when] == ["/to", None] and mail.when[1].always
    assert al.tools["get_order"].approval is None and al.tools["search_kb"].approval is None


def test_an_approval_rule_is_part_of_the_revision() -> None:
    base = doc({"when": [{"arguments": OVER_100}]})
    lower = doc({"when": [{"arguments": {**OVER_100, "properties": {"amount": {"exclusiveMinimum": 50}}}}]})
    without = {"name": "refunds", "tenant": "acme", "tools": {"refund_order": {}, "get_order": {}}}
    assert len({revision_of(base), revision_of(lower), revision_of(without)}) == 3
    assert parse(base).revision != parse(lower).revision


@pytest.mark.parametrize("mode", ["deny", "flag", "hold"])
def test_on_untrusted_accepts_hold(mode: str) -> None:
    top = parse({"name": "a", "on_untrusted": mode, "tools": {"t": {}}})
    assert top.on_untrusted == mode
    entry = parse({"name": "a", "tools": {"t": {"on_untrusted": mode}}})
    assert entry.tools["t"].on_untrusted == mode


@pytest.mark.parametrize("where", ["top", "entry"])
def test_on_untrusted_refuses_other_modes(where: str) -> None:
    d: dict[str, Any] = ({"name": "a", "on_untrusted": "ask", "tools": {"t": {}}} if where == "top"
                         else {"name": "a", "tools": {"t": {"on_untrusted": "ask"}}})
    with pytest.raises(InvalidPolicy, match="on_untrusted"):
        parse(d, source="a.yaml")


@pytest.mark.parametrize(("approval", "path"), [
    ({"when": [{"always": True}], "bogus": 1}, "/tools/refund_order/approval"),
    ({"when": [{"always": True, "new_value": "/to"}]}, "/tools/refund_order/approval/when/0"),
    ({"when": [{"always": True}, {"arguments": OVER_100, "new_value": "/to"}]}, "/tools/refund_order/approval/when/1"),
    ({"when": [{"new_value": "to"}]}, "/tools/refund_order/approval/when/0/new_value"),
    ({"when": [{"new_value": ""}]}, "/tools/refund_order/approval/when/0/new_value"),
    ({"when": [{"new_value": 3}]}, "/tools/refund_order/approval/when/0/new_value"),
    ({"when": []}, "/tools/refund_order/approval/when"),
    ({"when": [{}]}, "/tools/refund_order/approval/when/0"),
    ({"when": [{"always": False}]}, "/tools/refund_order/approval/when/0/always"),
    ({"when": [{"sometimes": True}]}, "/tools/refund_order/approval/when/0"),
    ({"when": [{"arguments": "amount > 100"}]}, "/tools/refund_order/approval/when/0/arguments"),
    ({"when": [{"always": True}] * 21}, "/tools/refund_order/approval/when"),
    ({"when": {"always": True}}, "/tools/refund_order/approval/when"),
    ({}, "/tools/refund_order/approval"),
    ({"when": [{"always": True}], "expires_s": 0}, "/tools/refund_order/approval/expires_s"),
    ({"when": [{"always": True}], "expires_s": 30 * 86400 + 1}, "/tools/refund_order/approval/expires_s"),
    ({"when": [{"always": True}], "expires_s": "1h"}, "/tools/refund_order/approval/expires_s"),
    (True, "/tools/refund_order/approval"),
])
def test_schema_invalid_approval_specs_are_refused(approval: Any, path: str) -> None:
    with pytest.raises(InvalidPolicy) as err:
        parse(doc(approval), source="refunds.yaml")
    assert err.value.message.startswith("refunds.yaml:")
    assert path in [e["path"] for e in err.value.details["errors"]], err.value.details


def test_an_invalid_inner_schema_in_a_document_is_an_invalid_policy() -> None:
    with pytest.raises(InvalidPolicy) as err:
        parse(doc({"when": [{"arguments": {"type": "nope"}}]}), source="refunds.yaml")
    assert err.value.message.startswith("refunds.yaml: tools.refund_order.approval.when[0].arguments is not a valid")
    assert err.value.details == {"source": "refunds.yaml", "tool": "refund_order"}
    assert isinstance(err.value, BadRequest) and err.value.code == "INVALID_ALLOWLIST"


def test_the_maximum_number_of_conditions_is_accepted() -> None:
    rule = parse(doc({"when": [{"new_value": f"/a/{i}"} for i in range(20)]})).tools["refund_order"].approval
    assert rule is not None and len(rule.when) == 20


def test_expires_s_up_to_30_days_is_kept() -> None:
    rule = parse(doc({"when": [{"always": True}], "expires_s": 30 * 86400})).tools["refund_order"].approval
    assert rule is not None and rule.expires_s == 30 * 86400
