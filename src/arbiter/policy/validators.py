"""Compiled JSON Schema validators, cached by schema content, and value-free error reasons.

A validator is compiled once per distinct schema (so once per tool version and allowlist
revision) and reused for every call. Validation runs on ``jsonschema-rs`` (compiled, about
50x faster than the pure-Python validator on the hot path, with formats asserted); the
``jsonschema`` package meta-validates schemas at registration, for its clear messages.
Error messages never quote the instance: a failing ``pattern`` on an email address must not
copy the address into the audit trail.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any

import jsonschema_rs
import msgspec
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from arbiter.documents import pointer
from arbiter.errors import InvalidSchema
from arbiter.types import Reason


class Validator:
    """A compiled schema: ``is_valid`` for the fast path, ``errors`` when it fails."""

    __slots__ = ("_rs", "schema")

    def __init__(self, schema: Any) -> None:
        self.schema = schema
        self._rs = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)

    def is_valid(self, instance: Any) -> bool:
        """Whether ``instance`` passes."""
        return bool(self._rs.is_valid(instance))

    def errors(self, instance: Any) -> list[Any]:
        """Every validation error (jsonschema-rs errors)."""
        return list(self._rs.iter_errors(instance))


_cache: dict[str, Validator] = {}
_checked: set[str] = set()  # digests of schemas check_schema accepted
_lock = threading.Lock()
_MAX_CACHE = 10_000


def schema_hash(schema: Any) -> str:
    """SHA-256 of the schema's sorted-key JSON."""
    return hashlib.sha256(msgspec.json.encode(schema, order="sorted")).hexdigest()


def check_schema(schema: Any, *, what: str = "input_schema") -> None:
    """Refuse a document that is not a valid JSON Schema 2020-12, with the validator's message."""
    if not isinstance(schema, dict | bool):
        raise InvalidSchema(f"{what} must be a JSON Schema object", details={"field": what})
    # Checking against the metaschema costs ~4 ms; a schema that passed once passes again (many tools share one).
    key = schema_hash(schema)
    if key in _checked:
        return
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        raise InvalidSchema(f"{what} is not a valid JSON Schema: {exc.message}", details={
            "field": what, "schema_path": "/" + "/".join(str(p) for p in exc.absolute_path)}) from None
    # Unresolvable $refs (and anything else the compiled validator refuses) surface now, not per call.
    try:
        Validator(schema).is_valid({})
    except Exception as exc:
        raise InvalidSchema(f"{what} cannot be used: {type(exc).__name__}: {exc}", details={"field": what}) from None
    with _lock:
        if len(_checked) >= _MAX_CACHE:
            _checked.clear()
        _checked.add(key)


def compiled(schema: dict[str, Any], digest: str | None = None) -> Validator:
    """The cached validator of ``schema``."""
    key = digest or schema_hash(schema)
    v = _cache.get(key)
    if v is None:
        with _lock:
            v = _cache.get(key)
            if v is None:
                if len(_cache) >= _MAX_CACHE:
                    _cache.clear()
                v = Validator(schema)
                _cache[key] = v
    return v


def _short(value: Any, limit: int = 120) -> str:
    text = msgspec.json.encode(value).decode()
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _at(schema: Any, path: list[Any]) -> Any:
    """The keyword's value in the schema, following the error's schema path."""
    node = schema
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _message(kw: str, expected: Any, rs_message: str) -> str:
    # These messages name only schema facts and property names, never the value.
    if kw in ("required", "additionalProperties", "unevaluatedProperties", "dependentRequired"):
        return rs_message
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


def reasons(validator: Validator, instance: Any, code: str) -> list[Reason]:
    """One reason per validation error, sorted by path, with a JSON pointer and the keyword."""
    if validator.is_valid(instance):
        return []
    out = []
    for err in validator.errors(instance):
        schema_path = list(err.schema_path)
        kw = str(schema_path[-1]) if schema_path else "schema"
        out.append(Reason(code=code, message=_message(kw, _at(validator.schema, schema_path), err.message),
                          path=pointer(err.instance_path), keyword=kw))
    out.sort(key=lambda r: (r.path or "", r.keyword or ""))
    return out
