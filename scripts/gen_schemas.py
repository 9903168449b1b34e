"""Write the JSON Schemas of Arbiter's public documents into schemas/ from their msgspec types.

Run after changing a public Struct; tests/test_schemas.py fails while the files are stale.
The allowlist schema is hand-written (it is the source of truth for allowlist files).
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from arbiter.adapters.native import CheckRequest, Decision
from arbiter.api.schemas import AgentCreate, ErrorBody
from arbiter.audit.record import AuditRecordV1
from arbiter.registry import ToolSpec

DOCUMENTS: dict[str, Any] = {
    "audit_record": AuditRecordV1,
    "tool": ToolSpec,
    "agent": AgentCreate,
    "check_request": CheckRequest,
    "check_decision": Decision,
    "error": ErrorBody,
}


def _clean_docs(node: Any) -> Any:
    """Descriptions come from docstrings, whose indentation differs between Python versions (3.13 strips
    it at compile time): clean them the way ``inspect.cleandoc`` does, so every Python renders the same file."""
    if isinstance(node, dict):
        return {k: inspect.cleandoc(v) if k == "description" and isinstance(v, str) else _clean_docs(v)
                for k, v in node.items()}
    if isinstance(node, list):
        return [_clean_docs(v) for v in node]
    return node


def render(name: str, typ: Any) -> str:
    """The schema file text of one document type."""
    schema = _clean_docs(msgspec.json.schema(typ))
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": f"https://arbiter.invalid/schemas/{name}.schema.json", **schema}
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def main(out: Path) -> None:
    for name, typ in DOCUMENTS.items():
        (out / f"{name}.schema.json").write_text(render(name, typ))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "schemas")
