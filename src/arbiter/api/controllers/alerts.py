"""Drift and spike alerts: list them (auditor or admin), acknowledge one (admin)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.params import Parameter

from arbiter import alerts
from arbiter.api.deps import ADMIN_ERRORS, actor, admin_guard, audit_guard, needs, service
from arbiter.audit.query import parse_time

Req = Request[Any, Any, Any]


class AlertController(Controller):
    """Alerts raised by the detector, newest first, with filters and a stable cursor."""

    path = "/v1/alerts"
    tags = ["alerts"]

    @get("/", guards=[audit_guard], security=needs("auditor", "admin"), responses=ADMIN_ERRORS, sync_to_thread=True)
    def list(self, request: Req, tenant: str | None = None, agent: str | None = None, metric: str | None = None,
             status: str | None = None, since: str | None = None, cursor: str | None = None,
             limit: int = Parameter(default=100, ge=1, le=alerts.MAX_LIMIT)) -> alerts.AlertPage:
        """Alerts matching every given filter (``metric``: deny_rate, pii_rate, error_rate, injection_denies,
        cost_per_hour, new_tools; ``status``: open, acknowledged; ``since``: ISO 8601 time raised at or after);
        pass ``next_cursor`` back as ``cursor`` for the next page."""
        f = alerts.AlertFilter(tenant=tenant, agent=agent, metric=metric, status=status,
                               since_us=parse_time(since, "since"))
        return alerts.list_alerts(service(request).db, f, cursor=cursor, limit=limit)

    @post("/{alert_id:str}/acknowledge", status_code=200, guards=[admin_guard], security=needs("admin"),
          responses=ADMIN_ERRORS, sync_to_thread=True)
    def acknowledge(self, request: Req, alert_id: str) -> alerts.Alert:
        """Acknowledge an alert (recorded in the audit trail as an admin change by the caller)."""
        svc = service(request)
        return alerts.acknowledge(svc.db, svc.audit, alert_id, actor=actor(request))
