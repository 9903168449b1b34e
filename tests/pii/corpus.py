"""A seeded generator of labelled tool-call arguments for the PII quality bench and tests.

Each :class:`Sample` is a tool call (name, JSON Schema, arguments) plus the exact spans of every
planted value: ``(json pointer, entity, start, end)``. Values are generated to be *valid* (Luhn
cards, mod-97 IBANs, SSNs outside the reserved ranges, phone numbers libphonenumber accepts for
their region), and texts carry hard negatives that must not be reported: order ids, UUIDs,
timestamps, version strings, git hashes, amounts, SKUs and tracking numbers.
"""

from __future__ import annotations

import base64
import json
import random
import string
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

FIRST = ["Alice", "Bob", "Carmen", "Dmitri", "Emeka", "Fatima", "Giulia", "Hiroshi", "Ingrid", "Jamal",
         "Keiko", "Liam", "Maria", "Noah", "Olga", "Pedro", "Qiu", "Rahul", "Sofia", "Tomasz"]
LAST = ["Anderson", "Brown", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ivanova", "Jones",
        "Kowalski", "Lopez", "Müller", "Nakamura", "O'Brien", "Patel", "Rossi", "Schmidt", "Taylor", "Weber"]
DOMAINS = ["example.com", "acme-corp.io", "mail.contoso.net", "globex.co.uk", "initech.de", "fastmail.fm"]
WORDS = ["invoice", "refund", "shipment", "delay", "account", "update", "meeting", "renewal", "contract",
         "outage", "billing", "question", "follow-up", "onboarding", "migration", "escalation"]
TLDS = ["com", "org", "io", "net", "dev"]
B64URL = string.ascii_letters + string.digits + "-_"

PHONE_FORMATS: dict[str, list[str]] = {
    # (region, layout); "N" is a random digit, fixed digits keep the number in a valid range.
    "US": ["(NNN) NNN-NNNN", "NNN-NNN-NNNN", "+1 NNN NNN NNNN", "NNN.NNN.NNNN"],
    "GB": ["020 7NNN NNNN", "+44 20 7NNN NNNN", "07NNN NNNNNN", "+44 7NNN NNNNNN"],
    "DE": ["030 NNNNNNNN", "+49 30 NNNNNNNN", "0151 NNNNNNNN", "+49 151 NNNNNNNN"],
    "FR": ["01 NN NN NN NN", "+33 1 NN NN NN NN", "06 NN NN NN NN", "+33 6 NN NN NN NN"],
    "IN": ["+91 98NNN NNNNN", "098NNN NNNNN", "+91 22 NNNN NNNN"],
}


@dataclass
class Label:
    """One planted value."""

    path: str
    entity: str
    start: int
    end: int


@dataclass
class Sample:
    """A labelled tool call."""

    tool: str
    schema: dict[str, Any]
    arguments: Any
    labels: list[Label] = field(default_factory=list)


class _Text:
    """Builds a string while recording where planted values land."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[str, int, int]] = []

    def add(self, s: str) -> _Text:
        self.parts.append(s)
        self.n += len(s)
        return self

    def pii(self, entity: str, s: str) -> _Text:
        self.spans.append((entity, self.n, self.n + len(s)))
        return self.add(s)

    def text(self) -> str:
        return "".join(self.parts)


class Generator:
    """Seeded generator: ``Generator(7).samples(500)`` is the same corpus every run."""

    def __init__(self, seed: int = 7) -> None:
        self.r = random.Random(seed)

    # -- values -------------------------------------------------------------------------
    def name(self) -> str:
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}"

    def email(self) -> str:
        first, last = self.r.choice(FIRST).lower(), self.r.choice(LAST).lower().replace("'", "")
        last = last.replace("ü", "ue")
        local = self.r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{self.r.randint(1, 99)}"])
        return f"{local}@{self.r.choice(DOMAINS)}"

    def phone(self) -> str:
        while True:
            region = self.r.choice(list(PHONE_FORMATS))
            fmt = self.r.choice(PHONE_FORMATS[region])
            s = "".join(str(self.r.randint(0, 9)) if c == "N" else c for c in fmt)
            if region == "US":  # NANP: area code and exchange start with 2-9
                digits = [c for c in s if c.isdigit()]
                off = 1 if s.startswith("+1") else 0
                if digits[off] in "01" or digits[off + 3] in "01":
                    continue
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(s, region)):
                    return s
            except phonenumbers.NumberParseException:
                pass

    def card(self) -> str:
        prefix, length = self.r.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16)])
        body = prefix + "".join(str(self.r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        num = body + str((10 - total % 10) % 10)
        style = self.r.choice(["space", "dash", "none"])
        groups = [num[:4], num[4:10], num[10:]] if length == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
        return {"space": " ".join(groups), "dash": "-".join(groups), "none": num}[style]

    def iban(self) -> str:
        country, bban_len = self.r.choice([("DE", 18), ("GB", 18), ("FR", 23), ("NL", 14), ("ES", 20)])
        if country == "GB":
            bban = "".join(self.r.choice(string.ascii_uppercase) for _ in range(4)) + \
                "".join(str(self.r.randint(0, 9)) for _ in range(14))
        elif country == "NL":
            bban = "".join(self.r.choice(string.ascii_uppercase) for _ in range(4)) + \
                "".join(str(self.r.randint(0, 9)) for _ in range(10))
        else:
            bban = "".join(str(self.r.randint(0, 9)) for _ in range(bban_len))
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(numeric) % 97
        iban = f"{country}{check:02d}{bban}"
        if self.r.random() < 0.5:
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self) -> str:
        while True:
            area = self.r.randint(1, 899)
            if area == 666:
                continue
            group, serial = self.r.randint(1, 99), self.r.randint(1, 9999)
            s = f"{area:03d}-{group:02d}-{serial:04d}"
            if len(set(s.replace("-", ""))) > 2:
                return s

    def ip(self) -> str:
        if self.r.random() < 0.25:
            return ":".join(f"{self.r.randint(0, 0xffff):x}" for _ in range(8))
        return ".".join(str(self.r.randint(1, 254)) for _ in range(4))

    def url(self) -> str:
        host = f"{self.r.choice(['www.', 'app.', ''])}{self.r.choice(WORDS).replace('-', '')}.{self.r.choice(TLDS)}"
        return f"https://{host}/{self.r.choice(WORDS)}/{self.r.randint(100, 99999)}"

    def _rand(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def secret(self) -> tuple[str, str, str]:
        """(entity, text before, secret value): the value is what must be found."""
        kind = self.r.randrange(13)
        up = string.ascii_uppercase + string.digits
        if kind == 0:
            return "SECRET_AWS_ACCESS_KEY", "aws key ", "AKIA" + self._rand(16, up)
        if kind == 1:
            value = self._rand(40, string.ascii_letters + "0123456789/+")
            return "SECRET_AWS_SECRET_KEY", "aws_secret_access_key = ", value
        if kind == 2:
            return "SECRET_GITHUB_TOKEN", "token: ", self.r.choice(["ghp_", "gho_", "ghs_"]) + self._rand(36)
        if kind == 3:
            return "SECRET_GITHUB_TOKEN", "use ", "github_pat_" + self._rand(22) + "_" + self._rand(59)
        if kind == 4:
            return "SECRET_GITLAB_TOKEN", "GITLAB_TOKEN=", "glpat-" + self._rand(20)
        if kind == 5:
            return "SECRET_SLACK_TOKEN", "slack bot ", f"xoxb-{self.r.randint(10**10, 10**11)}-{self._rand(24)}"
        if kind == 6:
            return "SECRET_STRIPE_KEY", "stripe ", self.r.choice(["sk_live_", "rk_live_", "sk_test_"]) + self._rand(24)
        if kind == 7:
            return "SECRET_OPENAI_KEY", "OPENAI_API_KEY ", "sk-proj-" + self._rand(48)
        if kind == 8:
            return "SECRET_ANTHROPIC_KEY", "key ", "sk-ant-api03-" + self._rand(93, B64URL)
        if kind == 9:
            return "SECRET_GOOGLE_API_KEY", "maps key ", "AIza" + self._rand(35, B64URL)
        if kind == 10:
            def b64(o: dict[str, Any]) -> str:
                return base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
            jwt = f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64({'sub': self._rand(8), 'exp': 1700000000})}." \
                f"{self._rand(43, string.ascii_letters + string.digits + '-_')}"
            return "SECRET_JWT", "session ", jwt
        if kind == 11:
            return "SECRET_PRIVATE_KEY", "deploy key:\n", (
                "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(self._rand(64) for _ in range(3))
                + "\n-----END OPENSSH PRIVATE KEY-----")
        return "SECRET_BEARER_TOKEN", "Authorization: Bearer ", self._rand(40, string.ascii_letters + string.digits)

    # -- hard negatives -----------------------------------------------------------------
    def negative(self) -> str:
        r = self.r
        return r.choice([
            f"ORD-{r.randint(2019, 2025)}-{r.randint(100000, 999999)}",
            f"INV-{r.randint(10**7, 10**8 - 1)}",
            f"{r.getrandbits(128):032x}"[:8] + "-" + f"{r.getrandbits(64):016x}"[:4] + "-4" + f"{r.getrandbits(12):03x}"
            + "-a" + f"{r.getrandbits(12):03x}" + "-" + f"{r.getrandbits(48):012x}",
            f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
            f"{r.randint(0, 59):02d}Z",
            f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
            f"{r.randint(1, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}-rc{r.randint(1, 5)}",
            f"{r.getrandbits(160):040x}",
            f"commit {r.getrandbits(28):07x}",
            f"${r.randint(1, 99)},{r.randint(100, 999)}.{r.randint(10, 99)}",
            f"SKU-{r.randint(10000, 99999)}-{r.choice('ABCDEF')}",
            f"1Z{self._rand(6, string.ascii_uppercase + string.digits)}{r.randint(10**9, 10**10 - 1)}",
            f"build #{r.randint(1000, 99999)}",
            f"{r.randint(1, 500)} units",
        ])

    # -- samples ------------------------------------------------------------------------
    def _sentence(self) -> str:
        return self.r.choice([
            "Thanks for getting back to me.", "Please see the details below.", "Let me know if this works.",
            f"Re: {self.r.choice(WORDS)} for {self.negative()}.", f"Reference {self.negative()}.",
            f"Logged at {self.negative()}.", "We shipped the replacement yesterday.",
        ])

    def _body(self, t: _Text, entities: list[str]) -> None:
        t.add("Hi ").pii("PERSON", self.r.choice(FIRST)).add(", ").add(self._sentence()).add(" ")
        for ent in entities:
            if ent == "EMAIL_ADDRESS":
                t.add("You can reach them at ").pii(ent, self.email()).add(". ")
            elif ent == "PHONE_NUMBER":
                t.add(self.r.choice(["Call ", "Phone: ", "mobile ", "or ring "])).pii(ent, self.phone()).add(". ")
            elif ent == "CREDIT_CARD":
                t.add(self.r.choice(["Card ", "paid with card ", "cc: "])).pii(ent, self.card()).add(" was charged. ")
            elif ent == "IBAN_CODE":
                t.add("Wire to IBAN ").pii(ent, self.iban()).add(". ")
            elif ent == "US_SSN":
                t.add(self.r.choice(["SSN ", "social security number: "])).pii(ent, self.ssn()).add(". ")
            elif ent == "IP_ADDRESS":
                t.add("Request came from ").pii(ent, self.ip()).add(" at ").add(self.negative()).add(". ")
            elif ent == "URL":
                t.add("Details: ").pii(ent, self.url()).add(" ")
            elif ent == "SECRET":
                entity, before, value = self.secret()
                t.add(before).pii(entity, value).add(" ")
            t.add(self._sentence()).add(" ")
        t.add("Regards, ").pii("PERSON", self.r.choice(FIRST))

    def _pick(self, k: int) -> list[str]:
        pool = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "URL",
                "SECRET"]
        return self.r.sample(pool, k)

    def sample(self) -> Sample:
        kind = self.r.choice(["email", "ticket", "payment", "crm", "devops"])
        labels: list[Label] = []

        def text_leaf(path: str, ents: list[str]) -> str:
            t = _Text()
            self._body(t, ents)
            labels.extend(Label(path, e, s, en) for e, s, en in t.spans)
            return t.text()

        def whole(path: str, entity: str, value: str) -> str:
            labels.append(Label(path, entity, 0, len(value)))
            return value

        if kind == "email":
            schema = {"type": "object", "properties": {
                "to": {"type": "string", "x-pii": "EMAIL_ADDRESS"},
                "cc": {"type": "array", "items": {"type": "string"}},
                "subject": {"type": "string"}, "body": {"type": "string"}}}
            args: dict[str, Any] = {
                "to": whole("/to", "EMAIL_ADDRESS", self.email()),
                "cc": [whole(f"/cc/{i}", "EMAIL_ADDRESS", self.email()) for i in range(self.r.randint(0, 2))],
                "subject": f"{self.r.choice(WORDS).title()} {self.negative()}",
                "body": text_leaf("/body", self._pick(self.r.randint(1, 3))),
            }
        elif kind == "ticket":
            schema = {"type": "object", "properties": {
                "title": {"type": "string"}, "description": {"type": "string"},
                "priority": {"type": "string", "enum": ["low", "normal", "high"]},
                "created_at": {"type": "string", "format": "date-time"},
                "reporter_email": {"type": "string", "x-pii": "EMAIL_ADDRESS"},
                "labels": {"type": "array", "items": {"type": "string", "pattern": "^[a-z-]+$"}}}}
            args = {
                "title": f"{self.r.choice(WORDS).title()} issue on {self.negative()}",
                "description": text_leaf("/description", self._pick(self.r.randint(1, 3))),
                "priority": self.r.choice(["low", "normal", "high"]),
                "created_at": f"2024-0{self.r.randint(1, 9)}-1{self.r.randint(0, 9)}T08:1{self.r.randint(0, 9)}:00Z",
                "reporter_email": whole("/reporter_email", "EMAIL_ADDRESS", self.email()),
                "labels": self.r.sample(["billing", "bug", "customer", "urgent", "infra"], 2),
            }
        elif kind == "payment":
            schema = {"type": "object", "properties": {
                "amount": {"type": "number"}, "currency": {"type": "string", "enum": ["USD", "EUR", "GBP"]},
                "card_number": {"type": "string"}, "iban": {"type": "string"}, "memo": {"type": "string"},
                "customer": {"type": "object", "properties": {
                    "name": {"type": "string"}, "email": {"type": "string", "x-pii": "EMAIL_ADDRESS"},
                    "phone": {"type": "string", "x-pii": "PHONE_NUMBER"}}}}}
            args = {
                "amount": round(self.r.uniform(1, 5000), 2), "currency": self.r.choice(["USD", "EUR", "GBP"]),
                "card_number": whole("/card_number", "CREDIT_CARD", self.card()),
                "iban": whole("/iban", "IBAN_CODE", self.iban()),
                "memo": f"{self.r.choice(WORDS)} {self.negative()} {self.negative()}",
                "customer": {"name": whole("/customer/name", "PERSON", self.name()),
                             "email": whole("/customer/email", "EMAIL_ADDRESS", self.email()),
                             "phone": whole("/customer/phone", "PHONE_NUMBER", self.phone())},
            }
        elif kind == "crm":
            schema = {"type": "object", "properties": {
                "contact": {"type": "object"}, "note": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}}}}
            args = {
                "contact": {"name": whole("/contact/name", "PERSON", self.name()),
                            "email": whole("/contact/email", "EMAIL_ADDRESS", self.email()),
                            "phone": whole("/contact/phone", "PHONE_NUMBER", self.phone()),
                            "ssn": whole("/contact/ssn", "US_SSN", self.ssn())},
                "note": text_leaf("/note", self._pick(self.r.randint(1, 4))),
                "tags": [self.negative(), self.r.choice(WORDS)],
            }
        else:
            schema = {"type": "object", "properties": {
                "env": {"type": "string", "enum": ["staging", "production"]},
                "config": {"type": "string"}, "headers": {"type": "object"}}}
            user, pw = self.r.choice(FIRST).lower(), self._rand(14)
            t = _Text().add(f"version={self.negative()}\ndb=postgres://{user}:").pii("SECRET_URL_PASSWORD", pw)
            t.add(f"@db.internal:5432/app\nrelease={self.negative()}\n")
            entity, before, value = self.secret()
            t.add(before).pii(entity, value).add("\n")
            labels.extend(Label("/config", e, s, en) for e, s, en in t.spans)
            args = {
                "env": self.r.choice(["staging", "production"]),
                "config": t.text(),
                "headers": {"X-Request-Id": self.negative(),
                            "api_key": whole("/headers/api_key", "SECRET_KEYED_FIELD", self._rand(32))},
            }
        return Sample(tool=kind, schema=schema, arguments=args, labels=labels)

    def samples(self, n: int) -> list[Sample]:
        return [self.sample() for _ in range(n)]

    _PROSE = [
        "Thanks for the quick reply, I appreciate you looking into this.",
        "The customer says the export still times out after the latest release.",
        "We agreed to revisit the pricing once the pilot wraps up next month.",
        "Attached are the notes from Tuesday's call; the main open item is the data retention question.",
        "Could you confirm whether the migration window on Saturday still works for your team?",
        "They mentioned that the dashboard numbers do not match the monthly report.",
        "Support reproduced the issue on staging but not in production.",
        "I have escalated this to the platform team and will follow up by end of day.",
        "The renewal is due at the end of the quarter and they want a three-year term.",
        "Please keep the legal team in the loop before sending the revised contract.",
        "No action is needed on your side for now; we will share an update on Friday.",
        "The account was created during the spring onboarding campaign.",
        "Their procurement process requires a security questionnaire before signature.",
        "Billing confirmed the credit note was issued against the original invoice.",
        "Latency went back to normal after the cache was warmed up again.",
    ]

    def _prose(self, t: _Text, chars: int, pii: list[str]) -> None:
        """Plain business prose of about ``chars`` characters with the ``pii`` entities planted."""
        sentences: list[str] = []
        while sum(len(x) + 1 for x in sentences) < chars:
            sentences.append(self.r.choice([*self._PROSE, f"Reference {self.negative()}.", f"See {self.negative()}."]))
        slots = sorted(self.r.sample(range(len(sentences)), min(len(pii), len(sentences))))
        planted = dict(zip(slots, pii, strict=False))
        for i, sentence in enumerate(sentences):
            t.add(sentence).add(" ")
            ent = planted.get(i)
            if ent == "EMAIL_ADDRESS":
                t.add("Their contact is ").pii(ent, self.email()).add(". ")
            elif ent == "PHONE_NUMBER":
                t.add("Best reached on ").pii(ent, self.phone()).add(". ")
            elif ent == "PERSON":
                t.add("Main contact: ").pii(ent, self.name()).add(". ")
            elif ent == "URL":
                t.add("Details at ").pii(ent, self.url()).add(" ")

    def realistic_object(self, target_bytes: int) -> dict[str, Any]:
        """A typical tool call's arguments of about ``target_bytes`` of JSON: an email, a ticket with
        comments or a CRM note, mostly prose and metadata with a few PII values (about one per
        400 bytes: a contact email, a phone or a name in the text, the occasional URL)."""
        kind = self.r.choice(["email", "ticket", "crm"])
        budget = max(200, target_bytes - 250)
        pool = ["EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "PERSON", "URL"]

        def prose(chars: int) -> str:
            t = _Text()
            self._prose(t, chars, [self.r.choice(pool) for _ in range(max(1, chars // 500))])
            return t.text()

        ts = f"2024-0{self.r.randint(1, 9)}-1{self.r.randint(0, 9)}T0{self.r.randint(0, 9)}:2{self.r.randint(0, 9)}:00Z"
        if kind == "email":
            obj: dict[str, Any] = {"to": self.email(), "subject": f"Re: {self.r.choice(WORDS)} {self.negative()}",
                                   "body": prose(min(budget, 1200)), "thread_id": self.negative(),
                                   "labels": self.r.sample(["inbox", "customer", "billing", "follow-up"], 2),
                                   "quoted": []}
            while len(json.dumps(obj)) < target_bytes - 150:
                obj["quoted"].append({"from": self.name(), "sent_at": ts, "text": prose(600)})
        elif kind == "ticket":
            obj = {"title": f"{self.r.choice(WORDS).title()} issue on {self.negative()}", "priority": "normal",
                   "created_at": ts, "reporter_email": self.email(), "description": prose(min(budget, 600)),
                   "comments": []}
            while len(json.dumps(obj)) < target_bytes - 150:
                obj["comments"].append({"author": self.r.choice(FIRST), "at": ts, "text": prose(300)})
        else:
            obj = {"contact_id": self.negative(), "stage": "negotiation", "updated_at": ts,
                   "owner": self.r.choice(FIRST), "note": prose(min(budget, 800)), "activities": []}
            while len(json.dumps(obj)) < target_bytes - 150:
                obj["activities"].append({"type": self.r.choice(["call", "meeting", "email"]), "at": ts,
                                          "summary": prose(300)})
        return obj

    def argument_object(self, target_bytes: int) -> dict[str, Any]:
        """A PII-dense argument object of about ``target_bytes`` of JSON (for the speed bench):
        several labelled tool calls side by side, each with one to four planted values."""
        obj: dict[str, Any] = {"items": []}
        while len(json.dumps(obj)) < target_bytes:
            s = self.sample()
            obj["items"].append(s.arguments)
        return obj


@dataclass
class Counts:
    """True positives, false positives, false negatives for one entity."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f(self, beta: float = 2.0) -> float:
        p, r = self.precision, self.recall
        return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


def evaluate(samples: list[Sample], scrub: Any, entities: frozenset[str]) -> dict[str, Counts]:
    """Score ``scrub(arguments, schema) -> findings`` against the labels, per entity.

    A label counts as found when a finding of the same entity on the same path overlaps it; a
    finding with no such label is a false positive. Only ``entities`` are scored.
    """
    counts: dict[str, Counts] = {}
    for s in samples:
        findings = [f for f in scrub(s.arguments, s.schema) if f.entity in entities]
        labels = [lb for lb in s.labels if lb.entity in entities]
        for lb in labels:
            c = counts.setdefault(lb.entity, Counts())
            if any(f.entity == lb.entity and f.path == lb.path and f.start < lb.end and lb.start < f.end
                   for f in findings):
                c.tp += 1
            else:
                c.fn += 1
        for f in findings:
            if not any(f.entity == lb.entity and f.path == lb.path and f.start < lb.end and lb.start < f.end
                       for lb in labels):
                counts.setdefault(f.entity, Counts()).fp += 1
    return counts
