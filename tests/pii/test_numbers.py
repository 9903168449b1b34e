"""Phones, cards and IBANs in many national formats are found; digit runs that are something else are not.

Run through the real scrubber with the default policy thresholds (``logs``: every entity redacted),
so each case checks the recognizer, the context rule and the threshold together.
"""

from __future__ import annotations

from typing import Any

import pytest
from stdnum import luhn

from arbiter.pii.numbers import card_network, iban_valid
from arbiter.pii.policy import named_policy
from arbiter.pii.scrub import Scrubber

POLICY = named_policy("logs").arguments


def found(scrubber: Scrubber, value: Any, entity: str) -> list[str]:
    res = scrubber.scrub(value, POLICY)
    text = value if isinstance(value, str) else None
    return [(text if text is not None else _leaf(value, f.path))[f.start:f.end] for f in res.findings
            if f.entity == entity]


def _leaf(value: Any, path: str) -> str:
    for part in path.split("/")[1:]:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return str(value)


@pytest.mark.parametrize(("text", "number"), [
    # Laid out as the country writes them: no context word needed.
    ("Ring mig på 070-190 66 28 i eftermiddag.", "070-190 66 28"),  # SE
    ("Rückruf bitte unter 0151/83032781, danke", "0151/83032781"),  # DE, area code and slash
    ("Ligue para (11) 97516-6623 amanhã", "(11) 97516-6623"),  # BR
    ("Santiago (2) 2131 3170 oficina", "(2) 2131 3170"),  # CL
    ("Sonia Suchta, 512-958-016 or later", "512-958-016"),  # PL
    ("Vous pouvez me joindre au 06.12.34.56.78 ce soir", "06.12.34.56.78"),  # FR
    ("Portable de Elio : 078.444.07.73.", "078.444.07.73"),  # CH: dotted, not an IP address
    # International forms, anywhere.
    ("Escalations: +44 20 7946 0958", "+44 20 7946 0958"),
    ("from abroad 0049 30 12345678 works", "0049 30 12345678"),
    ("office +1 201-832-1050 ext. 2096 (desk)", "+1 201-832-1050 ext. 2096"),
    # Bare or unusually grouped national numbers need a context word, in many languages.
    ("Mi WhatsApp es 642 995 353.", "642 995 353"),  # ES, grouped 3-3-3 (Spain writes 3-2-2-2)
    ("nr tel. 12 021 01 15.", "12 021 01 15"),  # PL landline
    ("Sara's phone number 81 234 567", "81 234 567"),  # LB
    ("Cep: 05012582940. Adres: Atatürk Cad. 12", "05012582940"),  # TR, bare mobile
    ("M: 81396299", "81396299"),  # SG: a one-letter label right before the number
    ("返金後のご連絡は電話08012345678まで", "08012345678"),  # JP: the label has no space before the number
])
def test_phones_of_many_countries(scrubber: Scrubber, text: str, number: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == [number]


def fullwidth(text: str) -> str:
    """``text`` with fullwidth digits, hyphens and colons, as typed in Japanese and Chinese."""
    return text.translate(str.maketrans("0123456789-:", "".join(chr(0xFF10 + i) for i in range(10)) + "\uff0d\uff1a"))


@pytest.mark.parametrize(("text", "number"), [
    # Context words of more languages (fi, da/no, de, ru, th, vi, hu, ko).
    ("puh. 2175 9934", "2175 9934"),  # HK landline, two groups of four
    ("tlf. 464 94 858", "464 94 858"),  # NO
    ("Kontakt: 0301234567", "0301234567"),
    ("телефон 8 912 345-67-89", "8 912 345-67-89"),
    ("โทร 081 234 5678", "081 234 5678"),
    ("SĐT: 0912 345 678", "0912 345 678"),
    ("Hívjon: 06 30 123 4567", "06 30 123 4567"),
    ("전화 010-1234-5678", "010-1234-5678"),
    # A word for "number" before the digits, none naming another kind of number.
    ("Best number: 2125550147.", "2125550147"),
    ("Best number: 8123 4567.", "8123 4567"),
    ("Mi número es 612345678", "612345678"),
    # The whole reply on its line, after a line asking for a phone or a number.
    ("Agent: And a phone number the courier can use?\nCustomer: 71234567", "71234567"),
    ("Mitarbeiter: Wie lautet die neue Nummer?\nKunde: 512614647", "512614647"),
    # A label glued to the number.
    ("Tel:+44 20 7946 0958", "+44 20 7946 0958"),
    ("phone:212-555-0147", "212-555-0147"),
    ("M:81234567", "81234567"),
    # Argentina's "15" mobile prefix after the area code: laid out as the country writes it.
    ("Llámame 011 15-4123-4567 hoy", "011 15-4123-4567"),
    # Fullwidth digits and dashes, thin spaces.
    ("TEL" + fullwidth(":03-1234-5678"), fullwidth("03-1234-5678")),
    ("tel. 030\u2009123\u20094567", "030\u2009123\u20094567"),
    # Extensions in more languages belong to the number.
    ("Tel. 02 1234 5678 interno 12", "02 1234 5678 interno 12"),
    ("Tel. 030 1234567 Durchwahl 12", "030 1234567 Durchwahl 12"),
])
def test_phones_with_more_context_and_layouts(scrubber: Scrubber, text: str, number: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    # A number word that numbers something else, or a house ("Nr. 67"), or counts ("number of").
    "Order number: 81234567",
    "sipariş numaras\u0131 5321234567",
    "Auftragsnummer 81234567",
    "número de pedido 81234567",
    "Nr. 67 Bl. 92, 470103 București",
    "number of items: 81234567",
    # A reply after a question about another kind of number; an order mentioned in a reply.
    "Agent: What is your order number?\nCustomer: 71234567",
    "Customer: my order 71234567 never arrived",
    # The word right before names what the digits number, even next to a phone word.
    "call about invoice 3011 8565 5326",
    "Phone bill 1676566303",
    # Glued to a word that is no phone label; a time after the digits.
    "ID:81234567",
    "rev:81234567",
    "M.81234567",
    "meeting 2022 12:22:52",
])
def test_number_words_and_labels_that_are_no_phone(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == []


def test_a_json_field_name_is_context(scrubber: Scrubber) -> None:
    assert found(scrubber, {"contact": {"mobile": "612345789"}}, "PHONE_NUMBER") == ["612345789"]
    assert found(scrubber, {"order": {"reference": "612345789"}}, "PHONE_NUMBER") == []
    # Key names in any script: "teléfono", and Chinese keys written without spaces ("sender's phone").
    assert found(scrubber, {"cliente": {"teléfono": "612345789"}}, "PHONE_NUMBER") == ["612345789"]
    assert found(scrubber, {"寄件人": {"电话": "13991864787"}}, "PHONE_NUMBER") == ["13991864787"]
    assert found(scrubber, {"寄件人电话": "13991864787"}, "PHONE_NUMBER") == ["13991864787"]
    assert found(scrubber, {"订单": {"编号": "13991864787"}}, "PHONE_NUMBER") == []  # order / serial number


@pytest.mark.parametrize(("text", "number"), [
    ("Tel. oficina 20 0166 6155, cel. 55 1234 5678", "20 0166 6155"),  # a label, then which line it is
    ("Tel. Büro 030 1234567", "030 1234567"),
    ("cualquier duda puede llamarme al 321 3724762", "321 3724762"),
    ("Cep: 0532 123 45 67", "0532 123 45 67"),  # Turkish "Cep" (mobile): eleven digits, no postcode
])
def test_labels_with_a_qualifier_and_more_phone_words(scrubber: Scrubber, text: str, number: str) -> None:
    assert number in found(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize(("text", "number"), [
    # A compound whose head is a phone word, as German, Dutch and the Nordic languages write them.
    ("Nødtelefon under turen: 40.40.70.43", "40.40.70.43"),  # NO: dotted pairs, also an IPv4 shape
    ("Notfalltelefon: 81234567", "81234567"),
    ("Firmenhandy 71234567", "71234567"),
    ("Vakttlf 81234567", "81234567"),
])
def test_a_compound_of_a_phone_word_is_context(scrubber: Scrubber, text: str, number: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "Bestellnummer 81234567",          # "nummer" alone is no head: an order number
    "Kundennummer: 81234567",
    "Telefonrechnung 81234567",        # a phone bill: the compound's head is the bill
])
def test_a_compound_whose_head_is_no_phone_word_is_no_context(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("value", [
    "Rua Augusta 1500, sala 402, Curitiba/PR, CEP 36526148",  # Brazil's postcode: eight digits
    "Caixa Postal 56, CEP 01310-100, São Paulo - SP",
    "Zustellung weiterhin an Postfach 20 13 30, 57494 Bremen",  # a PO box number
    "会場 〒150-0002 東京都渋谷区渋谷2丁目",  # the postal mark
    "P.O. Box 4471 2280, Nairobi",
    {"endereco": {"cep": "07488-657"}},
    {"address": {"zip_code": "90210-1234"}},
])
def test_postcodes_and_po_boxes_are_no_phone(scrubber: Scrubber, value: Any) -> None:
    assert found(scrubber, value, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text", [
    "Reklamacja zamówienia 8634 2825",  # two groups of four: an order number as often as a phone
    "Tel Aviv 2870212, Israel",  # "Tel" names a city, not a phone: a postcode
    "Zwrot 80132.77 zostanie wysłany",  # an amount
    "Total €48.019,34 incl. VAT",
    "direct debit failed - contract 2024/3233",
    "Shipped 2024-06-11, tracking 617705950377",
    "Last login IP: 152.14.99.2",
    "Build 3.14.159265 released",
    "epoch 1718049600 seconds",
    "Pratica #871903483.",
    "order ORD-2024-118842 and INV36923038",
])
def test_digit_runs_that_are_no_phone(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == []


def card(prefix: str, length: int, sep: str = " ") -> str:
    """A Luhn-valid number of ``length`` digits starting with ``prefix``, in groups of four."""
    body = (prefix + "7" * length)[:length - 1]
    digits = body + luhn.calc_check_digit(body)
    return sep.join(digits[i:i + 4] for i in range(0, length, 4)) if sep else digits


@pytest.mark.parametrize(("number", "network"), [
    ("4111 1111 1111 1111", "visa"),
    ("4222222222222", "visa_other_length"),  # 13-digit Visa
    ("5555 5555 5555 4444", "mastercard"),
    ("2223 0031 2200 3222", "mastercard"),  # 2-series
    ("3782 822463 10005", "amex"),
    ("6011 0009 9013 9424", "discover"),
    ("3530 1113 3330 0000", "jcb"),
    (card("2131", 15, ""), "jcb15"),
    ("3056 9309 0259 04", "diners"),
    ("6759 6498 2643 8453", "maestro"),
    ("5020 4703 1146", "maestro"),  # 12 digits
    (card("6212", 16), "unionpay"),  # not Maestro, though Maestro claims 56-69
    (card("2200", 16), "mir"),
    (card("6521", 16), "discover"),
    (card("6220", 19), "unionpay"),
])
def test_cards_of_every_major_network(scrubber: Scrubber, number: str, network: str) -> None:
    digits = number.replace(" ", "")
    assert card_network(digits) is not None and card_network(digits)[0] == network  # type: ignore[index]
    assert found(scrubber, f"Please charge card {number} today.", "CREDIT_CARD") == [number]


def test_a_bare_card_of_a_minor_network_needs_context_or_card_grouping(scrubber: Scrubber) -> None:
    assert found(scrubber, "ref 676305695836232443 ok", "CREDIT_CARD") == []  # Maestro 18, no context
    assert found(scrubber, "カード 676305695836232443 にお願いします", "CREDIT_CARD") == ["676305695836232443"]
    assert found(scrubber, "ref 6762 0628 5933 1844 4 ok", "CREDIT_CARD") == ["6762 0628 5933 1844 4"]
    assert found(scrubber, {"payment": {"card_number": "2200129020196466"}}, "CREDIT_CARD") == ["2200129020196466"]


@pytest.mark.parametrize("before", [
    "Kartennummer:", "numéro de carte :", "número de tarjeta", "nº do cartão:", "kaartnummer", "numer karty",
    "kortnummer", "kortin numero", "číslo karty", "kart numaras\u0131", "kártyaszám:", "номер карты", "CC#",
    "pagué con la", "betaald met", "カード番号\uff1a", "卡号", "카드번호",
])
def test_the_word_for_card_in_many_languages_is_context(scrubber: Scrubber, before: str) -> None:
    minor = card("6212", 16, "")  # UnionPay, one run of digits: only with a context word
    assert found(scrubber, f"{before} {minor}", "CREDIT_CARD") == [minor]


@pytest.mark.parametrize("number", [
    card("4111", 16, "\u00a0"),  # no-break spaces, as word processors write them
    card("5500", 16, "\u202f"),  # French typography's narrow no-break space
    card("3530", 16, "\u3000"),  # Japanese ideographic space
    "\uff14" + "\uff11" * 15,  # fullwidth digits (4111 1111 1111 1111)
])
def test_cards_in_any_spacing_and_digits(scrubber: Scrubber, number: str) -> None:
    assert found(scrubber, f"card {number} thanks", "CREDIT_CARD") == [number]


def test_an_iban_grouped_with_no_break_spaces(scrubber: Scrubber) -> None:
    iban = "FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189"
    assert found(scrubber, f"IBAN {iban} merci", "IBAN_CODE") == [iban]


@pytest.mark.parametrize("text", [
    "Duplicate charge on order 647-6494909-7889117",  # Luhn-valid, but laid out like an order number
    "card 4111 1111 1111 1112",  # Luhn fails
    "card 9999 1111 1111 1111",  # no network starts with 9999
])
def test_numbers_that_are_no_card(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "CREDIT_CARD") == []


@pytest.mark.parametrize("iban", [
    "GB33 BUKB 2020 1555 5555 55",
    "DE89370400440532013000",
    "UA26 3703 0767 Z696 MM19 5946 1631 7",  # countries Presidio's own list lacks
    "EG380019000500000000263180002",
    "PK36SCBL0000001123456702",
    "ES78 2918 4712 6784 2121 4363",  # mod-97 valid, national check digits not: still an account number
])
def test_ibans_of_every_registry_country(scrubber: Scrubber, iban: str) -> None:
    assert iban_valid(iban)
    assert found(scrubber, f"Neue IBAN: {iban} (BIC NPFRDEAF57W).", "IBAN_CODE") == [iban]


def test_an_iban_running_into_a_capitalised_word_is_cut_back(scrubber: Scrubber) -> None:
    assert found(scrubber, "DE89 3704 0044 0532 0130 00 AT once", "IBAN_CODE") == ["DE89 3704 0044 0532 0130 00"]


@pytest.mark.parametrize("text", ["GB33 BUKB 2020 1555 5555 56", "XX12 3456 7890 1234 56", "GB33 BUKB 2020 15"])
def test_invalid_ibans_are_not_reported(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, f"IBAN {text}", "IBAN_CODE") == []


@pytest.mark.parametrize("text", [
    "Social Security Number 697403023",  # "Number" names an SSN here, not a phone
    "SS# 697403023",
    "SSN# 697403023",
])
def test_nine_digits_after_an_ssn_word_are_an_ssn_not_a_phone(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "US_SSN") == ["697403023"]
    assert found(scrubber, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("text", "number"), [
    ("Best regards,\nAgnese Kalniņa\n21869808", "21869808"),                 # a signature: name, then number
    ("Vikarie: Gunilla Johansson, 088-29 51 04.", "088-29 51 04"),           # a full name and a comma
    ("o incaricato: Sig.ra Messina (3438598948). Sinistro", "3438598948"),   # a title, a family name, a bracket
    ("lleva la parte comercial Pereira: 3215609510, ok", "3215609510"),     # one listed name before a colon
])
def test_a_bare_number_after_a_persons_name(scrubber: Scrubber, text: str, number: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "Invoice Total: 3215609510",          # labels, no listed name
    "Will Hope, 21869808",                # names that are everyday words
    "Nowak 21869808 Kowalski",            # no comma, bracket, colon or line break between
])
def test_no_phone_after_words_that_are_no_name(scrubber: Scrubber, text: str) -> None:
    assert found(scrubber, text, "PHONE_NUMBER") == []
