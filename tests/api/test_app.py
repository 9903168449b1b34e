"""The app's one error shape: every kind of bad input gets ``{"error": {...}}`` and changes nothing.

Each test takes a snapshot of what an operator can observe (tools, agents, allowlists, the
registry version and the audit trail), sends one kind of bad input, checks the error, and
checks the snapshot again. Also: the OpenAPI document lists every route and its error body.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from arbiter.api.app import create_app
from arbiter.errors import InvalidPolicy, NotFound
from arbiter.settings import Settings
from tests.conftest import Server, make_settings

JSON = {"content-type": "application/json"}


def state(server: Server) -> dict[str, Any]:
    """Everything a bad request must leave as it was."""
    a = server.admin
    audit = a.get("/v1/audit", params={"limit": 1000}).json()["records"]
    return {
        "tools": a.get("/v1/tools").json(),
        "agents": a.get("/v1/agents").json(),
        "allowlists": a.get("/v1/allowlists").json(),
        "registry_version": server.svc.registry.snapshot.version,
        "audit": [r["decision_id"] for r in audit],
    }


def assert_error(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The response is the one error shape with this status and code; returns the inner error."""
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert list(body) == ["error"]
    err: dict[str, Any] = body["error"]
    assert set(err) == {"code", "message", "details"}
    assert err["code"] == code, err
    assert isinstance(err["message"], str) and err["message"]
    assert isinstance(err["details"], dict)
    return err


def nested(depth: int) -> dict[str, Any]:
    """A JSON object ``depth`` levels deep."""
    out: dict[str, Any] = {}
    for _ in range(depth - 1):
        out = {"a": out}
    return out


@pytest.fixture
def agent_key(server: Server) -> str:
    return server.add_agent()[1]


def test_malformed_json(server: Server, agent_key: str) -> None:
    before = state(server)
    with server.agent_client(agent_key) as c:
        for body in (b'{"tool": "search_kb", "arguments": {', b"not json", b'{"tool": "x",}'):
            assert_error(c.post("/v1/check", content=body, headers=JSON), 400, "MALFORMED_JSON")
    assert_error(server.admin.post("/v1/tools", content=b'{"name": "t", ', headers=JSON), 400, "MALFORMED_JSON")
    assert_error(server.admin.put("/v1/allowlists/x", content=b"{]", headers=JSON), 400, "MALFORMED_JSON")
    assert state(server) == before


def test_wrong_types(server: Server, agent_key: str) -> None:
    before = state(server)
    with server.agent_client(agent_key) as c:
        err = assert_error(c.post("/v1/check", json={"tool": 5, "arguments": {}}), 400, "INVALID_REQUEST")
        assert err["details"]["errors"][0]["key"] == "tool"
        err = assert_error(c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "q"},
                                                     "call_id": ["x"]}), 400, "INVALID_REQUEST")
        assert err["details"]["errors"][0]["key"] == "call_id"
        err = assert_error(c.post("/v1/check/batch", json={"calls": {"tool": "x"}}), 400, "INVALID_REQUEST")
    err = assert_error(server.admin.post("/v1/agents", json={"name": "a", "tenant": "acme", "trust": "god"}),
                       400, "INVALID_REQUEST")
    assert "god" in err["message"]
    assert_error(server.admin.post("/v1/tools", json={"name": "t", "input_schema": "object"}), 400, "INVALID_REQUEST")
    assert_error(server.admin.get("/v1/audit", params={"limit": "many"}), 400, "INVALID_REQUEST")
    assert state(server) == before


def test_unknown_fields_in_admin_payloads(server: Server) -> None:
    agent_id, _ = server.add_agent()
    before = state(server)
    a = server.admin
    tool = {"tenant": "acme", "name": "new_tool", "input_schema": {"type": "object"}, "colour": "red"}
    for r in (a.post("/v1/tools", json=tool),
              a.put("/v1/tools/search_kb", params={"tenant": "acme"},
                    json={**tool, "name": "search_kb"}),
              a.post("/v1/agents", json={"name": "x", "tenant": "acme", "allowlist": "support", "colour": "red"}),
              a.patch(f"/v1/agents/{agent_id}", json={"trust": "privileged", "colour": "red"})):
        err = assert_error(r, 400, "INVALID_REQUEST")
        assert "colour" in err["message"], err
    assert a.get(f"/v1/agents/{agent_id}").json()["trust"] == "standard"
    assert state(server) == before


def test_arguments_that_are_not_an_object(server: Server, agent_key: str) -> None:
    before = state(server)
    with server.agent_client(agent_key) as c:
        for args in ([1, 2], "query", 7, None):
            err = assert_error(c.post("/v1/check", json={"tool": "search_kb", "arguments": args}),
                               400, "INVALID_REQUEST")
            assert err["details"]["errors"][0]["key"] == "arguments"
        assert_error(c.post("/v1/check/batch", json={"calls": [{"tool": "search_kb", "arguments": {"query": "q"}},
                                                               {"tool": "search_kb", "arguments": []}]}),
                     400, "INVALID_REQUEST")
    # Not even the valid first call of the batch was decided or recorded.
    assert state(server) == before


class TestBodyLimit:
    """A server whose ARBITER_MAX_BODY_BYTES is 4 kB."""

    @pytest.fixture
    def settings(self, tmp_path: Path, db_url: str) -> Settings:
        return make_settings(tmp_path, db_url, ARBITER_MAX_BODY_BYTES=4096)

    def test_body_over_the_limit_is_413(self, server: Server, agent_key: str) -> None:
        before = state(server)
        big = "x" * 5000
        with server.agent_client(agent_key) as c:
            assert_error(c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": big}}),
                         413, "PAYLOAD_TOO_LARGE")

            def chunks() -> Any:  # no Content-Length: the limit holds for a streamed body too
                yield b'{"tool": "search_kb", "arguments": {"query": "'
                for _ in range(8):
                    yield b"y" * 1024
                yield b'"}}'

            assert_error(c.post("/v1/check", content=chunks(), headers=JSON), 413, "PAYLOAD_TOO_LARGE")
            # Just under the limit is still decided.
            ok = c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "q" * 400}})
            assert ok.status_code == 200 and ok.json()["verdict"] == "allow"
        assert_error(server.admin.post("/v1/tools", json={"tenant": "acme", "name": "big", "description": big,
                                                          "input_schema": {"type": "object"}}),
                     413, "PAYLOAD_TOO_LARGE")
        after = state(server)
        assert len(after["audit"]) == len(before["audit"]) + 1  # only the allowed call
        assert {**after, "audit": None} == {**before, "audit": None}


def test_json_nested_deeper_than_the_limit(server: Server, agent_key: str) -> None:
    limit = server.svc.settings.max_json_depth
    before = state(server)
    with server.agent_client(agent_key) as c:
        # A proposed call over the limit is a decision: denied by the first check, audited, nothing else runs.
        r = c.post("/v1/check", json={"tool": "search_kb", "arguments": nested(limit + 1)})
        assert r.status_code == 200
        d = r.json()
        assert d["verdict"] == "deny" and [(x["code"], x["path"]) for x in d["reasons"]] == [("TOO_DEEP", "/a" * limit)]
        assert d["arguments"] is None and d["findings"] == []
        r = c.post("/v1/check/batch", json={"calls": [
            {"tool": "search_kb", "arguments": {"query": "q"}},
            {"tool": "search_kb", "arguments": nested(limit + 1)}]})
        assert [x["verdict"] for x in r.json()["decisions"]] == ["allow", "deny"]
        # Far deeper than the JSON decoder's own recursion limit (a 100 kB body; the decoder's limit is ~1,000
        # levels on Python 3.11 and ~10,000 on 3.13): a 400, not a 500, and no record.
        deep = b'{"tool": "search_kb", "arguments": {"q": ' + b"[" * 50_000 + b"]" * 50_000 + b"}}"
        assert_error(c.post("/v1/check", content=deep, headers=JSON), 400, "TOO_DEEP")
    after = state(server)
    assert {**after, "audit": None} == {**before, "audit": None} and len(after["audit"]) == len(before["audit"]) + 3
    records = server.admin.get("/v1/audit", params={"kind": "check", "limit": 3}).json()["records"]
    assert sorted((r["verdict"], tuple(x["code"] for x in r.get("reasons", []))) for r in records) == \
        [("allow", ()), ("deny", ("TOO_DEEP",)), ("deny", ("TOO_DEEP",))]
    assert all(r.get("arguments") is None for r in records if r["verdict"] == "deny")  # never stored raw
    before = after
    tool = {"tenant": "acme", "name": "deep_tool", "input_schema": {"type": "object", "properties": nested(limit)}}
    err = assert_error(server.admin.post("/v1/tools", json=tool), 400, "TOO_DEEP")
    assert err["details"]["field"] == "input_schema" and err["details"]["limit"] == limit
    err = assert_error(server.admin.put("/v1/tools/search_kb", params={"tenant": "acme"},
                                        json={**tool, "name": "search_kb"}), 400, "TOO_DEEP")
    deep_tool = b'{"tenant": "acme", "name": "deep_tool", "input_schema": {"x": ' + b"[" * 5000 + b"]" * 5000 + b"}}"
    assert_error(server.admin.post("/v1/tools", content=deep_tool, headers=JSON), 400, "TOO_DEEP")
    assert state(server) == before


def test_invalid_json_schema_at_tool_registration(server: Server) -> None:
    bad_schema = {"type": "object", "properties": {"n": {"type": "integer", "minimum": "zero"}}}
    with pytest.raises(SchemaError) as validator:
        Draft202012Validator.check_schema(bad_schema)
    before = state(server)
    tool = {"tenant": "acme", "name": "counter", "input_schema": bad_schema}
    err = assert_error(server.admin.post("/v1/tools", json=tool), 400, "INVALID_SCHEMA")
    assert validator.value.message in err["message"]
    assert err["details"]["field"] == "input_schema"
    assert err["details"]["schema_path"] == "/properties/n/minimum"
    # Replacing a registered tool's schema with a bad one, or a bad output schema: refused too.
    assert_error(server.admin.put("/v1/tools/search_kb", params={"tenant": "acme"},
                                  json={**tool, "name": "search_kb"}), 400, "INVALID_SCHEMA")
    err = assert_error(server.admin.post("/v1/tools", json={**tool, "input_schema": {"type": "object"},
                                                            "output_schema": {"type": 12}}), 400, "INVALID_SCHEMA")
    assert err["details"]["field"] == "output_schema"
    # A $ref that cannot resolve is not a usable schema either.
    assert_error(server.admin.post("/v1/tools", json={**tool, "input_schema": {"$ref": "#/$defs/missing"}}),
                 400, "INVALID_SCHEMA")
    assert state(server) == before
    assert server.admin.get("/v1/tools/search_kb", params={"tenant": "acme"}).json()["version"] == 1


def test_allowlist_naming_an_unknown_tool(server: Server) -> None:
    before = state(server)
    support = server.admin.get("/v1/allowlists/support").json()
    doc = {"name": "helpdesk", "tenant": "acme", "tools": {"search_kb": {}, "launch_rocket": {}}}
    err = assert_error(server.admin.put("/v1/allowlists/helpdesk", json=doc), 400, "INVALID_ALLOWLIST")
    assert "launch_rocket" in err["message"]
    assert err["details"]["unknown_tools"] == ["launch_rocket"]
    # Replacing an existing allowlist with one that names an unknown tool keeps the old revision.
    changed = {**support["document"], "tools": {**support["document"]["tools"], "launch_rocket": {}}}
    assert_error(server.admin.put("/v1/allowlists/support", json=changed), 400, "INVALID_ALLOWLIST")
    # A bad field is refused the same way.
    err = assert_error(server.admin.put("/v1/allowlists/helpdesk", json={**doc, "tools": {"search_kb": {
        "min_trust": "root"}}}), 400, "INVALID_ALLOWLIST")
    assert "/tools/search_kb/min_trust" in err["message"]
    assert state(server) == before
    assert_error(server.admin.get("/v1/allowlists/helpdesk"), 404, "NOT_FOUND")
    assert server.admin.get("/v1/allowlists/support").json()["revision"] == support["revision"]


def test_applying_several_allowlists_is_all_or_nothing(server: Server) -> None:
    reg = server.svc.registry
    before = state(server)
    support_rev = reg.allowlist("support").revision
    first_new = {"name": "first", "tenant": "acme", "tools": {"search_kb": {}}}
    first_change = {"name": "support", "tenant": "acme", "tools": {"search_kb": {}}}
    unknown_tool = {"name": "second", "tenant": "acme", "tools": {"no_such_tool": {}}}
    bad_field = {"name": "second", "tenant": "acme", "tools": {"search_kb": {"rate": {"limit": 0, "window_s": 1}}}}
    for second in (unknown_tool, bad_field):
        with pytest.raises(InvalidPolicy) as exc:
            reg.apply_allowlists([("a.yaml", first_new), ("b.yaml", first_change), ("c.yaml", second)],
                                 actor="test")
        assert exc.value.message.startswith("c.yaml: ")
    # Neither in memory nor in the store (a reload reads the database again).
    for snapshot in (reg.snapshot, reg.reload()):
        assert "first" not in snapshot.allowlists and "second" not in snapshot.allowlists
        assert snapshot.allowlists["support"].revision == support_rev
    with pytest.raises(NotFound):
        reg.allowlist("first")
    assert state(server) == before


def test_unknown_agent_key_is_401_and_audited_without_the_key(server: Server) -> None:
    before = state(server)
    bogus = "arb_" + "z" * 43
    with server.agent_client(bogus) as c:
        err = assert_error(c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "q"}}),
                           401, "UNAUTHORIZED")
    with httpx.Client(base_url=server.url) as anon:
        missing = assert_error(anon.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "q"}}),
                               401, "UNAUTHORIZED")
    after = state(server)
    assert {**after, "audit": None} == {**before, "audit": None}
    assert after["audit"][2:] == before["audit"]  # exactly two new records, newest first
    rec = server.admin.get(f"/v1/audit/{err['details']['decision_id']}").json()
    assert rec["kind"] == "auth_failure" and rec["verdict"] == "deny"
    assert rec["reasons"][0]["code"] == "UNAUTHORIZED"
    assert rec["key_fingerprint"] and bogus not in str(rec) and bogus[4:20] not in str(rec)
    assert rec.get("tool") is None and rec.get("arguments") is None
    rec2 = server.admin.get(f"/v1/audit/{missing['details']['decision_id']}").json()
    assert rec2["kind"] == "auth_failure" and "key_fingerprint" not in rec2


def test_missing_or_wrong_admin_token_is_401(server: Server, agent_key: str) -> None:
    before = state(server)
    tool = {"tenant": "acme", "name": "sneaky", "input_schema": {"type": "object"}}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "test-admin-token"},
                    {"Authorization": f"Bearer {agent_key}"}):
        with httpx.Client(base_url=server.url, headers=headers) as c:
            assert_error(c.get("/v1/tools"), 401, "UNAUTHORIZED")
            assert_error(c.post("/v1/tools", json=tool), 401, "UNAUTHORIZED")
            assert_error(c.get("/v1/audit"), 401, "UNAUTHORIZED")
    assert state(server) == before


def test_unknown_route_is_404_in_the_error_shape(server: Server) -> None:
    for path in ("/v1/nothing", "/", "/v2/check"):
        assert_error(server.admin.get(path), 404, "NOT_FOUND")
    assert_error(server.admin.post("/v1/tools/a/b/c", json={}), 404, "NOT_FOUND")


def test_wrong_method_is_405_in_the_error_shape(server: Server) -> None:
    before = state(server)
    assert_error(server.admin.get("/v1/check"), 405, "METHOD_NOT_ALLOWED")
    assert_error(server.admin.delete("/v1/allowlists/support"), 405, "METHOD_NOT_ALLOWED")
    assert_error(server.admin.post("/healthz"), 405, "METHOD_NOT_ALLOWED")
    assert_error(server.admin.put("/v1/agents", json={}), 405, "METHOD_NOT_ALLOWED")
    assert state(server) == before


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = doc["components"]["schemas"][name]
    return schema


def test_openapi_lists_every_route_and_its_error_body(server: Server) -> None:
    doc = httpx.get(f"{server.url}/schema/openapi.json").json()
    app = create_app(arbiter=server.svc)  # the same wiring, not started
    expected = set()
    for route in app.routes:
        if route.path.startswith("/schema"):  # the OpenAPI document's own pages
            continue
        for handler in getattr(route, "route_handlers", []):
            resolve = getattr(handler, "resolve_include_in_schema", None)  # a controller may say it for all
            if handler.include_in_schema is False or (resolve is not None and not resolve()):
                continue
            for method in handler.http_methods:
                expected.add((re.sub(r"\{(\w+):\w+\}", r"{\1}", route.path), method.lower()))
    documented = {(path, method) for path, item in doc["paths"].items() for method in item
                  if method in ("get", "post", "put", "patch", "delete")}
    assert {("/v1/check", "post"), ("/v1/tools/{name}", "delete"), ("/readyz", "get")} <= expected
    assert documented == expected

    error_body = _resolve(doc, {"$ref": "#/components/schemas/ErrorBody"})
    assert error_body["required"] == ["error"]
    assert set(_resolve(doc, error_body["properties"]["error"])["required"]) == {"code", "message", "details"}
    for path, method in sorted(expected):
        responses = doc["paths"][path][method]["responses"]
        errors = {status: r for status, r in responses.items() if int(status) >= 400}
        if (path, method) != ("/healthz", "get"):  # liveness has no failure of its own
            assert errors, f"{method.upper()} {path} declares no error response"
        for status, r in errors.items():
            ref = r["content"]["application/json"]["schema"].get("$ref")
            assert ref == "#/components/schemas/ErrorBody", (method, path, status, r)
        if path.startswith("/v1/"):
            assert {"400", "401"} <= set(errors), (method, path)
