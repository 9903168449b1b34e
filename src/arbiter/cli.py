"""``arbiter``: serve, migrate, and administer tools, agents, allowlists and the audit trail.

The administrative commands talk to the database directly (``ARBITER_DATABASE_URL``), so
they work with or without a running server; a running server picks their changes up within
``ARBITER_REGISTRY_POLL_S`` seconds. Every change is recorded in the audit trail as made by
``cli:<user>``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgspec

from arbiter import alerts
from arbiter.approvals import ApprovalStore
from arbiter.audit import query as audit_query
from arbiter.audit.query import parse_time
from arbiter.audit.store import AuditStore
from arbiter.audit.verify import verify
from arbiter.db.engine import Database
from arbiter.errors import ArbiterError, BadRequest
from arbiter.llm.budget import BudgetStore, window_bounds
from arbiter.llm.catalog import Catalog, Model, Provider, ProviderView
from arbiter.llm.catalog import read_file as read_catalog
from arbiter.operators import Operators, Principal
from arbiter.policy.allowlist import read_dir, read_file
from arbiter.policy.tools import tool_checks
from arbiter.registry import AgentUpdate, Registry, ToolSpec
from arbiter.settings import load_settings


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"


def _print(obj: Any) -> None:
    print(json.dumps(msgspec.to_builtins(obj), indent=2, sort_keys=False))


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    for row in [headers, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())


class _Admin:
    """What the administrative commands need: the store, the audit trail and the registry.

    Deliberately not the whole service: no Presidio, no embedder, so each command starts fast.
    """

    def __init__(self) -> None:
        settings = load_settings()
        self.db = Database(settings.database_url)
        self.db.migrate()
        self.audit = AuditStore(self.db)
        self.registry = Registry(self.db, self.audit, settings.secret, tool_checks=tool_checks())
        self.registry.reload()
        self.secret = settings.secret


def _svc(args: argparse.Namespace) -> _Admin:
    return _Admin()


def _tool_files(paths: Sequence[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


def cmd_providers(args: argparse.Namespace) -> int:
    catalog = Catalog(_svc(args).registry)
    if args.action == "list":
        views = [ProviderView.of(p) for _, p in sorted(catalog.snapshot().providers.items())]
        _table([[v.name, v.protocol, v.base_url, v.key_source or "-", "yes" if v.key_present else "no"]
                for v in views], ["NAME", "PROTOCOL", "BASE URL", "KEY FROM", "KEY SET"])
    elif args.action == "put":
        p = catalog.put_provider(Provider(name=args.name, protocol=args.protocol, base_url=args.base_url,
                                          api_key_env=args.key_env, api_key_file=args.key_file,
                                          timeout_s=args.timeout), actor=_actor())
        _print(ProviderView.of(p))
    elif args.action == "delete":
        catalog.delete_provider(args.name, actor=_actor())
        print(f"provider {args.name} deleted")
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    catalog = Catalog(_svc(args).registry)
    if args.action == "list":
        def price(m: Model) -> str:
            return f"{m.prices.input:g}/{m.prices.output:g} ({m.prices.source})" if m.prices else "-"
        _table([[m.name, m.provider, m.upstream, str(m.context_window), str(m.tier), price(m),
                 ",".join(k for k in ("tools", "streaming", "images") if getattr(m, k))]
                for _, m in sorted(catalog.snapshot().models.items())],
               ["NAME", "PROVIDER", "UPSTREAM ID", "WINDOW", "TIER", "$/MTOK IN/OUT", "SUPPORTS"])
    elif args.action == "show":
        _print(catalog.model(args.name))
    elif args.action == "apply":
        path = Path(args.path)
        if path.is_dir():
            n = catalog.apply_dir(path, actor=_actor())
        else:
            n = catalog.apply(read_catalog(path), actor=_actor(), source=path.name)
        print(f"catalog applied: {n[0]} provider(s), {n[1]} model(s)")
    elif args.action == "delete":
        catalog.delete_model(args.name, actor=_actor())
        print(f"model {args.name} deleted")
    return 0


def cmd_usage(args: argparse.Namespace) -> int:
    svc = _svc(args)
    since = args.since if args.since is not None else window_bounds(args.window, time.time())[0]
    groups = tuple(g for g in args.group_by.split(",") if g)
    rows = BudgetStore(svc.db).usage(since=since, tenant=args.tenant, agent_id=args.agent, model=args.model,
                                     group_by=groups)
    _table([[str(r[g]) for g in groups] + [str(r["requests"]), str(r["input_tokens"]), str(r["output_tokens"]),
            f"{r['cost_usd']:.6f}"] for r in rows],
           [g.upper() for g in groups] + ["REQUESTS", "INPUT TOKENS", "OUTPUT TOKENS", "COST USD"])
    return 0


def cmd_operators(args: argparse.Namespace) -> int:
    ops = Operators(_svc(args).registry)
    if args.action == "add":
        op, key = ops.add(name=args.name, roles=args.role, tenants=args.tenant or ["*"], actor=_actor())
        print(f"operator {op.id} ({op.name}, roles {', '.join(op.roles)}, tenants {', '.join(op.tenants)})")
        print(f"api key (shown once): {key}")
    elif args.action == "list":
        _table([[o.id, o.name, ",".join(o.roles), ",".join(o.tenants), o.status, o.created_by] for o in ops.list()],
               ["ID", "NAME", "ROLES", "TENANTS", "STATUS", "CREATED BY"])
    elif args.action == "rotate-key":
        op, key = ops.rotate_key(args.id, actor=_actor())
        print(f"operator {op.id}: new api key (shown once): {key}")
    elif args.action == "revoke":
        op = ops.revoke(args.id, actor=_actor())
        print(f"operator {op.id} revoked")
    return 0


def cmd_approvals(args: argparse.Namespace) -> int:
    svc = _svc(args)
    store = ApprovalStore(svc.db, svc.audit, svc.secret)
    if args.action == "list":
        rows = store.list(status=args.status, tenants=frozenset([args.tenant]) if args.tenant else None)
        _table([[a.id, a.tenant, a.agent_id, a.tool, a.status, a.created_at[:19],
                 "; ".join(r.code for r in a.reasons)] for a in rows],
               ["ID", "TENANT", "AGENT", "TOOL", "STATUS", "HELD AT", "WHY"])
    elif args.action == "show":
        _print(store.get(args.id))
    else:
        op = Operators(svc.registry).get(args.operator)
        if op.status != "active":
            raise BadRequest(f"operator {op.id} is {op.status}", code="OPERATOR_REVOKED")
        view = store.decide(args.id, who=Principal.of(op), approve=args.action == "approve", comment=args.comment)
        print(f"approval {view.id}: {view.status} by {view.decided_by}")
    return 0


def cmd_tenants(args: argparse.Namespace) -> int:
    svc = _svc(args)
    store = ApprovalStore(svc.db, svc.audit, svc.secret)
    current = store.settings(args.name)
    if args.action == "set":
        changes: dict[str, Any] = {}
        if args.approval_webhook is not None:
            changes["approval_webhook"] = args.approval_webhook or None
        if args.self_approval is not None:
            changes["self_approval"] = args.self_approval == "true"
        if args.approval_ttl is not None:
            changes["approval_ttl_s"] = args.approval_ttl
        current = store.put_settings(args.name, msgspec.structs.replace(current, **changes), actor=_actor())
    _print(current)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from arbiter.service import Arbiter  # the whole service (Presidio, embedder) only for serving

    settings = load_settings()
    svc = Arbiter.build(settings)
    applied = svc.prepare(actor="startup")
    svc.db.dispose()
    where = settings.admin_token_file or "ARBITER_ADMIN_TOKEN"
    host, port = args.host or settings.host, args.port or settings.port
    print(f"arbiter: store {settings.database_url.split('://')[0]} migrated; "
          f"{len(applied)} allowlist(s) from {settings.allowlists_dir}")
    print(f"arbiter: admin token in {where}")
    print(f"arbiter: serving on http://{host}:{port}  (OpenAPI at /schema)", flush=True)
    uvicorn.run("arbiter.api.app:create_app", factory=True, host=host, port=port,
                workers=args.workers or settings.workers, loop="uvloop", http="httptools",
                log_level="warning", access_log=False)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    settings = load_settings()
    Database(settings.database_url).migrate()
    print(f"arbiter: {settings.database_url.split('://')[0]} store is at the latest migration")
    return 0


def cmd_tools(args: argparse.Namespace) -> int:
    svc = _svc(args)
    if args.action == "add":
        # Every file is read and validated before any is written: a bad file changes nothing.
        specs = []
        for path in _tool_files(args.file):
            try:
                specs.append(msgspec.json.decode(path.read_bytes(), type=ToolSpec))
            except (OSError, msgspec.DecodeError, msgspec.ValidationError) as exc:
                raise BadRequest(f"{path}: {exc}") from None
        for tool, changed in svc.registry.put_tools(specs, actor=_actor()):
            state = "registered" if changed and tool.version == 1 else "updated" if changed else "unchanged"
            print(f"{tool.tenant}/{tool.name} v{tool.version} {state}")
    elif args.action == "list":
        tools = svc.registry.list_tools(args.tenant)
        _table([[t.tenant, t.name, str(t.version), t.risk, t.description[:60]] for t in tools],
               ["TENANT", "NAME", "VERSION", "RISK", "DESCRIPTION"])
    elif args.action == "show":
        _print(svc.registry.tool(args.tenant or "default", args.name))
    elif args.action == "remove":
        svc.registry.delete_tool(args.tenant or "default", args.name, actor=_actor())
        print(f"removed {args.name}")
    return 0


def cmd_agents(args: argparse.Namespace) -> int:
    svc = _svc(args)
    reg = svc.registry
    if args.action == "add":
        agent, key = reg.create_agent(name=args.name, tenant=args.tenant, trust=args.trust,
                                      allowlist=args.allowlist, actor=_actor())
        print(f"agent {agent.id} ({agent.name}, tenant {agent.tenant}, {agent.trust.label}, "
              f"allowlist {agent.allowlist})")
        print(f"api key (shown once): {key}")
    elif args.action == "list":
        _table([[a.id, a.name, a.tenant, a.trust.label, a.allowlist or "-", a.status] for a in reg.list_agents()],
               ["ID", "NAME", "TENANT", "TRUST", "ALLOWLIST", "STATUS"])
    elif args.action in ("disable", "enable"):
        agent = reg.update_agent(args.id, AgentUpdate(status="disabled" if args.action == "disable" else "active"),
                                 actor=_actor())
        print(f"agent {agent.id} {agent.status}")
    elif args.action == "rotate-key":
        agent, key = reg.rotate_key(args.id, actor=_actor())
        print(f"new api key for {agent.id} (shown once): {key}")
    elif args.action == "revoke-key":
        agent = reg.revoke_key(args.id, actor=_actor())
        print(f"key of {agent.id} revoked")
    return 0


def cmd_allowlists(args: argparse.Namespace) -> int:
    svc = _svc(args)
    if args.action == "apply":
        path = Path(args.path)
        docs = read_dir(path) if path.is_dir() else [(path.name, read_file(path))]
        for al in svc.registry.apply_allowlists(docs, actor=_actor()):
            print(f"{al.name} (tenant {al.tenant}) revision {al.revision}: {len(al.tools)} tool(s)")
    elif args.action == "list":
        _table([[a.name, a.tenant, a.revision, ", ".join(sorted(a.tools))] for a in svc.registry.list_allowlists()],
               ["NAME", "TENANT", "REVISION", "TOOLS"])
    elif args.action == "show":
        al = svc.registry.allowlist(args.name)
        _print({"name": al.name, "tenant": al.tenant, "revision": al.revision, "document": al.document})
    return 0


def _filter(args: argparse.Namespace) -> audit_query.AuditFilter:
    return audit_query.AuditFilter(tenant=args.tenant, agent=args.agent, tool=args.tool, verdict=args.verdict,
                                   reason=args.reason, kind=args.kind, call_id=args.call_id,
                                   since_us=parse_time(args.since, "since"), until_us=parse_time(args.until, "until"))


def cmd_audit(args: argparse.Namespace) -> int:
    svc = _Admin()
    if args.action == "verify":
        head = None
        if args.expect_head:
            seq, _, h = args.expect_head.partition(":")
            head = (int(seq), h)
        result = verify(svc.db, expect_head=head)
        if result.ok:
            print(f"ok: {result.checked} records verified; head seq {result.head_seq} hash {result.head_hash}")
            return 0
        bad = result.first_bad
        assert bad is not None
        print(f"FAILED at seq {bad.seq} (decision {bad.decision_id or '-'}): {bad.problem}")
        print(f"{result.checked} records before it verified")
        return 1
    if args.action == "query":
        page = audit_query.query(svc.db, _filter(args), cursor=args.cursor, limit=args.limit)
        for rec in page.records:
            print(json.dumps(rec, sort_keys=True))
        if page.next_cursor:
            print(f"# more: --cursor {page.next_cursor}", file=sys.stderr)
        return 0
    if args.action == "export":
        out = open(args.output, "w") if args.output else sys.stdout  # noqa: SIM115
        try:
            for record in audit_query.export(svc.db, _filter(args)):
                out.write(msgspec.json.encode(record).decode() + "\n")
        finally:
            if out is not sys.stdout:
                out.close()
        return 0
    return 2


def cmd_alerts(args: argparse.Namespace) -> int:
    f = alerts.AlertFilter(tenant=args.tenant, agent=args.agent, metric=args.metric, status=args.status,
                           since_us=parse_time(args.since, "since"))
    page = alerts.list_alerts(_svc(args).db, f, limit=args.limit)
    if args.json:
        _print(page.alerts)
    else:
        _table([[a.id, a.ts[:19], a.tenant, a.agent_id or "*", a.metric, f"{a.observed:.4g}", f"{a.threshold:.4g}",
                 a.status, str(a.details.get("message", ""))] for a in page.alerts],
               ["ID", "RAISED", "TENANT", "AGENT", "METRIC", "OBSERVED", "THRESHOLD", "STATUS", "WHY"])
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    from arbiter.policy.replay import ReplayQuery, replay

    path = Path(args.allowlist)
    report = replay(_Admin().registry, ReplayQuery(allowlist=read_file(path), since=args.since, until=args.until,
                                                   agent=args.agent, tool=args.tool, limit=args.limit,
                                                   max_examples=args.max_examples), source=path.name)
    if args.json:
        _print(report)
        return 0
    t = report.totals
    print(f"allowlist {report.allowlist} (tenant {report.tenant}): proposed revision {report.proposed_revision}, "
          f"in force {report.current_revision or '-'}")
    print(f"window {report.since or 'start'} .. {report.until or 'now'}; {len(report.agents)} agent(s) on it; "
          f"{report.records} decision(s) read, {report.rejudged} re-judged, {report.not_rejudged_total} not")
    print(f"newly denied {t.newly_denied}  newly allowed {t.newly_allowed}  newly held {t.newly_held}  "
          f"unchanged {t.unchanged}")
    cols = ["DENIED", "ALLOWED", "HELD", "UNCHANGED"]

    def counts(c: Any) -> list[str]:
        return [str(c.newly_denied), str(c.newly_allowed), str(c.newly_held), str(c.unchanged)]

    for title, rows, headers in (
            ("by agent", [[a.agent_name, a.agent_id, *counts(a)] for a in report.by_agent], ["AGENT", "ID", *cols]),
            ("by tool", [[x.tool, *counts(x)] for x in report.by_tool], ["TOOL", *cols]),
            ("by reason (new reasons; stored ones for newly allowed)",
             [[x.code, *counts(x)[:3]] for x in report.by_reason], ["REASON", *cols[:3]]),
            ("not re-judged", [[n.cause, str(n.count), n.message] for n in report.not_rejudged],
             ["CAUSE", "COUNT", "WHY"]),
            ("examples", [[e.change, e.decision_id, e.tool, e.agent_id, f"{e.before} -> {e.after}",
                           ",".join(r.code for r in (e.reasons_before if e.after == "allow" else e.reasons_after))
                           + (" (scrubbed value)" if e.judged_on_scrubbed_values else "")]
                          for e in report.examples], ["CHANGE", "DECISION", "TOOL", "AGENT", "VERDICT", "REASONS"])):
        if rows:
            print(f"\n{title}:")
            _table(rows, headers)
    print("\nnot re-run: " + ", ".join(report.not_rejudged_checks))
    for note in report.notes:
        print(f"note: {note}")
    print(f"a decision in full: GET /v1/audit/<decision id>, or /console/decisions/<decision id> "
          f"(replayed in {report.elapsed_s:.2f} s)")
    return 0


def cmd_upstreams(args: argparse.Namespace) -> int:
    import asyncio

    from arbiter.executors.mcp import UpstreamPool
    from arbiter.upstreams import ToolOverride, Upstream, Upstreams

    ups = Upstreams(_svc(args).registry)
    tenant = args.tenant
    if args.action == "add":
        overrides: dict[str, ToolOverride] = {}
        if args.overrides:
            import yaml  # JSON is YAML too

            try:
                overrides = msgspec.convert(yaml.safe_load(Path(args.overrides).read_text()) or {},
                                            dict[str, ToolOverride])
            except (OSError, yaml.YAMLError, msgspec.ValidationError) as exc:
                raise BadRequest(f"{args.overrides}: {exc}") from None
        headers = dict(h.split(":", 1) for h in args.header or [])
        up = ups.put(Upstream(name=args.name, url=args.url, tenant=tenant, timeout_s=args.timeout,
                              headers={k.strip(): v.strip() for k, v in headers.items()}, tools=overrides),
                     actor=_actor())
        print(f"upstream {up.name} (tenant {up.tenant}) -> {up.url}; run 'arbiter upstreams sync {up.name}'")
    elif args.action == "list":
        _table([[u.tenant, u.name, u.url, str(len(ups.pending(u.tenant, u.name)))] for u in ups.all(tenant)],
               ["TENANT", "NAME", "URL", "PENDING"])
    elif args.action == "sync":
        async def sync() -> Any:
            pool = UpstreamPool()
            try:
                return await ups.sync(tenant or "default", args.name, pool.list_tools, actor=_actor())
            finally:
                await pool.close()

        report = asyncio.run(sync())
        for label in ("imported", "updated", "unchanged", "pending", "missing"):
            for name in getattr(report, label):
                print(f"{label:9} {name}")
        for skipped in report.skipped:
            print(f"skipped   {skipped.tool}: {skipped.reason}")
        if report.pending:
            print(f"{len(report.pending)} changed definition(s) await review: arbiter upstreams diff {args.name}")
    elif args.action == "diff":
        changes = ups.pending(tenant or "default", args.name)
        if not changes:
            print(f"no pending changes for {args.name}")
        for change in changes:
            print(f"# {change.tool}: accepted v{change.current_version}, changed upstream at {change.detected_at}")
            print(change.diff)
    elif args.action == "accept":
        for tool in ups.accept(tenant or "default", args.name, actor=_actor(), tool=args.tool):
            print(f"{tool.tenant}/{tool.name} v{tool.version} accepted")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    p = argparse.ArgumentParser(prog="arbiter", description=__doc__.split("\n")[0] if __doc__ else None)
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="migrate, load allowlists, and serve the HTTP API")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--workers", type=int)
    s.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=cmd_migrate)

    t = sub.add_parser("tools", help="register and inspect tools").add_subparsers(dest="action", required=True)
    a = t.add_parser("add", help="register or update tools from JSON files or directories")
    a.add_argument("--file", action="append", required=True, help="tool JSON file or directory (repeatable)")
    a = t.add_parser("list")
    a.add_argument("--tenant")
    for name in ("show", "remove"):
        a = t.add_parser(name)
        a.add_argument("name")
        a.add_argument("--tenant", default="default")
    for action in t.choices.values():
        action.set_defaults(func=cmd_tools)

    g = sub.add_parser("agents", help="register agents and manage their keys").add_subparsers(dest="action",
                                                                                              required=True)
    a = g.add_parser("add")
    a.add_argument("--name", required=True)
    a.add_argument("--tenant", default="default")
    a.add_argument("--trust", default="standard", choices=["untrusted", "standard", "privileged"])
    a.add_argument("--allowlist")
    g.add_parser("list")
    for name in ("disable", "enable", "rotate-key", "revoke-key"):
        g.add_parser(name).add_argument("id")
    for action in g.choices.values():
        action.set_defaults(func=cmd_agents)

    al = sub.add_parser("allowlists", help="apply and inspect allowlists").add_subparsers(dest="action",
                                                                                          required=True)
    al.add_parser("apply").add_argument("path", help="a directory of allowlists, or one file")
    al.add_parser("list")
    al.add_parser("show").add_argument("name")
    for action in al.choices.values():
        action.set_defaults(func=cmd_allowlists)

    up = sub.add_parser("upstreams", help="upstream MCP servers: add, sync, diff, accept").add_subparsers(
        dest="action", required=True)
    a = up.add_parser("add", help="register (or change) an upstream MCP server (streamable HTTP)")
    a.add_argument("--name", required=True)
    a.add_argument("--url", required=True, help="the server's MCP endpoint, e.g. http://127.0.0.1:9000/mcp")
    a.add_argument("--timeout", type=float, default=30.0, help="seconds per call (default 30)")
    a.add_argument("--header", action="append", help="'Name: value' sent to the upstream (repeatable)")
    a.add_argument("--overrides", help="YAML/JSON file: tool -> {risk, annotations, pii, cache}")
    up.add_parser("list")
    up.add_parser("sync", help="import new tools; hold changed definitions for review").add_argument("name")
    up.add_parser("diff", help="show changed definitions awaiting acceptance").add_argument("name")
    a = up.add_parser("accept", help="apply pending definitions as new tool versions")
    a.add_argument("name")
    a.add_argument("--tool", help="only this tool (default: every pending one)")
    for action in up.choices.values():
        action.add_argument("--tenant", default="default" if action.prog.split()[-1] != "list" else None)
        action.set_defaults(func=cmd_upstreams)

    op = sub.add_parser("operators", help="named operators with roles (admin, approver, auditor)").add_subparsers(
        dest="action", required=True)
    a = op.add_parser("add", help="create an operator; prints its key once")
    a.add_argument("--name", required=True)
    a.add_argument("--role", action="append", required=True, choices=["admin", "approver", "auditor"])
    a.add_argument("--tenant", action="append", help="tenant it approves for (repeatable; default: all)")
    op.add_parser("list")
    op.add_parser("rotate-key").add_argument("id")
    op.add_parser("revoke").add_argument("id")
    for action in op.choices.values():
        action.set_defaults(func=cmd_operators)

    ap = sub.add_parser("approvals", help="held calls: list, show, approve, deny").add_subparsers(
        dest="action", required=True)
    a = ap.add_parser("list")
    a.add_argument("--status", choices=["pending", "approved", "denied", "used", "expired"])
    a.add_argument("--tenant")
    ap.add_parser("show").add_argument("id")
    for name in ("approve", "deny"):
        a = ap.add_parser(name)
        a.add_argument("id")
        a.add_argument("--operator", required=True, help="the operator deciding (an approver of the tenant)")
        a.add_argument("--comment")
    for action in ap.choices.values():
        action.set_defaults(func=cmd_approvals)

    te = sub.add_parser("tenants", help="tenant settings of the approval workflow").add_subparsers(
        dest="action", required=True)
    te.add_parser("show").add_argument("name")
    a = te.add_parser("set")
    a.add_argument("name")
    a.add_argument("--approval-webhook", help="URL posted on each new hold ('' to remove)")
    a.add_argument("--self-approval", choices=["true", "false"])
    a.add_argument("--approval-ttl", type=float, help="seconds a held call can be approved and used")
    for action in te.choices.values():
        action.set_defaults(func=cmd_tenants)

    pr = sub.add_parser("providers", help="model providers: where model requests go").add_subparsers(
        dest="action", required=True)
    pr.add_parser("list")
    a = pr.add_parser("put", help="create or replace a provider")
    a.add_argument("name")
    a.add_argument("--protocol", choices=["openai", "anthropic"], required=True)
    a.add_argument("--base-url", required=True, help="openai: up to /v1; anthropic: the host")
    a.add_argument("--key-env", help="environment variable holding the key (read per request, never stored)")
    a.add_argument("--key-file", help="absolute path of a file holding the key")
    a.add_argument("--timeout", type=float, default=60.0)
    pr.add_parser("delete").add_argument("name")
    for action in pr.choices.values():
        action.set_defaults(func=cmd_providers)

    mo = sub.add_parser("models", help="the model catalog: models, capabilities, prices").add_subparsers(
        dest="action", required=True)
    mo.add_parser("list")
    mo.add_parser("show").add_argument("name")
    mo.add_parser("apply", help="apply a catalog file or directory (providers and models)").add_argument("path")
    mo.add_parser("delete").add_argument("name")
    for action in mo.choices.values():
        action.set_defaults(func=cmd_models)

    alr = sub.add_parser("alerts", help="drift and spike alerts, newest first")
    for flag in ("tenant", "agent", "since"):
        alr.add_argument(f"--{flag}")
    alr.add_argument("--metric", choices=alerts.METRICS)
    alr.add_argument("--status", choices=alerts.STATUSES)
    alr.add_argument("--limit", type=int, default=50)
    alr.add_argument("--json", action="store_true", help="the alerts as JSON, with their details")
    alr.set_defaults(func=cmd_alerts)

    us = sub.add_parser("usage", help="model usage by tenant, agent and model")
    us.add_argument("--window", choices=["hour", "day", "month"], default="day")
    us.add_argument("--since", type=int, help="unix seconds (overrides --window)")
    us.add_argument("--group-by", default="tenant,agent_id,model")
    us.add_argument("--tenant")
    us.add_argument("--agent")
    us.add_argument("--model")
    us.set_defaults(func=cmd_usage)

    po = sub.add_parser("policy", help="see what a policy change would do").add_subparsers(dest="action",
                                                                                           required=True)
    a = po.add_parser("replay", help="re-judge stored decisions under a proposed allowlist (changes nothing)")
    a.add_argument("--allowlist", required=True, help="the proposed allowlist file (YAML or JSON)")
    a.add_argument("--since", default="7d", help="a duration back from now (7d, 24h, 30m) or an ISO time")
    a.add_argument("--until", help="a duration back from now or an ISO time (default: now)")
    a.add_argument("--agent", help="only this agent's decisions")
    a.add_argument("--tool", help="only this tool's decisions")
    a.add_argument("--limit", type=int, help="at most this many decisions, newest first")
    a.add_argument("--max-examples", type=int, default=20, help="changed decisions to list (default 20)")
    a.add_argument("--json", action="store_true", help="the whole report as JSON")
    a.set_defaults(func=cmd_policy)

    au = sub.add_parser("audit", help="query, export and verify the audit trail").add_subparsers(dest="action",
                                                                                                 required=True)
    for name in ("query", "export"):
        a = au.add_parser(name)
        for flag in ("tenant", "agent", "tool", "verdict", "reason", "kind", "call-id", "since", "until"):
            a.add_argument(f"--{flag}")
        if name == "query":
            a.add_argument("--limit", type=int, default=50)
            a.add_argument("--cursor")
        else:
            a.add_argument("--format", choices=["jsonl"], default="jsonl")
            a.add_argument("--output", "-o")
    v = au.add_parser("verify")
    v.add_argument("--expect-head", help="SEQ:HASH printed by an earlier verify, to detect truncation")
    for action in au.choices.values():
        action.set_defaults(func=cmd_audit)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``arbiter`` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ArbiterError as exc:
        print(f"error: {exc.code}: {exc.message}", file=sys.stderr)
        if exc.details:
            print(json.dumps(exc.details, indent=2), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
