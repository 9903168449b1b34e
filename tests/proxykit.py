"""Fixtures and a demo tenant for the model-proxy tests: a scripted upstream, an assistant with an
inbox (untrusted content), a web fetcher and a money transfer tool.

Import the fixtures under a private name; pytest registers them by their ``name``::

    from tests.proxykit import scripted_fixture, settings_fixture  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arbiter.registry import ToolSpec
from arbiter.service import Arbiter
from arbiter.settings import Settings
from arbiter.testing import ScriptedModel
from arbiter.types import ToolAnnotations
from tests.conftest import Server, make_settings

UPSTREAM_KEY = "sk-upstream-secret-never-shown"

TOOLS = [
    ToolSpec(tenant="acme", name="read_inbox", description="Read the latest emails of the shared inbox.",
             risk="read", annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=True),
             input_schema={"type": "object", "properties": {"limit": {"type": "integer"}},
                           "additionalProperties": False}),
    ToolSpec(tenant="acme", name="fetch_url", description="Fetch a web page.", risk="read",
             annotations=ToolAnnotations(readOnlyHint=True),
             input_schema={"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}},
                           "additionalProperties": False}),
    ToolSpec(tenant="acme", name="transfer_funds", description="Pay an invoice by bank transfer.", risk="write",
             annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=False),
             input_schema={"type": "object", "required": ["iban", "amount"], "additionalProperties": False,
                           "properties": {"iban": {"type": "string", "x-pii": "IBAN_CODE"},
                                          "amount": {"type": "number", "exclusiveMinimum": 0},
                                          "reference": {"type": "string"}}}),
]

_ASSISTANT_TOOLS = {"search_kb": {}, "get_order": {}, "send_email": {}, "read_inbox": {},
                    "fetch_url": {"untrusted_output": True}, "transfer_funds": {}}
ALLOWLISTS = [
    {"name": "assistant", "tenant": "acme", "tools": _ASSISTANT_TOOLS},
    {"name": "assistant-flag", "tenant": "acme", "taint": "flag", "tools": _ASSISTANT_TOOLS},
    {"name": "assistant-403", "tenant": "acme", "on_deny": "error", "tools": _ASSISTANT_TOOLS},
]


def seed_assistant(svc: Arbiter) -> None:
    """Register the assistant tools and allowlists on top of the demo tenant."""
    svc.registry.put_tools(TOOLS, actor="test")
    svc.registry.apply_allowlists([(f"{a['name']}.yaml", a) for a in ALLOWLISTS], actor="test")


@pytest.fixture(scope="session", name="scripted")
def scripted_fixture() -> Iterator[ScriptedModel]:
    """One scripted model provider for the session; each test scripts it afresh."""
    model = ScriptedModel().start()
    yield model
    model.stop()


@pytest.fixture(name="settings")
def settings_fixture(tmp_path: Path, db_url: str, scripted: ScriptedModel) -> Settings:
    """Test settings whose upstreams are the scripted model (overrides tests/conftest.py's)."""
    scripted.script()
    scripted.requests.clear()
    return make_settings(tmp_path, db_url, ARBITER_UPSTREAM_OPENAI_URL=scripted.openai_url,
                         ARBITER_UPSTREAM_ANTHROPIC_URL=scripted.anthropic_url,
                         ARBITER_UPSTREAM_OPENAI_KEY=UPSTREAM_KEY, ARBITER_UPSTREAM_ANTHROPIC_KEY=UPSTREAM_KEY,
                         ARBITER_UPSTREAM_TIMEOUT_S=1.5)


@pytest.fixture(name="assistant")
def assistant_fixture(server: Server) -> Server:
    """The real server with the assistant tools and allowlists registered."""
    seed_assistant(server.svc)
    return server


def audit(server: Server, **params: Any) -> list[dict[str, Any]]:
    """Audit records, oldest first."""
    r = server.admin.get("/v1/audit", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return sorted(r.json()["records"], key=lambda rec: rec["decision_id"])
