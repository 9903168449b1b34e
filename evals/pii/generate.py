#!/usr/bin/env python3
# ruff: noqa: E501, RUF001, UP031
"""Build the held-out PII and secret evaluation corpus (tune and test splits, and the PII-only test2 split).

    .venv/bin/python evals/pii/generate.py            # writes the four JSONL files next to this script
    .venv/bin/python evals/pii/generate.py --check    # regenerates in memory and compares with the files
    .venv/bin/python evals/pii/generate.py --split test2 [--check]   # test2.jsonl only (templates_test2.py)
    .venv/bin/python evals/pii/generate.py --split test3 [--check]   # test3.jsonl only (templates_test3.py)
    .venv/bin/python evals/pii/generate.py --split tune3 [--check]   # tune3.jsonl only (templates_tune3.py)
    .venv/bin/python evals/pii/generate.py --split test4 [--check]   # test4.jsonl only (templates_test4.py)
    .venv/bin/python evals/pii/generate.py --split test5 [--check]   # test5.jsonl only (templates_test5.py)
    .venv/bin/python evals/pii/generate.py --split tune4 [--check]   # tune4.jsonl only (templates_tune4.py)
    .venv/bin/python evals/pii/generate.py --split test6 [--check]   # test6.jsonl only (templates_test6.py)
    .venv/bin/python evals/pii/generate.py --split tune5 [--check]   # tune5.jsonl only (templates_tune5.py)

Deterministic: every random choice comes from ``random.Random`` or a Faker instance seeded from the
split's seed, and the two splits use different seeds *and* disjoint template sets
(``templates_tune.py`` / ``templates_test.py``). The output depends on the Faker and phonenumbers
versions (pinned in requirements.lock); the committed JSONL files are the reference.

Templates are strings (or JSON structures whose string leaves are strings) with slots written
``«SLOT»``; each slot renders text and records what it planted: a label (PII / SECRET), a hard
negative, or an ``ignore`` span (organisation names, BICs, ...). See README.md for the format.
"""

from __future__ import annotations

import argparse
import base64
import ipaddress
import itertools
import json
import os
import random
import re
import string
import sys
import unicodedata
import urllib.parse
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import phonenumbers as pn
from faker import Faker
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import templates_test  # noqa: E402
import templates_test2  # noqa: E402
import templates_test3  # noqa: E402
import templates_test4  # noqa: E402
import templates_test5  # noqa: E402
import templates_test6  # noqa: E402
import templates_tune  # noqa: E402
import templates_tune3  # noqa: E402
import templates_tune4  # noqa: E402
import templates_tune5  # noqa: E402

SPLITS: dict[str, dict[str, Any]] = {
    "tune": {"seed": 60_113, "templates": templates_tune, "pii_docs_per_kind": 150,
             "secret_labels": 700, "secret_negatives": 250, "secret_docs_min": 450},
    "test": {"seed": 917_402, "templates": templates_test, "pii_docs_per_kind": 150,
             "secret_labels": 700, "secret_negatives": 250, "secret_docs_min": 450},
}
# A second held-out split, PII documents only, written later and apart from the recognizers and from the
# tune/test templates (templates_test2.py). Built only with --split test2/all, so that the tune and test
# files come out exactly as before.
EXTRA_SPLITS: dict[str, dict[str, Any]] = {
    "test2": {"seed": 5_270_381, "templates": templates_test2, "pii_docs_per_kind": 150, "secrets": False},
    # A third held-out split, PII documents only (templates_test3.py), written like test2: apart from the
    # recognizers and from every other template module. Built only with --split test3/all.
    "test3": {"seed": 3_804_917, "templates": templates_test3, "pii_docs_per_kind": 150, "secrets": False},
    # A third TUNING split, PII documents only (templates_tune3.py): names and places in many forms. It uses the
    # tune half of the curated lists (parity 0). Built only with --split tune3/all.
    "tune3": {"seed": 7_150_623, "templates": templates_tune3, "pii_docs_per_kind": 150, "secrets": False},
    # A fourth held-out split, PII documents only (templates_test4.py), written like test3 and focused on pattern
    # entities (phones, cards, IBANs, e-mails, SSNs, IPs) and look-alike hard negatives. Built only with
    # --split test4/all; its «T4:…» slots (templates_test4.slot) draw only from test4's generator.
    "test4": {"seed": 9_413_276, "templates": templates_test4, "pii_docs_per_kind": 150, "secrets": False},
    # A fifth held-out split, PII documents only (templates_test5.py), by a separate author: names and places of many
    # cultures in Latin script, pattern entities as people write them, look-alike hard negatives. Built only with
    # --split test5/all; its «T5:…» slots (templates_test5.slot) draw only from test5's generator.
    "test5": {"seed": 5_918_447, "templates": templates_test5, "pii_docs_per_kind": 150, "secrets": False},
    # A fourth TUNING split, PII documents only (templates_tune4.py): people and places of many cultures as people write
    # them, pattern entities, hard negatives. It uses the tune half of the curated lists (parity 0). Built only with
    # --split tune4/all; its «TU4:…» slots (templates_tune4.slot) draw only from tune4's generator («T4:» is test4's).
    "tune4": {"seed": 8_260_417, "templates": templates_tune4, "pii_docs_per_kind": 150, "secrets": False},
    # A sixth held-out split, PII documents only (templates_test6.py), by a separate author: people and places of many
    # cultures in everyday situations the other splits lack, pattern entities, look-alike hard negatives. Built only with
    # --split test6/all (after all the others); its «T6:…» slots (templates_test6.slot) draw only from test6's generator.
    "test6": {"seed": 6_402_719, "templates": templates_test6, "pii_docs_per_kind": 150, "secrets": False},
    # A fifth TUNING split, PII documents only (templates_tune5.py): PLACES as people write them (villages, small towns,
    # districts, regions and natural features, case forms, lower case, lists, addresses), fewer people, pattern entities at
    # moderate density, place-like hard negatives. Smaller (80 documents per kind). Built only with --split tune5/all; its
    # «TU5:…» slots (templates_tune5.slot) draw only from tune5's generator.
    "tune5": {"seed": 4_731_906, "templates": templates_tune5, "pii_docs_per_kind": 80, "secrets": False},
}
TEST2_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "ja", "zh")
TUNE3_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "tr", "cs", "hu", "ro", "id", "ja",
               "zh")
TEST3_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "tr", "cs", "ja", "zh", "ko", "ar", "hi")
TEST4_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "tr", "cs", "ro", "hu", "ja", "zh",
               "ko")
TEST5_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "tr", "cs", "ro", "hu", "ja", "zh",
               "ko", "id", "vi", "tl", "sw", "hi", "ar")
TUNE4_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "fi", "tr", "cs", "ro", "hu", "ja", "zh",
               "ko", "id", "vi", "tl", "sw", "hi", "ar")
TEST6_LANGS = TUNE4_LANGS
TUNE5_LANGS = ("en", "de", "fr", "es", "it", "pt", "pl", "cs", "sk", "hr", "hu", "fi", "et", "lt", "sv", "tr", "id", "tl", "sw", "vi", "hi")
PII_KINDS = ("ticket", "email", "crm_note", "chat", "tool_args")
PII_ENTITIES = ("CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "PERSON",
                "LOCATION")
MAX_FILE_BYTES = 8 * 1024 * 1024

UP, LO, DIG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"
UPD = UP + DIG
LOD = LO + DIG
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


# ----------------------------------------------------------------------------------------------
# Cultures: who writes and who is written about. Each has a phone region (ISO 3166), a Faker
# locale (names, streets, postcodes, companies) or custom name lists, and real cities.
# ----------------------------------------------------------------------------------------------

@dataclass
class Culture:
    code: str                     # region: phone numbers, country
    loc: str | None               # Faker locale for Latin-script names (None: custom lists)
    country: str                  # English country name
    native: str                   # country name in the local language
    cities: list[str]
    mail: list[str]               # common mailbox providers
    tld: str
    names: tuple[list[str], list[str], list[str]] | None = None   # (male firsts, female firsts, lasts)
    streets: list[str] | None = None   # custom streets (None: Faker street_address)
    postcode: str | None = "faker"     # "faker", a '#'/'?' pattern, or None
    family_first: bool = False
    pc_first: bool = True              # "12345 City" (True) or "City 12345" (False)
    faker_addr: bool = True
    faker_phone: bool = False          # Faker phone_number() is usually valid for the region


def _c(*a: Any, **k: Any) -> Culture:
    return Culture(*a, **k)


GENERIC_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "aol.com",
                "live.com", "zoho.com", "gmx.com", "mail.com", "hey.com"]

CULTURES: list[Culture] = [
    _c("US", "en_US", "United States", "United States",
       ["Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "Denver", "Seattle", "Atlanta", "Boston",
        "Portland", "Nashville", "Minneapolis", "Austin", "Baltimore"],
       ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "att.net", "verizon.net"], "com",
       pc_first=False, faker_phone=False),
    _c("CA", "en_CA", "Canada", "Canada", ["Toronto", "Vancouver", "Calgary", "Ottawa", "Winnipeg", "Halifax",
                                            "Edmonton", "Victoria"],
       ["rogers.com", "shaw.ca", "sympatico.ca", "gmail.com"], "ca", pc_first=False),
    _c("GB", "en_GB", "United Kingdom", "United Kingdom",
       ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Birmingham", "Sheffield", "Newcastle upon Tyne",
        "Brighton", "Edinburgh", "Nottingham", "Belfast"],
       ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "virginmedia.com"], "co.uk",
       pc_first=False, faker_phone=True),
    _c("IE", "en_IE", "Ireland", "Éire", ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny"],
       ["eircom.net", "gmail.com", "hotmail.com"], "ie", pc_first=False),
    _c("AU", "en_AU", "Australia", "Australia", ["Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Geelong",
                                                  "Newcastle", "Canberra", "Darwin"],
       ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com"], "com.au", pc_first=False,
       faker_phone=True),
    _c("NZ", "en_NZ", "New Zealand", "Aotearoa", ["Auckland", "Wellington", "Christchurch", "Dunedin", "Hamilton",
                                                   "Tauranga"],
       ["xtra.co.nz", "gmail.com"], "co.nz", pc_first=False, faker_phone=True),
    _c("IN", "en_IN", "India", "Bharat", ["Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Pune", "Kolkata", "Jaipur",
                                          "Ahmedabad", "Kochi", "Lucknow", "Indore"],
       ["rediffmail.com", "yahoo.co.in", "gmail.com"], "in", pc_first=False, faker_phone=True),
    _c("PK", None, "Pakistan", "Pakistan", ["Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Peshawar"],
       ["gmail.com", "yahoo.com", "hotmail.com"], "pk",
       names=(["Imran", "Bilal", "Usman", "Hassan", "Zeeshan", "Kamran", "Faraz", "Adnan"],
              ["Ayesha", "Sana", "Hira", "Mehwish", "Zainab", "Nimra", "Amna", "Rabia"],
              ["Qureshi", "Siddiqui", "Chaudhry", "Malik", "Butt", "Sheikh", "Awan", "Mirza", "Khan", "Raza"]),
       streets=["Shahrah-e-Faisal", "Mall Road", "Jinnah Avenue", "MM Alam Road", "University Road"],
       postcode="#####", pc_first=False, faker_addr=False),
    _c("NG", "yo_NG", "Nigeria", "Nigeria", ["Lagos", "Abuja", "Ibadan", "Kano", "Port Harcourt", "Enugu",
                                             "Abeokuta", "Benin City"],
       ["yahoo.com", "gmail.com"], "ng",
       names=(["Oluwaseun", "Chinedu", "Emeka", "Babatunde", "Ifeanyi", "Musa", "Obinna", "Tunde", "Abubakar",
               "Segun"],
              ["Ngozi", "Chiamaka", "Funmilayo", "Adaeze", "Folake", "Zainab", "Yetunde", "Amaka", "Halima",
               "Nneka"],
              ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo", "Adebayo", "Obi", "Bello", "Oyelaran",
               "Nnamdi", "Ogunleye", "Ibrahim", "Onyekachi"]),
       streets=["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Herbert Macaulay Way", "Aminu Kano Crescent",
                "Ozumba Mbadiwe Avenue"], postcode="1#####", pc_first=False, faker_addr=False),
    _c("KE", "en_KE", "Kenya", "Kenya", ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"],
       ["gmail.com", "yahoo.com"], "co.ke",
       names=(["Wanjiru", "Kamau", "Otieno", "Kipchoge", "Mwangi", "Baraka", "Juma", "Kiprono"],
              ["Akinyi", "Wambui", "Njeri", "Atieno", "Chebet", "Nyambura", "Wairimu", "Achieng"],
              ["Kariuki", "Ochieng", "Mutua", "Wanjala", "Kimani", "Odhiambo", "Njoroge", "Cheruiyot", "Omondi"]),
       streets=["Moi Avenue", "Kenyatta Avenue", "Ngong Road", "Waiyaki Way", "Kimathi Street"],
       postcode="00###", pc_first=False, faker_addr=False),
    _c("GH", "tw_GH", "Ghana", "Ghana", ["Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast"],
       ["gmail.com", "yahoo.com"], "com.gh",
       names=(["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku"], ["Akosua", "Ama", "Abena", "Efua", "Adwoa",
                                                                     "Yaa"],
              ["Mensah", "Boateng", "Asante", "Owusu", "Appiah", "Agyeman", "Darko", "Ofori"]),
       streets=["Oxford Street", "Liberation Road", "Independence Avenue", "Spintex Road"], postcode=None,
       pc_first=False, faker_addr=False, faker_phone=True),
    _c("ZA", "zu_ZA", "South Africa", "South Africa", ["Johannesburg", "Cape Town", "Durban", "Pretoria",
                                                        "Gqeberha", "Bloemfontein"],
       ["webmail.co.za", "mweb.co.za", "gmail.com"], "co.za",
       streets=["Long Street", "Jan Smuts Avenue", "Florida Road", "Rivonia Road", "Voortrekker Road"],
       postcode="####", pc_first=False, faker_addr=False),
    _c("ET", None, "Ethiopia", "Ethiopia", ["Addis Ababa", "Bahir Dar", "Hawassa", "Mekelle", "Gondar"],
       ["gmail.com", "yahoo.com"], "et",
       names=(["Dawit", "Abebe", "Tesfaye", "Yonas", "Bereket", "Henok"], ["Meron", "Selamawit", "Hiwot", "Tigist",
                                                                           "Bethlehem", "Rahel"],
              ["Girma", "Haile", "Bekele", "Tadesse", "Alemu", "Wolde", "Gebremedhin", "Mengistu"]),
       streets=["Bole Road", "Churchill Avenue", "Africa Avenue"], postcode=None, pc_first=False,
       faker_addr=False),
    _c("SN", None, "Senegal", "Sénégal", ["Dakar", "Thiès", "Saint-Louis", "Ziguinchor"], ["orange.sn", "gmail.com",
                                                                                       "yahoo.fr"], "sn",
       names=(["Moussa", "Mamadou", "Ousmane", "Cheikh", "Ibrahima", "Abdoulaye"],
              ["Aminata", "Fatou", "Awa", "Mariama", "Khady", "Ndeye"],
              ["Diop", "Ndiaye", "Sarr", "Fall", "Ba", "Sow", "Diallo", "Faye", "Mbaye"]),
       streets=["Avenue Cheikh Anta Diop", "Rue Carnot", "Boulevard de la République"], postcode=None,
       faker_addr=False),
    _c("MA", None, "Morocco", "Maroc", ["Casablanca", "Rabat", "Marrakech", "Fès", "Tanger", "Agadir"],
       ["menara.ma", "gmail.com", "hotmail.fr"], "ma",
       names=(["Youssef", "Mehdi", "Hamza", "Karim", "Anas", "Soufiane"], ["Salma", "Imane", "Khadija", "Meryem",
                                                                          "Houda", "Nadia"],
              ["El Amrani", "Benali", "Bennani", "El Idrissi", "Tazi", "Alaoui", "Berrada", "Chraibi"]),
       streets=["Boulevard Mohammed V", "Avenue Hassan II", "Rue Ibn Battouta"], postcode="#####",
       faker_addr=False),
    _c("EG", None, "Egypt", "Misr", ["Cairo", "Alexandria", "Giza", "Mansoura", "Luxor"],
       ["gmail.com", "yahoo.com", "hotmail.com"], "com.eg",
       names=(["Ahmed", "Mostafa", "Mahmoud", "Tamer", "Sherif", "Amr"], ["Nour", "Yasmin", "Dina", "Mona",
                                                                         "Heba", "Rana"],
              ["El-Sayed", "Abdel-Rahman", "Hassan", "Mansour", "Farouk", "El-Masry", "Soliman", "Fahmy"]),
       streets=["Tahrir Street", "26th of July Corridor", "Corniche El Nil", "Talaat Harb Street"],
       postcode="#####", pc_first=False, faker_addr=False),
    _c("SA", None, "Saudi Arabia", "Saudi Arabia", ["Riyadh", "Jeddah", "Dammam", "Mecca", "Medina", "Khobar"],
       ["gmail.com", "hotmail.com", "outlook.sa"], "sa",
       names=(["Abdulrahman", "Faisal", "Khalid", "Saud", "Turki", "Nawaf", "Omar"],
              ["Noura", "Reem", "Lama", "Haifa", "Ghada", "Maha", "Sara"],
              ["Al-Qahtani", "Al-Harbi", "Al-Otaibi", "bin Abdullah", "Al-Ghamdi", "Al-Shehri", "bin Saleh",
               "Al-Mutairi", "Al-Zahrani"]),
       streets=["King Fahd Road", "Olaya Street", "Tahlia Street", "Prince Sultan Road"], postcode="#####",
       pc_first=False, faker_addr=False),
    _c("AE", None, "United Arab Emirates", "UAE", ["Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman"],
       ["gmail.com", "eim.ae", "outlook.com"], "ae",
       names=(["Rashid", "Hamdan", "Sultan", "Majid", "Saeed", "Ahmad"], ["Mariam", "Shamma", "Aisha", "Latifa",
                                                                        "Hessa", "Alia"],
              ["Al Maktoum", "Al Nahyan", "Al Falasi", "bin Rashid", "Al Mansoori", "Al Suwaidi", "Al Hashimi"]),
       streets=["Sheikh Zayed Road", "Al Wasl Road", "Jumeirah Beach Road", "Corniche Road"], postcode=None,
       faker_addr=False),
    _c("LB", None, "Lebanon", "Liban", ["Beirut", "Tripoli", "Sidon", "Byblos", "Zahle"],
       ["gmail.com", "hotmail.com", "idm.net.lb"], "com.lb",
       names=(["Karim", "Georges", "Elie", "Rami", "Ziad", "Fadi"], ["Rania", "Maya", "Nadine", "Carla", "Lara",
                                                                    "Joelle"],
              ["Khoury", "Haddad", "Nassar", "Saade", "Abou Jaoude", "Karam", "Aoun", "Frangieh"]),
       streets=["Rue Hamra", "Bliss Street", "Rue Gouraud", "Avenue Charles Helou"], postcode=None,
       faker_addr=False),
    _c("IL", None, "Israel", "Israel", ["Tel Aviv", "Haifa", "Jerusalem", "Be'er Sheva", "Netanya"],
       ["walla.co.il", "gmail.com"], "co.il",
       names=(["Noam", "Itai", "Avi", "Eitan", "Omer", "Yossi"], ["Yael", "Noa", "Tamar", "Shira", "Michal",
                                                                 "Dana"],
              ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Ben-David"]),
       streets=["Rothschild Boulevard", "Dizengoff Street", "Herzl Street", "Allenby Street"], postcode="#######",
       pc_first=False, faker_addr=False),
    _c("TR", "tr_TR", "Türkiye", "Türkiye", ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Eskişehir",
                                              "Gaziantep", "Trabzon"],
       ["hotmail.com", "gmail.com", "yandex.com.tr", "superonline.com"], "com.tr",
       streets=["İstiklal Caddesi", "Bağdat Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi", "Kıbrıs Şehitleri "
                "Caddesi"], postcode="#####", faker_addr=False),
    _c("DE", "de_DE", "Germany", "Deutschland", ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main",
                                                  "Stuttgart", "Düsseldorf", "Leipzig", "Dresden", "Nürnberg",
                                                  "Bremen", "Hannover", "Freiburg im Breisgau", "Münster"],
       ["web.de", "gmx.de", "t-online.de", "posteo.de", "freenet.de"], "de", faker_phone=True),
    _c("AT", "de_AT", "Austria", "Österreich", ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt"],
       ["gmx.at", "aon.at", "a1.net"], "at", faker_phone=True),
    _c("CH", "de_CH", "Switzerland", "Schweiz", ["Zürich", "Basel", "Bern", "Luzern", "Lausanne", "Genève",
                                                 "St. Gallen", "Lugano"],
       ["bluewin.ch", "gmx.ch", "sunrise.ch"], "ch", faker_phone=True),
    _c("FR", "fr_FR", "France", "France", ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille",
                                           "Strasbourg", "Montpellier", "Rennes", "Grenoble", "Nice"],
       ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr"], "fr", faker_phone=True),
    _c("BE", "nl_BE", "Belgium", "België", ["Antwerpen", "Gent", "Brussel", "Leuven", "Brugge", "Liège", "Namur"],
       ["telenet.be", "skynet.be", "proximus.be"], "be"),
    _c("NL", "nl_NL", "Netherlands", "Nederland", ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven",
                                                   "Groningen", "Tilburg", "Nijmegen", "Haarlem", "Leiden"],
       ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "hetnet.nl"], "nl", faker_phone=True),
    _c("ES", "es_ES", "Spain", "España", ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao",
                                          "Granada", "Alicante", "Valladolid", "A Coruña"],
       ["hotmail.es", "telefonica.net", "yahoo.es", "gmail.com"], "es", faker_phone=True),
    _c("PT", "pt_PT", "Portugal", "Portugal", ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro", "Setúbal"],
       ["sapo.pt", "clix.pt", "gmail.com"], "pt", faker_phone=True),
    _c("IT", "it_IT", "Italy", "Italia", ["Milano", "Roma", "Torino", "Napoli", "Bologna", "Firenze", "Genova",
                                          "Palermo", "Verona", "Bari", "Padova", "Trieste"],
       ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"], "it", faker_phone=True),
    _c("PL", "pl_PL", "Poland", "Polska", ["Warszawa", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin",
                                           "Katowice", "Szczecin"],
       ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "pl", faker_phone=True),
    _c("SE", "sv_SE", "Sweden", "Sverige", ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro",
                                            "Linköping", "Umeå", "Lund"],
       ["telia.com", "bredband.net", "gmail.com", "hotmail.se"], "se", faker_phone=True),
    _c("NO", "no_NO", "Norway", "Norge", ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen"],
       ["online.no", "gmail.com"], "no", faker_phone=True),
    _c("DK", "da_DK", "Denmark", "Danmark", ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg"],
       ["mail.dk", "gmail.com", "jubii.dk"], "dk", faker_phone=True),
    _c("FI", "fi_FI", "Finland", "Suomi", ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä"],
       ["luukku.com", "gmail.com"], "fi", faker_phone=True),
    _c("CZ", "cs_CZ", "Czechia", "Česko", ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"],
       ["seznam.cz", "email.cz", "centrum.cz"], "cz", faker_phone=True),
    _c("RO", "ro_RO", "Romania", "România", ["București", "Cluj-Napoca", "Timișoara", "Iași", "Brașov",
                                              "Constanța"],
       ["yahoo.ro", "gmail.com"], "ro", faker_phone=True),
    _c("GR", None, "Greece", "Ellada", ["Athens", "Thessaloniki", "Patras", "Heraklion", "Larissa"],
       ["otenet.gr", "gmail.com", "yahoo.gr"], "gr",
       names=(["Giorgos", "Nikos", "Kostas", "Dimitris", "Yannis", "Panagiotis"],
              ["Eleni", "Katerina", "Maria", "Sofia", "Despina", "Vasiliki"],
              ["Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Karagiannis", "Vlachos", "Oikonomou"]),
       streets=["Ermou", "Panepistimiou", "Tsimiski", "Leoforos Vasilissis Sofias"], postcode="### ##",
       faker_addr=False),
    _c("UA", None, "Ukraine", "Ukraina", ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro"],
       ["ukr.net", "gmail.com", "i.ua"], "com.ua",
       names=(["Oleksandr", "Bohdan", "Andriy", "Taras", "Serhiy", "Mykola"],
              ["Olena", "Iryna", "Oksana", "Kateryna", "Nataliya", "Yuliia"],
              ["Shevchenko", "Kovalenko", "Melnyk", "Bondarenko", "Tkachenko", "Kravchenko", "Boyko", "Hrytsenko"]),
       streets=["vul. Khreshchatyk", "vul. Volodymyrska", "prosp. Svobody"], postcode="#####", faker_addr=False),
    _c("RU", None, "Russia", "Rossiya", ["Moscow", "Saint Petersburg", "Kazan", "Novosibirsk", "Yekaterinburg"],
       ["yandex.ru", "mail.ru", "rambler.ru"], "ru",
       names=(["Aleksandr", "Sergei", "Mikhail", "Andrei", "Ivan", "Pavel"],
              ["Yekaterina", "Natalya", "Anastasia", "Tatiana", "Yelena", "Irina"],
              ["Volkov", "Smirnov", "Kuznetsov", "Sokolov", "Lebedev", "Morozov", "Novikov", "Fedorov"]),
       streets=["ul. Tverskaya", "Nevsky prospekt", "ul. Arbat", "Leninsky prospekt"], postcode="######",
       faker_addr=False),
    _c("MX", "es_MX", "Mexico", "México", ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Querétaro",
                                           "Mérida", "Tijuana", "León"],
       ["prodigy.net.mx", "hotmail.com", "gmail.com"], "com.mx"),
    _c("AR", "es_AR", "Argentina", "Argentina", ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata",
                                                 "Mar del Plata"],
       ["fibertel.com.ar", "gmail.com", "hotmail.com"], "com.ar", postcode="C####???"),
    _c("CO", "es_CO", "Colombia", "Colombia", ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena",
                                               "Bucaramanga"],
       ["gmail.com", "hotmail.com", "une.net.co"], "com.co", pc_first=False, faker_phone=True),
    _c("CL", "es_CL", "Chile", "Chile", ["Santiago", "Valparaíso", "Concepción", "La Serena", "Antofagasta",
                                         "Temuco"],
       ["gmail.com", "vtr.net"], "cl", faker_phone=True),
    _c("PE", None, "Peru", "Perú", ["Lima", "Arequipa", "Cusco", "Trujillo", "Piura"], ["gmail.com", "hotmail.com"],
       "pe",
       names=(["Luis Alberto", "Jorge", "César", "Renzo", "Diego", "Martín"],
              ["Rosa", "Milagros", "Claudia", "Fiorella", "Karina", "Lucía"],
              ["Quispe", "Huamán", "Mamani", "de la Cruz", "Rojas", "Flores", "Chávez", "del Castillo"]),
       streets=["Av. Larco", "Jr. de la Unión", "Av. Arequipa", "Calle Schell"], postcode="Lima ##",
       faker_addr=False),
    _c("BR", "pt_BR", "Brazil", "Brasil", ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Porto Alegre",
                                           "Curitiba", "Salvador", "Recife", "Fortaleza", "Campinas",
                                           "Florianópolis", "Manaus"],
       ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "hotmail.com"], "com.br", pc_first=False,
       faker_phone=True),
    _c("JP", "ja_JP", "Japan", "日本", ["Tokyo", "Osaka", "Yokohama", "Nagoya", "Sapporo", "Fukuoka", "Kyoto",
                                       "Kobe", "Sendai"],
       ["yahoo.co.jp", "docomo.ne.jp", "nifty.com", "gmail.com", "ezweb.ne.jp"], "co.jp",
       streets=["#-##-# Jingumae, Shibuya-ku", "#-#-## Ginza, Chuo-ku", "#-##-## Umeda, Kita-ku",
                "#-#-# Sakae, Naka-ku", "##-# Tenjin, Chuo-ku"], postcode="###-####", pc_first=False,
       faker_addr=False, faker_phone=True),
    _c("CN", "zh_CN", "China", "中国", ["Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu",
                                       "Wuhan", "Nanjing", "Suzhou", "Xi'an"],
       ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"], "cn",
       streets=["### Nanjing West Road, Jing'an District", "## Jianguo Road, Chaoyang District",
                "### Shennan Avenue, Futian District", "## Wensan Road, Xihu District"], postcode="######",
       pc_first=False, faker_addr=False, faker_phone=True),
    _c("TW", None, "Taiwan", "Taiwan", ["Taipei", "Kaohsiung", "Taichung", "Tainan", "Hsinchu"],
       ["gmail.com", "yahoo.com.tw", "hinet.net"], "com.tw",
       names=(["Chih-Hao", "Tsung-Han", "Wen-Hsiung", "Yu-Cheng", "Chien-Ming", "Po-Yen"],
              ["Chia-Hui", "Yu-Ting", "Shu-Fen", "Hsin-Yi", "Mei-Ling", "Pei-Shan"],
              ["Lin", "Huang", "Chang", "Lee", "Tsai", "Hsu", "Cheng", "Hsieh", "Kuo", "Chen"]),
       streets=["No. ###, Sec. 4, Zhongxiao E. Rd., Da'an Dist.", "No. ##, Ln. ##, Minsheng Rd., West Dist."],
       postcode="###", pc_first=False, faker_addr=False, family_first=False),
    _c("HK", None, "Hong Kong", "Hong Kong", ["Hong Kong", "Kowloon", "Sha Tin", "Tsuen Wan"],
       ["netvigator.com", "gmail.com", "yahoo.com.hk"], "com.hk",
       names=(["Ka-Wai", "Chun-Kit", "Wing-Hong", "Ho-Yin", "Man-Lok"], ["Mei-Yee", "Wing-Sze", "Hoi-Ying",
                                                                         "Ka-Yan", "Pui-Shan"],
              ["Chan", "Wong", "Leung", "Cheung", "Lau", "Ng", "Ho", "Yeung", "Tsang"]),
       streets=["### Nathan Road, Tsim Sha Tsui", "## Queen's Road Central", "## Hennessy Road, Wan Chai"],
       postcode=None, faker_addr=False),
    _c("KR", None, "South Korea", "Hanguk", ["Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju", "Suwon"],
       ["naver.com", "daum.net", "hanmail.net", "gmail.com"], "co.kr",
       names=(["Min-jun", "Ji-ho", "Do-hyun", "Jae-won", "Hyun-woo", "Seung-min"],
              ["Seo-yeon", "Ha-eun", "Su-bin", "Ye-jin", "Eun-ji", "Ji-woo"],
              ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]),
       streets=["### Teheran-ro, Gangnam-gu", "## Sejong-daero, Jung-gu", "### Haeundae-ro, Haeundae-gu"],
       postcode="#####", pc_first=False, faker_addr=False),
    _c("SG", None, "Singapore", "Singapore", ["Singapore"], ["singnet.com.sg", "gmail.com", "yahoo.com.sg"], "com.sg",
       names=(["Wei Jie", "Jun Hao", "Muhammad Hafiz", "Arjun", "Zhi Xuan", "Darren"],
              ["Hui Min", "Siti Nurhaliza", "Priya", "Jia Hui", "Shu Ting", "Nur Aisyah"],
              ["Tan", "Lim", "Ng", "Goh", "bin Ismail", "Pillai", "Teo", "Koh", "binte Rahman"]),
       streets=["### Orchard Road", "## Tanjong Pagar Road", "Blk ### Ang Mo Kio Avenue 3, #08-##"],
       postcode="######", pc_first=False, faker_addr=False),
    _c("MY", None, "Malaysia", "Malaysia", ["Kuala Lumpur", "Penang", "Johor Bahru", "Kota Kinabalu", "Ipoh"],
       ["gmail.com", "yahoo.com", "tm.net.my"], "com.my",
       names=(["Ahmad Faizal", "Mohd Hafiz", "Kumar", "Wei Liang", "Azlan"],
              ["Nurul Izzah", "Siti Aminah", "Mei Ling", "Kavitha", "Farah"],
              ["bin Abdullah", "binti Hassan", "bin Othman", "Raj", "Chong", "Lim", "binti Yusof"]),
       streets=["## Jalan Bukit Bintang", "## Jalan Ampang", "### Lebuh Chulia"], postcode="#####",
       faker_addr=False),
    _c("ID", "id_ID", "Indonesia", "Indonesia", ["Jakarta", "Surabaya", "Bandung", "Medan", "Yogyakarta",
                                                 "Denpasar", "Semarang"],
       ["yahoo.co.id", "gmail.com"], "co.id", pc_first=False),
    _c("PH", "en_PH", "Philippines", "Pilipinas", ["Manila", "Quezon City", "Cebu City", "Davao City", "Makati",
                                                   "Pasig"],
       ["yahoo.com", "gmail.com"], "com.ph",
       names=(["Jose Miguel", "Mark Anthony", "Rodel", "Paolo", "Carlo", "Jerome"],
              ["Maricel", "Kristine", "Angelica", "Jenny Rose", "Marites", "Bea"],
              ["dela Cruz", "Santos", "Reyes", "Bautista", "de los Santos", "Villanueva", "Mendoza", "Aquino"]),
       streets=["Ayala Avenue", "Paseo de Roxas", "Osmeña Boulevard", "Katipunan Avenue"], postcode="####",
       pc_first=False, faker_addr=False),
    _c("VN", None, "Vietnam", "Việt Nam", ["Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"],
       ["gmail.com", "yahoo.com.vn"], "vn",
       names=(["Văn An", "Minh Tuấn", "Hoàng Long", "Quốc Bảo", "Đức Anh"],
              ["Thị Mai", "Thu Trang", "Thanh Hà", "Ngọc Lan", "Phương Linh"],
              ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"]),
       streets=["## Đường Lê Lợi, Quận 1", "## Phố Huế, Hai Bà Trưng", "### Nguyễn Văn Linh"], postcode=None,
       faker_addr=False, family_first=True),
    _c("TH", None, "Thailand", "Thailand", ["Bangkok", "Chiang Mai", "Phuket", "Khon Kaen", "Pattaya"],
       ["hotmail.com", "gmail.com"], "co.th",
       names=(["Somchai", "Anan", "Kittisak", "Thanawat", "Prasert"], ["Siriporn", "Nattaya", "Kanokwan", "Ploy",
                                                                       "Suda"],
              ["Srisuk", "Wongsakul", "Chaiyaporn", "Rattanakorn", "Sukhumvit", "Boonmee", "Thongchai"]),
       streets=["## Sukhumvit Soi 11", "### Silom Road", "## Nimmanhaemin Road"], postcode="#####",
       pc_first=False, faker_addr=False),
    _c("HU", "hu_HU", "Hungary", "Magyarország", ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"],
       ["freemail.hu", "citromail.hu", "gmail.com"], "hu", family_first=True),
]
CULTURE = {c.code: c for c in CULTURES}

# Which cultures write / are written about in templates of each language.
LANG_CULTURES: dict[str, list[str]] = {
    "en": [c.code for c in CULTURES],
    "de": ["DE", "DE", "AT", "CH", "DE", "TR", "PL"],
    "fr": ["FR", "FR", "BE", "CH", "SN", "MA", "FR"],
    "es": ["ES", "MX", "AR", "CO", "CL", "PE", "ES"],
    "it": ["IT", "IT", "CH"],
    "nl": ["NL", "NL", "BE"],
    "pt": ["BR", "BR", "PT"],
    "pl": ["PL"],
    "sv": ["SE", "SE", "FI"],
    "tr": ["TR"],
    "ja": ["JP"],
    "zh": ["CN"],
    "da": ["DK"],
    "no": ["NO"],
    # used by test2 only
    "fi": ["FI"],
    "cs": ["CZ"],
    "ro": ["RO"],
    "hu": ["HU"],
    "id": ["ID"],
    # used by test3 only (ar: Arabic written in Latin letters, hi: Hindi written in Latin letters)
    "ko": ["KR"],
    "ar": ["EG", "SA", "AE", "MA", "LB", "EG"],
    "hi": ["IN"],
    # used by test5 only (vi: Vietnamese, tl: Filipino/Taglish, sw: Swahili/Sheng)
    "vi": ["VN"],
    "tl": ["PH"],
    "sw": ["KE"],
    # used by tune5 only (templates give their own pools: sk Slovak, hr Croatian/Serbian, et Estonian, lt Lithuanian)
    "sk": ["CZ"],
    "hr": ["HU", "AT"],
    "et": ["FI"],
    "lt": ["PL"],
}

# Context words for phone numbers, per template language («PL» slot).
PHONE_WORDS: dict[str, list[str]] = {
    "en": ["phone", "Phone:", "tel.", "Tel:", "mobile", "Mobile:", "cell", "cell:", "WhatsApp", "fax", "Fax:",
           "landline", "call me on", "direct line", "ph."],
    "de": ["Telefon", "Tel.", "Tel.:", "Handy", "Mobil:", "Festnetz", "Fax", "Telefonnummer", "Rufnummer"],
    "fr": ["téléphone", "Tél.", "tél :", "portable", "mobile", "fixe", "Fax :", "numéro"],
    "es": ["teléfono", "Tel.", "móvil", "celular", "Cel.", "fijo", "WhatsApp", "número"],
    "it": ["telefono", "Tel.", "cellulare", "cell.", "fisso", "numero"],
    "nl": ["telefoon", "tel.", "mobiel", "Mob.", "telefoonnummer", "vast"],
    "pt": ["telefone", "Tel.", "celular", "Cel.", "telemóvel", "WhatsApp", "fixo"],
    "pl": ["telefon", "tel.", "tel. kom.", "komórka", "nr tel."],
    "sv": ["telefon", "tfn", "mobil", "mobilnummer", "tel."],
    "tr": ["telefon", "Tel:", "cep", "GSM", "cep telefonu"],
    "ja": ["電話", "TEL", "携帯", "電話番号"],
    "zh": ["电话", "手机", "联系电话", "Tel"],
    "da": ["telefon", "tlf.", "mobil"],
    "no": ["telefon", "tlf.", "mobil"],
    "fi": ["puhelin", "puh.", "matkapuhelin", "GSM"],
    "cs": ["telefon", "tel.", "mobil", "tel. č."],
    "ro": ["telefon", "tel.", "mobil", "nr. de telefon"],
    "hu": ["telefon", "tel.", "mobil", "telefonszám"],
    "id": ["telepon", "telp.", "HP", "no. HP", "WA"],
    "ko": ["전화", "휴대폰", "연락처", "핸드폰", "전화번호"],
    "ar": ["raqam", "raqmi", "rakamy", "el rakam", "mobile", "jawwal", "whatsapp"],
    "hi": ["number", "mobile no.", "mob.", "phone no.", "WhatsApp", "contact no."],
}
TITLES: dict[str, tuple[list[str], list[str], str]] = {
    # (male, female, position)
    "en": (["Mr", "Mr.", "Dr"], ["Ms", "Mrs.", "Dr", "Ms."], "pre"),
    "de": (["Herr", "Herrn", "Hr."], ["Frau", "Fr."], "pre"),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"], "pre"),
    "es": (["Sr.", "Sr."], ["Sra.", "Sra."], "pre"),
    "it": (["Sig.", "Dott."], ["Sig.ra", "Dott.ssa"], "pre"),
    "nl": (["dhr.", "meneer"], ["mevr.", "mevrouw"], "pre"),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra."], "pre"),
    "pl": (["Pan", "p."], ["Pani", "p."], "pre"),
    "sv": ([""], [""], "pre"),
    "tr": (["Bey"], ["Hanım"], "post_first"),
    "ja": (["様", "さん"], ["様", "さん"], "post"),
    "zh": (["先生"], ["女士"], "post"),
    "da": ([""], [""], "pre"),
    "no": ([""], [""], "pre"),
    "fi": ([""], [""], "pre"),
    "cs": (["pan"], ["paní"], "pre"),
    "ro": (["dl.", "domnul"], ["dna", "doamna"], "pre"),
    "hu": ([" úr"], [" asszony"], "post"),
    "id": (["Bapak", "Pak"], ["Ibu", "Bu"], "pre"),
    "hi": ([" ji", " sir"], [" ji", " madam"], "post"),
}

NATIVE_CITIES = {"JP": ["東京", "大阪", "横浜", "名古屋", "札幌", "福岡", "京都", "神戸", "仙台"],
                 "CN": ["上海", "北京", "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "西安"],
                 # test3 only (ko templates)
                 "KR": ["서울", "부산", "인천", "대구", "대전", "광주", "수원", "울산", "제주", "창원"]}
NATIVE_LOCALES = {"KR": "ko_KR"}   # Faker locale for native-script addresses of cultures without one

# Korean names for ko templates (test3): Hangul from Faker ko_KR, romanised for e-mail addresses
# (customary surname spellings, else Revised Romanization syllable by syllable).
KO_SURNAMES = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
               "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
               "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon", "홍": "Hong",
               "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo",
               "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh", "하": "Ha", "곽": "Kwak", "성": "Sung",
               "차": "Cha", "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "진": "Jin", "지": "Ji"}
_KO_INI = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_KO_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
           "yu", "eu", "ui", "i"]
_KO_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t"]


def ko_roman(hangul: str) -> str:
    out = []
    for ch in hangul:
        c = ord(ch) - 0xAC00
        if not 0 <= c < 11172:
            out.append(ch)
            continue
        out.append(_KO_INI[c // 588] + _KO_MED[c % 588 // 28] + _KO_FIN[c % 28])
    return "".join(out)


# Native-script names for ja / zh templates: (script, romanised).
ZH_LAST = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
           ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
           ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("高", "Gao"), ("罗", "Luo")]
ZH_FIRST_M = [("伟", "Wei"), ("磊", "Lei"), ("军", "Jun"), ("浩", "Hao"), ("建国", "Jianguo"), ("明轩", "Mingxuan"),
              ("思远", "Siyuan"), ("志强", "Zhiqiang"), ("俊杰", "Junjie"), ("宇航", "Yuhang")]
ZH_FIRST_F = [("芳", "Fang"), ("秀英", "Xiuying"), ("静", "Jing"), ("欣怡", "Xinyi"), ("子涵", "Zihan"), ("雨婷", "Yuting"),
              ("佳怡", "Jiayi"), ("晓燕", "Xiaoyan"), ("丽娟", "Lijuan"), ("梦瑶", "Mengyao")]


# ----------------------------------------------------------------------------------------------
# Checksums and validators
# ----------------------------------------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


IBAN_SPEC: dict[str, str] = {
    # country: BBAN layout (n digits, a upper letters, c alphanumerics), lengths per the IBAN registry
    "DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n", "BE": "12n", "NL": "4a10n", "ES": "20n",
    "PT": "21n", "IT": "1a10n12c", "GB": "4a14n", "IE": "4a14n", "PL": "24n", "SE": "20n", "NO": "11n",
    "DK": "14n", "FI": "14n", "CZ": "20n", "RO": "4a16c", "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c",
    "AE": "3n16n", "IL": "19n", "LB": "4n20c", "BR": "23n1a1c", "LU": "3n13c", "HU": "24n", "SK": "20n",
    "SI": "15n", "HR": "17n", "BG": "4a6n8c", "LT": "16n", "LV": "4a13c", "EE": "16n", "IS": "22n",
    "QA": "4a21c", "KW": "4a22c", "EG": "25n", "UA": "6n19c", "PK": "4a16c", "MT": "4a5n18c", "CY": "8n16c",
    "JO": "4a4n18c", "TN": "20n", "MC": "10n11c2n",
}


def _bban_len(spec: str) -> int:
    return sum(int(n) for n, _ in re.findall(r"(\d+)([nac])", spec))


IBAN_LEN = {cc: 4 + _bban_len(spec) for cc, spec in IBAN_SPEC.items()}


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban_with_check(cc: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return f"{cc}{98 - int(numeric) % 97:02d}{bban}"


def ssn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("ə", "e").replace("œ", "oe")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and ord(ch) < 128)


# ----------------------------------------------------------------------------------------------
# Split-level generator: Faker instances, balancers, value generators
# ----------------------------------------------------------------------------------------------

class Balancer:
    """Picks the least-used item among the allowed ones (random tie-break): even coverage."""

    def __init__(self, rng: random.Random, items: list[str]):
        self.rng = rng
        self.count: Counter[str] = Counter({i: 0 for i in items})

    def pick(self, allowed: list[str] | None = None) -> str:
        cand = list(dict.fromkeys(allowed)) if allowed else list(self.count)
        low = min(self.count[c] for c in cand)
        best = [c for c in cand if self.count[c] == low]
        choice = self.rng.choice(best)
        self.count[choice] += 1
        return choice


CARD_NETWORKS: dict[str, list[tuple[list[str], list[int]]]] = {
    # network: [(prefixes, lengths)]
    "visa": [(["4"], [13, 16, 16, 16, 19])],
    "mastercard": [([str(p) for p in range(51, 56)], [16]), ([str(p) for p in range(2221, 2721, 37)], [16])],
    "amex": [(["34", "37"], [15])],
    "discover": [(["6011", "644", "645", "646", "647", "648", "649", "65"], [16, 16, 19])],
    "jcb": [([str(p) for p in range(3528, 3590, 7)], [16, 16, 19])],
    "jcb15": [(["1800", "2131"], [15])],
    "diners": [(["300", "301", "302", "303", "304", "305", "36", "38", "39"], [14])],
    "maestro": [(["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763"],
                 [12, 13, 15, 16, 17, 18, 19])],
    "unionpay": [(["62"], [16, 17, 18, 19])],
    "mir": [(["2200", "2201", "2202", "2203", "2204"], [16])],
}
FAKER_CARD_TYPES = {"visa": ["visa13", "visa16", "visa19"], "mastercard": ["mastercard"], "amex": ["amex"],
                    "discover": ["discover"], "jcb": ["jcb16"], "jcb15": ["jcb15"], "diners": ["diners"],
                    "maestro": ["maestro"]}


def card_network_ok(network: str, digits: str) -> bool:
    # networks only test4 uses (RuPay, Elo, Troy, ...) stay out of CARD_NETWORKS, whose Balancer other splits draw from
    for prefixes, lengths in CARD_NETWORKS.get(network) or templates_test4.EXTRA_CARD_NETWORKS[network]:
        if any(digits.startswith(p) for p in prefixes) and len(digits) in lengths:
            return True
    if network == "mastercard":
        return len(digits) == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720)
    if network == "jcb":
        return 3528 <= int(digits[:4]) <= 3589 and 16 <= len(digits) <= 19
    return False


PHONE_STYLES = ["NATIONAL", "INTERNATIONAL", "E164", "variant", "variant", "faker", "signature"]
# How people in some countries commonly write numbers (digits of the national significant number).
SIGNATURE_FORMATS: dict[str, tuple[str, Callable[[str], str]]] = {
    "NL": ("mobile", lambda n: f"06-{n[1:]}"),
    "ES": ("mobile", lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"),
    "LB": ("mobile81", lambda n: f"{n[:2]} {n[2:5]} {n[5:]}"),
    "PK": ("mobile", lambda n: f"0{n[:3]} {n[3:]}"),
    "AU": ("landline", lambda n: f"(0{n[0]}) {n[1:5]} {n[5:]}"),
    "US": ("any", lambda n: f"({n[:3]}) {n[3:6]}-{n[6:]}"),
    "IN": ("mobile", lambda n: f"{n[:5]} {n[5:]}"),
    "DE": ("mobile", lambda n: f"0{n[:3]}/{n[3:]}"),
    "FR": ("mobile", lambda n: "0" + n[0] + "." + ".".join(n[i:i + 2] for i in range(1, 9, 2))),
    "IT": ("mobile", lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"),
    "BR": ("mobile", lambda n: f"({n[:2]}) {n[2:7]}-{n[7:]}"),
    "NO": ("mobile", lambda n: f"{n[:3]} {n[3:5]} {n[5:]}"),
    "SG": ("mobile", lambda n: f"{n[:4]} {n[4:]}"),
    "IL": ("mobile", lambda n: f"0{n[:2]}-{n[2:5]}-{n[5:]}"),
    "GB": ("mobile", lambda n: f"0{n[:4]} {n[4:]}"),
    "MX": ("any", lambda n: f"{n[:2]} {n[2:6]} {n[6:]}"),
    "CH": ("mobile", lambda n: f"0{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"),
    "TR": ("mobile", lambda n: f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"),
}


class Gen:
    """Everything random for one split."""

    def __init__(self, split: str, seed: int):
        self.split = split
        self.seed = seed
        self.rng = random.Random(seed)
        self.parity = 0 if split in ("tune", "tune3", "tune4", "tune5") else 1
        self.fakers: dict[str, Faker] = {}
        self.cultures = Balancer(self.rng, [c.code for c in CULTURES])
        self.networks = Balancer(self.rng, list(CARD_NETWORKS))
        self.ibans = Balancer(self.rng, list(IBAN_SPEC))
        self.phone_styles = Balancer(self.rng, PHONE_STYLES)
        self.secret_formats = Balancer(self.rng, list(SECRET_FORMATS))
        self.neg_kinds: Counter[str] = Counter()

    # -- basics --
    def half(self, items: list[Any]) -> list[Any]:
        """The split's half of a curated list (tune: even positions, test: odd), so that cities, streets and
        hand-written names of the two splits are disjoint; lists shorter than 4 are shared."""
        return items[self.parity::2] if len(items) >= 4 else items

    def fk(self, loc: str) -> Faker:
        if loc not in self.fakers:
            f = Faker(loc)
            f.seed_instance(zlib.crc32(f"{self.seed}:{loc}".encode()))
            self.fakers[loc] = f
        return self.fakers[loc]

    def rs(self, n: int, alphabet: str) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        s = self.rs(n, DIG)
        return (self.rng.choice("123456789") + s[1:]) if first_nonzero and n else s

    def pat(self, pattern: str) -> str:
        """'#' digit, '?' upper letter, anything else literal."""
        return "".join(self.rng.choice(DIG) if ch == "#" else self.rng.choice(UP) if ch == "?" else ch
                       for ch in pattern)

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    # -- people --
    def person(self, culture: Culture, lang: str) -> Person:
        r = self.rng
        female = r.random() < 0.5
        native_first = native_last = None
        if culture.code == "JP":
            f = self.fk("ja_JP")
            fp = f.first_name_female_pair() if female else f.first_name_male_pair()
            lp = f.last_name_pair()
            first, last = fp[2], lp[2]
            native_first, native_last = fp[0], lp[0]
        elif culture.code == "CN":
            fz = r.choice(self.half(ZH_FIRST_F if female else ZH_FIRST_M))
            lz = r.choice(self.half(ZH_LAST))
            first, last = fz[1], lz[1]
            native_first, native_last = fz[0], lz[0]
        elif culture.code == "KR" and lang == "ko":   # test3: Hangul names
            f = self.fk("ko_KR")
            native_first = f.first_name_female() if female else f.first_name_male()
            native_last = f.last_name()
            first = "-".join(ko_roman(s) for s in native_first).capitalize()
            last = KO_SURNAMES.get(native_last) or ko_roman(native_last).capitalize()
        elif culture.names:
            males, females, lasts = (self.half(x) for x in culture.names)
            first, last = r.choice(females if female else males), r.choice(lasts)
            if culture.code in ("SA", "AE", "MY", "SG") and last.startswith(("bin", "binti", "binte")):
                # bin/binti + father's given name
                father = r.choice(males).split(" ")[0]
                last = {"SA": "bin ", "AE": "bin ", "MY": "binti " if female else "bin ",
                        "SG": "binte " if female else "bin "}[culture.code] + father
        else:
            f = self.fk(culture.loc or "en_US")
            first = (f.first_name_female() if female else f.first_name_male()).strip()   # es_AR has "Uma "
            # test2: gendered surnames where the locale has them (Nováková, Kowalska)
            gendered = f.last_name_female if female else f.last_name_male
            last = gendered() if self.split in ("test2", "test3", "tune3", "test4", "test5", "tune4", "tune5") else f.last_name()
            if culture.code == "ES" and r.random() < 0.4:
                last = f"{last} {f.last_name()}"
            elif culture.code in ("MX", "CO", "ES", "AR") and r.random() < 0.12:
                last = r.choice(["de la Cruz", "del Valle", "de los Santos", "de la Fuente", "del Río"])
            elif culture.code == "DE" and r.random() < 0.1:
                last = r.choice(["von ", "von der ", "zu "]) + last
            elif culture.code == "NL" and r.random() < 0.2:
                last = r.choice(["van der Berg", "van den Broek", "de Vries", "van Dijk", "ter Horst",
                                 "van 't Hof", "de Jong"])
            elif culture.code == "FR" and r.random() < 0.1:
                last = r.choice(["de La Fontaine", "Le Goff", "d'Arcy", "de Villiers", "Le Gall"])
            elif culture.code == "IE" and r.random() < 0.3:
                last = r.choice(["O'Sullivan", "Mac Giolla Phádraig", "Ní Bhriain", "Ó Briain", "McCarthy",
                                 "O'Donoghue"])
            if culture.code == "ZA" and r.random() < 0.3:
                last = r.choice(["van der Merwe", "du Plessis", "Botha", "le Roux", "van Wyk"])
        if female and culture.code == "RU" and last.endswith(("ov", "ev", "in")):
            last += "a"
        use_native = native_first is not None and lang in ("ja", "zh", "ko")
        return Person(self, culture, lang, first, last, female, native_first if use_native else None,
                      native_last if use_native else None)

    def city(self, culture: Culture, native: bool = False) -> str:
        if native and culture.code in NATIVE_CITIES:
            return self.rng.choice(self.half(NATIVE_CITIES[culture.code]))
        return self.rng.choice(self.half(culture.cities))

    def street(self, culture: Culture) -> str:
        if culture.faker_addr and culture.loc:
            return re.sub(r"\s+", " ", self.fk(culture.loc).street_address()).strip()
        s = self.rng.choice(self.half(culture.streets or ["Main Street"]))
        if "#" in s:
            return self.pat(s)
        num = str(self.rng.randint(1, 240))
        if culture.code in ("GB", "US", "AU", "NZ", "IE", "CA", "NG", "KE", "GH", "ZA", "ET", "EG", "SA", "AE",
                            "PH", "IL", "LB"):
            return f"{num} {s}"
        if culture.code in ("SN", "MA"):
            return f"{num}, {s}"
        return f"{s} {num}"

    def postcode(self, culture: Culture) -> str | None:
        if culture.postcode is None:
            return None
        if culture.postcode == "faker" and culture.loc:
            return self.fk(culture.loc).postcode()
        return self.pat(culture.postcode)

    def address(self, culture: Culture, multiline: bool = False, country: bool | None = None,
                native: bool = False) -> str:
        if native and culture.code in NATIVE_CITIES:
            return self.fk(culture.loc or NATIVE_LOCALES.get(culture.code, "ja_JP")).address().replace("\n", " ")
        street, city, pc = self.street(culture), self.city(culture), self.postcode(culture)
        loc = city if pc is None else (f"{pc} {city}" if culture.pc_first else f"{city} {pc}")
        if culture.code in ("US", "CA", "AU") and pc:
            state = self.fk(culture.loc or "en_US").state_abbr() if culture.code != "CA" else \
                self.fk("en_CA").province_abbr()
            loc = f"{city}, {state} {pc}"
        if country is None:
            country = self.rng.random() < 0.3
        parts = [street, loc] + ([culture.country if self.rng.random() < 0.6 else culture.native] if country else [])
        return ("\n" if multiline else ", ").join(parts)

    def company(self, culture: Culture) -> str:
        if culture.loc and culture.code not in ("JP", "TR", "NG", "ZA", "GH", "KE", "PH"):
            return self.fk(culture.loc).company()
        base = self.rng.choice(["Horizon", "Sunrise", "Atlas", "Crescent", "Baobab", "Lotus", "Meridian", "Summit",
                                "Harbor", "Kestrel", "Zenith", "Oasis", "Nile", "Sahel", "Sakura", "Pacific"])
        kind = self.rng.choice(["Logistics", "Trading", "Foods", "Holdings", "Technologies", "Textiles", "Pharma",
                                "Energy", "Partners", "Motors"])
        suffix = {"JP": "K.K.", "NG": "Ltd", "ZA": "(Pty) Ltd", "KE": "Ltd", "GH": "Ltd", "IN": "Pvt Ltd",
                  "SA": "Co.", "AE": "LLC", "EG": "S.A.E.", "TR": "A.Ş.", "MY": "Sdn Bhd", "SG": "Pte Ltd",
                  "ID": "PT", "PH": "Inc.", "HK": "Limited", "KR": "Co., Ltd.", "CN": "Co., Ltd.",
                  "TW": "Co., Ltd.", "VN": "JSC", "TH": "Co., Ltd."}.get(culture.code, "Ltd")
        return f"{suffix} {base} {kind}" if suffix == "PT" else f"{base} {kind} {suffix}"

    def domain_for(self, company: str, culture: Culture) -> str:
        words = re.findall(r"[a-z0-9]+", ascii_fold(company).lower())
        stop = {"gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "ltd", "inc", "llc", "bv", "nv", "ab", "as",
                "oy", "sp", "zoo", "s", "a", "e", "und", "and", "et", "y", "co", "pty", "pvt", "kk", "the", "di",
                "de", "van", "der", "cv", "hb", "kb", "asa", "fils", "cie", "figli", "c", "v", "sl", "ltda", "me",
                "limited", "sdn", "bhd", "pte", "jsc", "plc", "ohg", "mbh", "sk", "sro", "sae", "pt",
                "group", "groep", "k", "o"}
        words = [w for w in words if w not in stop and len(w) > 1] or ["mail"]
        name = self.rng.choice(["-".join(words[:2]), "".join(words[:2]), words[0]])
        tld = self.rng.choice([culture.tld, culture.tld, "com", "io", "net", "eu" if culture.code in
                               ("DE", "FR", "NL", "BE", "AT", "IT", "ES", "PL", "SE") else "com"])
        sub = self.rng.choice(["", "", "", "mail.", "eu.", "corp.", "team.", "ops.", "support.", "billing."])
        return f"{sub}{name}.{tld}"

    def email(self, first: str, last: str, culture: Culture, domain: str | None = None) -> str:
        r = self.rng
        f = re.sub(r"[^a-z0-9]", "", ascii_fold(first).lower()) or "info"
        ln = re.sub(r"[^a-z0-9]", "", ascii_fold(last).lower()) or "mail"
        style = r.randint(0, 11)
        local = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln}", f"{f}_{ln}", f"{ln}.{f}", f"{f}{r.randint(1, 99)}",
                 f"{f}.{ln}{r.randint(70, 99)}", f"{f[0]}{ln}", f"{f}-{ln}", f"{ln}{f[0]}{r.randint(1, 9)}",
                 f"{f}.{ln}", f"{f}"][style]
        if r.random() < 0.12:
            local += "+" + r.choice(["invoices", "shop", "news", "work", "travel", "bank", "amazon", "tickets",
                                     "orders", "2024"])
        if domain is None:
            domain = r.choice(culture.mail + GENERIC_MAIL[:4]) if r.random() < 0.85 else r.choice(GENERIC_MAIL)
        return f"{local}@{domain}"

    def role_email(self, domain: str) -> str:
        return f"{self.rng.choice(['billing', 'support', 'info', 'orders', 'accounts', 'hr', 'sales', 'helpdesk', 'kontakt', 'contact', 'reservas', 'noreply-reply', 'payroll'])}@{domain}"

    # -- phones --
    def _random_number(self, region: str, ntype: int) -> pn.PhoneNumber | None:
        ex = pn.example_number_for_type(region, ntype)
        if ex is None:
            return None
        nsn = pn.national_significant_number(ex)
        cc = ex.country_code
        for _ in range(400):
            keep = self.rng.randint(1, min(3, len(nsn) - 4))
            cand = nsn[:keep] + self.rs(len(nsn) - keep, DIG)
            try:
                num = pn.parse(f"+{cc}{cand}")
            except pn.NumberParseException:
                continue
            if (pn.is_valid_number(num) and pn.region_code_for_number(num) == region
                    and pn.number_type(num) in (ntype, PNT.FIXED_LINE_OR_MOBILE)):
                if len(set(cand)) < 4:
                    continue
                return num
        return None

    def phone(self, region: str, want: str = "any", style: str | None = None, ext: bool = False,
              culture: Culture | None = None) -> tuple[str, dict[str, Any]]:
        r = self.rng
        types = {"mobile": [PNT.MOBILE], "landline": [PNT.FIXED_LINE], "any": [PNT.MOBILE, PNT.FIXED_LINE]}[want]
        style = style or self.phone_styles.pick()
        if ext:
            style = r.choice(["NATIONAL", "INTERNATIONAL"])
            types = [PNT.FIXED_LINE]
        if style == "signature":
            out = self._signature(region)
            if out:
                return out, {"region": region, "format": "signature"}
            style = "NATIONAL"
        if style == "faker":
            if culture and culture.loc and culture.faker_phone and not ext:
                f = self.fk(culture.loc)
                for _ in range(30):
                    txt = f.phone_number()
                    try:
                        num = pn.parse(txt, region)
                    except pn.NumberParseException:
                        continue
                    if pn.is_valid_number(num) and pn.region_code_for_number(num) == region and not num.extension:
                        return txt, {"region": region, "format": "faker"}
            style = "variant"
        num = None
        for t in r.sample(types, len(types)):
            num = self._random_number(region, t)
            if num:
                break
        assert num is not None, region
        nat = pn.format_number(num, PNF.NATIONAL)
        intl = pn.format_number(num, PNF.INTERNATIONAL)
        e164 = pn.format_number(num, PNF.E164)
        if style == "NATIONAL":
            text = nat
        elif style == "INTERNATIONAL":
            text = intl
        elif style == "E164":
            text = e164
        else:
            options = self._phone_variants(num, region, nat, intl)
            text = r.choice(options) if options else nat
            style = "variant" if options else "NATIONAL"
        if ext:
            text += r.choice([" ext. ", " ext ", " x", " x", " extension ", " ext: "]) + str(r.randint(2, 4999))
        meta = {"region": region, "format": style}
        return text, meta

    def _signature(self, region: str) -> str | None:
        if region not in SIGNATURE_FORMATS:
            return None
        want, fmt = SIGNATURE_FORMATS[region]
        for _ in range(50):
            if want == "mobile81":
                num = pn.parse("+961" + "81" + self.rs(6, DIG))
                if not pn.is_valid_number(num):
                    continue
            else:
                t = {"mobile": PNT.MOBILE, "landline": PNT.FIXED_LINE}.get(want, self.rng.choice([PNT.MOBILE,
                                                                                                   PNT.FIXED_LINE]))
                num = self._random_number(region, t)
                if num is None:
                    return None
            text = fmt(pn.national_significant_number(num))
            try:
                back = pn.parse(text, region)
            except pn.NumberParseException:
                continue
            if back.national_number == num.national_number and pn.is_valid_number(back):
                return text
        return None

    def _phone_variants(self, num: pn.PhoneNumber, region: str, nat: str, intl: str) -> list[str]:
        cc = num.country_code
        nsn = pn.national_significant_number(num)
        cands = [nat.replace(" ", "-"), re.sub(r"[^\d+]", "", nat), intl.replace(" ", "-"), "00" + intl[1:],
                 nat.replace(" ", "."), intl.replace("-", " ")]
        if nat.startswith("0"):
            cands.append(f"+{cc} (0){nat[1:]}")
            cands.append(f"+{cc} {nat[1:]}")
        if region == "NL" and nsn.startswith("6"):
            cands += [f"06-{nsn[1:]}", f"06 {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"]
        if region == "ES":
            cands += [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"+34 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        if region == "DE":
            parts = nat.split(" ", 1)
            if len(parts) == 2:
                cands += [f"{parts[0]}/{parts[1].replace(' ', '')}", f"({parts[0]}) {parts[1]}",
                          f"{parts[0]} / {parts[1]}"]
        if region in ("US", "CA"):
            a, b, c = nsn[:3], nsn[3:6], nsn[6:]
            cands += [f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"({a}){b}-{c}"]
        if region == "GB":
            cands.append(f"+44 (0){nat[1:]}")
        if region == "FR":
            cands.append(nat.replace(" ", "."))
        if region == "IN":
            cands += [f"+91-{nsn[:5]}-{nsn[5:]}", f"{nsn[:5]} {nsn[5:]}", f"0{nsn}"]
        if region == "BR":
            cands += [f"({nsn[:2]}) {nsn[2:-4]}-{nsn[-4:]}", f"{nsn[:2]} {nsn[2:-4]} {nsn[-4:]}",
                      f"+55 ({nsn[:2]}) {nsn[2:-4]}-{nsn[-4:]}"]
        if region == "CN" and len(nsn) == 11 and nsn.startswith("1"):
            cands += [nsn, f"{nsn[:3]}-{nsn[3:7]}-{nsn[7:]}", f"+86-{nsn[:3]}-{nsn[3:7]}-{nsn[7:]}"]
        if region == "AU" and nsn.startswith("4"):
            cands += [f"04{nsn[1:3]} {nsn[3:6]} {nsn[6:]}", f"+61 4{nsn[1:3]} {nsn[3:6]} {nsn[6:]}"]
        if region == "PK" and nsn.startswith("3"):
            cands += [f"0{nsn[:3]}-{nsn[3:]}", f"0{nsn[:3]} {nsn[3:]}"]
        if region == "LB":
            cands.append(f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}")
        if region == "IT":
            cands.append(f"+39 {nsn}")
        if region == "JP":
            cands.append(nat.replace("-", " "))
        out = []
        for c in cands:
            try:
                p = pn.parse(c, region)
            except pn.NumberParseException:
                continue
            if (p.country_code == num.country_code and p.national_number == num.national_number
                    and pn.is_valid_number(p) and c not in (nat, intl)):
                out.append(c)
        return list(dict.fromkeys(out))

    # -- cards, IBANs, SSNs, IPs --
    def card(self, network: str | None = None) -> tuple[str, dict[str, Any]]:
        r = self.rng
        network = network or self.networks.pick()
        digits = ""
        source = "custom"
        if network in FAKER_CARD_TYPES and r.random() < 0.3:
            digits = self.fk("en_US").credit_card_number(card_type=r.choice(FAKER_CARD_TYPES[network]))
            source = "faker"
            if not (luhn_ok(digits) and card_network_ok(network, digits)):
                digits = ""
        if not digits:
            prefixes, lengths = r.choice(CARD_NETWORKS[network])
            prefix, length = r.choice(prefixes), r.choice(lengths)
            if network == "unionpay":
                prefix = r.choice(["6212", "6214", "6217", "6222", "6228", "6259", "6270", "6282"])
            digits = luhn_complete(prefix + self.rs(length - len(prefix) - 1, DIG))
            source = "custom"
        n = len(digits)
        sep = r.choice([" ", " ", "-", "", ""])
        if network == "amex" or (network == "jcb15" and r.random() < 0.5) or network == "diners":
            groups = [digits[:4], digits[4:10], digits[10:]]
        elif n == 19 and r.random() < 0.3:
            groups = [digits[:6], digits[6:]]
        else:
            groups = [digits[i:i + 4] for i in range(0, n, 4)]
        text = sep.join(groups) if sep else digits
        return text, {"network": network, "length": n, "source": source}

    def iban(self, country: str | None = None, compact: bool | None = None) -> tuple[str, dict[str, Any]]:
        r = self.rng
        country = country or self.ibans.pick()
        value = ""
        loc = {"DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL", "PL": "pl_PL",
               "PT": "pt_PT", "AT": "de_AT", "CH": "de_CH", "CZ": "cs_CZ", "RO": "ro_RO", "DK": "da_DK",
               "FI": "fi_FI", "NO": "no_NO", "GR": "el_GR", "TR": "tr_TR", "BE": "nl_BE", "SK": "sk_SK",
               "BR": "pt_BR", "IE": "en_IE", "GB": "en_GB"}.get(country)
        source = "custom"
        if loc and r.random() < 0.4:
            cand = self.fk(loc).iban()
            if cand[:2] == country and iban_ok(cand):
                value, source = cand, "faker"
        if not value:
            bban = ""
            for n, kind in re.findall(r"(\d+)([nac])", IBAN_SPEC[country]):
                for _ in range(int(n)):
                    if kind == "n":
                        bban += r.choice(DIG)
                    elif kind == "a":
                        bban += r.choice(UP)
                    else:
                        bban += r.choice(UP) if r.random() < 0.2 else r.choice(DIG)
            if country == "TR":
                bban = bban[:5] + "0" + bban[6:]
            value = iban_with_check(country, bban)
        if compact is None:
            compact = r.random() < 0.4
        text = value if compact else " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        return text, {"country": country, "source": source}

    def bic(self, country: str) -> str:
        return self.rs(4, UP) + country + self.rs(2, UPD) + self.rng.choice(["", "", "XXX", self.rs(3, UPD)])

    def ssn(self) -> str:
        r = self.rng
        while True:
            area = r.randint(1, 899)
            if area == 666:
                continue
            s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
            if len(set(s)) > 4:
                break
        style = r.random()
        return s if style < 0.75 else s.replace("-", " ") if style < 0.9 else s.replace("-", "")

    def ip(self, version: int | None = None) -> str:
        r = self.rng
        version = version or r.choice([4, 4, 4, 6])
        if version == 4:
            first = r.choice([23, 31, 37, 45, 62, 77, 81, 88, 91, 103, 109, 141, 152, 176, 185, 193, 203, 212, 217])
            return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        prefix = r.choice(["2a01:", "2a02:", "2001:41d0:", "2600:1700:", "2406:da00:", "2804:14c:", "2c0f:f7f8:"])
        groups = prefix.rstrip(":").split(":")
        while len(groups) < 8:
            groups.append(f"{r.randint(0, 0xffff):x}" if r.random() < 0.75 else "0")
        return str(ipaddress.IPv6Address(":".join(groups)))

    # -- hard negatives --
    def negative(self, kind: str, lang: str = "en") -> list[tuple[str, Any]]:
        """Pieces for one hard negative; the annotated piece is the span that must not be flagged."""
        r = self.rng
        self.neg_kinds[kind] += 1
        N = lambda v: [(v, ("neg", kind))]  # noqa: E731
        if kind == "uuid":
            u = "%032x" % r.getrandbits(128)
            u = f"{u[:8]}-{u[8:12]}-4{u[13:16]}-{r.choice('89ab')}{u[17:20]}-{u[20:]}"
            return N(u.upper() if r.random() < 0.15 else u)
        if kind == "git_sha":
            sha = "%040x" % r.getrandbits(160)
            if r.random() < 0.5:
                return [(r.choice(["commit ", "Commit ", "rev ", "fixed in ", "cherry-pick of ", "HEAD is now at "]),
                         None), (sha[:r.choice([7, 7, 8, 10, 12])], ("neg", kind))]
            return [(r.choice(["commit ", "sha: ", "revision ", "merged as "]), None), (sha, ("neg", kind))]
        if kind == "sha256_labelled":
            h = "%064x" % r.getrandbits(256)
            pre = r.choice(["sha256:", "sha256: ", "SHA256 ", "SHA-256: ", "sha256sum ", "checksum (sha256) = ",
                            "digest sha256:"])
            return [(pre, None), (h.upper() if pre.startswith("SHA") and r.random() < 0.3 else h, ("neg", kind))]
        if kind == "md5_labelled":
            h = "%032x" % r.getrandbits(128)
            return [(r.choice(["md5: ", "MD5 ", "md5sum ", "Content-MD5 (hex): ", "MD5 checksum "]), None),
                    (h, ("neg", kind))]
        if kind == "sha512_integrity":
            raw = bytes(r.getrandbits(8) for _ in range(64))
            return N("sha512-" + base64.b64encode(raw).decode())
        if kind == "order_number":
            return N(r.choice([
                f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                f"#{r.randint(100000000, 999999999)}", f"ORD-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                f"{self.rs(2, UP)}-{r.randint(2021, 2025)}-{r.randint(100000, 999999)}",
                f"{r.randint(10000000, 99999999)}", f"SO{r.randint(1000000, 9999999)}",
                f"BE{r.randint(10000000, 99999999)}", f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"W{r.randint(100000000, 999999999)}", f"R{r.randint(100, 999)}-{r.randint(1000000, 9999999)}"]))
        if kind == "invoice_number":
            return N(r.choice([f"INV-{r.randint(2021, 2025)}-{r.randint(1, 99999):05d}",
                               f"RE-{r.randint(2022, 2025)}/{r.randint(1000, 99999)}",
                               f"FA{r.randint(2023, 2025)}{r.randint(10000, 99999)}",
                               f"F-{r.randint(100000, 999999)}", f"{r.randint(2022, 2025)}/{r.randint(1, 9999):04d}",
                               f"FV/{r.randint(1, 999)}/{r.randint(1, 12):02d}/{r.randint(2023, 2025)}",
                               f"NF-e {r.randint(100000, 999999)}", f"INV{r.randint(10000000, 99999999)}"]))
        if kind == "tracking_number":
            return N(r.choice([
                f"1Z{self.rs(6, UPD)}{r.randint(10, 99)}{r.randint(10000000, 99999999)}",
                " ".join([f"9400{r.randint(1000, 9999)}"[:4]] + [f"{r.randint(0, 9999):04d}" for _ in range(4)]
                         + [f"{r.randint(10, 99)}"]),
                f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                f"JJD{r.randint(10 ** 17, 10 ** 18 - 1)}", f"{self.rs(2, UP)}{r.randint(100000000, 999999999)}GB",
                f"3S{self.rs(4, UP)}{r.randint(1000000, 9999999)}", f"{r.randint(10 ** 11, 10 ** 12 - 1)}",
                f"LX{r.randint(100000000, 999999999)}DE", f"00340434{r.randint(10 ** 11, 10 ** 12 - 1)}"]))
        if kind == "timestamp":
            y, mo, d = r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28)
            h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
            return N(r.choice([f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
                               f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
                               f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{r.randint(0, 999):03d}+02:00",
                               f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}", f"{r.randint(1650000000, 1760000000)}",
                               f"{r.randint(1650000000000, 1760000000000)}",
                               f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][r.randint(0, 4)]}, {d:02d} "
                               f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][r.randint(0, 5)]} {y} "
                               f"{h:02d}:{mi:02d}:{s:02d} +0000"]))
        if kind == "date":
            y, mo, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
            months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
            numeric = [f"{d:02d}.{mo:02d}.{y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y}", f"{d}-{mo}-{y}",
                       f"{y}/{mo:02d}/{d:02d}", f"{d:02d}-{mo:02d}-{y}", f"{d}.{mo}.{y}"]
            if lang == "en":
                numeric += [f"{mo:02d}/{d:02d}/{y}", f"{d} {months[mo - 1]} {y}", f"{months[mo - 1]} {d}, {y}",
                            f"{months[mo - 1][:3]} {d}"]
            elif lang in ("ja", "zh"):
                numeric += [f"{y}年{mo}月{d}日", f"{mo}月{d}日"]
            return N(r.choice(numeric))
        if kind == "amount":
            v = r.randint(1, 99999)
            c = r.randint(0, 99)
            return N(r.choice(["€" + f"{v:,}".replace(",", ".") + f",{c:02d}", f"${v:,}.{c:02d}",
                               f"{v:,}".replace(",", " ") + f",{c:02d} €", f"£{v:,.2f}",
                               "R$ " + f"{v:,}".replace(",", ".") + f",{c:02d}",
                               f"{v} {r.choice(['EUR', 'USD', 'CHF', 'SEK', 'PLN'])}",
                               f"¥{v * 100:,}", f"₹{v:,}", f"{v:,} zł".replace(",", " "), f"CHF {v}.{c:02d}",
                               f"{v * 1000:,}".replace(",", " ") + " ₽", f"TL {v:,}", f"{v}.{c:02d}"]))
        if kind == "short_digit_group":
            return N(r.choice([str(r.randint(100, 9999)), str(r.randint(10000, 99999)),
                               f"{r.randint(10, 99)} {r.randint(100, 999)}", f"{r.randint(100, 999)}-{r.randint(10, 99)}",
                               f"{r.randint(1000, 9999)}"]))
        if kind == "zip_code":
            return N(r.choice([f"{r.randint(10000, 99999)}", f"{r.randint(10000, 99999)}-{r.randint(1000, 9999)}",
                               f"{r.randint(1000, 9999)}", f"{r.randint(10, 99)}-{r.randint(100, 999)}",
                               f"{self.rs(2, UP)}{r.randint(1, 20)} {r.randint(1, 9)}{self.rs(2, UP)}",
                               f"{r.randint(1000, 9999)} {self.rs(2, UP)}", f"{r.randint(100, 999)} {r.randint(10, 99)}"]))
        if kind == "version_string":
            return N(r.choice([f"v{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
                               f"{r.randint(1, 30)}.{r.randint(0, 12)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}",
                               f"{r.randint(2019, 2025)}.{r.randint(1, 12)}.{r.randint(0, 9)}",
                               f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-beta.{r.randint(1, 9)}"]))
        if kind == "base64_image":
            mime, head = r.choice([("png", "iVBORw0KGgoAAAANSUhEUgAA"), ("jpeg", "/9j/4AAQSkZJRgABAQEASABIAAD"),
                                   ("gif", "R0lGODlhAQABAIAAAP"), ("webp", "UklGRlYAAABXRUJQVlA4")])
            body = head + self.rs(r.randint(80, 360), B64)
            body = body[: len(body) - len(body) % 4]
            return N(f"data:image/{mime};base64,{body}" + r.choice(["", "=", "=="])[: (4 - len(body) % 4) % 4])
        if kind == "ssh_public_key":
            if r.random() < 0.5:
                body = "AAAAC3NzaC1lZDI1NTE5AAAAI" + self.rs(43, B64)
                return N(f"ssh-ed25519 {body} {r.choice(['deploy@ci', 'build-agent', 'ops@bastion-01', 'laptop'])}")
            body = "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + self.rs(342, B64)
            return N(f"ssh-rsa {body}= {r.choice(['jenkins@build01', 'root@web-3', 'deploy-key'])}")
        if kind == "pem_public_key":
            if r.random() < 0.5:
                body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + self.rs(348, B64) + "IDAQAB"
                head = "PUBLIC KEY"
            else:
                body = "MIID" + self.rs(r.randint(700, 1100), B64)
                head = "CERTIFICATE"
            lines = [body[i:i + 64] for i in range(0, len(body), 64)]
            return N(f"-----BEGIN {head}-----\n" + "\n".join(lines) + f"\n-----END {head}-----")
        if kind == "placeholder":
            return N(r.choice(["your-api-key-here", "YOUR_API_KEY", "<token>", "<your-token>", "<API_KEY>",
                               "xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                               "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<password>", "REPLACE_ME",
                               "INSERT_TOKEN_HERE", "your_secret_here", "sk-...", "AKIAXXXXXXXXXXXXXXXX", "<redacted>",
                               "dummy-token", "example-api-key-123", "TODO", "...", "<paste key here>"]))
        if kind == "env_reference":
            name = r.choice(["STRIPE_SECRET_KEY", "GITHUB_TOKEN", "DB_PASSWORD", "OPENAI_API_KEY", "NPM_TOKEN",
                             "SLACK_BOT_TOKEN", "AWS_SECRET_ACCESS_KEY", "SENTRY_DSN"])
            return N(r.choice([f"${{{name}}}", f"${name}", f"${{{{ secrets.{name} }}}}", f"os.environ[\"{name}\"]",
                               f"process.env.{name}", f"{{{{ .Values.{name.lower()} }}}}", f"%{name}%",
                               f"env(\"{name}\")", f"vault:secret/data/app#{name.lower()}"]))
        if kind == "redacted":
            return N(r.choice(["********", "[REDACTED]", "***", "••••••••", "<hidden>", "[FILTERED]", "******",
                               "(redacted)", "sk_live_••••••••4242"]))
        if kind == "word_password":
            return N(r.choice(["password reset", "reset your password", "Forgot password?", "password policy",
                               "password must be at least 12 characters", "password expired", "token expired",
                               "invalid token", "secret santa", "API key rotation", "change password",
                               "one-time password", "the secret to good onboarding", "token refresh failed",
                               "Passwort vergessen", "mot de passe oublié", "secret scanning"]))
        if kind == "token_count":
            return N(r.choice([f"token count: {r.randint(100, 99999)}", f"max_tokens={r.choice([256, 1024, 4096])}",
                               f"tokens used: {r.randint(100, 9999):,}", f"prompt_tokens: {r.randint(10, 9999)}",
                               f"{r.randint(1, 200)}k tokens", f"completion_tokens={r.randint(10, 4000)}"]))
        if kind == "pagination_token":
            raw = bytes(r.getrandbits(8) for _ in range(r.randint(18, 40)))
            return N(r.choice([base64.urlsafe_b64encode(raw).decode().rstrip("="),
                               base64.b64encode(json.dumps({"offset": r.randint(20, 5000),
                                                            "ts": r.randint(1700000000, 1760000000)}).encode()
                                                ).decode(),
                               "CiAKGjBp" + self.rs(30, B64U), f"{r.randint(1000, 99999)}|{self.rs(12, LOD)}"]))
        if kind == "publishable_key":
            return N(r.choice(["pk_live_", "pk_test_"]) + self.rs(r.choice([24, 99]), AN))
        if kind == "object_id":
            return N(r.choice(["cus_", "ch_", "pi_", "sub_", "in_", "evt_", "req_", "acct_"]) + self.rs(
                r.choice([14, 24]), AN))
        if kind == "request_id":
            return N(r.choice([f"req-{self.rs(20, LOD)}", f"{'%032x' % r.getrandbits(128)}",
                               f"Root=1-{'%08x' % r.getrandbits(32)}-{'%024x' % r.getrandbits(96)}",
                               f"{self.rs(8, UPD)}:{self.rs(4, UPD)}:{r.randint(1000, 9999)}"]))
        if kind == "aws_arn":
            return N(r.choice([f"arn:aws:iam::{r.randint(10 ** 11, 10 ** 12 - 1)}:role/{r.choice(['deploy', 'ci-runner', 'lambda-exec'])}",
                               f"arn:aws:s3:::{r.choice(['assets', 'backups', 'logs'])}-{self.rs(6, LOD)}",
                               f"arn:aws:sqs:eu-west-1:{r.randint(10 ** 11, 10 ** 12 - 1)}:orders-queue"]))
        if kind == "oauth_client_id":
            return N(r.choice([f"{r.randint(10 ** 11, 10 ** 12 - 1)}-{self.rs(32, LOD)}.apps.googleusercontent.com",
                               f"Iv1.{'%016x' % r.getrandbits(64)}", "%08x-%04x-%04x-%04x-%012x" % (
                                   r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16),
                                   r.getrandbits(48))]))
        raise KeyError(kind)


# ----------------------------------------------------------------------------------------------
# Secret formats. gen(g) returns pieces [(text, is_secret)]; the secret piece is the label.
# ----------------------------------------------------------------------------------------------

@dataclass
class SecretFormat:
    subtype: str
    tag: str                 # token | url | pem | header | kv | special
    env: list[str]
    names: list[str]
    gen: Callable[[Gen], list[tuple[str, bool]]]


SECRET_FORMATS: dict[str, SecretFormat] = {}


def _sec(subtype: str, tag: str, env: list[str], names: list[str]) -> Callable[[Callable[[Gen], Any]], Any]:
    def deco(fn: Callable[[Gen], Any]) -> Callable[[Gen], Any]:
        def gen(g: Gen) -> list[tuple[str, bool]]:
            out = fn(g)
            return [(out, True)] if isinstance(out, str) else out
        SECRET_FORMATS[subtype] = SecretFormat(subtype, tag, env, names, gen)
        return fn
    return deco


def _tok(subtype: str, env: list[str], names: list[str], fn: Callable[[Gen], str]) -> None:
    _sec(subtype, "token", env, names)(fn)


_tok("aws_access_key_id", ["AWS_ACCESS_KEY_ID"], ["AWS access key id", "access key"],
     lambda g: g.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + g.rs(16, B32.replace("1", "").replace("0", "")))
_tok("aws_secret_access_key", ["AWS_SECRET_ACCESS_KEY", "aws_secret_key"], ["AWS secret access key", "AWS secret"],
     lambda g: g.rs(40, B64))
_tok("aws_session_token", ["AWS_SESSION_TOKEN"], ["AWS session token"],
     lambda g: g.choice(["IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE"]) + g.rs(g.rng.randint(300, 380), B64) + "=")
_tok("github_pat", ["GITHUB_TOKEN", "GH_TOKEN"], ["GitHub token", "GitHub personal access token"],
     lambda g: "ghp_" + g.rs(36, AN))
_tok("github_oauth_token", ["GITHUB_OAUTH_TOKEN"], ["GitHub OAuth token"], lambda g: "gho_" + g.rs(36, AN))
_tok("github_fine_grained_pat", ["GH_PAT", "GITHUB_PAT"], ["fine-grained GitHub PAT", "GitHub PAT"],
     lambda g: "github_pat_11" + g.rs(20, UPD) + "_" + g.rs(59, AN))
_tok("github_app_token", ["GITHUB_APP_TOKEN"], ["GitHub app installation token"],
     lambda g: g.choice(["ghs_", "ghu_"]) + g.rs(36, AN))
_tok("gitlab_pat", ["GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE"], ["GitLab token", "GitLab PAT"],
     lambda g: "glpat-" + g.rs(20, B64U))
_tok("slack_bot_token", ["SLACK_BOT_TOKEN"], ["Slack bot token"],
     lambda g: f"xoxb-{g.digits(g.rng.randint(10, 13))}-{g.digits(g.rng.randint(10, 13))}-{g.rs(24, AN)}")
_tok("slack_user_token", ["SLACK_USER_TOKEN"], ["Slack user token"],
     lambda g: f"xoxp-{g.digits(11)}-{g.digits(11)}-{g.digits(13)}-{g.rs(32, HEX)}")
_tok("slack_app_token", ["SLACK_APP_TOKEN"], ["Slack app-level token"],
     lambda g: f"xapp-1-A{g.rs(10, UPD)}-{g.digits(13)}-{g.rs(64, HEX)}")
_tok("stripe_secret_key", ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], ["Stripe secret key", "Stripe live key"],
     lambda g: "sk_live_" + (g.rs(24, AN) if g.rng.random() < 0.4 else "51" + g.rs(97, AN)))
_tok("stripe_restricted_key", ["STRIPE_RESTRICTED_KEY"], ["Stripe restricted key"],
     lambda g: "rk_live_" + (g.rs(24, AN) if g.rng.random() < 0.4 else "51" + g.rs(97, AN)))
_tok("stripe_webhook_secret", ["STRIPE_WEBHOOK_SECRET"], ["Stripe webhook signing secret"],
     lambda g: "whsec_" + g.rs(32, AN))
_tok("openai_project_key", ["OPENAI_API_KEY"], ["OpenAI key", "OpenAI project key"],
     lambda g: "sk-proj-" + g.rs(74, B64U) + "T3BlbkFJ" + g.rs(74, B64U))
_tok("openai_legacy_key", ["OPENAI_KEY"], ["OpenAI API key"], lambda g: "sk-" + g.rs(20, AN) + "T3BlbkFJ" + g.rs(20, AN))
_tok("openai_service_account_key", ["OPENAI_SVC_KEY"], ["OpenAI service account key"],
     lambda g: "sk-svcacct-" + g.rs(74, B64U) + "T3BlbkFJ" + g.rs(74, B64U))
_tok("anthropic_api_key", ["ANTHROPIC_API_KEY"], ["Anthropic API key", "Claude API key"],
     lambda g: "sk-ant-api03-" + g.rs(93, B64U) + "AA")
_tok("google_api_key", ["GOOGLE_API_KEY", "MAPS_API_KEY", "FIREBASE_API_KEY"], ["Google API key", "Maps key"],
     lambda g: "AIzaSy" + g.rs(33, B64U))
_tok("azure_storage_account_key", ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"], ["storage account key"],
     lambda g: g.rs(86, B64) + "==")
_tok("azure_ad_client_secret", ["AZURE_CLIENT_SECRET"], ["Azure AD client secret", "app registration secret"],
     lambda g: g.rs(3, AN) + "8Q~" + g.rs(34, AN + "_~.-"))
_tok("twilio_auth_token", ["TWILIO_AUTH_TOKEN"], ["Twilio auth token"], lambda g: g.rs(32, HEX))
_tok("twilio_api_key", ["TWILIO_API_KEY"], ["Twilio API key"], lambda g: "SK" + g.rs(32, HEX))
_tok("sendgrid_api_key", ["SENDGRID_API_KEY"], ["SendGrid key"],
     lambda g: "SG." + g.rs(22, B64U) + "." + g.rs(43, B64U))
_tok("mailgun_api_key", ["MAILGUN_API_KEY"], ["Mailgun API key"],
     lambda g: ("key-" + g.rs(32, HEX)) if g.rng.random() < 0.5 else f"{g.rs(32, HEX)}-{g.rs(8, HEX)}-{g.rs(8, HEX)}")
_tok("mailchimp_api_key", ["MAILCHIMP_API_KEY"], ["Mailchimp API key"],
     lambda g: g.rs(32, HEX) + f"-us{g.rng.randint(1, 21)}")
_tok("npm_token", ["NPM_TOKEN", "NODE_AUTH_TOKEN"], ["npm token", "npm publish token"], lambda g: "npm_" + g.rs(36, AN))
_tok("pypi_token", ["PYPI_TOKEN", "TWINE_PASSWORD"], ["PyPI token", "PyPI upload token"],
     lambda g: "pypi-AgEIcHlwaS5vcmc" + g.rs(g.rng.randint(130, 170), B64U))
_tok("dockerhub_pat", ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD"], ["Docker Hub token"], lambda g: "dckr_pat_" + g.rs(27, B64U))
_tok("heroku_api_key", ["HEROKU_API_KEY"], ["Heroku API key"],
     lambda g: ("HRKU-AA" + g.rs(58, B64U)) if g.rng.random() < 0.6 else "%08x-%04x-4%03x-%s%03x-%012x" % (
         g.rng.getrandbits(32), g.rng.getrandbits(16), g.rng.getrandbits(12), g.choice("89ab"),
         g.rng.getrandbits(12), g.rng.getrandbits(48)))
_tok("digitalocean_pat", ["DIGITALOCEAN_TOKEN", "DO_TOKEN"], ["DigitalOcean token"], lambda g: "dop_v1_" + g.rs(64, HEX))
_tok("shopify_access_token", ["SHOPIFY_ACCESS_TOKEN"], ["Shopify admin token"],
     lambda g: g.choice(["shpat_", "shpca_", "shppa_"]) + g.rs(32, HEX))
_tok("shopify_shared_secret", ["SHOPIFY_API_SECRET"], ["Shopify app secret"], lambda g: "shpss_" + g.rs(32, HEX))
_tok("square_access_token", ["SQUARE_ACCESS_TOKEN"], ["Square access token"], lambda g: "EAAA" + g.rs(60, B64U))
_tok("square_oauth_secret", ["SQUARE_APP_SECRET"], ["Square application secret"],
     lambda g: "sq0csp-" + g.rs(43, B64U))
_tok("braintree_access_token", ["BRAINTREE_ACCESS_TOKEN", "PAYPAL_ACCESS_TOKEN"], ["Braintree access token"],
     lambda g: "access_token$production$" + g.rs(16, LOD) + "$" + g.rs(32, HEX))
_tok("paypal_client_secret", ["PAYPAL_CLIENT_SECRET"], ["PayPal client secret"], lambda g: "E" + g.rs(79, B64U))
_tok("datadog_api_key", ["DD_API_KEY", "DATADOG_API_KEY"], ["Datadog API key"], lambda g: g.rs(32, HEX))
_tok("datadog_app_key", ["DD_APP_KEY"], ["Datadog application key"], lambda g: g.rs(40, HEX))
_tok("newrelic_user_api_key", ["NEW_RELIC_API_KEY"], ["New Relic user key"], lambda g: "NRAK-" + g.rs(27, UPD))
_tok("newrelic_license_key", ["NEW_RELIC_LICENSE_KEY"], ["New Relic license key"], lambda g: g.rs(36, HEX) + "NRAL")
_tok("atlassian_api_token", ["JIRA_API_TOKEN", "ATLASSIAN_TOKEN", "CONFLUENCE_TOKEN"], ["Jira API token"],
     lambda g: "ATATT3xFfGF0" + g.rs(170, B64U) + "=" + g.rs(8, "0123456789ABCDEF"))
_tok("okta_api_token", ["OKTA_API_TOKEN"], ["Okta API token"], lambda g: "00" + g.rs(40, B64U))
_tok("vault_token", ["VAULT_TOKEN"], ["Vault token"],
     lambda g: ("hvs." + g.rs(24, AN)) if g.rng.random() < 0.4 else ("hvs.CAESI" + g.rs(g.rng.randint(80, 100), B64U)))
_tok("vault_batch_token", ["VAULT_BATCH_TOKEN"], ["Vault batch token"], lambda g: "hvb.AAAAAQ" + g.rs(120, B64U))
_tok("terraform_cloud_token", ["TFE_TOKEN", "TF_TOKEN_app_terraform_io"], ["Terraform Cloud token"],
     lambda g: g.rs(14, AN) + ".atlasv1." + g.rs(67, AN))
_tok("databricks_token", ["DATABRICKS_TOKEN"], ["Databricks PAT"],
     lambda g: "dapi" + g.rs(32, HEX) + g.choice(["", "", "-2", "-3"]))
_tok("huggingface_token", ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"], ["Hugging Face token"],
     lambda g: "hf_" + g.rs(34, UP + LO))
_tok("discord_bot_token", ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"], ["Discord bot token"],
     lambda g: base64.b64encode(g.digits(19).encode()).decode().rstrip("=") + "." + g.rs(6, B64U) + "."
     + g.rs(38, B64U))
_tok("telegram_bot_token", ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], ["Telegram bot token"],
     lambda g: g.digits(10) + ":AA" + g.rs(33, B64U))
_tok("fcm_server_key", ["FCM_SERVER_KEY"], ["Firebase Cloud Messaging server key"],
     lambda g: "AAAA" + g.rs(7, B64U) + ":APA91b" + g.rs(134, B64U))
_tok("algolia_admin_key", ["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY"], ["Algolia admin key"], lambda g: g.rs(32, HEX))
_tok("cloudflare_api_token", ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], ["Cloudflare API token"],
     lambda g: g.rs(40, B64U))
_tok("cloudflare_global_api_key", ["CLOUDFLARE_API_KEY", "CF_API_KEY"], ["Cloudflare global API key"],
     lambda g: g.rs(37, HEX))
_tok("linear_api_key", ["LINEAR_API_KEY"], ["Linear API key"], lambda g: "lin_api_" + g.rs(40, AN))
_tok("notion_token", ["NOTION_TOKEN", "NOTION_API_KEY"], ["Notion integration token"],
     lambda g: ("secret_" + g.rs(43, AN)) if g.rng.random() < 0.6 else ("ntn_" + g.digits(11) + g.rs(35, AN)))
_tok("airtable_pat", ["AIRTABLE_TOKEN", "AIRTABLE_API_KEY"], ["Airtable PAT"],
     lambda g: "pat" + g.rs(14, AN) + "." + g.rs(64, HEX))
_tok("postman_api_key", ["POSTMAN_API_KEY"], ["Postman API key"],
     lambda g: "PMAK-" + g.rs(24, HEX) + "-" + g.rs(34, HEX))
_tok("grafana_service_account_token", ["GRAFANA_TOKEN", "GRAFANA_SA_TOKEN"], ["Grafana service account token"],
     lambda g: "glsa_" + g.rs(32, AN) + "_" + g.rs(8, HEX))
_tok("mapbox_secret_token", ["MAPBOX_SECRET_TOKEN"], ["Mapbox secret token"],
     lambda g: "sk.eyJ1Ijoi" + g.rs(g.rng.randint(20, 30), B64U) + "IsImEiOiJ" + g.rs(25, B64U) + "." + g.rs(22, B64U))
_tok("pulumi_access_token", ["PULUMI_ACCESS_TOKEN"], ["Pulumi token"], lambda g: "pul-" + g.rs(40, HEX))
_tok("doppler_token", ["DOPPLER_TOKEN"], ["Doppler service token"], lambda g: "dp.st.prd." + g.rs(43, AN))
_tok("buildkite_token", ["BUILDKITE_API_TOKEN"], ["Buildkite token"], lambda g: "bkua_" + g.rs(40, HEX))
_tok("age_secret_key", ["SOPS_AGE_KEY"], ["age secret key", "sops age key"],
     lambda g: "AGE-SECRET-KEY-1" + g.rs(58, BECH32))
_tok("django_secret_key", ["DJANGO_SECRET_KEY", "SECRET_KEY"], ["Django SECRET_KEY"],
     lambda g: g.choice(["django-insecure-", ""]) + g.rs(50, LOD + "!@#$%^&*(-_=+)"))
_tok("rails_secret_key_base", ["SECRET_KEY_BASE"], ["Rails secret_key_base"], lambda g: g.rs(128, HEX))
_tok("generic_api_token", ["API_TOKEN", "INTERNAL_API_KEY", "SERVICE_TOKEN", "ACCESS_TOKEN", "PARTNER_API_KEY"],
     ["API token", "internal API key", "access token", "service token"],
     lambda g: g.choice([g.rs(32, AN), g.rs(40, HEX), g.rs(48, B64U), "tk_" + g.rs(30, AN), g.rs(24, LOD)]))
_tok("generic_signing_secret", ["JWT_SECRET", "SESSION_SECRET", "WEBHOOK_SECRET", "APP_SECRET", "ENCRYPTION_KEY",
                                "HMAC_SECRET"],
     ["JWT signing secret", "session secret", "webhook secret", "encryption key"],
     lambda g: g.choice([g.rs(64, HEX), base64.b64encode(bytes(g.rng.getrandbits(8) for _ in range(32))).decode(),
                         g.rs(44, AN), g.rs(32, B64U)]))


def _human_password(g: Gen) -> str:
    r = g.rng
    words = ["Sommer", "winter", "Falcon", "blue", "Orange", "tiger", "Kaffee", "river", "Monday", "soleil", "Gato",
             "dragon", "Pizza", "maple", "Zebra", "otter", "Luna", "rocket", "Berlin", "Kiwi", "marzo", "Panda"]
    style = r.randint(0, 5)
    if style == 0:
        return r.choice(words) + str(r.randint(1970, 2025)) + r.choice("!?#$%*.")
    if style == 1:
        return "-".join(r.choice(words).lower() for _ in range(3)) + str(r.randint(1, 99))
    if style == 2:
        return g.fk("en_US").password(length=r.randint(12, 20), special_chars=r.random() < 0.7)
    if style == 3:
        return g.rs(r.randint(16, 28), AN)
    if style == 4:
        return r.choice(words) + r.choice("@#_.") + g.rs(4, DIG) + r.choice(words)
    return g.rs(r.randint(10, 14), AN + "!#%&*+-=?@^_")


_tok("password_value", ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "SMTP_PASSWORD", "REDIS_PASSWORD",
                        "ADMIN_PASSWORD", "LDAP_BIND_PASSWORD", "KEYSTORE_PASSWORD"],
     ["database password", "admin password", "SMTP password", "root password"], _human_password)
_tok("jwt", ["ACCESS_TOKEN", "ID_TOKEN", "SUPABASE_SERVICE_ROLE_KEY", "AUTH_TOKEN"],
     ["JWT", "session token", "service role key", "access token"], lambda g: make_jwt(g))
_tok("kubernetes_client_key_data", ["KUBE_CLIENT_KEY_DATA"], ["client-key-data"],
     lambda g: base64.b64encode(pem_block(g, "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 18).encode()).decode())
_tok("docker_config_auth", ["DOCKER_AUTH_CONFIG_AUTH"], ["registry auth"],
     lambda g: base64.b64encode(f"{g.choice(['ci-bot', 'deploy', 'robot$pusher', 'admin'])}:{_human_password(g)}"
                                .encode()).decode())


def make_jwt(g: Gen) -> str:
    def b64(o: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    r = g.rng
    alg = r.choice(["HS256", "RS256", "ES256", "HS512"])
    iat = r.randint(1700000000, 1760000000)
    payload: dict[str, Any] = r.choice([
        {"sub": str(r.randint(10000, 9999999)), "role": r.choice(["admin", "service_role", "user"]), "iat": iat},
        {"iss": f"https://auth.{r.choice(['internal', 'corp', 'app'])}.{r.choice(['io', 'net', 'dev'])}/",
         "sub": "auth0|" + g.rs(24, HEX), "aud": "api", "exp": iat + 3600, "iat": iat},
        {"user_id": r.randint(1, 999999), "scope": "read write", "exp": iat + 86400},
        {"ref": g.rs(20, LO), "role": "service_role", "iss": "supabase", "iat": iat, "exp": iat + 10 ** 8},
    ])
    header = {"alg": alg, "typ": "JWT"}
    if r.random() < 0.4:
        header["kid"] = g.rs(16, B64U)
    sig_len = {"HS256": 43, "HS512": 86, "RS256": 342, "ES256": 86}[alg]
    return f"{b64(header)}.{b64(payload)}.{g.rs(sig_len, B64U)}"


def pem_block(g: Gen, label: str, head: str, lines: int, escaped: bool = False) -> str:
    body = head + g.rs(64 * lines - len(head) - g.rng.randint(0, 40), B64)
    body = body[: len(body) - len(body) % 4]
    pad = g.choice(["", "=", "=="])
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] += pad
    nl = "\\n" if escaped else "\n"
    return f"-----BEGIN {label}-----{nl}" + nl.join(rows) + f"{nl}-----END {label}-----"


_sec("pem_rsa_private_key", "pem", ["TLS_KEY", "JWT_PRIVATE_KEY"], ["RSA private key", "TLS key"])(
    lambda g: pem_block(g, "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", g.rng.randint(12, 25)))
_sec("pem_ec_private_key", "pem", ["EC_PRIVATE_KEY", "APNS_KEY"], ["EC private key"])(
    lambda g: pem_block(g, "EC PRIVATE KEY", "MHcCAQEEI", 3))
_sec("pem_pkcs8_private_key", "pem", ["PRIVATE_KEY", "SIGNING_KEY"], ["private key", "signing key"])(
    lambda g: pem_block(g, "PRIVATE KEY", g.choice(["MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49"]),
                        g.rng.randint(3, 26)))
_sec("pem_encrypted_private_key", "pem", ["ENCRYPTED_KEY"], ["encrypted private key"])(
    lambda g: pem_block(g, "ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI",
                        g.rng.randint(10, 27)))
_sec("openssh_private_key", "pem", ["SSH_PRIVATE_KEY", "DEPLOY_KEY"], ["SSH key", "deploy key"])(
    lambda g: pem_block(g, "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                        g.rng.randint(5, 7)))


@_sec("pgp_private_key_block", "pem", ["GPG_PRIVATE_KEY", "PGP_SIGNING_KEY"], ["GPG key", "PGP private key"])
def _pgp(g: Gen) -> str:
    body = "lQOYBG" + g.rs(64 * g.rng.randint(10, 20), B64)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rows) + "\n=" + g.rs(4, B64)
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


# URLs and connection strings: only the password / key part is the secret.
def _host(g: Gen, kind: str) -> str:
    r = g.rng
    return r.choice({
        "pg": ["db.internal", "pg-prod-1.cluster-c9x2.eu-west-1.rds.amazonaws.com", "10.0.3.17", "postgres",
               "orders-db.svc.cluster.local", "db-primary.prod.example.internal"],
        "mysql": ["mysql.internal", "127.0.0.1", "legacy-db-02", "shop-db.cbq1.us-east-2.rds.amazonaws.com"],
        "redis": ["redis", "cache.internal", "redis-12345.c1.eu-central-1-1.ec2.cloud.redislabs.com"],
        "amqp": ["rabbitmq", "mq.internal", "broker-1.queue.svc"],
    }[kind])


def _user(g: Gen) -> str:
    return g.choice(["app", "app_user", "postgres", "admin", "svc_orders", "readonly", "etl", "root", "billing_rw",
                     "django", "api"])


def _urlpw(g: Gen) -> str:
    pw = _human_password(g)
    return re.sub(r"[@/:#?%\s]", "", pw) or g.rs(16, AN)


_sec("postgres_url_password", "url", ["DATABASE_URL", "POSTGRES_URL", "PG_DSN"], ["database URL", "Postgres DSN"])(
    lambda g: [(f"{g.choice(['postgres', 'postgresql', 'postgresql+psycopg2', 'postgresql+asyncpg'])}://{_user(g)}:",
                False), (_urlpw(g), True),
               (f"@{_host(g, 'pg')}:{g.choice(['5432', '5433', '6432'])}/{g.choice(['app', 'orders', 'prod', 'crm'])}"
                + g.choice(["", "?sslmode=require", ""]), False)])
_sec("mysql_url_password", "url", ["MYSQL_URL", "DB_URL"], ["MySQL URL"])(
    lambda g: [(f"{g.choice(['mysql', 'mysql+pymysql', 'mysql2'])}://{_user(g)}:", False), (_urlpw(g), True),
               (f"@{_host(g, 'mysql')}:3306/{g.choice(['shop', 'wordpress', 'app'])}", False)])
_sec("mongodb_url_password", "url", ["MONGODB_URI", "MONGO_URL"], ["MongoDB connection string"])(
    lambda g: [("mongodb+srv://" + g.choice(["app", "admin", "atlas-user", "reporting"]) + ":", False),
               (_urlpw(g), True),
               (f"@cluster0.{g.rs(5, LOD)}.mongodb.net/{g.choice(['prod', 'app', 'test'])}?retryWrites=true&w=majority",
                False)] if g.rng.random() < 0.6 else
    [("mongodb://" + _user(g) + ":", False), (_urlpw(g), True),
     ("@mongo-0.mongo:27017,mongo-1.mongo:27017/app?replicaSet=rs0&authSource=admin", False)])
_sec("redis_url_password", "url", ["REDIS_URL", "CACHE_URL"], ["Redis URL"])(
    lambda g: [(g.choice(["redis://:", "rediss://default:", "redis://default:"]), False), (_urlpw(g), True),
               (f"@{_host(g, 'redis')}:{g.choice(['6379', '6380', '12345'])}/{g.rng.randint(0, 3)}", False)])
_sec("amqp_url_password", "url", ["AMQP_URL", "RABBITMQ_URL", "CELERY_BROKER_URL"], ["RabbitMQ URL"])(
    lambda g: [(f"{g.choice(['amqp', 'amqps'])}://{g.choice(['guest_prod', 'worker', 'celery', 'app'])}:", False),
               (_urlpw(g), True), (f"@{_host(g, 'amqp')}:5672/{g.choice(['%2F', 'prod', 'jobs'])}", False)])
_sec("smtp_url_password", "url", ["SMTP_URL", "EMAIL_URL", "MAILER_DSN"], ["SMTP URL"])(
    lambda g: [(f"{g.choice(['smtp', 'smtps', 'submission'])}://{g.choice(['postmaster', 'noreply', 'apikey', 'mailer'])}"
                f"%40{g.choice(['mg.shop', 'corp', 'app'])}.{g.choice(['com', 'io', 'de'])}:", False),
               (_urlpw(g), True), (f"@smtp.{g.choice(['mailgun.org', 'office365.com', 'gmail.com', 'sendgrid.net'])}"
                                   f":{g.choice(['587', '465', '25'])}", False)])
_sec("jdbc_url_password", "url", ["JDBC_URL", "SPRING_DATASOURCE_URL"], ["JDBC URL"])(
    lambda g: [(f"jdbc:{g.choice(['postgresql', 'mysql', 'sqlserver'])}://{_host(g, 'pg')}:5432/app?user={_user(g)}"
                "&password=", False), (_urlpw(g), True), (g.choice(["", "&ssl=true"]), False)])
_sec("odbc_connection_password", "url", ["SQLSERVER_CONNECTION", "ConnectionStrings__Default"],
     ["SQL Server connection string"])(
    lambda g: [(f"Server=tcp:{g.rs(8, LOD)}.database.windows.net,1433;Initial Catalog={g.choice(['crm', 'app', 'erp'])};"
                f"User ID={_user(g)};Password=", False), (_urlpw(g), True),
               (";Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;", False)])
_sec("libpq_dsn_password", "url", ["PG_CONNINFO"], ["libpq conninfo"])(
    lambda g: [(f"host={_host(g, 'pg')} port=5432 dbname={g.choice(['app', 'analytics'])} user={_user(g)} password=",
                False), (_urlpw(g), True), (g.choice([" sslmode=require", "", " connect_timeout=10"]), False)])
_sec("git_url_credential", "url", ["GIT_REMOTE", "REPO_URL"], ["git remote URL"])(
    lambda g: [(g.choice(["https://oauth2:", "https://x-access-token:", "https://gitlab-ci-token:", "https://deploy:"]),
                False),
               (g.choice(["glpat-" + g.rs(20, B64U), "ghp_" + g.rs(36, AN), "ghs_" + g.rs(36, AN), _urlpw(g)]), True),
               (f"@{g.choice(['gitlab.com', 'github.com', 'git.internal.corp'])}/{g.choice(['platform', 'acme', 'ops'])}"
                f"/{g.choice(['infra', 'api', 'web', 'terraform-modules'])}.git", False)])
_sec("slack_webhook_url", "url", ["SLACK_WEBHOOK_URL"], ["Slack webhook"])(
    lambda g: f"https://hooks.slack.com/services/T{g.rs(8, UPD)}/B{g.rs(10, UPD)}/{g.rs(24, AN)}")
_sec("discord_webhook_url", "url", ["DISCORD_WEBHOOK"], ["Discord webhook"])(
    lambda g: f"https://discord.com/api/webhooks/{g.digits(19)}/{g.rs(68, B64U)}")
_sec("sentry_dsn", "url", ["SENTRY_DSN"], ["Sentry DSN"])(
    lambda g: [("https://", False), (g.rs(32, HEX), True),
               (f"@o{g.digits(6)}.ingest.{g.choice(['', 'us.', 'de.'])}sentry.io/{g.digits(7)}", False)])
_sec("azure_storage_connection_string", "url", ["AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage"],
     ["storage connection string"])(
    lambda g: [(f"DefaultEndpointsProtocol=https;AccountName={g.rs(10, LOD)};AccountKey=", False),
               (g.rs(86, B64) + "==", True), (";EndpointSuffix=core.windows.net", False)])
_sec("azure_servicebus_key", "url", ["SERVICEBUS_CONNECTION", "EVENTHUB_CONNECTION_STRING"],
     ["Service Bus connection string"])(
    lambda g: [(f"Endpoint=sb://{g.rs(8, LOD)}-bus.servicebus.windows.net/;SharedAccessKeyName="
                f"{g.choice(['RootManageSharedAccessKey', 'send-only', 'listener'])};SharedAccessKey=", False),
               (g.rs(43, B64) + "=", True), (g.choice(["", ";EntityPath=orders"]), False)])


@_sec("azure_sas_signature", "url", ["AZURE_SAS_URL", "BLOB_SAS_URL"], ["SAS URL"])
def _sas(g: Gen) -> list[tuple[str, bool]]:
    sig = urllib.parse.quote(base64.b64encode(bytes(g.rng.getrandbits(8) for _ in range(32))).decode(), safe="")
    return [(f"https://{g.rs(10, LOD)}.blob.core.windows.net/{g.choice(['exports', 'backups', 'uploads'])}/"
             f"{g.choice(['report.csv', 'db.bak', 'images'])}?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-{g.rng.randint(1, 12):02d}"
             f"-01T00:00:00Z&spr=https&sig=", False), (sig, True)]


# HTTP auth headers and key=value assignments (the key word is context, not part of the label).
@_sec("http_basic_auth", "header", ["AUTH_HEADER"], ["basic auth header"])
def _basic(g: Gen) -> list[tuple[str, bool]]:
    cred = f"{g.choice(['admin', 'api', 'deploy', 'svc-export', 'jenkins'])}:{_human_password(g)}"
    return [(g.choice(["Authorization: Basic ", "authorization: Basic ", "Authorization: basic "]), False),
            (base64.b64encode(cred.encode()).decode(), True)]


@_sec("http_bearer_token", "header", ["AUTH_HEADER"], ["bearer token"])
def _bearer(g: Gen) -> list[tuple[str, bool]]:
    tok = g.choice([g.rs(40, AN), g.rs(64, B64U), g.rs(32, HEX), "at_" + g.rs(36, AN), g.rs(44, AN + "-._~")])
    return [(g.choice(["Authorization: Bearer ", "authorization: bearer ", "Authorization: Bearer "]), False),
            (tok, True)]


def _kv(subtype: str, names: list[str], keys: list[str], value: Callable[[Gen], str]) -> None:
    @_sec(subtype, "kv", ["CREDENTIALS"], names)
    def fn(g: Gen) -> list[tuple[str, bool]]:
        return [(g.choice(keys), False), (value(g), True)]


_kv("password_kv", ["password", "login"], ["password=", "password: ", "Password = ", "PASSWORD=", "password:", "--password="],
    _human_password)
_kv("passwd_kv", ["password"], ["passwd: ", "passwd=", "PASSWD="], _human_password)
_kv("pwd_kv", ["password"], ["pwd=", "Pwd=", "pwd: "], _human_password)
_kv("secret_kv", ["secret", "client secret"], ["secret: ", "secret=", "client_secret=", "Secret: "],
    lambda g: g.choice([g.rs(32, AN), g.rs(40, B64U), g.rs(48, HEX)]))
_kv("token_kv", ["token", "API token"], ["token: ", "token=", "api_token=", "Token: ", "auth_token: "],
    lambda g: g.choice([g.rs(40, AN), g.rs(32, HEX), g.rs(36, B64U)]))

# Template-specific formats (not in the generic pools).
_sec("gcp_service_account_private_key", "special", [], ["service account key"])(
    lambda g: pem_block(g, "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 26, escaped=True))
_sec("curl_user_password", "special", [], ["curl -u password"])(lambda g: _human_password(g))


# ----------------------------------------------------------------------------------------------
# Documents: rendering «slots» into strings while recording spans
# ----------------------------------------------------------------------------------------------

SLOT_RE = re.compile(r"«([^«»]+)»")
OPTIONAL_RE = re.compile(r"\{\?(.*?)\?\}", re.S)   # {?optional text?}: kept with probability 1/2


@dataclass
class Person:
    g: Gen
    culture: Culture
    lang: str
    first: str
    last: str
    female: bool
    native_first: str | None = None
    native_last: str | None = None
    _phone: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    _email: str | None = None
    _company: str | None = None
    _city: str | None = None

    @property
    def d_first(self) -> str:
        return self.native_first or self.first

    @property
    def d_last(self) -> str:
        return self.native_last or self.last

    def full(self) -> str:
        if self.native_first:
            return f"{self.native_last}{self.native_first}" if self.g.rng.random() < 0.5 else \
                f"{self.native_last} {self.native_first}"
        if self.culture.family_first or (self.culture.code in ("JP", "CN", "KR") and self.g.rng.random() < 0.3):
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"

    def company(self) -> str:
        if self._company is None:
            self._company = self.g.company(self.culture)
        return self._company

    def email(self, work: bool = False) -> str:
        if work:
            return self.g.email(self.first, self.last, self.culture, self.g.domain_for(self.company(), self.culture))
        if self._email is None:
            self._email = self.g.email(self.first, self.last, self.culture)
        return self._email

    def city(self) -> str:
        if self._city is None:
            self._city = self.g.city(self.culture, native=self.native_first is not None)
        return self._city


class Doc:
    """One document being rendered: its people, secrets and the spans planted so far."""

    def __init__(self, g: Gen, lang: str, pool: list[str] | None = None, secret_pool: list[str] | None = None):
        self.g = g
        self.r = g.rng
        self.lang = lang
        self.pool = pool or LANG_CULTURES[lang]
        self.secret_pool = secret_pool or ["token"]
        self.people: dict[str, Person] = {}
        self.secrets: dict[str, SecretFormat] = {}
        self.secret_values: dict[str, list[tuple[str, bool]]] = {}
        self.companies: dict[str, str] = {}
        self.vars: dict[Any, str] = {}
        self.home = CULTURE[self.r.choice(self.pool)] if lang != "en" else CULTURE[g.cultures.pick()]

    def person(self, key: str) -> Person:
        if key not in self.people:
            if self.lang == "en":
                code = self.g.cultures.pick() if (key != "P1" or self.r.random() < 0.5) else self.home.code
            else:
                code = self.home.code if self.r.random() < 0.7 else self.r.choice(self.pool)
            self.people[key] = self.g.person(CULTURE[code], self.lang)
        return self.people[key]

    # -- slot rendering --
    def render(self, template: str) -> tuple[str, list[dict[str, Any]]]:
        template = OPTIONAL_RE.sub(lambda m: m.group(1) if self.r.random() < 0.5 else "", template)
        out: list[str] = []
        anns: list[dict[str, Any]] = []
        pos = 0
        last = 0
        for m in SLOT_RE.finditer(template):
            lit = template[last:m.start()]
            out.append(lit)
            pos += len(lit)
            for text, ann in self.slot(m.group(1)):
                if ann is not None and text:
                    a = dict(ann[2]) if len(ann) > 2 else {}
                    a.update({"type": ann[0], "name": ann[1], "start": pos, "end": pos + len(text)})
                    anns.append(a)
                out.append(text)
                pos += len(text)
            last = m.end()
        out.append(template[last:])
        return "".join(out), anns

    def slot(self, spec: str) -> list[tuple[str, Any]]:
        r = self.r
        g = self.g
        if spec.startswith("T3:"):   # tune3 only: name shapes, national address formats (templates_tune3.slot)
            return templates_tune3.slot(self, spec[3:])
        if spec.startswith("T4:"):   # test4 only: human phone formats, more card networks, look-alike negatives
            return templates_test4.slot(self, spec[3:])
        if spec.startswith("T5:"):   # test5 only: names/places of many cultures, human phone/card/IBAN forms, negatives
            return templates_test5.slot(self, spec[3:])
        if spec.startswith("TU4:"):  # tune4 only: people and places of many cultures, honorifics, case forms, negatives
            return templates_tune4.slot(self, spec[4:])
        if spec.startswith("TU5:"):  # tune5 only: places of every kind as people write them, people, negatives
            return templates_tune5.slot(self, spec[4:])
        if spec.startswith("T6:"):   # test6 only: people/places of many cultures and situations, pattern entities, negatives
            return templates_test6.slot(self, spec[3:])
        if "|" in spec and not spec.startswith(("X:", "N:", "NW:", "L:", "IG:")):
            return [(r.choice(spec.split("|")), None)]
        head, _, rest = spec.partition(":")
        args = rest.split(":") if rest else []
        if head in ("NW", "L", "IG"):
            # test2: a span written in the template (one of "a|b|c"): «NW:kind:…» hard negative,
            # «L:subtype:…» LOCATION label, «IG:kind:…» ignore span
            kind, _, choices = rest.partition(":")
            text = r.choice(choices.split("|"))
            if head == "NW":
                g.neg_kinds[kind] += 1
            ann = {"NW": ("neg", kind), "L": ("label", "LOCATION", {"subtype": kind}), "IG": ("ignore", kind)}[head]
            return [(text, ann)]
        if "." in head and head.split(".")[0] in ("P1", "P2", "P3", "P4", "P5", "P6", "AGENT", "ME", "BOSS"):
            key, attr = head.split(".", 1)
            return self.person_slot(self.person(key), attr, args)
        if head == "N":
            pieces = g.negative(args[0], self.lang)
            return [p for p in pieces if p[1]] if "bare" in args else pieces
        if head == "PL":
            return [(r.choice(PHONE_WORDS[self.lang]), None)]
        if head == "X":
            return [(self.filler(args), None)]
        if head == "VAR":
            name = args[0]
            if name not in self.vars:
                self.vars[name] = self.filler(args[1:])
            return [(self.vars[name], None)]
        if head in ("CO", "CO1", "CO2"):
            if head not in self.companies:
                self.companies[head] = g.company(CULTURE[r.choice(self.pool)] if head != "CO" else self.home)
            return [(self.companies[head], ("ignore", "organization"))]
        if head == "CITY":
            cul = CULTURE[args[0]] if args else CULTURE[r.choice(self.pool)]
            return [(g.city(cul, native=self.lang in ("ja", "zh", "ko")), ("label", "LOCATION", {"subtype": "city"}))]
        if head == "COUNTRY":
            cul = CULTURE[args[0]] if args else CULTURE[g.cultures.pick()]
            name = cul.native if self.lang != "en" and r.random() < 0.5 else cul.country
            if self.lang == "de":
                name = {"Germany": "Deutschland", "Austria": "Österreich", "Switzerland": "Schweiz"}.get(name, name)
            return [(name, ("label", "LOCATION", {"subtype": "country"}))]
        if head in ("ADDR", "ADDR_ML"):
            cul = CULTURE[args[0]] if args else CULTURE[r.choice(self.pool)]
            text = g.address(cul, multiline=head == "ADDR_ML", native=self.lang in ("ja", "zh", "ko"))
            return [(text, ("label", "LOCATION", {"subtype": "address"}))]
        if head in ("PHONE", "MOBILE", "LANDLINE", "PHONE_EXT"):
            region = args[0] if args and len(args[0]) == 2 else r.choice(self.pool) if self.lang != "en" else \
                g.cultures.pick()
            want = {"MOBILE": "mobile", "LANDLINE": "landline"}.get(head, "any")
            style = next((a for a in args if a in ("NATIONAL", "INTERNATIONAL", "E164", "variant", "signature")),
                         None)
            text, meta = g.phone(region, want, style, ext=head == "PHONE_EXT", culture=CULTURE.get(region))
            return [(text, ("label", "PHONE_NUMBER", meta))]
        if head == "EMAIL":
            cul = CULTURE[r.choice(self.pool)]
            p = g.person(cul, "en")
            if args and args[0] == "role":
                return [(g.role_email(g.domain_for(g.company(cul), cul)), ("label", "EMAIL_ADDRESS", {}))]
            return [(p.email(work=r.random() < 0.4), ("label", "EMAIL_ADDRESS", {}))]
        if head == "CARD":
            text, meta = g.card(args[0] if args else None)
            return [(text, ("label", "CREDIT_CARD", meta))]
        if head == "IBAN":
            country = next((a for a in args if len(a) == 2), None)
            compact = True if "compact" in args else False if "spaced" in args else None
            if country is None and self.home.code in IBAN_SPEC and r.random() < 0.4:
                country = self.home.code
            text, meta = g.iban(country, compact)
            return [(text, ("label", "IBAN_CODE", meta))]
        if head == "BIC":
            return [(g.bic(args[0] if args else self.home.code), ("ignore", "bic"))]
        if head == "SSN":
            return [(g.ssn(), ("label", "US_SSN", {}))]
        if head in ("IP", "IP4", "IP6"):
            v = {"IP4": 4, "IP6": 6}.get(head)
            return [(g.ip(v), ("label", "IP_ADDRESS", {"version": v or 0}))]
        if head == "SEC":          # a specific secret format
            return self.secret_pieces(SECRET_FORMATS[args[0]], args[1:])
        if re.fullmatch(r"S\d", head) or re.fullmatch(r"S\d\.\w+", head):
            key, _, attr = head.partition(".")
            fmt = self.secret(key)
            if attr in ("env", "key"):
                if (key, attr) not in self.vars:
                    self.vars[(key, attr)] = (r.choice(fmt.env) if fmt.env else "SECRET") if attr == "env" \
                        else self.env_key(fmt)
                return [(self.vars[(key, attr)], None)]
            if attr == "name":
                return [(r.choice(fmt.names), None)]
            if key not in self.secret_values:
                self.secret_values[key] = fmt.gen(g)
            return [(t, ("label", "SECRET", {"subtype": fmt.subtype}) if s else None)
                    for t, s in self.secret_values[key]]
        raise KeyError(f"unknown slot «{spec}»")

    def env_key(self, fmt: SecretFormat) -> str:
        env = self.r.choice(fmt.env) if fmt.env else "secret"
        key = env.lower()
        if self.r.random() < 0.3:
            parts = key.split("_")
            key = parts[0] + "".join(p.title() for p in parts[1:])
        return key

    def secret(self, key: str) -> SecretFormat:
        if key not in self.secrets:
            allowed = [s for s, f in SECRET_FORMATS.items() if f.tag in self.secret_pool]
            self.secrets[key] = SECRET_FORMATS[self.g.secret_formats.pick(allowed)]
        return self.secrets[key]

    def secret_pieces(self, fmt: SecretFormat, args: list[str]) -> list[tuple[str, Any]]:
        self.g.secret_formats.count[fmt.subtype] += 1
        pieces = fmt.gen(self.g)
        if "raw" in args:
            pieces = [(t.replace("\\n", "\n"), s) for t, s in pieces]
        return [(t, ("label", "SECRET", {"subtype": fmt.subtype}) if s else None) for t, s in pieces]

    def filler(self, args: list[str]) -> str:
        r = self.r
        kind = args[0] if args else "word"
        if kind == "num":
            lo, hi = (int(x) for x in args[1].split("-"))
            return str(r.randint(lo, hi))
        if kind == "hex":
            return self.g.rs(int(args[1]), HEX)
        if kind == "alnum":
            return self.g.rs(int(args[1]), LOD)
        if kind == "product":
            return r.choice(["wireless headphones", "standing desk", "espresso machine", "running shoes",
                             "4K monitor", "baby stroller", "winter jacket", "robot vacuum", "yoga mat",
                             "mechanical keyboard", "air fryer", "hiking backpack", "smartwatch", "office chair"])
        if kind == "weekday":
            return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        if kind == "host":
            return r.choice(["api-gw-2", "web-prod-7", "worker-3", "ip-10-0-4-17", "edge-fra-1", "batch-01"])
        if kind == "service":
            return r.choice(["billing-api", "checkout", "notifier", "ingest-worker", "auth-service", "reports",
                             "search-indexer", "payments-gateway"])
        if kind == "repo":
            return r.choice(["platform/infra", "acme/web", "ops/terraform", "data/pipelines", "mobile/app"])
        raise KeyError(kind)

    def person_slot(self, p: Person, attr: str, args: list[str]) -> list[tuple[str, Any]]:
        r = self.r
        g = self.g
        lab = lambda v, sub: [(v, ("label", "PERSON", {"subtype": sub}))]  # noqa: E731
        if attr == "full":
            return lab(p.full(), "full_name")
        if attr == "first":
            return lab(p.d_first, "first_name")
        if attr == "last":
            return lab(p.d_last, "last_name")
        if attr == "fullr":
            return lab(f"{p.last.upper() if r.random() < 0.3 else p.last}, {p.first}", "full_name")
        if attr == "initial_last":
            return lab(f"{p.first[0]}. {p.last}", "full_name")
        if attr == "title_last":
            males, females, pos = TITLES[self.lang]
            title = r.choice(females if p.female else males)
            if pos == "pre":
                if not title:
                    return lab(p.full(), "full_name")
                return [(title + " ", None), *lab(p.d_last, "last_name")]
            if pos == "post_first":
                return [*lab(p.d_first, "first_name"), (" " + title, None)]
            return [*lab(p.d_last, "last_name"), (title, None)]
        if attr in ("email", "work_email"):
            return [(p.email(work=attr == "work_email"), ("label", "EMAIL_ADDRESS", {}))]
        if attr.startswith("phone") or attr in ("mobile", "landline"):
            want = {"mobile": "mobile", "landline": "landline"}.get(attr, "any")
            style = {"phone_intl": r.choice(["INTERNATIONAL", "E164"]), "phone_nat": "NATIONAL",
                     "phone_e164": "E164"}.get(attr)
            if args:
                style = args[0]
            text, meta = g.phone(p.culture.code, want, style, ext=attr == "phone_ext", culture=p.culture)
            return [(text, ("label", "PHONE_NUMBER", meta))]
        if attr == "city":
            return [(p.city(), ("label", "LOCATION", {"subtype": "city"}))]
        if attr == "postcode":
            pc = g.postcode(p.culture) or g.pat("#####")
            return [(pc, ("label", "LOCATION", {"subtype": "postcode"}))]
        if attr == "street":
            return [(g.street(p.culture), ("label", "LOCATION", {"subtype": "street_address"}))]
        if attr in ("address", "address_ml"):
            text = g.address(p.culture, multiline=attr == "address_ml", native=p.native_first is not None)
            return [(text, ("label", "LOCATION", {"subtype": "address"}))]
        if attr == "country":
            name = p.culture.native if self.lang != "en" and r.random() < 0.6 else p.culture.country
            return [(name, ("label", "LOCATION", {"subtype": "country"}))]
        if attr == "company":
            return [(p.company(), ("ignore", "organization"))]
        # test2 only
        if attr == "first_lower":
            first = p.d_first.replace("İ", "i").replace("I", "ı") if p.culture.code == "TR" else p.d_first
            return lab(first.lower(), "first_name")
        if attr == "full_fr":        # French/administrative style: Prénom NOM
            return lab(f"{p.first} {p.last.upper()}", "full_name")
        if attr == "first_initial":  # "Priya S."
            return lab(f"{p.d_first} {p.d_last[0]}.", "full_name")
        if attr == "last_first":     # lists and forms: "Kowalski Jan"
            return lab(f"{p.d_last} {p.d_first}", "full_name")
        if attr == "address_pc":     # Japanese style: 〒 + postcode + address, one span
            text = g.address(p.culture, native=p.native_first is not None)
            if p.culture.code == "JP" and p.native_first is not None:
                return [("〒", None), (f"{g.postcode(p.culture)} {text}", ("label", "LOCATION",
                                                                            {"subtype": "address"}))]
            return [(text, ("label", "LOCATION", {"subtype": "address"}))]
        raise KeyError(attr)


def json_pointer(parts: list[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def build_document(doc: Doc, body: Any) -> tuple[Any, list[dict[str, Any]]]:
    """Render a template body (string or JSON structure); return the document and its spans."""
    spans: list[dict[str, Any]] = []

    def walk(node: Any, path: list[str | int]) -> Any:
        if callable(node):
            return node(doc)
        if isinstance(node, str):
            text, anns = doc.render(node)
            for a in anns:
                a["path"] = json_pointer(path)
                a["leaf"] = text
            spans.extend(anns)
            return text
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if "«" in k:
                    key, anns = doc.render(k)
                    assert not anns, f"keys must not hold labelled slots: {k}"
                else:
                    key = k
                out[key] = walk(v, [*path, key])
            return out
        if isinstance(node, list):
            return [walk(v, [*path, i]) for i, v in enumerate(node)]
        return node

    if callable(body):
        body = body(doc)
    return walk(body, []), spans


def make_record(split: str, idx: int, tpl: dict[str, Any], document: Any, spans: list[dict[str, Any]],
                doc: Doc, corpus: str) -> dict[str, Any]:
    labels, negatives, ignore = [], [], []
    for a in spans:
        base = {"path": a["path"], "start": a["start"], "end": a["end"]}
        value = a["leaf"][a["start"]:a["end"]]
        if a["type"] == "label":
            rec = {**base, "entity": a["name"], "value": value}
            for k in ("subtype", "region", "format", "network", "country"):
                if k in a:
                    rec[k] = a[k]
            labels.append(rec)
        elif a["type"] == "neg":
            negatives.append({**base, "kind": a["name"], "value": value})
        else:
            ignore.append({**base, "kind": a["name"], "value": value})
    rid = f"{split}-{'sec' if corpus == 'secrets' else tpl['kind']}-{idx:04d}"
    rec: dict[str, Any] = {"id": rid, "split": split, "set": corpus, "template": tpl["id"], "kind": tpl["kind"],
                           "lang": tpl["lang"], "regions": sorted({p.culture.code for p in doc.people.values()}),
                           "document": document, "labels": labels, "negatives": negatives}
    if "context" in tpl:
        rec["context"] = tpl["context"]
    if ignore:
        rec["ignore"] = ignore
    return rec


# ----------------------------------------------------------------------------------------------
# Building the splits
# ----------------------------------------------------------------------------------------------

FAKER_LOCALES: dict[str, list[str]] = {}   # Faker locales a PII-only split used (reported by the self-check)


def build_split(split: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    cfg = SPLITS[split] if split in SPLITS else EXTRA_SPLITS[split]
    g = Gen(split, cfg["seed"])
    mod = cfg["templates"]
    pii: list[dict[str, Any]] = []
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in mod.PII_TEMPLATES:
        by_kind[t["kind"]].append(t)
    idx = 0
    for kind in PII_KINDS:
        tpls = by_kind[kind]
        order: list[dict[str, Any]] = []
        while len(order) < cfg["pii_docs_per_kind"]:
            batch = list(tpls)
            g.rng.shuffle(batch)
            order.extend(batch)
        for tpl in order[: cfg["pii_docs_per_kind"]]:
            idx += 1
            doc = Doc(g, tpl["lang"], tpl.get("pool"))
            document, spans = build_document(doc, tpl["body"])
            pii.append(make_record(split, idx, tpl, document, spans, doc, "pii"))
    secrets: list[dict[str, Any]] = []
    if not cfg.get("secrets", True):
        FAKER_LOCALES[split] = sorted(g.fakers)
        return pii, secrets
    tpls = list(mod.SECRET_TEMPLATES)
    n_labels = n_negs = 0
    sidx = 0
    while (n_labels < cfg["secret_labels"] or n_negs < cfg["secret_negatives"]
           or len(secrets) < cfg["secret_docs_min"]):
        batch = list(tpls)
        g.rng.shuffle(batch)
        for tpl in batch:
            sidx += 1
            doc = Doc(g, tpl["lang"], tpl.get("pool_cultures"), tpl.get("pool", ["token"]))
            document, spans = build_document(doc, tpl["body"])
            rec = make_record(split, sidx, tpl, document, spans, doc, "secrets")
            n_labels += sum(1 for lab in rec["labels"] if lab["entity"] == "SECRET")
            n_negs += len(rec["negatives"])
            secrets.append(rec)
    return pii, secrets


# ----------------------------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------------------------

def leaf_at(document: Any, path: str) -> str:
    node = document
    if path:
        for part in path.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
    assert isinstance(node, str), path
    return node


def template_strings(body: Any) -> list[str]:
    if isinstance(body, str):
        return [body]
    if isinstance(body, dict):
        return [s for k, v in body.items() for s in [k, *template_strings(v)]]
    if isinstance(body, list):
        return [s for v in body for s in template_strings(v)]
    return []


def check(records_by_split: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    tpl_ids: dict[str, set[str]] = {}
    tpl_bodies: dict[str, set[str]] = {}
    values: dict[str, dict[str, set[str]]] = {}
    for split, cfg in SPLITS.items():
        mod = cfg["templates"]
        all_tpls = mod.PII_TEMPLATES + mod.SECRET_TEMPLATES
        ids = [t["id"] for t in all_tpls]
        assert len(ids) == len(set(ids)), f"duplicate template ids in {split}"
        tpl_ids[split] = set(ids)
        tpl_bodies[split] = {line.strip() for t in all_tpls for leaf in template_strings(t["body"])
                             for line in leaf.split("\n") if len(line.strip()) > 30}
        kinds = Counter(t["kind"] for t in mod.PII_TEMPLATES)
        for k in PII_KINDS:
            assert kinds[k] >= 15, f"{split}: only {kinds[k]} {k} templates"
        values[split] = defaultdict(set)
        recs = records_by_split[split]
        assert len(recs["pii"]) >= 600
        for rec in recs["pii"] + recs["secrets"]:
            check_record(rec)
            for lab in rec["labels"]:
                values[split][lab["entity"]].add(lab["value"])
        n_secret = sum(1 for r in recs["secrets"] for lab in r["labels"] if lab["entity"] == "SECRET")
        n_neg = sum(len(r["negatives"]) for r in recs["secrets"])
        assert n_secret >= 400 and n_neg >= 150, (split, n_secret, n_neg)
        subtypes = {lab["subtype"] for r in recs["secrets"] for lab in r["labels"] if lab["entity"] == "SECRET"}
        assert len(subtypes) >= 45, len(subtypes)
        missing = set(SECRET_FORMATS) - subtypes
        assert not missing, f"{split}: secret formats never used: {sorted(missing)}"
        regions = {lab["region"] for r in recs["pii"] for lab in r["labels"] if lab["entity"] == "PHONE_NUMBER"}
        assert len(regions) >= 30, len(regions)
        nets = {lab["network"] for r in recs["pii"] for lab in r["labels"] if lab["entity"] == "CREDIT_CARD"}
        assert nets == set(CARD_NETWORKS), nets
        ibans = {lab["country"] for r in recs["pii"] for lab in r["labels"] if lab["entity"] == "IBAN_CODE"}
        assert len(ibans) >= 15, len(ibans)
    assert not tpl_ids["tune"] & tpl_ids["test"], "template ids shared between splits"
    shared_lines = tpl_bodies["tune"] & tpl_bodies["test"]
    assert not shared_lines, f"template lines shared between splits: {sorted(shared_lines)[:3]}"
    for ent in ("CREDIT_CARD", "IBAN_CODE", "SECRET", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS"):
        shared = values["tune"][ent] & values["test"][ent]
        assert not shared, f"{ent} values in both splits: {sorted(shared)[:3]}"
    for ent in ("PERSON", "LOCATION"):
        shared = values["tune"][ent] & values["test"][ent]
        print(f"{ent}: {len(shared)} of {len(values['test'][ent])} distinct test values also occur in tune")


def _template_lines(tpls: list[dict[str, Any]], min_len: int) -> set[str]:
    """Stripped template lines longer than min_len; callable bodies are expanded with a scratch generator."""
    out = set()
    for t in tpls:
        body = t["body"]
        if callable(body):
            body = body(Doc(Gen("scratch", 1), t["lang"], t.get("pool")))
        out |= {line.strip() for leaf in template_strings(body) for line in leaf.split("\n")
                if len(line.strip()) > min_len}
    return out


def _source_lines(path: str, min_len: int) -> set[str]:
    """Stripped lines longer than min_len of every string literal in a Python file (parsed, not imported)."""
    import ast
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    return {line.strip() for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            for line in node.value.split("\n") if len(line.strip()) > min_len}


def _check_pii_only_split(built: dict[str, dict[str, list[dict[str, Any]]]], split: str, langs: tuple[str, ...], *,
                          min_templates: int, min_per_kind: int, min_regions: int, compare_all: bool,
                          no_guillemets: bool = False,
                          extra: Callable[[list[dict[str, Any]]], None] | None = None) -> None:
    """Self-check shared by the PII-only splits: the split's own rules (template ids, kinds and languages, record
    layout, labels), template ids and lines disjoint from the other splits' templates, and no card/IBAN/SSN/phone/
    e-mail/IP value shared with another split. compare_all=False compares with the tune and test splits only;
    compare_all=True compares with every other split, checks that all split seeds differ, and compares template
    lines with every other template module (templates_*.py, tune_extra*.py: their string literals, parsed without
    importing them). no_guillemets: no « left in any document; extra(recs) runs split-specific assertions."""
    import glob
    cfg = EXTRA_SPLITS[split]
    tpls = cfg["templates"].PII_TEMPLATES
    ids = [t["id"] for t in tpls]
    assert len(ids) == len(set(ids)), f"duplicate template ids in {split}"
    assert len(tpls) >= min_templates, len(tpls)
    kinds = Counter(t["kind"] for t in tpls)
    assert set(kinds) == set(PII_KINDS) and min(kinds.values()) >= min_per_kind, kinds
    missing_langs = set(langs) - {t["lang"] for t in tpls}
    assert not missing_langs, f"{split}: no template in {sorted(missing_langs)}"
    for t in tpls:
        assert set(t) <= {"id", "kind", "lang", "body", "pool"}, t["id"]
        assert t["lang"] in LANG_CULTURES and all(c in CULTURE for c in t.get("pool", [])), t["id"]
    if compare_all:
        seeds = [c["seed"] for c in [*SPLITS.values(), *EXTRA_SPLITS.values()]]
        assert len(seeds) == len(set(seeds)), f"split seeds must differ: {seeds}"
    mine = _template_lines(tpls, 20)
    other_cfgs = [*SPLITS.items(), *EXTRA_SPLITS.items()] if compare_all else list(SPLITS.items())
    for other, ocfg in other_cfgs:
        if other == split:
            continue
        omod = ocfg["templates"]
        otpls = list(getattr(omod, "PII_TEMPLATES", [])) + list(getattr(omod, "SECRET_TEMPLATES", []))
        shared_ids = set(ids) & {t["id"] for t in otpls}
        assert not shared_ids, f"template ids shared with {other}: {sorted(shared_ids)[:3]}"
        shared = mine & _template_lines(otpls, 20)
        assert not shared, f"template lines shared with {other}: {sorted(shared)[:3]}"
    files: list[str] = []
    if compare_all:
        mine_path = os.path.abspath(cfg["templates"].__file__)
        files = sorted({os.path.abspath(f) for pat in ("templates_*.py", "tune_extra*.py")
                        for f in glob.glob(os.path.join(HERE, pat))} - {mine_path})
    for path in files:
        shared = mine & _source_lines(path, 20)
        assert not shared, f"template lines shared with {os.path.basename(path)}: {sorted(shared)[:3]}"
    recs = built[split]["pii"]
    assert len(recs) == cfg["pii_docs_per_kind"] * len(PII_KINDS), len(recs)
    assert all(r["id"].startswith(f"{split}-") and r["split"] == split and r["set"] == "pii" for r in recs)
    assert Counter(r["kind"] for r in recs) == {k: cfg["pii_docs_per_kind"] for k in PII_KINDS}
    assert set(langs) <= {r["lang"] for r in recs}
    values: dict[str, set[str]] = defaultdict(set)
    for rec in recs:
        check_record(rec)
        if no_guillemets:
            assert "«" not in json.dumps(rec["document"], ensure_ascii=False), rec["id"]
        for lab in rec["labels"]:
            values[lab["entity"]].add(lab["value"])
    assert set(values) == set(PII_ENTITIES), sorted(values)
    assert len(FAKER_LOCALES[split]) >= 10, FAKER_LOCALES[split]
    regions = {lab["region"] for r in recs for lab in r["labels"] if lab["entity"] == "PHONE_NUMBER"}
    assert len(regions) >= min_regions, len(regions)
    if extra is not None:
        extra(recs)
    for other in [s for s in built if s != split] if compare_all else SPLITS:
        ovalues: dict[str, set[str]] = defaultdict(set)
        for rec in built[other]["pii"] + built[other]["secrets"]:
            for lab in rec["labels"]:
                ovalues[lab["entity"]].add(lab["value"])
        for ent in ("CREDIT_CARD", "IBAN_CODE", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS"):
            shared = values[ent] & ovalues[ent]
            assert not shared, f"{ent} values in {split} and {other}: {sorted(shared)[:3]}"
        for ent in ("PERSON", "LOCATION"):
            n = len(values[ent] & ovalues[ent])
            print(f"{split} {ent}: {n} of {len(values[ent])} distinct values also occur in {other}")
    compared = f"{len(files)} other template files compared, " if compare_all else ""
    print(f"{split}: {len(tpls)} templates, {compared}Faker locales used ({len(FAKER_LOCALES[split])}): "
          + ", ".join(FAKER_LOCALES[split]))


def check_test2(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only test2 split against its own rules and the tune and test splits."""
    _check_pii_only_split(built, "test2", TEST2_LANGS, min_templates=60, min_per_kind=12, min_regions=30,
                          compare_all=False)


def check_test3(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only test3 split against its own rules, every other split and every other
    template module (templates_*.py, tune_extra*.py: their string literals, parsed without importing them)."""
    _check_pii_only_split(built, "test3", TEST3_LANGS, min_templates=80, min_per_kind=15, min_regions=30,
                          compare_all=True)


def check_tune3(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only tune3 (tuning) split: its own rules, template lines disjoint from every other
    split's templates and template file, and no card/IBAN/SSN/phone/e-mail/IP value shared with another split;
    plus the PERSON/LOCATION subtypes tune3 was written for."""
    def subtypes(recs: list[dict[str, Any]]) -> None:
        found = {lab.get("subtype") for r in recs for lab in r["labels"] if lab["entity"] in ("PERSON", "LOCATION")}
        assert {"nickname", "region", "po_box", "district"} <= found, found

    _check_pii_only_split(built, "tune3", TUNE3_LANGS, min_templates=80, min_per_kind=15, min_regions=30,
                          compare_all=True, no_guillemets=True, extra=subtypes)


def check_test4(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only test4 split, as for test3: its own rules, template lines disjoint from every other
    split's templates and template file, no card/IBAN/SSN/phone/e-mail/IP value shared with another split; plus the
    pattern coverage test4 was written for (card networks, separators, phone regions, IBAN countries)."""
    def coverage(recs: list[dict[str, Any]]) -> None:
        nets = {lab["network"] for r in recs for lab in r["labels"] if lab["entity"] == "CREDIT_CARD"}
        assert set(CARD_NETWORKS) | set(templates_test4.EXTRA_CARD_NETWORKS) <= nets, nets
        cards = [lab["value"] for r in recs for lab in r["labels"] if lab["entity"] == "CREDIT_CARD"]
        assert all(any(sep in v for v in cards) for sep in (" ", "-", "\u00a0")) and any(v.isdigit() for v in cards)
        ibans = {lab["country"] for r in recs for lab in r["labels"] if lab["entity"] == "IBAN_CODE"}
        assert len(ibans) >= 20, len(ibans)

    _check_pii_only_split(built, "test4", TEST4_LANGS, min_templates=80, min_per_kind=15, min_regions=40,
                          compare_all=True, no_guillemets=True, extra=coverage)


def check_test5(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only test5 split, as for test4: its own rules, template lines disjoint from every other
    split's templates and template file, no card/IBAN/SSN/phone/e-mail/IP value shared with another split; plus the
    coverage test5 was written for (cultures of the people, LOCATION subtypes, card networks and separators, phone
    regions and forms, IBAN countries and layouts, hard-negative kinds)."""
    def coverage(recs: list[dict[str, Any]]) -> None:
        labs = [lab for r in recs for lab in r["labels"]]
        per = Counter(lab["entity"] for lab in labs)
        assert min(per[e] for e in PII_ENTITIES) >= 30, per
        cultures = {c for r in recs for c in r["regions"]}
        assert set(templates_test5.EMPHASIS) <= cultures, set(templates_test5.EMPHASIS) - cultures
        subs = {lab.get("subtype") for lab in labs if lab["entity"] == "LOCATION"}
        assert {"city", "country", "address", "street_address", "region", "landmark", "district", "postcode",
                "po_box"} <= subs, subs
        psubs = Counter(lab.get("subtype") for lab in labs if lab["entity"] == "PERSON")
        assert min(psubs[s] for s in ("full_name", "first_name", "last_name")) >= 50, psubs
        persons = [lab["value"] for lab in labs if lab["entity"] == "PERSON"]
        assert sum(v == v.lower() for v in persons) >= 50, "lower-case names"
        assert sum("-" in v for v in persons) >= 50 and sum(any(w in v.split(" ") for w in (
            "bin", "van", "de", "da", "dos", "dela", "delos", "von", "del")) or " al-" in f" {v}" for v in persons) >= 50
        nets = {lab["network"] for lab in labs if lab["entity"] == "CREDIT_CARD"}
        assert set(templates_test5.CARDS5) <= nets, set(templates_test5.CARDS5) - nets
        cards = [lab["value"] for lab in labs if lab["entity"] == "CREDIT_CARD"]
        assert all(any(sep in v for v in cards) for sep in (" ", "-", "\u00a0")) and any(v.isdigit() for v in cards)
        assert {len(re.sub(r"\D", "", v)) for v in cards} >= {13, 14, 15, 16, 19}
        phones = [lab for lab in labs if lab["entity"] == "PHONE_NUMBER"]
        assert len({lab["region"] for lab in phones}) >= 30
        intl = sum(lab["value"].lstrip("(").startswith(("+", "00")) for lab in phones)
        assert 0.25 <= intl / len(phones) <= 0.75, intl / len(phones)
        ibans = [lab for lab in labs if lab["entity"] == "IBAN_CODE"]
        assert len({lab["country"] for lab in ibans}) >= 25 and any(" " in lab["value"] for lab in ibans) \
            and any(" " not in lab["value"] for lab in ibans)
        negk = Counter(n["kind"] for r in recs for n in r["negatives"])
        for kind in ("order_number", "invoice_number", "tracking_number", "date", "time", "amount", "zip_code",
                     "vat_id", "company_id", "product_code", "version_string", "masked_card", "uuid"):
            assert negk[kind] >= 8, (kind, negk[kind])
        langs = Counter(r["lang"] for r in recs)
        assert len(langs) >= 18 and min(langs.values()) >= 5, langs

    _check_pii_only_split(built, "test5", TEST5_LANGS, min_templates=90, min_per_kind=18, min_regions=30,
                          compare_all=True, no_guillemets=True, extra=coverage)


def check_tune4(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only tune4 (tuning) split, as for tune3: its own rules, template lines disjoint from every
    other split's templates and template file, no card/IBAN/SSN/phone/e-mail/IP value shared with another split; plus
    the coverage tune4 was written for (the cultures of its people, native scripts, PERSON and LOCATION subtypes,
    lower-case names, honorifics outside the span, hard-negative kinds, ignore spans, languages)."""
    def coverage(recs: list[dict[str, Any]]) -> None:
        labs = [lab for r in recs for lab in r["labels"]]
        per = Counter(lab["entity"] for lab in labs)
        assert min(per[e] for e in PII_ENTITIES) >= 15, per
        cultures = {c for r in recs for c in r["regions"]}
        want = {g.code for g in templates_tune4.GROUPS.values()}
        assert want <= cultures, want - cultures
        subs = Counter(lab.get("subtype") for lab in labs if lab["entity"] == "LOCATION")
        assert min(subs[s] for s in ("city", "town", "village", "region", "district", "country", "address", "street_address",
                                     "postcode")) >= 10, subs
        psubs = Counter(lab.get("subtype") for lab in labs if lab["entity"] == "PERSON")
        assert min(psubs[s] for s in ("full_name", "first_name", "last_name", "nickname")) >= 20, psubs
        persons = [lab["value"] for lab in labs if lab["entity"] == "PERSON"]
        assert sum(v == v.lower() and v != v.upper() for v in persons) >= 50, "lower-case names"
        scripts = {"arabic": "\u0600-\u06ff", "greek": "\u0370-\u03ff", "cjk": "\u4e00-\u9fff", "hangul": "\uac00-\ud7af"}
        for name, rng in scripts.items():
            assert sum(bool(re.search(f"[{rng}]", v)) for v in persons) >= 10, name
        negk = Counter(n["kind"] for r in recs for n in r["negatives"])
        for kind in ("ticket_id", "order_number", "date", "amount", "time", "month_weekday", "capitalised_word", "name_word",
                     "product_name", "brand", "street_like", "job_title"):
            assert negk[kind] >= 8, (kind, negk[kind])
        assert sum(len(r.get("ignore", [])) for r in recs) >= 50
        langs = Counter(r["lang"] for r in recs)
        assert len(langs) >= 24 and min(langs.values()) >= 5, langs

    _check_pii_only_split(built, "tune4", TUNE4_LANGS, min_templates=90, min_per_kind=18, min_regions=30,
                          compare_all=True, no_guillemets=True, extra=coverage)


def check_test6(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only test6 split, as for test5: its own rules, template lines disjoint from every other split's
    templates and template file, no card/IBAN/SSN/phone/e-mail/IP value shared with another split; plus the coverage test6
    was written for (every culture group of the module among the people, PERSON and LOCATION subtypes, lower-case,
    native-script, word-like and two-surname names, inflected places, card networks and separators, phone regions and
    forms, IBAN countries and layouts, hard-negative kinds and counts, ignore spans, languages, PII values per document)."""
    mod = templates_test6

    def coverage(recs: list[dict[str, Any]]) -> None:
        labs = [lab for r in recs for lab in r["labels"]]
        per = Counter(lab["entity"] for lab in labs)
        assert min(per[e] for e in PII_ENTITIES) >= 25, per
        cultures = {c for r in recs for c in r["regions"]}
        want = {g["code"] for g in mod.GROUPS.values()}
        assert want <= cultures, want - cultures
        assert len(cultures) >= 50, len(cultures)
        subs = Counter(lab.get("subtype") for lab in labs if lab["entity"] == "LOCATION")
        for s in ("city", "town", "village", "district", "region", "country", "address", "street_address", "postcode", "landmark"):
            assert subs[s] >= 10, (s, subs)
        psubs = Counter(lab.get("subtype") for lab in labs if lab["entity"] == "PERSON")
        assert min(psubs[s] for s in ("full_name", "first_name", "last_name", "nickname")) >= 40, psubs
        persons = [lab["value"] for lab in labs if lab["entity"] == "PERSON"]
        assert sum(v == v.lower() and v != v.upper() for v in persons) >= 60, "lower-case names"
        assert sum(bool(re.search("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", v)) for v in persons) >= 60, "native-script names"
        words = {w.split("/")[0] for g in mod.GROUPS.values() for w in g.get("w", [])}
        assert sum(v.split(" ")[0] in words for v in persons) >= 40, "word-like given names"
        places = [lab["value"] for lab in labs if lab["entity"] == "LOCATION"]
        infl = {w for forms in mod.INFL.values() for _, w, _ in forms}
        assert sum(v in infl for v in places) >= 30, "inflected places"
        assert sum(v == v.lower() and v != v.upper() for v in places) >= 15, "lower-case places"
        nets = {lab["network"] for lab in labs if lab["entity"] == "CREDIT_CARD"}
        assert set(CARD_NETWORKS) <= nets, set(CARD_NETWORKS) - nets
        cards = [lab["value"] for lab in labs if lab["entity"] == "CREDIT_CARD"]
        assert all(any(sep in v for v in cards) for sep in (" ", "-", "\u00a0")) and any(v.isdigit() for v in cards)
        phones = [lab for lab in labs if lab["entity"] == "PHONE_NUMBER"]
        assert len({lab["region"] for lab in phones}) >= 45, len({lab["region"] for lab in phones})
        intl = sum(lab["value"].lstrip("(").startswith(("+", "00")) for lab in phones)
        assert 0.25 <= intl / len(phones) <= 0.75, intl / len(phones)
        ibans = [lab for lab in labs if lab["entity"] == "IBAN_CODE"]
        assert len({lab["country"] for lab in ibans}) >= 20 and any(" " in lab["value"] for lab in ibans) \
            and any(" " not in lab["value"] for lab in ibans)
        negk = Counter(n["kind"] for r in recs for n in r["negatives"])
        assert sum(negk.values()) >= 2000 and len(negk) >= 40, (sum(negk.values()), len(negk))
        for kind in ("date", "time", "amount", "weekday", "month_name", "job_title", "capitalised_word", "dish_name", "eponym", "product_name",
                     "ship_name", "street_like", "brand", "holiday", "ward_name", "case_number", "order_number", "invoice_number", "masked_card",
                     "gift_card_number", "plate", "microchip", "timestamp"):
            assert negk[kind] >= 8, (kind, negk[kind])
        assert sum(len(r.get("ignore", [])) for r in recs) >= 100
        langs = Counter(r["lang"] for r in recs)
        assert len(langs) >= 25 and min(langs.values()) >= 8, langs
        for r in recs:
            distinct = {(lab["entity"], lab["value"]) for lab in r["labels"]}
            assert len(distinct) >= 4, (r["id"], len(distinct))

    _check_pii_only_split(built, "test6", TEST6_LANGS, min_templates=90, min_per_kind=18, min_regions=45,
                          compare_all=True, no_guillemets=True, extra=coverage)


def check_tune5(built: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
    """Self-check of the PII-only tune5 (tuning) split, as for tune4 but lighter: its own rules, template lines disjoint from
    every other split's templates and template file, no card/IBAN/SSN/phone/e-mail/IP value shared with another split;
    plus the place coverage tune5 was written for (LOCATION count and subtypes, inflected, lower-case and listed places,
    country groups, people fewer than places, hard negatives and ignore spans, languages)."""
    mod = templates_tune5

    def coverage(recs: list[dict[str, Any]]) -> None:
        labs = [lab for r in recs for lab in r["labels"]]
        per = Counter(lab["entity"] for lab in labs)
        assert per["LOCATION"] >= 1200 and per["PERSON"] < per["LOCATION"], per
        assert min(per[e] for e in PII_ENTITIES) >= 10, per
        subs = Counter(lab.get("subtype") for lab in labs if lab["entity"] == "LOCATION")
        for s in ("village", "town", "district", "city", "region", "country", "address", "landmark"):
            assert subs[s] >= 20, (s, subs)
        assert subs["village"] >= 200 and subs["district"] >= 150, subs
        assert sum(subs[s] for s in ("island", "lake", "river", "mountain", "valley")) >= 50, subs
        places = [lab["value"] for lab in labs if lab["entity"] == "LOCATION"]
        infl = {form for cases in mod.CASES.values() for forms in cases.values() for _, form, _, _ in forms}
        assert sum(v in infl for v in places) >= 150, "inflected places"
        assert sum(v == v.lower() and v != v.upper() for v in places) >= 60, "lower-case places"
        groups = {k for k, g in mod.GROUPS.items() for v in places
                  if v in g["village"] or v in g["town"] or v in {d for d, _ in g["district"]}}
        assert len(groups) >= 40, (len(groups), sorted(set(mod.GROUPS) - groups))
        negk = Counter(n["kind"] for r in recs for n in r["negatives"])
        for kind in ("dish_name", "product_name", "ship_name", "street_like", "sports_team"):
            assert negk[kind] >= 8, (kind, negk[kind])
        assert sum(len(r.get("ignore", [])) for r in recs) >= 40
        langs = Counter(r["lang"] for r in recs)
        assert len(langs) >= 20 and min(langs.values()) >= 8, langs

    _check_pii_only_split(built, "tune5", TUNE5_LANGS, min_templates=50, min_per_kind=10, min_regions=30,
                          compare_all=True, no_guillemets=True, extra=coverage)


def check_record(rec: dict[str, Any]) -> None:
    doc = rec["document"]
    per_leaf: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for group, key in (("labels", "entity"), ("negatives", "kind"), ("ignore", "kind")):
        for s in rec.get(group, []):
            leaf = leaf_at(doc, s["path"])
            assert 0 <= s["start"] < s["end"] <= len(leaf), (rec["id"], s)
            assert leaf[s["start"]:s["end"]] == s["value"], (rec["id"], s)
            assert s["value"] == s["value"].strip(), (rec["id"], s)
            per_leaf[s["path"]].append((s["start"], s["end"], group))
            if group != "labels":
                continue
            v, ent = s["value"], s[key]
            if ent == "CREDIT_CARD":
                digits = re.sub(r"[ \u00a0-]", "", v)   # test4 also writes cards with no-break spaces
                assert digits.isdigit() and luhn_ok(digits), (rec["id"], v)
                assert card_network_ok(s["network"], digits), (rec["id"], v, s["network"])
            elif ent == "PHONE_NUMBER":
                num = pn.parse(v, s["region"])
                assert pn.is_valid_number(num) and pn.region_code_for_number(num) == s["region"], (rec["id"], v)
            elif ent == "IBAN_CODE":
                assert iban_ok(v), (rec["id"], v)
            elif ent == "US_SSN":
                assert ssn_ok(v), (rec["id"], v)
            elif ent == "IP_ADDRESS":
                ipaddress.ip_address(v)
            elif ent == "EMAIL_ADDRESS":
                assert re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v), (rec["id"], v)
            elif ent == "SECRET":
                assert s.get("subtype") in SECRET_FORMATS, (rec["id"], s)
            else:
                assert ent in PII_ENTITIES, ent
    for path, spans in per_leaf.items():
        spans.sort()
        for (s1, e1, g1), (s2, e2, g2) in itertools.pairwise(spans):
            assert e1 <= s2, f"{rec['id']} {path}: overlapping spans {g1} {s1}-{e1} / {g2} {s2}-{e2}"


def counts_table(records_by_split: dict[str, dict[str, list[dict[str, Any]]]]) -> str:
    lines = []
    for split, recs in records_by_split.items():
        pii, sec = recs["pii"], recs["secrets"]
        ent = Counter(lab["entity"] for r in pii for lab in r["labels"])
        kinds = Counter(r["kind"] for r in pii)
        negk = Counter(n["kind"] for r in pii + sec for n in r["negatives"])
        sub = Counter(lab["subtype"] for r in sec for lab in r["labels"] if lab["entity"] == "SECRET")
        sec_pii = Counter(lab["entity"] for r in sec for lab in r["labels"] if lab["entity"] != "SECRET")
        regions = Counter(lab["region"] for r in pii for lab in r["labels"] if lab["entity"] == "PHONE_NUMBER")
        nets = Counter(lab["network"] for r in pii for lab in r["labels"] if lab["entity"] == "CREDIT_CARD")
        ib = Counter(lab["country"] for r in pii for lab in r["labels"] if lab["entity"] == "IBAN_CODE")
        langs = Counter(r["lang"] for r in pii)
        locs = Counter(c for r in pii for c in r["regions"])
        n_tpl = len({r["template"] for r in pii}), len({r["template"] for r in sec})
        lines.append(f"== {split}: {len(pii)} PII documents ({n_tpl[0]} templates), {len(sec)} secret documents "
                     f"({n_tpl[1]} templates)")
        lines.append("  PII docs per kind:    " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        lines.append("  PII docs per lang:    " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
        lines.append("  PII labels:           " + ", ".join(f"{k} {v}" for k, v in ent.most_common())
                     + f" (total {sum(ent.values())})")
        if not sec:   # PII-only split (test2): labels per kind and subtype instead of the secret lines
            for k in PII_KINDS:
                ek = Counter(lab["entity"] for r in pii if r["kind"] == k for lab in r["labels"])
                lines.append(f"  labels in {k + ':':10} " + ", ".join(f"{e} {v}" for e, v in ek.most_common()))
            st = Counter(f"{lab['entity']}/{lab['subtype']}" for r in pii for lab in r["labels"] if "subtype" in lab)
            lines.append("  PERSON/LOCATION subtypes: " + ", ".join(f"{k} {v}" for k, v in sorted(st.items())))
            lines.append("  PII labels per lang:  " + ", ".join(
                f"{lg} {sum(len(r['labels']) for r in pii if r['lang'] == lg)}" for lg, _ in langs.most_common()))
        else:
            lines.append(f"  SECRET labels:        {sum(sub.values())} in {len(sub)} subtypes"
                         + (f"; PII labels in secret docs: {dict(sec_pii)}" if sec_pii else ""))
            lines.append("  secret subtypes:      " + ", ".join(f"{k} {v}" for k, v in sorted(sub.items())))
        lines.append(f"  phone regions ({len(regions)}):   " + ", ".join(f"{k} {v}" for k, v in sorted(regions.items())))
        lines.append("  card networks:        " + ", ".join(f"{k} {v}" for k, v in sorted(nets.items())))
        lines.append(f"  IBAN countries ({len(ib)}): " + ", ".join(f"{k} {v}" for k, v in sorted(ib.items())))
        lines.append(f"  person cultures ({len(locs)}): " + ", ".join(f"{k} {v}" for k, v in sorted(locs.items())))
        lines.append(f"  hard negatives ({sum(negk.values())}; secret docs "
                     f"{sum(len(r['negatives']) for r in sec)}): "
                     + ", ".join(f"{k} {v}" for k, v in sorted(negk.items())))
    return "\n".join(lines)


def dump(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true", help="regenerate and compare with the files in --out")
    ap.add_argument("--split", choices=["tune+test", "test2", "test3", "tune3", "test4", "test5", "tune4", "test6", "tune5", "all"],
                    default="tune+test",
                    help="files to write or compare: tune and test (default), test2 (test2.jsonl), test3 "
                         "(test3.jsonl), tune3 (tune3.jsonl, a tuning split), test4 (test4.jsonl), test5 (test5.jsonl), "
                         "tune4 (tune4.jsonl, a tuning split), test6 (test6.jsonl), tune5 (tune5.jsonl, a tuning split), or all; tune and "
                         "test are always built and checked (test2, test3, tune3, test4, test5, tune4, test6 and tune5 are checked "
                         "against them)")
    args = ap.parse_args()
    built = {}
    for split in [*SPLITS, *EXTRA_SPLITS] if args.split != "tune+test" else SPLITS:
        pii, sec = build_split(split)
        built[split] = {"pii": pii, "secrets": sec}
    check({split: built[split] for split in SPLITS})
    if "test2" in built:
        check_test2(built)
    if "test3" in built:
        check_test3(built)
    if "tune3" in built:
        check_tune3(built)
    if "test4" in built:
        check_test4(built)
    if "test5" in built:
        check_test5(built)
    if "tune4" in built:
        check_tune4(built)
    if "test6" in built:
        check_test6(built)
    if "tune5" in built:
        check_tune5(built)
    out_splits = {"tune+test": list(SPLITS), "test2": ["test2"], "test3": ["test3"], "tune3": ["tune3"],
                  "test4": ["test4"], "test5": ["test5"], "tune4": ["tune4"], "test6": ["test6"],
                  "tune5": ["tune5"], "all": [*SPLITS, "test2", "test3", "tune3", "test4", "test5", "tune4", "test6", "tune5"]}[args.split]
    built = {split: built[split] for split in out_splits}
    files = {}
    for split, recs in built.items():
        files[f"{split}.jsonl"] = dump(recs["pii"])
        if split in SPLITS:
            files[f"secrets_{split}.jsonl"] = dump(recs["secrets"])
    for name, text in files.items():
        assert len(text.encode()) < MAX_FILE_BYTES, (name, len(text.encode()))
    if args.check:
        def current(name: str) -> str | None:
            path = os.path.join(args.out, name)
            if not os.path.exists(path):
                return None
            with open(path, encoding="utf-8") as fh:
                return fh.read()
        stale = [n for n, t in files.items() if current(n) != t]
        print(counts_table(built))
        if stale:
            print("stale:", ", ".join(stale))
            return 1
        print("files are up to date")
        return 0
    for name, text in files.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as fh:
            fh.write(text)
    print(counts_table(built))
    print("wrote " + ", ".join(f"{n} ({len(t.encode()) // 1024} KiB)" for n, t in files.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
