"""Drift and spike alerts: rolling baselines of the audit trail, per agent and per tenant.

Every ``ARBITER_ALERT_INTERVAL_S`` the :class:`Detector` cuts the trail into windows of
``ARBITER_ALERT_WINDOW_S`` seconds and judges the current window (and the one just closed) of every
agent and every tenant against the ``ARBITER_ALERT_BASELINE_WINDOWS`` windows before it:

* ``deny_rate``: denies / decisions;
* ``pii_rate``: decisions with PII or secret findings / decisions;
* ``error_rate``: fail-closed errors (``INTERNAL_ERROR``) and upstream failures / decisions;
* ``injection_denies``: denies for ``INJECTION_SUSPECTED``, ``INTENT_MISMATCH`` or ``TAINTED_ARGUMENT``;
* ``cost_per_hour``: model cost of the window in US dollars, per hour;
* ``new_tools``: tools called that the baseline never saw.

The rule, so every alert explains itself: a metric alerts when the window holds at least
``ARBITER_ALERT_MIN_EVENTS`` of what it counts (denies, decisions with findings, errors, injection
denies, model calls) and its value exceeds ``max(mean + SIGMA * stddev, RATIO * mean)`` of the
baseline windows (a rate also ``mean + 0.05``: a few points of drift are not a spike); ``new_tools``
alerts on any new tool. Nothing is judged until the baseline holds ``ARBITER_ALERT_MIN_EVENTS``
decisions: without history there is no drift.

A raised alert is one row of ``alerts``, unique per tenant, agent, metric and window (replicas that
judge the same window raise it once), with an audit record of kind ``alert`` in the same
transaction; then it is POSTed to ``ARBITER_ALERT_WEBHOOK``, retried with backoff and again on later
rounds until accepted (at least once: receivers dedupe on ``alert.id``). Alerts hold counts, rates
and tool names, never values.

Cheap on a large trail: the counts are one aggregate over the ``ts_us`` index; bodies are read only
where no column tells (findings, upstream failures, cost), prefiltered in SQL and bounded to the
windows; a closed window is aggregated once and kept in memory.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import msgspec
from sqlalchemy import and_, case, func, literal_column, or_, select, text, update

from arbiter.audit.record import AdminChange, AlertRaised, AuditRecordV1, utc_now_iso
from arbiter.audit.store import AuditStore
from arbiter.db.engine import Database
from arbiter.db.models import alerts, audit_records
from arbiter.errors import BadRequest, NotFound
from arbiter.ids import uuid7
from arbiter.metrics import Metrics
from arbiter.settings import Settings

__all__ = ["METRICS", "Alert", "AlertFilter", "AlertPage", "Detector", "acknowledge", "list_alerts"]

log = logging.getLogger(__name__)

METRICS = ("deny_rate", "pii_rate", "error_rate", "injection_denies", "cost_per_hour", "new_tools")
STATUSES = ("open", "acknowledged")
DECISION_KINDS = ("check", "invoke", "model_tool_call", "mcp_tool_call", "model_call")
INJECTION_CODES = ("INJECTION_SUSPECTED", "INTENT_MISMATCH", "TAINTED_ARGUMENT")
RATE_STEP = 0.05
MAX_LIMIT = 1000
# The agent_id of a tenant-wide alert: NULLs never collide in a unique key (SQLite and PostgreSQL alike).
TENANT_WIDE = ""
_RATES = frozenset({"deny_rate", "pii_rate", "error_rate"})
_LABELS = {"deny_rate": "deny rate", "pii_rate": "PII rate", "error_rate": "error rate",
           "injection_denies": "injection denies", "cost_per_hour": "cost per hour (USD)"}
_COUNTED = {"deny_rate": "denies", "pii_rate": "decisions with findings", "error_rate": "errors",
            "injection_denies": "injection denies", "cost_per_hour": "model calls"}
_GRACE_S = 60  # records are durable within seconds of their ts: a window closed this long gets no more
_ATTEMPTS = 3
_TIMEOUT_S = 5.0
_MAX_TOOLS = 20  # tool names kept in one new_tools alert
_INSERT = text("INSERT INTO alerts (id, ts_us, tenant, agent_id, metric, window_start, observed, baseline, threshold, "
               "status, details) VALUES (:id, :ts_us, :tenant, :agent_id, :metric, :window_start, :observed, "
               ":baseline, :threshold, 'open', :details) ON CONFLICT DO NOTHING")

Key = tuple[str, str]  # (tenant, agent_id or TENANT_WIDE)


class Alert(msgspec.Struct, kw_only=True):
    """A drift or spike alert as the API, CLI and console show it."""

    id: str
    ts: str  # when it was raised
    tenant: str
    agent_id: str | None  # None: tenant-wide
    metric: str
    window_start: str
    window_s: int
    observed: float
    baseline: float  # the baseline mean (new_tools: the number of tools the baseline used)
    threshold: float
    status: str  # open | acknowledged
    details: dict[str, Any]  # message, counts, the rule; never values
    delivered_at: str | None = None  # when the webhook accepted it


class AlertFilter(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Filters of an alert listing; all optional and combined with AND."""

    tenant: str | None = None
    agent: str | None = None
    metric: str | None = None
    status: str | None = None
    since_us: int | None = None


class AlertPage(msgspec.Struct, kw_only=True):
    """One page of alerts, newest first, and the cursor of the next page (None at the end)."""

    alerts: list[Alert]
    next_cursor: str | None


@dataclass(slots=True)
class _Stats:
    """What one agent (or tenant) did in one window."""

    decisions: int = 0
    denies: int = 0
    injection: int = 0
    errors: int = 0
    pii: int = 0
    model_calls: int = 0
    cost: float = 0.0
    tools: set[str] = field(default_factory=set)


class _Model(msgspec.Struct):
    cost_usd: float | None = None


class _Body(msgspec.Struct):
    """The few fields of a stored record the counts need (the decoder skips the rest)."""

    entity_counts: dict[str, int] = {}
    upstream: dict[str, Any] | None = None
    model: _Model | None = None


_bodies = msgspec.json.Decoder(_Body)
_details = msgspec.json.Decoder(dict[str, Any])


def _upstream_failed(up: dict[str, Any] | None) -> bool:
    """A tool upstream's failure as the executors record it (as arbiter.metrics counts it)."""
    if not up:
        return False
    status = up.get("status")
    return bool(up.get("error")) or status == "error" or (isinstance(status, int) and status >= 400)


def _values(s: _Stats, window_s: int) -> dict[str, tuple[float | None, int]]:
    """Each metric's value in one window (a rate is None without decisions) and the count its gate reads."""
    def rate(n: int) -> float | None:
        return n / s.decisions if s.decisions else None
    return {"deny_rate": (rate(s.denies), s.denies), "pii_rate": (rate(s.pii), s.pii),
            "error_rate": (rate(s.errors), s.errors), "injection_denies": (float(s.injection), s.injection),
            "cost_per_hour": (s.cost * 3600 / window_s, s.model_calls)}


def threshold(history: list[float], *, rate: bool, sigma: float, ratio: float) -> tuple[float, float, float]:
    """(mean, stddev, threshold) of a baseline: ``max(mean + sigma * stddev, ratio * mean[, mean + 0.05])``."""
    # Plain floats: the statistics module's exact arithmetic cost most of a round with many agents.
    mean = sum(history) / len(history) if history else 0.0
    sd = math.sqrt(sum((x - mean) ** 2 for x in history) / len(history)) if history else 0.0
    return mean, sd, max(mean + sigma * sd, ratio * mean, mean + RATE_STEP if rate else 0.0)


def _iso_s(unix_s: float) -> str:
    return utc_now_iso(int(unix_s * 1_000_000))


def _view(row: Any) -> Alert:
    details = _details.decode(row.details)
    return Alert(id=row.id, ts=utc_now_iso(row.ts_us), tenant=row.tenant, agent_id=row.agent_id or None,
                 metric=row.metric, window_start=_iso_s(row.window_start), window_s=int(details.get("window_s", 0)),
                 observed=row.observed, baseline=row.baseline, threshold=row.threshold, status=row.status,
                 details=details, delivered_at=None if row.delivered_at is None else _iso_s(row.delivered_at))


class Detector:
    """Judges windows of the trail against their baselines and raises, records and posts alerts.

    :meth:`evaluate` judges once (tests call it with ``now``); :meth:`run` is the service's loop.
    Closed windows are aggregated once and kept: records written later with an older ``ts`` than
    ``_GRACE_S`` before now are not seen (the audit writer commits within seconds of ``ts``).
    """

    def __init__(self, db: Database, audit: AuditStore, settings: Settings, *, metrics: Metrics | None = None,
                 backoff_s: float = 0.5) -> None:
        self.db = db
        self.audit = audit
        self.metrics = metrics
        self.interval_s = settings.alert_interval_s
        self.window_s = settings.alert_window_s
        self.baseline_windows = settings.alert_baseline_windows
        self.sigma = settings.alert_sigma
        self.ratio = settings.alert_ratio
        self.min_events = settings.alert_min_events
        self.webhook = settings.alert_webhook
        self.backoff_s = backoff_s
        self._closed: dict[int, dict[Key, _Stats]] = {}  # window start -> its stats, once it can change no more
        self._raised: set[tuple[str, str, str, int]] = set()  # already recorded (by any replica): skip the insert

    # ---- judging ---------------------------------------------------------------------------------------------
    def evaluate(self, now: float | None = None) -> list[Alert]:
        """Judge the current window and the one before it; record and return the alerts newly raised."""
        now = time.time() if now is None else now
        w, n = self.window_s, self.baseline_windows
        current = int(now // w) * w
        windows = self._stats(current - (n + 1) * w, current, now)
        found: list[tuple[int, Alert]] = []
        for judged in (current - w, current):
            baseline = [windows[judged - i * w] for i in range(1, n + 1)]
            for key, stats in windows[judged].items():
                found += [(judged, a) for a in self._judge(key, judged, stats, [b.get(key) for b in baseline])
                          if (a.tenant, a.agent_id or TENANT_WIDE, a.metric, judged) not in self._raised]
        self._raised = {k for k in self._raised if k[3] >= current - w}
        return self._record(found) if found else []

    def _judge(self, key: Key, start: int, now: _Stats, history: list[_Stats | None]) -> list[Alert]:
        """The alerts one agent's (or tenant's) window raises against its baseline windows."""
        known = [h for h in history if h is not None]
        decisions = sum(h.decisions for h in known)
        if decisions < self.min_events:
            return []  # no baseline yet
        out: list[Alert] = []
        empty = _Stats()
        past = [_values(h or empty, self.window_s) for h in history]
        for metric, (observed, count) in _values(now, self.window_s).items():
            rate = metric in _RATES
            series = [v for p in past if (v := p[metric][0]) is not None]
            mean, sd, limit = threshold(series, rate=rate, sigma=self.sigma, ratio=self.ratio)
            if observed is None or count < self.min_events or observed <= limit:
                continue
            amount = f"{observed:.3f} ({count} {_COUNTED[metric]} of {now.decisions} decisions)" if rate else \
                f"{observed:.4g} ({count} {_COUNTED[metric]})"
            message = (f"{_LABELS[metric]} {amount} against a baseline of {mean:.3g} ± {sd:.3g} over "
                       f"{len(series)} windows; threshold {limit:.3g}")
            out.append(self._alert(key, metric, start, observed, mean, limit, {
                "message": message, "count": count, "decisions": now.decisions, "baseline_stddev": sd,
                "baseline_windows": len(series),
                "rule": f"max(mean + {self.sigma:g} * stddev, {self.ratio:g} * mean"
                        + (f", mean + {RATE_STEP:g})" if rate else ")")}))
        seen = set().union(*(h.tools for h in known))
        new = sorted(now.tools - seen)
        if new:
            message = (f"{len(new)} tool{'s' if len(new) > 1 else ''} never used in the baseline of "
                       f"{len(known)} active windows: {', '.join(new[:_MAX_TOOLS])}")
            out.append(self._alert(key, "new_tools", start, len(new), len(seen), 0, {
                "message": message, "tools": new[:_MAX_TOOLS], "decisions": now.decisions,
                "baseline_windows": len(known), "rule": "any tool the baseline never used"}))
        return out

    def _alert(self, key: Key, metric: str, start: int, observed: float, baseline: float, limit: float,
               details: dict[str, Any]) -> Alert:
        return Alert(id="alr_" + uuid7().hex, ts="", tenant=key[0], agent_id=key[1] or None,
                     metric=metric, window_start=_iso_s(start), window_s=self.window_s, observed=float(observed),
                     baseline=float(baseline), threshold=float(limit), status="open",
                     details={**details, "window_s": self.window_s})

    def _record(self, found: list[tuple[int, Alert]]) -> list[Alert]:
        """Insert the alerts with their audit records in one transaction; one a replica already raised is skipped."""
        raised: list[tuple[int, Alert]] = []
        ts_us = time.time_ns() // 1000
        with self.db.write.begin() as conn:
            for start, a in found:
                a.ts = utc_now_iso(ts_us)
                row = {"id": a.id, "ts_us": ts_us, "tenant": a.tenant, "agent_id": a.agent_id or TENANT_WIDE,
                       "metric": a.metric, "window_start": start, "observed": a.observed, "baseline": a.baseline,
                       "threshold": a.threshold, "details": msgspec.json.encode(a.details).decode()}
                if conn.execute(_INSERT, row).rowcount == 1:
                    raised.append((start, a))
            if raised:
                self.audit.append(conn, [AuditRecordV1(
                    decision_id=str(uuid7()), ts=a.ts, kind="alert", tenant=a.tenant, agent_id=a.agent_id,
                    alert=AlertRaised(id=a.id, metric=a.metric, window_start=start, window_s=a.window_s,
                                      observed=a.observed, baseline=a.baseline, threshold=a.threshold))
                    for start, a in raised])
        self._raised.update((a.tenant, a.agent_id or TENANT_WIDE, a.metric, start) for start, a in found)
        for _, a in raised:
            log.warning("alert %s: %s%s: %s", a.id, f"agent {a.agent_id} of " if a.agent_id else "",
                        f"tenant {a.tenant}", a.details["message"])
            if self.metrics is not None:
                self.metrics.alerts.labels(a.metric).inc()
        return [a for _, a in raised]

    # ---- counting --------------------------------------------------------------------------------------------
    def _stats(self, first: int, last: int, now: float) -> dict[int, dict[Key, _Stats]]:
        """The stats of every window from ``first`` to ``last`` (starts), aggregating only what is not kept."""
        w = self.window_s
        starts = range(first, last + w, w)
        missing = [s for s in starts if s not in self._closed]
        fresh = self._aggregate(missing[0], missing[-1] + w) if missing else {}
        for s in missing:
            if s + w + _GRACE_S <= now:
                self._closed[s] = fresh.get(s, {})
        for s in [s for s in self._closed if s < first]:
            del self._closed[s]
        return {s: self._closed[s] if s in self._closed else fresh.get(s, {}) for s in starts}

    def _aggregate(self, start: int, end: int) -> dict[int, dict[Key, _Stats]]:
        """Per window, tenant and agent: counts from the columns, then the few bodies that matter."""
        c = audit_records.c
        # Integer division in both databases; a literal, so the SELECT and GROUP BY expressions are the same text.
        bucket: Any = literal_column(f"audit_records.ts_us / {self.window_s * 1_000_000}")
        within = (c.ts_us >= start * 1_000_000, c.ts_us < end * 1_000_000, c.tenant.is_not(None),
                  c.kind.in_(DECISION_KINDS))
        deny = c.verdict == "deny"
        injected = and_(deny, or_(*(c.reason_codes.like(f"% {code} %") for code in INJECTION_CODES)))
        counts = (select(bucket.label("b"), c.tenant, c.agent_id, c.tool, func.count().label("n"),
                         func.sum(case((deny, 1), else_=0)).label("denies"),
                         func.sum(case((injected, 1), else_=0)).label("injected"))
                  .where(*within).group_by(bucket, c.tenant, c.agent_id, c.tool))
        # Sorted-key JSON without spaces: an "entity_counts" or "upstream" object is only there when non-empty.
        failed = or_(c.reason_codes.like("% INTERNAL_ERROR %"), c.reason_codes.like("% UPSTREAM%"))
        bodies = (select(bucket.label("b"), c.tenant, c.agent_id, c.kind, c.reason_codes, c.body)
                  .where(*within, or_(c.kind == "model_call", failed, c.body.like('%"entity_counts":{%'),
                                      c.body.like('%"upstream":{%'))))
        out: dict[int, dict[Key, _Stats]] = {}

        def targets(b: int, tenant: str, agent: str | None) -> list[_Stats]:
            per = out.setdefault(int(b) * self.window_s, {})
            found = []
            for k in ((tenant, TENANT_WIDE), (tenant, agent)) if agent else ((tenant, TENANT_WIDE),):
                stats = per.get(k)
                if stats is None:
                    stats = per[k] = _Stats()
                found.append(stats)
            return found

        with self.db.read.connect() as conn:
            for r in conn.execute(counts):
                for s in targets(r.b, r.tenant, r.agent_id):
                    s.decisions += r.n
                    s.denies += int(r.denies)
                    s.injection += int(r.injected)
                    if r.tool:
                        s.tools.add(r.tool)
            for r in conn.execute(bodies):
                body = _bodies.decode(r.body)
                codes = r.reason_codes.split()
                error = "INTERNAL_ERROR" in codes or any(code.startswith("UPSTREAM") for code in codes) or \
                    (r.kind != "model_call" and _upstream_failed(body.upstream))
                model = r.kind == "model_call"
                cost = (body.model.cost_usd or 0.0) if body.model is not None else 0.0
                for s in targets(r.b, r.tenant, r.agent_id):
                    s.pii += bool(body.entity_counts)
                    s.errors += error
                    s.model_calls += model
                    s.cost += cost
        return out

    # ---- delivery --------------------------------------------------------------------------------------------
    async def deliver(self) -> int:
        """POST each recorded, undelivered alert (of the baseline span) to the webhook; how many were accepted."""
        if not self.webhook:
            return 0
        pending = await asyncio.to_thread(self._undelivered)
        delivered = 0
        if pending:
            async with httpx.AsyncClient(timeout=_TIMEOUT_S) as client:
                for alert in pending:
                    if not await self._post(client, alert):
                        break  # the webhook is down: the rest wait for the next round
                    await asyncio.to_thread(self._delivered, alert.id)
                    delivered += 1
        return delivered

    async def _post(self, client: httpx.AsyncClient, alert: Alert) -> bool:
        scope = f"agent {alert.agent_id} of tenant {alert.tenant}" if alert.agent_id else f"tenant {alert.tenant}"
        payload = {"text": f"Arbiter alert ({scope}): {alert.details.get('message', alert.metric)}",
                   "alert": msgspec.to_builtins(alert)}
        why = ""
        for attempt in range(_ATTEMPTS):
            if attempt:
                await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
            try:
                resp = await client.post(self.webhook, json=payload)
            except httpx.HTTPError as exc:
                why = type(exc).__name__
                continue
            if 200 <= resp.status_code < 300:
                if self.metrics is not None:
                    self.metrics.alert_deliveries.labels("ok").inc()
                return True
            why = f"status {resp.status_code}"
        # Never the URL: webhook URLs often carry a token.
        log.warning("alert webhook failed %d times (%s); alert %s stays undelivered", _ATTEMPTS, why, alert.id)
        if self.metrics is not None:
            self.metrics.alert_deliveries.labels("failed").inc()
        return False

    def _undelivered(self) -> list[Alert]:
        since_us = (time.time() - self.baseline_windows * self.window_s) * 1_000_000
        with self.db.read.connect() as conn:
            rows = conn.execute(select(alerts).where(alerts.c.delivered_at.is_(None), alerts.c.ts_us >= since_us)
                                .order_by(alerts.c.ts_us, alerts.c.id).limit(100)).all()
        return [_view(r) for r in rows]

    def _delivered(self, alert_id: str) -> None:
        with self.db.write.begin() as conn:
            conn.execute(update(alerts).where(alerts.c.id == alert_id, alerts.c.delivered_at.is_(None))
                         .values(delivered_at=time.time()))

    async def run(self) -> None:
        """Evaluate and deliver every ``interval_s`` until cancelled; a failed round is logged, never fatal."""
        while True:
            await asyncio.sleep(self.interval_s)
            try:
                await asyncio.to_thread(self.evaluate)
                await self.deliver()
            except Exception as exc:
                log.warning("alert evaluation failed: %s", type(exc).__name__)


# ---- reading and acknowledging (API, CLI, console) ---------------------------------------------------------------
def list_alerts(db: Database, f: AlertFilter | None = None, *, cursor: str | None = None,
                limit: int = 100) -> AlertPage:
    """Newest-first page of alerts matching ``f``; pass ``next_cursor`` back as ``cursor``."""
    f = f or AlertFilter()
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}", details={"limit": limit})
    if f.metric is not None and f.metric not in METRICS:
        raise BadRequest(f"metric must be one of {', '.join(METRICS)}", details={"metric": f.metric})
    if f.status is not None and f.status not in STATUSES:
        raise BadRequest(f"status must be one of {', '.join(STATUSES)}", details={"status": f.status})
    c = alerts.c
    stmt = select(alerts)
    for column, value in ((c.tenant, f.tenant), (c.agent_id, f.agent), (c.metric, f.metric), (c.status, f.status)):
        if value is not None:
            stmt = stmt.where(column == value)
    if f.since_us is not None:
        stmt = stmt.where(c.ts_us >= f.since_us)
    if cursor is not None:
        ts, _, after = cursor.partition(":")
        if not ts.isdigit() or not after.startswith("alr_"):
            raise BadRequest("cursor is not one this API returned", details={"cursor": cursor})
        stmt = stmt.where(or_(c.ts_us < int(ts), and_(c.ts_us == int(ts), c.id < after)))
    with db.read.connect() as conn:
        rows = conn.execute(stmt.order_by(c.ts_us.desc(), c.id.desc()).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return AlertPage(alerts=[_view(r) for r in rows],
                     next_cursor=f"{rows[-1].ts_us}:{rows[-1].id}" if more and rows else None)


def acknowledge(db: Database, audit: AuditStore, alert_id: str, *, actor: str) -> Alert:
    """Mark an alert acknowledged (an audited admin change; acknowledging it again changes nothing)."""
    with db.write.begin() as conn:
        row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).first()
        if row is None:
            raise NotFound(f"no alert {alert_id!r}", code="ALERT_NOT_FOUND", details={"id": alert_id})
        if row.status == "acknowledged":
            return _view(row)
        now = utc_now_iso(time.time_ns() // 1000)
        details = {**_details.decode(row.details), "acknowledged_by": actor, "acknowledged_at": now}
        conn.execute(update(alerts).where(alerts.c.id == alert_id)
                     .values(status="acknowledged", details=msgspec.json.encode(details).decode()))
        audit.append(conn, [AuditRecordV1(decision_id=str(uuid7()), ts=now, kind="admin", tenant=row.tenant,
                                          agent_id=row.agent_id or None,
                                          admin=AdminChange(actor=actor, action="alert.acknowledge",
                                                            target=f"alert:{alert_id}"))])
        row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).one()
    return _view(row)
