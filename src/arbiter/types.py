"""Typed records that flow through Arbiter.

Everything the pipeline reads or writes is one of these msgspec Structs: a registered
:class:`Tool` and :class:`Agent`, a proposed :class:`ToolCall`, the :class:`Reason` and
:class:`Finding` a check produces, the :class:`Verdict`, and the mutable
:class:`CallContext` that carries one boundary crossing through the chain of checks.
Wire formats never appear here; adapters translate them at the edge.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Literal, Never, TypeVar

import msgspec


class Trust(enum.IntEnum):
    """How much an agent is trusted; ordered, so ``agent.trust >= Trust.STANDARD`` works."""

    UNTRUSTED = 0
    STANDARD = 1
    PRIVILEGED = 2

    @classmethod
    def parse(cls, value: str) -> Trust:
        """Turn ``"standard"`` into :attr:`Trust.STANDARD`; raises ``ValueError`` on anything else."""
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(f"trust must be one of untrusted, standard, privileged, not {value!r}") from None

    @property
    def label(self) -> str:
        """The lower-case wire name (``"privileged"``)."""
        return self.name.lower()


TrustName = Literal["untrusted", "standard", "privileged"]
Risk = Literal["read", "write", "destructive"]
AgentStatus = Literal["active", "disabled"]
VerdictName = Literal["allow", "deny", "hold"]
VERDICTS: frozenset[str] = frozenset({"allow", "deny", "hold"})
Direction = Literal["arguments", "result"]
Source = Literal["user", "model", "tool_output"]


class ToolAnnotations(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    """MCP-style behaviour hints, as the operator states them."""

    readOnlyHint: bool | None = None
    destructiveHint: bool | None = None
    idempotentHint: bool | None = None
    openWorldHint: bool | None = None
    title: str | None = None


class Tool(msgspec.Struct, kw_only=True):
    """A registered tool: its argument schema, risk and behaviour, at one version."""

    tenant: str
    name: str
    description: str = ""
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None
    risk: Risk = "read"
    annotations: ToolAnnotations = msgspec.field(default_factory=ToolAnnotations)
    version: int = 1
    schema_hash: str = ""
    # Free-form per-feature settings (pii policy, upstream, cache); validated by their owners.
    pii: dict[str, Any] | None = None
    upstream: dict[str, Any] | None = None
    cache: dict[str, Any] | None = None


class Agent(msgspec.Struct, kw_only=True):
    """A registered agent identity. The API key itself is never held, only its keyed hash."""

    id: str
    name: str
    tenant: str
    trust: Trust
    allowlist: str | None
    status: AgentStatus = "active"


MessageRole = Literal["system", "developer", "user", "assistant", "tool"]


class MessageCall(msgspec.Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=True):
    """A tool call an assistant message made earlier in the conversation."""

    name: str
    id: str | None = None
    arguments: Any = None  # a JSON object, or the JSON text of one


class Message(msgspec.Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=True):
    """One message of a conversation, protocol-neutral: what the model adapters build from a request's
    history and what ``/v1/check`` callers declare in ``context.messages``.

    ``content`` is text, a list of content parts (their ``text`` parts are read), or, for a tool
    result, any JSON value (read as its JSON text). ``name`` is the tool a ``tool`` message is the
    result of; ``tool_call_id`` links it to the assistant's ``tool_calls`` entry. ``untrusted: true``
    marks content as untrusted whatever its role; ``index`` is the message's position in the caller's
    own list (reported in reasons), by default its position here.
    """

    role: MessageRole
    content: Any = ""
    name: str | None = None
    tool_call_id: str | None = None
    tool_calls: list[MessageCall] | None = None
    untrusted: bool | None = None
    index: int | str | None = None


class CallInfo(msgspec.Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=True):
    """Optional context a caller attaches to a call (ids for correlation, the conversation so far)."""

    conversation_id: str | None = None
    trace_id: str | None = None
    source: Source | None = None
    # Values that came from untrusted content (tool outputs, web pages) earlier in the conversation.
    untrusted_values: list[str] | None = None
    messages: list[Message] | None = None


class ToolCall(msgspec.Struct, kw_only=True):
    """One proposed tool call, whatever protocol it arrived in."""

    tool: str
    arguments: Any
    call_id: str | None = None
    context: CallInfo | None = None
    approval_id: str | None = None  # an approval the caller presents for this exact call


class Reason(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A machine-readable reason attached to a decision."""

    code: str
    message: str
    path: str | None = None
    keyword: str | None = None


class Finding(msgspec.Struct, kw_only=True):
    """Sensitive data found in a payload. Never carries the value itself."""

    entity: str
    path: str  # JSON pointer of the string leaf, "" for a bare string
    start: int
    end: int
    score: float
    action: str  # allow | redact | mask | pseudonymize | block


class SourceRef(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Where a value was found: a message of the conversation (never the value itself)."""

    message: int  # the message's index in the caller's list (-1: not in the list, e.g. untrusted_values)
    role: str
    trust: str  # user | trusted | untrusted
    tool: str | None = None


class ArgumentSource(msgspec.Struct, kw_only=True):
    """The provenance of one argument leaf: its best trust and the messages it was found in."""

    path: str
    trust: str  # user | trusted | untrusted | none (found nowhere: the model wrote it)
    sources: list[SourceRef]


class Verdict(msgspec.Struct, kw_only=True):
    """What a check decided; returned to stop the chain.

    ``allow`` (a cache hit carries its result), ``deny``, or ``hold`` (a person must approve the
    call first; ``approval_id`` names the pending approval). Handle it with :func:`handle`, never by
    comparing the name: only :func:`handle` treats a verdict it does not know as a deny.
    """

    verdict: VerdictName
    reasons: list[Reason] = msgspec.field(default_factory=list)
    approval_id: str | None = None

    @classmethod
    def deny(cls, code: str, message: str, **kw: Any) -> Verdict:
        """A deny with one reason."""
        return cls(verdict="deny", reasons=[Reason(code=code, message=message, **kw)])

    @property
    def allowed(self) -> bool:
        """Whether the call may run: true for ``allow`` only, false for anything else, known or not."""
        return handle(self, allowed=lambda: True, denied=lambda: False, held=lambda: False)


T = TypeVar("T")


def _exhaustive(name: Never) -> None:
    """Static check only: mypy reports a verdict name that :func:`handle` does not handle."""


def handle(verdict: Verdict | None, *, allowed: Callable[[], T], denied: Callable[[], T],
           held: Callable[[], T]) -> T:
    """The one verdict handling every adapter renders through: exhaustive over :data:`VerdictName`, and
    fail closed at run time: no verdict, or a name it does not know, is rendered as a deny."""
    name = verdict.verdict if verdict is not None else None
    if name == "allow":
        return allowed()
    if name == "deny":
        return denied()
    if name == "hold":
        return held()
    if name is not None:
        _exhaustive(name)  # statically every VerdictName is handled above; at run time, an unknown name
    return denied()


class PolicyRef(msgspec.Struct, kw_only=True):
    """Which allowlist, at which revision, governed a decision."""

    allowlist: str | None
    revision: str | None


class CacheInfo(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Cache outcome of one call (``hit`` is always present on the wire)."""

    hit: bool
    similarity: float | None = None
    source_decision_id: str | None = None
    stored: bool = False
    # Which stage decided: "exact" (equal arguments) or "verified" (similar; guard and verifier
    # passed) on a hit; on a miss, "rejected" (the best candidate the guard or the verifier turned
    # down, and why), "spot_check" (a verified hit held back, see below) or "suspended" (spot checks
    # found too much wrong reuse: only the same wording is served).
    stage: str | None = None
    threshold: float | None = None
    verifier: float | None = None  # the verifier's probability on a verified hit
    rejected_decision_id: str | None = None
    rejected_reason: str | None = None
    # A spot check (stage "spot_check"): the verified hit held back so the call went upstream, whose
    # decision it was, and whether the fresh result was the same answer ("agree") or not ("disagree").
    spot_check_of: str | None = None
    spot_check: str | None = None
    # On a miss whose best candidate the verifier turned down just under its bar: would reusing it
    # (``rejected_decision_id``) have given the upstream's answer ("agree") or not ("disagree")?
    second_look: str | None = None


class ModelChoice(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A model passed over or failed, and why (the record of a model call lists them)."""

    model: str
    reason: str


class ModelCallInfo(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What a model request through the model endpoints decided and cost (record kind ``model_call``).

    Token counts are the provider's ``usage`` when it reported one; otherwise the estimate, and
    ``usage_estimated`` says so. Costs are US dollars from the catalog's prices (None without prices).
    """

    protocol: str
    requested: str | None = None
    model: str | None = None  # the model that answered (or was last tried)
    provider: str | None = None
    upstream_model: str | None = None
    rule: str | None = None  # what chose it: "requested", "alias fast", "routes[0] (intent=code)", ...
    intent: str | None = None
    intent_score: float | None = None
    downgraded: bool = False
    rejected: list[ModelChoice] = []  # candidates passed over by policy, capability or size
    fallbacks: list[ModelChoice] = []  # candidates tried and failed (429, 5xx, timeout, unreachable)
    stream: bool = False
    estimated_input_tokens: int | None = None
    reserved_tokens: int | None = None
    estimated_cost_usd: float | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    cached_tokens: int | None = None
    cost_usd: float | None = None
    usage_estimated: bool = False
    first_token_ms: float | None = None
    total_ms: float | None = None
    overhead_ms: float | None = None
    tool_decisions: list[str] = []  # decision ids of the tool calls the answer proposed
    budget_remaining: float | None = None  # least fraction left of any budget, before this request


class CallContext(msgspec.Struct, kw_only=True):
    """One boundary crossing on its way through the check chain.

    Checks read it, annotate it (scrubbed arguments, findings) or stop it with a verdict.
    The runner always turns it into one audit record.
    """

    decision_id: str
    started_ns: int
    # check | invoke | model_tool_call | mcp_tool_call; and, recorded by Pipeline.reject without a call to
    # check: auth_failure | model_call
    kind: str = "check"
    agent: Agent | None = None
    call: ToolCall
    tool: Tool | None = None
    policy: PolicyRef = msgspec.field(default_factory=lambda: PolicyRef(allowlist=None, revision=None))
    arguments: Any = None  # the arguments as they may cross (scrubbed); starts as the raw ones
    arguments_scrubbed: bool = False  # set by the PII check once `arguments` is scrubbed
    arguments_stored: Any = None  # what the audit record may hold: allowed values pseudonymized too
    findings: list[Finding] = msgspec.field(default_factory=list)
    result: Any = None
    result_findings: list[Finding] = msgspec.field(default_factory=list)
    verdict: Verdict | None = None
    cache: CacheInfo | None = None
    flags: list[Reason] = msgspec.field(default_factory=list)  # allowed, but worth a look (e.g. taint)
    provenance: list[ArgumentSource] = msgspec.field(default_factory=list)  # set by the provenance check
    upstream: dict[str, Any] | None = None  # executor facts: status, latency_us, error
    # Set by the allowlist check: the allowlist entry, for later checks (rate, pii tightening, taint).
    entry: Any = None
    error: Exception | None = None  # an executor failure, re-raised to the caller after auditing
    executing: bool = False  # set by the runner when the call will be executed (cache lookups apply)
    cache_threshold: float | None = None  # a caller's stricter similarity threshold for cache reuse
    spot_check: Any = None  # the verified cache hit held back to compare with the upstream's result
    second_look: Any = None  # the candidate the verifier turned down just under its bar, to compare likewise
    arguments_bytes: int = 0  # compact JSON size of the arguments, measured by the limits check
    key_fingerprint: str | None = None  # failed authentication: keyed hash of the presented token
    model: ModelCallInfo | None = None  # a model request (kind model_call): the choice, tokens and cost
    hold_reasons: list[Reason] = msgspec.field(default_factory=list)  # checks that want a person to approve
    approval_id: str | None = None  # the approval this call presented (set by the approval check)
    approval_to_use: str | None = None  # a valid presented approval, used by the approval_use check
    trace_id: str | None = None  # the OpenTelemetry trace the decision ran in (recorded when the caller gave none)
    # Written in the audit record's own transaction (a hold's pending approval), and run once it is durable.
    on_commit: Any = None
    after_commit: list[Any] = msgspec.field(default_factory=list)
