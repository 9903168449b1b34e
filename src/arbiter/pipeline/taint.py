"""Untrusted-content taint: a write whose argument values came from untrusted content is denied.

Prompt injection works by getting text the attacker controls (a web page, an inbound email)
into the conversation and having the model copy a value from it (a recipient, an IBAN, a
URL, an amount) into a write call. So for ``write`` and ``destructive`` tools, each value that
looks like an address, account, URL, path or amount is looked up in the conversation:

* untrusted content: results of tools whose annotations say ``openWorldHint`` or whose
  allowlist entry says ``untrusted_output: true``, results of tools Arbiter does not know
  (fail closed), messages marked ``"untrusted": true``, and ``context.untrusted_values``;
* trusted content: user, system and developer messages, and results of the tenant's other
  registered tools (a value the agent's own order database returned is not attacker-written).

Only values are traced, not prose (long or many-worded text such as an email body).
A value found in untrusted content and in no trusted content is tainted: ``TAINTED_ARGUMENT``
naming the argument path and the earliest message holding it (never the value itself), or,
where the allowlist or its entry says ``taint: flag``, the call is allowed and the reason
goes to ``ctx.flags``.

Messages (``ctx.call.context.messages``) are protocol-neutral dicts the adapters build:
``{"role": "user"|"system"|"developer"|"assistant"|"tool", "content": str, "name": tool name,
"untrusted": bool, "index": position in the caller's own message list}`` (all but ``role`` and
``content`` optional); ``index``, or else the position in the list, is the index reported.
"""

from __future__ import annotations

import re
from typing import Any

from arbiter.documents import leaves
from arbiter.registry import Registry
from arbiter.types import CallContext, Reason, Tool, Verdict

__all__ = ["TaintCheck", "indicators", "is_prose", "is_write"]

_TRUSTED_ROLES = frozenset({"user", "system", "developer"})
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?|ftp)://[^\s\"'<>]+", re.IGNORECASE)
_DOMAIN = re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\b", re.IGNORECASE)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_PATH = re.compile(r"(?:~|\.{1,2})?(?:/[\w.@%+-]+){2,}/?")
_LONG_NUMBER = re.compile(r"\+?\d[\d \-]{6,}\d")  # phone, account and card numbers
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")
_SPACES = re.compile(r"\s+")
# Whole short values that look like identifiers (an account, a handle with a digit or a dot).
_IDENTIFIER = re.compile(r"[\w.@:/+#-]{4,128}")
_MIN_AMOUNT = 10  # smaller numbers occur everywhere; matching them would flag every call
_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
_PROSE_WORDS = 5
_PROSE_CHARS = 200


def is_write(tool: Tool) -> bool:
    """Whether a tool changes the world: risk write/destructive, or annotations that say so."""
    ann = tool.annotations
    return tool.risk != "read" or bool(ann.destructiveHint) or ann.readOnlyHint is False


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text.casefold()).strip()


def indicators(value: str) -> set[str]:
    """The parts of a string worth tracing: addresses, URLs, domains, IBANs, paths, long numbers,
    and the whole value when it is one identifier-like token. Normalized (case-folded)."""
    found: set[str] = set()
    for rx in (_EMAIL, _URL, _IBAN, _PATH, _LONG_NUMBER):
        found.update(m.group(0) for m in rx.finditer(value))
    for m in _DOMAIN.finditer(value):
        # The domain part of an email is covered by the email; bare domains stand on their own.
        if "@" not in value[max(0, m.start() - 1):m.start()]:
            found.add(m.group(0))
    stripped = value.strip()
    if _IDENTIFIER.fullmatch(stripped) and any(c.isdigit() or c in "@./" for c in stripped):
        found.add(stripped)
    return {_norm(v).rstrip(".,;:") for v in found if len(v.strip()) >= 4}


def is_prose(value: str) -> bool:
    """Free text (a body, a summary) rather than a value (a recipient, an account, an amount).

    Prose is not traced: a summary legitimately quotes the page it summarizes; what an
    injection needs to control is where things go, and that is a value.
    """
    return len(value) > _PROSE_CHARS or len(_WORD.findall(value)) >= _PROSE_WORDS


def _numbers(text: str) -> set[float]:
    out: set[float] = set()
    for m in _NUMBER.finditer(text):
        try:
            out.add(float(m.group(0).replace(",", "")))
        except ValueError:
            continue
    return out


class _Corpus:
    """The conversation split into trusted and untrusted texts (normalized), with message indexes."""

    def __init__(self, untrusted: list[tuple[str, str]], trusted: list[str]) -> None:
        self.untrusted = untrusted  # (where, normalized text)
        self.trusted = " \n ".join(trusted)
        self._numbers: dict[str, set[float]] = {}

    def _nums(self, key: str, text: str) -> set[float]:
        got = self._numbers.get(key)
        if got is None:
            got = self._numbers[key] = _numbers(text)
        return got

    @staticmethod
    def _contains(text: str, needle: str) -> bool:
        # Word boundaries so "ann@x.io" does not match inside "joann@x.io".
        start = text.find(needle)
        while start != -1:
            end = start + len(needle)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "_@") and not (after.isalnum() or after in "_@"):
                return True
            start = text.find(needle, start + 1)
        return False

    def source_of_text(self, needle: str) -> str | None:
        if self._contains(self.trusted, needle):
            return None
        return next((where for where, text in self.untrusted if self._contains(text, needle)), None)

    def source_of_number(self, x: float) -> str | None:
        if x in self._nums("trusted", self.trusted):
            return None
        return next((where for where, text in self.untrusted if x in self._nums(where, text)), None)


class TaintCheck:
    """Deny (or flag) write calls whose argument values trace back to untrusted content only."""

    name = "taint"

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def _untrusted_tool(self, tenant: str, name: str | None, allowlist: Any) -> bool:
        if not name:
            return True  # a tool result we cannot attribute: treat as untrusted (fail closed)
        compiled = self.registry.snapshot.tools.get((tenant, name))
        if compiled is None:
            return True
        entry = allowlist.tools.get(name) if allowlist is not None else None
        return bool(compiled.tool.annotations.openWorldHint) or bool(getattr(entry, "untrusted_output", False))

    def _corpus(self, ctx: CallContext, allowlist: Any) -> _Corpus | None:
        info = ctx.call.context
        assert info is not None and ctx.agent is not None
        untrusted: list[tuple[str, str]] = []
        trusted: list[str] = []
        for i, msg in enumerate(info.messages or ()):
            if not isinstance(msg, dict):
                continue
            index = msg.get("index", i)
            content = msg.get("content")
            if not isinstance(content, str) or not content:
                continue
            role = msg.get("role")
            flag = msg.get("untrusted")
            if flag is None:
                flag = role == "tool" and self._untrusted_tool(ctx.agent.tenant, msg.get("name"), allowlist)
            if flag:
                who = f"result of tool {msg['name']!r}" if role == "tool" and msg.get("name") else f"{role} message"
                untrusted.append((f"message {index} ({who})", _norm(content)))
            elif role in _TRUSTED_ROLES or role == "tool":
                trusted.append(_norm(content))
        for i, value in enumerate(info.untrusted_values or ()):
            if isinstance(value, str) and value:
                untrusted.append((f"context.untrusted_values[{i}]", _norm(value)))
        return _Corpus(untrusted, trusted) if untrusted else None

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        info = ctx.call.context
        if info is None or not (info.messages or info.untrusted_values) or ctx.tool is None \
                or ctx.agent is None or not is_write(ctx.tool):
            return None
        snap = self.registry.snapshot
        allowlist = snap.allowlists.get(ctx.policy.allowlist) if ctx.policy.allowlist else None
        corpus = self._corpus(ctx, allowlist)
        if corpus is None:
            return None
        reasons: list[Reason] = []
        # The raw arguments: PII scrubbing must not hide a value that came from the attacker.
        for path, value in leaves(ctx.call.arguments):
            where: str | None = None
            if isinstance(value, str):
                if is_prose(value):
                    continue
                for needle in sorted(indicators(value)):
                    where = corpus.source_of_text(needle)
                    if where:
                        break
                if where is None and _LONG_NUMBER.fullmatch(value.strip()) is None:
                    # An amount written as text ("4,999.00").
                    stripped = value.strip().replace(",", "")
                    if re.fullmatch(r"\d+(?:\.\d+)?", stripped) and float(stripped) >= _MIN_AMOUNT:
                        where = corpus.source_of_number(float(stripped))
            elif abs(value) >= _MIN_AMOUNT:
                where = corpus.source_of_number(float(value))
            if where:
                reasons.append(Reason(
                    code="TAINTED_ARGUMENT", path=path,
                    message=f"argument {path} of {ctx.call.tool!r} uses a value found in untrusted content "
                            f"({where}) and in no user or system message"))
        if not reasons:
            return None
        mode = getattr(ctx.entry, "taint", None) or getattr(allowlist, "taint", None) or "deny"
        if mode == "flag":
            ctx.flags.extend(reasons)
            return None
        return Verdict(verdict="deny", reasons=reasons)
