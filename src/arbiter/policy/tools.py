"""Registration checks of a tool's feature settings (PII policy, cache, upstream).

Each is a function ``check(tool)`` raising a :class:`~arbiter.errors.BadRequest` with a clear
message; the registry runs them all before storing a tool, so nothing invalid is ever stored.
"""

from __future__ import annotations

from arbiter.cache.config import validate_cache_config
from arbiter.executors.http import check_tool_upstream
from arbiter.pii.policy import compile_policy
from arbiter.registry import ToolCheck
from arbiter.types import Tool


def check_tool_pii(tool: Tool) -> None:
    """Refuse a tool whose PII policy names an unknown entity or action."""
    compile_policy(tool.pii, None)


def check_tool_cache(tool: Tool) -> None:
    """Refuse a cache config that cannot apply (e.g. caching a tool that is not read-only)."""
    validate_cache_config(tool.cache, tool.annotations, tool.risk)


def tool_checks() -> list[ToolCheck]:
    """Every registration check, in order."""
    return [check_tool_pii, check_tool_cache, check_tool_upstream]
