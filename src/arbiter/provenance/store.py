"""Conversation history Arbiter keeps itself: the tool results it executed (invoke, MCP).

The model endpoints and ``/v1/check`` get the history with every request. Calls Arbiter executes
through ``/v1/tools/{name}/invoke`` or ``/mcp`` carry no history, but Arbiter relayed their results:
those results are the untrusted content a later call of the same conversation may have been
steered by. Each executed result's analysis (:class:`~arbiter.provenance.conversation.Analysed`
per segment: hashed values and n-grams, instruction scores) is stored, never its text, keyed by
tenant, agent and conversation, so one agent can never read or extend another's conversation, and
it holds across workers and replicas. A conversation keeps its ``max_items`` latest results, each
for ``ttl_s`` seconds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import msgspec
from sqlalchemy import delete, func, insert, select

from arbiter.db.engine import Database
from arbiter.db.models import conversation_items
from arbiter.provenance.conversation import Analysed
from arbiter.provenance.instructions import Detection

__all__ = ["ConversationStore", "StoredResult"]


class _Segment(msgspec.Struct, array_like=True):
    atoms: list[int]
    phrases: list[int]
    spans: list[int]
    score: float
    families: list[str]
    opaque: bool
    own: list[int]
    # Added with the steering statements; records written before them decode with the defaults.
    kinds: list[str] = msgspec.field(default_factory=list)
    parents: list[int] = msgspec.field(default_factory=list)
    authors: list[int] = msgspec.field(default_factory=list)
    lure: bool = False
    changes: list[int] = msgspec.field(default_factory=list)
    corrections: list[int] = msgspec.field(default_factory=list)
    copies: list[int] = msgspec.field(default_factory=list)
    negated: list[int] = msgspec.field(default_factory=list)  # added later; older records decode empty
    links: list[int] = msgspec.field(default_factory=list)  # idem (the check then falls back to every atom)
    author_labels: list[int] = msgspec.field(default_factory=list)  # idem
    author_looks: list[int] = msgspec.field(default_factory=list)  # idem


_encode = msgspec.msgpack.Encoder().encode
_decode = msgspec.msgpack.Decoder(list[_Segment]).decode


@dataclass(frozen=True)
class StoredResult:
    """One executed tool result of a conversation, as analysed when it was relayed."""

    seq: int
    tool: str | None
    segments: tuple[Analysed, ...]


def _pack(segments: tuple[Analysed, ...]) -> bytes:
    return _encode([_Segment(atoms=sorted(a.atoms), phrases=sorted(a.phrases), spans=sorted(a.spans),
                             score=a.detection.score if a.detection else 0.0,
                             families=list(a.detection.families) if a.detection else [], opaque=a.opaque,
                             own=sorted(a.own), kinds=sorted(a.kinds), parents=sorted(a.parents),
                             authors=sorted(a.authors), lure=a.lure, changes=sorted(a.changes),
                             corrections=sorted(a.corrections), copies=sorted(a.copies),
                             negated=sorted(a.negated), links=sorted(a.links),
                             author_labels=sorted(a.author_labels), author_looks=sorted(a.author_looks))
                    for a in segments])


def _unpack(raw: bytes) -> tuple[Analysed, ...]:
    return tuple(Analysed(atoms=frozenset(s.atoms), phrases=frozenset(s.phrases), spans=frozenset(s.spans),
                          detection=Detection(score=s.score, families=tuple(s.families)), opaque=s.opaque,
                          own=frozenset(s.own), kinds=frozenset(s.kinds), parents=frozenset(s.parents),
                          authors=frozenset(s.authors), lure=s.lure, changes=frozenset(s.changes),
                          corrections=frozenset(s.corrections), copies=frozenset(s.copies),
                          negated=frozenset(s.negated), links=frozenset(s.links),
                          author_labels=frozenset(s.author_labels), author_looks=frozenset(s.author_looks))
                 for s in _decode(raw))


class ConversationStore:
    """Append, read and expire executed results per (tenant, agent, conversation)."""

    def __init__(self, db: Database, *, max_items: int = 200, ttl_s: float = 86400.0) -> None:
        self.db = db
        self.max_items = max_items
        self.ttl_s = ttl_s

    def append(self, tenant: str, agent_id: str, conversation: str, tool: str | None,
               segments: tuple[Analysed, ...], now: float | None = None) -> int:
        """Record one result; drops the conversation's oldest beyond ``max_items``. Returns its seq."""
        now = time.time() if now is None else now
        c = conversation_items.c
        key = (c.tenant == tenant, c.agent_id == agent_id, c.conversation == conversation)
        with self.db.write.begin() as conn:
            seq = int(conn.execute(select(func.coalesce(func.max(c.seq), 0)).where(*key)).scalar_one()) + 1
            conn.execute(insert(conversation_items).values(
                tenant=tenant, agent_id=agent_id, conversation=conversation, seq=seq, tool=tool,
                analysis=_pack(segments), created_at=now, expires_at=now + self.ttl_s))
            if seq > self.max_items:
                conn.execute(delete(conversation_items).where(*key, c.seq <= seq - self.max_items))
        return seq

    def load(self, tenant: str, agent_id: str, conversation: str, now: float | None = None) -> list[StoredResult]:
        """The conversation's unexpired results, oldest first."""
        now = time.time() if now is None else now
        c = conversation_items.c
        with self.db.read.connect() as conn:
            rows = conn.execute(select(c.seq, c.tool, c.analysis).where(
                c.tenant == tenant, c.agent_id == agent_id, c.conversation == conversation, c.expires_at > now)
                .order_by(c.seq)).all()
        return [StoredResult(seq=int(r.seq), tool=r.tool, segments=_unpack(r.analysis)) for r in rows]

    def purge(self, now: float | None = None) -> int:
        """Delete expired results; returns how many."""
        now = time.time() if now is None else now
        with self.db.write.begin() as conn:
            return int(conn.execute(delete(conversation_items).where(conversation_items.c.expires_at <= now))
                       .rowcount or 0)
