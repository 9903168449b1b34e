"""The near-miss guard: a pure, offline check run on two free texts that already look alike.

Sentence embeddings put "weather in Paris" next to "weather in Rome", "orders over 100" next to
"orders over 1000" and "flights from Paris to London" next to the reverse trip (cosine 0.99).
So above the similarity threshold the texts must also agree on what an embedding blurs:

- numbers (digits, ``1,000`` == ``1000``, ``5k`` == ``5000``; number words are kept as words, so
  ``5`` vs ``five`` is a miss, which is always safe),
- quoted strings, identifiers (ids, codes, emails, URLs, paths, hashes),
- named entities: capitalised words, acronyms, and a small gazetteer of lower-case places,
  months, weekdays, currencies and languages, compared case-insensitively and in order,
- negation (not, no, never, without, n't, except, un-/non- prefixes of a word the other text has),
- polar words: comparison (over/under), order (ascending/cheapest vs descending/most expensive),
  time (before/after, last/next, today/tomorrow), state (open/closed) and direction (buy/sell).

:func:`near_miss` returns the first reason the texts differ, or ``None``. A false "differ" costs
one upstream call; a false "same" serves a wrong answer, so every rule errs towards "differ".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_QUOTED = re.compile(r"\"([^\"]+)\"|\u201c([^\u201d]+)\u201d|\u2018([^\u2019]+)\u2019|`([^`]+)`"
                     r"|(?<![\w'])'([^']+)'(?![\w'])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+")
_PATH = re.compile(r"(?<!\w)(?:[~.]?/[\w.\-]+)+/?")
_DOMAIN = re.compile(r"\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|edu|gov|co|uk|de|fr)\b", re.I)
_HANDLE = re.compile(r"(?<!\w)[@#][\w-]+")
# Tokens that mix letters and digits, or use _ - . inside a word: ord_5512, INV-2024-001, v1.2, a3f9c0.
_IDENT = re.compile(r"\b(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[\w][\w.-]*[\w]\b|\b\w+_\w+\b|\b[a-z]+[A-Z]\w*\b")
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|k|m|bn|%)?(?![\w])", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*[\"'\u201c\u2018(]*([A-Za-z][\w'\u2019-]*)")

def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NUMBER_WORDS = _set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen half quarter double triple twice thrice first "
    "second third fourth fifth sixth seventh eighth ninth tenth single couple "
)

_NEGATIONS = _set(
    "not no never without except excluding exclude excludes excluded neither nor none nobody nothing "
    "nowhere cannot can't don't doesn't didn't isn't aren't wasn't weren't won't wouldn't shouldn't "
    "couldn't haven't hasn't hadn't unless lacking lack lacks missing non "
)
_APOS = "'\u2019-"
_NEG_PREFIXES = ("non-", "non", "un", "in", "im", "il", "ir", "dis")

# (axis, pole): two texts must show the same poles on every axis either of them touches.
_POLES: dict[str, tuple[str, str]] = {}
for _axis, _pl, _words in [
    ("cmp", "gt", "over above more greater higher exceeding exceed exceeds exceeded larger bigger beyond "
                  "least minimum min atleast"),
    ("cmp", "lt", "under below less fewer lower smaller beneath most maximum max atmost within"),
    ("order", "asc", "ascending asc cheapest cheaper cheap lowest smallest oldest earliest first bottom worst "
                     "least shortest slowest"),
    ("order", "desc", "descending desc expensive priciest highest largest biggest newest latest last top best "
                      "longest fastest"),
    ("time", "before", "before prior earlier until till ago"),
    ("time", "after", "after later following since"),
    ("rel", "past", "last past previous yesterday ago earlier recent recently"),
    ("rel", "next", "next upcoming coming tomorrow future soon"),
    ("rel", "now", "today tonight now current currently"),
    ("state", "on", "open opened active enabled online available success successful succeeded passed paid "
                    "approved accepted valid complete completed published public visible"),
    ("state", "off", "closed inactive disabled offline unavailable failure failed fail rejected "
                     "declined invalid incomplete pending unpaid draft private hidden cancelled canceled"),
    ("dir", "in", "buy bought purchase purchased import imported incoming inbound receive received credit "
                  "deposit deposits income gain gains win won increase increased rise rose add added "
                  "include included including start started begin beginning"),
    ("dir", "out", "sell sold sale export exported outgoing outbound send sent debit withdrawal withdrawals "
                   "expense expenses loss losses lose lost decrease decreased fall fell drop dropped remove "
                   "removed end ended finish finished stop"),
    ("sign", "pos", "positive good pro pros advantages advantage benefits benefit"),
    ("sign", "neg", "negative bad con cons against disadvantages disadvantage risks risk drawbacks drawback"),
    # Each period is its own pole: "daily" vs "monthly" users, "past hour" vs "past day".
    *[("period", w.split("/")[0], w.replace("/", " ")) for w in (
        "hour/hours/hourly", "day/days/daily", "week/weeks/weekly", "month/months/monthly",
        "quarter/quarters/quarterly", "year/years/yearly/annual/annually", "morning/mornings",
        "afternoon/afternoons", "evening/evenings", "night/nights/nightly/tonight", "weekend/weekends")],
    ("gender", "m", "male men man boys boy his he"),
    ("gender", "f", "female women woman girls girl her she"),
]:
    for _w in _words.split():
        _POLES.setdefault(_w, (_axis, _pl))

_MONTHS = ("january february march april june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec")
_DAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
_CURRENCIES = "usd eur gbp jpy chf cad aud cny inr dollar dollars euro euros pound pounds yen franc francs yuan rupee"
_LANGUAGES = ("english french german spanish italian portuguese dutch chinese japanese korean russian arabic "
              "hindi python java javascript typescript rust golang ruby php kotlin swift")
_PLACES = ("paris london rome berlin madrid lisbon amsterdam brussels vienna prague warsaw dublin oslo stockholm "
           "copenhagen helsinki athens istanbul moscow kyiv tokyo osaka beijing shanghai seoul delhi mumbai "
           "bangalore singapore sydney melbourne toronto vancouver montreal chicago boston seattle austin denver "
           "miami dallas houston atlanta nyc sf la york francisco angeles texas california florida europe asia "
           "africa america americas emea apac latam france germany spain italy portugal uk britain england "
           "ireland scotland usa canada mexico brazil argentina china japan india australia russia ukraine "
           "poland sweden norway denmark finland netherlands belgium switzerland austria greece turkey egypt "
           "nigeria kenya israel korea vietnam thailand indonesia north south east west northern southern "
           "eastern western linux ubuntu debian fedora centos windows macos ios android")
_GAZETTEER = frozenset(f"{_MONTHS} {_DAYS} {_CURRENCIES} {_LANGUAGES} {_PLACES}".split())

# Capitalised at the start of a sentence says nothing; these words are never entities even when capitalised.
_COMMON = _set(
    "a an the i me my we our you your he she it they them what which who whom whose when where why "
    "how is are was were be been do does did can could would should will shall may might must show "
    "list get find give tell search fetch return look lookup please and or but if then than that "
    "this these those there here of in on at to for from by with about into any all some each every "
    "per vs versus ok hi hello hey dear "
)

_CANT = re.compile(r"\b(ca|wo|sha)n['\u2019]t\b", re.I)
_CONTRACTION = re.compile(r"(\w)n['\u2019]t\b", re.I)
_CLITIC = re.compile(r"['\u2019](?:s|re|ve|ll|d|m)\b", re.I)


def _pole(word: str) -> tuple[str, str] | None:
    """The polar class of a word or of its -s/-ed/-ing stem (adding -> add, stopped -> stop)."""
    cands = [word]
    if word.endswith("s"):
        cands += [word[:-1], word[:-2]]
    if word.endswith("ed"):
        cands += [word[:-1], word[:-2], word[:-3]]
    if word.endswith("ing"):
        cands += [word[:-3], word[:-3] + "e", word[:-4]]
    for cand in cands:
        if cand in _POLES and (cand == word or len(cand) >= 3):
            return _POLES[cand]
    return None


@dataclass(frozen=True, slots=True)
class Features:
    """What :func:`near_miss` compares; computed once per text."""

    words: frozenset[str]
    numbers: tuple[str, ...]
    quoted: frozenset[str]
    identifiers: frozenset[str]
    entities: tuple[str, ...]
    negations: int
    poles: frozenset[tuple[str, str]]


def _normalise_number(raw: str) -> str:
    text = raw.lower().replace(",", "").lstrip("+")
    suffix = ""
    for s in ("st", "nd", "rd", "th"):
        if text.endswith(s):
            text = text[: -len(s)]
    for s, mult in (("k", 1e3), ("m", 1e6), ("bn", 1e9)):
        if text.endswith(s):
            try:
                return repr(float(text[: -len(s)]) * mult)
            except ValueError:
                return raw.lower()
    if text.endswith("%"):
        text, suffix = text[:-1], "%"
    try:
        return repr(float(text)) + suffix
    except ValueError:
        return raw.lower()


@lru_cache(maxsize=4096)
def features(text: str) -> Features:
    """Extract the guarded features of one text (memoised: stored texts are compared many times)."""
    text = unicodedata.normalize("NFKC", text)
    # "what's" is "what", "Sarah's" is "Sarah": clitics carry no entity and broke word matching.
    text = _CANT.sub(lambda m: {"ca": "can", "wo": "will", "sha": "shall"}[m.group(1).lower()] + " not", text)
    text = _CLITIC.sub("", _CONTRACTION.sub(r"\1 not", text))
    quoted = frozenset(next(g for g in m.groups() if g) for m in _QUOTED.finditer(text))
    identifiers: set[str] = set()
    rest = text
    for rx in (_URL, _EMAIL, _PATH, _DOMAIN, _HANDLE):
        identifiers.update(m.group(0).lower().rstrip(".,;:!?") for m in rx.finditer(rest))
        rest = rx.sub(" ", rest)
    identifiers.update(m.group(0) for m in _IDENT.finditer(rest) if not _NUMBER.fullmatch(m.group(0)))
    # Ordinals and 5k/3% match _IDENT too but are numbers: only real identifiers leave the text.
    rest_ids = _IDENT.sub(lambda m: m.group(0) if _NUMBER.fullmatch(m.group(0)) else " ", rest)
    numbers = [_normalise_number(m.group(0)) for m in _NUMBER.finditer(rest_ids)]
    words_lower = [w.lower().strip(_APOS) for w in _WORD.findall(text)]
    numbers += [w for w in words_lower if w in _NUMBER_WORDS]
    starts = {m.start(1) for m in _SENTENCE_START.finditer(rest_ids)}
    entities: list[str] = []
    for m in _WORD.finditer(rest_ids):
        w = m.group(0).strip(_APOS)
        low = w.lower()
        if low in _GAZETTEER:
            entities.append(low)
        elif w[:1].isupper() and low not in _COMMON and low not in _NEGATIONS and _pole(low) is None:
            # A capitalised sentence opener is only an entity if it is not a common word; that also
            # lets "Weather in Paris" match "what is the weather in Paris" (checked by presence).
            if m.start() in starts and w[1:].islower() and low not in _GAZETTEER:
                entities.append("~" + low)
            else:
                entities.append(low)
    return Features(
        words=frozenset(words_lower),
        numbers=tuple(sorted(numbers)),
        quoted=quoted,
        identifiers=frozenset(identifiers),
        entities=tuple(entities),
        negations=sum(1 for w in words_lower if w in _NEGATIONS),
        poles=frozenset(p for p in map(_pole, words_lower) if p),
    )


def _entities_agree(a: Features, b: Features) -> bool:
    # Each entity must occur as a word of the other text (case-insensitively); sentence openers
    # ("~word") too. Strict entities also keep their order: "from Paris to London" is another trip.
    for x, y in ((a, b), (b, a)):
        for e in x.entities:
            if e.lstrip("~") not in y.words:
                return False
    common = {e for e in a.entities if not e.startswith("~")} & set(b.entities)
    return _dedupe([e for e in a.entities if e in common]) == _dedupe([e for e in b.entities if e in common])


def _dedupe(seq: list[str]) -> list[str]:
    return list(dict.fromkeys(seq))


def _negated_pair(a: Features, b: Features) -> bool:
    # "unpaid" vs "paid", "inactive" vs "active", "non-members" vs "members".
    for x, y in ((a, b), (b, a)):
        for w in x.words - y.words:
            for p in _NEG_PREFIXES:
                if w.startswith(p) and len(w) - len(p) >= 3 and w[len(p):].lstrip("-") in y.words:
                    return True
    return False


def near_miss(a: str, b: str) -> str | None:
    """Why two similar texts must not share a cached answer, or ``None`` when the guard sees no reason."""
    if a == b:
        return None
    fa, fb = features(a), features(b)
    if fa.numbers != fb.numbers:
        return "numbers differ"
    if fa.quoted != fb.quoted:
        return "quoted strings differ"
    if fa.identifiers != fb.identifiers:
        return "identifiers differ"
    if fa.negations != fb.negations or _negated_pair(fa, fb):
        return "negation differs"
    if fa.poles != fb.poles:
        return "opposite or different qualifiers"
    if not _entities_agree(fa, fb):
        return "named entities differ"
    return None


def equivalent(a: str, b: str) -> bool:
    """True when :func:`near_miss` finds no reason to tell the texts apart."""
    return near_miss(a, b) is None
