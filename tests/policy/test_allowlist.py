"""Allowlist documents: schema validation with clear messages, revisions, compiled entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from arbiter.errors import InvalidPolicy
from arbiter.policy.allowlist import parse, read_dir, revision_of
from arbiter.types import Trust
from tests.conftest import EXAMPLE_ALLOWLISTS


def test_example_allowlists_parse() -> None:
    docs = read_dir(EXAMPLE_ALLOWLISTS)
    names = {parse(doc, source=src).name for src, doc in docs}
    assert {"support", "readonly"} <= names


def test_revision_is_a_content_hash_independent_of_key_order() -> None:
    a = {"name": "x", "tools": {"a": {}, "b": {"min_trust": "standard"}}}
    b = {"tools": {"b": {"min_trust": "standard"}, "a": {}}, "name": "x"}
    assert revision_of(a) == revision_of(b)
    assert revision_of(a) != revision_of({**a, "description": "changed"})


@pytest.mark.parametrize(("doc", "needle"), [
    ({"tools": {}}, "'name' is a required property"),
    ({"name": "x", "tools": {"t": {"min_trust": "root"}}}, "/tools/t/min_trust"),
    ({"name": "x", "tools": {"t": {"rate": {"limit": 0, "window_s": 1}}}}, "/tools/t/rate/limit"),
    ({"name": "x", "tools": {"t": {"bogus": 1}}}, "bogus"),
    ({"name": "x", "tools": {"t": {"arguments": {"type": "nope"}}}}, "not a valid JSON Schema"),
    ({"name": "x", "tools": {"t": {"pii": {"arguments": {"NOT_AN_ENTITY": "redact"}}}}}, "NOT_AN_ENTITY"),
    ({"name": "bad name!", "tools": {}}, "/name"),
])
def test_bad_documents_are_refused_with_a_clear_message(doc: dict, needle: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(InvalidPolicy) as err:
        parse(doc, source="f.yaml")
    assert needle in err.value.message or needle in str(err.value.details)
    assert err.value.message.startswith("f.yaml:")


def test_entries_compile(tmp_path: Path) -> None:
    al = parse({"name": "x", "tenant": "t", "tools": {"a": None, "b": {"min_trust": "privileged",
                                                                    "arguments": {"type": "object"}}}})
    assert al.tools["a"].min_trust is None and al.tools["a"].narrowing() is None
    assert al.tools["b"].min_trust is Trust.PRIVILEGED
    assert al.tools["b"].narrowing().is_valid({}) and not al.tools["b"].narrowing().is_valid([])


def test_yaml_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("- just\n- a list\n")
    with pytest.raises(InvalidPolicy, match="mapping"):
        read_dir(tmp_path)
