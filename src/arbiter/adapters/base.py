"""What the model-protocol adapters share: proposed calls and their outcomes, explanations,
outbound pseudonymization with in-request re-identification, and an incremental SSE decoder.

Everything here is sans-IO: no sockets, no HTTP. A controller gives an adapter a ``Govern``
callable (the pipeline behind it) and moves bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

import msgspec

from arbiter.documents import resolve
from arbiter.errors import BadRequest, Forbidden
from arbiter.pii.policy import DirectionPolicy, EntityRule, default_policy
from arbiter.pii.scrub import Scrubber, pseudonym
from arbiter.types import Reason, Verdict, handle

__all__ = [
    "CallOutcome",
    "DeniedCalls",
    "Govern",
    "OutboundScrub",
    "ProposedCall",
    "Restorer",
    "SSEDecoder",
    "SSEEvent",
    "check_history",
    "explain",
    "outbound_policy",
    "parse_arguments",
    "sse",
]


class ProposedCall(msgspec.Struct, kw_only=True):
    """A tool call the model proposed, protocol-neutral. ``error`` is set when the arguments were not JSON."""

    call_id: str
    name: str
    arguments: Any = None
    error: str | None = None
    error_code: str = "MALFORMED_ARGUMENTS"


class CallOutcome(msgspec.Struct, kw_only=True):
    """The governed fate of one proposed call."""

    call: ProposedCall
    verdict: Verdict
    arguments: Any  # scrubbed arguments to hand to the agent (allowed calls only)
    decision_id: str
    flags: list[Reason] = msgspec.field(default_factory=list)

    @property
    def allowed(self) -> bool:
        """Whether the call is handed to the agent (``allow`` only; see :func:`arbiter.types.handle`)."""
        return self.verdict.allowed

    @property
    def reasons(self) -> list[Reason]:
        """Why it was denied or held."""
        return self.verdict.reasons


Govern = Callable[[list[ProposedCall]], Awaitable[list[CallOutcome]]]


class DeniedCalls(Forbidden):
    """``on_deny: error``: the whole answer is refused with 403 and the denied calls' reasons."""

    code = "TOOL_CALL_DENIED"

    @classmethod
    def of(cls, outcomes: list[CallOutcome]) -> DeniedCalls:
        denied = [o for o in outcomes if not o.allowed]
        return cls("; ".join(explain(o) for o in denied), details={"calls": [
            {"call_id": o.call.call_id, "tool": o.call.name, "decision_id": o.decision_id,
             "verdict": o.verdict.verdict, "reasons": [msgspec.to_builtins(r) for r in o.reasons],
             **({"approval_id": o.verdict.approval_id} if o.verdict.approval_id else {})} for o in denied]})


def explain(outcome: CallOutcome) -> str:
    """A sentence a person (or the model, on the next turn) can act on, for a call that was not handed on."""
    why = "; ".join(f"{r.code}: {r.message}" for r in outcome.reasons)
    head = f"[arbiter] The call to tool {outcome.call.name!r} (id {outcome.call.call_id})"
    tail = f"(decision {outcome.decision_id})"
    blocked = f"{head} was blocked and not executed: {why or 'denied'}. {tail}"
    return handle(outcome.verdict, allowed=lambda: f"{head} was allowed. {tail}", denied=lambda: blocked,
                  held=lambda: f"{head} is held for a person's approval (approval {outcome.verdict.approval_id}) "
                               f"and was not executed: {why or 'approval required'}. {tail}")


def check_history(messages: list[Any] | None, limit: int) -> None:
    """Refuse a conversation longer than ``limit`` messages (``ARBITER_MAX_HISTORY_MESSAGES``)."""
    if messages is not None and len(messages) > limit:
        raise BadRequest(f"the conversation holds {len(messages)} messages; at most {limit} are judged",
                         code="HISTORY_TOO_LARGE", details={"messages": len(messages), "limit": limit})


def parse_arguments(raw: Any) -> tuple[Any, str | None]:
    """Decode a tool call's JSON arguments string; ``(None, why)`` when it is not JSON."""
    if not isinstance(raw, str):
        return raw, None
    if not raw.strip():
        return {}, None  # some models send "" for a call without arguments
    try:
        return json.loads(raw), None
    except json.JSONDecodeError as exc:
        return None, f"the arguments are not valid JSON ({exc.msg} at position {exc.pos})"


def outbound_policy() -> DirectionPolicy:
    """What leaves for the model provider: whatever the default policy redacts is pseudonymized
    instead (so the model can still refer to it and Arbiter can restore it in the answer), and
    secrets are redacted outright (never sent, never restorable)."""
    rules: dict[str, EntityRule] = {}
    for entity, rule in default_policy().arguments.rules.items():
        if entity.startswith("SECRET_"):
            rules[entity] = EntityRule(action="redact", declared="redact", threshold=rule.threshold)
        elif rule.action == "allow":
            rules[entity] = rule
        else:
            rules[entity] = EntityRule(action="pseudonymize", declared="pseudonymize", threshold=rule.threshold)
    return DirectionPolicy(rules=rules)


_OUTBOUND = outbound_policy()
_TOKEN = re.compile(r"<[A-Z][A-Z0-9_]*:[0-9a-f]{8}>")
_TOKEN_MAX = 48  # longest pseudonym token we may have to hold back while streaming


class OutboundScrub:
    """Scrubs one request's texts and remembers which pseudonym stands for which value.

    The map lives only as long as the request: a pseudonym the model sends back is restored
    only if this request's own history held the value.
    """

    def __init__(self, scrubber: Scrubber, key: bytes) -> None:
        self.scrubber = scrubber
        self.key = key
        self.vault: dict[str, str] = {}
        self.findings = 0

    def texts(self, texts: list[Any]) -> list[Any]:
        """Scrub many texts (or JSON values) in one pass (one batched analysis); same order back."""
        if not texts:
            return []
        res = self.scrubber.scrub(texts, _OUTBOUND, pseudonym_key=self.key)
        for f in res.findings:
            if f.action == "pseudonymize":
                original = str(resolve(texts, f.path))[f.start:f.end]
                self.vault[pseudonym(self.key, f.entity, original)] = original
        self.findings += len(res.findings)
        return list(res.value)

    def restore_text(self, text: str) -> str:
        """Put the original values back for pseudonyms this request produced."""
        if not self.vault or "<" not in text:
            return text
        return _TOKEN.sub(lambda m: self.vault.get(m.group(0), m.group(0)), text)

    def restore(self, value: Any) -> Any:
        """:meth:`restore_text` over every string of a JSON value."""
        if not self.vault:
            return value
        if isinstance(value, str):
            return self.restore_text(value)
        if isinstance(value, dict):
            return {k: self.restore(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.restore(v) for v in value]
        return value


class Restorer:
    """Streaming :meth:`OutboundScrub.restore_text`: holds back a possible pseudonym split across deltas."""

    def __init__(self, scrub: OutboundScrub) -> None:
        self.scrub = scrub
        self.held = ""

    def feed(self, text: str) -> str:
        """Text that is safe to emit now."""
        if not self.scrub.vault:
            return text
        buf = self.held + text
        cut = buf.rfind("<")
        if cut != -1 and ">" not in buf[cut:] and len(buf) - cut < _TOKEN_MAX:
            self.held, buf = buf[cut:], buf[:cut]  # could be the start of a token: wait for its end
        else:
            self.held = ""
        return self.scrub.restore_text(buf)

    def flush(self) -> str:
        """Whatever is held back, at the end of a text block."""
        out, self.held = self.scrub.restore_text(self.held), ""
        return out


# --- SSE ------------------------------------------------------------------------------------
class SSEEvent(msgspec.Struct):
    """One server-sent event: its ``event:`` name (or None) and joined ``data:`` lines."""

    event: str | None
    data: str


class SSEDecoder:
    """Incremental SSE parser, fed line by line (without the line terminator)."""

    def __init__(self) -> None:
        self._event: str | None = None
        self._data: list[str] = []

    def feed(self, line: str) -> SSEEvent | None:
        """An event when ``line`` ends one, else None."""
        if not line:
            if not self._data and self._event is None:
                return None
            ev = SSEEvent(self._event, "\n".join(self._data))
            self._event, self._data = None, []
            return ev
        if line.startswith(":"):
            return None  # comment / keep-alive
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        return None

    def pending(self) -> bool:
        """Whether a started event was never terminated (the stream was cut mid-event)."""
        return bool(self._data) or self._event is not None


_encode = msgspec.json.Encoder().encode


def sse(data: Any, event: str | None = None) -> bytes:
    """One complete SSE event; ``data`` is JSON-encoded unless it is already a string."""
    payload = data if isinstance(data, str) else _encode(data).decode()
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {payload}\n\n".encode()
