"""The values a conversation and a call's arguments are compared by ("atoms"), normalised so that
the same value written differently is the same atom.

Text is folded first (:func:`fold`): Unicode NFKC (fullwidth letters become ASCII), zero-width and
other format characters removed, case folded, whitespace collapsed. Then typed values are read
out of it, each normalised:

========  ==================================================================================
kind      normalised as
========  ==================================================================================
email     lower case (``Ann.Lee@Example.COM`` -> ``ann.lee@example.com``); also as dictated (``ana at acme dot es``)
url       scheme and host lower case, no trailing punctuation, no trailing ``/``
domain    a bare host name (``evil-pay.example``); the host of every URL and email as well
iban      letters and digits only, upper case, the country's registry format and checksum (``GB33 BUKB ...``)
phone     ``+`` and digits only, 7 to 15 digits (``+44 20 7946 0958`` = ``+442079460958``)
amount    a decimal number without grouping (``1,000``, ``1000.00``, ``1.000,00`` = ``1000``)
date      ISO ``YYYY-MM-DD`` from ISO, ``3 June 2026``, ``June 3, 2026``, ``03.06.2026``, ``3. Juni 2026``,
          ``3 de junio de 2026``, ``2026年6月3日`` (month names of the major European languages)
mday      ``MM-DD`` for a day written without a year (``3 June``, ``June 3rd``), every day of a range
          (``3-5 June``, ``June 3 to 5``); an argument's full date matches it by its month and day
dom       ``DD``, the day of the month a weekday names (``Friday the 17th``, ``venerdì 17``, ``Freitag, 17.``), and
          every day of a range said as ordinals (``the twenty second to the twenty sixth``); an argument's full
          date matches it by its day
time      ``HH:MM`` (24 h) from ``14:30``, ``2:30 pm``, and whole hours (``at 10``, ``alle 10``, ``um 10 Uhr``, ``20h``)
ident     a token with a digit, or with ``-``, ``_``, ``.`` or ``/`` between letters and digits
          (order and file ids, file names, handles: ``em-29763``, ``q3_report.pdf``, ``@ana.r``)
========  ==================================================================================

Prose is compared by word shingles (runs of :data:`SHINGLE` folded words), so an argument that
copies a span of a document is traced to it even when the whole strings differ.

Atoms are hashed before anything keeps them (:func:`digest`, keyed BLAKE2b, 8 bytes), so an
index of a conversation holds no readable value.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from anyascii import anyascii

from arbiter.pii.numbers import iban_valid

__all__ = ["SHINGLE", "Atom", "digest", "extract", "fold", "label", "month_days", "romanised", "shingles", "words"]

Atom = tuple[str, str]  # (kind, normalised value)
SHINGLE = 5  # words per shingle: long enough that two unrelated texts rarely share one

_SPACE = re.compile(r"[^\S\n]+")
_LINES = re.compile(r"\s*\n\s*")


# Unicode tag characters (U+E0020-U+E007E) spell ASCII invisibly ("ASCII smuggling"): read them as the ASCII they spell.
_TAGS = {cp: cp - 0xE0000 for cp in range(0xE0020, 0xE007F)}


def fold(text: str) -> str:
    """NFKC, format characters removed, case folded, whitespace collapsed (line breaks kept, one each); Unicode tag
    characters read as the ASCII they spell.

    Format characters (category Cf: zero-width spaces and joiners, bidi controls, the tag block used for
    "ASCII smuggling") would otherwise hide a word or a value from every comparison.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text.translate(_TAGS))
        text = "".join(c for c in text
                       if c.isascii() or unicodedata.category(c) != "Cf")
    return _LINES.sub("\n", _SPACE.sub(" ", text.casefold())).strip()


_NO_SPACES = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_UNSPACED = re.compile(f"(?<=[{_NO_SPACES}])(?=[0-9a-z])|(?<=[0-9a-z])(?=[{_NO_SPACES}])")
_EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,24}")
_URL = re.compile(r"\b(?:https?|ftp)://[^\s\"'<>()\[\]{}]+", re.IGNORECASE)
_DOMAIN = re.compile(r"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])")
# File extensions are not top-level domains here: "report.pdf" is a file name, not a host.
_NOT_TLD = frozenset({"pdf", "txt", "csv", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "png", "jpg", "jpeg", "gif",
                      "zip", "json", "md", "odt", "ods", "rtf", "eml", "ics", "log", "xml", "yaml", "yml", "tar", "gz"})
_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7}(?:[ -]?[a-z0-9]{1,4})?\b")
# A dot inside a number only before a digit: "+90 532 418 7706. 2) Tuesday ..." ends the number at the full stop.
_PHONE = re.compile(r"(?<![\w+/])\+?\(?\d(?:[\d ()/-]|\.(?=\d)){5,18}\d(?![\w])")
_PERCENT = re.compile(r"\s?(?:%|\uff05|percent\b|per\s?cent\b|prozent\b|pour\s?cent\b|por\s?ciento\b|per\s?cento\b|"
                      r"procent\b|prosent\b|prosentti\b|protsent\b|procentas\b|procenti\b|százalék)")
_NUMBER = re.compile(r"(?<![\w.,])[-+]?(?:\d{1,3}(?:[,.' ]\d{3})+|\d+)(?:[.,]\d{1,4})?(?![\w])")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DMY_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
# Month names as dates are written in the major European languages (nominative, and the genitive Polish, Czech and
# Finnish write after a day: "22 marca", "22. března", "22. maaliskuuta"), with common abbreviations. A name is
# read only beside a day number, so "mai" or "mars" in a sentence is no date.
_MONTH_NAMES = (
    "jan january januar jänner janvier janv enero gennaio janeiro januari stycznia ledna tammikuuta ocak ianuarie "
    "január gener",
    "feb february februar février févr febrero febbraio fevereiro februari lutego února helmikuuta şubat februarie "
    "február febrer",
    "mar march märz mär mars marzo março maart mrt marts marca března maaliskuuta mart martie március març",
    "apr april avril avr abril aprile kwietnia dubna huhtikuuta nisan aprilie április",
    "may mai mayo maggio maio mei maj maja května toukokuuta mayıs mayis május maig",  # noqa: RUF001 (Turkish dotless i)
    "jun june juni juin junio giugno junho czerwca června kesäkuuta haziran iunie június juny",
    "jul july juli juillet juil julio luglio julho lipca července heinäkuuta temmuz iulie július juliol",
    "aug august août agosto augustus augusti sierpnia srpna elokuuta ağustos augusztus agost",
    "sep sept september septembre septiembre setiembre settembre setembro września září syyskuuta eylül septembrie "
    "szeptember setembre",
    "oct october oktober okt octobre octubre ottobre outubro października října lokakuuta ekim octombrie október",
    "nov november novembre noviembre novembro listopada listopadu marraskuuta kasım kasim noiembrie",  # noqa: RUF001
    "dec december dezember dez décembre déc diciembre dic dicembre dezembro grudnia prosince joulukuuta aralık aralik "  # noqa: RUF001
    "decembrie desembre",
)
_MONTHS = {m: i for i, names in enumerate(_MONTH_NAMES, start=1) for m in names.split()}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "3rd", "3.", "3º", "1er", and "of" / "de" / "del" between day and month ("3 de junio").
_ORD = r"(?:st|nd|rd|th|er|º|°|\.)?"
# Catalan elides "de" before a vowel: "del 26 al 28 d'abril", "3 d'octubre".
_OF = r"(?: of| de| del| di)?(?: | d['\u2019])"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}){_ORD}{_OF}({_MONTH})\.?,?(?: de)? (\d{{4}})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th|\.)?,? (\d{{4}})\b")
# A day and month without a year, alone or as a range ("3 December", "3-5 December", "December 3 to 5",
# "the 1st of December"), as users write them: read as month-day atoms (``mday``), never as a full date.
_RANGE = r"(?:\s*(?:-|\u2013|\u2014|to|until|till|through|thru|bis|au|al|a)\s*(\d{1,2})(?:st|nd|rd|th|\.)?)?"
_NO_YEAR = r"(?![\d.,]*\s?\d{4})"
_DAY_MONTH_ONLY = re.compile(rf"\b(\d{{1,2}}){_ORD}{_RANGE}{_OF}({_MONTH})\b\.?{_NO_YEAR}")
_MONTH_DAY_ONLY = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?{_RANGE}\b{_NO_YEAR}")
# Chinese, Japanese and Korean: "2028年3月22日", "3月22日", "3월 22일".
_CJK_DATE = re.compile(r"(?:(\d{4})\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]")
# "14.30" is a time, "4.18 EUR" or "€4.18" an amount.
_TIME = re.compile(r"(?<![$\u20ac\u00a3\u00a5])\b([01]?\d|2[0-3])[:.h]([0-5]\d)(?:\s*([ap])\.?m\.?)?\b"
                   r"(?!\s?(?:eur|usd|gbp|chf|sek|nok|dkk|pln|czk|huf|jpy|[$\u20ac\u00a3\u00a5]))"
                   r"|\b(1[0-2]|0?[1-9])\s*([ap])\.?m\.?\b")
# A weekday and the day of the month it falls on, with no month ("Friday the 17th", "venerdì 17", "Freitag, 17."), in
# English, Italian, Spanish, German, French, Portuguese and Dutch; not a time ("Friday 10:00", "Friday 10am").
_WEEKDAY = ("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
            "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica lunes "
            "martes miércoles miercoles jueves viernes sábado domingo montag dienstag mittwoch donnerstag freitag "
            "samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche segunda terça terca quarta quinta "
            "sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")
_WEEKDAY_DAY = re.compile(r"\b(?:" + "|".join(sorted(_WEEKDAY.split(), key=len, reverse=True)) +
                          r")(?:-feira)?\.?,?\s+(?:the\s+|il\s+|el\s+|le\s+|den\s+|dem\s+|dia\s+)?([12]?\d|3[01])"
                          r"(?:st|nd|rd|th|º|°|\.(?!\d))?(?![\d:.,]\d|\d|\s*(?:[ap]\.?m\b|h\b|uhr|heures?|horas?|ore\b|people|"
                          r"persons?|guests?|pax|of\s+us|adults?|personas?|persone|personen|pessoas|x\b|"
                          # ... nor the hours of a range ("sunday 1 to 4", "Freitag 9-12")
                          r"(?:-|\u2013|to|till|until|bis)\s*\d))")
# A whole hour written without minutes: after "at" and its equivalents ("alle 10", "a las 10", "um 10 Uhr", "às 20h")
# or with a word of hours ("10 Uhr", "20h"); not a price, a share, a count or an ordinal.
_HOUR = re.compile(r"\b(?:at|alle|a\s+las|a\s+la|um|\u00e0|\u00e0s|om|kl\.?|klo)\s+([01]?\d|2[0-3])"
                   r"(?:\s*(?:uhr|h|heures?|horas?|ore|o'clock))?"
                   r"(?!\d|[:.,]\d|\s*(?:%|\u20ac|\$|\u00a3|eur|usd|gbp|chf|[ap]\.?m\b|st\b|nd\b|rd\b|th\b|min|day|week|"
                   r"people|person|guest|pax|gb|kg|km|m\b|x\b|to\b|past\b|(?:y|e|et|und)\s+(?:media|mezza|meia|demie|quart|cuarto|"
                   r"quarto|viertel)))"
                   r"|\b([01]?\d|2[0-3])\s*(?:uhr|heures?|horas|ore|o'clock)\b|\b([01]?\d|2[0-3])h(?![\w:.])")
_IDENT = re.compile(r"(?<![\w@/.-])[@#]?[a-z0-9][\w./-]*[a-z0-9](?![\w@])")
_WORD = re.compile(r"[^\W_]+")
_PER_UNIT = re.compile(r"\d[\d.,]*/[^\W\d_]{1,5}")
_PATH = re.compile(r"(?<![\w@/.:-])/[^\W_][\w.-]+(?:/[\w.-]+)*/?(?![\w/])")
_COORDINATE = re.compile(r"\d{1,3}\.\d{3,}[nsew]")


def _amount(raw: str) -> str | None:
    """``1,000.50`` / ``1.000,50`` / ``1 000`` / ``1000.5`` -> ``1000.5``; None if it is no plain number."""
    s = raw.replace(" ", "").replace("'", "")
    if "," in s and "." in s:  # the later separator is the decimal one
        s = s.replace(",", "") if s.rfind(".") > s.rfind(",") else s.replace(".", "").replace(",", ".")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        s = s.replace(",", "") if len(tail) == 3 else head.replace(",", "") + "." + tail
    elif s.count(".") > 1 or (s.count(".") == 1 and len(s.rpartition(".")[2]) == 3 and len(s) > 4
                              and not s.startswith("0")):
        s = s.replace(".", "")  # 1.000 or 1.000.000 written with dots for thousands
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _date(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2200:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _mdays(atoms: set[Atom], month: int, first: str, last: str | None) -> None:
    """``mday`` atoms (``MM-DD``) for a day, or every day of a range within one month."""
    a = int(first)
    b = int(last) if last else a
    if 1 <= a <= b <= 31 and b - a <= 31:
        atoms.update(("mday", f"{month:02d}-{d:02d}") for d in range(a, b + 1))


def month_days(atoms: set[Atom]) -> set[Atom]:
    """The ``mday`` and ``dom`` atoms of the full dates among ``atoms``: an argument's ``2026-12-03`` is the user's
    "3 December" and "Thursday the 3rd"."""
    return {("mday", v[5:]) for k, v in atoms if k == "date"} | {("dom", v[8:]) for k, v in atoms if k == "date"}


# Values as people dictate them. An address said aloud ("compras at almendras del sur dot es"): one word before "at",
# one to four words of domain, and "dot" before a country or generic ending; the domain's words run together.
_SPOKEN_EMAIL = re.compile(r"\b([a-z0-9][a-z0-9._-]{0,40}) at ((?:(?!dot |at )[a-z0-9-]+ ){0,3}[a-z0-9-]+) dot "
                           r"((?:co dot |com dot |org dot )?(?:com|org|net|edu|gov|info|io|eu|[a-z]{2}))\b")
# A range of days said as ordinals, in words or digits ("the twenty second to the twenty sixth", "the 3rd till the
# 7th"): the days of the month it names. Not a range of items ("the second to the fourth option").
_ORDINAL_WORDS = {w: i for i, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth"), start=1)}
_ORDINAL_WORDS |= {f"{tens}{sep}{w}": base + i for tens, base in (("twenty", 20), ("thirty", 30))
                   for sep in (" ", "-") for w, i in _ORDINAL_WORDS.items() if i <= 9 and base + i <= 31}
_ORDINAL_WORDS["thirtieth"] = 30
_ORDINAL = r"(\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
_DAY_RANGE = re.compile(rf"\b(?:the {_ORDINAL} (?:to|till|until|through|thru|-) (?:the )?|(?<!the ){_ORDINAL} "
                        rf"(?:to|till|until|through|thru) the ){_ORDINAL}\b"
                        r"(?! (?:one|ones|options?|items?|rows?|lines?|pages?|places?|floors?|results?|listings?|"
                        r"choices?|entries|entry|files?|messages?|emails?|of (?!(?:this|next|the) month)\w))")


def _ordinal(text: str) -> int | None:
    return int(text[:-2]) if text[:1].isdigit() else _ORDINAL_WORDS.get(text)


def _spoken(folded: str, atoms: set[Atom]) -> None:
    """The emails and day ranges of dictated text (see the patterns above)."""
    for m in _SPOKEN_EMAIL.finditer(folded):
        email = f"{m.group(1)}@{m.group(2).replace(' ', '')}.{m.group(3).replace(' dot ', '.')}"
        atoms.add(("email", email))
        atoms.add(("domain", email.rsplit("@", 1)[1]))
    for m in _DAY_RANGE.finditer(folded):
        first, last = _ordinal(m.group(1) or m.group(2)), _ordinal(m.group(3))
        if first is not None and last is not None and 1 <= first <= last <= 31 and last - first <= 14:
            atoms.update(("dom", f"{d:02d}") for d in range(first, last + 1))


def extract(folded: str) -> set[Atom]:
    """Every typed value in folded text (see the module docstring); ``ident`` values include whole
    short tokens such as file names and ids."""
    if not folded.isascii():
        # Scripts written without spaces ("18:00と20:45", "ราคา1,250บาท", "19:00에") hold values with no word
        # boundary around them; a space between such a letter and a Latin letter or digit gives them one.
        folded = _UNSPACED.sub(" ", folded)
    atoms: set[Atom] = set()
    taken: list[tuple[int, int]] = []  # spans of emails and URLs: their parts are not read again
    for m in _EMAIL.finditer(folded):
        atoms.add(("email", m.group(0)))
        atoms.add(("domain", m.group(0).rsplit("@", 1)[1]))
        taken.append(m.span())
    for m in _URL.finditer(folded):
        url = m.group(0).rstrip(".,;:!?'\"").rstrip("/")
        atoms.add(("url", url))
        host = url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split(":", 1)[0]
        if host:
            atoms.add(("domain", host))
        taken.append(m.span())

    def free(m: re.Match[str]) -> bool:
        a, b = m.span()
        return not any(a < y and x < b for x, y in taken)

    for m in _DOMAIN.finditer(folded):
        if free(m) and m.group(0).rsplit(".", 1)[1] not in _NOT_TLD:
            atoms.add(("domain", m.group(0)))
    for m in _IBAN.finditer(folded):
        # The match may run into the next word ("... 3079 with"): the longest prefix with a valid checksum wins.
        parts = re.split(r"[ -]", m.group(0))
        for n in range(len(parts), 0, -1):
            iban = "".join(parts[:n]).upper()
            if 15 <= len(iban) <= 34 and iban_valid(iban):
                atoms.add(("iban", iban))
                taken.append((m.start(), m.start() + len(" ".join(parts[:n]))))
                break
        else:
            # Shaped like an IBAN but of no valid format (a mistyped or made-up account, "DE89 1007 ... 7781" two
            # characters too long): its compact form is an id, so the same account written without spaces traces
            # to it.
            if len(parts) > 1 and 15 <= len(compact := "".join(parts)) <= 34:
                atoms.add(("ident", compact))
    dates = [(m, (int(m.group(1)), int(m.group(2)), int(m.group(3)))) for m in _ISO_DATE.finditer(folded)]
    dates += [(m, (int(m.group(3)), int(m.group(2)), int(m.group(1)))) for m in _DMY_DATE.finditer(folded)]
    dates += [(m, (int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))) for m in _DAY_MONTH.finditer(folded)]
    dates += [(m, (int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)))) for m in _MONTH_DAY.finditer(folded)]
    for m, (y, mo, d) in dates:
        if iso := _date(y, mo, d):
            atoms.add(("date", iso))
            taken.append(m.span())
    for m in _CJK_DATE.finditer(folded):
        if m.group(1) and (iso := _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
            atoms.add(("date", iso))
        elif not m.group(1) and 1 <= int(m.group(2)) <= 12:
            _mdays(atoms, int(m.group(2)), m.group(3), None)
        taken.append(m.span())
    for m in _DAY_MONTH_ONLY.finditer(folded):
        if free(m):
            _mdays(atoms, _MONTHS[m.group(3)], m.group(1), m.group(2))
            taken.append(m.span())
    for m in _MONTH_DAY_ONLY.finditer(folded):
        if free(m):
            _mdays(atoms, _MONTHS[m.group(1)], m.group(2), m.group(3))
            taken.append(m.span())
    for m in _WEEKDAY_DAY.finditer(folded):
        if free(m) and 1 <= int(m.group(1)) <= 31:
            atoms.add(("dom", f"{int(m.group(1)):02d}"))
    for m in _TIME.finditer(folded):
        if m.group(1) is not None:
            h, mi, ap = int(m.group(1)), int(m.group(2)), m.group(3)
        else:
            h, mi, ap = int(m.group(4)), 0, m.group(5)
        if ap == "p" and h < 12:
            h += 12
        elif ap == "a" and h == 12:
            h = 0
        atoms.add(("time", f"{h:02d}:{mi:02d}"))
        taken.append(m.span())
    for m in _HOUR.finditer(folded):
        if free(m):  # (its number stays a number too: "at 10" may be a count or an amount as well)
            atoms.add(("time", f"{int(m.group(1) or m.group(2) or m.group(3)):02d}:00"))
    for m in _PHONE.finditer(folded):
        if not free(m):
            continue
        raw = m.group(0)
        digits = re.sub(r"\D", "", raw)
        # A phone has 7-15 digits and a + or separators between digit groups; an amount is not one.
        if 7 <= len(digits) <= 15 and (raw.startswith("+") or re.search(r"\d[ ()/-]+\d", raw)):
            atoms.add(("phone", ("+" if raw.startswith("+") else "") + digits))
            taken.append(m.span())
    for m in _PATH.finditer(folded):
        if free(m):
            atoms.add(("path", m.group(0).rstrip("/")))  # "/internal/audit": a folder, wherever it is written
            taken.append(m.span())
    for m in _IDENT.finditer(folded):
        if not free(m):
            continue
        tok = m.group(0).lstrip("@#")
        if _PER_UNIT.fullmatch(tok):
            continue  # "412/un", "1,180/kWp": a price per unit is an amount, not an id
        if _COORDINATE.fullmatch(tok):
            atoms.add(("geo", tok))  # "9.5312N": a latitude or longitude, a place as private as an address
            taken.append(m.span())
            continue
        if len(tok) >= 3 and any(c.isalpha() for c in tok) and \
                (any(c.isdigit() for c in tok) or re.search(r"[a-z0-9][._/-][a-z0-9]", tok)):
            atoms.add(("ident", tok))
            taken.append(m.span())
    for m in _NUMBER.finditer(folded):
        if free(m) and (amount := _amount(m.group(0))) is not None:
            # "the 30% deposit" gives a share, not a sum: the EUR 85.80 it comes to is no other amount than 30.
            atoms.add(("percent" if _PERCENT.match(folded, m.end()) else "amount", amount))
    if " at " in folded or " the " in folded:
        _spoken(folded, atoms)
    return atoms


def label(host: str) -> str:
    """The name part of a domain: ``docs.brightwave.io`` -> ``brightwave`` (the label before the last, or before
    a two-letter country code under a short second level: ``shop.example.co.uk`` -> ``example``)."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def unaccent(text: str) -> str:
    """``text`` without combining marks (``ruairí`` -> ``ruairi``, ``plačaj`` -> ``placaj``); letters such as ``ð``
    or ``ø`` that decompose to nothing stay."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NOT_LATIN = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f]")  # Greek and Cyrillic letters


def romanised(word: str) -> set[str]:
    """A Greek or Cyrillic word in Latin letters, as a record written in Latin spells it ("стоян" -> "stoyan",
    "παπαδόπουλος" -> "papadopoulos" and "papadopoylos"); empty for other words."""
    if word.isascii() or not _NOT_LATIN.search(word):
        return set()
    latin = anyascii(word).lower()
    out = {latin}
    if "oy" in latin and re.search(r"[\u0370-\u03ff\u1f00-\u1fff]", word):
        out.add(latin.replace("oy", "ou"))  # Greek omicron-upsilon is "ou" in the names people write
    return {w for w in out if w.isalnum()}


def words(folded: str) -> list[str]:
    """The words of folded text (letters and digits; punctuation dropped)."""
    return _WORD.findall(folded)


def shingles(folded: str, size: int = SHINGLE) -> set[str]:
    """Every run of ``size`` consecutive words, joined by single spaces."""
    ws = words(folded)
    return {" ".join(ws[i:i + size]) for i in range(len(ws) - size + 1)}


@functools.lru_cache(maxsize=1024)
def _keyed(key: bytes) -> Any:
    # Keying BLAKE2b costs as much as hashing a short atom: copy a keyed state instead (half the time).
    return hashlib.blake2b(key=key[:64], digest_size=8)


def digest(key: bytes, kind: str, value: str) -> int:
    """Keyed 8-byte BLAKE2b of one atom, as an int: what indexes keep instead of the value."""
    h = _keyed(key).copy()
    h.update(f"{kind}\x00{value}".encode())
    return int.from_bytes(h.digest(), "big")
