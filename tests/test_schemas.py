"""schemas/ stays true: generated files match the types, and stored records validate against them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

from arbiter.audit import query as audit_query
from arbiter.service import Arbiter
from arbiter.types import ToolCall
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import gen_schemas


def test_generated_schemas_are_current() -> None:
    for name, typ in gen_schemas.DOCUMENTS.items():
        path = ROOT / "schemas" / f"{name}.schema.json"
        assert path.read_text() == gen_schemas.render(name, typ), f"{path.name} is stale: run scripts/gen_schemas.py"


def test_every_schema_file_is_a_valid_schema() -> None:
    files = sorted((ROOT / "schemas").glob("*.json"))
    # The folder holds exactly the generated documents plus the hand-written allowlist schema: an empty or
    # partial folder fails here instead of passing vacuously.
    assert {p.name for p in files} == {f"{n}.schema.json" for n in [*gen_schemas.DOCUMENTS, "allowlist"]}
    for path in files:
        Draft202012Validator.check_schema(json.loads(path.read_text()))


async def test_stored_records_validate_against_the_audit_record_schema(svc: Arbiter, tmp_path: Path) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    for tool, args in (("search_kb", {"query": "x"}), ("nope", {}), ("send_email", {"to": "a@example.com"})):
        await svc.pipeline.run(svc.pipeline.context(ToolCall(tool=tool, arguments=args), agent))
    validator = Draft202012Validator(json.loads((ROOT / "schemas" / "audit_record.schema.json").read_text()))
    records = list(audit_query.export(svc.db, audit_query.AuditFilter()))
    assert {r.kind for r in records} >= {"admin", "check"}
    import msgspec

    for rec in records:
        errors = list(validator.iter_errors(msgspec.to_builtins(rec)))
        assert not errors, errors[0].message
