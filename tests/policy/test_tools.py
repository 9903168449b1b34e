"""Registration checks of tools: HTTP upstream definitions (PII and cache settings: test_admin, test_invoke)."""

from __future__ import annotations

import pytest

from arbiter.errors import BadRequest
from arbiter.policy.tools import check_tool_upstream, tool_checks, validate_http_upstream
from arbiter.types import Tool


@pytest.mark.parametrize(("upstream", "needle"), [
    ({"url": "ftp://x"}, "url"),
    ({"url": "http://"}, "url"),
    ({"url": "http://h/x", "method": "TRACE"}, "method"),
    ({"url": "http://h/x", "timeout_s": 0}, "timeout_s"),
    ({"url": "http://h/x", "timeout_s": True}, "timeout_s"),
    ({"url": "http://h/x", "headers": {"A": 1}}, "header"),
    ({"url": "http://h/x", "headers": {"A": {"env": "X", "y": 1}}}, "header"),
    ({"url": "http://h/x", "retries": 3}, "unknown keys"),
])
def test_bad_upstreams_are_refused_naming_the_field(upstream: dict, needle: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(BadRequest) as err:
        validate_http_upstream({"kind": "http", **upstream})
    assert err.value.code == "INVALID_UPSTREAM" and needle in err.value.message


def test_good_upstream_and_kinds() -> None:
    validate_http_upstream({"kind": "http", "url": "https://h/x", "method": "get", "timeout_s": 2.5,
                            "headers": {"A": "v", "B": {"env": "TOKEN"}}})
    base = {"tenant": "t", "name": "n", "input_schema": {}}
    check_tool_upstream(Tool(**base))
    check_tool_upstream(Tool(**base, upstream={"kind": "mcp", "server": "crm", "tool": "x"}))
    with pytest.raises(BadRequest, match="kind"):
        check_tool_upstream(Tool(**base, upstream={"kind": "smtp"}))


def test_every_registration_check_runs_and_refuses_a_bad_tool() -> None:
    base = {"tenant": "t", "name": "n", "input_schema": {}}
    checks = tool_checks()
    for bad in (Tool(**base, pii={"arguments": {"EMAIL_ADDRESS": "explode"}}),  # type: ignore[arg-type]
                Tool(**base, cache={"enabled": True}),  # type: ignore[arg-type]
                Tool(**base, upstream={"kind": "ftp"})):  # type: ignore[arg-type]
        with pytest.raises(BadRequest):
            for check in checks:
                check(bad)
