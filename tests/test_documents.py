"""JSON document helpers: pointers (escaping both ways), leaves, depth and size."""

from __future__ import annotations

import pytest
from jsonpointer import JsonPointerException

from arbiter.documents import depth_exceeds, encoded_size, leaves, pointer, resolve


def test_pointer_escapes_and_resolves_back() -> None:
    doc = {"a/b": {"m~n": [10, {"k": "v"}]}}
    assert pointer([]) == ""
    assert pointer(["a/b", "m~n", 1, "k"]) == "/a~1b/m~0n/1/k"
    assert resolve(doc, pointer(["a/b", "m~n", 1, "k"])) == "v"
    assert resolve(doc, "") is doc
    with pytest.raises(JsonPointerException):
        resolve(doc, "/missing")


def test_leaves_in_document_order_without_booleans() -> None:
    doc = {"a": "x", "b": [1, True, None, {"c": 2.5}], "d": {"e/f": "y"}}
    assert list(leaves(doc)) == [("/a", "x"), ("/b/0", 1), ("/b/3/c", 2.5), ("/d/e~1f", "y")]
    assert list(leaves("bare")) == [("/", "bare")]


def test_depth_is_counted_from_the_top_level_container() -> None:
    def nested(n: int) -> object:
        doc: object = {}
        for _ in range(n - 1):
            doc = {"k": doc}
        return doc

    assert depth_exceeds(nested(32), 32) is None
    assert depth_exceeds(nested(33), 32) == "/k" * 32
    assert depth_exceeds([[[]]], 2) == "/0/0"
    assert depth_exceeds("scalar", 1) is None
    deep: object = []
    for _ in range(100_000):  # iterative: no RecursionError on hostile nesting
        deep = [deep]
    assert depth_exceeds(deep, 32) is not None


def test_encoded_size_is_compact_json_bytes() -> None:
    assert encoded_size({"a": "é"}) == len('{"a":"é"}'.encode())
    with pytest.raises(UnicodeEncodeError):
        encoded_size({"a": "\udcff"})
