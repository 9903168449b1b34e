"""Phone, card and IP layouts and contexts added after the held-out splits, with their hard negatives.

Each positive is a form people write (a number on the line below a signature, an area code in
brackets, a contact list naming one line and leaving the next bare, a Norwegian dotted phone, a
UATP card in 4-5-6); each negative is a number that looks like one and is something else (a VAT
number, a company register number, a CEP postcode, a masked card, a member number). Run through
the real scrubber with the ``logs`` policy (every entity redacted at its default threshold).
"""

from __future__ import annotations

from typing import Any

import pytest
from stdnum import luhn

from arbiter.pii.policy import named_policy
from arbiter.pii.scrub import Scrubber

POLICY = named_policy("logs").arguments


def found(scrubber: Scrubber, value: Any, entity: str) -> list[str]:
    res = scrubber.scrub(value, POLICY)
    out = []
    for f in res.findings:
        if f.entity != entity:
            continue
        leaf = value
        for part in f.path.split("/")[1:]:
            leaf = leaf[int(part)] if isinstance(leaf, list) else leaf[part]
        out.append(str(leaf)[f.start:f.end])
    return out


def card(prefix: str, length: int, groups: tuple[int, ...] = (), sep: str = " ") -> str:
    """A Luhn-valid number of ``length`` digits starting with ``prefix``, grouped as ``groups``."""
    body = (prefix + "3" * length)[:length - 1]
    digits = body + luhn.calc_check_digit(body)
    out, pos = [], 0
    for n in groups or (length,):
        out.append(digits[pos:pos + n])
        pos += n
    return sep.join(out)


# --- phones ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "number"), [
    # A number alone on the line below a signature: the word ending the line before is no prefix.
    ("Com os melhores cumprimentos,\nRenata Amorim\nLeal\n+351 22 338 3578 | renata@example.pt", "+351 22 338 3578"),
    ("Merci ktir,\nJoelle\n71 320 570", "71 320 570"),
    ("Kita Pusteblume\n+4930132163", "+4930132163"),
])
def test_a_number_at_the_start_of_a_line_is_not_glued_to_the_line_before(
        scrubber: Scrubber, text: str, number: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize(("text", "number"), [
    ("ou pelo SAC (11) 45337449, de segunda a sexta", "(11) 45337449"),  # BR: area code in brackets
    ("yeni hat 0(501) 962 90 86 kaydedin", "0(501) 962 90 86"),  # TR: trunk prefix before the bracket
    ("op mijn werk: (0164) 108123 (vragen naar Anna)", "(0164) 108123"),  # NL: trunk prefix inside
    ("or my partner Ho-Yin on (852) 5117 2237", "(852) 5117 2237"),  # HK: country code in brackets
    ("yeni numaram 535 474 97 76 olarak", "535 474 97 76"),  # TR: the national layout without its 0
    ("Yury says 321 1715593 works now", "321 1715593"),  # CO: two groups exactly as the country writes them
])
def test_national_layouts_without_a_context_word(scrubber: Scrubber, text: str, number: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize(("text", "number"), [
    ("Pague en línea o comuníquese al 2007400677 de lunes a viernes", "2007400677"),
    ("Il corriere La contatterà al 312/0506490 il giorno prima", "312/0506490"),
    ("Ok, zabiorę Kaję. Dzwoń na 518564731 jakby coś", "518564731"),
    ("MobilePay til 34331254?", "34331254"),
    ("My direct line is 2430 6523, any time", "2430 6523"),
    ("Nummeret er 962 85 641", "962 85 641"),  # Norwegian 'the number'
    ("Rezeption 6123 4567 Durchwahl 20", "6123 4567 Durchwahl 20"),  # an extension names a phone
])
def test_more_phone_words_and_an_extension_are_context(scrubber: Scrubber, text: str, number: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == [number]


def test_a_bare_number_listed_next_to_a_phone_is_a_phone(scrubber: Scrubber) -> None:
    text = "Profile: home 32 29 99 81 · work 32152650 · cell +45 3495 0341"
    assert found(scrubber, text, "PHONE_NUMBER") == ["32 29 99 81", "32152650", "+45 3495 0341"]
    text = "Malene: 34431751 eller Birger: +45 34 12 56 78"
    assert found(scrubber, text, "PHONE_NUMBER") == ["34431751", "+45 34 12 56 78"]


@pytest.mark.parametrize("text", [
    # The same country's number in the same sentence, but no list: far away or across a sentence end.
    "Sinds een paar dagen valt mijn verbinding weg (modem firmware 2023.4.4). Ik woon hier, bel me op 06-41872210",
    "El técnico no vino a Calle Pedro Aguirre Cerda 371, 7444030 Santiago. Mi móvil es (2) 2835 6123",
    # A company id in a footer next to the service line.
    "Kjeldsen & Søn A/S · CVR-nr. 72976800 · Kundeservice +45 33 12 34 56",
    "Viljanen As Oy · Y-tunnus 5783521-3 · asiakaspalvelu +358 9 1234 5678",
])
def test_numbers_near_a_phone_that_are_not_listed_with_it(scrubber: Scrubber, text: str) -> None:
    assert all(p.startswith(("+", "06-", "(2)")) for p in found(scrubber, text, "PHONE_NUMBER"))


def test_the_first_number_of_a_reply_to_a_question_for_a_number(scrubber: Scrubber) -> None:
    text = "cecilie: og jeres nummer hvis vi farer vild?\nNoah: 3367 2405 eller Pete: 35778136\nNete: ok"
    assert found(scrubber, text, "PHONE_NUMBER") == ["3367 2405", "35778136"]
    # A line of a form is no question: its own number answers it.
    text = "Numéro de contact : 078 091 54 41\nIdentifiant client : 4548 6568\n\nBonjour"
    assert found(scrubber, text, "PHONE_NUMBER") == ["078 091 54 41"]


def test_a_phone_word_on_an_earlier_line_with_its_own_number_is_that_lines(scrubber: Scrubber) -> None:
    text = "手机\uff1a+8613936240187\n收货地址\uff1a浙江省春梅县东城通辽路O座 598391\n"
    assert found(scrubber, text, "PHONE_NUMBER") == ["+8613936240187"]
    # A label alone on its line still reaches the number below.
    assert found(scrubber, "Telefon:\n93 4567 1234", "PHONE_NUMBER") == ["93 4567 1234"]


@pytest.mark.parametrize("text", [
    "N° TVA : FR86 700 840 781\nmerci",  # French VAT number after its country prefix
    "Borettslagets org.nr. 908 836 436",  # Norwegian company register
    "Org.nr 802571-6395",  # Swedish company register
    "Company reg. RCS 355 725 842",
    "NIP sprzedawcy: 412-679-87-26, REGON: 911265878",  # a label naming a tax number
    "Multibanco (Entidade 13164, Referência 580 902 557)",
    "Krav nr. 95698595.",  # insurance claim
    "Depósito directo: ruta 093683489.",  # routing number
    "처리 번호: 8968-5571-9404",  # Korean case number
    "instalment taken by phone on card, auth 448789.",
    "KID-nummeret 4934653567093 stemmer ikke",  # Norwegian payment reference: a compound is one word
    "Chave aleatória antiga 14363502-5a0f-4467-a760-c7eac30712d4 desativada.",  # head of a UUID
    "Registo de contacto \u2013 2023-03-11T14:45:08Z",  # head of a timestamp
    "결제 카드: 0256-86**-****-7891",  # masked card
    "Rua Feira Oliveira, 58, Salvador 04384-400, Brasil.",  # CEP postcode
    "Número de Seguro Social: 694874544; cónyuge",  # an SSN, not a phone
])
def test_numbers_of_something_else_are_no_phone(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("key", ["郵便番号", "邮编", "우편번호"])
def test_a_postcode_key_in_cjk_scripts(scrubber: Scrubber, key: str) -> None:
    assert found(scrubber, {"引数": {key: "087-2156"}}, "PHONE_NUMBER") == []


def test_spanish_ssn_words(scrubber: Scrubber) -> None:
    assert found(scrubber, "Número de Seguro Social: 694874544; cónyuge", "US_SSN") == ["694874544"]


@pytest.mark.parametrize(("value", "entity"), [
    ("Tlf.: 34.46.77.31\n\nDer har stået vand", "PHONE_NUMBER"),  # Norwegian/Danish dotted pairs
    ("ja, ring meg på 40.30.72.73 når du er ute", "PHONE_NUMBER"),
    ({"data": {"mobil": "40.42.18.51"}}, "PHONE_NUMBER"),
    ("Last login IP: 40.30.72.73", "IP_ADDRESS"),  # without a phone word: an address
    ("Logins from 40.30.72.73 and 91.74.157.93", "IP_ADDRESS"),
])
def test_dotted_pairs_are_a_phone_only_after_a_phone_word(scrubber: Scrubber, value: Any, entity: str) -> None:
    other = "IP_ADDRESS" if entity == "PHONE_NUMBER" else "PHONE_NUMBER"
    assert found(scrubber, value, entity)
    assert found(scrubber, value, other) == []


# --- cards ----------------------------------------------------------------------------------------

def test_uatp_cards_grouped_4_5_6_or_after_the_word_uatp(scrubber: Scrubber) -> None:
    grouped = card("1197", 15, (4, 5, 6))
    assert found(scrubber, f"billed to the company account {grouped}; incidentals", "CREDIT_CARD") == [grouped]
    compact = card("1909", 15)
    assert found(scrubber, f"billed to the company UATP account {compact}; incidentals", "CREDIT_CARD") == [compact]
    assert found(scrubber, f"reference {compact} done", "CREDIT_CARD") == []  # 15 digits starting 1: context needed


def test_a_mir_card_is_a_major_network(scrubber: Scrubber) -> None:
    mir = card("2202", 16)
    assert found(scrubber, f"instalment taken on {mir}, thanks", "CREDIT_CARD") == [mir]


def test_a_card_after_its_context_word_is_no_phone(scrubber: Scrubber) -> None:
    visa13 = card("4741", 13)
    text = f"Como me pediste por teléfono:\nTarjeta: {visa13}\nTitular: Ramón"
    assert found(scrubber, text, "CREDIT_CARD") == [visa13]
    assert found(scrubber, text, "PHONE_NUMBER") == []


def test_twelve_digits_in_threes_of_four_need_a_card_word(scrubber: Scrubber) -> None:
    member = card("6284", 12, (4, 4, 4), "-")  # a Luhn-valid 12-digit Maestro range
    assert found(scrubber, {"引数": {"会員番号": member}}, "CREDIT_CARD") == []
    assert found(scrubber, f"Please charge card {member} today.", "CREDIT_CARD") == [member]


# --- IPv6 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "ip"), [
    ("offenders 141.115.197.17 and 2001:41d0:3f51::, both", "2001:41d0:3f51::"),
    ("rate limiting 2c0f:f7f8:db23:33fd:ae56:4bb2:: for now", "2c0f:f7f8:db23:33fd:ae56:4bb2::"),
])
def test_ipv6_addresses_ending_in_a_double_colon(scrubber: Scrubber, text: str, ip: str) -> None:
    assert ip in found(scrubber, text, "IP_ADDRESS")


@pytest.mark.parametrize("text", ["use std::vector and Foo::bar", "arn:aws:iam::123456789012:role/x", "a :: b"])
def test_double_colons_in_code_are_no_ipv6(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "IP_ADDRESS") == []
