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
  time (before/after, last/next, today/tomorrow), state (open/closed), direction (buy/sell) and
  antonymous actions (enable/disable, upgrade/downgrade, subscribe/unsubscribe ...),
- roles: the word after ``from``/``to``/``than``/``between``/``into`` ("from savings to checking"
  is not "from checking to savings").

:func:`near_miss` returns the first reason the texts differ, or ``None``. A false "differ" costs
one upstream call; a false "same" serves a wrong answer, so every rule errs towards "differ".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from arbiter.cache.embedder import unreadable
from arbiter.cache.text import NUMBER_VALUES as _NUMBER_VALUES
from arbiter.cache.text import for_embedding

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
_DIGIT_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f"
_GLUED_DIGITS = re.compile(f"(?<=[{_UNSPACED}])(?=\\d)|(?<=\\d)(?=[{_UNSPACED}])")
_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019]*")  # letters of any script: "über", "désactiver"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)\s*[\"'\u201c\u2018(]*([A-Za-z][\w'\u2019-]*)")

def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NUMBER_WORDS = _set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen half quarter double triple twice thrice first "
    "second third fourth fifth sixth seventh eighth ninth tenth single couple "
    # two to ten in German, French, Spanish, Italian, Portuguese and Dutch ("une personne" / "deux personnes")
    "zwei drei vier fünf sechs sieben acht neun zehn deux trois quatre cinq six sept huit neuf dix "
    "dos tres cuatro cinco seis siete ocho nueve diez due tre quattro cinque sei sette otto nove dieci "
    "dois duas três quatro cinco seis sete oito nove dez twee drie vier vijf zes zeven negen tien "
)

_NEGATIONS = _set(
    "not no never without except excluding exclude excludes excluded neither nor none nobody nothing "
    "nowhere cannot can't don't doesn't didn't isn't aren't wasn't weren't won't wouldn't shouldn't "
    "couldn't haven't hasn't hadn't unless lacking lack lacks missing non "
    "nicht kein keine keinen ohne nie niemals pas sans jamais aucun aucune sin nunca ningún ninguna "
    # Italian, Portuguese, Dutch and Polish ("mai" is left out: it is also the month in de/fr)
    "senza nessun nessuna sem não nenhum nenhuma zonder niet geen nooit bez nigdy żaden żadna żadnego "
    # "except" in the major European languages ("excepte els duplicats": all but the duplicates)
    "excepte excepto salvo sauf außer ausser tranne exceto behalve utom unntatt undtagen kromě oprócz "
)
_APOS = "'\u2019-"
_NEG_PREFIXES = ("non-", "non", "un", "in", "im", "il", "ir", "dis", "dés", "dé", "des", "de", "ent", "bez", "on")
# Prefixes that turn one stem into its opposite: "encode"/"decode", "einschalten"/"ausschalten".
_OPPOSITE_PREFIXES = (("en", "de"), ("in", "ex"), ("im", "ex"), ("up", "down"), ("ein", "aus"), ("an", "ab"),
                      ("auf", "zu"), ("over", "under"), ("inc", "dec"), ("en", "dis"), ("", "anti"))

# (axis, pole): two texts must show the same poles on every axis either of them touches.
_POLES: dict[str, tuple[str, str]] = {}
for _axis, _pl, _words in [
    ("cmp", "gt", "over above more greater higher exceeding exceed exceeds exceeded larger bigger beyond "
                  "least minimum min atleast über mehr plus más mayor encima"),
    ("cmp", "lt", "under below less fewer lower smaller beneath most maximum max atmost within "
                  "unter weniger moins menos menor debajo"),
    ("temp", "hot", "warm warmer warmest hot hotter hottest heat heatwave"),
    ("temp", "cold", "cold colder coldest cool cooler coolest freezing frost chilly"),
    ("order", "asc", "ascending asc cheapest cheaper cheap lowest smallest oldest earliest first bottom worst "
                     "least shortest slowest"),
    ("order", "desc", "descending desc expensive priciest highest largest biggest newest latest last top best "
                      "longest fastest"),
    ("time", "before", "before prior earlier until till ago vor bevor avant antes"),
    ("time", "after", "after later following since nach après después"),
    # Relative time, with "last"/"next" of the languages whose words are not also common words
    # elsewhere ("este" is "this" in Spanish and "is" in Romanian, so it is left out).
    ("rel", "past", "last past previous yesterday ago earlier recent recently gestern hier ayer "
                    "forrige förra sidste letzte letzten letztes dernier dernière pasado pasada scorso scorsa "
                    "vorige zeszły zeszłego ubiegły ubiegłego minulý viime múlt trecut trecută geçen"),
    ("rel", "next", "next upcoming coming tomorrow future soon morgen demain mañana "
                    "neste nästa næste nächste nächsten nächstes prochain prochaine próximo próxima prossimo "
                    "prossima volgende następny następna następnego przyszły przyszłego příští ensi seuraava jövő "
                    "viitoare gelecek"),
    ("rel", "now", "today tonight now current currently heute aujourd hoy"),
    # "the weekend after next" is not "next weekend".
    ("rel", "afternext", "afternext"),
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
    # Antonymous actions, one axis per pair: "enable dark mode" and "disable dark mode" ask opposite
    # things. A text naming only one side still differs from one naming neither (the safe way).
    *[(f"act:{a}", pole, words) for a, b in (
        ("enable activate aktivieren activer activar", "disable deactivate deaktivieren désactiver desactivar"),
        ("upgrade", "downgrade"), ("", "down"),
        ("subscribe", "unsubscribe"), ("lock", "unlock"), ("unhide", "hide"),
        ("install", "uninstall rollback"), ("upload", "download"), ("encrypt", "decrypt"),
        ("accept akzeptieren accepter aceptar accettare aceitar", "decline reject refuse turndown ablehnen refuser "
                                                                  "rechazar rifiutare recusar"),
        ("connect", "disconnect"), ("login signin", "logout signout"), ("mute", "unmute"),
        ("follow", "unfollow"), ("approve grant allow", "deny revoke block"), ("open", "close"),
        ("join", "leave"), ("confirm", "cancel"), ("archive", "unarchive restore"),
        ("attach", "detach"), ("dropoff", "pickup collect"), ("freeze", "unfreeze"), ("pause", "resume"),
        ("merge", "split"),
        ("raise", "lower"), ("import", "export"), ("grow growth", "shrink"), ("inflow", "outflow"),
        ("optin", "optout"), ("zoomin", "zoomout"), ("checkin", "checkout"), ("accelerate", "decelerate"),
        ("into incoming inbound", "outof outgoing outbound"),
        ("block bloquer blockieren sperren bloquear", "unblock débloquer entsperren desbloquear"),
        ("hire hired hiring", "fire fired firing dismiss dismissed"), ("borrow borrowed", "lend lent return"),
    ) for pole, words in (("+", a), ("-", b))],
    # Whose things: "all orders from our account" and "only my orders" ask for different sets.
    ("scope", "all", "all every everyone everybody whole entire tous toutes todos todas alle tutti tutte"),
    ("scope", "only", "only solely exclusively només solo solamente seulement nur soltanto apenas alleen endast kun "
                      "tylko jen"),
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
_WHEN = frozenset(f"{_MONTHS} {_DAYS}".split())
_GAZETTEER = frozenset(f"{_MONTHS} {_DAYS} {_CURRENCIES} {_LANGUAGES} {_PLACES}".split())

# Capitalised at the start of a sentence says nothing; these words are never entities even when capitalised.
_COMMON = _set(
    "a an the i me my we our you your he she it they them what which who whom whose when where why "
    "how is are was were be been do does did can could would should will shall may might must show "
    "list get find give tell search fetch return look lookup please and or but if then than that "
    "this these those there here of in on at to for from by with about into any all some each every "
    "per vs versus ok hi hello hey dear thanks thank please pls sorry cheers regards there "
    # sentence openers of German, French and Spanish questions
    "wie was wo wann warum welche welcher welches ich kann gibt der die das ein eine "
    "comment quel quelle quels où est je peux le la les un une "
    "cómo dónde qué cuál cuándo por puedo mi el los las una "
)

# Phrases that carry one meaning in several words, rewritten to one token before anything else:
# "turn off" is the antonym of "turn on", "out of" the opposite flow of "into", ">=" a comparison.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), r) for p, r in (
    (r"->|\u2192", " to "),
    # "this weekend" is now, "the week after next" a week later than "next week"; the Scandinavian
    # "i helgen", "i dag", "i morgen" are this weekend, today and tomorrow.
    (r"\bafter\s+next\b", " afternext "),
    (r"\b(?:this|dieses|diese|diesen|cette|ce)\s+(?=(?:week|weekend|month|year|quarter|morning|afternoon|evening|"
     r"summer|winter|spring|autumn|fall|woche|wochenende|monat|jahr|semaine|mois|année|matin|soir)s?\b)", " now "),
    (r"\bi\s+(?:dag|kveld|kväll|aften|natt|helgen|helga|år|sommer|sommar|vinter)\b", " now "),
    (r"\bi\s+(?:morgen|morgon)\b", " tomorrow "), (r"\bi\s+(?:går|gær)\b", " yesterday "),
    (r">=|\u2265|=>", " atleast "), (r"<=|\u2264", " atmost "), (r"(?<![\w-])>(?!\w)|(?<=\s)>", " over "),
    (r"(?<![\w-])<(?!\w)|(?<=\s)<", " under "),
    (r"\bturn(?:s|ed|ing)?\s+on\b", " enable "), (r"\bturn(?:s|ed|ing)?\s+off\b", " disable "),
    (r"\bswitch(?:es|ed|ing)?\s+on\b", " enable "), (r"\bswitch(?:es|ed|ing)?\s+off\b", " disable "),
    (r"\b(?:sign|log)(?:s|ged|ging|ed|ing)?\s+(?:in|on)(?:to)?\b", " login "),
    (r"\b(?:sign|log)(?:s|ged|ging|ed|ing)?\s+(?:out|off)(?:\s+of)?\b", " logout "),
    (r"\bopt(?:s|ed|ing|ting)?\s+in(?:to)?\b", " optin "), (r"\bopt(?:s|ed|ing|ting)?\s+out(?:\s+of)?\b", " optout "),
    (r"\bzoom(?:s|ed|ing)?\s+in\b", " zoomin "), (r"\bzoom(?:s|ed|ing)?\s+out\b", " zoomout "),
    (r"\bcheck(?:s|ed|ing)?\s+in\b", " checkin "), (r"\bcheck(?:s|ed|ing)?\s+out\b", " checkout "),
    (r"\broll(?:s|ed|ing)?[\s-]+back\b", " rollback "), (r"\bturn(?:s|ed|ing)?\s+down\b", " turndown "),
    (r"\bspeed(?:s|ed|ing)?\s+up\b", " accelerate "), (r"\bslow(?:s|ed|ing)?\s+down\b", " decelerate "),
    (r"\bdrop(?:s|ped|ping)?[\s-]+(?:it\s+|them\s+)?off\b", " dropoff "),
    (r"\bpick(?:s|ed|ing)?[\s-]+(?:it\s+|them\s+)?up\b", " pickup "),
    (r"\bout\s+of\b", " outof "), (r"\bother\s+than\b", " except "), (r"\bapart\s+from\b", " except "),
    (r"\b(?:everything|anything|all)\s+but\b", " except "),
    # "dejar de seguir", "arrêter de suivre", "aufhören zu": stopping an action negates it
    (r"\bdej(?:ar|a|o|e)\s+de\b", " not "), (r"\barr[êe]t(?:er|e|ez)\s+de\b", " not "),
    (r"\bsmett(?:ere|i|o)\s+di\b", " not "), (r"\bstop(?:s|ped|ping)?\s+(?=\w+ing\b)", " not "),
))
# Greetings, thanks and request wrappers say nothing about what is asked ("Good morning! Could you
# send me the Calgary forecast…"), but their words are poles ("morning", "send") or capitalised.
_POLITE = re.compile(
    r"\b(?:good\s+(?:morning|afternoon|evening|day)|guten\s+(?:morgen|tag|abend)|buenos\s+d[ií]as|buenas\s+"
    r"(?:tardes|noches)|bonjour|bonsoir|hallo|hello|hola|hey|hi|dear|ciao|olá|"
    r"(?:many|much)\s+thanks|thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?|much\s+appreciated|cheers|"
    r"vielen\s+dank|danke(?:\s+sch[öo]n)?|muchas\s+gracias|gracias|merci(?:\s+beaucoup)?|grazie(?:\s+mille)?|"
    r"obrigad[oa]|bedankt|sorry\s+for\s+the\s+(?:trouble|bother)|whenever\s+you\s+get\s+a\s+chance|"
    r"if\s+it(?:['\u2019]s|\s+is)\s+not\s+too\s+much\s+(?:trouble|bother)|if\s+you\s+(?:don['\u2019]t|do\s+not)\s+mind|"
    r"no\s+(?:rush|worries|hurry)|(?:quick|short)\s+question|excuse\s+me|sorry\s+to\s+(?:bother|trouble)\s+you|"
    r"(?:best|kind|warm)\s+regards|regards|dear\s+(?:assistant|team|bot)|"
    r"(?:could|can|would|will)\s+(?:you|i)\s+(?:please\s+|kindly\s+)?(?:send|get|give|show|pull\s+up|bring\s+up|"
    r"tell|fetch|find|look\s+up|check)(?:\s+(?:me|us))?|(?:send|give|get|show)\s+me)\b[,!.]?",
    re.I)
# A text with none of these cannot hold any of the phrases: most texts skip the rewrites.
_PHRASE_HINT = re.compile(
    r"[<>=\u2192\u2264\u2265]|\b(?:turn|switch|sign|log|opt|zoom|check|speed|slow|out|other|apart|everything|roll|"
    r"anything|all|dej|arr|smett|stop|drop|pick)|\b(?:after|this|dies\w*|cette|ce|i)\b", re.I)
# Poles that phrases take, read beside the words (rewriting them into one word would change what the word rules see):
# "in stock" / "out of stock" are opposite answers, and "at any time" takes a side on the time of day as surely as
# "morning" does.
_PHRASE_POLES = (
    (re.compile(r"\bin[\s-]+stock\b", re.I), "act:stock", "+", "in stock"),
    (re.compile(r"\b(?:out[\s-]*of[\s-]+stock|sold[\s-]+out)\b", re.I), "act:stock", "-", "out of stock"),
    (re.compile(r"\b(?:at\s+)?any\s*time\b", re.I), "period", "anytime", "any time"),
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
    pole_words: frozenset[tuple[str, str, str]] = frozenset()
    roles: frozenset[tuple[str, str]] = frozenset()
    tokens: tuple[str, ...] = ()
    currencies: frozenset[str] = frozenset()
    units: tuple[str, ...] = ()
    relational: tuple[str, ...] = ()


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
    text = _POLITE.sub(" ", unicodedata.normalize("NFKC", text))
    # Scripts written without spaces glue digits to words ("ユーザー10名分", "10명"): part them, so
    # the number is read as one.
    text = _GLUED_DIGITS.sub(" ", text)
    if _PHRASE_HINT.search(text):
        for rx, rep in _PHRASES:
            text = rx.sub(rep, text)
    # "what's" is "what", "Sarah's" is "Sarah": clitics carry no entity and broke word matching.
    text = _CANT.sub(lambda m: {"ca": "can", "wo": "will", "sha": "shall"}[m.group(1).lower()] + " not", text)
    text = _CLITIC.sub("", _CONTRACTION.sub(r"\1 not", text))
    quoted = frozenset(next(g for g in m.groups() if g) for m in _QUOTED.finditer(text))
    identifiers: set[str] = set()
    rest = text
    for rx in (_URL, _EMAIL, _PATH, _DOMAIN, _HANDLE):
        identifiers.update(m.group(0).lower().rstrip(".,;:!?") for m in rx.finditer(rest))
        rest = rx.sub(" ", rest)
    # Dates written with digits keep their order ("2026-08-06" is not "2026-06-08", "2/8" not "8/2").
    identifiers.update(m.group(0) for m in _DIGIT_DATE.finditer(rest))
    identifiers.update(m.group(0) for m in _DAY_MONTH.finditer(rest))
    identifiers.update(m.group(0) for m in _IDENT.finditer(rest) if not _NUMBER.fullmatch(m.group(0)))
    # Ordinals and 5k/3% match _IDENT too but are numbers: only real identifiers leave the text.
    rest_ids = _IDENT.sub(lambda m: m.group(0) if _NUMBER.fullmatch(m.group(0)) else " ", rest)
    numbers = [_normalise_number(m.group(0)) for m in _NUMBER.finditer(rest_ids)]
    words_lower = [w.lower().strip(_APOS) for w in _WORD.findall(text)]
    numbers += [repr(_NUMBER_VALUES[w]) if w in _NUMBER_VALUES else w
                for w in words_lower if w in _NUMBER_WORDS]
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
    phrase_poles = [(axis, pole, word) for rx, axis, pole, word in _PHRASE_POLES if rx.search(text)]
    return Features(
        words=frozenset(words_lower),
        numbers=tuple(sorted(numbers)),
        quoted=quoted,
        identifiers=frozenset(identifiers),
        entities=tuple(entities),
        negations=sum(1 for w in words_lower if w in _NEGATIONS),
        poles=frozenset(p for p in map(_pole, words_lower) if p) | frozenset(x[:2] for x in phrase_poles),
        pole_words=frozenset((*p, w) for w in words_lower if (p := _pole(w))) | frozenset(phrase_poles),
        roles=_roles(text),
        tokens=tuple(w.lower().rstrip(".-") for w in _TOKEN.findall(text)),
        currencies=frozenset(_CURRENCY_CODES.get(c.lower(), c) for c in _CURRENCY.findall(text)),
        units=tuple(sorted(u.lower() for u in [*_UNIT_AFTER.findall(rest_ids), *_UNIT_AFTER_WORD.findall(rest_ids)]
                           if u.lower() in _UNITS)),
        relational=tuple(w.lower() for w in _REL_TOKEN.findall(text)),
    )


# Money: "$45" is not "€45" though the numbers agree.
_CURRENCY = re.compile(r"[$€£¥₹₩₽₺]|\b(?:usd|eur|gbp|jpy|chf|cad|aud|cny|inr|sek|nok|dkk|pln|czk|huf|brl|mxn)\b", re.I)
_CURRENCY_CODES = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "inr": "₹"}
# The unit after a number: "12 mph" is not "12 km/h".
_UNIT_AFTER = re.compile(r"(?<![\w.])\d[\d,.]*\s?([^\W\d_][\w/°]*)")
# "two adults" carries the unit of "2 adults".
_UNIT_AFTER_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_NUMBER_VALUES, key=len, reverse=True)) + r")\s+([^\W\d_][\w/°]*)", re.I)
_UNITS = _set(
    "mph kmh km/h kph km mi mile miles kg kilo kilos kilogram kilograms lb lbs g gram grams mg oz ounce "
    "ounces m meter meters metre metres cm mm ft feet foot inch inches gb mb tb kb gib mib ghz mhz hz w "
    "kw kwh v mah °c °f celsius fahrenheit h hr hrs hour hours min mins minute minutes s sec secs second "
    "seconds ms day days week weeks month months year years yr yrs l ml liter liters litre litres gal "
    "gallon gallons people persons person pax adults adult kids children guests rooms nights seats "
    "tickets "
)
# Day and month in digits: "on 2/8".
_DAY_MONTH = re.compile(r"(?<![\d/.-])\d{1,2}[/.]\d{1,2}(?![\d/.])")
# Words and signs that relate two things: "A to B", "A/B", "A ⇒ B", "ivory for coral".
_REL_TOKEN = re.compile(r"[^\W_][\w'\u2019.\-@+]*|[/\u21d2\u2192\u27f6\u2013\u2014>]")
_RELATIONS = _set(
    "to for from into than vs versus / > a para hacia nach naar till zu vers verso per made na "
    "forwarded sent paid wrote gave owes "
) | {"\u21d2", "\u2192", "\u27f6", "\u2013", "\u2014", "\u00e0"}


# Words that give the next noun a role: "from my savings to my checking" is another transfer than
# "from my checking to my savings", though every word is the same. "to" binds beside "from"/"out of",
# or when what follows it is a name or an identifier ("sent to ana@x.io", "flights to Porto").
# "out Thursday, back Saturday": the legs of a trip are roles too.
_ROLE_MARKERS = _set("from than between vs versus into onto outof by out back return returning")  # by: see _roles
_LEGS = _set("out back return returning")
# "refunds we paid to X" / "refunds X paid to us": a pronoun after "to" is a party like a name.
_PARTY_PRONOUNS = _set("me us you him her them myself ourselves")
_SKIP = _set("a an the my our your his her their its this that these those some of")
_TOKEN = re.compile(r"[^\W_][\w'\u2019.\-@+]*")
_ELISION = re.compile(r"^(?:[ldjmnst]|qu)['\u2019]", re.I)  # l'offre -> offre
_PAIRED = {"de": "from", "à": "to", "von": "from", "nach": "to", "desde": "from", "hasta": "to"}
_PAIRED_WITH = {"de": "à", "à": "de", "von": "nach", "nach": "von", "desde": "hasta", "hasta": "desde"}


def _roles(text: str) -> frozenset[tuple[str, str]]:
    """``(marker, head)`` pairs: the word after each role marker (determiners skipped), with the
    number that follows it ("size 7" and "size 7.5" are different heads)."""
    raw = [_ELISION.sub("", w.rstrip(".-")) for w in _TOKEN.findall(text)]
    words = [w.lower() for w in raw]
    # French "de X à Y", German "von X nach Y": a pair marks the roles like "from X to Y".
    words = [_PAIRED.get(w, w) if _PAIRED.get(w) and _PAIRED_WITH[w] in words else w for w in words]
    bind_to = "from" in words or "outof" in words
    roles = set()
    for i, w in enumerate(words):
        if w not in _ROLE_MARKERS and w != "to":
            continue
        # "by" names an agent after a participle ("invited by members"), not an attribute ("customers by spend").
        if w == "by" and not (i and words[i - 1].endswith(("ed", "en", "wn", "ne", "de", "id", "nt"))):
            continue
        j = next((k for k in range(i + 1, len(words)) if words[k] not in _SKIP), None)
        if j is None:
            continue
        named = raw[j][:1].isupper() or any(c.isdigit() or c == "@" for c in raw[j])
        if w == "to" and not (bind_to or named or words[j] in _PARTY_PRONOUNS):
            continue
        # A leg of a trip names its day or place ("out Thursday"), not a thing ("logs me out", "return rate").
        if w in _LEGS and not (named or words[j] in _WHEN):
            continue
        head = words[j]
        # A generic noun takes the name or number after it: "size 7", "l'offre Premium".
        if not named and j + 1 < len(words) and (_NUMBER.fullmatch(words[j + 1]) or raw[j + 1][:1].isupper()):
            head += " " + words[j + 1]
        roles.add((w, head))
    return frozenset(roles)


# Question words: "who approved the return" and "when was the return approved" ask different things.
_WH = _set("who whom whose when where why how which wer wann wo warum wie qui quand où pourquoi comment "
           "quién cuándo dónde qué cómo "
           # ... and, of the other European languages, the question words that are no common word too
           "koliko kada gdje gde zašto tko kiedy gdzie dlaczego ile kdy kde proč kolik wanneer waar waarom hoeveel "
           "hvornår hvorfor når när varför quanto quando dove perché onde quem porquê")
_INFLECTIONS = frozenset({"s", "es", "ed", "d", "ing", "er", "ers", "ly", "ings"})


def _typo(x: str, y: str) -> bool:
    """One word in two spellings: an inflection (``add``/``adding``, ``stop``/``stopped``) or one
    slip in a word of four letters or more (``fligths``/``flights``, ``undr``/``under``)."""
    short, long = sorted((x, y), key=len)
    if len(short) >= 3 and long.startswith(short):
        rest = long[len(short):]
        if rest in _INFLECTIONS or (rest[:1] == short[-1] and rest[1:] in _INFLECTIONS):
            return True
    return min(len(x), len(y)) >= 4 and SequenceMatcher(None, x, y).ratio() >= 0.8


def _same_number(x: str, y: str) -> bool:
    """A number word and the digits of its value ("one"/"1", "zwei"/"2")."""
    return any(w in _NUMBER_VALUES and _normalise_number(d) == repr(_NUMBER_VALUES[w]) for w, d in ((x, y), (y, x)))


def _word_swapped(a: Features, b: Features) -> bool:
    """One or two words replaced in place, the rest alike: "delivery cost" / "delivery time".

    Such a pair asks about another attribute of the same thing; only a typo is let through (a
    synonym swap is a miss, which is safe). Words that moved ("Oslo weather Monday" / "Monday
    weather Oslo") are not replacements.
    """
    sm = SequenceMatcher(None, a.tokens, b.tokens, autojunk=False)
    if sum(size for _, _, size in sm.get_matching_blocks()) < 2:
        return False  # nothing in common to be a context: a rephrasing, judged by the embedding
    bset, aset = set(b.tokens), set(a.tokens)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace" or i2 - i1 != j2 - j1 or i2 - i1 > 2:
            continue
        for x, y in zip(a.tokens[i1:i2], b.tokens[j1:j2], strict=True):
            if x in bset or y in aset or x in _COMMON or y in _COMMON or _typo(x, y) or _same_number(x, y):
                continue
            return True
    return False


# A run of up to four words one text has in place of a run of the other, the rest alike: "Ward
# visiting hours" / "Ward direct phone number". The embedding of the whole texts is dominated by
# what they share, and the verifier, trained on template pairs, scored such pairs 0.99 and more.
# The two runs alone tell another attribute of the same thing (cosine under SPAN_FLOOR with the
# shipped embedder: "visiting hours" / "direct phone number" 0.06, "rainfall total in mm" /
# "relative humidity" 0.29) from a synonym swap ("red-eye flights" / "overnight departures" 0.34,
# "direct flights" / "nonstop service" 0.42). Measured on pairs that pass every other stage.
SPAN_FLOOR = 0.30
SPAN_MAX = 4
SpanSimilarity = Callable[[str, str], float]


def swapped_span(a: Features, b: Features) -> tuple[str, str] | None:
    """The one run of words ``b`` has in place of a run of ``a`` when that is all that differs
    (at most :data:`SPAN_MAX` words each side, at least two words in common, not a misspelling);
    ``None`` otherwise."""
    sm = SequenceMatcher(None, a.tokens, b.tokens, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != "replace" or sum(size for *_, size in sm.get_matching_blocks()) < 2:
        return None
    _, i1, i2, j1, j2 = ops[0]
    if i2 - i1 > SPAN_MAX or j2 - j1 > SPAN_MAX:
        return None
    # Only the words that carry the request: "I need a duplicate" / "reissue the" is "duplicate" /
    # "reissue"; a run left empty was an insertion, not a swap.
    x, y = ([w for w in t if w not in _COMMON and w not in _SKIP and w not in _FILLER]
            for t in (a.tokens[i1:i2], b.tokens[j1:j2]))
    if not x or not y:
        return None
    if len(x) == len(y) and all(u == v or _slip(u, v) for u, v in zip(x, y, strict=True)):
        return None
    jx, jy = "".join(x).replace("-", ""), "".join(y).replace("-", "")
    if jx == jy or _slip(jx, jy):
        return None  # "check-in" / "checkin", "two-step verification" / "two step verfication"
    return " ".join(x), " ".join(y)


def _slip(x: str, y: str) -> bool:
    """:func:`_typo`, or one slip in a word of three letters ("frm" / "from")."""
    return _typo(x, y) or (min(len(x), len(y)) >= 3 and SequenceMatcher(None, x, y).ratio() >= 0.85)


def _roles_agree(a: Features, b: Features, verified: bool = False) -> bool:
    # Only markers both texts use: "Montreal to Porto flights" has no roles to compare.
    markers = {m for m, _ in a.roles} & {m for m, _ in b.roles}
    for k in markers:
        ha, hb = {h for m, h in a.roles if m == k}, {h for m, h in b.roles if m == k}
        if ha == hb:
            continue
        # In front of the verifier, the same name with two letters swapped (as in _entities_agree).
        if not (verified and len(ha) == len(hb) and all(
                h in hb or any(len(h) >= 5 and _transposed(h, g) for g in hb) for h in ha)):
            return False
    return True


def _transposed(x: str, y: str) -> bool:
    """Two adjacent letters swapped: "Prgaue"/"Prague", "Botson"/"Boston"."""
    if len(x) != len(y) or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]


def _entities_agree(a: Features, b: Features, verified: bool = False) -> bool:
    # Each entity must occur as a word of the other text (case-insensitively); sentence openers
    # ("~word") too. Strict entities also keep their order: "from Paris to London" is another trip.
    openers: list[list[str]] = []
    for x, y in ((a, b), (b, a)):
        missing: list[str] = []
        for e in x.entities:
            # A capitalised sentence opener may carry a typo ("Rechnungsadrese ändern"); a name
            # may not: "Larson" is not "Larsen", "Thursday" not "Tuesday".
            loose = e.startswith("~") and e[1:] not in _GAZETTEER
            e = e.lstrip("~")
            if e in y.words or (loose and len(e) >= 5 and any(_typo(e, w) for w in y.words - x.words)):
                continue
            # With the verifier, a name may carry one swap of adjacent letters when the other spelling
            # is no known name itself ("Prgaue" is "Prague"; "Larsen" stays apart from "Larson").
            if verified and len(e) >= 5 and any(_transposed(e, w) and (e in _GAZETTEER) != (w in _GAZETTEER)
                                                for w in y.words - x.words):
                continue
            if not (loose and verified):
                return False
            missing.append(e)
        openers.append(missing)
    # In front of the verifier, a capitalised opener one text has and the other does not explain
    # ("Quick question: ...", "Kindly list ...") is a word like any other, for the verifier to read;
    # unexplained openers on both sides ("Kubernetes pod ..." / "Nomad job ...") are two names.
    if openers[0] and openers[1]:
        return False
    # Order matters between places, people and names ("Oslo to Nairobi"), not for when: a month
    # or weekday may move ("Monday weather Oslo").
    # Nor for words whose role both texts state alike ("to Porto from Montreal" = "from Montreal to Porto").
    bound = {h for _, h in a.roles & b.roles}
    common = {e for e in a.entities if not e.startswith("~") and e not in _WHEN and e not in bound} & set(b.entities)
    return _dedupe([e for e in a.entities if e in common]) == _dedupe([e for e in b.entities if e in common])


def _dedupe(seq: list[str]) -> list[str]:
    return list(dict.fromkeys(seq))


def _prefix_negations(x: Features, y: Features) -> int:
    """Words of ``x`` that negate a word of ``y`` by a prefix: "unpaid" for "paid", "inactive" for
    "active", "non-members" for "members"."""
    return sum(1 for w in x.words - y.words
               if any(w.startswith(p) and len(w) - len(p) >= 3 and w[len(p):].lstrip("-") in y.words
                      for p in _NEG_PREFIXES))


def _negation_differs(a: Features, b: Features) -> bool:
    # A prefix counts as a negation: "undelivered" is "not delivered", and "unpaid" is not "paid".
    return a.negations + _prefix_negations(a, b) != b.negations + _prefix_negations(b, a)


def _poles_conflict(a: Features, b: Features, verified: bool = False) -> bool:
    """Opposite poles on one axis ("over"/"under", "enable"/"disable"), or a pole word one text
    has and the other does not, unless the other spells that same word with a typo ("undr").
    With the verifier, a pole word on one side only ("how cold does it get" / "temperatures") is
    left to it: only two texts that both take a side on an axis, and differ, conflict here."""
    if a.poles == b.poles:
        return False
    for x, y in ((a, b), (b, a)):
        for axis, pole, word in x.pole_words - y.pole_words:
            if (axis, pole) in y.poles:
                continue
            if verified and not any(ax == axis for ax, _ in y.poles):
                continue
            # "undr" is "under"; "descending" is no typo of "ascending": it is a pole itself.
            if not any(_typo(word, w) and _pole(w) is None for w in y.words - x.words):
                return True
    return False


def _opposite_prefix(a: Features, b: Features) -> bool:
    """One stem behind opposite prefixes: "encode"/"decode", "import"/"export", "einschalten"/"ausschalten"."""
    for x, y in ((a, b), (b, a)):
        for w in x.words - y.words:
            for p, q in _OPPOSITE_PREFIXES:
                if w.startswith(p) and len(w) - len(p) >= 3 and q + w[len(p):] in y.words:
                    return True
    return False


def _swapped_around(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two words that trade places around a relating word that stays between them.

    "gothenburg to marrakesh" / "marrakesh to gothenburg", "Rosario/Goa" / "Goa/Rosario", "greta
    forwarded to tomas" / "tomas forwarded to greta", "ivory for coral" / "coral for ivory". A moved
    weekday or a rotated phrase ("Oslo weather Monday" / "Monday weather in Oslo") has no relating
    word between the pair in both texts, so it is not a swap.
    """
    if len(a) < 3 or len(b) < 3:
        return False
    pos_b: dict[str, int] = {}
    for i, w in enumerate(b):
        pos_b.setdefault(w, i)
    pos_a: dict[str, int] = {}
    for i, w in enumerate(a):
        pos_a.setdefault(w, i)
    shared = [w for w in pos_a if w in pos_b and w not in _COMMON and w not in _RELATIONS and w not in _SKIP]
    for i, x in enumerate(shared):
        for y in shared[i + 1:]:
            ax, ay, bx, by = pos_a[x], pos_a[y], pos_b[x], pos_b[y]
            if (ax - ay) * (bx - by) >= 0:
                continue  # same order in both texts
            lo_a, hi_a = sorted((ax, ay))
            lo_b, hi_b = sorted((bx, by))
            in_a = {w for w in a[lo_a + 1:hi_a] if w in _RELATIONS}
            in_b = {w for w in b[lo_b + 1:hi_b] if w in _RELATIONS}
            if in_a & in_b:
                return True
            # A subject in one text, an object in the other: "companies that Harbor has acquired" /
            # "companies that have acquired Harbor", "people reporting to Sofia" / "Sofia is reporting to".
            if abs(ax - ay) + abs(bx - by) <= 4 and (_AUX & set(a[lo_a + 1:hi_a]) or _AUX & set(b[lo_b + 1:hi_b])):
                return True
    return False


_AUX = frozenset(["has", "have", "had", "is", "are", "was", "were", "does", "did"])


_FILLER = _set("pls plz kindly just also really currently right now want need like know see get got give "
               "tell show find look help would could can may might let bitte bitte svp por favor per favore")


def _content(words: frozenset[str]) -> set[str]:
    return {w for w in words if len(w) >= 3 and w not in _COMMON and w not in _SKIP and w not in _FILLER
            and w not in _NEGATIONS and w not in _WH}


def unexplained(a: str, b: str) -> list[str]:
    """Content words of either text that the other does not hold, in any spelling or inflection.

    A synonym ("bought"/"purchased") is unexplained as much as another attribute ("cost"/"time"):
    only the embedding can tell them apart, so a pair with such words needs a stricter similarity.
    """
    fa, fb = features(a), features(b)
    ca, cb = _content(fa.words), _content(fb.words)
    out = []
    for x, y in ((ca, cb), (cb, ca)):
        for w in sorted(x - y):
            if any(_typo(w, v) or (len(w) >= 5 and len(v) >= 5 and w[:5] == v[:5]) for v in y):
                continue
            out.append(w)
    return out


UNREADABLE = "characters the models cannot read (only the same text is reused)"

# How much more similar two texts must be when one holds a content word the other cannot explain.
STRICT_MARGIN = 0.10
UNEXPLAINED = "a word the other text does not explain"


def near_miss(a: str, b: str, similarity: float | None = None, threshold: float | None = None, *,
              verified: bool = False, spans: SpanSimilarity | None = None) -> str | None:
    """Why two similar texts must not share a cached answer, or ``None`` when the guard sees no reason.

    With ``similarity`` (their cosine) and the ``threshold`` it passed, a pair in which either text
    holds a content word the other does not explain ("bought"/"purchased", but also "cost"/"time")
    must also clear ``threshold + STRICT_MARGIN``: the words alone cannot tell a synonym from
    another question, the embedding must be surer.

    ``verified=True`` is the guard in front of the verifier: what one text says and the other does
    not say at all (a pole word on one side, a capitalised opener, a name with two letters swapped)
    is left to the verifier; what both say differently (numbers, names, poles, negation, roles)
    stays a reason here.

    ``spans`` (the cosine of two short texts with the shipped embedder) adds one more reason: the
    run of words one text has in place of the other's names an unrelated thing (:func:`swapped_span`).
    """
    if a == b:
        return None
    if for_embedding(a) != for_embedding(b) and (unreadable(a) or unreadable(b)):
        # The models see "[UNK]" where the texts differ, or may: only the same text is safe.
        return UNREADABLE
    reason = _hard_reason(a, b, verified, spans)
    if reason is None and similarity is not None and threshold is not None \
            and similarity < threshold + STRICT_MARGIN and unexplained(a, b):
        return UNEXPLAINED
    return reason


def _hard_reason(a: str, b: str, verified: bool = False, spans: SpanSimilarity | None = None) -> str | None:
    fa, fb = features(a), features(b)
    if fa.numbers != fb.numbers:
        return "numbers differ"
    if fa.currencies != fb.currencies or fa.units != fb.units:
        return "currency or unit differs"
    if fa.quoted != fb.quoted:
        return "quoted strings differ"
    if fa.identifiers != fb.identifiers:
        return "identifiers differ"
    if _negation_differs(fa, fb):
        return "negation differs"
    if _poles_conflict(fa, fb, verified):
        return "opposite or different qualifiers"
    if not _entities_agree(fa, fb, verified):
        return "named entities differ"
    if not _roles_agree(fa, fb, verified) or _swapped_around(fa.relational, fb.relational):
        return "roles differ (from/to, than, between)"
    if _opposite_prefix(fa, fb):
        return "opposite or different qualifiers"
    if _word_swapped(fa, fb):
        return "a word was replaced"
    if spans is not None and (run := swapped_span(fa, fb)) is not None and spans(*run) < SPAN_FLOOR:
        return "another thing asked (the words that differ are unrelated)"
    wa, wb = fa.words & _WH, fb.words & _WH
    if wa and wb and not wa & wb:
        return "another question (who, when, how...)"
    return None


def equivalent(a: str, b: str) -> bool:
    """True when :func:`near_miss` finds no reason to tell the texts apart."""
    return near_miss(a, b) is None
