"""Recognizers for numbers people write in many national formats: phones, payment cards, IBANs.

Each is a Presidio recognizer that finds candidate digit runs with one cheap regex, then validates
them with the library that knows the format: libphonenumber (``phonenumbers``) for phones in every
region it has metadata for, a table of card networks' IIN ranges and lengths plus the Luhn check
for cards, ``python-stdnum`` (the IBAN registry) for IBANs. The score says how sure the format
alone is; a context word before the number (``Tel.``, ``Handy``, ``card``, ``tarjeta``) or in the
JSON key path raises it by the engine's context rule (+0.35). So:

* a phone written internationally (``+44 20 7946 0958``, ``0049 30 1234567``) scores 0.7;
* a national number laid out as its country writes it (``070-190 66 28`` for Sweden,
  ``(11) 97516-6623`` for Brazil) scores 0.5; the same digits without that layout (``0701906628``,
  ``642 995 353`` where Spain groups ``642 99 53 53``, or two groups of four) score 0.3 and need a
  context word to pass the default threshold of 0.4: digit groups alone are too often something else;
* an area code in brackets (``(11) 4533 7449``, ``0(501) 962 90 86``), a country code in brackets
  (``(852) 5117 2237``), the national layout without its trunk prefix (``535 474 97 76``) or, from ten
  digits, exactly two groups as the country writes them (``321 1715593``) count as laid out (0.5);
  four dotted pairs (``40.67.54.31``, also an IPv4 address) score at most 0.3: a phone only with context;
* besides the engine's context words, the recognizer itself adds +0.35 for a short label right before
  the number, glued or not (``M: 81396299``, ``Tel:+44 ...``), a word for "number" among the five words
  before it that names no other kind of number (``Best number:``, ``Mi número es``, but not ``Order
  number``), a reply that is the number alone after a line asking for one (or first in a reply to a
  question), an extension written out after it (``ramal 91``, ``dahili 524``), or a phone of the same
  country a short label away in a list (``home 32 29 99 81 · work 32152650``); and drops a number not
  written internationally whose word right before names what it numbers (``invoice 3011 8565 5326``,
  ``sipariş numaras\u0131``, ``org.nr. 908 836 436``), or that follows a country-prefixed code
  (``FR86 700 840 781``);
* a card of a major network at its usual length (Visa, Mastercard, Amex, Discover, JCB, Diners, Mir)
  scores 1.0; other networks and lengths (Maestro, UnionPay, RuPay, UATP, 13- and 19-digit Visa,
  15-digit JCB ...) 0.4, and 0.6 when grouped like a card (``4-4-4-4``, ``4-6-5``, UATP's ``4-5-6``;
  not 12 digits in ``4-4-4``, as often a member number), against the default threshold of 0.5; a
  number grouped any other way (``647-6494909-7889117``) is no card;
* an IBAN valid for its country's registry format and checksum scores 1.0.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from typing import Any

import phonenumbers
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.exceptions import ValidationError

__all__ = ["CARD_NETWORKS", "PHONE_COMPOUND_HEADS", "CardRecognizer", "IbanCodeRecognizer", "PhoneNumberRecognizer",
           "card_network", "iban_valid", "postcode_key"]

def _metadata(rec: EntityRecognizer, **extra: str) -> dict[str, Any]:
    """Presidio's recognition metadata for a result of ``rec`` (its name and id), plus ``extra``."""
    return {RecognizerResult.RECOGNIZER_NAME_KEY: type(rec).__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id, **extra}


# --- phones -----------------------------------------------------------------------------------------

PHONE_CONTEXT: tuple[str, ...] = (
    # en
    "phone", "telephone", "mobile", "cell", "cel", "cellphone", "fax", "call", "ring", "text", "sms", "whatsapp",
    "contact", "contacts", "landline", "hotline", "desk", "dial", "reach", "callback",
    # de, nl, sv, da, no, pl, tr
    "telefon", "telefonnummer", "handy", "handynummer", "mobil", "mobilnummer", "festnetz", "rufnummer", "anrufen",
    "erreichbar", "erreichen", "rückruf", "telefoon", "telefoonnummer", "mobiel", "bellen", "tfn",
    "mobiltelefon", "ringer", "nås", "komórka", "komórkowy", "telefonu", "dzwonić", "telefonum",
    # fr, es, pt, it
    "téléphone", "portable", "fixe", "joindre", "appeler", "teléfono", "telefono", "móvil", "movil", "celular",
    "fijo", "llámame", "llamar", "telefone", "telemóvel", "telemovel", "fixo", "contato", "cellulare",
    "chiamare", "chiamiamo", "ricontattato", "llamamos", "ligamos", "ligar", "rappeler",
    # verbs for reaching someone by phone, and words for a phone line
    "direct line", "phone line", "bereikbaar", "bel", "comuníquese", "comuniquese", "comunicarse", "contactar",
    "contacte", "contactez",
    "contacter", "contatterà", "contattare", "contattarci", "contattarla", "contattarmi", "contattami", "contattaci",
    "kontaktieren", "dzwoń", "dzwon", "stacjonarny", "telefonlar", "telefonlar\u0131", "telefonum", "hat",
    "hatt\u0131m", "aray\u0131n", "arayabilirsiniz", "telefonszam",
    # payment apps whose account is a phone number
    "mobilepay", "vipps", "bizum", "mbway", "mb way", "satispay", "twint",
    # fi, cs, sk, ro, hu, id, ms
    "puhelin", "puh", "tlf", "puhelinnumero", "matkapuhelin", "soita", "telefonní", "mobilní", "volejte", "zavolejte",
    "sunați", "sunati", "telefonszám", "telefonszáma", "mobilszám", "hívjon", "telepon", "telp", "ponsel",
    "hubungi",
    # more words of the languages above
    "kontakt", "gsm", "mobielnummer", "telefonnr", "mobilnr", "ringe", "ringa", "zadzwoń", "rappelez", "appelez",
    "contacto", "contatto", "recapito", "ligue", "llame", "chiamami", "telefonieren", "llamarme", "llámeme",
    "llamenos", "llámenos", "ligar-me", "ligue-me", "chiamarmi", "appelle", "appelle-moi", "appelez-moi",
    # ru, uk, el, he, ar
    "телефон", "телефона", "телефону", "тел", "моб", "мобильный", "мобільний", "звоните", "телефонуйте",
    "τηλέφωνο", "τηλ", "κινητό", "טלפון", "נייד", "هاتف", "الهاتف", "جوال", "الجوال", "موبايل", "واتساب",
    # ko, th, vi
    "전화", "전화번호", "휴대폰", "연락처", "โทร", "โทรศัพท์", "มือถือ", "điện thoại", "sđt", "đt", "di động",
    # ja, zh
    "電話", "携帯", "電話番号", "携帯番号", "連絡先", "手机", "手机号", "电话", "电话号码", "联系", "联系电话", "座机",
    "号码",
)
# Heads of the compound words German, Dutch and the Nordic languages make for a kind of phone line
# ("Nødtelefon", "Notfalltelefon", "Diensthandy", "Festnetznummer", "Vakttlf"): a word ending in one
# is a phone word too. "nummer" alone is no head: "Bestellnummer" is an order number.
PHONE_COMPOUND_HEADS: tuple[str, ...] = (
    "telefon", "telefoon", "telefonnummer", "telefoonnummer", "telefonnr", "handy", "handynummer", "mobilnummer",
    "mobielnummer", "festnetznummer", "rufnummer", "tlf", "tlfnr",
)
_HSPACE = " \t\u00a0\u202f\u2009\u2007"
# Dashes and brackets as typed in Japanese and Chinese text, or by word processors.
_DASHES = "\u2010\u2011\u2012\u2013\u2212\uff0d\u30fc"
_PHONE_CANDIDATE = re.compile(
    # ASCII word characters only: in Japanese or Chinese a number follows a word without a space.
    rf"(?<![A-Za-z0-9_+\uff0b])[+\uff0b(\uff08]?\d[\d{_HSPACE}().\-/{_DASHES}\uff08\uff09]{{3,30}}\d"
    r"(?![A-Za-z0-9_])")
# Fullwidth digits, plus sign, brackets, dashes and spaces as their ASCII forms, for libphonenumber's regexes.
_ASCII = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "\uff0b": "+", "\uff08": "(",
                        "\uff09": ")", **{c: "-" for c in _DASHES}, **{c: " " for c in _HSPACE[2:]}})
_EXTENSION = re.compile(r"[ \t]*[,;]?[ \t]*(?:ext|extn|extension|x|#|poste|durchwahl|dw|anexo|ramal|int|interno|"
                        r"toestel|tst|wewn|wew|dahili|klapka|kl|mellék|内線|分机|转)\.?:?[ \t]*"
                        r"\d{1,6}\b", re.IGNORECASE)
# Glued to a word ("ORD-2024-118842", "v2.10.3"), to a currency sign, decimals or a time ("2022 12:22:52"):
# not a phone.
# "\Z", not "$": "$" also matches before a final newline, and a number at the start of a line read as
# glued to the word ending the line before ("Leal\n+351 22 338 3578").
_GLUED_BEFORE = re.compile(r"[A-Za-z0-9_][\-_/.#:]?\Z|[$€£¥₹₽₩₺]\s?\Z|\b(?:R\$|zł|kr|CHF|USD|EUR|GBP)\s?\Z")
# Also the head of a longer token the candidate stopped short of ("14363502-5a0f-..." of a UUID,
# "2023-03-11T14:45" of a timestamp) and a masked number ("0256-86**-****-7891").
_GLUED_AFTER = re.compile(r"^(?:[\-_/.]?\d*[A-Za-z_]|[.,:]\d|[\-\s]?[*\u2022]|"
                          r"\s?(?:[$€£¥₹₽₩₺%]|zł|kr\b|CHF|USD|EUR|GBP))")
# A VAT number or another code led by a country prefix ("FR86 700 840 781"): the digits are its own.
_CODE_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[ \u00a0]\Z")
# IPv4 addresses, dates and times, ranges of years, amounts with decimals, Brazil's CEP postcode
# (5-3 digits): digit runs no phone looks like.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_NOT_PHONE_SHAPE = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}|\d{{1,4}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}(?:[ T]\d{{1,2}})?"
                              r"|(?:19|20)\d\d\s*[\-\u2013/]\s*(?:19|20)\d\d|\d+[.,]\d{2}|\d{5}-\d{3}")
# Four dotted pairs are an IPv4 address and a phone as Norway and Denmark write it ("40.67.54.31"):
# a phone only with a context word (it then outscores the address; see engine.analyze_many).
DOTTED_PAIRS = re.compile(r"\d\d\.\d\d\.\d\d\.\d\d")
# An area code in brackets, after the trunk prefix or holding it ("(11) 4533 7449", "0(501) 962 90 86",
# "(0164) 108123").
_BRACKET_HEAD = re.compile(r"0?\((\d{2,5})\)")
# Right after a postcode or PO-box word, digits are that code ("CEP 01310-100", "Postfach 20 13 30",
# "〒150-0002"). Brazil's CEP has eight digits; Turkish "Cep:" (mobile) numbers have ten or eleven.
_POSTAL_BEFORE = re.compile(
    r"(?:\b(?:postfach|plz|zip(?:\s*code)?|post\s*code|postal\s*code|postcode|code\s*postal|c[óo]digo\s*postal|"
    r"c\.\s?p\.|postnummer|postnr|ps[čc]|kod\s*pocztowy|postbus|apartado(?:\s*postal)?|caixa\s*postal|"
    r"p\.?\s?o\.?\s*box|postboks|postbox|box)|〒|郵便番号|邮编|邮政编码|우편번호)[\s.:\uff1a#]*$", re.IGNORECASE)
_CEP_BEFORE = re.compile(r"\bcep[\s.:\uff1a]*$", re.IGNORECASE)
_GROUPS = re.compile(r"\d+")
_PART = re.compile(r"(?:[^/]|(?<=\d)/(?=\d))+")  # split at " / ", keep "0151/83032781" whole
# Short labels count only right before the number ("Tel.: ", "M: "): "Tel Aviv 2870212" is a postcode.
# A label may name which line it is ("Tel. oficina", "Tel. (Büro)").
_LINE_KIND = (r"office|oficina|escritório|escritorio|ufficio|bureau|büro|buero|kontor|privat|private|home|casa|work|"
              r"trabajo|trabalho|dienst|direct|directo|direto|diretto|domicile|hjem|hemma|arbete|mobile|móvil|fijo|fixo|"
              r"stacjonarny|komórkowy|kom[óo]rka|ev|iş|cep")
_LABEL = re.compile(r"(?<![\w.])(?:tel|tél|t|m|p|ph|mob|mobil|cel|cell|gsm|cep|tfn|tlf|puh|telf|telp|hp|kom|"
                    r"fax|f|w|h|o|direct|dir)"
                    rf"\s*[.:\uff1a]?[ \t]*(?:\([^)]{{0,12}}\)[ \t]*|(?:{_LINE_KIND})[ \t]*)?[:.\uff1a]?[ \t]*$",
                    re.IGNORECASE)
_PHONE_WORDS = frozenset(w for w in PHONE_CONTEXT if " " not in w and w[0] < "\u2e80")
_PHONE_WORDS_CJK = tuple(w for w in PHONE_CONTEXT if w[0] >= "\u2e80")
_LABEL_BOOST = 0.35
_INTERNATIONAL, _LAID_OUT, _TRUNK, _VALID = 0.7, 0.5, 0.4, 0.3
# A label glued to the number ("Tel:+44 20 7946 0958", "phone:555-123-4567", "tel:+4915112345678"): the
# label is no identifier prefix. One-letter labels only with a colon ("M:81396299").
_GLUED_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(\.?[:\uff1a]|\.)$")
_GLUED_LABELS = frozenset({
    "tel", "tél", "tlf", "tfn", "telf", "telp", "puh", "mob", "mobil", "mobile", "cel", "cell", "cellphone",
    "phone", "telephone", "téléphone", "telefon", "telefono", "teléfono", "telefone", "telefoon", "handy", "fax",
    "gsm", "hp", "whatsapp", "wa", "ph", "direct", "dir", "portable", "celular", "cellulare", "móvil", "movil",
    "telemóvel", "kontakt", "contact", "call",
})
_ONE_LETTER_LABELS = frozenset("tmfpwho")
# "Best number: ...", "Mi número es ...": a word for "number" among the five words before a valid
# number is a phone's context, unless a word naming what else it numbers is there too (order number,
# número de pedido, Kunden-Nr., number of ...). Compounds ("Bestellnummer") are one word and no
# number word.
_NUMBER_WORDS = frozenset({
    "number", "num", "nr", "nro", "nº", "numéro", "numero", "número", "nummer", "numer", "numerem", "numeru",
    "nummeret", "numret", "numeret", "numrul",
    "numara", "numaras\u0131", "numarasi", "nomor", "nomer", "číslo", "čísle", "číslu", "szám", "számom", "számon",
    "număr", "numărul", "numarul", "номер", "номеру", "αριθμός", "αριθμό", "מספר", "رقم", "번호",
})
_NOT_PHONE_NUMBER = re.compile(
    r"(?<![^\W\d_])(?:"
    # en
    # (singular: "Orders: 0800 ...", "Accounts:", "Returns:" name a department's line)
    r"order|invoice|inv|tracking|track|case|ticket|account|acct|customers?|cust|clients?|members?|"
    r"membership|reference|ref|booking|reservation|confirmation|transaction|txn|policy|serial|model|"
    r"part|item|sku|product|quote|quotation|contract|claim|id|vat|tax|iban|card|routing|sort|"
    r"receipt|shipment|parcel|package|consignment|waybill|patients?|employees?|staff|students?|"
    r"licen[cs]e|passport|plate|registration|bill|payment|po|purchase|rma|"
    r"refund|batch|lot|version|build|release|issue|bug|job|task|request|req|incident|"
    r"project|room|flight|seat|gate|page|chapter|step|unit|security|social|ssn|itin|nino|insurance|"
    # company registers and tax ids, codes, authorisations, claims, bank routing
    r"org|orgnr|cvr|rcs|reg|kvk|krs|abn|acn|ein|gst|siren|ico|ičo|tunnus|auth|authorization|approval|pin|otp|"
    r"cvv|cvc|aba|identifier|identifiant|identificador|kennung|krav|skade|skadenummer|sinistro|siniestro|"
    r"schaden|szkoda|ruta|tránsito|entidade|seguro|sécurité|sociale|mandat|mandate|creditor|gläubiger|"
    # ko, ja, zh (written with spaces in Korean): processing, receipt, order, booking, account, member
    r"처리|접수|주문|예약|계좌|사건|회원|고객|"
    # de, nl
    r"bestell\w*|auftrag\w*|rechnung\w*|kunden?\w*|vertrag\w*|vertrags\w*|sendung\w*|konto\w*|vorgang\w*|"
    r"referenz\w*|aktenzeichen|lieferschein\w*|artikel\w*|mitglied\w*|buchung\w*|beleg\w*|fall|steuer\w*|"
    r"bestelling|factuur|klant\w*|zending|referentie|rekening|boeking|dossier|polis|"
    # fr, es, pt, it
    r"commandes?|factures?|suivi|colis|contrat|référence|compte|réservation|article|adhérent|membre|siret|siren|"
    r"tva|pedidos?|facturas?|clientes?|contratos?|seguimiento|env[ií]o|referencia|cuenta|reservas?|p[óo]liza|"
    r"expediente|caso|socio|orden|art[ií]culo|ruc|nif|cif|dni|rut|cuit|cpf|cnpj|encomenda|fatura|rastreio|"
    r"rastreamento|referência|conta|apólice|protocolo|processo|ordine|fattura|contratto|spedizione|"
    r"riferimento|conto|prenotazione|pratica|polizza|articolo|codice|partita|matricola|tessera|"
    # pl, sv, da, no, fi, tr, cs, ro, hu, id, ru
    r"zamówieni[ae]|faktur[ay]|klienta?|umow[ay]|przesyłk[ai]|konto|rezerwacj[ai]|zgłoszeni[ae]|spraw[ay]|nip|"
    r"pesel|regon|polisa|ordre|kund|kunde|avtale?|kontrakt|sändning|forsendelse|referens|referanse|bokning|"
    r"ärende|sak|sag|bestilling|tilaus|lasku|asiakas|sopimus|lähetys|viite|tili|varaus|tapaus|sipari[sş]|"
    r"m[üu][sş]teri|sözleşme|kargo|takip|referans|hesap|rezervasyon|dosya|vergi|kimlik|objednávk[ay]|"
    r"zákazník|smlouv[ay]|zásilk[ay]|účet|rezervace|případ|comand[aă]|factur[aă]|colet|referință|cont|"
    r"rezervare|dosar|rendelés|számla|ügyfél|szerződés|csomag|foglalás|pesanan|faktur|tagihan|pelanggan|"
    r"kontrak|resi|referensi|pemesanan|kasus|tiket|заказ\w*|сч[её]т\w*|клиент\w*|договор\w*|посылк\w*|"
    r"накладн\w*|заявк\w*"
    r")(?![^\W\d_])", re.IGNORECASE)
_SEPARATORS = " \t:#.-\u2013"
_PERSON_NOUNS = frozenset({
    "customer", "customers", "cust", "client", "clients", "member", "members", "patient", "patients", "employee",
    "employees", "staff", "student", "students", "kunde", "kunden", "klant", "cliente", "clientes", "klienta",
    "kund", "asiakas", "müşteri", "musteri", "zákazník", "ügyfél", "pelanggan", "клиент", "socio", "adhérent",
    "membre",
})
# The number is the whole reply on its line ("Customer: 71132046"), after a line that asks for a phone.
_ANSWER_HEAD = re.compile(r"[ \t]*(?:[-*•>][ \t]*)?(?:[^\W\d_][^\n:]{0,30}:[ \t]*)?")
_ANSWER_TAIL = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")
_WORDS = re.compile(r"[^\W\d_]+")
_COMPOUNDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A label of one to three words before a colon, at the start of its line or after a separator.
_LABEL_WORDS = re.compile(r"(?:^|(?<=[\n,;·|(]))[ \t]*((?:[^\W\d_][\w.\-]*[ \t]*){1,3}):[ \t]*\Z")
_DIGIT_RUN = re.compile(r"\d(?:[ .\-/]?\d){5}")
_NOT_A_LIST_GAP = re.compile(r"\d|\n|[.!?;](?:\s|$)|[.!?;]$")
# An extension written out after the number ("ramal 91", "dahili 524", "转3722"): only phones have one.
_EXTENSION_WORD = re.compile(r"[ \t]*[,;]?[ \t]*(?:ext|extn|extension|poste|durchwahl|anexo|ramal|toestel|wewn|"
                             r"dahili|klapka|mellék|内線|分机|转)\.?:?[ \t]*\d{1,6}\b", re.IGNORECASE)


def _phone_shapes() -> tuple[dict[int, list[tuple[str, str, re.Pattern[str]]]], list[str]]:
    """Per national-number length, the regions whose numbers can have it: (region, trunk prefix, pattern)."""
    by_length: dict[int, list[tuple[str, str, re.Pattern[str]]]] = {}
    regions = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if r != "001")
    for region in regions:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        desc = meta.general_desc if meta is not None else None
        if meta is None or desc is None or not desc.national_number_pattern:
            continue
        entry = (region, meta.national_prefix or "", re.compile(desc.national_number_pattern))
        for n in desc.possible_length or ():
            by_length.setdefault(n, []).append(entry)
    return by_length, regions


def _special_prefixes(regions: list[str]) -> list[tuple[str, re.Pattern[str], str, re.Pattern[str]]]:
    """Regions whose national prefix for parsing is more than the trunk prefix: (region, prefix, rule, pattern).

    Left out: the rules that turn a short local number into a national one ("([2-9]\\d{6})$" of the
    Caribbean +1 regions, Jersey's six digits): a local number without its area code is too short
    to tell from other digit runs.
    """
    out: list[tuple[str, re.Pattern[str], str, re.Pattern[str]]] = []
    for region in regions:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.general_desc is None or not meta.general_desc.national_number_pattern:
            continue
        npfp = meta.national_prefix_for_parsing
        if not npfp or npfp == meta.national_prefix or "$" in npfp:
            continue
        out.append((region, re.compile(npfp), meta.national_prefix_transform_rule or "",
                    re.compile(meta.general_desc.national_number_pattern)))
    return out


def _glued_label(text: str, start: int) -> bool:
    """Whether a phone label is glued to the number at ``start`` ("Tel:+44 ...", "M:81396299")."""
    m = _GLUED_WORD.search(text, max(0, start - 16), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _GLUED_LABELS or (len(word) == 1 and word in _ONE_LETTER_LABELS and m.group(2) != ".")


def _postal_code(text: str, start: int, raw: str) -> bool:
    """Whether the digits at ``start`` follow a postcode or PO-box word on their line."""
    head = text[max(0, start - 24):start]
    head = head[head.rfind("\n") + 1:]
    if _POSTAL_BEFORE.search(head):
        return True
    return _CEP_BEFORE.search(head) is not None and sum(c.isdigit() for c in raw) == 8


_POSTCODE_KEYS = frozenset({"postcode", "postal", "zip", "zipcode", "plz", "postleitzahl", "cp", "codpostal",
                            "postnummer", "postnr", "psc", "cap", "郵便番号", "邮编", "邮政编码", "우편번호"})


def postcode_key(words: tuple[str, ...], text: str) -> bool:
    """Whether a JSON leaf's key words name a postcode ("address/zip", "endereco/cep"): no phone in it.

    "cep" is Brazil's postcode (eight digits) and, in Turkish, a mobile phone: only eight digits count.
    """
    if not words:
        return False
    last = words[-1]
    if last == "code" and len(words) >= 2:
        last = words[-2]  # "postal_code", "zip_code"
    if last == "cep":
        return sum(c.isdigit() for c in text) == 8
    return last in _POSTCODE_KEYS


# A person's name right before a number, as contact lines and signatures write it: "Gunilla Johansson,
# 088-29 51 04", "Sig.ra Messina (3438598948)", "Pereira: 3215609510", "Agnese Kalniņa⏎21869808".
_NAME_BEFORE = re.compile(r"(?:^|[\s(])(?:(?P<title>Sig\.ra|Sig\.|Sr\.|Sra\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau|"
                          r"Mme|M\.)[ \t]+)?(?P<run>[^\W\d_][\w'\u2019\-]+(?:[ \t]+[^\W\d_][\w'\u2019\-]+){0,2})"
                          r"(?P<sep>[ \t]*(?:,|\(|:|\r?\n)[ \t]*)$")


def _after_name(text: str, start: int) -> bool:
    """Whether a listed person's name (a full name, a title and a family name, or one listed name
    before a colon) stands right before ``start`` with only a comma, bracket, colon or line break
    between them. Labels and everyday words are no names ("Invoice Total: …")."""
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    from arbiter.pii.names import _fold, known_names  # the name rules' list (a cached table)

    words = m.group("run").split()
    while words and not (words[0][0].isupper() and not words[0].isupper()):
        words = words[1:]  # "la parte comercial Pereira:": the capitalised words before the number
    if not words or (m.group("title") and len(words) < len(m.group("run").split())):
        return False
    names = known_names()
    entries = [names.get(_fold(w)) for w in words]
    if any(e is not None and e[1] for e in entries) or sum(e is not None for e in entries) == 0:
        return False  # an everyday word among them, or no listed name at all
    full = len(words) >= 2 and all(e is not None for e in entries[-2:])
    return full or bool(m.group("title")) or ":" in m.group("sep")


def _number_word_before(text: str, start: int) -> bool:
    """A word for "number" among the five words before ``start`` on its line, and none naming another kind.

    No digits may come between the word and the number: in "Nr. 67 Bl. 92, 470103 București" the
    word numbers the house, and the digits after are a postcode. A hyphenated compound is one
    word, like a closed one ("KID-nummeret" is a payment reference, as "Bestellnummer" is an order's).
    """
    head = text[max(0, start - 80):start]
    head = head[head.rfind("\n") + 1:]
    if any(c.isdigit() for c in head):
        head = head[max(i for i, c in enumerate(head) if c.isdigit()) + 1:]
    words = _COMPOUNDS.findall(head)[-5:]
    for i, w in enumerate(words):
        if w.lower() in _NUMBER_WORDS and (i + 1 == len(words) or words[i + 1].lower() != "of"):
            return not _NOT_PHONE_NUMBER.search(" ".join(words))
    return False


def _numbers_something_else(text: str, start: int) -> bool:
    """The word right before the digits names what they number ("invoice 3011 8565 5326", "order no. ...").

    People are left out ("Customer: 71132046" is a speaker's reply, not a customer number). A
    label of up to three words before a colon counts as a whole when it names no phone ("NIP
    sprzedawcy: 412-679-87-26" is the seller's tax number; "Invoice contact: ..." a phone).
    """
    head = text[max(0, start - 40):start]
    head = head[head.rfind("\n") + 1:].rstrip(_SEPARATORS)
    words = _WORDS.findall(head)[-2:]
    if not words or not head.endswith(words[-1]):
        return False
    label = _LABEL_WORDS.search(text, max(0, start - 40), start)
    if label is not None:
        said = [w.lower() for w in _WORDS.findall(label.group(1))]
        if _PHONE_WORDS.isdisjoint(said) and any(w not in _PERSON_NOUNS and _NOT_PHONE_NUMBER.fullmatch(w)
                                                 for w in said):
            return True
    last = words[-1].lower()
    if (last in _NUMBER_WORDS or last == "no") and len(words) == 2 \
            and head[:-len(words[-1])].rstrip(_SEPARATORS).endswith(words[0]):
        last = words[0].lower()
    return last not in _PERSON_NOUNS and _NOT_PHONE_NUMBER.fullmatch(last) is not None


def _answer_to_phone_question(text: str, start: int, end: int) -> bool:
    """The number is the whole reply on its line, and the line before asks for a phone or a number.

    "Agent: And a phone number the courier can use?" / "Customer: 71132046"; not when the line before
    names another kind of number ("What's your order number?"), nor when it holds a number of its own
    ("Numéro de contact : 078 091 54 41" / "Identifiant client : 4548 6568": a form, not a question).
    """
    line = text.rfind("\n", 0, start) + 1
    if not line or _ANSWER_HEAD.fullmatch(text, line, start) is None:
        return False
    prev = text[text.rfind("\n", 0, line - 1) + 1:line - 1].lower()
    if not prev.strip() or _NOT_PHONE_NUMBER.search(prev) or _DIGIT_RUN.search(prev):
        return False
    # The whole reply, or the first thing in it when the line before is a question ("og jeres
    # nummer hvis vi farer vild?" / "Noah: 3367 2405 eller Pete: ...").
    if _ANSWER_TAIL.match(text, end) is None and not prev.rstrip().endswith(("?", "\uff1f")):
        return False
    words = set(_WORDS.findall(prev))
    return bool(words & _PHONE_WORDS or words & _NUMBER_WORDS) or any(w in prev for w in _PHONE_WORDS_CJK)


class PhoneNumberRecognizer(EntityRecognizer):
    """Phone numbers of every region libphonenumber knows, international or national, with extensions.

    ``regions`` (ISO codes) are tried first for national numbers; every other region after them.
    """

    def __init__(self, regions: tuple[str, ...] = ("US", "GB", "DE", "FR", "IN")) -> None:
        self.regions = regions
        self.by_length, self.all_regions = _phone_shapes()
        self.special = _special_prefixes(self.all_regions)
        self._cache: OrderedDict[str, tuple[float, str] | None] = OrderedDict()
        super().__init__(supported_entities=["PHONE_NUMBER"], name="PhoneNumberRecognizer",
                         supported_language="en", context=list(PHONE_CONTEXT))

    def load(self) -> None:
        """Read the name list a bare number after a name needs (metadata is read in ``__init__``):
        at engine build, not on the first call."""
        from arbiter.pii.names import known_names

        known_names()

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Phone numbers in ``text``."""
        return self.analyze_skipping(text, [])

    def analyze_skipping(self, text: str, taken: list[tuple[int, int]]) -> list[RecognizerResult]:
        """Like :meth:`analyze`, skipping digit runs inside ``taken`` spans (a validated card, IBAN)."""
        out: list[RecognizerResult] = []
        for cand in _PHONE_CANDIDATE.finditer(text):
            s, e = cand.span()
            raw = cand.group()
            if raw.startswith(("(", "\uff08")) and ")" not in raw and "\uff09" not in raw:
                s, raw = s + 1, raw[1:]
            if any(ts <= s and e <= te for ts, te in taken):
                continue
            if (_GLUED_BEFORE.search(text[max(0, s - 4):s]) and not _glued_label(text, s)) \
                    or _GLUED_AFTER.search(text[e:e + 4]) or _CODE_BEFORE.search(text[max(0, s - 6):s]):
                continue
            if _postal_code(text, s, raw):
                continue
            found = self._judge(raw)
            # The word before names what the digits number ("Referência 580 902 557", "org.nr. 908 836
            # 436"): not a phone, however it is laid out, unless written internationally.
            if found is not None and found[0] < _INTERNATIONAL and _numbers_something_else(text, s):
                continue
            if found is None:
                # Two numbers in one run ("0151 1234567 / 030 765432"): judge the parts on their own.
                for part in _PART.finditer(raw):
                    sub = part.group().strip(_HSPACE)
                    if sub and sub != raw:
                        ps = s + part.start() + part.group().index(sub)
                        verdict = self._judge(sub)
                        if verdict is not None:
                            out.append(self._result(text, ps, ps + len(sub), verdict))
                continue
            out.append(self._result(text, s, e, found))
        if len(out) > 1:
            self._siblings(text, out)
        return out

    def _result(self, text: str, start: int, end: int, verdict: tuple[float, str]) -> RecognizerResult:
        ext = _EXTENSION.match(text, end)
        named_ext = ext is not None and _EXTENSION_WORD.match(text, end) is not None
        if ext is not None:
            end = ext.end()
        score, region = verdict
        if score < 1.0 and (_LABEL.search(text, max(0, start - 16), start) or _glued_label(text, start)
                            or _number_word_before(text, start) or _answer_to_phone_question(text, start, end)
                            or named_ext or _after_name(text, start)):
            score = min(1.0, score + _LABEL_BOOST)
        return RecognizerResult("PHONE_NUMBER", start, end, score, recognition_metadata=_metadata(self, region=region))

    @staticmethod
    def _siblings(text: str, out: list[RecognizerResult]) -> None:
        """A bare number next to a phone in a list, valid for that phone's country, is a phone too.

        "home 32 29 99 81 · work 32152650 · cell +45 3495 0341", "Malene: 34431751 eller Birger: +45 ...":
        contact lists name one line and leave the others bare. The anchor must pass on its own
        format or label (0.5 and more) and be the next number before or after, at most a short
        label away (no digits, no sentence end, no line break between them); the bare number gets
        the label boost.
        """
        anchors = [r for r in out if r.score >= _LAID_OUT]
        if not anchors:
            return
        for r in out:
            if r.score >= _TRUNK:
                continue
            raw = text[r.start:r.end].translate(_ASCII)
            for a in anchors:
                region = (a.recognition_metadata or {}).get("region")
                gap = text[a.end:r.start] if a.end <= r.start else text[r.end:a.start]
                if not region or region == "001" or len(gap) > 32 or _NOT_A_LIST_GAP.search(gap):
                    continue
                number = _parse(raw, region)
                if number is not None and phonenumbers.is_valid_number_for_region(number, region):
                    r.score = min(1.0, r.score + _LABEL_BOOST)
                    break

    def _judge(self, raw: str) -> tuple[float, str] | None:
        hit = self._cache.get(raw, False)
        if hit is not False:
            return hit  # type: ignore[return-value]
        verdict = self._classify(raw)
        self._cache[raw] = verdict
        if len(self._cache) > 4096:
            self._cache.popitem(last=False)
        return verdict

    def _classify(self, raw: str) -> tuple[float, str] | None:
        if not raw.isascii():
            raw = raw.translate(_ASCII)
        if DOTTED_PAIRS.fullmatch(raw):
            # Also an IPv4 address: a phone only with a context word.
            found = self._classify_shape(raw)
            return None if found is None else (min(found[0], _VALID), found[1])
        if _NOT_PHONE_SHAPE.fullmatch(raw.strip("()")):
            return None
        return self._classify_shape(raw)

    def _classify_shape(self, raw: str) -> tuple[float, str] | None:
        digits = re.sub(r"\D", "", raw)
        if not 6 <= len(digits) <= 17:
            return None
        if raw[0] in "+\uff0b" or (digits.startswith("00") and raw.startswith("00")):
            number = _parse("+" + digits[2:] if raw.startswith("00") else raw, None)
            if number is not None and phonenumbers.is_valid_number(number):
                return _INTERNATIONAL, phonenumbers.region_code_for_number(number) or "001"
            return None
        groups = [len(g) for g in _GROUPS.findall(raw)]
        best: tuple[float, str] | None = None
        for region in self._regions_for(digits):
            number = _parse(raw, region)
            if number is None or not phonenumbers.is_valid_number_for_region(number, region):
                continue
            if _laid_out(raw, groups, number, region):
                return _LAID_OUT, region
            if best is None or best[0] < _TRUNK:
                # One run of digits that starts with the country's trunk prefix ("0581234834"): a
                # national number as people type it, if not laid out.
                meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
                trunk = meta is not None and meta.national_prefix == "0" and len(groups) == 1 \
                    and raw.startswith("0") and len(digits) >= 9
                best = (_TRUNK if trunk else _VALID, region) if best is None or trunk else best
        if best is None and len(digits) >= 9:
            # A country code written without "+" ("57 319 713 14 91"): only with context, like any bare number.
            number = _parse("+" + digits, None)
            if number is not None and phonenumbers.is_valid_number(number):
                # In brackets it is laid out as a country code ("(852) 5117 2237", "(351) 934 956 799").
                head = _BRACKET_HEAD.match(raw)
                laid_out = head is not None and raw[0] == "(" and head.group(1) == str(number.country_code)
                best = (_LAID_OUT if laid_out else _VALID, phonenumbers.region_code_for_number(number) or "001")
        return best

    def _regions_for(self, digits: str) -> list[str]:
        """Regions whose general number pattern fits the digits (trunk prefix stripped), preferred first."""
        fits: list[str] = []
        for region, _, rx in self.by_length.get(len(digits), ()):
            if rx.fullmatch(digits):
                fits.append(region)
        for n in range(1, 3):
            for region, prefix, rx in self.by_length.get(len(digits) - n, ()):
                if prefix and len(prefix) == n and digits.startswith(prefix) and rx.fullmatch(digits[n:]) \
                        and region not in fits:
                    fits.append(region)
        # Prefixes other than the plain trunk prefix: a carrier code (Colombia, Korea, Brazil), or
        # Argentina's "15" for mobiles ("011 15-6122-1387" is +54 9 11 6122-1387).
        for region, npfp, rule, rx in self.special:
            m = npfp.match(digits)
            if m is None or not m.end() or region in fits:
                continue
            groups = m.groups()
            nsn = m.expand(rule) + digits[m.end():] if rule and groups and groups[-1] is not None \
                else digits[m.end():]
            if rx.fullmatch(nsn):
                fits.append(region)
        preferred = [r for r in self.regions if r in fits]
        return preferred + [r for r in fits if r not in preferred]


def _laid_out(raw: str, groups: list[int], number: Any, region: str) -> bool:
    """Whether ``raw`` is written the way its country writes phone numbers.

    Its digit groups are those of libphonenumber's national or international layout and there
    are at least three of them, or it starts with the country's trunk prefix ("0") or a bracketed
    area code and has two or more: two groups of four digits ("8634 2825") are as often an order
    number as a phone, and need a context word.
    """
    if len(groups) < 2:
        return False
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = meta.national_prefix if meta is not None and meta.national_prefix else ""
    head = _BRACKET_HEAD.match(raw)
    if head is not None:
        # An area code in brackets, with or without the trunk prefix: a phone's layout everywhere.
        return True
    trunk = bool(prefix and raw.startswith(prefix))
    national = _layout(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if len(groups) == 2 and not trunk:
        # Two groups only as the country writes the number, and ten digits or more ("321 1715593"):
        # two groups of four ("8634 2825") are as often an order number as a phone.
        return groups == national and sum(groups) >= 10
    if groups in (national, _layout(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)):
        return True
    # The national layout without its trunk prefix ("535 474 97 76" for "0535 474 97 76").
    if prefix and not trunk and national and national[0] > len(prefix) and len(groups) >= 3 \
            and groups == [national[0] - len(prefix), *national[1:]]:
        return True
    # "0157/99340531", "030 1234567": the trunk prefix and an area code, then the subscriber number.
    return trunk and len(groups) == 2


def _layout(number: Any, fmt: Any) -> list[int]:
    """The lengths of the digit groups of ``number`` written in libphonenumber's format ``fmt``."""
    return [len(g) for g in _GROUPS.findall(phonenumbers.format_number(number, fmt))]


def _parse(raw: str, region: str | None) -> Any:
    try:
        return phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None


# --- payment cards ----------------------------------------------------------------------------------

# network -> (IIN prefixes or inclusive ranges of equal-length prefixes, valid lengths, major?)
CARD_NETWORKS: dict[str, tuple[tuple[str | tuple[str, str], ...], tuple[int, ...], bool]] = {
    "amex": (("34", "37"), (15,), True),
    "visa": (("4",), (16,), True),
    "visa_other_length": (("4",), (13, 19), False),
    "mastercard": ((("51", "55"), ("2221", "2720")), (16,), True),
    "discover": (("6011", ("644", "649"), "65", ("622126", "622925")), (16,), True),
    "discover_long": (("6011", ("644", "649"), "65"), (17, 18, 19), False),
    "jcb": ((("3528", "3589"),), (16,), True),
    "jcb_long": ((("3528", "3589"),), (17, 18, 19), False),
    "jcb15": (("1800", "2131"), (15,), False),
    "diners": ((("300", "305"), "3095", "36", "38", "39"), (14,), True),
    "diners_long": ((("300", "305"), "3095", "36", "38", "39"), (15, 16, 17, 18, 19), False),
    "unionpay": (("62", ("8100", "8171")), (16, 17, 18, 19), False),
    # Mir's 2200-2204 is its own range, and 16 digits its usual length: as sure as a Visa.
    "mir": ((("2200", "2204"),), (16,), True),
    "mir_long": ((("2200", "2204"),), (17, 18, 19), False),
    "rupay": (("60", "65", "81", "82", "508", "353", "356"), (16,), False),
    "uatp": (("1",), (15,), False),
    "dankort": (("5019", "4571"), (16,), False),
    "verve": ((("506099", "506198"), ("650002", "650027")), (16, 18, 19), False),
    "troy": (("9792",), (16,), False),
    "interpayment": (("636",), (16, 17, 18, 19), False),
    # Last: its catch-all ranges lose ties to the networks above.
    "maestro": (("50", ("56", "69")), tuple(range(12, 20)), False),
}
CARD_CONTEXT: tuple[str, ...] = (
    "card", "cards", "credit", "debit", "cc", "cc#", "card#", "charge", "charged", "visa", "mastercard", "amex",
    "maestro", "jcb", "mir", "unionpay", "uatp", "airplus", "discover", "diners", "rupay", "elo", "troy", "verve",
    "dankort", "girocard",
    "bancomat", "postepay", "cb", "pan", "payment", "paid", "pay", "cardnumber", "cardno",
    # the word for card, card number and paid in the languages of the phone words
    "kreditkarte", "karte", "kartennummer", "kreditkartennummer", "kartennr", "bezahlt", "kartenzahlung",
    "carte", "cartes", "bancaire", "payé", "tarjeta", "tarjetas", "crédito", "credito", "débito", "debito",
    "pagué", "pagado", "pagó", "pago", "cartão", "cartao", "cartões", "pagamento", "pagou", "carta", "pagato",
    "kaart", "kaartnummer", "creditcard", "creditcardnummer", "betaalpas", "pinpas", "bankpas", "betaald",
    "karta", "karty", "kartą", "kartę", "kredytowa", "kredytowej", "zapłacono", "kort", "kortnummer",
    "kreditkort", "bankkort", "betalingskort", "betalt", "kortti", "kortin", "luottokortti", "pankkikortti",
    "kartou", "kartu", "platební", "kart", "kart\u0131", "kart\u0131n\u0131", "kredi", "ödeme", "kártya",
    "kártyaszám", "bankkártya", "kártyával", "crédit", "карта", "карты", "картой", "карту", "карте",
    "оплата", "κάρτα", "κάρτας", "بطاقة", "البطاقة",
    "カード", "クレジット", "卡", "卡号", "银行卡", "信用卡", "카드", "신용카드", "체크카드",
)
# Digit groups are separated by spaces (no-break and thin spaces too, as word processors and French
# typography write them) or dashes.
_GROUP_SEP = "[ \\-\u00a0\u202f\u2009\u3000]"
_CARD_CANDIDATE = re.compile(rf"(?<![A-Za-z0-9_\-./])\d(?:{_GROUP_SEP}?\d){{11,18}}(?![A-Za-z0-9_\-]|[.,]\d)")
# 4-4-4-4(-3), Amex's and Diners' 4-6-5 / 4-6-4, UATP's 4-5-6, and 6 then the rest.
_CARD_GROUPING = re.compile(rf"\d{{4}}(?:{_GROUP_SEP}\d{{4}}){{2,3}}(?:{_GROUP_SEP}\d{{1,4}})?"
                            rf"|\d{{4}}{_GROUP_SEP}\d{{6}}{_GROUP_SEP}\d{{4,5}}|\d{{4}}{_GROUP_SEP}\d{{5}}{_GROUP_SEP}\d{{6}}"
                            rf"|\d{{6}}{_GROUP_SEP}\d{{10,13}}")
_NOT_DIGIT = re.compile(r"\D")
_MAJOR, _OTHER, _GROUPED = 1.0, 0.4, 0.6


def _prefix_match(digits: str, prefixes: tuple[str | tuple[str, str], ...]) -> int:
    """The length of the longest of ``prefixes`` that ``digits`` starts with (0: none)."""
    best = 0
    for p in prefixes:
        if isinstance(p, str):
            if digits.startswith(p):
                best = max(best, len(p))
        elif p[0] <= digits[:len(p[0])] <= p[1]:
            best = max(best, len(p[0]))
    return best


def card_network(digits: str) -> tuple[str, bool] | None:
    """The network of a card number, and whether it is a major network's usual form.

    A major network at its usual length wins; otherwise the most specific prefix does (``6212``
    is UnionPay, though Maestro claims all of ``56``-``69``).
    """
    best: tuple[int, str] | None = None
    for name, (prefixes, lengths, major) in CARD_NETWORKS.items():
        if len(digits) not in lengths:
            continue
        n = _prefix_match(digits, prefixes)
        if n and major:
            return name, True
        if n and (best is None or n > best[0]):
            best = (n, name)
    return (best[1], False) if best else None


class CardRecognizer(EntityRecognizer):
    """Payment card numbers of every major network: IIN range, length and Luhn check."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["CREDIT_CARD"], name="CardRecognizer", supported_language="en",
                         context=list(CARD_CONTEXT))

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Card numbers in ``text``, spaced, dashed or compact."""
        out: list[RecognizerResult] = []
        for m in _CARD_CANDIDATE.finditer(text):
            raw = m.group()
            digits = _NOT_DIGIT.sub("", raw)
            if not digits.isascii():  # fullwidth or other scripts' digits, as typed in Japanese or Arabic
                digits = "".join(str(unicodedata.digit(c)) for c in digits)
            if not luhn.is_valid(digits):
                continue
            network = card_network(digits)
            grouped = _CARD_GROUPING.fullmatch(raw) is not None
            if network is None or (not grouped and len(raw) != len(digits)):
                continue  # "647-6494909-7889117" is laid out like an order number, not a card
            # Twelve digits in threes of four ("6284-7401-6068") are as often a member or case
            # number as a 12-digit Maestro: grouping alone does not make them a card.
            score = _MAJOR if network[1] else _GROUPED if grouped and len(digits) > 12 else _OTHER
            out.append(RecognizerResult("CREDIT_CARD", m.start(), m.end(), score,
                                        recognition_metadata=_metadata(self, network=network[0])))
        return out


# --- IBANs ------------------------------------------------------------------------------------------

_IBAN_CANDIDATE = re.compile(rf"(?<![A-Za-z0-9])[A-Z]{{2}}\d{{2}}(?:{_GROUP_SEP}?[A-Z0-9]){{11,31}}(?![a-z0-9])")
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2009\u3000", " "))


def iban_valid(text: str) -> bool:
    """The IBAN registry's format for the country and the ISO 13616 mod-97 check.

    National check digits inside the BBAN are not checked: a mistyped account is still someone's.
    """
    try:
        stdnum_iban.validate(text, check_country=False)
    except ValidationError:
        return False
    return True


class IbanCodeRecognizer(EntityRecognizer):
    """IBANs of every country in the IBAN registry (``python-stdnum``): country format and mod-97 check."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["IBAN_CODE"], name="IbanCodeRecognizer", supported_language="en",
                         context=["iban", "account", "bank", "sepa", "konto", "compte", "cuenta", "conta", "conto",
                                  "rekening"])

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """IBANs in ``text``, compact or grouped; a run into the next capitalised word is cut back to the IBAN."""
        out: list[RecognizerResult] = []
        for m in _IBAN_CANDIDATE.finditer(text):
            raw = m.group()
            # Longest prefix, at a group boundary, that is a valid IBAN ("DE89 3704 ... 00 AT" ends before "AT").
            raw = raw.translate(_SPACES)  # python-stdnum drops ASCII spaces and dashes only
            cuts = [len(raw)] + [i for i in range(len(raw) - 1, 14, -1) if raw[i] in " -"]
            for cut in cuts:
                if iban_valid(raw[:cut]):
                    out.append(RecognizerResult("IBAN_CODE", m.start(), m.start() + cut, 1.0,
                                                recognition_metadata=_metadata(self)))
                    break
        return out
