"""The public surface of ``import arbiter`` is pinned: changing it is a deliberate act."""

from __future__ import annotations

import arbiter


def test_public_names_are_pinned() -> None:
    assert arbiter.__all__ == [
        "__version__", "Agent", "Arbiter", "ArbiterError", "AuditRecordV1", "CallContext", "Check", "Finding",
        "Pipeline", "Reason", "Settings", "Tool", "ToolCall", "Trust", "Verdict", "create_app", "load_settings",
    ]
    for name in arbiter.__all__:
        assert getattr(arbiter, name) is not None
