"""Validators are compiled once per schema, and their reasons never quote the checked value."""

from __future__ import annotations

from arbiter.policy.validators import compiled, pointer, reasons, schema_hash

SCHEMA = {"type": "object", "properties": {
    "to": {"type": "string", "pattern": "@example\\.com$"},
    "n": {"type": "integer", "maximum": 3},
    "kind": {"enum": ["a", "b"]},
    "a/b": {"type": "string"},
}, "required": ["to"]}


def test_compiled_once_per_schema_content() -> None:
    same = {"required": ["to"], "properties": SCHEMA["properties"], "type": "object"}
    assert compiled(SCHEMA) is compiled(same)
    assert schema_hash(SCHEMA) == schema_hash(same)


def test_reasons_name_path_and_keyword_but_not_the_value() -> None:
    value = {"to": "victim@private.test", "n": 99, "kind": "zzz-secret", "a/b": 5}
    found = reasons(compiled(SCHEMA), value, "SCHEMA_VIOLATION")
    assert [(r.path, r.keyword) for r in found] == [("/a~1b", "type"), ("/kind", "enum"), ("/n", "maximum"),
                                                   ("/to", "pattern")]
    text = " ".join(r.message for r in found)
    for raw in ("victim@private.test", "99", "zzz-secret"):
        assert raw not in text


def test_pointer_escapes() -> None:
    assert pointer(["a~b", "c/d", 0]) == "/a~0b/c~1d/0"
