"""Arbiter: decides, scrubs and records what AI agents do with their tools.

The public names are listed in ``__all__`` (pinned by tests/test_init.py); heavy parts
(the HTTP app, Presidio) load only when first used.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Agent": "arbiter.types",
    "CallContext": "arbiter.types",
    "Finding": "arbiter.types",
    "Reason": "arbiter.types",
    "Tool": "arbiter.types",
    "ToolCall": "arbiter.types",
    "Trust": "arbiter.types",
    "Verdict": "arbiter.types",
    "ArbiterError": "arbiter.errors",
    "AuditRecordV1": "arbiter.audit.record",
    "Check": "arbiter.pipeline.base",
    "Pipeline": "arbiter.pipeline.runner",
    "Arbiter": "arbiter.service",
    "Settings": "arbiter.settings",
    "load_settings": "arbiter.settings",
    "create_app": "arbiter.api.app",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'arbiter' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
