#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "test5", a fifth held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test5.py          # write pairs_test5.jsonl, print the report
    python evals/cache/generate_test5.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test, test2, test3 and
test4 (25 pairs per paraphrase category, 54 per near-miss category, 607 in all), but new template
pairs in new wording and new slot pools. Written by a separate author, apart from the guard and the
verifier: from evals/cache/README.md, pairgen.py and generate_test4.py only, without opening anything
under src/, bench/, tests/ or scripts/, without reading any pairs_*.jsonl file and without scoring
anything on it.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test5
result leads to a change of the guard, the verifier, the thresholds or the templates, test5 is used
up too.

Style: terse keyword queries, long story-like questions, agent-written requests ("fetch:", "query
->"), lower case, all caps, typos, greetings and sign-offs; 12-15% of the pairs in German, French,
Spanish, Italian, Portuguese, Dutch or Polish (notes start with "[de]", "[fr]", "[es]", "[it]",
"[pt]", "[nl]", "[pl]"), each pair within one language. Near misses vary how the critical element
is written: "flying out of X, landing in Y", "with arrival at", "changing planes in X en route to
Y", "A today and B tomorrow", ratio order ("refunds to orders"), call order ("must X be called
before Y"), mentor/mentee, followers/followed, stand-in/absent, reader/calendar owner, UTC/local
conversion, a shipping speed changed either way; "and up"/"and below", "at or above"/"at or below",
"not before"/"not after" a clock time, "going for under/over", "deeper/shallower",
"beneath"/"in excess of", upper/lower bound of a band, "within"/"after more than",
"bigger/smaller than a shoebox"; "yet to"/"already", "minus"/"plus", "not counting"/"counting",
"ignoring"/"accounting for", "out-of-network"/"in-network", "have yet to"/"have", "exempt"/"non-exempt",
"no referral"/"a referral"; antonymous verbs (mute/unmute, connect/disconnect, claim/redeem,
extend/shorten, lengthen/shorten, buy/sell, tighten/loosen, strengthen/ease off, build/break up,
freeze over/thaw, acquire/release, start/abort, scale up/scale down, add/delist, import/export,
suspend/resume); ids, claims, seats, units (MB/KB, W, mm, km/h, kg), age bands, "1.5k"/"15k",
API versions, ports and pool sizes, transposed digits, number words; ordinal days ("the 21st of
May"), ISO week numbers, noon/midnight, 72/96 hours out, first/last weekday of a month,
month-to-date/year-to-date, the week before/after a holiday, H1/H2, clock times, ISO dates with
month and day swapped; look-alike cities, names, airport codes and domains; scope changes to another
attribute of one thing (amount vs duration of rain, moonrise vs moon phase, who vs why, count vs
total, deductible vs out-of-pocket maximum).

The self-check (pairgen.self_check; nothing is written if it fails) keeps test5 apart from every
other split: no template string shared with or worded like (word Jaccard 0.7 or more, a slot
counting as one word named after its pool) a template of tune, test, test2, test3, test4 or
tune2-tune5; no sentence and no (a, b) pair (either order) shared with any pairs_*.jsonl file or
tests/cache/pairs.py (a collision with a test split is reported by id only, so its text is never
printed); no slot value in any other split's pools, numbers included (only the closed sets,
weekdays, months and quarters, repeat); ids unique across all the files; a != b; no unfilled slot;
exactly 25 / 54 pairs per category from at least 12 / 20 templates; all 8 tools; 12-15% non-English.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pairgen
from pairgen import CATEGORIES, DOC, FL, KB, ORD, POL, PR, SQL, WX, Apart, Template

TARGET = pairgen.TEST_TARGET
MIN_PAIRS = TARGET  # every target must be met exactly
MIN_TEMPLATES = pairgen.TEST_MIN_TEMPLATES
NON_ENGLISH_SHARE = (0.12, 0.15)

# --------------------------------------------------------------------------------------------
# Slot pools: no value in the pools of tune, test, test2, test3, test4 or tune2-tune5, numbers
# included; only the closed sets (weekdays, months, quarters) repeat. Checked by the self-check.
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "cold press juicer": ["Kuvings", "Hurom", "Nama"],
    "window cleaning robot": ["Hobot", "Ecovacs", "Mamibot"],
    "heated clothes airer": ["Dimplex", "Lakeland", "Minky"],
    "label printer": ["Dymo", "Phomemo", "Niimbot"],
    "home projector": ["XGIMI", "Optoma", "Dangbei"],
    "ice cream maker": ["Cuisinart", "Magimix", "Lello"],
    "sous vide cooker": ["Anova", "Inkbird", "Wancle"],
}

LISTS = {
    "city": ["Lublin", "Olomouc", "Pécs", "Maribor", "Zadar", "Plovdiv", "Cluj-Napoca", "Groningen", "Nijmegen",
             "Poitiers", "Matera", "Vigo", "Oviedo", "Braga", "Aveiro", "Esbjerg", "Swansea", "Omaha", "Kanazawa",
             "Sibiu", "Ohrid", "Szeged", "Kosice", "Rijeka", "Burgas", "Heraklion", "Essaouira", "Kandy", "Galle",
             "Takamatsu", "Tainan", "Napier", "Saskatoon", "Missoula", "Flagstaff", "Pensacola", "Valparaíso"],
    "coast": ["Zadar", "Vigo", "Aveiro", "Esbjerg", "Swansea", "Rijeka", "Burgas", "Heraklion", "Essaouira", "Galle",
              "Napier", "Pensacola"],  # coastal cities of the city pool
    "country": ["Tajikistan", "Eswatini", "Lesotho", "Benin", "Togo", "Gabon", "Suriname", "Guyana", "Barbados",
                "Bosnia and Herzegovina", "Kosovo", "Liechtenstein", "Andorra", "San Marino", "Samoa", "Seychelles",
                "Cape Verde"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "de_weekday": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "de_month": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
    "fr_weekday": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es_weekday": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "es_month": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
    "nl_month": ["januari", "februari", "maart", "juni", "juli", "augustus", "oktober"],
    "it_month": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "settembre"],
    "person": ["Henrike Bauer", "Tobias Lindahl", "Marguerite Fontaine", "Wiktoria Zielinska", "Pieter de Wit",
               "Hana Novak", "Giulia Romano", "Declan Murphy", "Liesel Hartmann", "Rasmus Dahl", "Selin Aydin",
               "Bartosz Wojcik", "Thandiwe Mokoena", "Ruairi Gallagher", "Fenna Visser"],
    "first": ["henrike", "tobias", "pieter", "hana", "ines", "rasmus", "selin", "fenna"],
    "plan": ["Sparrow", "Falcon", "Kestrel", "Albatross"],
    "tier": ["Linden", "Hawthorn", "Rowan", "Alder"],
    "region": ["the Horn of Africa", "the Levant", "the Adriatic coast", "the DACH region", "the South Pacific",
               "the Gulf states", "the Prairies", "the Deep South", "the Maghreb"],
    "procedure": ["wisdom tooth removal", "psychotherapy sessions", "orthotic insoles", "varifocal glasses",
                  "hip replacement rehab", "sleep apnoea devices", "ear microsuction", "dermatology check-ups"],
    "payment": ["MB Way", "Vipps", "Payconiq", "PayNow", "Multibanco"],
    "device": ["Fire TV Stick", "Pixel Tablet", "Kobo reader", "Nvidia Shield", "Huawei MatePad", "LG webOS TV",
               "Garmin watch"],
    "lang": ["Svelte", "Vue", "Angular", "Nuxt", "FastAPI", "Symfony", "Quarkus", "Ktor"],
    "integration": ["Zoho CRM", "Teamwork", "Help Scout", "FreeAgent", "Sage Accounting", "Pleo", "Personio",
                    "Capsule CRM"],
    "endpoint": ["/webhook_endpoints", "/price_tiers", "/refund_requests", "/workspaces", "/api_tokens",
                 "/saved_views", "/roles", "/sso_connections", "/billing_portal", "/dunning_rules"],
    "db": ["TiDB", "YugabyteDB", "Timescale", "Firebird", "Vitess", "Materialize", "QuestDB"],
    "dept": ["Legal Affairs", "Site Reliability", "Growth Marketing", "Partner Success", "Payroll Services",
             "Trust and Safety", "Data Governance"],
    "company": ["Oakhurst Dental", "Silverbeck Logistics", "Northgate Timber", "Cobblestone Bakeries",
                "Larkspur Analytics", "Redfern Optics", "Thistledown Farms", "Ironbridge Capital"],
    "holiday": ["Midsummer Eve", "Reformation Day", "Liberation Day", "Constitution Day", "Shrove Tuesday",
                "Assumption Day"],
    "cur": ["KZT", "LKR", "TND", "GEL", "UYU", "BAM", "MKD", "JOD"],
    "color": ["mustard yellow", "slate blue", "blush pink", "sand beige", "pine green", "rust red"],
    "hlang": ["Galician", "Maltese", "Georgian", "Khmer", "Yoruba", "Luxembourgish", "Faroese", "Sinhala"],
    "fmt": ["MessagePack", "HDF5", "NetCDF", "Feather", "VCF", "ICS"],
    "carrier": ["bpost", "Correos Express", "CTT", "Asendia", "Speedy", "Econt", "Fastway"],
    "gadget": ["Pixel Watch 2", "Galaxy Buds 3", "Kobo Libra Colour", "DJI Mini 4 Pro", "Insta360 X4",
               "Polar Vantage V3", "Suunto Race"],
    "phone": ["Xperia 10 VI", "OnePlus 12", "Honor Magic 6", "Galaxy A55", "Pixel 8 Pro", "iPhone 13 mini",
              "Motorola Edge 50"],
    "airline": ["Loganair", "Binter", "Widerøe", "Aurigny", "Croatia Airlines", "Air Serbia", "Smartwings",
                "Sky Express"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [168, 214, 276, 332, 398, 458, 576, 712, 935, 1240],
    "n": [51, 104, 117, 133, 142, 159, 166],
    "tempc": [-4.5, -6.5, -7.5, -9.5],
    "pct": [6.25, 12.75, 14.25, 21.25, 26.5],
    "seat": ["31C", "31D", "32C", "32D", "33C"],
    "cap": ["128GB", "256GB", "512GB"],
    "fy": ["FY31", "FY32", "FY33"],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Lucerne", "Lucena"), ("Modena", "Medina"), ("Laval", "Lavaur"), ("Kassel", "Kessel")],
    "twin_person": [("Sara Jansen", "Sara Janssen"), ("Tomasz Kowalski", "Tomasz Kowalczyk"),
                    ("Anne Schmitt", "Anne Schmidt"), ("Michael Brennan", "Michael Brannan"),
                    ("Elena Moretti", "Elena Moretto")],
    "airport": [("BLQ", "BLL"), ("TRN", "TRS"), ("GOT", "GOA"), ("VCE", "VCA")],
    "usd": [("7/11", "11/7"), ("3/8", "8/3"), ("10/2", "2/10"), ("4/12", "12/4")],
    "domain": [("tallyho.io", "tallyho.com"), ("greenmoss.de", "greenmoss.com"), ("pinecrest.org", "pinecrest.net")],
    "ver": [("4.9.2", "4.9.12"), ("2.0.0-rc.3", "2.0.0"), ("11.1", "11.10"), ("5.6.0", "5.7.0")],
    "half": [("H1", "H2")],
}

EMAIL = (["t.lindahl", "oskar.b", "mfernandes", "kasia.w", "pieter.dw", "g.romano"],
         ["runbox.com", "gmx.at", "seznam.cz", "wp.pl", "orange.fr", "libero.it"])
AIRLINE_CODE = {"Loganair": "LM", "Binter": "NT", "Widerøe": "WF", "Aurigny": "GR", "Croatia Airlines": "OU",
                "Air Serbia": "JU", "Smartwings": "QS", "Sky Express": "GQ"}


def clock_pool(times: list[str]) -> pairgen.Draw:
    """"07:40"; the second one is an hour or two away, same minutes."""
    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            h, m = prev[0].split(":")
            return f"{(int(h) + rng.choice([1, 2, -1])) % 24:02d}:{m}"
        return rng.choice(times)
    return draw


def ordinal_day_pool() -> pairgen.Draw:
    """"21st"; the second one is the next day ("22nd")."""
    def suffix(d: int) -> str:
        return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"

    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            return suffix(int(prev[0][:-2]) + rng.choice([1, 1, 2]))
        return suffix(rng.randrange(1, 27))
    return draw


def week_pool() -> pairgen.Draw:
    """An ISO week number "17"; the second one is the next or the previous week."""
    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            return str(int(prev[0]) + rng.choice([1, -1]))
        return str(rng.randrange(6, 49))
    return draw


# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]", "[it]", "[pt]", "[nl]", "[pl]" at the
# start of a note marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (WX, "{city} wind chill {weekday} before sunrise", "before sunrise {weekday} wind chill {city}", "time moved to the front"),
    (FL, "round trip {city} to {city#2} in {month} on {airline}", "on {airline}, round trip {city} to {city#2} in {month}", "airline moved to the front, route kept"),
    (ORD, "delivery address change for order {order} before dispatch", "before dispatch, delivery address change for order {order}", "condition moved to the front"),
    (PR, "spare parts price for the {brand} {product}", "for the {brand} {product}: spare parts price", "product moved to the front"),
    (SQL, "refund rate by carrier for {region} in {q}", "in {q}, refund rate by carrier for {region}", "quarter moved to the front"),
    (DOC, "webhook signature mismatch behind a proxy, {lang} SDK", "{lang} SDK, webhook signature mismatch behind a proxy", "SDK moved to the front"),
    (POL, "notice period when resigning during probation", "during probation: notice period when resigning", "clauses swapped"),
    (KB, "export all contacts to CSV from the {device} app", "from the {device} app, export all contacts to CSV", "device moved to the front"),
    (WX, "{city} hay fever outlook and sun protection advice, {weekday}", "{weekday}: sun protection advice and hay fever outlook, {city}", "list and time reordered"),
    (ORD, "screws missing from the {carrier} delivery of order {order}", "order {order}, {carrier} delivery, screws missing", "keywords reordered"),
    (SQL, "p90 page load time by browser over the last 7 days", "over the last 7 days, p90 page load time by browser", "period moved to the front"),
    (FL, "aisle seat request for {flightno} on {weekday}", "on {weekday}, aisle seat request for {flightno}", "day moved to the front"),
    (PR, "{color} {product} in stock near {city}", "near {city}, {color} {product} in stock", "place moved to the front"),
    (KB, "workspace ownership transfer when the admin leaves the company", "when the admin leaves the company, workspace ownership transfer", "clauses swapped"),
    (DOC, "bulk upsert limits of {endpoint} on {db}", "on {db}, bulk upsert limits of {endpoint}", "database moved to the front"),
    (POL, "{tier} plan reimbursement for {procedure}", "reimbursement for {procedure}, {tier} plan", "plan moved to the end"),
    (WX, "weerbericht {city} zaterdagochtend regen en wind", "regen en wind zaterdagochtend weerbericht {city}", "[nl] same words reordered"),
    (ORD, "status dostawy zamówienia {order} dzisiaj", "dzisiaj status dostawy zamówienia {order}", "[pl] time moved to the front"),
    (SQL, "fatturato per negozio nel mese di {it_month}, {city}", "{city}, fatturato per negozio nel mese di {it_month}", "[it] city moved to the front"),
]

T["shorten"] = [
    (WX, "We're planning a barbecue in the garden in {city} on {weekday} evening and I need to know if it'll stay dry after 6pm", "{city} dry after 6pm {weekday} evening?", "story cut to keywords"),
    (FL, "My parents are flying {airline} from {city} to {city#2} on {date} and want to know how many kilos of checked luggage each of them can bring", "{airline} {city}-{city#2} {date} checked bag allowance kg per person", "story cut, route kept"),
    (ORD, "I placed order {order} last week with express shipping but it's still showing as processing, can you tell me when it will actually ship?", "order {order} ship date, express, still processing", "story cut"),
    (PR, "I'm looking at the {brand} {product} for my small flat and I'd like to know how loud it is in decibels on the highest setting", "{brand} {product} dB at max setting", "reason dropped"),
    (SQL, "For the board deck I need the number of paying customers we had in {region} at the end of each month in {q}", "paying customers at month-end in {region}, {q}", "context dropped"),
    (DOC, "We're moving our backend behind a corporate proxy and I'm wondering whether the {lang} SDK can connect through an HTTP proxy that needs a username and password, and where that's set", "{lang} SDK authenticated HTTP proxy config", "question cut to keywords"),
    (WX, "Could you let me know roughly what time the sun comes up in {city} on {date}? I want to photograph the sunrise", "{date} {city} daybreak time", "reason dropped"),
    (FL, "I booked {flightno} and I'm wondering whether I can choose my seat for free at check-in or whether that costs extra", "{flightno}: free seat choice at check-in?", "story cut"),
    (ORD, "The blender in order {order} arrived with a cracked jug, and I'd prefer to be sent a replacement jug rather than getting my money back", "order {order} cracked jug: replacement jug, not refund", "story cut, choice kept"),
    (SQL, "Can you pull up how many units of each SKU we sold through the {city} store over the past 30 days, sorted from most to least?", "{city} store units sold per SKU, last 30d, desc", "request cut to agent keywords"),
    (PR, "Looking for a present for my dad: he wants a {product} in {color} that can be delivered before {weekday}, any suggestions?", "{color} {product} delivered before {weekday}", "story cut"),
    (POL, "My partner just had our second child and I'd like to know how many weeks of paid leave the non-birthing parent can take here", "paid leave weeks for the non-birthing parent", "story cut"),
    (KB, "I've been trying to invite a colleague to our workspace for an hour but the invitation email never reaches their inbox; can I get a shareable invite link instead?", "shareable invite link instead of invitation email", "story cut"),
    (DOC, "Je n'arrive pas à comprendre comment on filtre les résultats de {endpoint} par date de création, quelqu'un peut m'expliquer ?", "{endpoint} filtrer par date de création", "[fr] question cut to keywords"),
    (KB, "Ich habe mein Passwort jetzt dreimal zurückgesetzt, aber die Mail mit dem Link kommt einfach nicht an. Was kann ich tun?", "Passwort-Reset-Mail kommt nicht an", "[de] story cut"),
    (POL, "Mag ik mijn ongebruikte vakantiedagen van dit jaar meenemen naar volgend jaar, en zo ja, hoeveel maximaal?", "maximum vakantiedagen meenemen naar volgend jaar", "[nl] question cut to keywords"),
    (ORD, "Boa tarde, comprei um casaco na encomenda {order} e gostaria de saber quando é que ele chega a {city}", "encomenda {order} previsão de entrega {city}", "[pt] greeting and story cut"),
]

T["question_keyword"] = [
    (WX, "Around what time does the drizzle in {city} let up on {weekday}?", "{city} {weekday} drizzle ending time", "question vs keywords"),
    (FL, "Which terminal does {airline} depart from at {airport}?", "{airline} departure terminal {airport}", "question vs keywords"),
    (ORD, "Why was order {order} split into two parcels?", "order {order} split into 2 parcels, reason", "question vs keywords, number word"),
    (PR, "Does the {brand} {product} ship with a UK plug?", "{brand} {product} UK plug included?", "question vs keywords"),
    (SQL, "Which {dept} employees haven't finished security training yet?", "{dept} staff with security training incomplete", "question vs keywords, negation on both sides"),
    (DOC, "How do I stream large {fmt} exports from {endpoint} without loading everything into memory?", "{endpoint} stream {fmt} export, low memory", "question vs keywords"),
    (POL, "Can unused sick days be paid out when I leave the company?", "unused sick days payout on leaving", "question vs keywords"),
    (KB, "How do I merge two accounts that were made with different emails?", "merge 2 accounts with different emails", "question vs keywords"),
    (WX, "What's the dew point in {city} this evening?", "fetch: dew point, {city}, this evening", "question vs agent-style keywords"),
    (SQL, "Which {payment} transactions failed last {weekday}?", "failed {payment} transactions last {weekday}", "question vs keywords"),
    (FL, "Does {airline} serve hot meals on the {city} route?", "{airline} {city} route hot meal service", "question vs keywords"),
    (ORD, "Can the courier leave order {order} with a neighbour?", "order {order} leave with neighbour ok?", "question vs keywords"),
    (DOC, "What scopes does a {lang} API token need to read {endpoint}?", "{lang} token scopes needed for reading {endpoint}", "question vs keywords"),
    (PR, "Is the {gadget} waterproof enough to swim with?", "{gadget} swim-proof rating", "question vs keywords"),
    (POL, "¿Cuántos días libres me corresponden por mudanza?", "días libres por mudanza", "[es] question vs keywords"),
    (KB, "Come si esporta la cronologia delle chat?", "esportare cronologia chat", "[it] question vs keywords"),
    (KB, "Jak zmienić adres e-mail przypisany do konta?", "zmiana adresu e-mail przypisanego do konta", "[pl] question vs keywords"),
]

T["synonym"] = [
    (KB, "lost the email confirming my purchase, can it be resent", "resend my order confirmation message", "rephrased"),
    (ORD, "my parcel {order} got damaged on the way", "shipment {order} arrived broken", "synonyms"),
    (WX, "will {city} be scorching on {weekday}", "heatwave expected in {city} {weekday}?", "rephrased"),
    (FL, "cheapest day to travel {city} to {city#2} in {month}", "lowest-fare date from {city} towards {city#2} during {month}", "several words replaced, route kept"),
    (PR, "{product} that's easy to use if you've never owned one", "beginner-friendly {product}", "rephrased"),
    (SQL, "how many shoppers came back to buy again in {q}", "repeat customer count {q}", "rephrased"),
    (DOC, "{lang} library keeps throwing auth errors", "{lang} SDK repeatedly fails to authenticate", "rephrased"),
    (POL, "do we get extra money for working nights", "night shift pay premium", "rephrased"),
    (KB, "the app freezes when I open settings", "application hangs on the preferences screen", "synonyms"),
    (ORD, "send me a fresh copy of the invoice for order {order}", "reissue the bill for purchase {order}", "synonyms"),
    (WX, "foggy start to the day in {city} tomorrow?", "{city} poor visibility early tomorrow morning?", "rephrased"),
    (SQL, "which stores lost money in {month}", "unprofitable branches during {month}", "rephrased"),
    (FL, "can I change my {airline} dates for free", "{airline} no-fee rebooking policy", "rephrased"),
    (DOC, "delete lots of records at once via {endpoint}", "{endpoint} bulk removal", "rephrased"),
    (PR, "battery life of the {gadget}", "how long the {gadget} runs on a single charge", "rephrased"),
    (KB, "ik kan niet inloggen", "aanmelden lukt me niet", "[nl] rephrased, negation on both sides"),
    (POL, "quanti giorni di ferie ho all'anno", "giorni di vacanza annuali spettanti", "[it] rephrased"),
    (ORD, "gdzie jest moja paczka {order}", "przesyłka {order} - status śledzenia", "[pl] rephrased"),
]

T["typo"] = [
    (WX, "chance of thunderstorms {city} {weekday} evening", "chance of thunderstroms {city} {weekday} evening", "one typo"),
    (FL, "{airline} baggage fees for {city} flights", "{airline} bagage fees for {city} flihgts", "two typos"),
    (ORD, "cancel order {order} before it ships", "cancle order {order} before it shipps", "two typos"),
    (PR, "{brand} {product} replacement power cable", "{brand|lower} {product} replacment power cable", "lower-case brand + typo"),
    (SQL, "average basket size per store in {month}", "avergae basket size per store in {month}", "one typo"),
    (DOC, "{lang} SDK: retrying failed webhook deliveries", "{lang} sdk: retrying failed webhok deliveries", "casing + typo"),
    (POL, "bereavement leave for a close friend", "bereavment leave for a close freind", "two typos"),
    (KB, "Two-step verification codes expired", "two step verfication codes expired", "casing + hyphen + typo"),
    (WX, "{city|upper} WIND GUSTS THIS WEEKEND", "{city} wind gusts this wekend", "all caps vs lower case + typo"),
    (ORD, "Has my refund for order {order} gone through yet?", "has my refund for order {order} gone thru yet", "casing, slang spelling, punctuation dropped"),
    (FL, "seat map for {flightno}", "seatmap for {flightno}??", "split word joined + punctuation"),
    (SQL, "{country} subscriptions cancelled in {q}", "{country} subcriptions canceled in {q}", "US spelling + typo"),
    (PR, "tempered glass screen protector that fits the {gadget}", "tempered glass screen protecter that fits the {gadget|typo}", "model misspelt + typo"),
    (DOC, "what are the request quotas on {endpoint}", "wat are the request qoutas on {endpoint}", "two typos"),
    (WX, "météo {city} ce week-end", "meteo {city} ce weekend", "[fr] accent and hyphen dropped"),
    (ORD, "waar blijft mijn bestelling {order}", "waar blijft mijn bestelilng {order}", "[nl] one typo"),
    (FL, "¿cuánto equipaje de mano deja llevar {airline}?", "cuanto equipage de mano deja llevar {airline}", "[es] accent and punctuation dropped + typo"),
]

T["politeness"] = [
    (WX, "{city} golden hour {weekday} evening", "Hi! Hope all's well. Would you mind finding out when golden hour is in {city} on {weekday} evening? Cheers!", "greeting + please + sign-off"),
    (FL, "{airline} infant seat rules", "Hello, I'm so sorry to trouble you, but could you explain the {airline} infant seat rules? Thank you ever so much", "apology + thanks"),
    (ORD, "change the delivery slot for order {order}", "good morning :) could you please change the delivery slot for order {order}? thanks in advance", "greeting + emoticon + thanks"),
    (PR, "does the {brand} {product} guarantee cover accidental damage", "Hey there, quick one: does the {brand} {product} guarantee cover accidental damage? Thanks!!", "casual wrapper"),
    (SQL, "WAU for {region}, previous calendar month", "Hello, when you have a minute, please could you get me WAU for {region} for the previous calendar month? Thank you", "please + thanks"),
    (DOC, "paginate {endpoint} results in {lang}", "Hi folks, apologies for the newbie question, how do I paginate {endpoint} results in {lang}? Thanks a bunch", "apology + thanks"),
    (POL, "gym membership subsidy", "Dear HR, I hope this message finds you well. Could you tell me about the gym membership subsidy? Kind regards", "letter-style wrapper"),
    (KB, "close my account permanently", "hello, I'd really appreciate it if you could help me close my account permanently, thanks for your patience", "hedge + thanks"),
    (WX, "rain tomorrow in {city}?", "Morning! Sorry, me again - will there be rain tomorrow in {city}? Thanks heaps", "apology + thanks"),
    (ORD, "has the refund for order {order} been approved", "Hi, could you kindly check whether the refund for order {order} has been approved? Many thanks and have a nice day", "please + thanks + wish"),
    (SQL, "churn by plan for {q}", "Dear analytics team, please could you share churn by plan for {q}? Best regards", "letter-style wrapper"),
    (FL, "was kostet die Sitzplatzreservierung bei {airline}", "Hallo zusammen, könnten Sie mir bitte sagen, was die Sitzplatzreservierung bei {airline} kostet? Vielen Dank!", "[de] polite wrapper"),
    (KB, "prazo de devolução", "Olá, bom dia! Poderiam por favor informar qual é o prazo de devolução? Obrigada", "[pt] polite wrapper"),
    (KB, "reset hasła", "Dzień dobry, czy mogliby Państwo pomóc mi w resecie hasła? Z góry dziękuję", "[pl] polite wrapper"),
    (SQL, "omzet per regio voor {q}", "Hoi, zou je alsjeblieft de omzet per regio voor {q} kunnen opzoeken? Bedankt!", "[nl] polite wrapper"),
]

T["mixed"] = [
    (WX, "Is it going to be warm enough to swim at the beach in {coast} on {weekday}?", "{coast} {weekday} beach wx, swimmable temps?", "abbreviation + rephrased"),
    (FL, "Hello! What's the latest I can check in for a {airline} flight out of {city}?", "{airline} {city} departures: check-in cutoff", "greeting dropped + rephrased"),
    (ORD, "I think order {order} was sent to my old address, can you redirect it?", "ordr {order} going to previous addr → reroute pls", "typo + arrow + abbreviations"),
    (PR, "Which {product} would you suggest that's easy to store in a small flat?", "space-saving {product} recs for a tiny apartment", "rephrased + abbreviation"),
    (SQL, "How much did we pay back in refunds to {country} customers during {month}?", "{country} refunds total $ {month}", "keywords + symbol"),
    (DOC, "hey so my {lang} app crashes whenever the access token expires mid-request, how do I get it renewed automatically?", "{lang} SDK auto token refresh on expiry", "story cut + synonyms"),
    (POL, "If I get injured while commuting to the office, does the company's accident insurance cover me?", "commute injury: employer accident cover y/n", "keywords + y/n"),
    (KB, "Ugh, I keep getting logged out every few minutes on the web app, why???", "web session expiring too quickly", "rephrased, complaint dropped"),
    (WX, "Should I bring an umbrella to {city} on {weekday} or will it stay dry?", "{city} {weekday} precip chance", "jargon + keywords"),
    (SQL, "Hiya, could you figure out which salesperson brought in the most new revenue in {q}?", "{q} #1 seller by new revenue", "greeting dropped + symbol + synonyms"),
    (FL, "Is it possible to bring my surfboard along when I fly {airline} to {city}?", "{airline} surfboard as checked luggage, {city}", "question cut + rephrased"),
    (ORD, "The thing I got in order {order} looks nothing like the photo", "order {order}: item doesn't match listing pic", "rephrased, negation word on both sides"),
    (PR, "got any headphones that block out noise on planes for less than a hundred bucks", "ANC headphones for flights under $100", "jargon + number word + symbol"),
    (WX, "Oye, ¿va a hacer mucho calor en {city} el fin de semana?", "{city} finde temperaturas altas?", "[es] greeting dropped + slang"),
    (DOC, "Servus, wie krieg ich im {lang}-SDK die Debug-Logs angezeigt?", "{lang} SDK Debug-Logging aktivieren", "[de] greeting dropped + rephrased"),
    (ORD, "Coucou, mon colis {order} est marqué livré mais j'ai rien reçu", "commande {order} indiquée livrée, jamais arrivée", "[fr] greeting dropped + rephrased"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "flying out of {city}, landing in {city#2}, {weekday}", "flying out of {city#2}, landing in {city}, {weekday}", "origin and destination swapped"),
    (FL, "{airline} service from {airport} with arrival at {airport#2}", "{airline} service from {airport#2} with arrival at {airport}", "look-alike airport codes swapped"),
    (FL, "changing planes in {city} en route to {city#2}", "changing planes in {city#2} en route to {city}", "connection and destination swapped"),
    (ORD, "exchange rate used converting {cur} into {cur#2} for my refund", "exchange rate used converting {cur#2} into {cur} for my refund", "currency direction"),
    (ORD, "forward order {order} from {person}'s address to {person#2}'s", "forward order {order} from {person#2}'s address to {person}'s", "redirect direction"),
    (ORD, "change order {order} from standard to express shipping", "change order {order} from express to standard shipping", "shipping speed change direction"),
    (SQL, "ratio of refunds to orders by week", "ratio of orders to refunds by week", "ratio order"),
    (SQL, "customers who switched from {payment} to {payment#2} at checkout", "customers who switched from {payment#2} to {payment} at checkout", "payment switch direction"),
    (SQL, "who does {first} mentor", "who mentors {first}", "mentor/mentee, subject/object"),
    (SQL, "invoices {company} sent {company#2} in {month}", "invoices {company#2} sent {company} in {month}", "biller/billed swapped"),
    (KB, "sync calendar events from {integration} to {integration#2}", "sync calendar events from {integration#2} to {integration}", "sync direction"),
    (KB, "set up forwarding from {email} to {email#2}", "set up forwarding from {email#2} to {email}", "forwarding direction, often one mailbox at two domains"),
    (KB, "followers of {person}", "people {person} follows", "followers/followed"),
    (DOC, "migrating a schema from {db} to {db#2}", "migrating a schema from {db#2} to {db}", "migration direction"),
    (DOC, "must {endpoint} be called before {endpoint#2}", "must {endpoint#2} be called before {endpoint}", "call order"),
    (DOC, "convert timestamps from UTC to local time in {lang}", "convert timestamps from local time to UTC in {lang}", "conversion direction"),
    (WX, "{city} today and {city#2} tomorrow: forecasts", "{city#2} today and {city} tomorrow: forecasts", "which city on which day"),
    (WX, "how much warmer will {city} be than {city#2} this weekend", "how much warmer will {city#2} be than {city} this weekend", "A vs B swapped"),
    (PR, "trade in my {phone} for a {phone#2}", "trade in my {phone#2} for a {phone}", "trade-in direction"),
    (PR, "{product} ranked from cheapest to priciest", "{product} ranked from priciest to cheapest", "sort order"),
    (POL, "switching from {tier} cover to {tier#2} mid-year", "switching from {tier#2} cover to {tier} mid-year", "plan switch direction"),
    (POL, "can {person} approve leave for {person#2}", "can {person#2} approve leave for {person}", "approver/requester swapped"),
    (POL, "does {person} stand in for {person#2} during parental leave", "does {person#2} stand in for {person} during parental leave", "stand-in/absent swapped"),
    (POL, "relocation package for moving from the {city} office to {city#2}", "relocation package for moving from the {city#2} office to {city}", "relocation direction"),
    (KB, "give {first} read access to {first#2}'s calendar", "give {first#2} read access to {first}'s calendar", "reader and calendar owner swapped"),
    (FL, "lot z {airport} do {airport#2} w piątek", "lot z {airport#2} do {airport} w piątek", "[pl] route swapped"),
    (SQL, "clientes que pasaron del plan {plan} al {plan#2}", "clientes que pasaron del plan {plan#2} al {plan}", "[es] plan move direction"),
    (FL, "vol retour de {city} vers {city#2}", "vol retour de {city#2} vers {city}", "[fr] route swapped"),
    (SQL, "Überweisungen von {company} an {company#2} im {de_month}", "Überweisungen von {company#2} an {company} im {de_month}", "[de] payer/payee swapped"),
    (WX, "quanto è più caldo {city} rispetto a {city#2} domani", "quanto è più caldo {city#2} rispetto a {city} domani", "[it] A vs B swapped"),
    (KB, "transferir a propriedade do espaço de trabalho de {first} para {first#2}", "transferir a propriedade do espaço de trabalho de {first#2} para {first}", "[pt] ownership transfer direction"),
]

T["comparison"] = [
    (PR, "{product} reviews rated 4 stars and up", "{product} reviews rated 4 stars and below", "and up/and below"),
    (PR, "any {brand} {product} going for under ${amount}?", "any {brand} {product} going for over ${amount}?", "under/over"),
    (PR, "lightest {product} in the {brand} range", "heaviest {product} in the {brand} range", "lightest/heaviest"),
    (PR, "{phone} deals at or above ${amount}", "{phone} deals at or below ${amount}", "at or above/at or below"),
    (FL, "{airline} departures to {city}, not before {clock}", "{airline} departures to {city}, not after {clock}", "not before/not after"),
    (FL, "layover in {city} of at least 3 hours", "layover in {city} of at most 3 hours", "at least/at most"),
    (FL, "{airline} seats with more legroom than standard", "{airline} seats with less legroom than standard", "more/less"),
    (FL, "newest aircraft in the {airline} fleet", "oldest aircraft in the {airline} fleet", "newest/oldest"),
    (WX, "{city} afternoons warmer than 77°F this week", "{city} afternoons cooler than 77°F this week", "warmer/cooler"),
    (WX, "{city} wind > 30 km/h on {weekday}?", "{city} wind < 30 km/h on {weekday}?", "> / <"),
    (WX, "is {city} sunnier than usual this {month}", "is {city} cloudier than usual this {month}", "sunnier/cloudier"),
    (WX, "slopes near {city} with a snow base deeper than 80 cm", "slopes near {city} with a snow base shallower than 80 cm", "deeper/shallower"),
    (SQL, "stores whose sales grew faster than the average for {region}", "stores whose sales grew slower than the average for {region}", "faster/slower"),
    (SQL, "SKUs with stock beneath {n} units", "SKUs with stock in excess of {n} units", "beneath/in excess of"),
    (SQL, "tickets resolved within 4 hours in {month}", "tickets resolved after more than 4 hours in {month}", "within/after more than"),
    (SQL, "the 20 biggest accounts by ARR in {region}", "the 20 smallest accounts by ARR in {region}", "biggest/smallest"),
    (ORD, "parcels bigger than a shoebox", "parcels smaller than a shoebox", "bigger/smaller than a thing"),
    (ORD, "refund claims valued over ${amount} during {month}", "refund claims valued under ${amount} during {month}", "over/under"),
    (KB, "plans whose seat limit is higher than {n}", "plans whose seat limit is lower than {n}", "higher/lower"),
    (DOC, "{lang} SDK: anything later than {ver}?", "{lang} SDK: anything earlier than {ver}?", "later/earlier than a version"),
    (DOC, "{endpoint} requests slower than 500 ms", "{endpoint} requests faster than 500 ms", "slower/faster"),
    (POL, "upper bound of the {dept} salary band", "lower bound of the {dept} salary band", "ceiling/floor"),
    (POL, "sabbatical rules for staff employed longer than 2 years", "sabbatical rules for staff employed shorter than 2 years", "longer/shorter"),
    (POL, "max payout for {procedure} under {tier}", "min payout for {procedure} under {tier}", "max/min"),
    (FL, "loty do {airport} tańsze niż 500 zł", "loty do {airport} droższe niż 500 zł", "[pl] cheaper/dearer"),
    (SQL, "klanten met meer dan {n} bestellingen in {q}", "klanten met minder dan {n} bestellingen in {q}", "[nl] more/fewer"),
    (WX, "wie oft wird es in {city} im {de_month} heißer als 25 Grad", "wie oft wird es in {city} im {de_month} kühler als 25 Grad", "[de] hotter/cooler"),
    (PR, "{product} dont le prix dépasse {amount} €", "{product} dont le prix reste sous {amount} €", "[fr] over/under"),
    (ORD, "pedidos que pesan más de 5 kilos", "pedidos que pesan menos de 5 kilos", "[es] more/less"),
]

T["negation"] = [
    (KB, "support tickets left unanswered this week", "support tickets answered this week", "un- prefix"),
    (KB, "members who haven't accepted the invite yet", "members who have accepted the invite", "haven't ... yet"),
    (KB, "export contacts without their phone numbers", "export contacts with their phone numbers", "without/with"),
    (SQL, "orders in {month}, not counting cancellations", "orders in {month}, counting cancellations", "not counting/counting"),
    (ORD, "items in order {order} yet to ship", "items in order {order} already shipped", "yet to/already"),
    (ORD, "deliveries to {city} that needed no signature", "deliveries to {city} that needed a signature", "no/a"),
    (ORD, "order {order} total minus the shipping fee", "order {order} total plus the shipping fee", "minus/plus"),
    (FL, "{airline} fares to {city} with no carry-on", "{airline} fares to {city} with a carry-on", "no/a"),
    (FL, "{city} flights that don't stop in {city#2}", "{city} flights that stop in {city#2}", "don't"),
    (FL, "travel to {country} on {airline} without a visa", "travel to {country} on {airline} with a visa", "without/with"),
    (PR, "{brand} {product} usable without an app", "{brand} {product} usable with an app", "without/with"),
    (PR, "{product} not sold by third-party sellers", "{product} sold by third-party sellers", "not"),
    (PR, "unopened {gadget} returns", "opened {gadget} returns", "un- prefix"),
    (SQL, "accounts that have yet to enable two-factor", "accounts that have enabled two-factor", "have yet to/have"),
    (SQL, "{q} revenue not including {country}", "{q} revenue including {country}", "not including/including"),
    (SQL, "inactive subscriptions in {region}", "active subscriptions in {region}", "in- prefix"),
    (SQL, "unassigned leads from {month}", "assigned leads from {month}", "un- prefix"),
    (WX, "{city} hours with no cloud cover on {weekday}", "{city} hours with cloud cover on {weekday}", "no"),
    (WX, "{city} {weekday} feels-like temperature, ignoring humidity", "{city} {weekday} feels-like temperature, accounting for humidity", "ignoring/accounting for"),
    (DOC, "{endpoint} fields that are not returned by default", "{endpoint} fields that are returned by default", "not"),
    (DOC, "which {lang} client calls are unsafe to share across threads", "which {lang} client calls are safe to share across threads", "un- prefix"),
    (DOC, "{endpoint} calls that don't count against the rate limit", "{endpoint} calls that count against the rate limit", "don't"),
    (POL, "benefits for employees not yet past probation", "benefits for employees past probation", "not yet"),
    (POL, "{procedure} done out-of-network on {tier}", "{procedure} done in-network on {tier}", "out-of-network/in-network"),
    (POL, "can contractors who aren't on payroll join the pension scheme", "can contractors who are on payroll join the pension scheme", "aren't"),
    (POL, "{procedure} on {tier} when no referral was given", "{procedure} on {tier} when a referral was given", "no/a"),
    (POL, "overtime rules for {dept} staff who are exempt", "overtime rules for {dept} staff who are non-exempt", "non- prefix"),
    (FL, "bilety bez bagażu rejestrowanego do {airport}", "bilety z bagażem rejestrowanym do {airport}", "[pl] without/with"),
    (PR, "{product} zonder afstandsbediening", "{product} met afstandsbediening", "[nl] without/with"),
    (ORD, "Bestellungen ohne Expressversand im {de_month}", "Bestellungen mit Expressversand im {de_month}", "[de] without/with"),
    (KB, "utilisateurs qui n'ont pas encore confirmé leur adresse", "utilisateurs qui ont confirmé leur adresse", "[fr] not yet"),
    (SQL, "ordini non spediti nel mese di {it_month}", "ordini spediti nel mese di {it_month}", "[it] not"),
    (DOC, "parámetros no obligatorios de {endpoint}", "parámetros obligatorios de {endpoint}", "[es] not"),
]

T["antonym_action"] = [
    (KB, "mute notifications from the {integration} channel", "unmute notifications from the {integration} channel", "mute/unmute"),
    (KB, "block {email} from messaging me", "unblock {email} from messaging me", "block/unblock"),
    (KB, "hide completed tasks in the board view", "show completed tasks in the board view", "hide/show"),
    (KB, "link my {integration} account", "unlink my {integration} account", "link/unlink"),
    (ORD, "add express shipping to order {order}", "remove express shipping from order {order}", "add/remove"),
    (ORD, "reopen the complaint about order {order}", "close the complaint about order {order}", "reopen/close"),
    (ORD, "merge the parcels of order {order} into one delivery", "split the parcels of order {order} into separate deliveries", "merge/split"),
    (FL, "claim {airline} miles for my {city} trip", "redeem {airline} miles for my {city} trip", "claim (earn)/redeem (spend)"),
    (FL, "put an extra suitcase on reservation {pnr}", "take the extra suitcase off reservation {pnr}", "put on/take off"),
    (FL, "extend my layover in {city}", "shorten my layover in {city}", "extend/shorten"),
    (PR, "connect the {gadget} to my laptop over Bluetooth", "disconnect the {gadget} from my laptop over Bluetooth", "connect/disconnect"),
    (PR, "buy a used {gadget}", "sell a used {gadget}", "buy/sell"),
    (PR, "raise my price alert for the {phone}", "lower my price alert for the {phone}", "raise/lower"),
    (SQL, "accounts that scaled up their seats in {q}", "accounts that scaled down their seats in {q}", "scale up/down"),
    (SQL, "users who followed the {company} page last week", "users who unfollowed the {company} page last week", "follow/unfollow"),
    (SQL, "products added to the catalogue in {month}", "products delisted from the catalogue in {month}", "add/delist"),
    (SQL, "workspaces that imported data via CSV in {q}", "workspaces that exported data via CSV in {q}", "import/export"),
    (DOC, "upload files to {endpoint} from {lang}", "download files from {endpoint} in {lang}", "upload/download"),
    (DOC, "acquire the advisory lock on {db}", "release the advisory lock on {db}", "acquire/release"),
    (DOC, "start a batch export from {endpoint}", "abort a batch export from {endpoint}", "start/abort"),
    (DOC, "tighten CORS rules for {endpoint}", "loosen CORS rules for {endpoint}", "tighten/loosen"),
    (WX, "what hour will the breeze strengthen over {city} {weekday}", "what hour will the breeze ease off over {city} {weekday}", "strengthen/ease off"),
    (WX, "will the lake near {city} freeze over this week", "will the lake near {city} thaw this week", "freeze/thaw"),
    (WX, "will the clouds build over {city} this afternoon", "will the clouds break up over {city} this afternoon", "build/break up"),
    (POL, "add a dependant to my {tier} cover", "remove a dependant from my {tier} cover", "add/remove"),
    (POL, "lengthen the probation period for a new hire in {dept}", "shorten the probation period for a new hire in {dept}", "lengthen/shorten"),
    (POL, "buy extra annual leave days", "sell annual leave days back", "buy/sell"),
    (SQL, "klienci, którzy włączyli powiadomienia w {q}", "klienci, którzy wyłączyli powiadomienia w {q}", "[pl] switched on/off"),
    (ORD, "verlengde garantie op mijn {product} verlengen", "verlengde garantie op mijn {product} opzeggen", "[nl] renew/cancel"),
    (KB, "Benutzerkonto von {first} sperren", "Benutzerkonto von {first} entsperren", "[de] lock/unlock"),
    (ORD, "suspendre l'abonnement de livraison mensuel", "reprendre l'abonnement de livraison mensuel", "[fr] suspend/resume"),
    (KB, "ocultar mi número de teléfono en el perfil", "mostrar mi número de teléfono en el perfil", "[es] hide/show"),
    (PR, "ligar o modo eco do {product}", "desligar o modo eco do {product}", "[pt] switch on/off"),
]

T["number"] = [
    (ORD, "order {order}: courier says the address is incomplete", "order {order#2}: courier says the address is incomplete", "order id, one digit changed or two transposed"),
    (ORD, "claim {claim} for a damaged item", "claim {claim#2} for a damaged item", "claim id"),
    (ORD, "reorder {n} packs of the same filters", "reorder {n#2} packs of the same filters", "quantity"),
    (ORD, "partial refund of {price} on order {order}", "partial refund of {price#2} on order {order}", "price"),
    (KB, "any news on support request {ticket}", "any news on support request {ticket#2}", "request id"),
    (KB, "add {n} seats to our workspace", "add {n#2} seats to our workspace", "seat count"),
    (KB, "files over 200 MB won't upload", "files over 200 KB won't upload", "MB/KB"),
    (FL, "live position of flight {flightno}", "live position of flight {flightno#2}", "flight number"),
    (FL, "vegetarian meal request on PNR {pnr}", "vegetarian meal request on PNR {pnr#2}", "booking code, one character"),
    (FL, "seat {seat} on {flightno}: power outlet?", "seat {seat#2} on {flightno}: power outlet?", "seat"),
    (FL, "{airline} group fare to {city} for a party of eight", "{airline} group fare to {city} for a party of nine", "number words"),
    (FL, "{airline} cabin bag limit: is 8 kg ok", "{airline} cabin bag limit: is 12 kg ok", "kg"),
    (PR, "{phone} {cap} version price", "{phone} {cap#2} version price", "storage size"),
    (PR, "pack of 12 AA batteries", "pack of 21 AA batteries", "12/21"),
    (PR, "65W USB-C charger for the {phone}", "45W USB-C charger for the {phone}", "wattage"),
    (SQL, "orders with exactly {n} line items", "orders with exactly {n#2} line items", "count"),
    (SQL, "revenue from the {pct}% promo", "revenue from the {pct#2}% promo", "percentage"),
    (SQL, "customers in the 25-34 age band", "customers in the 35-44 age band", "age band"),
    (SQL, "query -> accounts with spend above 1.5k in {q}", "query -> accounts with spend above 15k in {q}", "1.5k/15k, agent style"),
    (DOC, "{endpoint} returns status 502 intermittently", "{endpoint} returns status 504 intermittently", "status code"),
    (DOC, "breaking changes listed for {lang} SDK release {ver}", "breaking changes listed for {lang} SDK release {ver#2}", "version (patch, look-alike or pre-release)"),
    (DOC, "connection pool size 20 for {db}", "connection pool size 200 for {db}", "20/200"),
    (DOC, "API v3 migration notes for {endpoint}", "API v4 migration notes for {endpoint}", "API version"),
    (DOC, "{db} listening on port 5432 refuses connections", "{db} listening on port 5433 refuses connections", "port"),
    (WX, "will {city} hit {tempc}°C overnight", "will {city} hit {tempc#2}°C overnight", "temperature"),
    (WX, "{city} {weekday}: 15 mm of rain expected?", "{city} {weekday}: 50 mm of rain expected?", "15/50 mm"),
    (WX, "does the UV index reach 7 in {city} at noon", "does the UV index reach 9 in {city} at noon", "UV index"),
    (POL, "dental allowance of {amount} {cur} under {tier}", "dental allowance of {amount#2} {cur} under {tier}", "amount"),
    (POL, "notice period for staff with 3 years' service", "notice period for staff with 5 years' service", "years"),
    (POL, "meal allowance on trips longer than 8 hours", "meal allowance on trips longer than 18 hours", "8/18"),
    (ORD, "zwrot za zamówienie {order}", "zwrot za zamówienie {order#2}", "[pl] order id"),
    (ORD, "bestelling {order} retourneren", "bestelling {order#2} retourneren", "[nl] order id"),
    (ORD, "Rücksendung für Bestellnummer {order}", "Rücksendung für Bestellnummer {order#2}", "[de] order id"),
    (WX, "rafales à 90 km/h à {city} demain", "rafales à 60 km/h à {city} demain", "[fr] wind speed"),
    (SQL, "usuarios con exactamente {n} sesiones en {es_month}", "usuarios con exactamente {n#2} sesiones en {es_month}", "[es] count"),
    (FL, "il volo {flightno} è in ritardo?", "il volo {flightno#2} è in ritardo?", "[it] flight number"),
    (PR, "tênis de corrida tamanho 41", "tênis de corrida tamanho 42", "[pt] shoe size"),
]

T["date"] = [
    (WX, "{city} frost risk the night of {date}", "{city} frost risk the night of {date#2}", "day"),
    (WX, "{city} sunrise on the {ordday} of {month}", "{city} sunrise on the {ordday#2} of {month}", "ordinal day"),
    (WX, "{city} outlook 72 hours out", "{city} outlook 96 hours out", "72/96 hours ahead"),
    (WX, "{city} temperature at noon on {weekday}", "{city} temperature at midnight on {weekday}", "noon/midnight"),
    (WX, "{city} storms expected {weekday} night", "{city} storms expected {weekday#2} night", "weekday"),
    (FL, "{airline} availability to {city} in ISO week {week}", "{airline} availability to {city} in ISO week {week#2}", "week number"),
    (FL, "leaving {city} on the {ordday} of {month}", "leaving {city} on the {ordday#2} of {month}", "ordinal day"),
    (FL, "status of {flightno} for {usd}", "status of {flightno} for {usd#2}", "US date, day and month swapped"),
    (FL, "red-eye from {city} on the last {weekday} of {month}", "red-eye from {city} on the first {weekday} of {month}", "last/first weekday of a month"),
    (FL, "cheapest {airline} fare to {city} over the {holiday} weekend", "cheapest {airline} fare to {city} the weekend before {holiday}", "holiday weekend vs the weekend before"),
    (SQL, "orders placed in the first half of {month}", "orders placed in the second half of {month}", "first/second half of a month"),
    (ORD, "can order {order} be delivered at {clock} tomorrow", "can order {order} be delivered at {clock#2} tomorrow", "clock time"),
    (ORD, "order {order} was supposed to arrive on {dmy}", "order {order} was supposed to arrive on {dmy#2}", "day, day-month order"),
    (ORD, "return drop-off for order {order} by end of day {weekday}", "return drop-off for order {order} by end of day {weekday#2}", "weekday"),
    (SQL, "signups in {half} {fy}", "signups in {half#2} {fy}", "half year"),
    (SQL, "daily actives on {ymd}", "daily actives on {ymd#2}", "ISO date, month and day swapped"),
    (SQL, "churn in the week ending {date}", "churn in the week ending {date#2}", "day"),
    (SQL, "refunds issued month-to-date", "refunds issued year-to-date", "MTD/YTD"),
    (SQL, "bookings made the week before {holiday}", "bookings made the week after {holiday}", "week before/after a holiday"),
    (KB, "why did my plan renew on {date}", "why did my plan renew on {date#2}", "day"),
    (KB, "outage on {weekday} between 2 and 4 pm", "outage on {weekday} between 2 and 4 am", "pm/am"),
    (DOC, "{lang} SDK versions tagged in the week of {dmy}", "{lang} SDK versions tagged in the week of {dmy#2}", "day"),
    (DOC, "{endpoint} sunset on {dmy}", "{endpoint} sunset on {dmy#2}", "day"),
    (POL, "public holidays in {country} in {month}", "public holidays in {country} in {month#2}", "month"),
    (POL, "payroll cut-off for {month}", "payroll cut-off for {month#2}", "month"),
    (POL, "does health cover start in the month of hire", "does health cover start in the month after hire", "month of/after hire"),
    (WX, "prognoza pogody dla Gdańska na jutro", "prognoza pogody dla Gdańska na pojutrze", "[pl] tomorrow/day after"),
    (SQL, "omzet in {nl_month} per kanaal", "omzet in {nl_month#2} per kanaal", "[nl] month"),
    (WX, "Regenschauer in {city} übermorgen Vormittag", "Regenschauer in {city} morgen Vormittag", "[de] day after tomorrow/tomorrow"),
    (ORD, "livraison prévue {fr_weekday} matin", "livraison prévue {fr_weekday#2} matin", "[fr] weekday"),
    (FL, "vuelos a {city} el {es_weekday} por la tarde", "vuelos a {city} el {es_weekday#2} por la tarde", "[es] weekday"),
    (ORD, "ritiro del pacco {order} domattina", "ritiro del pacco {order} dopodomani mattina", "[it] tomorrow/day after"),
    (SQL, "vendas no {q} deste ano por loja", "vendas no {q#2} deste ano por loja", "[pt] quarter"),
]

T["entity"] = [
    (WX, "{coast} surf forecast {weekday}", "{coast#2} surf forecast {weekday}", "coastal city"),
    (WX, "smog alert in {twin_city} today", "smog alert in {twin_city#2} today", "look-alike city"),
    (FL, "{airline} bag drop at {airport}", "{airline} bag drop at {airport#2}", "look-alike airport code"),
    (FL, "codeshare partners of {airline}", "codeshare partners of {airline#2}", "airline"),
    (FL, "does {airline} have a base in {city}", "does {airline} have a base in {city#2}", "city"),
    (ORD, "orders shipped with {carrier} to {country}", "orders shipped with {carrier#2} to {country}", "carrier"),
    (ORD, "purchases charged to {email}", "purchases charged to {email#2}", "email (often the same mailbox at another domain)"),
    (ORD, "packages signed for by {twin_person}", "packages signed for by {twin_person#2}", "look-alike name"),
    (ORD, "{company} bulk order status", "{company#2} bulk order status", "company"),
    (PR, "where's the PDF manual for the {brand} {product}", "where's the PDF manual for the {brand#2} {product}", "brand"),
    (PR, "{gadget} refurbished price", "{gadget#2} refurbished price", "model"),
    (PR, "pay for a {product} with {payment}", "pay for a {product} with {payment#2}", "payment method"),
    (PR, "{phone} battery replacement cost", "{phone#2} battery replacement cost", "phone model"),
    (SQL, "overtime logged by {dept} staff during {month}", "overtime logged by {dept#2} staff during {month}", "department"),
    (SQL, "churned accounts owned by {first}", "churned accounts owned by {first#2}", "lower-case first name"),
    (SQL, "share of revenue from {region} in {q}", "share of revenue from {region#2} in {q}", "region"),
    (SQL, "orders paid in {cur} last month", "orders paid in {cur#2} last month", "currency"),
    (SQL, "{integration} usage by workspace", "{integration#2} usage by workspace", "integration"),
    (DOC, "{db} connection string format", "{db#2} connection string format", "database"),
    (DOC, "{lang} code sample for {endpoint}", "{lang#2} code sample for {endpoint}", "SDK language"),
    (DOC, "which OAuth permissions does {endpoint} require", "which OAuth permissions does {endpoint#2} require", "endpoint"),
    (KB, "change the owner of the {domain} workspace", "change the owner of the {domain#2} workspace", "domain, TLD changed"),
    (KB, "{device} app won't play videos", "{device#2} app won't play videos", "device"),
    (KB, "translate the help centre into {hlang}", "translate the help centre into {hlang#2}", "language"),
    (POL, "daily travel allowance when working in {country}", "daily travel allowance when working in {country#2}", "country"),
    (POL, "{procedure}: how much does {tier} reimburse", "{procedure#2}: how much does {tier} reimburse", "procedure"),
    (POL, "is {holiday} on this year's list of company holidays", "is {holiday#2} on this year's list of company holidays", "holiday"),
    (KB, "e-mails van {email} worden niet afgeleverd", "e-mails van {email#2} worden niet afgeleverd", "[nl] email"),
    (DOC, "dokumentacja SDK: {lang}", "dokumentacja SDK: {lang#2}", "[pl] SDK language"),
    (SQL, "Umsatz von {company} im {q}", "Umsatz von {company#2} im {q}", "[de] company"),
    (FL, "bagages perdus avec {airline}", "bagages perdus avec {airline#2}", "[fr] airline"),
    (ORD, "pedidos enviados a {city} esta semana", "pedidos enviados a {city#2} esta semana", "[es] city"),
    (PR, "assistenza {brand} a {city}", "assistenza {brand#2} a {city}", "[it] brand"),
    (WX, "previsão do tempo em {city} amanhã", "previsão do tempo em {city#2} amanhã", "[pt] city"),
]

T["scope"] = [
    (WX, "UV strength in {city} around midday {weekday}", "grass pollen in {city} around midday {weekday}", "UV vs pollen"),
    (WX, "{city} time of moonrise tonight", "{city} moon phase tonight", "moonrise vs moon phase"),
    (WX, "{city} relative humidity this afternoon", "{city} dew point this afternoon", "humidity vs dew point"),
    (WX, "how much rain fell in {city} yesterday", "how many hours it rained in {city} yesterday", "amount vs duration"),
    (FL, "{airline} hand luggage: max kilos", "{airline} hand luggage: max dimensions in cm", "weight vs size"),
    (FL, "{flightno}: which terminal does it leave from", "{flightno}: which plane model operates it", "terminal vs aircraft"),
    (FL, "{airline} change fee for {city} tickets", "{airline} refund rules for {city} tickets", "change fee vs refund rules"),
    (FL, "legroom in {airline} economy", "seat width in {airline} economy", "legroom vs width"),
    (ORD, "who cancelled order {order}", "why was order {order} cancelled", "who vs why"),
    (ORD, "order {order} refund method", "order {order} refund amount", "method vs amount"),
    (ORD, "courier tracking code for order {order}", "shipping weight recorded for order {order}", "tracking number vs weight"),
    (ORD, "{carrier} delivery days in {city}", "{carrier} daily cut-off time in {city}", "days vs cut-off time"),
    (PR, "minutes until a flat {gadget} is back to 100%", "how many mAh the {gadget} battery holds", "charging time vs capacity"),
    (PR, "{gadget} release date", "{gadget} launch price", "date vs price"),
    (PR, "what colours the {brand} {product} comes in", "what sizes the {brand} {product} comes in", "colours vs sizes"),
    (SQL, "{country} refund count in {month}", "{country} refund total in {month}", "count vs sum"),
    (SQL, "average session length by device", "average sessions per user by device", "length vs frequency"),
    (SQL, "{company}: when their contract runs out", "{company}: how much their contract is worth", "end date vs value"),
    (SQL, "signups by channel in {q}", "signups by country in {q}", "grouping"),
    (SQL, "median delivery time across {region}", "on-time delivery rate across {region}", "median time vs on-time rate"),
    (DOC, "{endpoint} calls allowed per minute", "{endpoint} biggest request body accepted", "rate limit vs payload size"),
    (DOC, "oldest runtime the {lang} SDK still supports", "what licence the {lang} SDK is released under", "runtime vs licence"),
    (DOC, "{db} connector setup steps", "{db} connector pricing", "setup vs pricing"),
    (KB, "how to change my billing email", "how to change my login email", "billing vs login email"),
    (KB, "how many gigabytes the {plan} tier includes", "how many users the {plan} tier includes", "storage vs users"),
    (POL, "who qualifies for the cycle-to-work scheme", "how much can I borrow under the cycle-to-work scheme", "eligibility vs amount"),
    (POL, "amount I pay before {tier} starts covering costs", "yearly cap on what I pay myself under {tier}", "deductible vs out-of-pocket maximum"),
    (POL, "how far in advance to request vacation", "how many vacation days roll over", "notice vs carry-over"),
    (KB, "limit miejsca na dysku w planie {plan}", "cena planu {plan}", "[pl] storage limit vs price"),
    (ORD, "verzendkosten naar {country}", "levertijd naar {country}", "[nl] cost vs delivery time"),
    (PR, "{gadget} Akkulaufzeit in Stunden", "{gadget} Ladezeit in Stunden", "[de] battery life vs charging time"),
    (POL, "délai de prévenance pour poser des congés", "nombre de jours de congés par an", "[fr] notice vs entitlement"),
    (WX, "¿qué probabilidad hay de que llueva mañana en {city}?", "¿cuántos litros por metro cuadrado caerán mañana en {city}?", "[es] probability vs amount"),
    (FL, "orario di imbarco del volo {flightno}", "gate di imbarco del volo {flightno}", "[it] boarding time vs gate"),
    (SQL, "ticket médio em {city} no {q}", "número de pedidos em {city} no {q}", "[pt] average order value vs count"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test5",
    order_digits=7,
    extra_pools={
        "claim": pairgen.prefixed_pool("CLM-", 100000, 999999),  # damage claim "CLM-482913"
        "ticket": pairgen.prefixed_pool("SR-", 10000, 99999),  # support request "SR-40718"
        "pnr": pairgen.code_pool(),  # booking code "K7XQ2M"; the second one has one character changed
        "price": pairgen.cents_price_pool(),  # "$349.95"; the second one has near_digits dollars
        "dmy": pairgen.day_month_pool(LISTS["month"]),  # "14 April"; the second one 1 or 7 days later
        "ymd": pairgen.ymd_swap_pool(LISTS["month"], [2031, 2032]),  # "2031-04-06"; the second one "2031-06-04"
        "clock": clock_pool(["06:45", "07:20", "09:10", "11:35", "13:50", "16:25", "18:05"]),  # one or two hours away
        "ordday": ordinal_day_pool(),  # "21st"; the second one a day or two later
        "week": week_pool(),  # ISO week "17"; the second one a week before or after
    },
    apart=(  # every other split; slot values strictly apart (numbers too), the closed sets excepted
        Apart("tune", values="strict"),
        Apart("test", values="strict", quiet=True),  # collisions with a test split reported by id or index only
        Apart("test2", values="strict", quiet=True),
        Apart("test3", values="strict", quiet=True),
        Apart("test4", values="strict", quiet=True),
        Apart("tune2", values="strict"),
        Apart("tune3", values="strict"),
        Apart("tune4", values="strict"),
        Apart("tune5", values="strict"),
    ),
    min_total=607,
    max_template_similarity=0.7,  # word Jaccard with any other split's template string, slots as words
)

if __name__ == "__main__":
    sys.exit(pairgen.main(SPEC, sys.argv[1:]))
