# ruff: noqa: E501, RUF001
"""PII templates of the fourth held-out split (test4); see README.md and generate.py (``--split test4``).

Written apart from the recognizers and from the tune templates (neither was read), with the emphasis on
PATTERN entities: phone numbers as people in each country write them, payment cards of many networks
(besides generate.py's also RuPay, Elo, Troy, Hipercard, Dankort, Verve and UATP) with spaces, dashes,
no-break spaces or no separator, IBANs, e-mail addresses, US SSNs and IP addresses, next to hard negatives
that look like them (postcode ranges, company registration and VAT numbers, creditor ids, payment
references, order/invoice/tracking/case numbers, masked cards, dates, times, amounts, product codes,
versions, flight and room numbers). Languages: en, de, fr, es, it, nl, pt (Brazil and Portugal), pl, sv,
da, no, fi, tr, cs, ro, hu, ja, zh, ko.

Slots are generate.py's (``«P1.full»``, ``«IBAN:DE:compact»``, ``«N:date»``, ``«NW:kind:a|b»`` ...) plus
``«T4:…»`` ones rendered by :func:`slot` from the split's own generator (``doc.g``), so that no other split's
random draws change:

- ``«T4:ph:WHO[:TYPE[:FAM]]»`` PHONE_NUMBER in a form people write in the number's country. ``WHO`` is a person
  key (``P1`` … ``ME``: the person's country), a region (``DE``) or empty (the template's pool); ``TYPE`` is
  ``mobile``, ``landline`` or ``any``; ``FAM`` is ``nat`` (national forms), ``intl`` (``+49``, ``0049``,
  ``+49 (0)``, ``(+34)``) or ``any``. Every value parses as a valid number of its region (asserted by the
  self-check); the label's ``format`` is NATIONAL/INTERNATIONAL/E164 when it equals libphonenumber's, else
  ``variant``.
- ``«T4:card[:NETWORK[:SEP]]»`` CREDIT_CARD (Luhn-valid); ``NETWORK`` is one of :data:`CARDS`, several
  (``a|b``: the least used so far), ``any`` (idem, among all) or ``local`` (a network common in the template's
  language); ``SEP`` is ``sp``, ``dash``, ``none``, ``nbsp`` (no-break spaces) or ``any``.
- ``«T4:neg:KIND:PAT|PAT»`` hard negative, ``«T4:loc:SUBTYPE:PAT|PAT»`` LOCATION label (PO boxes, subtype
  ``po_box`` as in tune3): a pattern where ``#`` is a digit, ``%`` a non-zero digit and ``?`` an upper-case
  letter; ``«T4:nonluhn:KIND:PAT»`` a digit pattern that fails the Luhn check (gift-card numbers); ``«T4:rf»`` an
  ISO 11649 creditor reference (``RF18 5390 0754 7034``), ``«T4:time[:am|pm]»`` a clock time: hard negatives.
"""

from __future__ import annotations

import string
from collections import Counter
from typing import Any

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT


def T(tid: str, kind: str, lang: str, body: Any, pool: list[str] | None = None) -> dict[str, Any]:
    t = {"id": "t4_" + tid, "kind": kind, "lang": lang, "body": body}
    if pool:
        t["pool"] = pool
    return t


# ------------------------------------------------------------------------------------------------
# «T4:…» slots
# ------------------------------------------------------------------------------------------------

PEOPLE = ("P1", "P2", "P3", "P4", "P5", "P6", "AGENT", "ME", "BOSS")

# Card networks: (prefixes, lengths). The first ten are generate.py's networks (prefixes it accepts); the others
# are only used here and validated through EXTRA_CARD_NETWORKS.
CARDS: dict[str, list[tuple[list[str], list[int]]]] = {
    "visa": [(["4"], [16, 16, 16, 13, 19])],
    "mastercard": [(["51", "52", "53", "54", "55"], [16]), (["2221", "2259", "2370", "2481", "2600", "2720"], [16])],
    "amex": [(["34", "37"], [15])],
    "discover": [(["6011", "644", "647", "649", "65"], [16, 16, 19])],
    "jcb": [(["3528", "3542", "3563", "3570", "3584"], [16, 16, 19])],
    "jcb15": [(["1800", "2131"], [15])],
    "diners": [(["300", "302", "305", "36", "38", "39"], [14])],
    "maestro": [(["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"], [12, 13, 16, 16, 18, 19])],
    "unionpay": [(["6210", "6212", "6217", "6222", "6228", "6259", "6282"], [16, 16, 19])],
    "mir": [(["2200", "2201", "2202", "2204"], [16])],
}
EXTRA_CARD_NETWORKS: dict[str, list[tuple[list[str], list[int]]]] = {
    "rupay": [(["6070", "6075", "6080", "6521", "6522", "8172", "8200", "5085", "5089"], [16])],
    "elo": [(["401178", "431274", "438935", "451416", "457631", "504175", "506727", "509048", "627780", "636297",
              "636368", "650031", "650487", "651652", "655021"], [16])],
    "troy": [(["9792"], [16])],
    "hipercard": [(["606282", "384100", "384140"], [16])],
    "dankort": [(["5019"], [16])],
    "verve": [(["506099", "506124", "506150", "507865", "650002", "650027"], [16, 19])],
    "uatp": [(["1"], [15])],
}
CARDS.update(EXTRA_CARD_NETWORKS)
LOCAL_CARDS: dict[str, list[str]] = {
    "en": ["visa", "mastercard", "amex", "discover", "rupay", "verve", "diners", "jcb"],
    "de": ["visa", "mastercard", "maestro", "amex"], "fr": ["visa", "mastercard", "amex"],
    "es": ["visa", "mastercard", "amex"], "it": ["visa", "mastercard", "maestro", "amex"],
    "nl": ["visa", "mastercard", "maestro"], "pt": ["elo", "hipercard", "visa", "mastercard", "amex"],
    "pl": ["visa", "mastercard", "maestro"], "sv": ["visa", "mastercard", "amex"], "da": ["dankort", "visa", "mastercard"],
    "no": ["visa", "mastercard"], "fi": ["visa", "mastercard"], "tr": ["troy", "visa", "mastercard", "amex"],
    "cs": ["visa", "mastercard", "maestro"], "ro": ["visa", "mastercard"], "hu": ["visa", "mastercard", "maestro"],
    "ja": ["jcb", "visa", "mastercard", "amex", "diners"], "zh": ["unionpay", "visa", "mastercard"],
    "ko": ["visa", "mastercard", "unionpay", "amex"],
}


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _fill(doc: Any, pattern: str) -> str:
    r = doc.r
    return "".join(r.choice(string.digits) if ch == "#" else r.choice("123456789") if ch == "%"
                   else r.choice(string.ascii_uppercase) if ch == "?" else ch for ch in pattern)


def _card(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    r = doc.r
    spec = args[0] if args and args[0] else "any"
    if spec == "local":
        net = r.choice(LOCAL_CARDS.get(doc.lang, LOCAL_CARDS["en"]))
    else:   # "any" or "a|b|c": the least used so far in this split (counts kept on the split's generator)
        used = doc.g.__dict__.setdefault("t4_card_networks", Counter())
        cand = list(CARDS) if spec == "any" else spec.split("|")
        low = min(used[c] for c in cand)
        net = r.choice([c for c in cand if used[c] == low])
    doc.g.__dict__.setdefault("t4_card_networks", Counter())[net] += 1
    prefixes, lengths = r.choice(CARDS[net])
    prefix, n = r.choice(prefixes), r.choice(lengths)
    body = prefix + "".join(r.choice(string.digits) for _ in range(n - len(prefix) - 1))
    digits = next(body + d for d in string.digits if _luhn_ok(body + d))
    if net in ("amex", "diners") or (net == "jcb15" and r.random() < 0.5):
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif net == "uatp":
        groups = [digits[:4], digits[4:9], digits[9:]]
    elif n == 19 and r.random() < 0.35:
        groups = [digits[:6], digits[6:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, n, 4)]
    sep = args[1] if len(args) > 1 else "any"
    if sep == "any":
        sep = r.choice(["sp", "sp", "sp", "dash", "none", "none", "nbsp"])
    text = {"sp": " ", "dash": "-", "none": "", "nbsp": "\u00a0"}[sep].join(groups)
    return [(text, ("label", "CREDIT_CARD", {"network": net, "length": n, "source": "test4"}))]


def _p(*sizes: int) -> Any:
    """Groups a digit string: _p(3, 2, 2)("123456789") -> "123 45 67 89" (the rest is a last group)."""
    def f(s: str, sep: str = " ") -> str:
        out, i = [], 0
        for n in sizes:
            out.append(s[i:i + n])
            i += n
        if i < len(s):
            out.append(s[i:])
        return sep.join(x for x in out if x)
    return f


# Mobile numbers as people write them, per region: functions of the national significant number.
MOBILE_FORMS: dict[str, list[Any]] = {
    "DE": [lambda n: f"0{n[:3]} {n[3:]}", lambda n: f"0{n[:3]}/{n[3:]}", lambda n: f"0{n[:3]}-{n[3:]}",
           lambda n: f"0{n[:3]} / {n[3:6]} {n[6:]}", lambda n: f"+49 (0){n[:3]} {n[3:]}", lambda n: f"+49 (0) {n[:3]} {n[3:]}",
           lambda n: f"+49 {n[:3]} {n[3:]}", lambda n: f"0049 {n[:3]} {n[3:]}", lambda n: f"+49{n}"],
    "AT": [lambda n: f"0{n[:3]} {n[3:]}", lambda n: f"0{n[:3]}/{n[3:]}", lambda n: f"+43 {n[:3]} {n[3:]}",
           lambda n: f"+43 (0){n[:3]} {n[3:]}", lambda n: f"0043 {n[:3]} {n[3:]}", lambda n: f"+43 {n[:3]}/{n[3:]}"],
    "CH": [lambda n: f"0{n[:2]} {_p(3, 2, 2)(n[2:])}", lambda n: f"+41 {n[:2]} {_p(3, 2, 2)(n[2:])}",
           lambda n: f"+41 (0){n[:2]} {_p(3, 2, 2)(n[2:])}", lambda n: f"0041 {n[:2]} {_p(3, 2, 2)(n[2:])}",
           lambda n: f"0{n[:2]}/{_p(3, 2, 2)(n[2:])}", lambda n: f"0{n}"],
    "FR": [lambda n: f"0{n[0]} {_p(2, 2, 2, 2)(n[1:])}", lambda n: f"0{n[0]}.{_p(2, 2, 2, 2)(n[1:], '.')}",
           lambda n: f"0{n}", lambda n: f"0{n[0]}-{_p(2, 2, 2, 2)(n[1:], '-')}", lambda n: f"+33 {n[0]} {_p(2, 2, 2, 2)(n[1:])}",
           lambda n: f"+33 (0){n[0]} {_p(2, 2, 2, 2)(n[1:])}", lambda n: f"+33 (0) {n[0]} {_p(2, 2, 2, 2)(n[1:])}",
           lambda n: f"0033 {n[0]} {_p(2, 2, 2, 2)(n[1:])}", lambda n: f"+33{n}", lambda n: f"0{n[0]}{_p(2, 2, 2, 2)(n[1:], '')}"],
    "BE": [lambda n: f"0{n[:3]} {_p(2, 2, 2)(n[3:])}", lambda n: f"0{n[:3]}/{_p(2, 2, 2)(n[3:], '.')}",
           lambda n: f"0{n[:3]}/{n[3:5]} {n[5:7]} {n[7:]}", lambda n: f"+32 {n[:3]} {_p(2, 2, 2)(n[3:])}",
           lambda n: f"+32 (0){n[:3]} {_p(2, 2, 2)(n[3:])}", lambda n: f"0032 {n[:3]} {_p(2, 2, 2)(n[3:])}"],
    "NL": [lambda n: f"06-{n[1:]}", lambda n: f"06 {n[1:5]} {n[5:]}", lambda n: f"06 {_p(2, 2, 2, 2)(n[1:])}",
           lambda n: f"06 - {n[1:]}", lambda n: f"+31 6 {n[1:]}", lambda n: f"+31 (0)6 {n[1:]}",
           lambda n: f"+31 6 {_p(2, 2, 2, 2)(n[1:])}", lambda n: f"0031 6 {n[1:]}", lambda n: f"+31 (0)6-{n[1:]}"],
    "ES": [lambda n: f"{n[:3]} {_p(2, 2, 2)(n[3:])}", lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: n,
           lambda n: f"+34 {n[:3]} {_p(2, 2, 2)(n[3:])}", lambda n: f"+34 {n}", lambda n: f"(+34) {n[:3]} {n[3:6]} {n[6:]}",
           lambda n: f"0034 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+34 {n[:3]} {n[3:6]} {n[6:]}"],
    "PT": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: n, lambda n: f"+351 {n[:3]} {n[3:6]} {n[6:]}",
           lambda n: f"(+351) {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"00351 {n}", lambda n: f"+351 {n}"],
    "IT": [lambda n: f"{n[:3]} {n[3:]}", lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}-{n[3:]}",
           lambda n: f"{n[:3]}/{n[3:]}", lambda n: f"+39 {n[:3]} {n[3:]}", lambda n: f"+39 {n}",
           lambda n: f"0039 {n[:3]} {n[3:]}", lambda n: f"(+39) {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+39 {n[:3]} {_p(3, 2, 2)(n[3:])}"],
    "PL": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: n,
           lambda n: f"+48 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+48 {n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"+48{n}",
           lambda n: f"0048 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"(+48) {n[:3]} {n[3:6]} {n[6:]}"],
    "SE": [lambda n: f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", lambda n: f"0{n[:2]}-{n[2:]}", lambda n: f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
           lambda n: f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", lambda n: f"+46 (0){n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
           lambda n: f"+46{n}", lambda n: f"0{n[:2]}-{n[2:5]}{n[5:]}", lambda n: f"0046 {n[:2]} {n[2:]}"],
    "DK": [lambda n: f"{_p(2, 2, 2, 2)(n)}", lambda n: f"{n[:4]} {n[4:]}", lambda n: n, lambda n: f"+45 {_p(2, 2, 2, 2)(n)}",
           lambda n: f"+45 {n[:4]} {n[4:]}", lambda n: f"(+45) {_p(2, 2, 2, 2)(n)}", lambda n: f"0045 {n}", lambda n: f"+45{n}"],
    "NO": [lambda n: f"{n[:3]} {n[3:5]} {n[5:]}", lambda n: n, lambda n: f"{_p(2, 2, 2, 2)(n)}",
           lambda n: f"+47 {n[:3]} {n[3:5]} {n[5:]}", lambda n: f"+47 {_p(2, 2, 2, 2)(n)}", lambda n: f"(+47) {n[:3]} {n[3:5]} {n[5:]}",
           lambda n: f"0047 {n}", lambda n: f"+47{n}"],
    "FI": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n[:2]}-{n[2:]}", lambda n: f"0{n[:2]} {n[2:]}",
           lambda n: f"+358 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+358 (0){n[:2]} {n[2:]}", lambda n: f"+358{n}",
           lambda n: f"0{n[:2]} {_p(3, 2, 2)(n[2:])}"],
    "CZ": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+420 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+420{n}",
           lambda n: f"00420 {n[:3]} {n[3:6]} {n[6:]}", lambda n: n, lambda n: f"+420 {n}", lambda n: f"(+420) {n[:3]} {n[3:6]} {n[6:]}"],
    "SK": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+421 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]}/{n[3:]}"],
    "RO": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]}.{n[3:6]}.{n[6:]}", lambda n: f"0{n}",
           lambda n: f"+40 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+40 (0){n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0040 {n[:3]} {n[3:6]} {n[6:]}",
           lambda n: f"+40{n}", lambda n: f"0{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"0{n[:3]} {n[3:]}"],
    "HU": [lambda n: f"06 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"06-{n[:2]}/{n[2:5]}-{n[5:]}", lambda n: f"06 {n[:2]}/{n[2:]}",
           lambda n: f"+36 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+36 ({n[:2]}) {n[2:5]}-{n[5:]}", lambda n: f"+36{n}",
           lambda n: f"0036 {n[:2]} {n[2:]}", lambda n: f"06{n}", lambda n: f"06-{n[:2]}-{n[2:5]}-{n[5:]}"],
    "TR": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", lambda n: f"0 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}",
           lambda n: f"0({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}", lambda n: f"({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}",
           lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n}", lambda n: f"+90 {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}",
           lambda n: f"+90 ({n[:3]}) {n[3:6]} {n[6:8]} {n[8:]}", lambda n: f"+90{n}", lambda n: f"0090 {n[:3]} {n[3:6]} {n[6:]}",
           lambda n: f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"],
    "GB": [lambda n: f"0{n[:4]} {n[4:]}", lambda n: f"0{n[:4]} {n[4:7]} {n[7:]}", lambda n: f"0{n}", lambda n: f"+44 {n[:4]} {n[4:]}",
           lambda n: f"+44 (0){n[:4]} {n[4:]}", lambda n: f"+44 (0) {n[:4]} {n[4:7]} {n[7:]}", lambda n: f"0044 {n[:4]} {n[4:]}",
           lambda n: f"+44{n}", lambda n: f"+44 {n[:4]} {n[4:7]} {n[7:]}"],
    "IE": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+353 {n[:2]} {n[2:5]} {n[5:]}",
           lambda n: f"+353 (0){n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n[:2]}-{n[2:]}", lambda n: f"0{n[:2]} {n[2:]}"],
    "US": [lambda n: f"({n[:3]}) {n[3:6]}-{n[6:]}", lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}",
           lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"1-{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}",
           lambda n: f"+1 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+1-{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"+1 {n[:3]}.{n[3:6]}.{n[6:]}",
           lambda n: f"001 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"({n[:3]}){n[3:6]}-{n[6:]}"],
    "JP": [lambda n: f"0{n[:2]}-{n[2:6]}-{n[6:]}", lambda n: f"0{n[:2]} {n[2:6]} {n[6:]}", lambda n: f"0{n}",
           lambda n: f"+81 {n[:2]}-{n[2:6]}-{n[6:]}", lambda n: f"+81-{n[:2]}-{n[2:6]}-{n[6:]}", lambda n: f"+81 {n[:2]} {n[2:6]} {n[6:]}",
           lambda n: _fullwidth(f"0{n[:2]}-{n[2:6]}-{n[6:]}"), lambda n: _fullwidth(f"0{n}"), lambda n: f"0{n[:2]}({n[2:6]}){n[6:]}"],
    "CN": [lambda n: f"{n[:3]} {n[3:7]} {n[7:]}", lambda n: f"{n[:3]}-{n[3:7]}-{n[7:]}", lambda n: n, lambda n: f"+86 {n[:3]} {n[3:7]} {n[7:]}",
           lambda n: f"+86-{n}", lambda n: f"+86 {n}", lambda n: f"0086 {n}", lambda n: f"(+86) {n}", lambda n: f"+86 {n[:3]}-{n[3:7]}-{n[7:]}"],
    "TW": [lambda n: f"0{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n}",
           lambda n: f"+886 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+886-{n}", lambda n: f"+886 {n}", lambda n: f"0{n[:3]}-{n[3:]}"],
    "HK": [lambda n: f"{n[:4]} {n[4:]}", lambda n: n, lambda n: f"+852 {n[:4]} {n[4:]}", lambda n: f"(852) {n[:4]} {n[4:]}",
           lambda n: f"+852-{n}", lambda n: f"{n[:4]}-{n[4:]}"],
    "KR": [lambda n: f"0{n[:2]}-{n[2:6]}-{n[6:]}", lambda n: f"0{n[:2]} {n[2:6]} {n[6:]}", lambda n: f"0{n}",
           lambda n: f"+82 {n[:2]}-{n[2:6]}-{n[6:]}", lambda n: f"+82 {n[:2]} {n[2:6]} {n[6:]}", lambda n: f"+82-{n[:2]}-{n[2:6]}-{n[6:]}",
           lambda n: f"+82 {n}", lambda n: f"0{n[:2]}.{n[2:6]}.{n[6:]}"],
    "IN": [lambda n: f"{n[:5]} {n[5:]}", lambda n: f"0{n}", lambda n: f"+91 {n[:5]} {n[5:]}", lambda n: f"+91-{n}",
           lambda n: f"+91 {n}", lambda n: f"+91-{n[:5]}-{n[5:]}", lambda n: f"(+91) {n[:5]} {n[5:]}", lambda n: f"+91 {n[:3]} {n[3:6]} {n[6:]}"],
    "BR": [lambda n: f"({n[:2]}) {n[2:-4]}-{n[-4:]}", lambda n: f"({n[:2]}) {n[2]} {n[3:-4]}-{n[-4:]}", lambda n: f"{n[:2]} {n[2:-4]}-{n[-4:]}",
           lambda n: f"({n[:2]}){n[2:-4]}-{n[-4:]}", lambda n: f"{n[:2]} {n[2:-4]} {n[-4:]}", lambda n: f"+55 {n[:2]} {n[2:-4]}-{n[-4:]}",
           lambda n: f"+55 ({n[:2]}) {n[2:-4]}-{n[-4:]}", lambda n: f"+55{n}", lambda n: f"+55 {n[:2]} {n[2]} {n[3:-4]}-{n[-4:]}",
           lambda n: f"{n[:2]} {n[2:]}"],
    "MX": [lambda n: f"{n[:2]} {n[2:6]} {n[6:]}", lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"({n[:2]}) {n[2:6]} {n[6:]}",
           lambda n: f"+52 {n[:2]} {n[2:6]} {n[6:]}", lambda n: f"+52{n}", lambda n: f"{n[:2]}-{n[2:6]}-{n[6:]}", lambda n: f"+52 1 {n[:2]} {n[2:6]} {n[6:]}"],
    "CO": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+57 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]} {n[3:]}",
           lambda n: f"(+57) {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+57 {n}"],
    "CL": [lambda n: f"+56 9 {n[1:5]} {n[5:]}", lambda n: f"9 {n[1:5]} {n[5:]}", lambda n: f"+569{n[1:]}", lambda n: f"(+56 9) {n[1:5]} {n[5:]}",
           lambda n: f"+56 9 {n[1:]}"],
    "PE": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+51 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+51 {n}"],
    "AR": [lambda n: f"+54 9 {n[1:3]} {n[3:7]}-{n[7:]}", lambda n: f"+54 9 {n[1:3]} {n[3:]}", lambda n: f"+549{n[1:]}"],
    "AU": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]} {n[3:]}", lambda n: f"+61 {n[:3]} {n[3:6]} {n[6:]}",
           lambda n: f"+61 (0){n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:1]}{n[1:3]}-{n[3:6]}-{n[6:]}", lambda n: f"+61{n}"],
    "NZ": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+64 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n[:2]}-{n[2:]}", lambda n: f"+64 (0){n[:2]} {n[2:]}"],
    "ZA": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+27 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+27 (0){n[:2]} {n[2:5]} {n[5:]}",
           lambda n: f"0{n[:2]}-{n[2:5]}-{n[5:]}", lambda n: f"0{n}"],
    "AE": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+971 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+971-{n[:2]}-{n[2:5]}-{n[5:]}",
           lambda n: f"00971 {n}", lambda n: f"+971 {n[:2]} {n[2:]}"],
    "SA": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+966 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"00966{n}", lambda n: f"0{n}"],
    "EG": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+20 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n}", lambda n: f"+20 {n}"],
    "MA": [lambda n: f"0{n[0]}-{_p(2, 2, 2, 2)(n[1:], '-')}", lambda n: f"0{n[0]} {_p(2, 2, 2, 2)(n[1:])}",
           lambda n: f"+212 {n[0]} {_p(2, 2, 2, 2)(n[1:])}", lambda n: f"+212 (0){n[0]} {_p(2, 2, 2, 2)(n[1:])}", lambda n: f"+212{n}"],
    "NG": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+234 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n}",
           lambda n: f"+234 (0){n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+234{n}"],
    "KE": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+254 {n[:3]} {n[3:]}", lambda n: f"+254 {n[:3]} {n[3:6]} {n[6:]}",
           lambda n: f"0{n}", lambda n: f"+254{n}"],
    "GH": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+233 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n}"],
    "SG": [lambda n: f"{n[:4]} {n[4:]}", lambda n: f"+65 {n[:4]} {n[4:]}", lambda n: f"+65-{n}", lambda n: f"(+65) {n[:4]} {n[4:]}", lambda n: n],
    "MY": [lambda n: f"0{n[:2]}-{n[2:5]} {n[5:]}", lambda n: f"0{n[:2]}-{n[2:]}", lambda n: f"+60 {n[:2]}-{n[2:5]} {n[5:]}", lambda n: f"+60{n}"],
    "ID": [lambda n: f"0{n[:3]}-{n[3:7]}-{n[7:]}", lambda n: f"0{n}", lambda n: f"+62 {n[:3]}-{n[3:7]}-{n[7:]}",
           lambda n: f"+62 {n[:3]} {n[3:7]} {n[7:]}", lambda n: f"+62{n}"],
    "PH": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+63 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]}-{n[3:6]}-{n[6:]}", lambda n: f"+63{n}"],
    "VN": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+84 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n}"],
    "TH": [lambda n: f"0{n[:2]}-{n[2:5]}-{n[5:]}", lambda n: f"+66 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n}"],
    "GR": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"+30 {n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}-{n[3:]}", lambda n: f"+30 {n}", lambda n: n],
    "UA": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", lambda n: f"+380 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
           lambda n: f"+380 ({n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}", lambda n: f"(0{n[:2]}) {n[2:5]}-{n[5:7]}-{n[7:]}", lambda n: f"+380{n}"],
    "RU": [lambda n: f"8 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}", lambda n: f"+7 ({n[:3]}) {n[3:6]}-{n[6:8]}-{n[8:]}",
           lambda n: f"+7 {n[:3]} {n[3:6]}-{n[6:8]}-{n[8:]}", lambda n: f"8{n}", lambda n: f"+7{n}", lambda n: f"8-{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"],
    "IL": [lambda n: f"0{n[:2]}-{n[2:5]}-{n[5:]}", lambda n: f"0{n[:2]}-{n[2:]}", lambda n: f"+972 {n[:2]}-{n[2:5]}-{n[5:]}",
           lambda n: f"+972-{n[:2]}-{n[2:]}", lambda n: f"+972 {n[:2]} {n[2:5]} {n[5:]}"],
    "LB": [lambda n: f"{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+961 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}"],
    "PK": [lambda n: f"0{n[:3]}-{n[3:]}", lambda n: f"0{n[:3]} {n[3:]}", lambda n: f"+92 {n[:3]} {n[3:]}", lambda n: f"+92-{n[:3]}-{n[3:]}",
           lambda n: f"0{n}", lambda n: f"+92{n}"],
    "SN": [lambda n: f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", lambda n: f"+221 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", lambda n: f"(+221) {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"],
    "ET": [lambda n: f"0{n[:2]} {n[2:5]} {n[5:]}", lambda n: f"+251 {n[:2]} {n[2:5]} {n[5:]}", lambda n: f"0{n}"],
}
MOBILE_FORMS["CA"] = MOBILE_FORMS["US"]
# Landlines: derived from libphonenumber's national format (area code first), per region style.
SLASH_AREA = {"DE", "AT", "CH", "BE", "HU"}
PAREN_AREA = {"DE", "AT", "GB", "AU", "BR", "PL", "US", "CA", "TW", "CN", "NL", "TR", "MX", "AR", "UA", "RO", "IN"}
TRUNK0_INTL = {"DE", "AT", "CH", "GB", "NL", "BE", "FR", "SE", "FI", "RO", "ZA", "NG", "IE", "AU", "NZ", "MA"}
PLUS_PAREN = {"ES", "PT", "IT", "PL", "DK", "NO", "CZ", "SG", "CO", "SN", "IN"}
FW = str.maketrans("0123456789-()+", "０１２３４５６７８９－（）＋")


def _fullwidth(s: str) -> str:
    return s.translate(FW)


def _landline_forms(num: pn.PhoneNumber, region: str) -> list[str]:
    nat = pn.format_number(num, PNF.NATIONAL)
    intl = pn.format_number(num, PNF.INTERNATIONAL)
    cc = num.country_code
    rest_intl = intl.split(" ", 1)[1] if " " in intl else pn.national_significant_number(num)
    out = [nat, nat, intl, f"00{cc} {rest_intl}"]
    parts = nat.replace("(", "").replace(")", "").replace("-", " ").split(" ", 1)
    if len(parts) == 2:
        area, sub = parts
        if region in SLASH_AREA:
            out += [f"{area}/{sub.replace(' ', '')}", f"{area} / {sub}", f"{area}/{sub}"]
        if region in PAREN_AREA:
            out += [f"({area}) {sub}", f"({area}) {sub.replace(' ', '')}"]
        if region == "DE" and len(sub.replace(" ", "")) >= 6:
            s = sub.replace(" ", "")
            out += [f"{area} {s[:-2]}-{s[-2:]}", f"{area} {s[:-3]}-{s[-3:]}", f"+49 {area[1:]} {s[:-3]}-{s[-3:]}"]
        if region in TRUNK0_INTL and area.startswith("0"):
            out += [f"+{cc} (0){area[1:]} {sub}", f"+{cc} (0) {area[1:]} {sub}"]
        if region == "JP":
            out += [f"{area}({sub.replace(' ', ')', 1)}", _fullwidth(nat), f"{area} {sub.replace(' ', '-')}"]
        if region == "KR":
            out += [f"{area}){sub.replace(' ', '-')}", f"{area}.{sub.replace(' ', '.')}"]
        if region == "CN":
            out += [f"{area}-{sub.replace(' ', '')}", f"({area}){sub.replace(' ', '')}"]
        if region == "FR":
            out += [nat.replace(" ", "."), nat.replace(" ", ""), f"+33 (0){nat[1:]}"]
        if region in ("SE", "FI", "NO", "DK", "CZ", "PL", "RO", "IT", "ES", "PT"):
            out += [nat.replace("-", " "), f"{area}-{sub.replace(' ', '')}" if region in ("SE", "FI", "RO", "IT") else nat]
    if region in PLUS_PAREN:
        out.append(f"(+{cc}) {rest_intl}")
    return out


def _phone(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    r, g = doc.r, doc.g
    who = args[0] if args else ""
    want = args[1] if len(args) > 1 and args[1] else "any"
    fam = args[2] if len(args) > 2 else "any"
    if who in PEOPLE:
        region = doc.person(who).culture.code
    elif len(who) == 2 and who.isupper():
        region = who
    else:
        region = r.choice(doc.pool) if doc.lang != "en" else g.cultures.pick()
    types = {"mobile": [PNT.MOBILE], "landline": [PNT.FIXED_LINE], "any": [PNT.MOBILE, PNT.FIXED_LINE]}[want]
    num = None
    for t in [*r.sample(types, len(types)), PNT.MOBILE, PNT.FIXED_LINE]:
        num = g._random_number(region, t)
        if num is not None:
            break
    assert num is not None, region
    nsn = pn.national_significant_number(num)
    nat, intl, e164 = (pn.format_number(num, f) for f in (PNF.NATIONAL, PNF.INTERNATIONAL, PNF.E164))
    mobile = pn.number_type(num) in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE) and region in MOBILE_FORMS
    special = [f(nsn) for f in MOBILE_FORMS[region]] if mobile else _landline_forms(num, region)
    generic = [nat, intl, intl, e164, f"00{intl[1:]}", nat.replace(" ", ""), intl.replace(" ", "-")]

    def ok(text: str) -> bool:
        try:
            back = pn.parse(text, region)
        except pn.NumberParseException:
            return False
        return (back.country_code == num.country_code and back.national_number == num.national_number
                and not back.extension and pn.is_valid_number(back) and pn.region_code_for_number(back) == region)

    def family(text: str) -> str:
        return "intl" if text.lstrip("(（").startswith(("+", "00", "＋")) else "nat"

    special = [s for s in dict.fromkeys(special) if ok(s) and fam in ("any", family(s))]
    generic = [s for s in dict.fromkeys(generic) if ok(s) and fam in ("any", family(s))]
    pool = special if special and (r.random() < 0.75 or not generic) else generic
    text = r.choice(pool) if pool else nat
    fmt = {nat: "NATIONAL", intl: "INTERNATIONAL", e164: "E164"}.get(text, "variant")
    return [(text, ("label", "PHONE_NUMBER", {"region": region, "format": fmt}))]


def _rf(doc: Any) -> str:
    ref = _fill(doc, doc.r.choice(["%#####", "%########", "%###########", "??%####"]))
    num = "".join(str(int(ch, 36)) for ch in ref + "RF00")
    text = f"RF{98 - int(num) % 97:02d}{ref}"
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4)) if doc.r.random() < 0.6 else text


def slot(doc: Any, spec: str) -> list[tuple[str, Any]]:
    head, _, rest = spec.partition(":")
    if head == "ph":
        return _phone(doc, rest.split(":") if rest else [])
    if head == "card":
        return _card(doc, rest.split(":") if rest else [])
    if head in ("neg", "loc", "nonluhn"):
        kind, _, pats = rest.partition(":")
        pat = doc.r.choice(pats.split("|"))
        text = _fill(doc, pat)
        if head == "nonluhn":
            while _luhn_ok("".join(ch for ch in text if ch.isdigit())):
                text = _fill(doc, pat)
        if head == "loc":
            return [(text, ("label", "LOCATION", {"subtype": kind}))]
        doc.g.neg_kinds[kind] += 1
        return [(text, ("neg", kind))]
    if head == "rf":
        doc.g.neg_kinds["payment_reference"] += 1
        return [(_rf(doc), ("neg", "payment_reference"))]
    if head == "time":   # «T4:time», «T4:time:am» (07-11 h), «T4:time:pm» (13-20 h)
        doc.g.neg_kinds["time"] += 1
        lo, hi = {"am": (7, 11), "pm": (13, 20)}.get(rest, (7, 21))
        h, m = doc.r.randint(lo, hi), doc.r.choice([0, 0, 15, 30, 30, 45, 10, 50])
        return [(f"{h:02d}:{m:02d}" if doc.r.random() < 0.7 else f"{h}:{m:02d}", ("neg", "time"))]
    raise KeyError(f"unknown test4 slot «T4:{spec}»")



# ------------------------------------------------------------------------------------------------
# English (people from all 58 cultures)
# ------------------------------------------------------------------------------------------------

EN = [
    T("en_ticket_port_out_fraud", "ticket", "en", """Subject: My number was ported out without my consent – URGENT
Ticket «N:order_number» · priority P1 · via web form

Name on the account: «P1.full»
Number affected: «T4:ph:P1:mobile»
Call me back on: «T4:ph:P2» (my «sister|brother|partner|neighbour»'s phone, ask for «P1.first»)

Around «T4:time» on «N:date» my phone dropped to "SOS only". When I rang your helpline from a friend's phone the agent said the number had been moved to another network on a port request placed from IP «IP4». I never asked for that. Within the hour someone tried a password reset on my banking app and there are two charges on my card «T4:card:local:sp» (exp. «T4:neg:card_expiry:0%/2#|10/2#|12/2#»): «T4:neg:amount:$%##.##|€%##,##|£%##.##» and «T4:neg:amount:$%#.##|€%#,##|£%#.##».

The card is blocked now. Please freeze the port, send me the port log and reply to «P1.email», not to the phone.
Case number from the bank: «T4:neg:case_number:FRD-######|CSE-########»"""),

    T("en_ticket_hotel_folio", "ticket", "en", """[Guest Relations] Disputed charges on folio «T4:neg:invoice_number:F-######|FOL#######»
Guest: «P1.title_last» («P1.full»)
Room «T4:neg:room_number:%0#|%1#|1%0#» · stay «N:date» – «N:date» · confirmation «T4:neg:booking_reference:%########|HX%######»

Guest writes: "At checkout the desk said the card ending «T4:neg:masked_card:####» would only be charged the room rate. My statement now shows «T4:neg:amount:$%##.##|£%##.##|€%##,##» extra for room service I never ordered, plus parking although I came by train. I paid the deposit with a different card, «T4:card:amex:any» – please refund to that one. I'm on «T4:ph:P1» until «NW:weekday:Friday|Thursday», after that try my office «PHONE_EXT»."

Front desk note («P2.first», night audit): room service ticket «T4:neg:order_number:RS-####» was posted to room «T4:neg:room_number:%1#|%2#|%0#», probably keyed wrong. Refund approved up to «T4:neg:amount:$%##.##|£%##.##|€%##,##»."""),

    T("en_ticket_w2_wrong_ssn", "ticket", "en", """Subject: W-2 shows the wrong SSN – need a W-2c
Submitted by: «P1.full» («P1.work_email»)
Employee ID: «T4:neg:customer_number:E######»
Employer EIN (box b): «T4:neg:company_id:%#-#######»

Hi payroll team, my W-2 has SSN «SSN» in box a, but my number is «SSN». Two digits are swapped, so my e-file was rejected (reject code «NW:error_code:IND-031-04|IND-181-01|R0000-504-02»). Please issue a corrected form and mail it to «ADDR:US».
My cell is «T4:ph:US:mobile»; I work the «T4:time:am»–«T4:time:pm» shift so texts are easier. Direct deposit (routing «T4:neg:routing_number:0########|1########|2########») hasn't changed.
Thanks!"""),

    T("en_email_supplier_invoice", "email", "en", """From: Accounts Receivable <«EMAIL:role»>
To: «P1.work_email»
Subject: Invoice «N:invoice_number» – our bank details have NOT changed

Dear «P1.first»,

Please find the attached invoice for «T4:neg:amount:£%,###.##|£%##.##», due «N:date». We've heard of fake emails asking customers to pay a "new" account: if you receive one, phone us before paying anything.

Beneficiary: «CO»
IBAN: «IBAN:GB»
BIC: «BIC:GB»
Payment reference: «T4:rf»
VAT reg. no.: «T4:neg:vat_id:GB %## #### ##|GB%########»
Company no.: «T4:neg:company_id:0#######|SC%#####»

Queries go to «P2.full» in credit control on «T4:ph:GB:landline» or «P2.work_email».

Kind regards,
«ME.full»
Accounts Receivable, «CO»
T «T4:ph:GB:landline:nat» | F «T4:ph:GB:landline:nat» | M «T4:ph:GB:mobile»
Registered office: «ADDR:GB»"""),

    T("en_email_itinerary", "email", "en", """Subject: Itinerary for «P1.full» – «L:city:Singapore» «N:date»

Hi «P1.first»,

Here is the final itinerary. Booking reference «T4:neg:booking_reference:?%??%?|??%%??», e-ticket «T4:neg:ticket_number:%##-##########».

  Outbound «T4:neg:flight_number:SQ %##|SQ %%|TK %#|EK %##» dep. «T4:time:am» arr. «T4:time:pm» (+1), seat «T4:neg:seat:%#A|%#C|%#D|%#F|%#K|%A|%C»
  Return «T4:neg:flight_number:SQ %##|EK %##|QR %##» dep. «T4:time», seat «T4:neg:seat:%#A|%#C|%#H|%#K»

Hotel: «IG:organization:Pan Pacific Orchard|Raffles Hotel|Shangri-La Hotel|Mandarin Oriental», «ADDR:SG», front desk «T4:ph:SG:landline:intl»
Charged to the company UATP account «T4:card:uatp:any»; incidentals on your own card.

Your mobile for disruption alerts: «T4:ph:P1:mobile:intl». Emergency contact on file: «P2.full», «T4:ph:P2:any:intl».
Our 24/7 travel desk: «T4:ph:GB:landline:intl» or «EMAIL:role».

Safe travels,
«ME.first»"""),

    T("en_email_reference_check", "email", "en", """Subject: Reference request – «P1.full»

Hi «P2.first»,

«P1.first» has applied for a «NW:job_title:Senior Analyst|Staff Nurse|Warehouse Supervisor|Account Manager» role with us and named you as a referee. Would you have ten minutes for a call this week? My direct line is «T4:ph:ME:landline» and my mobile «T4:ph:ME:mobile»; I'm around «T4:time:am»–«T4:time:pm» most days.

The second referee, «P3.full», asked us to try «T4:ph:P3», but I've left two voicemails there. If you're still in touch, a nudge would be great.

For your records: requisition «T4:neg:case_number:REQ-#####», interview held «N:date» in room «T4:neg:room_number:%.##|B%##».

Many thanks,
«ME.full»
«NW:job_title:Talent Acquisition Partner|HR Business Partner» | «CO»
«ME.work_email»"""),

    T("en_crm_collections_call", "crm_note", "en", """Collections – acct «T4:neg:customer_number:AC-########|##########»
«N:date» «T4:time» outbound to «P1.full»
Numbers on file: home «T4:ph:P1:landline» · work «T4:ph:P1:landline» · cell «T4:ph:P1:mobile»
- Home: number not in service. Work: receptionist («P2.first») took a message.
- Reached on cell. Disputes late fee of «T4:neg:amount:$%#.##|£%#.##|€%#,##»; agreed plan «T4:neg:amount:$%##.00|£%##.00|€%##,00» on «N:date», then monthly.
- First instalment taken by phone on «T4:card:verve|rupay|mir|discover|jcb15:any», auth «T4:neg:auth_code:?#?#?#|%#####».
- New email «P1.email». Do not call before 9am (customer request).
- Overpayment from «N:date» refunded to «IBAN».
- Next review «N:date»."""),

    T("en_crm_trade_show_lead", "crm_note", "en", """Lead – booth «T4:neg:booth_number:Hall %, Stand ?%#|?%##» – «N:date»
Badge «T4:neg:badge_id:%#######»
«P1.full», «NW:job_title:Procurement Manager|Head of Logistics|IT Director|Operations Lead» at «CO»
Mobile (WhatsApp ok): «T4:ph:P1:mobile:intl»   Switchboard: «T4:ph:P1:landline:intl»
Email: «P1.work_email»
Company reg. «T4:neg:company_id:HRB ######|RCS %## ### ###|KvK %#######»
Wants 40 units of «T4:neg:product_code:SKU-####-??|P/N %##-####-##», current supplier quoted «T4:neg:amount:€%#.###|$%,###|£%,###» per unit.
Colleague «P2.full» («T4:ph:P2») handles the tender, deadline «N:date».
TODO: deck + price list to both by «NW:weekday:Friday|Monday»."""),

    T("en_crm_auto_claim", "crm_note", "en", """Claim «T4:neg:claim_number:CLM-%#######» – rear-end collision «N:date»
Insured: «P1.full», SSN «SSN»
Cell «T4:ph:US:mobile» · alt «T4:ph:US:landline»
Other driver: «P2.full», insured with «CO1», their claim # «T4:neg:claim_number:%#-####-####-##»
Vehicle at tow yard «ADDR:US», ph «T4:ph:US:landline»
Portal upload of 6 photos from «IP» at «N:timestamp».
Estimate «T4:neg:amount:$%,###.##», deductible «T4:neg:amount:$%00|$1,000|$%50», rental approved 10 days.
Adjuster «ME.initial_last», ext. «T4:neg:extension:%###»"""),

    T("en_chat_house_move", "chat", "en", """«P1.first»: movers confirmed for «NW:weekday:Saturday|Sunday» «T4:time» 🚚
«P2.first»: send their number in case they're late
«P1.first»: «T4:ph:P1:landline»
«P3.first_lower»: new landlord is «P4.full», «T4:ph:P4:mobile»
«P2.first»: deposit goes where?
«P4.first»: hi all, «P4.first» here 👋 deposit to «IBAN» please, reference «T4:neg:payment_reference:FLAT%#-####»
«P1.first»: key box code is «T4:neg:short_digit_group:####», don't post it anywhere else lol
«P3.first»: «T4:ph:P3» is my new number btw"""),

    T("en_chat_billing_support", "chat", "en", """[«VAR:h:num:10-17»:02] Customer: hi my payment keeps failing
[«VAR:h:num:10-17»:02] «AGENT.first» (Billing): Sorry about that! What's the order number?
[«VAR:h:num:10-17»:03] Customer: «N:order_number»
[«VAR:h:num:10-17»:03] Customer: card is «T4:card:any:any» exp «T4:neg:card_expiry:0%/2#|11/2#»
[«VAR:h:num:10-17»:04] Customer: and the gift card «T4:nonluhn:gift_card_number:6### #### #### ####|################» didn't apply either
[«VAR:h:num:10-17»:05] «AGENT.first» (Billing): Please don't post full card numbers in chat – I've asked for this message to be masked. The bank declined with code 05.
[«VAR:h:num:10-17»:06] Customer: ok can someone call me «T4:ph:P1»
[«VAR:h:num:10-17»:06] «AGENT.first» (Billing): Callback requested. Is «P1.email» still the best email?
[«VAR:h:num:10-17»:07] Customer: yes, or my partner «P2.first» on «T4:ph:P2:mobile»"""),

    T("en_chat_ops_channel", "chat", "en", """#ops-alerts
«P1.first_lower»: 5xx spike on checkout since «T4:time» UTC, «N:version_string» went out at the same time
«P2.first»: top offenders «IP4» and «IP6», both hammering /api/v2/cards/verify
«P3.first»: blocking the range for now. on-call phone is «T4:ph:P3:mobile» if the pager dies again
«P2.first»: rolled back to «N:version_string» at «T4:time», errors under 0.2%
«P1.first_lower»: «P4.full» from the acquiring bank wants a call, «PHONE_EXT»
«P3.first»: incident INC-«X:num:1000-9999», postmortem «NW:weekday:Tuesday|Wednesday» in room «T4:neg:room_number:%.##|%##?»"""),

    T("en_tool_crm_create_contact", "tool_args", "en", {
        "tool": "crm.create_contact",
        "arguments": {
            "first_name": "«P1.first»", "last_name": "«P1.last»",
            "phones": [{"type": "mobile", "number": "«T4:ph:P1:mobile»", "primary": True},
                       {"type": "work", "number": "«T4:ph:P1:landline»", "ext": "«T4:neg:extension:%##»"},
                       {"type": "fax", "number": "«T4:ph:P1:landline:intl»"}],
            "emails": ["«P1.email»", "«P1.work_email»"],
            "address": {"street": "«P1.street»", "city": "«P1.city»", "postal_code": "«P1.postcode»",
                        "country": "«P1.country»"},
            "company": "«CO»",
            "payout_iban": "«IBAN»",
            "source": "webinar «N:date»",
            "owner_id": "«T4:neg:customer_number:usr_#####»"}}),

    T("en_tool_payment_result", "tool_args", "en", {
        "tool_result": {"status": "requires_action",
                        "payment": {"id": "«T4:neg:order_number:pay_############»", "amount": "«N:amount»",
                                    "created": "«N:timestamp»",
                                    "card": {"number": "«T4:card:any:none»", "exp": "«T4:neg:card_expiry:0%/2#|10/2#»",
                                             "funding": "credit", "three_d_secure": "«N:version_string»"},
                                    "billing_details": {"name": "«P1.full»", "phone": "«T4:ph:P1::intl»",
                                                        "email": "«P1.email»"},
                                    "risk": {"ip": "«IP»", "score": "«X:num:10-99»"}}}}),

    T("en_tool_helpdesk_search", "tool_args", "en", {
        "tool_result": {"query": "requester_phone:* status:open", "count": 3, "tickets": [
            {"id": "«T4:neg:case_number:#%#####»", "subject": "Can't log in after password reset",
             "requester": "«P1.full»", "requester_phone": "«T4:ph:P1»", "last_ip": "«IP4»",
             "created_at": "«N:timestamp»"},
            {"id": "«T4:neg:case_number:#%#####»", "subject": "Refund for order «N:order_number»",
             "requester": "«P2.full»", "requester_phone": "«T4:ph:P2:mobile»", "cc": ["«P2.email»", "«EMAIL»"],
             "created_at": "«N:timestamp»"},
            {"id": "«T4:neg:case_number:#%#####»", "subject": "Update W-9 details",
             "requester": "«P3.full»", "requester_phone": "«T4:ph:US»",
             "custom_fields": {"ssn": "«SSN»", "tax_year": "«NW:year:2024|2025»"}, "created_at": "«N:timestamp»"},
        ]}}),
]

# ------------------------------------------------------------------------------------------------
# German, French, Spanish, Portuguese (Brazil), Japanese, Chinese: one template per kind
# ------------------------------------------------------------------------------------------------

DE = [
    T("de_ticket_rufnummernmitnahme", "ticket", "de", """Betreff: Rufnummernmitnahme gescheitert – Auftrag «T4:neg:order_number:A-#########|VVL-########»

Kundennummer: «T4:neg:customer_number:%#########|K-########»
Name: «P1.full»
Mitzunehmende Rufnummer: «T4:ph:DE:mobile:nat»

Guten Tag,
seit dem «N:date» warte ich auf die Portierung meiner Nummer. Laut Ihrer Hotline hat der alte Anbieter abgelehnt, weil das Geburtsdatum nicht passt – der Vertrag lief aber auf «P2.full» (Ehepartner).
Bitte rufen Sie mich zurück: Tel. Büro «T4:ph:DE:landline» (Mo–Fr «T4:time:am»–«T4:time:pm» Uhr), sonst Handy von «P2.first»: «T4:ph:P2:mobile».
Die Bearbeitungsgebühr von «T4:neg:amount:%#,## €|%#,90 €» wurde trotzdem von meiner Kreditkarte «T4:card:local:any» abgebucht. Bitte erstatten Sie sie auf mein Konto «IBAN:DE».

Freundliche Grüße
«P1.full»
«ADDR_ML:DE»""", pool=["DE"]),

    T("de_email_schlussrechnung_bad", "email", "de", """Betreff: Schlussrechnung «N:invoice_number» – Badsanierung

Guten Tag, «P1.title_last»,

anbei unsere Schlussrechnung über «T4:neg:amount:%.###,## €|%#.###,## €» (inkl. 19 % MwSt.) für die Arbeiten vom «N:date» bis «N:date» in Ihrer Wohnung, «P1.address».
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen ohne Abzug:

Kontoinhaber: «CO»
IBAN: «IBAN:DE:spaced»
BIC: «BIC:DE»
Verwendungszweck: «N:invoice_number» / Kd.-Nr. «T4:neg:customer_number:1####»

Bei Rückfragen erreichen Sie «P2.first» im Büro unter «T4:ph:DE:landline».

Freundliche Grüße aus der Werkstatt
«ME.full»
«NW:job_title:Installateur- und Heizungsbauermeister|Geschäftsführer»
«CO»
«ADDR:DE»
Post bitte an: «T4:loc:po_box:Postfach 10 ## ##, 1#### Berlin|Postfach %# ##, 8#### München|Postfach 1# ## ##, 2#### Hamburg»
Tel. «T4:ph:DE:landline:nat» · Fax «T4:ph:DE:landline:nat» · Mobil «T4:ph:ME:mobile»
«ME.work_email»
USt-IdNr. «T4:neg:vat_id:DE%########» · Steuernr. «T4:neg:tax_number:1#/###/#####|%#/%##/#####» · HRB «T4:neg:company_id:%####»""", pool=["DE"]),

    T("de_crm_energie_abschlag", "crm_note", "de", """Kontakt «N:date», «T4:time» Uhr – eingehender Anruf
Kunde: «P1.fullr», Vertragskonto «T4:neg:contract_number:%##########»
Zählernummer: «T4:neg:meter_number:1ESY11#########|1APA01#########»
Rückrufnummer lt. System: «T4:ph:P1», Kunde bittet aber um Handy: «T4:ph:DE:mobile»
Anliegen: Abschlag zu hoch («T4:neg:amount:%##,00 €» statt «T4:neg:amount:%#,00 €»), Zählerstand «T4:neg:meter_reading:#####,#» kWh am «N:date».
SEPA-Mandat geändert: neue IBAN «IBAN:DE:compact», Mandatsreferenz «T4:neg:mandate_reference:M-########», Gläubiger-ID «T4:neg:creditor_id:DE%#ZZZ0000#######».
Lieferstelle unverändert: «ADDR:DE»
Wiedervorlage «N:date» (Bearb. «ME.first_initial»)"""),

    T("de_chat_fahrdienst_turnier", "chat", "de", """«P1.first»: Hallo zusammen, wer übernimmt am «NW:weekday:Samstag|Sonntag» den Fahrdienst zum Turnier? Abfahrt «T4:time» am Vereinsheim
«P2.first»: Ich kann drei Kinder mitnehmen 🚗
«P3.first_lower»: wir auch. hat jemand die nummer vom trainer?
«P1.first»: Handy von «P4.first»: «T4:ph:P4:mobile», Vereinsheim Festnetz «T4:ph:DE:landline»
«P4.first»: Bin ab «T4:time» in der Halle, Parkplatz-Schranke Code «T4:neg:short_digit_group:%###»
«P1.first»: Startgeld 15 € pro Kind bitte bis «N:date» auf «IBAN:DE:compact» (Verwendungszweck: Turnier + Name Kind)""", pool=["DE"]),

    T("de_tool_kunde_anlegen", "tool_args", "de", {
        "tool": "erp.kunde_anlegen",
        "parameter": {
            "vorname": "«P1.first»", "nachname": "«P1.last»",
            "kontakt": {"telefon_privat": "«T4:ph:P1:landline»", "mobilnummer": "«T4:ph:P1:mobile»",
                        "telefon_geschaeftlich": "«T4:ph:DE:landline»", "fax": "", "email": "«P1.email»"},
            "anschrift": {"strasse": "«P1.street»", "plz": "«P1.postcode»", "ort": "«P1.city»", "land": "«P1.country»"},
            "zahlung": {"art": "Kreditkarte", "kartennummer": "«T4:card:local:none»",
                        "gueltig_bis": "«T4:neg:card_expiry:0%/2#|10/2#|12/2#»", "karteninhaber": "«P1.full»"},
            "bankverbindung": {"iban": "«IBAN:AT:compact»", "bic": "«BIC:AT»"},
            "kundennummer": "«T4:neg:customer_number:KD-%#####»",
            "lieferzone_plz": "«NW:zip_code:01000-09999|20000-29999|80000-87999|10115-14199|50667-51149»"}}, pool=["AT", "AT", "DE"]),
]

FR = [
    T("fr_ticket_opposition_carte", "ticket", "fr", """Objet : Opposition carte + prélèvements non reconnus
Réf. dossier : «T4:neg:case_number:DOS-########»
Titulaire de la carte : «P1.full_fr»
N° de carte : «T4:card:local:nbsp»
Portable : «T4:ph:FR:mobile»

Bonjour,
j'ai fait opposition le «N:date» à «T4:neg:time:1%h00|1%h30|0%h45|1%h15». Trois prélèvements inconnus : «T4:neg:amount:%#,## €», «T4:neg:amount:%##,## €» et «T4:neg:amount:%##,## €» chez un marchand en ligne. Mon agence («P2.title_last») m'a conseillé de vous écrire ici.
Vous pouvez me joindre au «T4:ph:P1» ou sur le fixe au «T4:ph:FR:landline» après 18 h.
Merci de rembourser sur mon compte «IBAN:FR».
«P1.first»""", pool=["FR"]),

    T("fr_email_facture_plombier", "email", "fr", """Objet : Facture n° «N:invoice_number» – dépannage du «N:date»

Bonjour «P1.first»,

Vous trouverez ci-joint la facture de l'intervention chez vous («P1.address»).
Montant TTC : «T4:neg:amount:%## €|%#,## €|1 %##,## €» – règlement par virement sous 30 jours :
IBAN : «IBAN:FR:spaced»
BIC : «BIC:FR»
Merci de rappeler le numéro de facture en référence.

Bien à vous,
«ME.full_fr»
Plombier-chauffagiste
SIRET : «T4:neg:company_id:%## ### ### #####|%##%#####00012»
N° TVA : «T4:neg:vat_id:FR%# %## ### ###»
Tél. : «T4:ph:ME:mobile» – «ME.work_email»""", pool=["FR"]),

    T("fr_crm_degat_des_eaux", "crm_note", "fr", """Appel entrant – «N:date» à «T4:neg:time:1%h15|1%h45|0%h45»
Sociétaire : «P1.full» – contrat MRH n° «T4:neg:contract_number:%#######-##»
Sinistre : dégât des eaux, appartement au 3e, «P1.address»
Voisin du dessus : «P2.title_last», joignable au «T4:ph:P2»
Plombier mandaté : «CO», tél. «T4:ph:FR:landline», devis «T4:neg:amount:%.###,## €|%## € HT»
Indemnité à virer sur «IBAN:FR:compact» (ancien compte «IBAN:MC» clôturé).
Rappel prévu «NW:weekday:lundi|mardi» entre «T4:time:am» et «T4:time:pm». Portable : «T4:ph:P1:mobile:nat»"""),

    T("fr_chat_club_foot", "chat", "fr", """«P1.first» : Les gars, match reporté à «NW:weekday:dimanche|samedi» «T4:neg:time:1%h00|1%h30»
«P2.first» : ok. Qui a le num du nouveau coach ?
«P1.first» : «T4:ph:P3:mobile»
«P3.first» : c'est moi 😂 mon fixe c'est le «T4:ph:P3:landline» si jamais
«P4.first_lower» : cotisation 45 € à virer sur «IBAN:BE», communication structurée «T4:neg:payment_reference:+++%##/####/#####+++»
«P2.first» : reçu, merci «P4.first» 👍""", pool=["BE", "BE", "FR"]),

    T("fr_tool_commande", "tool_args", "fr", {
        "outil": "commande.creer",
        "parametres": {
            "client": {"nom": "«P1.last»", "prenom": "«P1.first»", "tel_portable": "«T4:ph:P1:mobile»",
                       "tel_fixe": "«T4:ph:P1:landline»", "courriel": "«P1.email»"},
            "livraison": {"adresse": "«P1.street»", "code_postal": "«P1.postcode»", "ville": "«P1.city»",
                          "creneau": "«T4:time:am»-«T4:time:pm»"},
            "paiement": {"moyen": "carte", "numero_carte": "«T4:card:local:sp»",
                         "expiration": "«T4:neg:card_expiry:0%/2#|11/2#»", "cryptogramme": "***"},
            "articles": [{"ref": "«T4:neg:product_code:REF-#####-?|%######»", "qte": 2, "prix_unitaire": "«T4:neg:amount:%#,##|%##,##»"}],
            "relais_colis": "«T4:neg:pickup_point:FR-%#####»"}}),
]

ES = [
    T("es_ticket_cobro_duplicado", "ticket", "es", """Asunto: Cobro duplicado en mi tarjeta – pedido «N:order_number»
Nombre: «P1.full»
Teléfono: «T4:ph:ES:mobile»
Tarjeta: «T4:card:local:dash»

Hola, el «N:date» hice un pedido de «T4:neg:amount:%#,## €|%##,## €» y me lo habéis cobrado dos veces (adjunto captura del extracto). Podéis llamarme al «T4:ph:P1» de «T4:time:am» a «T4:time:pm», o al fijo de casa, «T4:ph:ES:landline».
El reembolso, por favor, a mi cuenta «IBAN:ES».
Gracias,
«P1.first»""", pool=["ES"]),

    T("es_email_cargo_rechazado_mx", "email", "es", """Asunto: Aviso de cargo rechazado – membresía «N:order_number»

Estimado/a cliente «P1.full»:

El cargo mensual de «T4:neg:amount:$%## MXN|$%,### MXN» a su tarjeta con terminación «T4:neg:masked_card:####» fue rechazado. Para evitar la suspensión actualice su método de pago en línea o comuníquese al «T4:ph:MX:landline:nat» de lunes a viernes de «T4:time:am» a «T4:time:pm».
Si ya realizó el pago, haga caso omiso de este mensaje. Folio de aclaración: «T4:neg:case_number:%#########».

Atentamente,
«ME.full»
«NW:job_title:Ejecutiva de Cobranza|Gerente de Atención a Clientes»
«CO» · RFC «T4:neg:company_id:???%#####?#|???%#####??#»
Tel. directo «T4:ph:ME:landline» · Cel. «T4:ph:ME:mobile» · «ME.work_email»""", pool=["MX"]),

    T("es_crm_impuestos_ee_uu", "crm_note", "es", """Cita «N:date» – preparación de impuestos
Cliente: «P1.full» (declara junto con su esposo/a «P2.full»)
Número de Seguro Social: «SSN»; cónyuge: «SSN»
Tel. celular «T4:ph:US:mobile», casa «T4:ph:US:landline»
Dirección: «ADDR:US»
W-2 de «CO» (EIN «T4:neg:company_id:%#-#######») más ingresos por limpieza de casas, «T4:neg:amount:$%#,### USD|$%,###.##».
Reembolso estimado «T4:neg:amount:$%,###|$%##». Depósito directo: ruta «T4:neg:routing_number:0########|1########».
Pendiente: copia de la tarjeta de la clínica de «P3.first» (dependiente).""", pool=["MX", "MX", "US"]),

    T("es_chat_familia_numero", "chat", "es", """«P1.first»: «P2.first» cambió de número!! el nuevo es «T4:ph:P2:mobile»
«P3.first»: y el fijo sigue siendo «T4:ph:P2:landline»?
«P1.first»: sí
«P2.first»: hijos, el vuelo de la tía llega en el «T4:neg:flight_number:IB %###|VY %###|AM %##|AV %#» a las «T4:time», terminal 4
«P3.first»: yo la recojo. pásame su móvil
«P1.first»: «T4:ph:P4»
«P4.first»: hola familia, ya embarqué 🙌"""),

    T("es_tool_reserva_hotel", "tool_args", "es", {
        "herramienta": "reservas.crear",
        "argumentos": {
            "huesped": {"nombre": "«P1.first»", "apellidos": "«P1.last»", "telefono_movil": "«T4:ph:P1:mobile:intl»",
                        "correo": "«P1.email»"},
            "habitacion": "«T4:neg:room_number:%0#|%1#»", "entrada": "«N:date»", "salida": "«N:date»",
            "garantia": {"tarjeta": "«T4:card:any:none»", "caducidad": "«T4:neg:card_expiry:0%/2#|12/2#»",
                         "titular": "«P1.full»"},
            "localizador": "«T4:neg:booking_reference:??%#?%»",
            "observaciones": "Llegada tarde, avisar a «P2.first» al «T4:ph:P2»"}}),
]

PT = [
    T("pt_ticket_cartao_clonado", "ticket", "pt", """Assunto: Cartão clonado – compras que não reconheço
Protocolo: «T4:neg:case_number:2025########|%###########»
Nome: «P1.full»
Celular: «T4:ph:BR:mobile»
Cartão: «T4:card:local:sp»

Olá, hoje às «T4:time» recebi SMS de uma compra de «T4:neg:amount:R$ %.###,##|R$ %##,##» numa loja online que nunca usei. Já bloqueei o cartão pelo app, preciso do estorno e de um cartão novo. Meu endereço continua o mesmo: «P1.address».
Se eu não atender, pode falar com «P2.first» no «T4:ph:P2:mobile».""", pool=["BR"]),

    T("pt_email_pedido_enviado", "email", "pt", """Assunto: Seu pedido «N:order_number» foi enviado! 📦

Olá, «P1.first»!

Seu pedido saiu do nosso centro de distribuição. Código de rastreio: «T4:neg:tracking_number:??#########BR».
Vamos entregar em: «P1.address»
Pagamento: cartão de crédito final «T4:neg:masked_card:####», 3x de «T4:neg:amount:R$ %##,##» sem juros.

Vale-presente para a próxima compra: «T4:nonluhn:gift_card_number:#### #### #### ####». Frete grátis para a capital (CEP «NW:zip_code:01000-000 a 05999-999|20000-000 a 23799-999|30000-000 a 31999-999|80000-000 a 82999-999|90000-000 a 91999-999»).
Dúvidas? Fale com a gente pelo WhatsApp «T4:ph:BR:mobile» ou pelo SAC «T4:ph:BR:landline», de segunda a sexta, das «T4:time:am» às «T4:time:pm».

«CO» · CNPJ «T4:neg:company_id:%#.###.###/0001-##»
Devoluções: «T4:loc:po_box:Caixa Postal %###, CEP 0####-970, São Paulo - SP|Caixa Postal %##, CEP 2####-970, Rio de Janeiro - RJ»""", pool=["BR"]),

    T("pt_crm_imobiliaria", "crm_note", "pt", """Atendimento «N:date» – «P1.full»
Telefones: cel. «T4:ph:P1:mobile» / res. «T4:ph:P1:landline» / recado com «P2.first»: «T4:ph:P2»
E-mail: «P1.email»
Interesse: apartamento 2 quartos, financiamento; renda comprovada «T4:neg:amount:R$ %.###,##».
Chave Pix para devolução do sinal: «T4:ph:P1:mobile:intl» (cliente confirmou que é o celular). Chave aleatória antiga «N:uuid» desativada.
Cliente ditou o cartão para a reserva: «T4:card:hipercard:any» (autorização «T4:neg:auth_code:%#####»).
Visita marcada «NW:weekday:sábado|quinta-feira» «T4:time» com corretor/a «ME.first».""", pool=["BR"]),

    T("pt_chat_condominio", "chat", "pt", """«P1.first»: Boa noite, vizinhos! Alguém tem o contato do síndico novo?
«P2.first»: «P3.full» – «T4:ph:P3:mobile»
«P1.first»: valeu! e da portaria?
«P4.first_lower»: portaria «T4:ph:BR:landline» ramal «T4:neg:extension:%#»
«P3.first»: Pessoal, o boleto vence «N:date». O Pix do condomínio é o CNPJ «T4:neg:company_id:%#.###.###/0001-##»
«P5.first»: sou do apto «T4:neg:room_number:%0#|1%#», meu interfone está mudo, alguém sabe o número do técnico?
«P2.first»: «T4:ph:BR:mobile» (técnico: «P6.first», ótimo)""", pool=["BR"]),

    T("pt_tool_cadastro_cliente", "tool_args", "pt", {
        "ferramenta": "cadastro.criar_cliente",
        "dados": {
            "nome_completo": "«P1.full»", "celular": "«T4:ph:P1:mobile»", "telefone_fixo": "«T4:ph:P1:landline»",
            "email": "«P1.email»",
            "endereco": {"logradouro": "«P1.street»", "cep": "«P1.postcode»", "cidade": "«P1.city»"},
            "cartao": {"numero": "«T4:card:elo:any»", "validade": "«T4:neg:card_expiry:0%/2#|11/2#»"},
            "chave_pix": "«P1.email»",
            "codigo_cliente": "«T4:neg:customer_number:%########»"}}, pool=["BR"]),
]

JA = [
    T("ja_ticket_card_fusei", "ticket", "ja", """【カード不正利用のご連絡】
受付番号：«T4:neg:case_number:%#########»
お名前：«P1.full»
カード番号：«T4:card:jcb:any»
ご連絡先（携帯）：«T4:ph:P1:mobile»
ご自宅：«T4:ph:JP:landline»

«N:date»の«T4:time:am»頃、身に覚えのない«T4:neg:amount:%#,###円|%##,###円»の利用通知メールが届きました。カードはすでに止めていただきましたが、再発行カードの送付先を«P1.address_pc»に変更したいです。平日は«T4:time:pm»以降でしたら携帯にお電話ください。"""),

    T("ja_email_chumon_kakunin", "email", "ja", """件名：【ご注文確認】ご注文番号«N:order_number»

«P1.full»様

この度はご注文いただき誠にありがとうございます。
■お届け先：«P1.address_pc»
■お電話番号：«T4:ph:P1»
■お支払い方法：クレジットカード（下4桁：«T4:neg:masked_card:####»）
■お届け予定日：«N:date»（«T4:neg:time_window:午前中|12時〜14時|14時〜16時|16時〜18時|18時〜20時|19時〜21時»）
■合計金額：«T4:neg:amount:%,###円|%#,###円»
※〒«T4:neg:zip_code:90%-####»など一部の離島地域は別途送料がかかります。

«CO» カスタマーセンター
TEL «T4:ph:JP:landline»（受付時間 «T4:time:am»〜«T4:time:pm»）
«EMAIL:role»"""),

    T("ja_crm_hoken_houmon", "crm_note", "ja", """«N:date» 訪問記録
顧客：«P1.full»様（契約番号：«T4:neg:contract_number:%#-#######»）
連絡先：携帯 «T4:ph:P1:mobile» ／ 自宅 «T4:ph:P1:landline»
勤務先：«CO»（代表 «T4:ph:JP:landline»、内線«T4:neg:extension:%##»）
ご家族の«P2.first»様も同席。満期保険金の振込先は後日連絡とのこと。
次回訪問：«N:date» «T4:time»〜
担当：«ME.last»"""),

    T("ja_chat_line_hikkoshi", "chat", "ja", """«P1.first»：引っ越し先の住所送るね «P1.address_pc»
«P2.first»：ありがと！電話番号も変わった？
«P1.first»：携帯は«T4:ph:P1:mobile»のまま。家の電話は解約したよ
«P3.last»：«P1.first»ちゃん、部屋番号は？
«P1.first»：«T4:neg:room_number:%0#|%1#»号室
«P3.last»：了解、お祝い送るね🎁"""),

    T("ja_tool_kokyaku_touroku", "tool_args", "ja", {
        "ツール": "顧客登録",
        "引数": {"氏名": "«P1.full»", "電話番号": "«T4:ph:P1:landline»", "携帯電話": "«T4:ph:P1:mobile»",
               "メールアドレス": "«P1.email»", "郵便番号": "«P1.postcode»", "住所": "«P1.address»",
               "会員番号": "«T4:neg:customer_number:%###-####-####»",
               "お支払い": {"カード番号": "«T4:card:jcb15|jcb|diners|visa:none»", "有効期限": "«T4:neg:card_expiry:0%/2#|12/2#»"}}}),
]

ZH = [
    T("zh_ticket_xinyongka_daoshua", "ticket", "zh", """工单编号：«T4:neg:case_number:GD########|%###########»
客户姓名：«P1.full»
手机号码：«T4:ph:P1:mobile»
卡号：«T4:card:unionpay:any»
问题描述：«N:date» «T4:time»收到短信，信用卡在境外被刷«T4:neg:amount:¥%,###.##|%,###元»，本人当时在«P1.city»，卡一直在身边。已电话挂失，请尽快处理退款。如手机打不通，可联系家人«P2.full»，电话«T4:ph:P2»。"""),

    T("zh_email_fukuan_xinxi", "email", "zh", """主题：关于发票«N:invoice_number»的付款信息

«P1.last»经理您好：

附件为本月技术服务费发票，金额«T4:neg:amount:€%,###.##|€%##.##»。请于«N:date»前汇至我司欧元账户：
开户名：«CO1»
IBAN：«IBAN:DE:spaced»
SWIFT：«BIC:DE»
国内合作方统一社会信用代码：«T4:neg:company_id:91310000MA1?#####?|9144%###MA5?######»

如有疑问请联系«ME.full»，电话«T4:ph:CN:landline»转«T4:neg:extension:%###»，手机«T4:ph:ME:mobile»，邮箱«ME.work_email»。"""),

    T("zh_crm_kehu_genjin", "crm_note", "zh", """客户跟进记录
日期：«N:date»
客户：«P1.full»（«CO»）
联系方式：手机 «T4:ph:P1:mobile»／座机 «T4:ph:CN:landline»／微信同手机号
邮箱：«P1.work_email»
订单«N:order_number»，货款«T4:neg:amount:%#,###元|¥%##,###»已付50%。
快递单号：«T4:neg:tracking_number:SF############|YT#############»
备注：发货前请给仓库«P2.last»师傅打电话 «T4:ph:P2»"""),

    T("zh_chat_weixin_juhui", "chat", "zh", """«P1.full»：周末聚餐订好了，«T4:time»，包间«T4:neg:room_number:V%#|%0#»
«P2.first»：餐厅电话发一下
«P1.full»：«T4:ph:CN:landline»
«P3.last»姐：我换号了，新号码«T4:ph:P3:mobile»，大家改一下
«P2.first»：收到👌 AA的话转我就行"""),

    T("zh_tool_huiyuan_zhuce", "tool_args", "zh", {
        "工具": "会员注册",
        "参数": {"姓名": "«P1.full»", "手机": "«T4:ph:P1:mobile»", "固定电话": "«T4:ph:CN:landline»",
               "电子邮箱": "«P1.email»", "收货地址": "«P1.address»", "银行卡号": "«T4:card:unionpay:none»",
               "会员编号": "«T4:neg:customer_number:VIP########»",
               "推荐人": {"姓名": "«P2.full»", "联系电话": "«T4:ph:P2»"}, "注册IP": "«IP4»"}}),
]

# ------------------------------------------------------------------------------------------------
# Italian, Dutch, Polish, Swedish, Turkish, Korean: four templates each
# ------------------------------------------------------------------------------------------------

IT = [
    T("it_ticket_linea_fissa_muta", "ticket", "it", """Oggetto: Linea fissa muta da «NW:weekday:lunedì|martedì» – codice cliente «T4:neg:customer_number:%#######»
Intestatario: «P1.full»
Numero fisso guasto: «T4:ph:IT:landline»
Recapito alternativo: cell. «T4:ph:P1:mobile»
Indirizzo di installazione: «P1.address»

Buongiorno, la linea non dà segnale e il modem (firmware «N:version_string») ha la spia rossa fissa. Se non rispondo il tecnico può chiamare «P2.first» al «T4:ph:P2:mobile».
Vi ricordo che pago con addebito diretto su «IBAN:IT», quindi i giorni di disservizio non li pago.""", pool=["IT"]),

    T("it_email_conferma_ordine", "email", "it", """Oggetto: Conferma d'ordine «N:order_number» – consegna prevista «N:date»

Gentile cliente «P1.title_last»,

confermiamo la Sua richiesta: il pagamento con carta «T4:card:local:sp» è stato autorizzato per «T4:neg:amount:%.###,## €|%##,## €».
Il corriere La contatterà al «T4:ph:P1» il giorno prima della consegna (fascia «T4:time:am»–«T4:time:pm»).
Dati di fatturazione: «CO», P.IVA «T4:neg:vat_id:IT%##########|%##########», codice SDI «T4:neg:sdi_code:???????|0000000».

Ufficio commerciale: «T4:ph:IT:landline» – fax «T4:ph:IT:landline»
«ME.full»
«ME.work_email»""", pool=["IT"]),

    T("it_chat_casa_vacanze", "chat", "it", """«P1.first»: ragazzi la casa a «L:city:Cefalù|Otranto|Cervia|Alghero» è confermata, la proprietaria è «P2.full», cell «T4:ph:P2:mobile»
«P3.first»: top! caparra quanto?
«P1.first»: «T4:neg:amount:%0 €|1%0 €» a testa, bonifico su «IBAN:IT:compact» causale "casa agosto"
«P4.first_lower»: il mio numero nuovo è «T4:ph:P4:mobile», salvatevelo
«P3.first»: il treno è il «T4:neg:train_number:FR %###|IC %##» delle «T4:time», carrozza «T4:neg:seat:%», posti «T4:neg:seat:%#A|%#B|%#C|%#D»""", pool=["IT"]),

    T("it_tool_aggiorna_cliente", "tool_args", "it", {
        "strumento": "anagrafica.aggiorna_cliente",
        "argomenti": {
            "nome": "«P1.first»", "cognome": "«P1.last»",
            "recapiti": [{"tipo": "cellulare", "valore": "«T4:ph:P1:mobile»"},
                         {"tipo": "fisso", "valore": "«T4:ph:P1:landline»"},
                         {"tipo": "pec", "valore": "«P1.email»"}],
            "indirizzo": {"via": "«P1.street»", "cap": "«P1.postcode»", "comune": "«P1.city»"},
            "iban_rimborso": "«IBAN:IT»",
            "pratica": "«T4:neg:case_number:PR-####/##»"}}),
]

NL = [
    T("nl_ticket_verkeerde_incasso", "ticket", "nl", """Onderwerp: Verkeerde incasso – klantnummer «T4:neg:customer_number:%#######»
Naam: «P1.full»
Telefoon: «T4:ph:P1»
Mobiel: «T4:ph:NL:mobile»
IBAN: «IBAN:NL»

Hallo klantenservice,
op «N:date» is er «T4:neg:amount:€ %##,##|€ %.###,##» afgeschreven in plaats van het afgesproken termijnbedrag. Machtigingskenmerk «T4:neg:mandate_reference:MDT-#######», incassant-ID «T4:neg:creditor_id:NL%#ZZZ#########0000». Graag terugstorten op bovenstaande rekening.
Overdag ben ik op mijn werk bereikbaar: «T4:ph:NL:landline» (vragen naar «P1.first»).

Groet,
«P1.full»
«P1.address_ml»""", pool=["NL"]),

    T("nl_crm_huurder_lekkage", "crm_note", "nl", """Notitie «N:date» – telefonisch contact huurder
Huurder: «P1.full», «P1.address»
Contractnr. «T4:neg:contract_number:HC-######»
Tel.: «T4:ph:P1:mobile» (mobiel), «T4:ph:P1:landline» (thuis)
Lekkage badkamer, reparatieverzoek «T4:neg:case_number:RV-#######». Loodgieter «CO» belt vooraf, tel. «T4:ph:NL:landline».
Achterstand «T4:neg:amount:€ %##,##»; regeling afgesproken, eerste termijn «N:date», betaallink naar «P1.email».
Buurvrouw «P2.title_last» heeft een sleutel (tel. «T4:ph:P2»)."""),

    T("nl_chat_marktplaats_bank", "chat", "nl", """«P1.first»: Hoi, is de bank nog te koop?
«P2.first»: Ja hoor! Ophalen kan «NW:weekday:zaterdag|zondag» na «T4:time»
«P1.first»: Top, wat is het adres?
«P2.first»: «P2.address»
«P2.first»: bel even als je er bent: «T4:ph:P2:mobile»
«P1.first»: Ik maak «T4:neg:amount:€ %0|€ 1%0» over, mag het op «IBAN:NL:compact»?
«P2.first»: Tikkie is ook prima. Voor de navigatie: postcode «P2.postcode»""", pool=["NL"]),

    T("nl_tool_wijzig_gegevens", "tool_args", "nl", {
        "tool": "klantportaal.wijzig_gegevens",
        "invoer": {
            "klantnummer": "«T4:neg:customer_number:%#######»",
            "contact": {"telefoonnummer": "«T4:ph:P1:landline»", "mobiel_nummer": "«T4:ph:P1:mobile»",
                        "e_mail": "«P1.email»"},
            "adres": {"straat_huisnummer": "«P1.street»", "postcode": "«P1.postcode»", "woonplaats": "«P1.city»"},
            "rekeningnummer": "«IBAN:NL»",
            "werkgever_kvk": "«T4:neg:company_id:%#######»",
            "werkgever_btw": "«T4:neg:vat_id:NL%########B0%»"}}),
]

PL = [
    T("pl_email_faktura_serwis", "email", "pl", """Temat: Faktura VAT «T4:neg:invoice_number:FV/%##/0%/2025|FV %###/2025» – termin płatności «N:date»

Dzień dobry «P1.title_last»!

w załączeniu przesyłamy fakturę za usługi serwisowe. Kwota do zapłaty: «T4:neg:amount:%.###,## zł|%##,## zł».
Numer rachunku: «IBAN:PL»
Tytuł przelewu: numer faktury
NIP sprzedawcy: «T4:neg:company_id:%##-###-##-##|%#########», REGON: «T4:neg:company_id:%########»

W razie pytań proszę dzwonić: tel. «T4:ph:PL:landline», kom. «T4:ph:ME:mobile».
Pozdrawiam
«ME.full»
«ME.work_email»""", pool=["PL"]),

    T("pl_crm_reklamacja_pralki", "crm_note", "pl", """Notatka z rozmowy «N:date», godz. «T4:time»
Klient: «P1.full», nr klienta «T4:neg:customer_number:%#######»
Tel. kom.: «T4:ph:P1:mobile», tel. stacjonarny: «T4:ph:P1:landline»
Adres dostawy: «P1.address»
Reklamacja pralki (nr seryjny «T4:neg:serial_number:???#######»), zgłoszenie «T4:neg:case_number:RMA/####/2025».
Klient prosi o zwrot «T4:neg:amount:%.###,## zł» na konto «IBAN:PL:compact». Kurier odbierze sprzęt «N:date» w godz. «T4:time:am»–«T4:time:pm»; zastępczo paczkomat «T4:neg:locker_id:???%#?|???%##?».""", pool=["PL"]),

    T("pl_chat_grill_blik", "chat", "pl", """«P1.first»: Cześć! Kto jedzie na grilla w sobotę?
«P2.first»: ja + «P3.first»
«P1.first»: adres: «P1.address», domofon «T4:neg:short_digit_group:%#|%##»
«P4.first_lower»: podajcie mi numer do «P1.first», bo nie mam
«P2.first»: «T4:ph:P1:mobile»
«P1.first»: składka 50 zł, BLIK na numer «T4:ph:P1:mobile» 😉""", pool=["PL"]),

    T("pl_tool_zloz_zamowienie", "tool_args", "pl", {
        "narzedzie": "sklep.zloz_zamowienie",
        "parametry": {
            "klient": {"imie": "«P1.first»", "nazwisko": "«P1.last»", "telefon": "«T4:ph:P1»", "email": "«P1.email»"},
            "dostawa": {"ulica": "«P1.street»", "kod_pocztowy": "«P1.postcode»", "miasto": "«P1.city»"},
            "platnosc": {"metoda": "karta", "numer_karty": "«T4:card:local:any»",
                         "data_waznosci": "«T4:neg:card_expiry:0%/2#|10/2#»"},
            "nip_do_faktury": "«T4:neg:company_id:%##-##-##-###|%#########»",
            "kod_rabatowy": "«T4:neg:promo_code:????##»"}}, pool=["PL"]),
]

SV = [
    T("sv_ticket_fiber_nere", "ticket", "sv", """Ärende «T4:neg:case_number:%######»: Fibern fungerar inte
Namn: «P1.full»
Telefon: «T4:ph:P1»
Mobil: «T4:ph:SE:mobile»
Adress: «P1.address»

Hej! Sedan «N:date» har vi inget internet och routern (mjukvara «N:version_string») blinkar orange. Teknikern kan ringa «P2.first» på «T4:ph:P2:mobile» om jag inte svarar.
Fakturan betalar jag till ert bankgiro «T4:neg:bankgiro:%##-####|%###-####» med OCR «T4:neg:payment_reference:%##########», så den borde vara betald.""", pool=["SE"]),

    T("sv_email_medlemsavgift", "email", "sv", """Ämne: Påminnelse om medlemsavgift

Hej «P1.first»!

Vi har inte fått in din medlemsavgift på «T4:neg:amount:%00 kr|%50 kr». Betala till bankgiro «T4:neg:bankgiro:%##-####» eller Swish «T4:neg:swish_number:123 ### ## ##|123#######» och ange medlemsnummer «T4:neg:customer_number:%###».
Frågor? Ring kassören «P2.full» på «T4:ph:P2» (helst efter «T4:time») eller mejla «P2.email».

Hälsningar
«ME.full», ordförande
Föreningens adress: «T4:loc:po_box:Box %###, 1## ## Stockholm|Box %##, 4## ## Göteborg|Box %##, 2## ## Malmö»
Org.nr «T4:neg:company_id:802###-####»""", pool=["SE"]),

    T("sv_crm_inbrott_forrad", "crm_note", "sv", """Samtal «N:date» kl. «T4:time» – «P1.full»
Försäkringsnummer: «T4:neg:contract_number:%#######-#»
Mobil «T4:ph:P1:mobile», hem «T4:ph:P1:landline»
Skada: inbrott i förråd, polisanmälan «T4:neg:case_number:5000-K%#####-2#».
Utbetalning till «IBAN:SE:compact»; kunden har även konto i «L:country:Finland» («IBAN:FI») men vill ha svenskt.
Kontakt om kunden är bortrest: «P2.full», «T4:ph:P2».""", pool=["SE"]),

    T("sv_tool_skapa_kund", "tool_args", "sv", {
        "verktyg": "kundregister.skapa",
        "indata": {
            "fornamn": "«P1.first»", "efternamn": "«P1.last»", "telefonnummer": "«T4:ph:P1:landline»",
            "mobilnummer": "«T4:ph:P1:mobile»", "epost": "«P1.email»",
            "postadress": {"gatuadress": "«P1.street»", "postnummer": "«P1.postcode»", "ort": "«P1.city»"},
            "betalkort": "«T4:card:local:sp»",
            "arbetsgivare_orgnr": "«T4:neg:company_id:556###-####»",
            "kundnummer": "«T4:neg:customer_number:%#####»"}}),
]

TR = [
    T("tr_ticket_izinsiz_cekim", "ticket", "tr", """Konu: Kartımdan izinsiz çekim yapıldı
Başvuru no: «T4:neg:case_number:%#########»
Ad Soyad: «P1.full»
Cep: «T4:ph:P1:mobile»
Kart numarası: «T4:card:troy:any»

Merhaba, «N:date» tarihinde saat «T4:time» sularında kartımdan «T4:neg:amount:%.###,## TL|%##,## TL» tutarında bir işlem yapılmış, ben yapmadım. Kartı iptal ettirdim. İade için IBAN: «IBAN:TR». İş telefonumdan da ulaşabilirsiniz: «T4:ph:TR:landline», dahili «T4:neg:extension:%##».""", pool=["TR"]),

    T("tr_email_fatura_odeme", "email", "tr", """Konu: «N:invoice_number» numaralı faturanız hk.

Değerli müşterimiz «P1.title_last»,

«NW:month_name:Mart|Nisan|Mayıs» dönemine ait faturanız ektedir. Ödemenizi aşağıdaki hesaba yapabilirsiniz:
Alıcı: «CO»
IBAN: «IBAN:TR:spaced»
Vergi No: «T4:neg:company_id:%#########»

Müşteri temsilciniz «P2.full» (Tel: «T4:ph:TR:landline», GSM: «T4:ph:P2:mobile») her türlü sorunuz için hazırdır.

Saygılarımızla,
«ME.full»
«ME.work_email»""", pool=["TR"]),

    T("tr_crm_kapida_odeme", "crm_note", "tr", """Görüşme notu – «N:date»
Müşteri: «P1.full», üye no «T4:neg:customer_number:%########»
Telefonlar: «T4:ph:P1:mobile» / ev «T4:ph:P1:landline»
Teslimat adresi: «P1.address»
Kargo takip no: «T4:neg:tracking_number:%###########»
Kapıda ödeme yerine kartla ödemek istiyor: «T4:card:local:any», 3 taksit × «T4:neg:amount:%##,## TL».
Eşi «P2.title_last» teslimatta evde olacak, numarası «T4:ph:P2».""", pool=["TR"]),

    T("tr_chat_hali_saha", "chat", "tr", """«P1.first»: Arkadaşlar halı saha «NW:weekday:Perşembe|Cuma» «T4:time»
«P2.first»: sahanın numarası ne
«P1.first»: «T4:ph:TR:landline»
«P3.first_lower»: yeni hat aldım «T4:ph:P3:mobile» kaydedin
«P2.first»: saha parası kişi başı «T4:neg:amount:%00 TL|1%0 TL», IBAN at
«P1.first»: «IBAN:TR:compact» «P1.full»""", pool=["TR"]),
]

KO = [
    T("ko_email_gyeoljae_wanryo", "email", "ko", """제목: [«CO»] 결제 완료 안내 (주문번호 «N:order_number»)

«P1.full» 고객님, 안녕하세요.
주문하신 상품의 결제가 정상적으로 완료되었습니다.
- 결제 카드: «T4:neg:masked_card:####-##**-****-####»
- 결제 금액: «T4:neg:amount:%#,###원|%##,###원»
- 배송지: «P1.address»
- 연락처: «T4:ph:P1:mobile»

배송 관련 문의는 고객센터 «T4:ph:KR:landline»(평일 «T4:time:am»~«T4:time:pm»)로 연락 주세요.
사업자등록번호: «T4:neg:company_id:%##-##-#####»""", pool=["KR"]),

    T("ko_crm_haeoe_gyeoljae", "crm_note", "ko", """상담 기록 «N:date» «T4:time»
고객명: «P1.full»
휴대폰: «T4:ph:P1:mobile» / 자택: «T4:ph:P1:landline»
이메일: «P1.email»
내용: 해외 결제 차단 요청. 카드번호 «T4:card:local:sp» (유효기간 «T4:neg:card_expiry:0%/2#|11/2#»).
배우자 «P2.full»님 연락처 «T4:ph:P2» 추가 등록.
환불은 독일 거주 중이라 «IBAN:DE» 계좌로 요청.
처리 번호: «T4:neg:case_number:%###-####-####»""", pool=["KR"]),

    T("ko_chat_dongchanghoe", "chat", "ko", """«P1.first»: 동창회 장소 정했어! «NW:weekday:토요일|금요일» «T4:neg:time:저녁 %시|오후 %시»
«P2.full»: 식당 번호 좀
«P1.first»: «T4:ph:KR:landline»
«P3.first»: 나 번호 바뀜 «T4:ph:P3:mobile»
«P2.full»: 회비는 얼마야?
«P1.first»: «T4:neg:amount:%만원|%0,000원» 총무 «P4.first»한테 보내""", pool=["KR"]),

    T("ko_tool_hoewon_sujeong", "tool_args", "ko", {
        "도구": "회원정보_수정",
        "인자": {"이름": "«P1.full»", "휴대폰번호": "«T4:ph:P1:mobile»", "전화번호": "«T4:ph:P1:landline»",
               "이메일": "«P1.email»", "주소": "«P1.address»",
               "결제수단": {"카드번호": "«T4:card:local:dash»", "유효기간": "«T4:neg:card_expiry:0%/2#|12/2#»"},
               "회원번호": "«T4:neg:customer_number:%#########»", "접속IP": "«IP»"}}, pool=["KR"]),
]

# ------------------------------------------------------------------------------------------------
# Danish, Norwegian, Finnish, Czech, Romanian, Hungarian, Portuguese (Portugal): three templates each
# ------------------------------------------------------------------------------------------------

DA = [
    T("da_ticket_dobbelt_traek", "ticket", "da", """Emne: Dobbelt træk på mit Dankort – ordre «N:order_number»
Kundenummer: «T4:neg:customer_number:%#######»
Navn: «P1.full»
Tlf.: «T4:ph:P1»
Mobil: «T4:ph:DK:mobile»

Hej
I har trukket «T4:neg:amount:%.###,00 kr.|%##,00 kr.» to gange på mit kort «T4:card:dankort:any» den «N:date». Jeg vil gerne have pengene tilbage på min konto «IBAN:DK». Ring gerne efter kl. «T4:time».

Venlig hilsen
«P1.full»
«P1.address_ml»

-- Automatisk svar: Tak for din henvendelse. «CO» · CVR-nr. «T4:neg:company_id:%#######» · Kundeservice «T4:ph:DK:landline»""", pool=["DK"]),

    T("da_chat_foedselsdag", "chat", "da", """«P1.first»: Hej alle, husk fødselsdagen for «P2.first» på lørdag kl. «T4:time» 🎂
«P3.first»: Hvad er adressen igen?
«P1.first»: «P1.address»
«P4.first_lower»: og jeres nummer hvis vi farer vild?
«P1.first»: «T4:ph:P1:mobile» eller «P5.first»: «T4:ph:P5:mobile»
«P3.first»: Vi giver 100 kr. hver til gaven, MobilePay til «T4:ph:P1:mobile»?
«P1.first»: Ja tak, eller MobilePay Box «T4:neg:short_digit_group:%####»""", pool=["DK"]),

    T("da_tool_opret_booking", "tool_args", "da", {
        "værktøj": "booking.opret",
        "data": {"navn": "«P1.full»", "telefon": "«T4:ph:P1»", "email": "«P1.email»", "adresse": "«P1.address»",
                 "betaling": {"kortnummer": "«T4:card:local:sp»", "udløb": "«T4:neg:card_expiry:0%/2#|10/2#»"},
                 "firma_cvr": "«T4:neg:company_id:%#######»", "ordrenummer": "«N:order_number»",
                 "ankomst": "«N:date» «T4:time»"}}, pool=["DK"]),
]

NO = [
    T("no_ticket_stromregning", "ticket", "no", """Emne: Strømregning – feil beløp
Kundenummer: «T4:neg:customer_number:%######»
Målepunkt-ID: «T4:neg:meter_number:707057500#########»
Navn: «P1.full»
Telefon: «T4:ph:P1»

Hei, fakturaen for «NW:month_name:januar|februar|mars» viser «T4:neg:amount:%.###,## kr|kr %.###,##», dobbelt så mye som vanlig. KID-nummeret «T4:neg:payment_reference:%############» stemmer ikke med avtalegiroen min. Ring meg på «T4:ph:NO:mobile» etter kl. «T4:time».
Mvh «P1.first»""", pool=["NO"]),

    T("no_email_dugnad_borettslag", "email", "no", """Emne: Dugnad og felleskostnader

Hei alle beboere!

Dugnaden blir «NW:weekday:lørdag|søndag» «N:date» fra «T4:time». Felleskostnadene for «NW:month_name:mai|juni» forfaller «N:date»; betal til «IBAN:NO» og merk betalingen med leilighetsnummer («T4:neg:room_number:H0%0#|H%0#»).
Styreleder «P1.full» nås på «T4:ph:P1:mobile», vaktmester «P2.first» på «T4:ph:P2».
Borettslagets org.nr. «T4:neg:company_id:9## ### ###»

Hilsen styret""", pool=["NO"]),

    T("no_crm_reiseforsikring", "crm_note", "no", """Notat «N:date» – «P1.full» ringte fra «T4:ph:P1:mobile»
Gjelder reiseforsikring, skade i «L:country:Spania|Hellas|Thailand|Italia». Krav nr. «T4:neg:claim_number:%#######».
Kortet «T4:card:local:any» ble belastet for hotellet, ønsker refusjon til «IBAN:NO:compact».
Pårørende: «P2.full», «T4:ph:P2».
Kunden er tilbake i «L:country:Norge» «N:date».""", pool=["NO"]),
]

FI = [
    T("fi_ticket_laskussa_virhe", "ticket", "fi", """Aihe: Laskussa virhe – asiakasnumero «T4:neg:customer_number:%#######»
Nimi: «P1.full»
Puh. «T4:ph:P1»

Hei, «N:date» tulleessa laskussa «N:invoice_number» on veloitettu «T4:neg:amount:%##,## €» liikaa (viitenumero «T4:neg:payment_reference:%#### #####|%########»). Palauttakaa ylimääräinen summa tililleni «IBAN:FI». Tavoitatte minut parhaiten numerosta «T4:ph:FI:mobile» arkisin klo «T4:time» jälkeen.

-- «CO» · Y-tunnus «T4:neg:company_id:%######-#» · asiakaspalvelu «T4:ph:FI:landline»""", pool=["FI"]),

    T("fi_crm_muutto_sahkosopimus", "crm_note", "fi", """Puhelu «N:date» klo «T4:time» – asiakas «P1.full»
Matkapuhelin: «T4:ph:P1:mobile»; työ: «T4:ph:P1:landline»
Asia: muutto, uusi osoite «P1.address» alkaen «N:date».
Sähkösopimus «T4:neg:contract_number:%#######» siirretään, käyttöpaikkatunnus «T4:neg:meter_number:64300#############».
Maksukortti «T4:card:local:sp», e-lasku osoitteeseen «P1.email».
Yhteyshenkilö: «P2.full», «T4:ph:P2».""", pool=["FI"]),

    T("fi_tool_paivita_asiakas", "tool_args", "fi", {
        "työkalu": "asiakas.paivita",
        "parametrit": {"etunimi": "«P1.first»", "sukunimi": "«P1.last»", "puhelinnumero": "«T4:ph:P1:mobile»",
                       "sähköposti": "«P1.email»",
                       "osoite": {"katuosoite": "«P1.street»", "postinumero": "«P1.postcode»",
                                  "postitoimipaikka": "«P1.city»"},
                       "tilinumero": "«IBAN:FI:compact»",
                       "viitenumero": "«T4:neg:payment_reference:%#### #####»",
                       "työnantajan_y_tunnus": "«T4:neg:company_id:%######-#»"}}, pool=["FI"]),
]

CS = [
    T("cs_email_faktura_splatnost", "email", "cs", """Předmět: Faktura «N:invoice_number» – splatnost «N:date»

Dobrý den, «P1.title_last»,

v příloze zasíláme fakturu na «T4:neg:amount:%.###,00 Kč|%## ###,00 Kč». Platbu prosím pošlete na účet «IBAN:CZ», variabilní symbol «T4:neg:payment_reference:%#########».
IČO: «T4:neg:company_id:%#######», DIČ: «T4:neg:vat_id:CZ%#######»

S pozdravem
«ME.full»
tel.: «T4:ph:CZ:landline», mobil: «T4:ph:ME:mobile»
«ME.work_email»""", pool=["CZ"]),

    T("cs_chat_stehovani", "chat", "cs", """«P1.first»: Ahoj, v sobotu se stěhuju, kdo pomůže? 📦
«P2.first»: já! v kolik?
«P1.first»: od «T4:time», adresa «P1.address»
«P3.first_lower»: pošli číslo na dodávku
«P1.first»: půjčovna «T4:ph:CZ:landline», řidič «P4.first» «T4:ph:P4:mobile»
«P2.first»: ok, a ten nový byt je č. «T4:neg:room_number:%#|%##»?""", pool=["CZ"]),

    T("cs_tool_vytvor_objednavku", "tool_args", "cs", {
        "nastroj": "eshop.vytvor_objednavku",
        "parametry": {"zakaznik": {"jmeno": "«P1.first»", "prijmeni": "«P1.last»", "telefon": "«T4:ph:P1»",
                                   "email": "«P1.email»"},
                      "dodaci_adresa": {"ulice": "«P1.street»", "psc": "«P1.postcode»", "mesto": "«P1.city»"},
                      "platba": {"typ": "karta", "cislo_karty": "«T4:card:local:any»"},
                      "vydejni_misto": "«T4:neg:pickup_point:Z-BOX %####»",
                      "poznamka": "Volejte prosím na «T4:ph:CZ:mobile», ne na pevnou linku"}}, pool=["CZ"]),
]

RO = [
    T("ro_ticket_plata_dubla", "ticket", "ro", """Subiect: Plată dublă – comanda «N:order_number»
Nume: «P1.full»
Telefon: «T4:ph:P1»
Card: «T4:card:local:sp»

Bună ziua, pe «N:date» mi s-a retras de două ori suma de «T4:neg:amount:%##,## lei|%.###,## RON». Vă rog să returnați diferența în contul «IBAN:RO». Mă puteți suna la «T4:ph:RO:mobile» după ora «T4:time».
Mulțumesc,
«P1.first»""", pool=["RO"]),

    T("ro_email_factura_lunara", "email", "ro", """Subiect: Factura «N:invoice_number» pentru luna «NW:month_name:martie|aprilie|mai»

Bună ziua, «P1.title_last»,

Vă transmitem atașat factura. Plata se poate face în contul «IBAN:RO:spaced», deschis la «IG:organization:Banca Transilvania|BCR|ING Bank», până la «N:date».
CUI: «T4:neg:company_id:RO%#######», Nr. Reg. Com.: «T4:neg:company_id:J%#/####/20##»
Pentru întrebări: «T4:ph:RO:landline» sau «ME.work_email».

Cu stimă,
«ME.full»""", pool=["RO"]),

    T("ro_crm_mutare_abonament", "crm_note", "ro", """Apel «N:date», ora «T4:time» – client «P1.full»
Telefoane: mobil «T4:ph:P1:mobile», fix «T4:ph:P1:landline»
Adresă: «P1.address»
Solicitare: mutare abonament internet; contract «T4:neg:contract_number:%#######». Plata cu cardul «T4:card:local:any».
Persoană de contact: «P2.full» («T4:ph:P2»). E-mail: «P1.email».""", pool=["RO"]),
]

HU = [
    T("hu_ticket_ketszeres_terheles", "ticket", "hu", """Tárgy: Kétszer terheltek a kártyámra – rendelésszám «N:order_number»
Név: «P1.full»
Telefon: «T4:ph:P1»
Bankkártya: «T4:card:local:any»

Jó napot! «N:date» napon kétszer vonták le a «T4:neg:amount:%# ### Ft|%## ### Ft» összeget. Kérem, utalják vissza a «IBAN:HU» számlára. Napközben a munkahelyi számomon érhetnek el: «T4:ph:HU:landline».
Üdvözlettel:
«P1.full»""", pool=["HU"]),

    T("hu_chat_bogracs", "chat", "hu", """«P1.first»: Sziasztok! Ki hozza a bográcsot szombatra?
«P2.first»: én. «P1.first», mi a címed pontosan?
«P1.first»: «P1.address», kapukód «T4:neg:short_digit_group:%###»
«P3.first_lower»: add meg a számod, ha eltévedünk
«P1.first»: «T4:ph:P1:mobile»
«P4.first»: én is hozok valakit, «P5.first» is jön""", pool=["HU"]),

    T("hu_tool_ugyfel_letrehoz", "tool_args", "hu", {
        "eszkoz": "ugyfel.letrehoz",
        "parameterek": {"nev": "«P1.full»", "telefonszam": "«T4:ph:P1»", "mobil": "«T4:ph:HU:mobile»",
                        "email": "«P1.email»",
                        "cim": {"iranyitoszam": "«P1.postcode»", "telepules": "«P1.city»", "utca_hazszam": "«P1.street»"},
                        "bankszamla": "«IBAN:HU»",
                        "munkaltato_adoszama": "«T4:neg:company_id:%#######-%-##»"}}, pool=["HU"]),
]

PTPT = [
    T("ptpt_email_fatura_multibanco", "email", "pt", """Assunto: Fatura «N:invoice_number» – «NW:month_name:março|abril|maio»

Exmo.(a) Sr.(a) «P1.full»,

Segue em anexo a fatura relativa aos serviços prestados. O pagamento pode ser feito por Multibanco (Entidade «T4:neg:payment_reference:%####», Referência «T4:neg:payment_reference:%## ### ###») ou por transferência para o IBAN «IBAN:PT».
NIF da empresa: «T4:neg:company_id:5########».
Para qualquer esclarecimento: «T4:ph:PT:landline» (chamada para a rede fixa nacional) ou «ME.work_email».

Cumprimentos,
«ME.full»""", pool=["PT"]),

    T("ptpt_crm_debito_direto", "crm_note", "pt", """Contacto «N:date» – «P1.full»
Telemóvel: «T4:ph:P1:mobile» | Fixo: «T4:ph:P1:landline»
Morada: «P1.address»
Pedido: alterar a conta do débito direto para «IBAN:PT:compact»; ADC «T4:neg:mandate_reference:%###########».
Pede que liguem antes das «T4:time». Cartão para o pagamento pontual: «T4:card:local:sp».""", pool=["PT"]),

    T("ptpt_chat_jantar_mbway", "chat", "pt", """«P1.first»: Malta, jantar de sexta confirmado, mesa para 8 às «T4:time»
«P2.first»: qual é o número do restaurante?
«P1.first»: «T4:ph:PT:landline»
«P3.first_lower»: mudei de número, agora é «T4:ph:P3:mobile»
«P2.first»: MB WAY para quem?
«P1.first»: para mim, «T4:ph:P1:mobile»""", pool=["PT"]),
]

PII_TEMPLATES: list[dict[str, Any]] = (EN + DE + FR + ES + PT + JA + ZH + IT + NL + PL + SV + TR + KO + DA + NO + FI + CS + RO
                                       + HU + PTPT)
