"""A conversation as sources, and where each value of a proposed call came from.

Every message is a source with a trust: the system or developer prompt and the user's messages
(``user``), results of trusted tools (``trusted``), and results of untrusted tools: tools with
``openWorldHint``, allowlist entries with ``untrusted_output: true``, tools Arbiter does not know
and results it cannot attribute (``untrusted``). The model's own messages are no source: what the
model says is derived from the others.

A tool result often holds several items written by different people (an inbox listing, search
hits, a channel's messages, a page of reviews). It is split into **segments**, one per author: the
items of a JSON result's lists, or the parts of a text between separator lines (``-----``). Each
segment is a source of its own: an injection in one email of an inbox marks that email, not its
neighbours. A text without separators (a web page, a document) is one segment. A trusted tool's result
is split the same way, so that a saved payee or a standing order is a record of its own that the user's words
can name.

A segment is analysed once (:class:`Analysed`, cached by its content): the hashed atoms of
:mod:`arbiter.provenance.atoms`, hashed word 1- to 3-grams (short values, names, and the words a
user's request may point at), hashed word 5-grams (long values that copy a span), and, for
untrusted text, the instruction detection of :mod:`arbiter.provenance.instructions`, the values its
steering statements point at (:mod:`arbiter.provenance.steering`), the domain of its own author and whether it
lures the reader to a login. Nothing but hashes and scores is kept; the user's own text is held in memory for the
intent scorer only.

:meth:`Conversation.trace` then finds, for every leaf of the arguments, the segments it matches.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import msgspec

from arbiter.documents import leaves
from arbiter.provenance.atoms import Atom, digest, extract, fold, label, month_days, romanised, words
from arbiter.provenance.instructions import Detection, clean_values, detect, skeleton, unquoted, warns_only
from arbiter.provenance.intent import negated_words, stem
from arbiter.provenance.steering import steered

__all__ = ["Analysed", "Analyser", "Conversation", "Leaf", "Source", "Trust", "parent_domains", "segments", "text_of"]

Trust = Literal["user", "trusted", "untrusted"]
PHRASE = (1, 2, 3)  # word n-grams indexed for short values (names, channels, titles, places) and user words
SPAN = 5  # word n-grams indexed for long values (bodies that copy a document)
_SAMPLE = 16  # spans of a long value compared with each source
MAX_SEGMENTS = 200  # a result split into more parts is analysed as one (a huge table is one source)
_encode = msgspec.json.Encoder(order="sorted").encode
_SEPARATOR = re.compile(r"\n[ \t]*(?:[-=_*~#]{3,}|(?:-\s){3,}-?)[ \t]*(?=\n|$)")


def text_of(content: Any) -> tuple[str, bool]:
    """A message content as text, and whether part of it could not be read as text (an image, a file).

    Strings are taken as they are; a list of content parts contributes its ``text`` parts; any other
    JSON value (a structured tool result) is read as its JSON text.
    """
    if isinstance(content, str):
        return content, False
    if isinstance(content, list) and all(isinstance(p, dict) for p in content):
        texts, opaque = [], False
        for part in content:
            if isinstance(part.get("text"), str):
                texts.append(part["text"])
            elif isinstance(part.get("content"), str | list):  # nested tool_result blocks
                inner, inner_opaque = text_of(part["content"])
                texts.append(inner)
                opaque = opaque or inner_opaque
            elif part.get("type") not in (None, "text"):
                opaque = True
        return "\n".join(texts), opaque
    if content is None:
        return "", False
    try:
        return _encode(content).decode(), False
    except (TypeError, UnicodeEncodeError):
        return "", True


def _items(doc: Any) -> list[Any]:
    """The items of a JSON result: the elements of its lists (of objects), else the document itself."""
    if isinstance(doc, list) and doc and all(isinstance(x, dict | list) for x in doc):
        return [x for item in doc for x in _items(item)] if any(isinstance(x, list) for x in doc) else list(doc)
    if isinstance(doc, dict):
        lists = [v for v in doc.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        if lists:
            head = {k: v for k, v in doc.items() if not (isinstance(v, list) and v in lists)}
            return ([head] if head else []) + [x for v in lists for x in v]
    return [doc]


_PRICE_KEY = re.compile(r"price|fare|cost|total|rate$|amount")
_RATING_KEY = re.compile(r"rating|stars|score")


def _number(item: Any, keys: re.Pattern[str]) -> float | None:
    """The first numeric field of an item whose name matches ``keys``."""
    if not isinstance(item, dict):
        return None
    for k, v in item.items():
        if isinstance(v, int | float) and not isinstance(v, bool) and keys.search(str(k).lower()):
            return float(v)
    return None


_MONEY = re.compile(r"(?:[$€£]|\b(?:eur|usd|gbp|chf|nok|sek|dkk|pln)\b)\s?(\d+(?:[.,]\d{1,2})?)(?![\d.,]*\d)|"
                    r"\b(\d+(?:[.,]\d{1,2})?)\s?(?:[$€£]|(?:eur|usd|gbp|chf|nok|sek|dkk|pln)\b)", re.IGNORECASE)


def _text_amount(item: Any) -> float | None:
    """The amount of money an item's text states ("EUR 74/m²", "69 EUR/m²"), when it states exactly one."""
    found = {float((a or b).replace(",", ".")) for _, text in leaves(item) if isinstance(text, str)
             for a, b in _MONEY.findall(text)}
    return next(iter(found)) if len(found) == 1 else None


def _count(item: Any, noun: str) -> float | None:
    """The largest number an item's text writes before ``noun`` ("expert in 41 maritime cases" -> 41 for "cases"),
    or None."""
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    pattern = re.compile(rf"(\d+(?:[.,]\d+)?)\s+(?:[^\W\d_]+\s+){{0,2}}?{re.escape(stem)}", re.IGNORECASE)
    found = [float(m.group(1).replace(",", ".")) for _, text in leaves(item) if isinstance(text, str)
             for m in pattern.finditer(text)]
    return max(found) if found else None


def picked(text: str, order: str, cap: float | None, noun: str | None = None) -> frozenset[int]:
    """The indexes (as in :func:`segments`) of the items of a JSON result that a criterion picks: the lowest priced
    (``order`` "price") or the highest rated ("rating") of those priced at most ``cap``, or the one whose text counts
    the most (or the fewest) of ``noun``. Empty unless the result is a list of at least two items that all carry the
    field."""
    stripped = text.strip()
    if stripped[:1] not in ("{", "["):
        return frozenset()
    try:
        items = _items(json.loads(stripped))
    except ValueError:
        return frozenset()
    if not 1 < len(items) <= MAX_SEGMENTS:
        return frozenset()
    if order == "duplicate":
        # The same amount from or to the same account: what a payment made twice looks like in a statement.
        keys = [tuple(str(x.get(k)).lower() for k in _REPEAT_KEYS if x.get(k) is not None)
                if isinstance(x, dict) and x.get("amount") is not None else () for x in items]
        return frozenset(i for i, k in enumerate(keys) if len(k) >= 2 and keys.count(k) > 1)
    if order == "incoming":
        # The one payment that came in (a positive amount) among payments that went out: "the account it came from".
        amounts = [x.get("amount") if isinstance(x, dict) else None for x in items]
        signed = [i for i, v in enumerate(amounts) if isinstance(v, int | float) and not isinstance(v, bool) and v > 0]
        return frozenset(signed) if len(signed) == 1 else frozenset()
    if order == "outgoing":
        # The payments that went out (a negative amount), when some came in too: "same as last time" repeats one of
        # the user's own payments, not a credit a counterparty's reference dresses up.
        amounts = [x.get("amount") if isinstance(x, dict) else None for x in items]
        signs = [(i, v > 0) for i, v in enumerate(amounts) if isinstance(v, int | float) and not isinstance(v, bool)]
        if not any(up for _, up in signs):
            return frozenset()
        return frozenset(i for i, up in signs if not up)
    if order in ("most", "fewest"):
        counts = [_count(x, noun) if noun else None for x in items]
        known = [c for c in counts if c is not None]
        if len(known) < 2:
            return frozenset()
        top = max(known) if order == "most" else min(known)
        return frozenset(i for i, c in enumerate(counts) if c == top)
    prices = [_number(x, _PRICE_KEY) for x in items]
    if all(p is None for p in prices):
        # No price field: the one amount each item's text states ("Class A panels: 69 EUR/m²").
        prices = [_text_amount(x) for x in items]
    keyed = prices if order == "price" else [_number(x, _RATING_KEY) for x in items]
    pool = [i for i, v in enumerate(keyed) if v is not None and (cap is None or (prices[i] is not None and
                                                                                prices[i] <= cap))]  # type: ignore[operator]
    if len([v for v in keyed if v is not None]) < 2 or not pool:
        return frozenset()
    values = [keyed[i] for i in pool]
    best = min(values) if order == "price" else max(values)  # type: ignore[type-var]
    return frozenset(i for i in pool if keyed[i] == best)


# The fields that make two payments in a statement the same one made twice.
_REPEAT_KEYS = ("amount", "currency", "iban", "account", "counterparty", "recipient", "sender", "recipient_iban",
                "sender_iban", "merchant")
_UNLINKING = frozenset({"date", "mday", "dom", "time", "amount"})


def segments(text: str) -> list[str]:
    """The parts of a tool result written by different people (see the module docstring)."""
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        try:
            doc = json.loads(stripped)
        except ValueError:
            doc = None
        if doc is not None:
            items = _items(doc)
            if 1 < len(items) <= MAX_SEGMENTS:
                return [_encode(x).decode() if not isinstance(x, str) else x for x in items]
            # One piece, re-encoded so that escaped text ("M\u00e4rz", as Python's json writes by default) reads as
            # the text it is.
            return [(doc if isinstance(doc, str) else _encode(doc).decode()) if "\\u" in stripped else text]
    parts = [p for p in _SEPARATOR.split(text) if p.strip()]
    return parts if 1 < len(parts) <= MAX_SEGMENTS else [text]


@dataclass(frozen=True)
class Analysed:
    """One segment's content, analysed (no position, so it can be cached and shared)."""

    atoms: frozenset[int]  # hashed typed atoms (emails, IBANs, amounts, ids, ...)
    phrases: frozenset[int]  # hashed word 1- to 3-grams
    spans: frozenset[int]  # hashed word 5-grams
    detection: Detection | None  # instruction cues (untrusted text only)
    opaque: bool  # part of the content is not text
    own: frozenset[int] = frozenset()  # hashed identifiers of the item itself (its "id" field or header)
    # The named things a JSON item holds (an attachment, a file): the hashed typed values of each one's id, and the
    # hashed words of its name, so that a user's words can pick one of a mail's attachments.
    labels: tuple[tuple[frozenset[int], frozenset[int]], ...] = ()
    # The hashed typed values of a JSON item's lists of people (``participants``, ``attendees``, ``to``, ...): who
    # the item itself lists, as against whom its text mentions.
    listed: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()  # the kinds of typed values the text holds (iban, email, ...)
    parents: frozenset[int] = frozenset()  # hashed parent domains of its domains (status.x.io -> x.io)
    # Untrusted text only: the hashed domains (and parent domains) of its own author ("from: ana@x.io" -> x.io), and
    # whether it asks the reader to log in, verify or re-register somewhere (a phishing lure).
    authors: frozenset[int] = frozenset()
    lure: bool = False
    # Untrusted text only: the hashed name labels of its author's domains (``x`` of ``ana@x.io``), to tell a sender at a
    # look-alike of a known organisation's domain (``x.co`` beside ``x.com``).
    author_labels: frozenset[int] = frozenset()
    # ... and how those names read to a hurried eye (:func:`lookalike`): ``fibras-bajio`` reads as ``fibrasbajio``.
    author_looks: frozenset[int] = frozenset()
    # Untrusted text only: hashed values it presents as replacing others, as corrections, as extra destinations.
    changes: frozenset[int] = frozenset()
    corrections: frozenset[int] = frozenset()
    copies: frozenset[int] = frozenset()
    # Untrusted text carrying cues only: hashed values that stand only in its paragraphs free of any cue
    # (:func:`arbiter.provenance.instructions.clean_values`).
    clean: frozenset[int] = frozenset()
    # Untrusted text whose every instruction to the AI is a quote its warning gives as an example
    # (:func:`arbiter.provenance.instructions.warns_only`).
    warning: bool = False
    # Hashed look-alike keys (:func:`lookalike`) of its handles, addresses and domains.
    looks: frozenset[int] = frozenset()
    # Untrusted text only: hashed words under a negation ("Do not delete anything"): no request for that action.
    negated: frozenset[int] = frozenset()
    # Hashed typed values that can link two items (ids, addresses, links, accounts, handles): not dates, times or
    # amounts, which unrelated items share by chance.
    links: frozenset[int] = frozenset()
    # Untrusted text only: the hashed addresses of its own author, sender, owner or organiser (``"from": "ana@x.io"``),
    # to tell an item the principal wrote or owns (a mail they sent, a file they own) from one written to them.
    senders: frozenset[int] = frozenset()
    listed_kinds: frozenset[str] = frozenset()  # the kinds of the values of :attr:`listed`
    # Hashed first seven letters of its long words (:func:`prefix`): the user's "biura rachunkowego" points at the
    # item that writes "biuro rachunkowe", in languages that inflect their nouns.
    prefixes: frozenset[int] = frozenset()
    # Untrusted text only: the hashed words and values of the sentences in which the item steers to itself
    # (:attr:`arbiter.provenance.steering.Steering.lures`).
    lured: frozenset[int] = frozenset()

    def instructed(self, threshold: float) -> bool:
        """Whether this content speaks to the AI (or could not be read, which counts the same)."""
        return self.opaque or (self.detection is not None and self.detection.carries_instructions(threshold))


@dataclass(frozen=True)
class UserView:
    """What a user's message contributes, computed once per text (in memory only)."""

    words: frozenset[str]  # folded words
    atoms: frozenset[Atom]  # typed values, for the substitution test
    asked: frozenset[str]  # words not under a negation, and their stems (intent)
    requested: frozenset[str] = frozenset()  # the verbs of the user's requests (intent)
    negated: frozenset[str] = frozenset()  # words under a negation ("I'm not booking anything")


@dataclass(frozen=True, eq=False)  # compared by identity: a source is one segment of one message
class Source:
    """One segment of one message of the conversation, as a source of values."""

    index: int  # the message's position in the caller's own list (-1: not a message)
    role: str  # system | developer | user | tool | context
    trust: Trust
    tool: str | None  # the tool whose result this is
    analysed: Analysed
    message: int = 0  # the position of the message in this conversation (segments of one message share it)
    part: int = 0  # the segment's number within its message
    producer: frozenset[int] = frozenset()  # hashed atoms and words of the call that produced this result


@dataclass(frozen=True, eq=False)
class Leaf:
    """One argument value and the sources it matched."""

    path: str
    value: Any
    atoms: frozenset[Atom]
    kinds: frozenset[str]  # atom kinds in the value (email, iban, ..., "prose", "phrase", "word")
    sources: tuple[Source, ...]

    def trust(self) -> Trust | None:
        """The best trust among the matched sources (None: found nowhere, the model wrote it)."""
        found = {s.trust for s in self.sources}
        return next((level for level in ("user", "trusted", "untrusted") if level in found), None)


# Characters that pass for others in a handle or a host name ("amara.d1allo", "paypa1.com", "rnicrosoft").
_LOOKS = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "$": "s"})
_LOOK_SEPARATORS = re.compile(r"[._\-]")
LOOK_KINDS = frozenset({"ident", "email", "domain"})


def lookalike(value: str) -> str:
    """How a handle, address or domain reads to a hurried eye: confusable letters mapped to ASCII
    (:func:`~arbiter.provenance.instructions.skeleton`), then 0/o, 1/l/i, rn/m, vv/w, 5/s alike, and
    separators dropped. Two different values with one key are look-alikes."""
    folded = skeleton(value).replace("rn", "m").replace("vv", "w").translate(_LOOKS)
    return _LOOK_SEPARATORS.sub("", folded)


_AUTHOR = re.compile(r'(?:^|\n)\s*(?:from|sender|reply-to)\s*:[^\n@]{0,80}@([a-z0-9.-]+\.[a-z]{2,24})|'
                     r'"(?:from|sender|author|owner|organi[sz]er|posted_by|(?:sharer|sender|from)_email)"\s*:\s*'
                     r'"[^"@]{0,80}@([a-z0-9.-]+\.[a-z]{2,24})>?"')
_SENDER = re.compile(r'(?:^|\n)\s*(?:from|sender)\s*:[^\n@]{0,80}?<?([a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,24})|'
                     r'"(?:from|sender|author|owner|organi[sz]er|(?:sender|from)_email)"\s*:\s*'
                     r'"[^"@]{0,80}?<?([a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,24})>?"')
_LURE = re.compile(r"\b(?:re-?verify|verify|confirm|re-?register|register|log\s*in|login|sign\s*in|reset|"
                   r"re-?authenticate|re-?enter|unlock|validate)\b[^.\n]{0,60}\b(?:login|log-in|password|credentials|"
                   r"account|keys?|details|identity|session|access|profile|card)\b|\bre-?(?:verify|register|"
                   r"authenticate|enter|validate)\b")
_OWN_JSON = re.compile(r'"(?:id|[a-z]+_id|uuid)"\s*:\s*"([^"]{1,80})"')
_OWN_TEXT = re.compile(r"(?:^|\n)\s*(?:id|message-id|ref|reference|file|file id|booking)\s*[:=#]\s*(\S{1,80})")


_NOT_JSON = object()


def _document(text: str) -> Any:
    """The JSON document a text is, or ``_NOT_JSON``."""
    stripped = text.lstrip()
    if stripped[:1] not in ("{", "["):
        return _NOT_JSON
    try:
        return json.loads(stripped)
    except ValueError:
        return _NOT_JSON


def _readable(text: str, doc: Any, sep: str = "\n") -> str:
    """What a reader of a JSON item (``doc``, parsed from ``text``) reads: its strings, one per line (``sep``; a
    paragraph each for :func:`clean_values`, so a mail's sender and subject stand apart from its body), escapes undone
    (a fake turn hidden in a JSON field starts a line again); any other text as it is."""
    return text if doc is _NOT_JSON else sep.join(v for _, v in leaves(doc) if isinstance(v, str))


_LABEL_KEYS = ("name", "filename", "file_name", "title")


def _labels(key: bytes, doc: Any) -> tuple[tuple[frozenset[int], frozenset[int]], ...]:
    """(hashed id values, hashed name words) of every object of a JSON item that has an ``id`` and a name."""
    if doc is _NOT_JSON:
        return ()
    out: list[tuple[frozenset[int], frozenset[int]]] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            ident, name = node.get("id"), next((node[k] for k in _LABEL_KEYS if isinstance(node.get(k), str)), None)
            if isinstance(ident, str) and name:
                ids = frozenset(digest(key, k, v) for k, v in extract(fold(ident)))
                named = words(fold(name))
                if ids:
                    out.append((ids, frozenset(digest(key, "phrase", w) for w in {*named, *map(stem, named)})))
            stack.extend(v for v in node.values() if isinstance(v, (list, dict)))
    return tuple(out)


_PEOPLE_LISTS = frozenset({"participants", "attendees", "invitees", "guests", "members", "recipients", "to", "cc"})


PREFIX = 7  # letters of a long word (eight or more) that stand for it across inflections


def prefixes(key: bytes, ws: Iterable[str]) -> frozenset[int]:
    """The hashed first :data:`PREFIX` letters of the long alphabetic words of ``ws``."""
    return frozenset(digest(key, "pfx", w[:PREFIX]) for w in ws if len(w) > PREFIX and w.isalpha())


def _hashed_words(key: bytes, text: str) -> frozenset[int]:
    """The hashed words, their prefixes and the typed values of ``text``, as a source's are hashed."""
    folded = fold(text)
    ws = words(folded)
    return frozenset(digest(key, "phrase", w) for w in ws) | prefixes(key, ws) | frozenset(
        digest(key, k, v) for k, v in extract(folded))


def _listed(key: bytes, doc: Any) -> tuple[frozenset[int], frozenset[str]]:
    """The hashed typed values in the lists of people of a JSON item (see :attr:`Analysed.listed`), and their kinds."""
    if doc is _NOT_JSON:
        return frozenset(), frozenset()
    out: set[int] = set()
    kinds: set[str] = set()
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for k, v in node.items():
                if k.lower() in _PEOPLE_LISTS and isinstance(v, list):
                    found = [a for x in v if isinstance(x, str) for a in extract(fold(x))]
                    out.update(digest(key, kind, value) for kind, value in found)
                    kinds.update(kind for kind, _ in found)
                elif isinstance(v, (list, dict)):
                    stack.append(v)
    return frozenset(out), frozenset(kinds)


def _own_ids(folded: str) -> list[str]:
    """The identifiers an item gives itself: the ``id`` fields of a JSON item, an ``id:`` header line."""
    return _OWN_JSON.findall(folded) + _OWN_TEXT.findall(folded)


def parent_domains(host: str) -> list[str]:
    """The domains above a host, down to the registrable one: ``status.pay.example.com`` -> ``pay.example.com``,
    ``example.com`` (not ``com``; under a two-letter country code with a short second level, ``x.co.uk`` stops at
    ``x.co.uk``)."""
    labels = host.split(".")
    floor = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return [".".join(labels[i:]) for i in range(1, len(labels) - floor + 1)]


def _ngrams(ws: list[str], n: int) -> Iterator[str]:
    return (" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1))


class Analyser:
    """Analyses texts under a tenant key, with an in-memory LRU of analyses by content digest."""

    def __init__(self, *, cache_size: int = 16384) -> None:
        self.cache_size = cache_size
        self._cache: OrderedDict[bytes, Any] = OrderedDict()
        self._lock = threading.Lock()

    def _cached(self, ck: bytes, make: Any) -> Any:
        with self._lock:
            hit = self._cache.get(ck)
            if hit is not None:
                self._cache.move_to_end(ck)
                return hit
        value = make()
        with self._lock:
            self._cache[ck] = value
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return value

    def user(self, key: bytes, text: str, asked: Any, requested: Any = None, negated: Any = None) -> UserView:
        """A user message's words, typed values and asked words (``asked``: text -> words), cached."""
        ck = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=key[:64], digest_size=16,
                             person=b"user").digest()

        def make() -> UserView:
            folded = fold(text)
            ws = words(folded)
            # A name the user writes in Cyrillic or Greek is the one a record spells in Latin ("Стоян Димов").
            latin = {r for w in ws if not w.isascii() for r in romanised(w)}
            return UserView(words=frozenset(ws) | latin, atoms=frozenset(extract(folded)), asked=asked([text]),
                            requested=requested([text]) if requested else frozenset(),
                            negated=negated([text]) if negated else frozenset())

        view: UserView = self._cached(ck, make)
        return view

    def values(self, key: bytes, text: str) -> frozenset[Atom]:
        """The typed values of a trusted text (the operator's prompt, a user message), cached (in memory only)."""
        ck = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=key[:64], digest_size=16,
                             person=b"values").digest()
        made: frozenset[Atom] = self._cached(ck, lambda: frozenset(extract(fold(text))))
        return made

    def picked(self, key: bytes, text: str, order: str, cap: float | None, noun: str | None) -> frozenset[int]:
        """:func:`picked` of a tool result's text, cached: the items a user's criterion picks."""
        ck = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=key[:64], digest_size=16,
                             person=b"picked").digest() + repr((order, cap, noun)).encode()
        made: frozenset[int] = self._cached(ck, lambda: picked(text, order, cap, noun))
        return made

    def producer(self, key: bytes, arguments: Any) -> frozenset[int]:
        """The hashed words of a tool call's arguments (what the user's words may have chosen), and its ids and links
        (what an item read before may have chosen), cached."""
        try:
            raw = _encode(arguments)
        except (TypeError, UnicodeEncodeError):
            return frozenset()
        ck = hashlib.blake2b(raw, key=key[:64], digest_size=16, person=b"call").digest()

        def make() -> frozenset[int]:
            folded = fold(" ".join(str(v) for _, v in leaves(arguments)))
            # With their stems: "the letter" chose the file letters/x.txt.
            ws = words(folded)
            return frozenset(digest(key, "phrase", w) for w in {*ws, *map(stem, ws)}) | frozenset(
                digest(key, k, v) for k, v in extract(folded) if k in ("ident", "url"))

        made: frozenset[int] = self._cached(ck, make)
        return made

    def analyse(self, key: bytes, text: str, *, untrusted: bool, opaque: bool = False,
                split: bool | None = None) -> tuple[Analysed, ...]:
        """The analyses of the segments of ``text`` (``split``: into its items, by default for untrusted text only;
        a trusted tool's result is split too, so that a saved payee is a record of its own), cached by a keyed
        digest of the text, its trust and the splitting: a history resent with every turn is analysed once."""
        split = untrusted if split is None else split
        ck = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=key[:64], digest_size=16,
                             person=b"u" if untrusted else b"s" if split else b"t").digest() + (b"o" if opaque else b"")
        result: tuple[Analysed, ...] = self._cached(ck, lambda: tuple(
            self._one(key, part, untrusted, opaque) for part in (segments(text) if split else [text])))
        return result

    @staticmethod
    def _one(key: bytes, text: str, untrusted: bool, opaque: bool) -> Analysed:
        folded = fold(text)
        ws = words(folded)
        own = frozenset(digest(key, k, v) for k, v in extract(" ".join(_own_ids(folded))))
        atoms = extract(folded)
        authors = {d for m in _AUTHOR.finditer(folded) for d in m.groups() if d} if untrusted else set()
        doc = _document(text)
        detection = detect(_readable(text, doc)) if untrusted else None
        readable = _readable(text, doc, "\n\n") if detection and detection.score else ""
        clean = frozenset(digest(key, k, v) for k, v in clean_values(readable)) if readable else frozenset()
        warning = bool(readable) and warns_only(readable)
        # A warning's quoted example ("'the premium account has changed, transfer to the new IBAN'") steers nothing:
        # the letter around it keeps its own account.
        steering = (steered(unquoted(text)) if warning else steered(text)) if untrusted else None
        listed, listed_kinds = _listed(key, doc)
        return Analysed(
            atoms=frozenset(digest(key, k, v) for k, v in atoms), kinds=frozenset(k for k, _ in atoms),
            parents=frozenset(digest(key, "domain", p) for k, v in atoms if k == "domain" for p in parent_domains(v)),
            phrases=frozenset(digest(key, "phrase", g) for n in PHRASE for g in _ngrams(ws, n)),
            spans=frozenset(digest(key, "span", g) for g in _ngrams(ws, SPAN)),
            detection=detection, opaque=opaque, own=own, clean=clean, labels=_labels(key, doc),
            warning=warning,
            listed=listed, listed_kinds=listed_kinds,
            senders=frozenset(digest(key, "email", a) for m in _SENDER.finditer(folded) for a in m.groups() if a)
            if untrusted else frozenset(),
            changes=frozenset(digest(key, k, v) for k, v in steering.change) if steering else frozenset(),
            corrections=frozenset(digest(key, k, v) for k, v in steering.correction) if steering else frozenset(),
            copies=frozenset(digest(key, k, v) for k, v in steering.copy) if steering else frozenset(),
            authors=frozenset(digest(key, "domain", d) for a in authors for d in (a, *parent_domains(a))),
            author_labels=frozenset(digest(key, "label", label(a)) for a in authors),
            author_looks=frozenset(digest(key, "look", lookalike(label(a))) for a in authors),
            looks=frozenset(digest(key, "look", lookalike(v)) for k, v in atoms if k in LOOK_KINDS),
            lure=untrusted and bool(_LURE.search(folded)),
            negated=frozenset(digest(key, "phrase", w) for w in negated_words([text])) if untrusted else frozenset(),
            links=frozenset(digest(key, k, v) for k, v in atoms if k not in _UNLINKING),
            prefixes=prefixes(key, ws),
            lured=frozenset(h for sentence in (steering.lures if steering else ())
                            for h in _hashed_words(key, sentence)))


@dataclass
class Conversation:
    """The sources of one conversation, and the user's own words (in memory only)."""

    key: bytes
    sources: list[Source]
    user_words: frozenset[str]
    user_texts: list[str]
    user_atoms: frozenset[Atom] = field(default_factory=frozenset)
    user_asked: frozenset[str] = field(default_factory=frozenset)
    user_requested: frozenset[str] = field(default_factory=frozenset)
    user_negated: frozenset[str] = field(default_factory=frozenset)
    memo: dict[str, Any] = field(default_factory=dict)  # per-conversation results the check computes once

    @property
    def untrusted(self) -> list[Source]:
        """Sources of untrusted content, in order."""
        return [s for s in self.sources if s.trust == "untrusted"]

    def instructed(self, threshold: float) -> list[Source]:
        """Untrusted sources whose content carries instructions to the AI (or cannot be read)."""
        return [s for s in self.untrusted if s.analysed.instructed(threshold)]

    def word_hashes(self, vocabulary: set[str] | frozenset[str]) -> set[int]:
        """``vocabulary`` hashed the way the sources' words are."""
        return {digest(self.key, "phrase", w) for w in vocabulary}

    def trace(self, arguments: Any) -> list[Leaf]:
        """Every string or number leaf of ``arguments`` with the sources its values match."""
        return [self._leaf(path, value) for path, value in leaves(arguments)]

    def _leaf(self, path: str, value: Any) -> Leaf:
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        # A float in plain notation without trailing zeros: format(261.4, "f") is "261.400000", which reads as 261.
        text = (format(value, "f").rstrip("0").rstrip(".") if isinstance(value, float) else str(value)) if numeric \
            else str(value)
        folded = fold(text)
        atoms = extract(folded)
        if numeric:
            atoms = {a for a in atoms if a[0] == "amount"}
        atoms |= month_days(atoms)  # a full date is also the day the user wrote without its year
        kinds = {k for k, _ in atoms}
        ws = words(folded)
        found: list[Source] = []
        if atoms:
            hashed = frozenset(digest(self.key, k, v) for k, v in atoms)
            found = [s for s in self.sources if not hashed.isdisjoint(s.analysed.atoms)]
        # Prose: several words between spaces, not one long address nor an IBAN written in groups; a word may end a
        # clause ("tested, 3 contaminated.").
        if len(ws) >= SPAN and sum(t.strip(".,;:!?()\"'").isalpha() for t in folded.split()) >= 3:
            kinds.add("prose")
            grams = list(_ngrams(ws, SPAN))
            # A long value is traced by a sample of its spans: a quarter of them (at least two) copied from one
            # source is a copy; sampling keeps a 20 kB body as cheap to trace as a short one.
            step = max(1, len(grams) // _SAMPLE)
            sample = frozenset(digest(self.key, "span", g) for g in grams[::step])
            need = max(2, len(sample) // 4)
            taken = {id(s) for s in found}
            found += [s for s in self.sources if id(s) not in taken and len(sample & s.analysed.spans) >= need]
        elif ws and not atoms and not numeric:
            kinds.add("phrase" if len(ws) > 1 else "word")
            n = min(len(ws), max(PHRASE))
            grams_ = frozenset(digest(self.key, "phrase", g) for g in _ngrams(ws, n))
            taken = {id(s) for s in found}
            found += [s for s in self.sources if id(s) not in taken and grams_ <= s.analysed.phrases]
        return Leaf(path=path, value=value, atoms=frozenset(atoms), kinds=frozenset(kinds), sources=tuple(found))
