"""Allowlists: parse, validate against ``schemas/allowlist.schema.json``, compile, and revise.

An allowlist's revision is a content hash; it is stamped on every decision it governs, and a
new revision gets freshly compiled validators (and a fresh cache partition).
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import msgspec
import yaml
from jsonschema import Draft202012Validator

from arbiter.db.engine import SCHEMAS_DIR
from arbiter.documents import pointer
from arbiter.errors import InvalidPolicy, InvalidSchema
from arbiter.llm.policy import ModelPolicy, parse_models
from arbiter.pii.policy import compile_policy
from arbiter.policy.approval import ApprovalRule, compile_rule
from arbiter.policy.validators import check_schema, compiled, schema_hash
from arbiter.types import Trust

NAME_RE = re.compile(r"[A-Za-z0-9_.-]{1,128}")


class RateSpec(msgspec.Struct, frozen=True):
    """At most ``limit`` calls per ``window_s`` seconds, per agent and tool."""

    limit: int
    window_s: int


class Entry(msgspec.Struct, kw_only=True):
    """One tool's permission inside an allowlist, compiled."""

    tool: str
    arguments: dict[str, Any] | None = None
    arguments_hash: str | None = None
    min_trust: Trust | None = None  # None: the default for the tool's risk
    rate: RateSpec | None = None
    pii: dict[str, Any] | None = None
    untrusted_output: bool = False
    on_untrusted: str | None = None  # deny | flag; None: the allowlist's
    sources: dict[str, str] | None = None  # argument name -> user | trusted | any
    approval: ApprovalRule | None = None  # when a call needs a person's approval first (verdict hold)

    def narrowing(self) -> Any:
        """The compiled validator of the narrowing schema, or None."""
        return compiled(self.arguments, self.arguments_hash) if self.arguments is not None else None


class Allowlist(msgspec.Struct, kw_only=True):
    """A compiled allowlist at one revision."""

    name: str
    tenant: str
    revision: str
    description: str = ""
    on_deny: str = "message"
    on_untrusted: str = "deny"
    tools: dict[str, Entry]
    document: dict[str, Any]
    models: ModelPolicy | None = None  # the model endpoints' policy; None: requests pass through as named


@cache
def _doc_validator() -> Draft202012Validator:
    schema = json.loads((SCHEMAS_DIR / "allowlist.schema.json").read_text())
    return Draft202012Validator(schema)


def revision_of(document: dict[str, Any]) -> str:
    """Content hash of an allowlist document (first 16 hex digits of SHA-256)."""
    return hashlib.sha256(msgspec.json.encode(document, order="sorted")).hexdigest()[:16]


def parse(document: Any, *, source: str = "allowlist") -> Allowlist:
    """Validate and compile one allowlist document. Raises :class:`InvalidPolicy` listing every problem."""
    if not isinstance(document, dict):
        raise InvalidPolicy(f"{source}: an allowlist must be a mapping", details={"source": source})
    errors = sorted(_doc_validator().iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise InvalidPolicy(f"{source}: {errors[0].message} at {pointer(errors[0].absolute_path) or '/'}", details={
            "source": source,
            "errors": [{"path": pointer(e.absolute_path), "message": e.message} for e in errors[:20]],
        })
    # JSON Schema's "$" also matches before a trailing newline: names get an exact check here.
    for field in ("name", "tenant"):
        if field in document and not NAME_RE.fullmatch(document[field]):
            raise InvalidPolicy(f"{source}: {field} must match [A-Za-z0-9_.-]{{1,128}}", details={"source": source})
    bad = [t for t in document["tools"] if not NAME_RE.fullmatch(t)]
    if bad:
        raise InvalidPolicy(f"{source}: tool names must match [A-Za-z0-9_.-]{{1,128}}", details={"source": source})
    entries: dict[str, Entry] = {}
    for tool, raw in document["tools"].items():
        spec = raw or {}
        narrowing = spec.get("arguments")
        if narrowing is not None:
            try:
                check_schema(narrowing, what=f"tools.{tool}.arguments")
            except InvalidSchema as exc:
                raise InvalidPolicy(f"{source}: {exc.message}", details={"source": source, "tool": tool}) from None
        if spec.get("pii") is not None:
            try:
                compile_policy(None, spec["pii"])
            except InvalidPolicy as exc:
                raise InvalidPolicy(f"{source}: tools.{tool}.pii: {exc.message}",
                                    details={"source": source, "tool": tool}) from None
        rate = spec.get("rate")
        entries[tool] = Entry(
            tool=tool,
            arguments=narrowing,
            arguments_hash=schema_hash(narrowing) if narrowing is not None else None,
            min_trust=Trust.parse(spec["min_trust"]) if "min_trust" in spec else None,
            rate=RateSpec(limit=rate["limit"], window_s=rate["window_s"]) if rate else None,
            pii=spec.get("pii"),
            untrusted_output=bool(spec.get("untrusted_output", False)),
            # "taint" is the field's former name, still read.
            on_untrusted=spec.get("on_untrusted", spec.get("taint")),
            sources=spec.get("sources"),
            approval=_approval(spec.get("approval"), source, tool),
        )
    return Allowlist(
        name=document["name"],
        tenant=document.get("tenant", "default"),
        revision=revision_of(document),
        description=document.get("description", ""),
        on_deny=document.get("on_deny", "message"),
        on_untrusted=document.get("on_untrusted") or document.get("taint") or "deny",
        tools=entries,
        document=document,
        models=parse_models(document.get("models"), source=source),
    )


def _approval(spec: dict[str, Any] | None, source: str, tool: str) -> ApprovalRule | None:
    try:
        return compile_rule(spec, where=f"tools.{tool}")
    except (InvalidSchema, InvalidPolicy) as exc:
        raise InvalidPolicy(f"{source}: {exc.message}", details={"source": source, "tool": tool}) from None


def read_file(path: Path) -> dict[str, Any]:
    """Load one YAML or JSON allowlist file."""
    try:
        text = path.read_text()
        doc = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise InvalidPolicy(f"{path.name}: cannot be read: {exc}", details={"source": str(path)}) from None
    if not isinstance(doc, dict):
        raise InvalidPolicy(f"{path.name}: an allowlist must be a mapping", details={"source": str(path)})
    return doc


def read_dir(directory: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every ``*.yaml``, ``*.yml`` and ``*.json`` allowlist in a directory, sorted by file name."""
    if not directory.is_dir():
        raise InvalidPolicy(f"{directory} is not a directory", details={"source": str(directory)})
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml", ".json") and p.is_file())
    return [(p.name, read_file(p)) for p in files]
