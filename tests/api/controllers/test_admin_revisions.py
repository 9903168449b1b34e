"""GET /v1/allowlists/{name}/revisions[/{revision}] over real HTTP on SQLite and PostgreSQL: the history newest
first, a revision's document and its diff, 404s, and who may read it."""

from __future__ import annotations

import copy
from typing import Any

import httpx

from tests.api.controllers.test_policy import error, operator
from tests.conftest import Server


def test_history_newest_first_with_documents_and_diffs(server: Server) -> None:
    first = server.admin.get("/v1/allowlists/support").json()
    doc: dict[str, Any] = copy.deepcopy(first["document"])
    doc["tools"]["send_email"]["arguments"]["properties"]["subject"]["maxLength"] = 80
    del doc["tools"]["search_kb"]
    second = server.admin.put("/v1/allowlists/support", json=doc).json()
    assert second["revision"] != first["revision"]
    ops = operator(server, "ops", ["admin"])
    doc["description"] = "third"
    third = ops.put("/v1/allowlists/support", json=doc).json()
    # Re-applying an earlier revision keeps its first appearance: no new row.
    assert server.admin.put("/v1/allowlists/support", json=second["document"]).status_code == 200

    auditor = operator(server, "carl", ["auditor"])
    for client in (server.admin, auditor):
        r = client.get("/v1/allowlists/support/revisions")
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["name"] == "support"
        revisions = body["revisions"]
        assert [v["revision"] for v in revisions] == [third["revision"], second["revision"], first["revision"]]
        assert revisions[0]["actor"].startswith("operator:op_") and revisions[1]["actor"] == "admin-token"
        assert revisions[2]["actor"] == "test"  # applied by the svc fixture
        assert revisions[0]["created_at"] > revisions[1]["created_at"] > revisions[2]["created_at"]

        shown = client.get(f"/v1/allowlists/support/revisions/{second['revision']}").json()
        assert shown["document"] == second["document"] and shown["previous_revision"] == first["revision"]
        assert shown["revision"] == second["revision"] and shown["tenant"] == "acme"
        diff = shown["diff"].splitlines()
        assert diff[0] == f"--- support@{first['revision']}" and diff[1] == f"+++ support@{second['revision']}"
        assert '-            "maxLength": 120,' in diff and '+            "maxLength": 80,' in diff
        assert '-    "search_kb": {},' in diff

        oldest = client.get(f"/v1/allowlists/support/revisions/{first['revision']}").json()
        assert oldest["previous_revision"] is None and oldest["document"] == first["document"]
        lines = oldest["diff"].splitlines()
        assert lines[0] == "--- /dev/null" and all(x.startswith(("+", "@")) for x in lines[1:])
        newest = client.get(f"/v1/allowlists/support/revisions/{third['revision']}").json()
        assert newest["previous_revision"] == second["revision"] and '+  "description": "third",' in newest["diff"]


def test_unknown_names_revisions_and_roles(server: Server) -> None:
    error(server.admin.get("/v1/allowlists/nope/revisions"), 404, "NOT_FOUND")
    err = error(server.admin.get("/v1/allowlists/support/revisions/0123456789abcdef"), 404, "NOT_FOUND")
    assert err["details"] == {"name": "support", "revision": "0123456789abcdef"}
    revision = server.admin.get("/v1/allowlists/support").json()["revision"]
    error(server.admin.get(f"/v1/allowlists/readonly/revisions/{revision}"), 404, "NOT_FOUND")

    approver = operator(server, "ann", ["approver"])
    error(approver.get("/v1/allowlists/support/revisions"), 403, "ROLE_REQUIRED")
    error(approver.get(f"/v1/allowlists/support/revisions/{revision}"), 403, "ROLE_REQUIRED")
    with httpx.Client(base_url=server.url, timeout=30) as anonymous:
        error(anonymous.get("/v1/allowlists/support/revisions"), 401, "UNAUTHORIZED")
    # Auditors read the history, not the allowlists themselves, and change nothing.
    auditor = operator(server, "carl", ["auditor"])
    error(auditor.put("/v1/allowlists/support", json={"tools": {}}), 403, "ROLE_REQUIRED")
    error(auditor.get("/v1/allowlists/support"), 403, "ROLE_REQUIRED")
    error(auditor.get("/v1/allowlists"), 403, "ROLE_REQUIRED")
