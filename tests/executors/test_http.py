"""The HTTP executor's upstream validation and request shaping (the I/O is covered in test_invoke)."""

from __future__ import annotations

import pytest

from arbiter.errors import BadRequest
from arbiter.executors.http import _query, check_tool_upstream, validate_http_upstream
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


def test_get_arguments_become_query_parameters() -> None:
    assert _query({"q": "a b", "n": 3, "tags": ["x"], "flag": True}) == {
        "q": "a b", "n": "3", "tags": '["x"]', "flag": "true"}
    assert _query(["not", "an", "object"]) == {}
