"""Policy replay: what a proposed allowlist would have decided on the stored decisions.

Open to auditors as well as admins: a replay only reads (it changes no policy and writes no record), and
what it shows (verdicts, reason codes, decision ids) is what the audit routes already show them.
"""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, post

from arbiter.api.deps import ADMIN_ERRORS, audit_guard, ensure_depth, needs, service
from arbiter.policy.replay import ReplayQuery, ReplayReport, replay


class PolicyController(Controller):
    """Replay stored decisions under a proposed allowlist."""

    path = "/v1/policy"
    guards = [audit_guard]
    security = needs("auditor", "admin")
    tags = ["policy"]

    @post("/replay", status_code=200, responses=ADMIN_ERRORS, sync_to_thread=True)
    def replay(self, request: Request[Any, Any, Any], data: ReplayQuery) -> ReplayReport:
        """Re-judge stored tool-call decisions of the agents assigned the proposed allowlist's name; executes
        and writes nothing. The document is validated as applying it would be (same errors)."""
        svc = service(request)
        ensure_depth(data.allowlist, svc.settings.max_json_depth, "allowlist")
        return replay(svc.registry, data)
