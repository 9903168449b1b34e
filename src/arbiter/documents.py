"""JSON document helpers every part shares: RFC 6901 pointers, leaves, nesting depth and size.

Pointers are written and resolved with the ``jsonpointer`` library's escaping; the walks are
iterative, so hostile nesting cannot exhaust the interpreter's stack.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import jsonpointer
import msgspec

__all__ = ["depth_exceeds", "encoded_size", "leaves", "pointer", "resolve"]


def pointer(parts: Sequence[Any]) -> str:
    """The RFC 6901 pointer of a path (``["a/b", 0]`` -> ``"/a~1b/0"``; ``[]`` -> ``""``, the whole document)."""
    return "".join("/" + jsonpointer.escape(str(p)) for p in parts)


def resolve(document: Any, ptr: str) -> Any:
    """The value ``ptr`` points at in ``document`` (raises ``jsonpointer.JsonPointerException`` if none)."""
    return jsonpointer.resolve_pointer(document, ptr)


def leaves(value: Any) -> Iterator[tuple[str, Any]]:
    """``(pointer, value)`` of every scalar leaf (string or number, booleans excluded), in document order."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        parts, node = stack.pop()
        if isinstance(node, dict):
            stack.extend(((*parts, k), v) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*parts, i), v) for i, v in reversed(list(enumerate(node))))
        elif isinstance(node, str | int | float) and not isinstance(node, bool):
            yield pointer(parts) or "/", node


def depth_exceeds(value: Any, limit: int) -> str | None:
    """The pointer of the first container nested deeper than ``limit`` levels, or None.

    A top-level object or array is level 1.
    """
    stack: list[tuple[Any, int, tuple[Any, ...]]] = [(value, 1, ())]
    while stack:
        node, depth, parts = stack.pop()
        if isinstance(node, dict):
            if depth > limit:
                return pointer(parts) or "/"
            stack.extend((v, depth + 1, (*parts, k)) for k, v in node.items() if isinstance(v, dict | list))
        elif isinstance(node, list):
            if depth > limit:
                return pointer(parts) or "/"
            stack.extend((v, depth + 1, (*parts, i)) for i, v in enumerate(node) if isinstance(v, dict | list))
    return None


_encode = msgspec.json.Encoder().encode


def encoded_size(value: Any) -> int:
    """Bytes of the value's compact JSON (call :func:`depth_exceeds` first on untrusted nesting)."""
    return len(_encode(value))
