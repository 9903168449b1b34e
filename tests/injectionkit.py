"""Scenarios of ``evals/injection`` for tests: the domains registered as tenants, and the conversations in the
wire formats of the model endpoints (OpenAI chat completions, Anthropic messages)."""

from __future__ import annotations

import json
import sys
from typing import Any

from arbiter.registry import ToolSpec
from arbiter.service import Arbiter
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "evals" / "injection"))
from domains import DOMAINS

_SCENARIOS: dict[str, dict[str, Any]] = {}


def scenario(sid: str) -> dict[str, Any]:
    """One scenario by id (tuning splits only: the test split is for reporting, never for tests to shape)."""
    if not _SCENARIOS:
        for split in ("tune", "tune2", "tune3", "tune4", "tune5", "tune6"):
            for line in (ROOT / "evals" / "injection" / f"{split}.jsonl").read_text().splitlines():
                if line.strip():
                    sc = json.loads(line)
                    _SCENARIOS.setdefault(sc["id"], sc)
    return _SCENARIOS[sid]


def seed_domains(svc: Arbiter) -> None:
    """Every domain as a tenant whose role allowlist holds all its tools (destructive ones included)."""
    for domain, tools in DOMAINS.items():
        specs = []
        for t in tools:
            spec = {k: v for k, v in t.items() if k in ("name", "description", "risk", "annotations", "input_schema")}
            spec["input_schema"] = {k: v for k, v in spec["input_schema"].items() if k != "$schema"}
            specs.append(ToolSpec(tenant=domain, **spec))
        svc.registry.put_tools(specs, actor="test")
        doc = {"name": f"{domain}-assistant", "tenant": domain,
               "tools": {t["name"]: {"min_trust": "standard"} for t in tools}}
        svc.registry.apply_allowlists([(f"{domain}.yaml", doc)], actor="test")


def openai_messages(sc: dict[str, Any]) -> list[dict[str, Any]]:
    """The scenario's conversation as OpenAI chat messages."""
    out: list[dict[str, Any]] = []
    for m in sc["messages"]:
        if m["role"] == "assistant":
            out.append({"role": "assistant", "content": m.get("content") or None, "tool_calls": [
                {"id": c["id"], "type": "function",
                 "function": {"name": c["name"], "arguments": json.dumps(c["arguments"])}}
                for c in m.get("tool_calls") or []]})
        elif m["role"] == "tool":
            out.append({"role": "tool", "tool_call_id": m["tool_call_id"], "content": m["content"]})
        else:
            out.append({"role": m["role"], "content": m["content"]})
    return out


def anthropic_messages(sc: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """The scenario's conversation as an Anthropic system prompt and messages (tool results in user turns)."""
    system = "\n".join(m["content"] for m in sc["messages"] if m["role"] == "system")
    out: list[dict[str, Any]] = []
    for m in sc["messages"]:
        if m["role"] == "assistant":
            out.append({"role": "assistant", "content": [
                {"type": "tool_use", "id": c["id"], "name": c["name"], "input": c["arguments"]}
                for c in m.get("tool_calls") or []]})
        elif m["role"] == "tool":
            block = {"type": "tool_result", "tool_use_id": m["tool_call_id"], "content": m["content"]}
            if out and out[-1]["role"] == "user" and isinstance(out[-1]["content"], list):
                out[-1]["content"].append(block)
            else:
                out.append({"role": "user", "content": [block]})
        elif m["role"] == "user":
            out.append({"role": "user", "content": m["content"]})
    return system, out
