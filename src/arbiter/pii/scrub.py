"""Structure-aware scrubbing of JSON values.

Each string leaf is analysed on its own, with the words of its key path as context, and
rewritten in place in a copy of the same shape. Findings carry a JSON pointer, offsets, score
and action, never the value. The fast path, in order: non-string leaves are skipped (except
integers long enough to be an id number); leaves the schema proves PII-free are skipped; a
pre-filter keeps only the entities whose recognizers could possibly match this text (each
condition is implied by that recognizer's regex, so skipping is exact, not a guess); identical
(text, entities, context) analyses come from a bounded LRU; the remaining leaves of one call
are tokenized in one spaCy ``pipe`` pass.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import msgspec
from jsonpointer import JsonPointerException

from arbiter.documents import pointer, resolve
from arbiter.errors import BadRequest, PayloadTooLarge, TooDeep
from arbiter.pii.engine import NER_ENTITIES, PiiEngine, get_engine
from arbiter.pii.numbers import postcode_key
from arbiter.pii.policy import DirectionPolicy, EntityRule, PiiPolicy, named_policy, stricter, tenant_key
from arbiter.pii.secrets import KEYED_SECRET_ENTITY, SECRET_RULES, Triggers, is_secret_key
from arbiter.types import Finding

__all__ = [
    "InvalidText", "ScrubResult", "Scrubber", "candidate_entities", "default_scrubber",
    "mask_value", "pseudonym", "scrub_document",
]


class InvalidText(BadRequest):
    """A string that is not valid Unicode text (a lone surrogate): refused, never analysed."""

    code = "INVALID_TEXT"


class ScrubResult(msgspec.Struct, kw_only=True):
    """The scrubbed value (same shape), every finding, and the findings whose action is block.

    ``stored`` is the copy that may be written to the audit store: ``value`` with the entities
    the policy let cross in the clear pseudonymized too (set when ``scrub(stored=True)``).
    """

    value: Any
    findings: list[Finding]
    blocked: list[Finding]
    stored: Any = None


_ALNUM = re.compile(r"\w", re.UNICODE)


def mask_value(value: str, keep: int = 4) -> str:
    """Replace letters and digits with ``*`` except the last ``keep``; separators stay."""
    alnum = [m.start() for m in _ALNUM.finditer(value)]
    hide = set(alnum[:-keep] if keep else alnum)
    if len(alnum) <= keep:  # too short to keep anything without revealing it all
        hide = set(alnum)
    return "".join("*" if i in hide else ch for i, ch in enumerate(value))


_NORMALIZE = re.compile(r"[\s\-().]")


def pseudonym(key: bytes, entity: str, value: str) -> str:
    """``<ENTITY:xxxxxxxx>``: keyed HMAC of the normalized value, stable within one key (tenant)."""
    norm = _NORMALIZE.sub("", value.casefold())
    return f"<{entity}:{hmac.new(key, norm.encode(), hashlib.sha256).hexdigest()[:8]}>"


# --- pre-filter ---------------------------------------------------------------------------
_DIGIT = re.compile(r"\d")
_DIGITS = "0123456789"
_URL_TRIGGER = re.compile(r"\.[a-z]{2}", re.IGNORECASE)

# Every secret rule's trigger literals: the same test SecretRecognizer makes (a trigger in the
# lower-cased text), so skipping on it is exact.
_SECRET_TRIGGERS = Triggers(t for r in SECRET_RULES for t in r.triggers)


def _has_secret_trigger(text: str) -> bool:
    return _SECRET_TRIGGERS.any(text.lower())
# Shapes every match of a Presidio recognizer contains (its regexes without the word boundaries,
# alternatives folded): US_PASSPORT "[0-9]{9}" / "[A-Z][0-9]{8}" and US_BANK_NUMBER "[0-9]{8,17}";
# every US_SSN form (5-4, 3-6, 3-2-4, 9 digits, 3 2 4 with space or dot); every US_ITIN form
# ("9\d{2}" then 2 and 4 digits, separators optional); CRYPTO "(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}".
_RUN8 = re.compile(r"[0-9]{8}")
_SSN_SHAPE = re.compile(r"[0-9]{3}[- .]?[0-9]{2}[- .]?[0-9]{4}")
_ITIN_SHAPE = re.compile(r"9\d{2}[- ]?\d{2}[- ]?\d{4}")
_CRYPTO_SHAPE = re.compile(r"[13][a-zA-HJ-NP-Z0-9]{25}")
_SECRET_RULE_ENTITIES = frozenset(r.entity for r in SECRET_RULES)
_NER_SET = frozenset(NER_ENTITIES)
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def candidate_entities(text: str, ner: bool) -> set[str]:
    """Entities whose recognizer could match ``text``: necessary conditions read off the regexes."""
    out: set[str] = set()
    n = len(text)
    if "@" in text:
        out.add("EMAIL_ADDRESS")
    if _URL_TRIGGER.search(text):
        out.add("URL")
    if _has_secret_trigger(text):
        out |= _SECRET_RULE_ENTITIES
    if ":" in text:
        out.add("IP_ADDRESS")  # IPv6 may carry no digit at all
    if n >= 14 and (":" in text or "-" in text or "." in text):
        out.add("MAC_ADDRESS")
    # \d also matches non-ASCII digits: count them the slow way unless the text is ASCII.
    d = sum(map(text.count, _DIGITS)) if text.isascii() else len(_DIGIT.findall(text))
    if d:
        out.add("US_DRIVER_LICENSE")  # patterns like [A-Z][0-9]{1,12}
        if d >= 4 and "." in text:
            out.add("IP_ADDRESS")
        if n >= 26 and _CRYPTO_SHAPE.search(text):
            out.add("CRYPTO")
        if d >= 2 and n >= 12:
            out.add("IBAN_CODE")
        if d >= 6:
            out.add("PHONE_NUMBER")
        if d >= 7:
            out.add("MEDICAL_LICENSE")
        if d >= 8 and _RUN8.search(text):
            out |= {"US_BANK_NUMBER", "US_PASSPORT"}
        if d >= 9:
            if _SSN_SHAPE.search(text):
                out.add("US_SSN")
            if _ITIN_SHAPE.search(text):
                out.add("US_ITIN")
        if d >= 10:
            out.add("UK_NHS")
        if d >= 12:
            out.add("CREDIT_CARD")
    # A short number may be a postcode its key names ("postal_code": "369932"): the field rule decides.
    if ner and (any(ch.isalpha() for ch in text) or (d and n <= 12)):
        out |= set(NER_ENTITIES)
    return out


# --- schema --------------------------------------------------------------------------------
_SAFE_FORMATS = {
    "date-time": re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?"
                            r"(?:[Zz]|[+-]\d{2}:\d{2})?"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "time": re.compile(r"\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})?"),
    "uuid": re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"),
}
# Short identifiers: too short and too few digits for any id number, no '@', no '.', no secret prefix.
_SHORT_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{0,15}")


def _schema_proves_safe(value: str, schema: dict[str, Any]) -> bool:
    """Whether the schema *and the value itself* show the leaf cannot hold PII."""
    if "const" in schema and schema["const"] == value:
        return True
    enum = schema.get("enum")
    if isinstance(enum, list) and value in enum:
        return True  # a constant the tool author wrote, not user data
    fmt = _SAFE_FORMATS.get(schema.get("format", ""))
    if fmt is not None and fmt.fullmatch(value):
        return True
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and _SHORT_IDENT.fullmatch(value) and len(_DIGIT.findall(value)) <= 4 \
            and not _has_secret_trigger(value):
        try:
            return re.search(pattern, value) is not None
        except re.error:
            return False
    return False


def _declared(schema: dict[str, Any] | None) -> frozenset[str]:
    if not schema:
        return frozenset()
    x = schema.get("x-pii")
    if isinstance(x, str):
        return frozenset((x,))
    if isinstance(x, list):
        return frozenset(v for v in x if isinstance(v, str))
    return frozenset()


# Letters of any script: "teléfono" is one word, "联系电话" (contact phone) too.
_WORDS = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=4096)
def _key_words(key: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORDS.findall(_CAMEL.sub(" ", key)))


@lru_cache(maxsize=4096)
def _secret_key(key: str) -> bool:
    return is_secret_key(key)


_NAME_KEYS = ("name", "Name", "key", "Key", "ParameterKey", "parameterKey")
_VALUE_KEYS = frozenset({"value", "Value", "ParameterValue", "parameterValue"})


def _named_secret(obj: dict[Any, Any]) -> str | None:
    """The secret name of a name/value pair object (k8s and ECS env entries, CloudFormation
    parameters, ``<add key= value=>`` converted to JSON), or None."""
    if len(obj) > 6 or not any(k in obj for k in _VALUE_KEYS):
        return None
    for k in _NAME_KEYS:
        name = obj.get(k)
        if isinstance(name, str) and len(name) <= 100 and _secret_key(name):
            return name
    return None


@dataclass
class _Leaf:
    tokens: list[str | int]
    key: str | None
    text: str
    schema: dict[str, Any] | None
    parent: Any
    slot: str | int | None  # None: the document itself is the leaf
    was_int: bool = False


_Hit = tuple[str, int, int, float]
_Job = tuple[str, frozenset[str], tuple[str, ...]]  # (text, entities, context words)


class Scrubber:
    """Scrubs JSON values against a :class:`~arbiter.pii.policy.DirectionPolicy`; reusable, thread-safe."""

    def __init__(self, engine: PiiEngine | None = None, *, max_depth: int = 32,
                 max_leaves: int = 10_000, max_string_length: int = 100_000, cache_size: int = 8192,
                 cache_max_text: int = 4096) -> None:
        self._engine = engine
        self.max_depth = max_depth
        self.max_leaves = max_leaves
        self.max_string_length = max_string_length
        self.cache_size = cache_size
        self.cache_max_text = cache_max_text
        # Keyed by the text itself: it lives only in memory, never in logs or metrics.
        self._cache: OrderedDict[_Job, tuple[_Hit, ...]] = OrderedDict()
        self._lock = threading.Lock()
        # The entities worth analysing under a policy, per (policy, stored): policies are compiled
        # once and reused, and deriving this cost ~15 us per call. The entry holds the policy, so
        # its id cannot be reused while cached.
        self._active: dict[tuple[int, bool], tuple[DirectionPolicy, frozenset[str]]] = {}

    @property
    def engine(self) -> PiiEngine:
        """The engine (the process-wide one unless given)."""
        if self._engine is None:
            self._engine = get_engine()
        return self._engine

    def clear_cache(self) -> None:
        """Forget cached analyses (benchmarks, tests)."""
        with self._lock:
            self._cache.clear()

    def _active_entities(self, policy: DirectionPolicy, stored: bool) -> frozenset[str]:
        hit = self._active.get((id(policy), stored))
        if hit is not None and hit[0] is policy:
            return hit[1]
        active = self.engine.entities & (frozenset(policy.rules) if stored else policy.enforced())
        if len(self._active) >= 256:
            self._active.clear()
        self._active[(id(policy), stored)] = (policy, active)
        return active

    # -- walking ------------------------------------------------------------------------
    def _walk(self, value: Any, root_schema: dict[str, Any] | None) -> tuple[Any, list[_Leaf]]:
        leaves: list[_Leaf] = []
        check_str = self._check_str

        def deref(s: Any) -> dict[str, Any] | None:
            seen = 0
            while (isinstance(s, dict) and isinstance(s.get("$ref"), str) and root_schema is not None
                   and seen < 8):
                ref = s["$ref"]
                if not ref.startswith("#/"):
                    return None
                try:
                    node: Any = resolve(root_schema, ref[1:])
                except (JsonPointerException, KeyError, IndexError, TypeError):
                    node = None
                s, seen = node, seen + 1
            return s if isinstance(s, dict) else None

        def visit(v: Any, tokens: list[str | int], key: str | None, schema: dict[str, Any] | None,
                  parent: Any, slot: str | int | None, depth: int) -> Any:
            if isinstance(v, str):
                check_str(v)
                leaves.append(_Leaf(tokens, key, v, schema, parent, slot))
                self._count(leaves)
                return v
            if isinstance(v, dict):
                if depth >= self.max_depth:
                    raise TooDeep(f"JSON nested deeper than {self.max_depth} levels",
                                  details={"max_depth": self.max_depth, "path": pointer(tokens)})
                props = schema.get("properties") if schema else None
                addl = schema.get("additionalProperties") if schema else None
                out: dict[str, Any] = {}
                named = _named_secret(v)
                for k, child in v.items():
                    if not isinstance(k, str):
                        k = str(k)
                    check_str(k)
                    sub = props.get(k) if isinstance(props, dict) else None
                    if sub is None and isinstance(addl, dict):
                        sub = addl
                    # {"name": "DB_PASSWORD", "value": "…"}: the value is keyed by the name.
                    eff = named if named is not None and k in _VALUE_KEYS else k
                    out[k] = visit(child, [*tokens, k], eff, deref(sub), out, k, depth + 1)
                return out
            if isinstance(v, list | tuple):
                if depth >= self.max_depth:
                    raise TooDeep(f"JSON nested deeper than {self.max_depth} levels",
                                  details={"max_depth": self.max_depth, "path": pointer(tokens)})
                items = schema.get("items") if schema else None
                prefix = schema.get("prefixItems") if schema else None
                lst: list[Any] = [None] * len(v)
                for i, child in enumerate(v):
                    sub = prefix[i] if isinstance(prefix, list) and i < len(prefix) else items
                    lst[i] = visit(child, [*tokens, i], key, deref(sub), lst, i, depth + 1)
                return lst
            if isinstance(v, int) and not isinstance(v, bool):
                # Card, phone and id numbers arrive as JSON integers too; small ints cannot be one.
                if abs(v) >= 1_000_000 or (key is not None and _secret_key(key)):
                    leaves.append(_Leaf(tokens, key, str(v), schema, parent, slot, was_int=True))
                    self._count(leaves)
                return v
            return v  # float, bool, None: nothing to find

        root = visit(value, [], None, deref(root_schema), None, None, 0)
        return root, leaves

    def _count(self, leaves: list[_Leaf]) -> None:
        if len(leaves) > self.max_leaves:
            raise PayloadTooLarge(f"more than {self.max_leaves} leaves to scan",
                                  details={"max_leaves": self.max_leaves})

    def _check_str(self, s: str) -> None:
        if len(s) > self.max_string_length:
            raise PayloadTooLarge(f"a string longer than {self.max_string_length} characters",
                                  details={"max_string_length": self.max_string_length})
        if _SURROGATE.search(s):
            raise InvalidText("a string holds a lone surrogate (invalid Unicode)")

    # -- analysis -----------------------------------------------------------------------
    def _analyze(self, jobs: list[_Job]) -> list[tuple[_Hit, ...]]:
        """Analyse (text, entities, context) jobs: cache first, then one batched tokenization."""
        out: list[tuple[_Hit, ...] | None] = [None] * len(jobs)
        misses: list[int] = []
        with self._lock:
            for i, job in enumerate(jobs):
                hit = self._cache.get(job)
                if hit is not None:
                    self._cache.move_to_end(job)
                    out[i] = hit
                else:
                    misses.append(i)
        if misses:
            eng = self.engine
            # One batched analysis for the call's uncached leaves (NER: one spaCy pipe pass).
            analysed = eng.analyze_many([jobs[i] for i in misses])
            fresh: list[tuple[int, tuple[_Hit, ...]]] = []
            for i, res in zip(misses, analysed, strict=True):
                hits = tuple((r.entity_type, r.start, r.end, r.score) for r in res)
                out[i] = hits
                fresh.append((i, hits))
            with self._lock:
                for i, hits in fresh:
                    if len(jobs[i][0]) <= self.cache_max_text:
                        self._cache[jobs[i]] = hits
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return [o if o is not None else () for o in out]

    # -- public -------------------------------------------------------------------------
    def scrub(self, value: Any, policy: DirectionPolicy, *, schema: dict[str, Any] | None = None,
              pseudonym_key: bytes = b"", stored: bool = False) -> ScrubResult:
        """Scrub ``value`` (any JSON value) by ``policy``; ``schema`` is the matching JSON Schema.

        With ``stored``, also build :attr:`ScrubResult.stored` in the same pass: every entity is
        analysed (even those allowed everywhere) and allowed ones are pseudonymized in that copy.
        Raises :class:`TooDeep`, :class:`PayloadTooLarge` or :class:`InvalidText`.
        """
        root, leaves = self._walk(value, schema)
        rules = policy.rules
        active = self._active_entities(policy, stored)
        keyed_rule = rules.get(KEYED_SECRET_ENTITY)
        ner = self.engine.ner
        max_raw, ctx_words = self.engine.max_raw_score, self.engine.context_words

        per_leaf: list[list[_Hit]] = [[] for _ in leaves]
        jobs: list[_Job] = []
        job_leaf: list[int] = []
        for idx, leaf in enumerate(leaves):
            text = leaf.text
            if not text.strip():
                continue
            if leaf.key is not None and keyed_rule is not None and _secret_key(leaf.key):
                declared = _declared(leaf.schema)
                act = keyed_rule.declared if KEYED_SECRET_ENTITY in declared else keyed_rule.action
                if act != "allow":
                    # The name says credential: the whole value goes, whatever it looks like.
                    per_leaf[idx].append((KEYED_SECRET_ENTITY, 0, len(text), 1.0))
                    continue
            if leaf.schema is not None and not leaf.was_int and _schema_proves_safe(text, leaf.schema):
                continue
            cand_set = candidate_entities(text, ner) & active
            if not cand_set:
                continue
            # The last two keys, skipping array indexes: "/attendees/0/name" reads "attendees name".
            keys = [t for t in leaf.tokens if isinstance(t, str)][-2:]
            ctx = tuple(w for t in keys for w in _key_words(t))
            if "PHONE_NUMBER" in cand_set and postcode_key(ctx, text):
                cand_set.discard("PHONE_NUMBER")
            gated = [e for e in cand_set if rules[e].threshold > max_raw.get(e, 1.0)]
            if gated:
                # These can only pass their threshold with a context boost: no context word in
                # the text or the key path means no result (the boost needs one of them).
                hay = f"{text.lower()} {' '.join(ctx)}"
                for e in gated:
                    if not any(cw in hay for cw in ctx_words.get(e, ())):
                        cand_set.discard(e)
                if not cand_set:
                    continue
            cands = frozenset(cand_set)
            jobs.append((text, cands, ctx))
            job_leaf.append(idx)

        for idx, analysed in zip(job_leaf, self._analyze(jobs), strict=True):
            per_leaf[idx].extend(analysed)

        findings: list[Finding] = []
        blocked: list[Finding] = []
        crossing: list[tuple[_Leaf, str]] = []
        keeping: list[tuple[_Leaf, str]] = []
        differs = False
        for leaf, hits in zip(leaves, per_leaf, strict=True):
            if not hits:
                continue
            new_text, leaf_findings, kept_text = self._apply(leaf, hits, rules, pseudonym_key, stored)
            findings.extend(leaf_findings)
            blocked.extend(f for f in leaf_findings if f.action == "block")
            if kept_text is not None and kept_text != new_text:
                differs = True
                if new_text is None:  # restore the original over the stored copy (an int stays an int)
                    new_text = int(leaf.text) if leaf.was_int else leaf.text  # type: ignore[assignment]
            if new_text is not None:
                crossing.append((leaf, new_text))
            if kept_text is not None:
                keeping.append((leaf, kept_text))
        stored_root = None
        if stored and differs:
            # Write the storable texts, copy that tree, then write the crossing texts over them.
            root = _put(root, keeping)
            stored_root = msgspec.json.decode(msgspec.json.encode(root))
        root = _put(root, crossing)
        if stored and stored_root is None:
            stored_root = root
        return ScrubResult(value=root, findings=findings, blocked=blocked, stored=stored_root)

    def _apply(self, leaf: _Leaf, hits: list[_Hit] | tuple[_Hit, ...], rules: dict[str, EntityRule],
               key: bytes, stored: bool = False) -> tuple[str | None, list[Finding], str | None]:
        """Resolve overlapping hits and rewrite one leaf.

        Returns (new text or None, findings, storable text or None). The storable text differs
        from the new text only where an allowed entity crossed in the clear.
        """
        declared = _declared(leaf.schema)
        kept: list[tuple[int, int, str, float, str]] = []
        for entity, start, end, score in hits:
            rule = rules.get(entity)
            if rule is None or score < rule.threshold:
                continue
            act: str = rule.declared if entity in declared else rule.action
            kept.append((start, end, entity, score, act))
        if not kept:
            return None, [], None
        kept.sort(key=lambda h: (h[0], -h[1]))
        # Overlapping hits (an email's domain also read as a URL; a URL holding a password)
        # merge into one span; the strictest action wins, so a secret inside a URL still blocks.
        clusters: list[list[tuple[int, int, str, float, str]]] = []
        for h in kept:
            if clusters and h[0] < max(c[1] for c in clusters[-1]):
                clusters[-1].append(h)
            else:
                clusters.append([h])
        text = leaf.text
        path = pointer(leaf.tokens)
        findings: list[Finding] = []
        parts: list[str] = []
        kept_parts: list[str] = []  # the storable copy: allowed spans pseudonymized as well
        pos = 0
        changed = allowed = False
        for cluster in clusters:
            action: str = "allow"
            for h in cluster:
                action = stricter(action, h[4])
            # Pattern/checksum finds name the span before NER guesses (an IP read as ORGANIZATION),
            # and a secret names it before the URL or address that carries it (a SAS URL's sig=).
            # The entity name breaks a last tie, so the label never depends on the order the
            # recognizers ran in (which followed string hashing, different in every process).
            win = max((h for h in cluster if h[4] == action),
                      key=lambda h: (h[2] not in _NER_SET, h[2].startswith("SECRET_"), h[3], h[1] - h[0], h[2]))
            start, end = min(h[0] for h in cluster), max(h[1] for h in cluster)
            if action == "allow":
                # Report each allowed entity (the audit counts them), leave the text alone.
                findings.append(Finding(entity=win[2], path=path, start=start, end=end,
                                        score=round(win[3], 3), action="allow"))
                if stored:
                    kept_parts += [text[pos:start], pseudonym(key, win[2], text[start:end])]
                    parts.append(text[pos:end])
                    pos, allowed = end, True
                continue
            findings.append(Finding(entity=win[2], path=path, start=start, end=end,
                                    score=round(win[3], 3), action=action))
            original = text[start:end]
            if action == "mask":
                repl = mask_value(original)
            elif action == "pseudonymize":
                repl = pseudonym(key, win[2], original)
            else:  # redact, and block: a denied call's stored arguments are clean too
                repl = f"<{win[2]}>"
            parts += [text[pos:start], repl]
            kept_parts += [text[pos:start], repl]
            pos = end
            changed = True
        if not changed and not allowed:
            return None, findings, None
        new_text = "".join([*parts, text[pos:]]) if changed else None
        kept_text = "".join([*kept_parts, text[pos:]]) if allowed else new_text
        return new_text, findings, kept_text


def _put(root: Any, texts: list[tuple[_Leaf, str]]) -> Any:
    """Write new leaf texts into the (copied) tree; a bare-string root is replaced."""
    for leaf, text in texts:
        if leaf.slot is None:
            root = text
        else:
            leaf.parent[leaf.slot] = text
    return root


_default_scrubber: Scrubber | None = None
_default_lock = threading.Lock()


def default_scrubber() -> Scrubber:
    """A process-wide :class:`Scrubber` with default limits (shares the process-wide engine)."""
    global _default_scrubber
    if _default_scrubber is None:
        with _default_lock:
            if _default_scrubber is None:
                _default_scrubber = Scrubber()
    return _default_scrubber


def scrub_document(document: Any, *, policy: str | PiiPolicy = "default", direction: str = "arguments",
                   tenant: str, server_secret: bytes, schema: dict[str, Any] | None = None,
                   scrubber: Scrubber | None = None) -> ScrubResult:
    """Scrub a free text (a bare string) or a JSON document by a named or compiled policy.

    For ``POST /v1/scrub``. Blocked findings are redacted in ``value`` and listed in ``blocked``;
    the caller decides whether that is an error. Raises the same errors as :meth:`Scrubber.scrub`
    and :class:`~arbiter.errors.InvalidPolicy` for an unknown policy name.
    """
    compiled = named_policy(policy) if isinstance(policy, str) else policy
    s = scrubber or default_scrubber()
    return s.scrub(document, compiled.direction(direction), schema=schema,
                   pseudonym_key=tenant_key(server_secret, tenant))
