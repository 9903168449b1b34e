"""Compiled JSON Schema validators, cached by schema content, and value-free error reasons.

A validator is compiled once per distinct schema (so once per tool version and allowlist
revision) and reused for every call. Error messages never quote the instance: a failing
``pattern`` on an email address must not copy the address into the audit trail.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any

import msgspec
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError

from arbiter.errors import InvalidSchema
from arbiter.types import Reason

_cache: dict[str, Draft202012Validator] = {}
_lock = threading.Lock()
_MAX_CACHE = 10_000


def schema_hash(schema: Any) -> str:
    """SHA-256 of the schema's sorted-key JSON."""
    return hashlib.sha256(msgspec.json.encode(schema, order="sorted")).hexdigest()


def check_schema(schema: Any, *, what: str = "input_schema") -> None:
    """Refuse a document that is not a valid JSON Schema 2020-12, with the validator's message."""
    if not isinstance(schema, dict | bool):
        raise InvalidSchema(f"{what} must be a JSON Schema object", details={"field": what})
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        raise InvalidSchema(f"{what} is not a valid JSON Schema: {exc.message}", details={
            "field": what, "schema_path": "/" + "/".join(str(p) for p in exc.absolute_path)}) from None
    # Unresolvable $refs are not caught by check_schema; a trial validation surfaces them now.
    try:
        Draft202012Validator(schema).is_valid({})
    except Exception as exc:
        raise InvalidSchema(f"{what} cannot be used: {type(exc).__name__}: {exc}", details={"field": what}) from None


def compiled(schema: dict[str, Any], digest: str | None = None) -> Draft202012Validator:
    """The cached validator of ``schema``."""
    key = digest or schema_hash(schema)
    v = _cache.get(key)
    if v is None:
        with _lock:
            v = _cache.get(key)
            if v is None:
                if len(_cache) >= _MAX_CACHE:
                    _cache.clear()
                v = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
                _cache[key] = v
    return v


def pointer(parts: Any) -> str:
    """RFC 6901 JSON pointer of a path."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _short(value: Any, limit: int = 120) -> str:
    text = msgspec.json.encode(value).decode()
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _message(err: ValidationError) -> str:
    kw, expected = err.validator, err.validator_value
    # These messages name only schema facts and property names, never the value.
    if kw in ("required", "additionalProperties", "unevaluatedProperties", "dependentRequired"):
        return err.message
    if kw == "type":
        return f"must be of type {_short(expected)}"
    if kw == "pattern":
        return f"does not match pattern {_short(expected)}"
    if kw == "enum":
        return f"must be one of {_short(expected)}"
    if kw == "const":
        return f"must equal {_short(expected)}"
    if kw == "format":
        return f"is not a valid {expected}"
    if kw in ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties",
              "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"):
        return f"violates {kw} {expected}"
    return f"fails '{kw}' ({_short(expected)})"


def reasons(validator: Draft202012Validator, instance: Any, code: str) -> list[Reason]:
    """One reason per validation error, sorted by path, with a JSON pointer and the keyword."""
    out = []
    for err in sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.validator)):
        out.append(Reason(code=code, message=_message(err), path=pointer(err.absolute_path),
                          keyword=str(err.validator)))
    return out
