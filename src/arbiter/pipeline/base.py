"""The check protocol: one small class per concern, run in one ordered chain.

A check reads the :class:`~arbiter.types.CallContext` and either returns a
:class:`~arbiter.types.Verdict` (which stops the chain), or annotates the context and returns
``None``. A check that raises is turned into a deny with ``INTERNAL_ERROR`` by the runner.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from arbiter.types import CallContext, Verdict


@runtime_checkable
class Check(Protocol):
    """One step of the chain."""

    name: str

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        """Decide, annotate, or pass."""
        ...
