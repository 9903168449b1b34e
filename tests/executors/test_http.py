"""The HTTP executor's request shaping (the I/O is covered in test_invoke; upstream validation in
tests/policy/test_tools.py)."""

from __future__ import annotations

from arbiter.executors.http import _query


def test_get_arguments_become_query_parameters() -> None:
    assert _query({"q": "a b", "n": 3, "tags": ["x"], "flag": True}) == {
        "q": "a b", "n": "3", "tags": '["x"]', "flag": "true"}
    assert _query(["not", "an", "object"]) == {}
