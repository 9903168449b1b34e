"""Policy replay: re-judge stored decisions under a proposed allowlist, executing and writing nothing.

The proposed document is validated exactly as applying it would be (:meth:`Registry.validate_allowlist`),
then every stored tool-call decision (kinds ``check``, ``invoke``, ``model_tool_call``, ``mcp_tool_call``)
of the agents assigned that allowlist is judged again by the checks that depend only on the policy and
the stored arguments: the ``allowlist`` check (tool listed, trust), the ``schema`` check (the tool's
schema and the entry's narrowing) and the static part of the ``approval`` check (``always`` and
``arguments`` conditions). They are the pipeline's own checks, run on a :class:`CallContext` built from
the record against a snapshot holding the proposed allowlist; they must not suspend (that would be I/O).

Stored arguments are scrubbed (PII redacted or pseudonymized), so a schema may fail on a scrubbed value
the raw one passed. Each record is therefore judged twice, under the proposed allowlist and under the
revision it was decided by (from the revision history): when both judge alike, the policy change does not
touch the record and its stored verdict stands. A failure the revision in force also found, on a record
whose raw arguments passed the schema check, is such an artifact and is ignored.

Checks that need state (limits on the raw arguments, PII scanning, provenance, ``new_value`` approval
conditions, rate limits, the cache, result checks) are not re-run: a stored verdict from them is kept
(see :data:`NOT_REJUDGED_CHECKS`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any

import msgspec
from jsonpointer import JsonPointerException
from sqlalchemy import func, select

from arbiter.audit.query import parse_time
from arbiter.audit.record import utc_now_iso
from arbiter.db.models import audit_records
from arbiter.documents import leaves, resolve
from arbiter.errors import BadRequest, InvalidPolicy
from arbiter.pipeline.allowlist import AllowlistCheck
from arbiter.pipeline.approval import rule_reasons
from arbiter.pipeline.schema import SchemaCheck
from arbiter.policy import allowlist as allowlist_mod
from arbiter.policy.allowlist import Allowlist
from arbiter.registry import Registry, Snapshot
from arbiter.types import Agent, CallContext, Finding, Reason, ToolCall, Verdict

__all__ = ["KINDS", "NOT_REJUDGED_CHECKS", "ReplayQuery", "ReplayReport", "parse_since", "replay"]

KINDS = ("check", "invoke", "model_tool_call", "mcp_tool_call")
MAX_EXAMPLES = 1000
CHUNK = 5000

NOT_REJUDGED_CHECKS = {
    "limits": "depth, size and text of the raw arguments: a stored deny is kept",
    "pii": "arguments are stored scrubbed, so PII is not scanned again: a stored PII deny is kept",
    "provenance": "taint, injection and intent need the conversation: a stored deny or hold is kept",
    "approval.new_value": "needs the agent's history of values: a stored NEW_RECIPIENT hold is kept while the "
                          "proposed rule still tracks that value, and no new one is raised",
    "approval_use": "an approval a call presented: its stored outcome is kept while the call would still be held",
    "rate_limit": "needs the counters: a stored RATE_LIMITED deny is kept",
    "cache": "not consulted",
    "result checks": "PII in results of executed calls: a stored deny is kept",
}
NOTES = [
    "arguments are judged as stored, scrubbed: redacted and pseudonymized values stand in for the raw ones",
    "a decision whose stored verdict came from a check replay does not re-run keeps that verdict",
    "a call the stored decision denied before the later checks ran is judged as if those checks would pass",
    "agents are judged with their current trust; nothing is executed, written or counted",
]

# Reasons the re-run checks give; every other stored reason came from a check replay does not re-run.
_ACCESS = {"UNKNOWN_TOOL", "TOOL_NOT_ALLOWED", "TRUST_TOO_LOW"}
_SCHEMA = {"SCHEMA_VIOLATION", "ALLOWLIST_CONSTRAINT"}
_STATIC = _ACCESS | _SCHEMA | {"APPROVAL_REQUIRED"}
# Decided before (or regardless of) the allowlist: the record keeps its verdict.
_FIRST = {"TOO_DEEP", "INVALID_TEXT", "ARGUMENTS_TOO_LARGE", "AGENT_DISABLED", "MALFORMED_ARGUMENTS"}
# Outcomes of an approval the call presented (the approval check's use of it, and approval_use).
_APPROVAL_USE = {"APPROVAL_NOT_FOUND", "APPROVAL_MISMATCH", "APPROVAL_STALE", "APPROVAL_USED", "APPROVAL_DENIED",
                 "APPROVAL_EXPIRED", "APPROVAL_PENDING"}
_AFTER_HOLD = {"RATE_LIMITED"}  # checks after the approval check: a hold comes first

CAUSES = {
    "arguments_not_stored": "the record holds no arguments (arguments_omitted), and the change concerns them",
    "tool_changed": "the tool's version changed since the decision",
    "tool_deleted": "the tool was removed since the decision",
    "tool_registered_since": "the tool was not registered at the time of the decision",
    "agent_not_on_allowlist": "the agent filter names an agent that is not assigned this allowlist",
    "check_failed": "a check raised on the stored arguments",
}

_DURATION = re.compile(r"(\d{1,6})([smhdw])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_since(value: str | None, name: str, now: float | None = None) -> int | None:
    """``7d``, ``24h``, ``30m``, ``90s``, ``2w`` before now, or an ISO 8601 time, to microseconds."""
    if value is None:
        return None
    m = _DURATION.fullmatch(value.strip())
    if m:
        now = time.time() if now is None else now
        return int((now - int(m.group(1)) * _UNITS[m.group(2)]) * 1_000_000)
    try:
        return parse_time(value, name)
    except BadRequest:
        raise BadRequest(f"{name} must be a duration such as 7d, 24h or 30m, or an ISO 8601 time such as "
                         "2026-11-25T13:00:00Z", details={name: value}) from None


class ReplayQuery(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What to replay: a proposed allowlist document and which stored decisions to judge under it."""

    allowlist: dict[str, Any]
    since: str | None = "7d"
    until: str | None = None
    agent: str | None = None
    tool: str | None = None
    limit: int | None = None  # at most this many records, newest first
    max_examples: int = 50


class Counts(msgspec.Struct, kw_only=True):
    """How many re-judged decisions would change, and how."""

    newly_denied: int = 0
    newly_allowed: int = 0
    newly_held: int = 0
    unchanged: int = 0


class AgentCounts(Counts, kw_only=True):
    agent_id: str
    agent_name: str


class ToolCounts(Counts, kw_only=True):
    tool: str


class ReasonCounts(Counts, kw_only=True):
    """Per reason code: the new reasons of newly denied and held calls, the stored ones of newly allowed."""

    code: str


class NotRejudged(msgspec.Struct, kw_only=True):
    cause: str
    count: int
    message: str


class Links(msgspec.Struct, kw_only=True):
    record: str  # the record in the audit API
    console: str  # the decision in the web console


class Example(msgspec.Struct, kw_only=True):
    """One decision that would change."""

    decision_id: str
    ts: str
    kind: str
    agent_id: str
    tool: str
    change: str  # newly_denied | newly_allowed | newly_held
    before: str
    after: str
    reasons_before: list[Reason]
    reasons_after: list[Reason]
    judged_on_scrubbed_values: bool  # a new reason points at a value stored scrubbed
    links: Links


class ReplayReport(msgspec.Struct, kw_only=True):
    """What applying the proposed allowlist would have changed in the stored decisions."""

    allowlist: str
    tenant: str
    proposed_revision: str
    current_revision: str | None
    since: str | None
    until: str | None
    agents: list[str]  # the agents assigned this allowlist, whose decisions are judged
    records: int  # decisions read
    rejudged: int
    totals: Counts
    by_agent: list[AgentCounts]
    by_tool: list[ToolCounts]
    by_reason: list[ReasonCounts]
    not_rejudged: list[NotRejudged]
    not_rejudged_total: int
    examples: list[Example]
    not_rejudged_checks: dict[str, str]
    notes: list[str]
    elapsed_s: float


class _Stored(msgspec.Struct, kw_only=True):
    """The fields of a stored record replay reads (decoding only these is the cheap part of a replay)."""

    decision_id: str
    ts: str
    kind: str
    agent_id: str | None = None
    tool: str | None = None
    tool_version: int | None = None
    allowlist: str | None = None
    revision: str | None = None
    verdict: str | None = None
    reasons: list[Reason] = []
    findings: list[Finding] = []
    arguments: Any = None
    arguments_omitted: str | None = None
    approval_id: str | None = None


_decoder = msgspec.json.Decoder(_Stored)


def _sync(coro: Coroutine[Any, Any, Verdict | None]) -> Verdict | None:
    """Run a static check's coroutine to its end without an event loop: it must never suspend."""
    try:
        coro.send(None)
    except StopIteration as done:
        result: Verdict | None = done.value
        return result
    coro.close()
    raise RuntimeError("a static check awaited I/O during replay")


class _View:
    """A registry's snapshot with one allowlist replaced: what the allowlist check reads."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot


@dataclass(frozen=True)
class _Judgement:
    """What the re-run checks say under one allowlist."""

    denial: Reason | None  # the allowlist check's
    schema: tuple[Reason, ...] = ()
    holds: tuple[Reason, ...] = ()
    tracked: tuple[str, ...] = ()  # new_value pointers of the entry's approval rule
    entry_doc: Any = None  # the entry as written, to tell whether it changed

    def key(self) -> Any:
        return (_keys(filter(None, [self.denial])), _keys(self.schema), _keys(self.holds), self.tracked)


def _keys(reasons: Any) -> tuple[tuple[str, str | None, str | None, str], ...]:
    return tuple(sorted((r.code, r.path, r.keyword, r.message) for r in reasons))


class _Judge:
    """The re-run checks under one allowlist."""

    def __init__(self, snap: Snapshot, al: Allowlist) -> None:
        self.allowlist = AllowlistCheck(_View(msgspec.structs.replace(
            snap, allowlists={**snap.allowlists, al.name: al})))
        self.schema = SchemaCheck()
        self.entries = al.document.get("tools") or {}

    def __call__(self, agent: Agent, rec: _Stored, with_arguments: bool) -> _Judgement:
        assert rec.tool is not None
        ctx = CallContext(decision_id=rec.decision_id, started_ns=0, kind=rec.kind, agent=agent,
                          call=ToolCall(tool=rec.tool, arguments=rec.arguments), arguments=rec.arguments)
        verdict = _sync(self.allowlist(ctx))
        entry_doc = self.entries.get(rec.tool)
        if verdict is not None:
            return _Judgement(denial=verdict.reasons[0], entry_doc=entry_doc)
        if not with_arguments:
            return _Judgement(denial=None, entry_doc=entry_doc)
        verdict = _sync(self.schema(ctx))
        schema = tuple(verdict.reasons) if verdict is not None else ()
        rule = getattr(ctx.entry, "approval", None)
        holds, tracked = rule_reasons(rule, rec.arguments) if rule is not None else ([], [])
        return _Judgement(denial=None, schema=schema, holds=tuple(holds), tracked=tuple(tracked),
                          entry_doc=entry_doc)


def _change(before: str | None, after: str) -> str:
    if before == after:
        return "unchanged"
    return {"deny": "newly_denied", "allow": "newly_allowed", "hold": "newly_held"}[after]


@dataclass
class _Tally:
    totals: Counts = field(default_factory=Counts)
    by_agent: dict[str, Counts] = field(default_factory=dict)
    by_tool: dict[str, Counts] = field(default_factory=dict)
    by_reason: dict[str, Counts] = field(default_factory=dict)
    causes: dict[str, int] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    records: int = 0

    def add(self, agent: str, tool: str, change: str, codes: set[str]) -> None:
        for counts in (self.totals, self.by_agent.setdefault(agent, Counts()),
                       self.by_tool.setdefault(tool, Counts())):
            setattr(counts, change, getattr(counts, change) + 1)
        if change != "unchanged":
            for code in codes:
                counts = self.by_reason.setdefault(code, Counts())
                setattr(counts, change, getattr(counts, change) + 1)

    def skip(self, cause: str, n: int = 1) -> None:
        self.causes[cause] = self.causes.get(cause, 0) + n


class _Replay:
    def __init__(self, registry: Registry, proposed: Allowlist, agents: dict[str, Agent]) -> None:
        self.registry = registry
        self.snap = registry.snapshot
        self.proposed = proposed
        self.agents = agents
        self.new = _Judge(self.snap, proposed)
        self._old: dict[tuple[str | None, str | None], _Judge | None] = {}

    def old(self, rec: _Stored) -> _Judge | None:
        """The checks under the revision the record was decided by, if the history has it."""
        key = (rec.allowlist, rec.revision)
        if key not in self._old:
            judge = None
            if rec.allowlist is not None and rec.revision is not None:
                doc = self.registry.revision_document(rec.allowlist, rec.revision)
                try:
                    if doc is not None:
                        al = allowlist_mod.parse(doc, source=f"{rec.allowlist}@{rec.revision}")
                        # Judged as the agent's current allowlist, whatever its name was then.
                        judge = _Judge(self.snap, msgspec.structs.replace(al, name=self.proposed.name))
                except InvalidPolicy:  # an old revision the current schema no longer accepts
                    judge = None
            self._old[key] = judge
        return self._old[key]

    def judge(self, rec: _Stored) -> tuple[Verdict, bool] | str:
        """The verdict under the proposed allowlist and whether it points at scrubbed values, or why the
        record cannot be re-judged."""
        agent = self.agents[rec.agent_id or ""]
        stored = Verdict(verdict=rec.verdict or "deny", reasons=rec.reasons)  # type: ignore[arg-type]
        codes = {r.code for r in rec.reasons}
        if codes & _FIRST:
            return stored, False
        current = self.snap.tools.get((agent.tenant, rec.tool or ""))
        if current is None and rec.tool_version is not None:
            return "tool_deleted"
        if current is not None and rec.tool_version is None:
            return "tool_registered_since"
        if current is not None and current.tool.version != rec.tool_version:
            return "tool_changed"
        with_arguments = rec.arguments_omitted is None
        old_judge = self.old(rec)
        new = self.new(agent, rec, with_arguments)
        old = old_judge(agent, rec, with_arguments) if old_judge is not None else None
        if not with_arguments and new.denial is None:
            if old is not None and old.denial is None and old.entry_doc == new.entry_doc:
                return stored, False
            return "arguments_not_stored"
        if old is not None and old.key() == new.key():
            return stored, False
        if new.denial is not None:
            return Verdict(verdict="deny", reasons=[new.denial]), False
        # Failures the revision then in force finds on the stored arguments but the schema check did not find
        # on the raw ones (it ran unless the access check denied) are scrubbing artifacts.
        artifacts = set(_keys(old.schema)) - set(_keys(rec.reasons)) if old is not None and not codes & _ACCESS \
            else set()
        schema = [r for r in new.schema if _keys([r])[0] not in artifacts]
        if schema:
            return Verdict(verdict="deny", reasons=schema), _on_scrubbed(schema, rec)
        presented = rec.approval_id is not None and (rec.verdict != "hold" or "APPROVAL_PENDING" in codes)
        still_new = [r for r in rec.reasons if r.code == "NEW_RECIPIENT" and r.path in new.tracked]
        if presented and (new.holds or still_new):
            return stored, False  # the approval the call presented decides, as it did
        kept = [r for r in rec.reasons if r.code not in _STATIC | _APPROVAL_USE and r.code != "NEW_RECIPIENT"]
        if rec.verdict == "deny" and any(r.code not in _AFTER_HOLD for r in kept):
            return Verdict(verdict="deny", reasons=kept), False
        holds = (kept if rec.verdict == "hold" else []) + list(new.holds) + still_new
        if holds:
            return Verdict(verdict="hold", reasons=holds), _on_scrubbed(new.holds, rec)
        if rec.verdict == "deny" and kept:
            return Verdict(verdict="deny", reasons=kept), False
        return Verdict(verdict="allow"), False


_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*(?::[0-9a-f]{8})?>")  # what redaction and pseudonyms leave


def _on_scrubbed(reasons: Any, rec: _Stored) -> bool:
    """Whether a reason points at (or inside) a value the record holds scrubbed: a PII finding's path, or a
    string with a redaction or pseudonym in it (a record denied before the PII check lists no findings)."""
    paths = [f.path for f in rec.findings]
    for r in reasons:
        if r.path is None:
            continue
        if any(r.path == p or r.path.startswith(p + "/") for p in paths):
            return True
        try:
            value = resolve(rec.arguments, r.path)
        except JsonPointerException:
            continue
        if any(isinstance(v, str) and _PLACEHOLDER.search(v) for _, v in leaves(value)):
            return True
    return False


def _iso(us: int | None) -> str | None:
    return utc_now_iso(us) if us is not None else None


def _in_scope(stmt: Any, tenant: str, since_us: int | None, until_us: int | None, tool: str | None) -> Any:
    """``stmt`` limited to the tenant's tool-call decisions in the window (and of one tool)."""
    c = audit_records.c
    stmt = stmt.where(c.tenant == tenant, c.kind.in_(KINDS))
    if since_us is not None:
        stmt = stmt.where(c.ts_us >= since_us)
    if until_us is not None:
        stmt = stmt.where(c.ts_us < until_us)
    return stmt if tool is None else stmt.where(c.tool == tool)


def _records(registry: Registry, tenant: str, agents: list[str], since_us: int | None, until_us: int | None,
             tool: str | None, limit: int | None) -> Iterator[_Stored]:
    """The decisions in scope, newest first, read in chunks by keyset on ``seq`` (short read transactions)."""
    c = audit_records.c
    stmt = _in_scope(select(c.seq, c.body), tenant, since_us, until_us, tool).where(c.agent_id.in_(agents))
    before, left = None, limit
    while left is None or left > 0:
        page = stmt if before is None else stmt.where(c.seq < before)
        size = CHUNK if left is None else min(CHUNK, left)
        with registry.db.read.connect() as conn:
            rows = conn.execute(page.order_by(c.seq.desc()).limit(size)).all()
        if not rows:
            return
        for row in rows:
            yield _decoder.decode(row.body)
        before = rows[-1].seq
        if left is not None:
            left -= len(rows)


def _count(registry: Registry, tenant: str, agent: str, since_us: int | None, until_us: int | None,
           tool: str | None) -> int:
    stmt = _in_scope(select(func.count()).select_from(audit_records), tenant, since_us, until_us, tool).where(
        audit_records.c.agent_id == agent)
    with registry.db.read.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def replay(registry: Registry, q: ReplayQuery, *, source: str = "allowlist") -> ReplayReport:
    """Re-judge the stored decisions ``q`` selects under ``q.allowlist``; blocking (run it in a thread from
    async code). Raises what applying the document would (``InvalidPolicy``, ``Conflict``) and
    :class:`BadRequest` for bad filters; reads only."""
    started = time.perf_counter()
    if q.limit is not None and q.limit < 1:
        raise BadRequest("limit must be at least 1", details={"limit": q.limit})
    if not 0 <= q.max_examples <= MAX_EXAMPLES:
        raise BadRequest(f"max_examples must be between 0 and {MAX_EXAMPLES}",
                         details={"max_examples": q.max_examples})
    since_us, until_us = parse_since(q.since, "since"), parse_since(q.until, "until")
    proposed = registry.validate_allowlist(q.allowlist, source=source)
    snap = registry.snapshot
    on_list = {a.id: msgspec.structs.replace(a, status="active") for a in snap.agents.values()
               if a.allowlist == proposed.name and a.tenant == proposed.tenant}
    tally = _Tally()
    agents = sorted(on_list)
    if q.agent is not None:
        if q.agent not in snap.agents:
            raise BadRequest(f"no agent {q.agent!r}", code="UNKNOWN_AGENT", details={"agent": q.agent})
        if q.agent not in on_list:
            n = _count(registry, snap.agents[q.agent].tenant, q.agent, since_us, until_us, q.tool)
            tally.records += n
            if n:
                tally.skip("agent_not_on_allowlist", n)
        agents = [q.agent] if q.agent in on_list else []
    run = _Replay(registry, proposed, on_list)
    for rec in _records(registry, proposed.tenant, agents, since_us, until_us, q.tool, q.limit) if agents else ():
        tally.records += 1
        try:
            outcome = run.judge(rec)
        except Exception:  # a stored value a validator cannot take: say so rather than fail the whole replay
            outcome = "check_failed"
        if isinstance(outcome, str):
            tally.skip(outcome)
            continue
        verdict, scrubbed = outcome
        change = _change(rec.verdict, verdict.verdict)
        reasons = rec.reasons if change == "newly_allowed" else verdict.reasons
        tally.add(rec.agent_id or "", rec.tool or "", change, {r.code for r in reasons})
        if change != "unchanged" and len(tally.examples) < q.max_examples:
            tally.examples.append(Example(
                decision_id=rec.decision_id, ts=rec.ts, kind=rec.kind, agent_id=rec.agent_id or "",
                tool=rec.tool or "", change=change, before=rec.verdict or "", after=verdict.verdict,
                reasons_before=rec.reasons, reasons_after=verdict.reasons, judged_on_scrubbed_values=scrubbed,
                links=Links(record=f"/v1/audit/{rec.decision_id}",
                            console=f"/console/decisions/{rec.decision_id}")))
    current = snap.allowlists.get(proposed.name)
    rejudged = tally.records - sum(tally.causes.values())
    names = {a.id: a.name for a in snap.agents.values()}
    return ReplayReport(
        allowlist=proposed.name, tenant=proposed.tenant, proposed_revision=proposed.revision,
        current_revision=current.revision if current else None, since=_iso(since_us), until=_iso(until_us),
        agents=sorted(on_list), records=tally.records, rejudged=rejudged, totals=tally.totals,
        by_agent=[AgentCounts(agent_id=k, agent_name=names.get(k, ""), **msgspec.structs.asdict(v))
                  for k, v in sorted(tally.by_agent.items())],
        by_tool=[ToolCounts(tool=k, **msgspec.structs.asdict(v)) for k, v in sorted(tally.by_tool.items())],
        by_reason=[ReasonCounts(code=k, **msgspec.structs.asdict(v)) for k, v in sorted(tally.by_reason.items())],
        not_rejudged=[NotRejudged(cause=k, count=v, message=CAUSES[k]) for k, v in sorted(tally.causes.items())],
        not_rejudged_total=sum(tally.causes.values()), examples=tally.examples,
        not_rejudged_checks=NOT_REJUDGED_CHECKS, notes=NOTES, elapsed_s=round(time.perf_counter() - started, 3))

