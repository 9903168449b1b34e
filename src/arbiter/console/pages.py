"""The console's pages: server-rendered HTML at ``/console``, signed in with an operator key or the
admin token, read with the same roles as the API (auditor or admin reads, approvers decide).

Everything shown is escaped by the templates (tool names, reasons and arguments are attacker-influenced)
and the Content-Security-Policy allows only the console's own script and style, so nothing injected into
a record can run in an operator's browser. Forms that change something carry a CSRF token.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml
from jinja2 import ChainableUndefined, Environment, FileSystemLoader
from litestar import Controller, MediaType, Request, Response, get, post
from litestar.response import Redirect
from litestar.static_files import create_static_files_router

from arbiter import alerts as alerts_mod
from arbiter.api.deps import service
from arbiter.audit import query as audit_query
from arbiter.console import data, session
from arbiter.errors import ArbiterError
from arbiter.operators import ROLES, Principal, Role
from arbiter.pipeline.runner import Pipeline
from arbiter.policy.replay import ReplayQuery, replay
from arbiter.service import Arbiter
from arbiter.types import Verdict

Req = Request[Any, Any, Any]
HERE = Path(__file__).parent
PAGE_SIZE = 50
WINDOWS = {"1h": 3600, "6h": 6 * 3600, "24h": 86400, "7d": 7 * 86400}
FILTERS = ("tenant", "agent", "tool", "verdict", "reason", "kind", "call_id", "since", "until")
READERS: tuple[Role, ...] = ("auditor", "admin")
NAV: list[tuple[str, str, tuple[Role, ...]]] = [
    ("/console/decisions", "Decisions", READERS), ("/console/approvals", "Approvals", ("approver", *READERS)),
    ("/console/alerts", "Alerts", READERS), ("/console/trends", "Trends", READERS),
    ("/console/agents", "Agents", READERS),
    ("/console/tools", "Tools", READERS), ("/console/allowlists", "Allowlists", READERS),
    ("/console/replay", "Replay", READERS)]
# Only the console's own files; no inline script or style (the templates use none).
HEADERS = {"content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                      "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                                      "base-uri 'none'",
           "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "cache-control": "no-store",
           "x-frame-options": "DENY"}
DONE = {"approved": "Approved: the agent's identical call will now run, once.", "denied": "Denied.",
        "acknowledged": "Alert acknowledged."}

env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=ChainableUndefined,
                  trim_blocks=True, lstrip_blocks=True)
# Readable JSON (the template's autoescaping then escapes it for HTML, unlike ``tojson``'s \u003c forms).
env.filters["pretty"] = lambda value: json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)


def _cookie(request: Req) -> str | None:
    return request.cookies.get(session.COOKIE)


def _who(request: Req) -> Principal | None:
    return session.resolve(service(request), _cookie(request))


def render(request: Req, template: str, *, status: int = 200, who: Principal | None = None,
           **context: Any) -> Response[str]:
    """A page with the layout's navigation for ``who``."""
    cookie = _cookie(request)
    svc = service(request)
    nav = [(href, label) for href, label, roles in NAV if who and any(who.can(r) for r in roles)]
    section = next((href for href, _ in nav if request.url.path.startswith(href)), None)
    html = env.get_template(template).render(
        who=who, nav=nav, section=section, csrf=session.csrf_token(svc, cookie) if who and cookie else "",
        **context)
    return Response(html, status_code=status, media_type=MediaType.HTML, headers=HEADERS)


def _error(request: Req, who: Principal | None, status: int, message: str, code: str | None = None) -> Response[str]:
    titles = {400: "Bad request", 401: "Sign in", 403: "Not allowed", 404: "Not found", 409: "Conflict"}
    return render(request, "error.html", status=status, who=who, title=titles.get(status, "Error"),
                  error=message, error_code=code)


def _gate(request: Req, roles: tuple[Role, ...]) -> Principal | Response[Any]:
    """The signed-in principal holding one of ``roles``; otherwise the page to answer instead."""
    who = _who(request)
    if who is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return Redirect(f"/console/login?{urlencode({'next': target})}", status_code=303)
    if not any(who.can(r) for r in roles):
        return _error(request, who, 403, f"this page needs the {' or '.join(roles)} role; you have "
                      f"{', '.join(sorted(who.roles)) or 'none'}", "ROLE_REQUIRED")
    return who


async def _posted(request: Req, roles: tuple[Role, ...]) -> tuple[Principal, dict[str, str]] | Response[Any]:
    """A form post by a signed-in principal holding one of ``roles`` with this session's CSRF token: the
    principal and the form's fields; otherwise the page to answer instead."""
    who = _gate(request, roles)
    if not isinstance(who, Principal):
        return who
    form = {k: str(v) for k, v in (await request.form()).items()}
    if not session.csrf_ok(service(request), _cookie(request), form.get("csrf")):
        return _error(request, who, 403, "the form's CSRF token does not belong to this session", "CSRF_MISMATCH")
    return who, form


def _safe_next(target: str | None) -> str:
    # Only a console path: never an absolute or protocol-relative URL (no open redirect).
    if target and target.startswith("/console/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/console/decisions"


def _filters(request: Req) -> dict[str, str]:
    return {k: v for k in FILTERS if (v := request.query_params.get(k, "").strip())}


def _audit_filter(f: dict[str, str], after_seq: int | None = None) -> audit_query.AuditFilter:
    return audit_query.AuditFilter(
        tenant=f.get("tenant"), agent=f.get("agent"), tool=f.get("tool"), verdict=f.get("verdict"),
        reason=f.get("reason"), kind=f.get("kind"), call_id=f.get("call_id"),
        since_us=audit_query.parse_time(f.get("since"), "since"),
        until_us=audit_query.parse_time(f.get("until"), "until"), after_seq=after_seq)


async def _audit_failed_sign_in(svc: Arbiter, token: str) -> None:
    """A failed console sign-in is a failed authentication like any other: audited, with a key fingerprint."""
    ctx = Pipeline.request_context("auth_failure")
    ctx.key_fingerprint = svc.registry.key_hash(token)[:16] if token else None
    await svc.pipeline.reject(ctx, Verdict.deny("UNAUTHORIZED", "console sign-in with an unknown or revoked key"))


class ConsolePages(Controller):
    """``/console``: decisions, a decision's detail, approvals, trends, agents, tools and allowlists."""

    path = "/console"
    include_in_schema = False

    @get("/")
    async def home(self) -> Redirect:
        return Redirect("/console/decisions", status_code=303)

    @get("/login")
    async def login_form(self, request: Req) -> Response[Any]:
        who = _who(request)
        nxt = _safe_next(request.query_params.get("next"))
        if who is not None:
            return Redirect(nxt, status_code=303)
        return render(request, "login.html", title="Sign in", next=nxt)

    @post("/login")
    async def login(self, request: Req) -> Response[Any]:
        form = await request.form()
        svc = service(request)
        token = str(form.get("token") or "").strip()
        nxt = _safe_next(str(form.get("next") or ""))
        signed = session.sign_in(svc, token) if token else None
        if signed is None:
            await _audit_failed_sign_in(svc, token)
            return render(request, "login.html", status=401, title="Sign in", next=nxt,
                          error="unknown or revoked key: sign in with an operator key (opk_...) or the admin token",
                          error_code="UNAUTHORIZED")
        cookie, _ = signed
        resp = Redirect(nxt, status_code=303)
        resp.set_cookie(session.COOKIE, cookie, path="/console", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", max_age=session.LIFETIME_S)
        return resp

    @post("/logout")
    async def logout(self, request: Req) -> Response[Any]:
        posted = await _posted(request, ROLES)
        if not isinstance(posted, tuple):
            return posted
        resp = Redirect("/console/login", status_code=303)
        resp.delete_cookie(session.COOKIE, path="/console")
        return resp

    @get("/decisions")
    async def decisions(self, request: Req) -> Response[Any]:
        who = _gate(request, READERS)
        if not isinstance(who, Principal):
            return who
        svc, f = service(request), _filters(request)
        query = urlencode(f)
        known = await asyncio.to_thread(data.known_values, svc.db)
        try:
            page = await asyncio.to_thread(audit_query.query, svc.db, _audit_filter(f),
                                           cursor=request.query_params.get("cursor"), limit=PAGE_SIZE)
        except ArbiterError as exc:
            return render(request, "decisions.html", status=exc.status, who=who, title="Decisions", filters=f,
                          query=query, records=[], next_cursor=None, newest_seq=0, known=known,
                          error=exc.message, error_code=exc.code)
        newest = page.records[0]["seq"] if page.records and "cursor" not in request.query_params else 0
        return render(request, "decisions.html", who=who, title="Decisions", filters=f, query=query,
                      records=page.records, next_cursor=page.next_cursor, newest_seq=newest, known=known)

    @get("/decisions/tail")
    async def tail(self, request: Req) -> Response[Any]:
        """Rows newer than ``after`` (the live tail), as the table's HTML, newest first."""
        who = _who(request)
        if who is None or not any(who.can(r) for r in READERS):
            return Response("", status_code=401 if who is None else 403, media_type=MediaType.HTML, headers=HEADERS)
        raw = request.query_params.get("after", "0")
        if not raw.isdigit():
            return Response("", status_code=400, media_type=MediaType.HTML, headers=HEADERS)
        try:
            page = await asyncio.to_thread(audit_query.query, service(request).db,
                                           _audit_filter(_filters(request), after_seq=int(raw)), limit=100)
        except ArbiterError as exc:
            return Response("", status_code=exc.status, media_type=MediaType.HTML, headers=HEADERS)
        html = env.get_template("_rows.html").render(records=page.records)
        last = str(page.records[0]["seq"]) if page.records else raw
        return Response(html, media_type=MediaType.HTML, headers={**HEADERS, "x-arbiter-last-seq": last})

    @get("/decisions/{decision_id:str}")
    async def decision(self, request: Req, decision_id: str) -> Response[Any]:
        who = _gate(request, READERS)
        if not isinstance(who, Principal):
            return who
        try:
            d = await asyncio.to_thread(data.detail, service(request).db, decision_id)
        except ArbiterError as exc:
            return _error(request, who, exc.status, exc.message, exc.code)
        return render(request, "detail.html", who=who, title=f"Decision {decision_id}", d=d)

    @get("/approvals")
    async def approvals(self, request: Req) -> Response[Any]:
        who = _gate(request, ("approver", *READERS))
        if not isinstance(who, Principal):
            return who
        return await self._approvals_page(request, who)

    async def _approvals_page(self, request: Req, who: Principal, *, status_code: int = 200,
                              error: str | None = None, error_code: str | None = None) -> Response[Any]:
        status = request.query_params.get("status", "pending")
        # An approver sees its own tenants' approvals; auditors and admins see every tenant's.
        tenants = None if any(who.can(r) for r in READERS) else who.tenants
        try:
            items = await asyncio.to_thread(service(request).approvals.list, status=status, tenants=tenants,
                                            limit=200)
        except ArbiterError as exc:
            items, status_code, error, error_code = [], exc.status, exc.message, exc.code
        done = DONE.get(request.query_params.get("done", ""))
        return render(request, "approvals.html", status=status_code, who=who, title="Approvals",
                      tab=status, items=items, can_decide=lambda tenant: who.can("approver", tenant), notice=done,
                      error=error, error_code=error_code)

    @post("/approvals/{approval_id:str}")
    async def decide(self, request: Req, approval_id: str) -> Response[Any]:
        posted = await _posted(request, ("approver",))
        if not isinstance(posted, tuple):
            return posted
        who, form = posted
        svc = service(request)
        action = form.get("action", "")
        if action not in ("approve", "deny"):
            return await self._approvals_page(request, who, status_code=400, error_code="INVALID_REQUEST",
                                              error="action must be approve or deny")
        comment = form.get("comment", "").strip() or None
        try:
            await asyncio.to_thread(svc.approvals.decide, approval_id, who=who, approve=action == "approve",
                                    comment=comment)
        except ArbiterError as exc:
            return await self._approvals_page(request, who, status_code=exc.status, error=exc.message,
                                              error_code=exc.code)
        return Redirect(f"/console/approvals?done={'approved' if action == 'approve' else 'denied'}",
                        status_code=303)

    @get("/trends")
    async def trends(self, request: Req) -> Response[Any]:
        who = _gate(request, READERS)
        if not isinstance(who, Principal):
            return who
        window = request.query_params.get("window", "1h")
        if window not in WINDOWS:
            return _error(request, who, 400, f"window is one of {', '.join(WINDOWS)}", "INVALID_QUERY")
        until = int(time.time() * 1_000_000)
        t = await asyncio.to_thread(data.trends, service(request).db, until - WINDOWS[window] * 1_000_000, until)
        return render(request, "trends.html", who=who, title="Trends", t=t, window=window, windows=list(WINDOWS),
                      chart=_chart(t), cost_rows=[(a, round(c, 4)) for a, c in t.cost_per_agent])

    @get("/agents")
    async def agents(self, request: Req) -> Response[Any]:
        return _registry_page(request, "agents", lambda svc: svc.registry.list_agents())

    @get("/tools")
    async def tools(self, request: Req) -> Response[Any]:
        return _registry_page(request, "tools", lambda svc: svc.registry.list_tools())

    @get("/allowlists")
    async def allowlists(self, request: Req) -> Response[Any]:
        return _registry_page(request, "allowlists", lambda svc: svc.registry.list_allowlists())

    @get("/allowlists/{name:str}")
    async def allowlist(self, request: Req, name: str) -> Response[Any]:
        who = _gate(request, READERS)
        if not isinstance(who, Principal):
            return who
        registry = service(request).registry
        try:
            al = registry.allowlist(name)
            history = await asyncio.to_thread(registry.allowlist_revisions, name)
            shown = await asyncio.to_thread(registry.allowlist_revision, name,
                                            request.query_params.get("revision") or al.revision)
        except ArbiterError as exc:
            return _error(request, who, exc.status, exc.message, exc.code)
        return render(request, "allowlist.html", who=who, title=f"Allowlist {name}", al=al, history=history,
                      shown=shown)


    @get("/replay")
    async def replay_form(self, request: Req) -> Response[Any]:
        who = _gate(request, READERS)
        if not isinstance(who, Principal):
            return who
        name = request.query_params.get("allowlist")
        document = ""
        if name:
            try:
                document = yaml.safe_dump(service(request).registry.allowlist(name).document, sort_keys=False)
            except ArbiterError as exc:
                return _error(request, who, exc.status, exc.message, exc.code)
        return render(request, "replay.html", who=who, title="Policy replay", document=document, form={})

    @post("/replay")
    async def replay_run(self, request: Req) -> Response[Any]:
        posted = await _posted(request, READERS)
        if not isinstance(posted, tuple):
            return posted
        who, form = posted[0], {k: v.strip() for k, v in posted[1].items()}
        svc = service(request)
        page: dict[str, Any] = {"who": who, "title": "Policy replay", "document": form.get("document", ""),
                                "form": form}
        try:
            doc = yaml.safe_load(form.get("document", ""))
        except yaml.YAMLError as exc:
            return render(request, "replay.html", status=400, error_code="INVALID_ALLOWLIST",
                          error=f"the document is not YAML or JSON: {exc}", **page)
        if not isinstance(doc, dict):
            return render(request, "replay.html", status=400, error_code="INVALID_ALLOWLIST",
                          error="the document must be an allowlist: a mapping with name, tenant and tools", **page)
        q = ReplayQuery(allowlist=doc, since=form.get("since") or None, until=form.get("until") or None,
                        agent=form.get("agent") or None, tool=form.get("tool") or None)
        try:
            report = await asyncio.to_thread(replay, svc.registry, q, source="proposed allowlist")
        except ArbiterError as exc:
            problems = exc.details.get("errors", []) if isinstance(exc.details, dict) else []
            return render(request, "replay.html", status=exc.status, error=exc.message, error_code=exc.code,
                          problems=problems, **page)
        return render(request, "replay.html", report=report, **page)

    @get("/alerts")
    async def alerts(self, request: Req) -> Response[Any]:
        who = _gate(request, READERS)
        if not isinstance(who, Principal):
            return who
        status = request.query_params.get("status", "open")
        try:
            page = await asyncio.to_thread(alerts_mod.list_alerts, service(request).db,
                                           alerts_mod.AlertFilter(status=status or None), limit=200)
        except ArbiterError as exc:
            return _error(request, who, exc.status, exc.message, exc.code)
        return render(request, "alerts.html", who=who, title="Alerts", tab=status, items=page.alerts,
                      can_ack=who.can("admin"), notice=DONE.get(request.query_params.get("done", "")))

    @post("/alerts/{alert_id:str}/acknowledge")
    async def acknowledge(self, request: Req, alert_id: str) -> Response[Any]:
        posted = await _posted(request, ("admin",))
        if not isinstance(posted, tuple):
            return posted
        who, svc = posted[0], service(request)
        try:
            await asyncio.to_thread(alerts_mod.acknowledge, svc.db, svc.audit, alert_id, actor=who.actor)
        except ArbiterError as exc:
            return _error(request, who, exc.status, exc.message, exc.code)
        return Redirect("/console/alerts?done=acknowledged", status_code=303)


def _registry_page(request: Req, kind: str, items: Callable[[Arbiter], list[Any]]) -> Response[Any]:
    """The agents, tools or allowlists page (from the registry's in-memory snapshot)."""
    who = _gate(request, READERS)
    if not isinstance(who, Principal):
        return who
    return render(request, "registry.html", who=who, title=kind.capitalize(), kind=kind,
                  items=items(service(request)))

def _chart(t: data.Trends, width: int = 720, height: int = 160) -> dict[str, Any]:
    """Stacked columns of decisions per bucket (allow, deny, hold), in SVG units, the whole window wide."""
    top = max((sum(c.values()) for c in t.series), default=0)
    if not top:
        return {"bars": []}
    step = width / len(t.series)
    bars = []
    for i, counts in enumerate(t.series):
        y, segments = float(height), []
        for verdict in ("allow", "deny", "hold"):
            n = counts.get(verdict, 0)
            if n:
                h = height * n / top
                y -= h
                segments.append({"verdict": verdict, "count": n, "y": round(y, 2), "h": round(h, 2)})
        start = t.since_us // 1_000_000 + i * t.bucket_s
        bars.append({"x": round(i * step, 2), "segments": segments, "counts": counts,
                     "label": time.strftime("%m-%d %H:%M", time.gmtime(start))})
    return {"bars": bars, "bar_width": round(max(step - 1, 0.5), 2), "width": width, "height": height,
            "max": top, "first": bars[0]["label"], "last": time.strftime("%m-%d %H:%M", time.gmtime(
                t.until_us // 1_000_000)), "per": _duration(t.bucket_s)}


def _duration(seconds: int) -> str:
    if seconds in (60, 3600):
        return "minute" if seconds == 60 else "hour"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    return f"{seconds // 60} min" if seconds % 60 == 0 else f"{seconds} s"


static_files = create_static_files_router(path="/console/static", directories=[HERE / "static"],
                                          include_in_schema=False, name="console-static")
