#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "tune5", a second probe set for the semantic tool-result cache's verifier (stdlib only, deterministic).

    python evals/cache/generate_tune5.py          # write pairs_tune5.jsonl, print the report
    python evals/cache/generate_tune5.py --check  # regenerate in memory, fail if the file on disk differs

Written after the guard's rules had been adjusted to tune4's first reading, and before it was scored on
tune5: like tune4, its first reading estimates how the rules transfer to new wording. A copy of
generate_tune4.py with its own pools and templates; the self-check keeps it apart from tune to tune4.
Tuning data only: pairs_test.jsonl is not opened.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "pairs_tune5.jsonl"
SPLIT = "tune5"

PARAPHRASE = ("reorder", "shorten", "question_keyword", "synonym", "typo", "politeness", "mixed")
NEAR_MISS = ("direction", "comparison", "negation", "antonym_action", "number", "date", "entity", "scope")
LABEL = {**{c: "same" for c in PARAPHRASE}, **{c: "different" for c in NEAR_MISS}}

TARGET = {**{c: 9 for c in PARAPHRASE}, **{c: 28 for c in NEAR_MISS}}
MIN_PAIRS = {**{c: 9 for c in PARAPHRASE}, **{c: 20 for c in NEAR_MISS}}
MIN_TEMPLATES = {**{c: 8 for c in PARAPHRASE}, **{c: 20 for c in NEAR_MISS}}
NON_ENGLISH_SHARE = (0.10, 0.20)
TOOLS_ALL = KB, ORD, WX, FL, PR, SQL, DOC, POL = (
    "search_kb", "search_orders", "get_weather", "search_flights",
    "search_products", "sql_query_nl", "search_docs", "lookup_policy",
)

# --------------------------------------------------------------------------------------------
# Slot pools: no value in a tune pool; no non-numeric value in a tune2 pool except closed sets
# (weekdays, months, quarters), which generate.py splits between tune and test.
# --------------------------------------------------------------------------------------------

CLOSED = {"weekday", "month", "de_weekday", "fr_weekday", "es_weekday", "de_month", "fr_month", "es_month", "q"}

CATALOGUE = {
    "coffee grinder": ["Baratza", "Comandante", "Wilfa"],
    "electric toothbrush": ["Oral-B", "Sonicare", "Quip"],
    "rice cooker": ["Zojirushi", "Tiger", "Cuckoo"],
    "hiking boots": ["Lowa", "Merrell", "Scarpa"],
    "webcam": ["Razer Kiyo", "Elgato", "Insta360"],
    "sewing machine": ["Janome", "Brother", "Singer"],
}

LISTS = {
    "city": ["Cusco", "Medellin", "Guadalajara", "Montevideo", "Rosario", "Sapporo", "Kaohsiung", "Penang",
             "Cebu", "Goa", "Jaipur", "Muscat", "Amman", "Tangier", "Durban", "Windhoek", "Reykjavik"],
    "country": ["Nepal", "Bhutan", "Cambodia", "Laos", "Mongolia", "Jordan", "Oman", "Namibia", "Rwanda",
                "Panama", "Costa Rica", "Cyprus"],
    "weekday": ["Tuesday", "Thursday", "Saturday"],
    "month": ["February", "April", "June", "August", "October", "December"],
    "de_weekday": ["Dienstag", "Donnerstag", "Samstag"],
    "fr_weekday": ["mardi", "jeudi", "samedi"],
    "es_weekday": ["martes", "jueves", "sábado"],
    "de_month": ["Februar", "April", "Juni", "August", "Oktober", "Dezember"],
    "fr_month": ["février", "avril", "juin", "août", "octobre", "décembre"],
    "es_month": ["febrero", "abril", "junio", "agosto", "octubre", "diciembre"],
    "person": ["Olga Ivanova", "Samir Haddou", "Beatriz Costa", "Jakub Nowak", "Mei Chen", "Tariq Aziz",
               "Hanna Virtanen", "Diego Ramos"],
    "first": ["olga", "samir", "beatriz", "jakub", "mei", "tariq"],
    "plan": ["Solo", "Crew", "Flex", "Max"],
    "region": ["the Outback", "the Midwest", "Southern Africa", "the Pacific Northwest", "Central Asia"],
    "procedure": ["knee arthroscopy", "hearing tests", "orthotics", "blood tests", "vaccinations"],
    "payment": ["Paysafecard", "Swish", "Twint", "Zelle", "M-Pesa"],
    "device": ["Apple TV", "Nintendo Switch", "Huawei tablet", "Chromecast", "Galaxy Fold"],
    "lang": ["Clojure", "Nim", "Crystal", "Fortran", "COBOL"],
    "integration": ["Basecamp", "ClickUp", "Wrike", "Smartsheet", "Miro"],
    "endpoint": ["/payment_links", "/quotes", "/credit_notes", "/disputes_evidence", "/terminals"],
    "db": ["TimescaleDB", "ScyllaDB", "InfluxDB", "Neptune", "Cosmos DB"],
    "airline": ["Avianca", "Copa Airlines", "Korean Air", "Cathay Pacific", "Royal Jordanian", "Ethiopian"],
    "dept": ["Treasury", "Customer Care", "Quality", "Brand", "Infrastructure"],
    "company": ["Lakeside Motors", "Pioneer Grain", "Silverbirch Hotels", "Redwood Analytics", "Meadow Pharma"],
    "tier": ["Pearl", "Jade", "Cobalt"],
    "holiday": ["Carnival", "Golden Week", "Thanksgiving weekend", "Ramadan", "Songkran"],
    "cur": ["CZK", "HUF", "THB", "IDR", "NZD"],
    "color": ["mint", "mauve", "ochre", "teal blue", "charcoal grey"],
    "hlang": ["Malay", "Tagalog", "Swahili", "Bengali", "Persian"],
    "fmt": ["GeoJSON", "SVG", "EPUB", "WAV", "TIFF"],
    "carrier": ["Correos", "La Poste", "Poste Italiane", "Australia Post", "Yamato"],
    "gadget": ["Oura Gen3", "Whoop 4.0", "Kindle Scribe", "Meta Quest 3", "GoPro Hero 12"],
    "sport": ["tennis", "swimming", "cycling", "climbing", "rowing"],
}

ORDINALS = {
    "amount": [45, 95, 140, 220, 480, 880, 1400, 2200],
    "n": [7, 13, 17, 19, 23, 27],
    "temp": [-9, -1, 7, 14, 22, 29],
    "pct": [6, 18, 27, 55, 85],
    "ver": ["12.0", "12.1", "12.10", "13.4", "14.0"],
    "code": [300, 304, 406, 411, 413, 502],
    "size": ["6", "8", "12", "14", "16"],
    "year": [2000, 2001, 2002, 2003, 2009],
    "q": ["Q3", "Q4"],
    "nth": ["25th", "26th", "27th", "28th"],
    "gb": [16, 32, 64, 128],
    "clock": ["5:30", "6:45", "8:15", "10:45"],
    "age": ["under 12", "12 to 17", "18 to 25"],
}

TWINS = {
    "twin_city": [("Pune", "Puno"), ("Ulm", "Ufa"), ("Linz", "Lenz"), ("Arles", "Arras")],
    "twin_person": [("Eric Sand", "Erik Sand"), ("Lena Berg", "Lina Berg"), ("Max Hart", "Max Hartt")],
    "airport": [("CUZ", "CUN"), ("MDE", "MDZ"), ("AMM", "AMS"), ("KHH", "KHI")],
    "usd": [("2/11", "11/2"), ("4/8", "8/4"), ("6/10", "10/6")],
}

EMAIL = (["olga.i", "shaddou", "bea.costa", "jnowak", "mei.c", "taziz"],
         ["riverbank.io", "northmail.com", "pinecone.org", "web.de"])
AIRLINE_CODE = {"Avianca": "AV", "Copa Airlines": "CM", "Korean Air": "KE", "Cathay Pacific": "CX",
                "Royal Jordanian": "RJ", "Ethiopian": "ET"}
FLIGHT_PREFIX = sorted(AIRLINE_CODE.values())
ORDER_DIGITS = 7


def load_module(name: str, path: Path):
    """Import a sibling generator without writing bytecode next to it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    dont_write, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.dont_write_bytecode = dont_write
    return mod


# Shared helpers, taken from generate.py (not copied) so that slots behave alike.
_G = load_module("arbiter_cache_eval_generate", HERE / "generate.py")
_G2 = load_module("arbiter_cache_eval_generate_tune2", HERE / "generate_tune2.py")
_G3 = load_module("arbiter_cache_eval_generate_tune3", HERE / "generate_tune3.py")
_G4 = load_module("arbiter_cache_eval_generate_tune4", HERE / "generate_tune4.py")
_near_digits, typo, fill, norm, jaccard, old_sentences, SLOT = (
    _G._near_digits, _G.typo, _G.fill, _G.norm, _G.jaccard, _G.old_sentences, _G.SLOT)


def make_pools():
    """name -> draw(rng, prev_values_of_this_name, ctx)."""
    pools = {}
    for name, values in LISTS.items():
        pools[name] = (lambda vs: lambda rng, prev, ctx: rng.choice([v for v in vs if v not in prev]))(values)
    for name, values in ORDINALS.items():
        def ordinal(rng, prev, ctx, vs=values):
            if not prev:
                return rng.choice(vs)
            i = vs.index(prev[0])
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(vs) and vs[j] not in prev]
            return vs[rng.choice(near)] if near else rng.choice([v for v in vs if v not in prev])
        pools[name] = ordinal
    for name, pairs in TWINS.items():
        def twin(rng, prev, ctx, ps=pairs):
            if not prev:
                return rng.choice(rng.choice(ps))
            for x, y in ps:
                if prev[0] in (x, y):
                    return y if prev[0] == x else x
            raise RuntimeError(prev)
        pools[name] = twin

    def product(rng, prev, ctx):
        return rng.choice([p for p in sorted(CATALOGUE) if p not in prev])

    def brand(rng, prev, ctx):
        options = CATALOGUE[ctx["product"][0]] if "product" in ctx else sorted({b for bs in CATALOGUE.values() for b in bs})
        return rng.choice([b for b in options if b not in prev])

    locals_, domains = EMAIL

    def email(rng, prev, ctx):
        if prev and rng.random() < 0.5:  # same mailbox name, other domain
            local, dom = prev[0].split("@")
            return f"{local}@{rng.choice([d for d in domains if d != dom])}"
        while True:
            e = f"{rng.choice(locals_)}@{rng.choice(domains)}"
            if e not in prev:
                return e

    def order(rng, prev, ctx):  # 9 digits
        return _near_digits(rng, prev[0]) if prev else str(rng.randrange(10 ** (ORDER_DIGITS - 1), 10 ** ORDER_DIGITS))

    def inv(rng, prev, ctx):  # "INV-73021"
        return "INV-" + _near_digits(rng, prev[0][4:]) if prev else f"INV-{rng.randrange(10000, 99999)}"

    def pnr(rng, prev, ctx):  # booking code "K7XQ2M"; the second one has one character changed
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        if prev:
            s = list(prev[0])
            i = rng.randrange(len(s))
            s[i] = rng.choice([c for c in letters if c != s[i]])
            return "".join(s)
        return "".join(rng.choice(letters) for _ in range(6))

    def flightno(rng, prev, ctx):
        if prev:
            return prev[0][:2] + _near_digits(rng, prev[0][2:])
        prefix = AIRLINE_CODE[ctx["airline"][0]] if "airline" in ctx else rng.choice(FLIGHT_PREFIX)
        return prefix + str(rng.randrange(100, 1000))

    def date(rng, prev, ctx):  # "April 14"
        if prev:
            m, d = prev[0].rsplit(" ", 1)
            return f"{m} {int(d) + rng.choice([1, 2, 7])}"
        return f"{rng.choice(LISTS['month'])} {rng.randrange(3, 21)}"

    def dotdate(rng, prev, ctx):  # German "14.06.2013"; the second value is one day or one month on
        if prev:
            d, m, y = prev[0].split(".")
            return f"{int(d) + 1:02d}.{m}.{y}" if rng.random() < 0.5 else f"{d}.{int(m) + 1:02d}.{y}"
        return f"{rng.randrange(3, 27):02d}.{rng.choice([2, 4, 6, 8, 10]):02d}.{rng.choice(ORDINALS['year'])}"

    def price(rng, prev, ctx):  # "$1,249"
        if prev:
            return "$" + f"{int(_near_digits(rng, prev[0][1:].replace(',', ''))):,}"
        return f"${rng.randrange(1010, 4990):,}"

    pools.update(product=product, brand=brand, email=email, order=order, inv=inv, pnr=pnr,
                 flightno=flightno, date=date, dotdate=dotdate, price=price)
    return pools


# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[tuple[str, str, str, str]]] = {}

T["reorder"] = [
    (FL, "{airline} {city} {city#2} one-way {month}", "one-way {month} {airline} {city} {city#2}", "route order kept"),
    (WX, "UV index tomorrow {city}", "{city} UV index tomorrow", "place moved"),
    (ORD, "{email} open disputes", "open disputes {email}", "email moved"),
    (PR, "{brand} {product} {color} under ${amount}", "under ${amount} {color} {brand} {product}", "price moved"),
    (SQL, "{country} {year} refunds per month", "refunds per month {country} {year}", "filters moved"),
    (DOC, "{lang} SDK batch requests example", "batch requests example {lang} SDK", "language moved"),
    (POL, "{dept} on-call allowance", "on-call allowance {dept}", "department moved"),
    (KB, "{device} offline mode setup", "offline mode setup {device}", "device moved"),
    (WX, "pluie {city} {fr_weekday}", "{fr_weekday} pluie {city}", "[fr] reordered"),
]
T["shorten"] = [
    (ORD, "I'd like a list of all the orders that were placed by {email} in {month} {year}", "orders placed by {email} in {month} {year}", "filler dropped"),
    (WX, "Can you tell me what the maximum temperature in {city} is going to be on {weekday}?", "max temperature {city} {weekday}", "keywords"),
    (FL, "I'm looking for flights from {city} to {city#2} that leave on a {weekday} morning", "{weekday} morning flights {city} to {city#2}", "keywords"),
    (SQL, "Please show the number of orders each sales rep closed in {region} during {q} {year}", "orders closed per sales rep {region} {q} {year}", "keywords"),
    (DOC, "Where can I find an example of uploading files with the {lang} SDK?", "{lang} SDK file upload example", "keywords"),
    (POL, "I would like to know whether the company pays for my professional certification exams", "company paid professional certification exams", "keywords"),
    (KB, "Can you explain how to set up single sign-on for my team?", "set up single sign-on for team", "keywords"),
    (PR, "I need a {product} made by {brand} that is available in {color}", "{color} {product} by {brand}", "keywords"),
    (ORD, "¿Podrías mostrarme los pedidos de {email} de {es_month}?", "pedidos de {email} {es_month}", "[es] keywords"),
]
T["question_keyword"] = [
    (WX, "When will the sun set in {city} on {weekday}?", "{city} sunset time {weekday}", "question vs keywords"),
    (ORD, "Has my return for order {order} been received?", "order {order} return received status", "question vs keywords"),
    (FL, "Does {airline} allow pets in the cabin?", "{airline} pets in cabin policy", "question vs keywords"),
    (PR, "What colours does the {brand} {product} come in?", "{brand} {product} colours", "question vs keywords"),
    (SQL, "Which products had the highest return rate in {year}?", "products with highest return rate {year}", "question vs keywords"),
    (DOC, "How do I set a proxy in the {lang} SDK?", "{lang} SDK proxy setup", "question vs keywords"),
    (POL, "How much paid leave do interns get?", "intern paid leave amount", "question vs keywords"),
    (KB, "Can I change my billing currency?", "change billing currency", "question vs keywords"),
    (SQL, "Wie viele Kunden haben im {de_month} gekündigt?", "Kündigungen Kunden {de_month}", "[de] question vs keywords"),
]
T["synonym"] = [
    (KB, "how can I close my account", "how do I deactivate my profile permanently", "rephrased"),
    (ORD, "where is my parcel for order {order}", "track the package for order {order}", "rephrased"),
    (WX, "is it going to be humid in {city} on {weekday}", "muggy weather expected in {city} on {weekday}?", "rephrased"),
    (FL, "budget flights from {city} to {city#2}", "inexpensive airfare from {city} to {city#2}", "synonyms"),
    (PR, "{brand} {product} that runs quietly", "low-noise {brand} {product}", "rephrased"),
    (SQL, "customers we lost in {year}", "churned clients in {year}", "synonyms"),
    (DOC, "make the {lang} SDK log every request", "enable verbose request logging in the {lang} SDK", "rephrased"),
    (POL, "how many days off do I get per year", "annual vacation entitlement", "rephrased"),
    (KB, "Wie ändere ich meine E-Mail-Adresse?", "E-Mail-Adresse aktualisieren", "[de] rephrased"),
]
T["typo"] = [
    (KB, "how to invite a guest user", "how to invtie a guest user", "one typo"),
    (ORD, "shipping address on order {order}", "shipping adress on order {order}", "one typo"),
    (WX, "{city} weather forecast {weekday}", "{city} wether forecast {weekday}", "one typo"),
    (FL, "{airline} cancellation policy", "{airline} cancelation policy", "spelling variant"),
    (PR, "{brand} {product} user reviews", "{brand} {product} user reveiws", "one typo"),
    (SQL, "monthly recurring revenue in {region}", "monthly recuring revenue in {region}", "one typo"),
    (DOC, "installing the {lang} SDK", "instaling the {lang} SDK", "one typo"),
    (POL, "paternity leave eligibility", "Paternity leave eligibilty?", "case + typo"),
    (ORD, "retour de la commande {order}", "retuor de la commande {order}", "[fr] one typo"),
]
T["politeness"] = [
    (KB, "how to rename my account", "Hi! Could you please explain how to rename my account? Many thanks", "greeting + thanks"),
    (ORD, "orders from {email} last month", "Hello, could you kindly pull up orders from {email} last month? Thanks", "greeting + kindly"),
    (WX, "{city} weather on {weekday}", "Hey there, what's the {city} weather on {weekday}? Thanks!", "greeting + thanks"),
    (FL, "{airline} baggage fees", "Good afternoon, could you tell me the {airline} baggage fees please? Best regards", "formal"),
    (PR, "{brand} {product} price", "Hi, I'd like to know the {brand} {product} price, thank you", "polite"),
    (SQL, "net revenue in {country} for {year}", "Hello! Please calculate the net revenue in {country} for {year}. Cheers", "greeting + please"),
    (DOC, "{lang} SDK quickstart", "Hi everyone, could someone point me to the {lang} SDK quickstart? Thanks", "greeting + thanks"),
    (POL, "sabbatical policy", "Dear HR, could you please send me the sabbatical policy? Kind regards", "formal"),
    (KB, "changer mon mot de passe", "Bonjour, comment puis-je changer mon mot de passe s'il vous plaît ? Merci", "[fr] greeting + please"),
]
T["mixed"] = [
    (KB, "Why can't I log in to my account on the {device}?", "login problems {device}", "rephrased + keywords"),
    (ORD, "Can you show me every return {email} made in {month}?", "{email} returns {month} pls", "keywords + please"),
    (WX, "Will I need a jacket in {city} on {weekday} evening?", "{city} temps {weekday} evening", "rephrased + abbreviation"),
    (FL, "What's the quickest way to get from {city} to {city#2} by air?", "fastest flight {city}→{city#2}", "synonym + symbol"),
    (PR, "Is the {brand} {product} still available in {color}?", "{color} {brand} {product} in stock?", "rephrased"),
    (SQL, "How much did we spend on ads in {country} in {year}?", "{country} ad spend {year}", "keywords"),
    (DOC, "Hey, how do I turn on debug logs in the {lang} SDK?", "{lang} sdk enable debug logging", "keywords + case"),
    (POL, "Can I bring my partner on a business trip?", "partner travel on business trips policy", "rephrased"),
    (ORD, "Hallo, ist meine Bestellung {order} schon unterwegs?", "Bestellung {order} Versandstatus", "[de] keywords"),
]

T["direction"] = [
    (FL, "nonstop service {city} to {city#2}", "nonstop service {city#2} to {city}", "route swapped"),
    (FL, "{city}/{city#2} round trip in {month}", "{city#2}/{city} round trip in {month}", "slash route swapped"),
    (FL, "{airline} departures out of {city} bound for {city#2}", "{airline} departures out of {city#2} bound for {city}", "out of / bound for"),
    (FL, "arrivals into {airport} from {airport#2}", "arrivals into {airport#2} from {airport}", "airport codes swapped"),
    (ORD, "gift cards sent from {email} to {email#2}", "gift cards sent from {email#2} to {email}", "sender/recipient"),
    (ORD, "transfer stock from {city} store to {city#2} store", "transfer stock from {city#2} store to {city} store", "store transfer"),
    (ORD, "exchange {color} for {color#2}", "exchange {color#2} for {color}", "exchange direction"),
    (KB, "migrate tasks from {integration} into {integration#2}", "migrate tasks from {integration#2} into {integration}", "migration direction"),
    (KB, "forward emails from {email} to {email#2}", "forward emails from {email#2} to {email}", "forwarding direction"),
    (SQL, "customers moving from {plan} to {plan#2} last year", "customers moving from {plan#2} to {plan} last year", "plan switch"),
    (SQL, "invoices billed by {company} to {company#2}", "invoices billed by {company#2} to {company}", "biller/billed"),
    (SQL, "{person} reports to {person#2}", "{person#2} reports to {person}", "reporting line"),
    (SQL, "payments {first} made to {first#2}", "payments {first#2} made to {first}", "lower-case payer/payee"),
    (SQL, "{country} exports to {country#2} in {year}", "{country#2} exports to {country} in {year}", "exporter/importer"),
    (WX, "wind blowing from {city} toward {city#2}", "wind blowing from {city#2} toward {city}", "wind direction"),
    (WX, "is it rainier in {city} than {city#2} in {month}", "is it rainier in {city#2} than {city} in {month}", "than roles"),
    (DOC, "translate {fmt} to {fmt#2} using {lang}", "translate {fmt#2} to {fmt} using {lang}", "conversion direction"),
    (DOC, "copy a table from {db} into {db#2}", "copy a table from {db#2} into {db}", "copy direction"),
    (POL, "relocating from the {city} office to {city#2}", "relocating from the {city#2} office to {city}", "relocation direction"),
    (POL, "reimbursement for expenses incurred before approval", "reimbursement for expenses incurred after approval", "before/after"),
    (PR, "{product} sorted from cheapest to most expensive", "{product} sorted from most expensive to cheapest", "sort direction"),
    (SQL, "{cur} to {cur#2} exchange rate history", "{cur#2} to {cur} exchange rate history", "currency pair"),
    (FL, "vuelos de ida {city} - {city#2}", "vuelos de ida {city#2} - {city}", "[es] route swapped"),
    (KB, "Kontakte von {integration} nach {integration#2} übertragen", "Kontakte von {integration#2} nach {integration} übertragen", "[de] transfer direction"),
    (SQL, "ventes de {company} à {company#2}", "ventes de {company#2} à {company}", "[fr] seller/buyer"),
]
T["comparison"] = [
    (PR, "a {product} cheaper than ${amount}", "a {product} more expensive than ${amount}", "cheaper/more expensive"),
    (PR, "{brand} {product} with at least {gb} GB", "{brand} {product} with at most {gb} GB", "at least/at most"),
    (PR, "{product} over {n} inches", "{product} under {n} inches", "over/under"),
    (PR, "best rated {product}", "worst rated {product}", "best/worst"),
    (PR, "{product} lighter than {n} kg", "{product} heavier than {n} kg", "lighter/heavier"),
    (SQL, "regions where sales rose more than {pct}%", "regions where sales rose less than {pct}%", "more/less"),
    (SQL, "accounts older than {n} years", "accounts newer than {n} years", "older/newer"),
    (SQL, "the biggest order in {month}", "the smallest order in {month}", "biggest/smallest"),
    (SQL, "staff with above-average sick days", "staff with below-average sick days", "above/below average"),
    (SQL, "invoices over ${amount} unpaid in {region}", "invoices under ${amount} unpaid in {region}", "over/under"),
    (FL, "flights to {city} under {n} hours", "flights to {city} over {n} hours", "under/over"),
    (FL, "the most direct route to {city}", "the least direct route to {city}", "most/least"),
    (FL, "fares to {city} up to ${amount}", "fares to {city} from ${amount}", "up to/from"),
    (WX, "days warmer than {temp} degrees in {city}", "days colder than {temp} degrees in {city}", "warmer/colder"),
    (WX, "maximum wind speed in {city} on {weekday}", "minimum wind speed in {city} on {weekday}", "max/min"),
    (ORD, "orders with more than {n} items from {email}", "orders with fewer than {n} items from {email}", "more/fewer"),
    (ORD, "returns worth over ${amount} in {month}", "returns worth under ${amount} in {month}", "over/under"),
    (KB, "storage above {gb} GB on the {plan} plan", "storage below {gb} GB on the {plan} plan", "above/below"),
    (DOC, "{lang} SDK versions newer than {ver}", "{lang} SDK versions older than {ver}", "newer/older"),
    (POL, "employees with more than {n} weeks of leave left", "employees with less than {n} weeks of leave left", "more/less"),
    (POL, "highest per diem rate for {country}", "lowest per diem rate for {country}", "highest/lowest"),
    (PR, "{product} über {amount} Euro", "{product} unter {amount} Euro", "[de] over/under"),
    (SQL, "clientes con más de {n} devoluciones", "clientes con menos de {n} devoluciones", "[es] more/fewer"),
    (FL, "vols vers {city} de moins de {n} heures", "vols vers {city} de plus de {n} heures", "[fr] less/more"),
]
T["negation"] = [
    (ORD, "orders that were not delivered on time", "orders that were delivered on time", "not"),
    (ORD, "returns without a receipt", "returns with a receipt", "without/with"),
    (ORD, "unopened returns from {email}", "opened returns from {email}", "un- prefix"),
    (KB, "users who haven't verified their email", "users who have verified their email", "haven't"),
    (KB, "features unavailable offline", "features available offline", "un- prefix"),
    (KB, "why can't I export reports", "how can I export reports", "can't"),
    (SQL, "customers with no orders in {month}", "customers with orders in {month}", "no"),
    (SQL, "products never discounted in {year}", "products discounted in {year}", "never"),
    (SQL, "revenue excluding refunds for {q}", "revenue including refunds for {q}", "excluding/including"),
    (SQL, "employees not enrolled in the pension plan", "employees enrolled in the pension plan", "not"),
    (SQL, "all regions apart from {region}", "only {region}", "apart from/only"),
    (FL, "{airline} fares to {city} without checked luggage", "{airline} fares to {city} with checked luggage", "without/with"),
    (FL, "flights to {city} that are not overbooked", "flights to {city} that are overbooked", "not"),
    (WX, "rain-free days in {city} in {month}", "rainy days in {city} in {month}", "-free"),
    (WX, "will {city} stay dry on {weekday}", "will {city} get wet on {weekday}", "dry/wet"),
    (PR, "{product} that doesn't need batteries", "{product} that needs batteries", "doesn't"),
    (PR, "{brand} {product} without a warranty", "{brand} {product} with a warranty", "without/with"),
    (PR, "non-refundable {product}", "refundable {product}", "non- prefix"),
    (DOC, "{lang} SDK calls that don't retry", "{lang} SDK calls that retry", "don't"),
    (DOC, "{endpoint} fields that are not required", "{endpoint} fields that are required", "not"),
    (POL, "benefits for employees who are not full-time", "benefits for employees who are full-time", "not"),
    (POL, "is {procedure} covered without pre-authorisation", "is {procedure} covered with pre-authorisation", "without/with"),
    (ORD, "Bestellungen, die nicht bezahlt wurden", "Bestellungen, die bezahlt wurden", "[de] not"),
    (SQL, "utilisateurs qui ne se sont jamais connectés", "utilisateurs qui se sont connectés", "[fr] never"),
    (PR, "{product} sin garantía", "{product} con garantía", "[es] without/with"),
]
T["antonym_action"] = [
    (KB, "how to hide a column", "how to show a column", "hide/show"),
    (KB, "how to block a sender", "how to unblock a sender", "block/unblock"),
    (KB, "how to star an email", "how to unstar an email", "star/unstar"),
    (KB, "how to collapse a section", "how to expand a section", "collapse/expand"),
    (KB, "how to grant edit rights to {person}", "how to revoke edit rights from {person}", "grant/revoke"),
    (KB, "how to bookmark a page", "how to remove a bookmark from a page", "bookmark/remove"),
    (ORD, "how to pause my subscription box", "how to resume my subscription box", "pause/resume"),
    (ORD, "how to accept a partial delivery", "how to refuse a partial delivery", "accept/refuse"),
    (ORD, "items added to order {order}", "items removed from order {order}", "added/removed"),
    (SQL, "new hires in {dept} in {year}", "leavers in {dept} in {year}", "hires/leavers"),
    (SQL, "subscriptions started in {month}", "subscriptions ended in {month}", "started/ended"),
    (SQL, "inventory increases in {q}", "inventory decreases in {q}", "increases/decreases"),
    (SQL, "accounts we credited in {month}", "accounts we debited in {month}", "credited/debited"),
    (SQL, "deals won in {region}", "deals lost in {region}", "won/lost"),
    (WX, "when will the wind strengthen in {city}", "when will the wind weaken in {city}", "strengthen/weaken"),
    (WX, "at what hour does the rain begin in {city} on {weekday}", "at what hour does the rain stop in {city} on {weekday}", "begin/stop"),
    (FL, "how to add a stopover on my {airline} booking", "how to remove a stopover on my {airline} booking", "add/remove"),
    (FL, "upgrade to premium economy on {airline}", "downgrade to premium economy on {airline}", "upgrade/downgrade"),
    (PR, "how to turn on the {gadget}", "how to turn off the {gadget}", "turn on/off"),
    (PR, "how to assemble the {brand} {product}", "how to disassemble the {brand} {product}", "assemble/disassemble"),
    (DOC, "how to open a connection to {db}", "how to close a connection to {db}", "open/close"),
    (DOC, "how to enable caching in the {lang} SDK", "how to disable caching in the {lang} SDK", "enable/disable"),
    (DOC, "how to import a {fmt} file in {lang}", "how to export a {fmt} file in {lang}", "import/export"),
    (DOC, "how to lock a row in {db}", "how to unlock a row in {db}", "lock/unlock"),
    (POL, "how to join the {tier} health plan", "how to leave the {tier} health plan", "join/leave"),
    (POL, "how to borrow a company laptop", "how to return a company laptop", "borrow/return"),
    (KB, "Benachrichtigungen einschalten", "Benachrichtigungen ausschalten", "[de] on/off"),
    (KB, "cómo seguir a un usuario", "cómo dejar de seguir a un usuario", "[es] follow/unfollow"),
    (DOC, "comment compresser un fichier {fmt}", "comment décompresser un fichier {fmt}", "[fr] compress/decompress"),
]
T["number"] = [
    (ORD, "order #{order} tracking", "order #{order#2} tracking", "order id"),
    (ORD, "the {nth} order from {email}", "the {nth#2} order from {email}", "ordinal"),
    (PR, "{product} with {gb} GB", "{product} with {gb#2} GB", "capacity"),
    (PR, "a pair of {brand} {product}", "two pairs of {brand} {product}", "a pair/two pairs"),
    (PR, "{product} size {size}", "{product} size {size#2}", "letter size"),
    (PR, "{product} listed at ${amount}", "{product} listed at £{amount}", "currency symbol"),
    (SQL, "top {n} reps by quota in {year}", "top {n#2} reps by quota in {year}", "top n"),
    (SQL, "growth of {pct} percent in {region}", "growth of {pct#2} percent in {region}", "percent word"),
    (SQL, "customers aged {age}", "customers aged {age#2}", "age band"),
    (SQL, "revenue in {cur} for {year}", "revenue in {cur#2} for {year}", "currency code"),
    (WX, "{city} hourly forecast for the next {n} hours", "{city} hourly forecast for the next {n#2} hours", "hours"),
    (WX, "rainfall above {n} inches in {city}", "rainfall above {n} millimetres in {city}", "unit"),
    (FL, "{airline} flight {flightno} gate", "{airline} flight {flightno#2} gate", "flight number"),
    (FL, "tickets for four passengers to {city}", "tickets for five passengers to {city}", "number words"),
    (FL, "checked bag of {n} kg on {airline}", "checked bag of {n} lb on {airline}", "unit kg/lb"),
    (KB, "error {code} when signing in", "error {code#2} when signing in", "error code"),
    (KB, "plan for {n} seats", "plan for {n#2} seats", "seats"),
    (DOC, "{lang} SDK {ver} migration guide", "{lang} SDK {ver#2} migration guide", "version"),
    (DOC, "page size of {n} items in {lang}", "page size of {n#2} items in {lang}", "page size"),
    (POL, "mileage allowance per {n} km", "mileage allowance per {n} miles", "unit km/miles"),
    (POL, "{n} weeks of parental leave", "{n#2} weeks of parental leave", "weeks"),
    (ORD, "commande numéro {order}", "commande numéro {order#2}", "[fr] order id"),
    (PR, "paquete de {n} {product}", "paquete de {n#2} {product}", "[es] count"),
    (FL, "Flug für drei Personen nach {city}", "Flug für vier Personen nach {city}", "[de] number words"),
]
T["date"] = [
    (WX, "{city} forecast {weekday} morning", "{city} forecast {weekday#2} morning", "weekday"),
    (WX, "{city} weather at {clock} am", "{city} weather at {clock} pm", "am/pm"),
    (WX, "{city} overnight temperature tonight", "{city} overnight temperature tomorrow night", "tonight/tomorrow night"),
    (WX, "{city} snowfall this winter", "{city} snowfall last winter", "this/last winter"),
    (FL, "departures to {city} on {usd}", "departures to {city} on {usd#2}", "US date swapped"),
    (FL, "{airline} flights to {city} during {holiday}", "{airline} flights to {city} during {holiday#2}", "holiday"),
    (FL, "flights to {city} on the {nth} of {month}", "flights to {city} on the {nth#2} of {month}", "ordinal date"),
    (ORD, "orders shipped in week {n}", "orders shipped in week {n#2}", "week number"),
    (ORD, "returns since {month} {year}", "returns since {month#2} {year}", "month"),
    (ORD, "orders from two weeks ago", "orders from three weeks ago", "weeks ago"),
    (SQL, "churn in {q} {year}", "churn in {q#2} {year}", "quarter"),
    (SQL, "sales on the weekend of {month} {nth}", "sales on the weekend of {month#2} {nth}", "month"),
    (SQL, "logins during business hours", "logins outside business hours", "during/outside"),
    (SQL, "revenue year over year in {year}", "revenue month over month in {year}", "YoY/MoM"),
    (SQL, "ventas del primer trimestre de {year}", "ventas del segundo trimestre de {year}", "[es] first/second quarter"),
    (KB, "billing cycle starting on the 1st", "billing cycle starting on the 15th", "day"),
    (KB, "trial ending in {n} days", "trial ending in {n#2} days", "days"),
    (POL, "holidays in {country} during {year}", "holidays in {country} during {year#2}", "year"),
    (POL, "open enrollment in the spring", "open enrollment in the autumn", "season"),
    (DOC, "{lang} SDK release from last month", "{lang} SDK release from this month", "last/this month"),
    (WX, "Wetter {city} heute Abend", "Wetter {city} morgen Abend", "[de] today/tomorrow evening"),
    (ORD, "pedidos de anteayer", "pedidos de ayer", "[es] day before yesterday/yesterday"),
]
T["entity"] = [
    (WX, "air quality in {city}", "air quality in {city#2}", "city"),
    (WX, "tide times for {city|lower}", "tide times for {city#2|lower}", "lower-case city"),
    (WX, "forecast for {twin_city}", "forecast for {twin_city#2}", "look-alike city"),
    (FL, "{airline} check-in desks", "{airline#2} check-in desks", "airline"),
    (FL, "parking at {airport}", "parking at {airport#2}", "airport code"),
    (ORD, "parcels shipped with {carrier}", "parcels shipped with {carrier#2}", "carrier"),
    (ORD, "orders billed to {twin_person}", "orders billed to {twin_person#2}", "look-alike person"),
    (ORD, "refunds for {email}", "refunds for {email#2}", "email"),
    (PR, "{brand} {product} accessories", "{brand#2} {product} accessories", "brand"),
    (PR, "{product} available in {color}", "{product} available in {color#2}", "colour"),
    (PR, "{product} for {sport}", "{product} for {sport#2}", "lower-case sport"),
    (SQL, "headcount in {region}", "headcount in {region#2}", "region"),
    (SQL, "tickets handled by {person}", "tickets handled by {person#2}", "person"),
    (SQL, "purchase orders from {company}", "purchase orders from {company#2}", "company"),
    (SQL, "transactions via {payment} in {month}", "transactions via {payment#2} in {month}", "payment"),
    (DOC, "{lang} SDK error handling", "{lang#2} SDK error handling", "language"),
    (DOC, "backups for {db}", "backups for {db#2}", "database"),
    (KB, "{integration} integration setup", "{integration#2} integration setup", "integration"),
    (KB, "app available in {hlang|lower}", "app available in {hlang#2|lower}", "lower-case language"),
    (POL, "{tier} tier dental cover", "{tier#2} tier dental cover", "tier"),
    (POL, "claims for {procedure}", "claims for {procedure#2}", "procedure"),
    (POL, "visa support for {country}", "visa support for {country#2}", "country"),
    (WX, "météo à {city}", "météo à {city#2}", "[fr] city"),
    (ORD, "Pakete an {email}", "Pakete an {email#2}", "[de] email"),
    (PR, "accesorios para {device}", "accesorios para {device#2}", "[es] device"),
    (DOC, "Beispiele für {lang}", "Beispiele für {lang#2}", "[de] language"),
]
T["scope"] = [
    (KB, "how to reset my PIN", "how to reset my security question", "PIN vs security question"),
    (KB, "maximum file size for attachments", "maximum number of attachments", "size vs number"),
    (KB, "who can delete comments", "who can pin comments", "delete vs pin"),
    (ORD, "shipping method used for order {order}", "payment method used for order {order}", "shipping vs payment"),
    (ORD, "return policy for {brand} {product}", "price history for {brand} {product}", "policy vs price"),
    (PR, "{brand} {product} battery capacity", "{brand} {product} screen size", "battery vs screen"),
    (PR, "{brand} {product} release date", "{brand} {product} discontinuation date", "release vs discontinuation"),
    (WX, "{city} rainfall {weekday}", "{city} cloud cover {weekday}", "rain vs clouds"),
    (WX, "{city} sunrise time", "{city} moonrise time", "sun vs moon"),
    (FL, "{airline} meal options", "{airline} seat options", "meal vs seat"),
    (FL, "departure gate for {flightno}", "arrival gate for {flightno}", "departure vs arrival"),
    (SQL, "median salary in {dept}", "median tenure in {dept}", "salary vs tenure"),
    (SQL, "customer acquisition cost in {year}", "customer lifetime value in {year}", "CAC vs LTV"),
    (SQL, "orders per customer in {country}", "returns per customer in {country}", "orders vs returns"),
    (DOC, "{lang} SDK thread safety", "{lang} SDK memory usage", "threads vs memory"),
    (DOC, "{endpoint} endpoint permissions", "{endpoint} endpoint pagination", "permissions vs pagination"),
    (POL, "eligibility for the bonus scheme", "payout date for the bonus scheme", "eligibility vs payout"),
    (POL, "how to report harassment", "how to report an expense", "harassment vs expense"),
    (POL, "who approves travel requests", "why are travel requests rejected", "who vs why"),
    (KB, "Kosten des {plan} Tarifs", "Laufzeit des {plan} Tarifs", "[de] cost vs term"),
    (FL, "horario de salida de {airline}", "puerta de embarque de {airline}", "[es] time vs gate"),
    (POL, "règles de télétravail", "règles de déplacement", "[fr] remote work vs travel"),
]
CATEGORIES = PARAPHRASE + NEAR_MISS
assert set(T) == set(CATEGORIES)


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def slots_of(*texts: str) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    for t in texts:
        for name, idx, _ in SLOT.findall(t):
            key = (name, int(idx or 1))
            if key not in seen:
                seen.append(key)
    # first draws before second ones; products before brands, airlines before flight numbers
    return sorted(seen, key=lambda k: (k[1], k[0] not in ("product", "airline")))


def instantiate(rng, pools, a, b, note):
    keys = slots_of(a, b, note)
    values: dict[tuple[str, int], object] = {}
    ctx: dict[str, list] = defaultdict(list)
    for name, idx in keys:
        v = pools[name](rng, list(ctx[name]), ctx)
        values[(name, idx)] = v
        ctx[name].append(v)
    return fill(a, values), fill(b, values), fill(note, values), bool(keys)


def generate() -> list[dict]:
    """Rows, each with a private "_t" (template index) that dump() leaves out."""
    pools = make_pools()
    rows: list[dict] = []
    for cat in CATEGORIES:
        rng = random.Random(f"arbiter-cache-eval/{SPLIT}/{cat}")
        templates = T[cat]
        seen: set[tuple[str, str]] = set()
        exhausted = [False] * len(templates)
        made = i = 0
        while made < TARGET[cat] and not all(exhausted):
            k = i % len(templates)
            i += 1
            if exhausted[k]:
                continue
            tool, at, bt, nt = templates[k]
            for _attempt in range(40):
                a, b, note, has_slots = instantiate(rng, pools, at, bt, nt)
                if ((norm(a), norm(b)) not in seen and (norm(b), norm(a)) not in seen) or not has_slots:
                    break
            if (norm(a), norm(b)) in seen or (norm(b), norm(a)) in seen:
                exhausted[k] = True
                continue
            seen.add((norm(a), norm(b)))
            made += 1
            rows.append({"id": f"{SPLIT}-{cat}-{made:03d}", "split": SPLIT, "tool": tool, "category": cat,
                         "label": LABEL[cat], "a": a, "b": b, "note": note, "_t": k})
            if not has_slots:
                exhausted[k] = True
    return rows


# --------------------------------------------------------------------------------------------
# Self-check and report
# --------------------------------------------------------------------------------------------


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pool_values(lists, ordinals, catalogue, email, prefixes, twins=None, skip=frozenset()) -> set[str]:
    vals: set[str] = set()
    for name, vs in lists.items():
        if name not in skip:
            vals.update(str(v) for v in vs)
    for name, vs in ordinals.items():
        if name not in skip:
            vals.update(str(v) for v in vs)
    for ps in (twins or {}).values():
        vals.update(v for p in ps for v in p)
    for prod, brands in catalogue.items():
        vals.add(prod)
        vals.update(brands)
    vals.update(email[0])
    vals.update(email[1])
    vals.update(prefixes)
    return vals


def self_check(rows: list[dict]) -> list[str]:
    errors: list[str] = []
    g, g2 = _G, _G2

    tune_rows = load_jsonl(HERE / "pairs_tune.jsonl")
    tune2_rows = load_jsonl(HERE / "pairs_tune2.jsonl")
    tune3_rows = load_jsonl(HERE / "pairs_tune3.jsonl") + load_jsonl(HERE / "pairs_tune4.jsonl")
    g3 = _G3

    # templates: no string shared with the tune or tune2 templates; test templates by index only
    tune_t = {norm(x) for c in g.T for (_tool, a, b, _n) in g.T[c]["tune"] for x in (a, b)}
    test_t = {norm(x) for c in g.T for (_tool, a, b, _n) in g.T[c]["test"] for x in (a, b)}
    tune2_t = {norm(x) for c in g2.T for (_tool, a, b, _n) in g2.T[c] for x in (a, b)}
    tune2_t |= {norm(x) for g_ in (g3, _G4) for c in g_.T for (_tool, a, b, _n) in g_.T[c] for x in (a, b)}
    for cat in CATEGORIES:
        for k, (tool, a, b, _n) in enumerate(T[cat]):
            if tool not in TOOLS_ALL:
                errors.append(f"unknown tool {tool} in {cat}[{k}]")
            if norm(a) == norm(b):
                errors.append(f"template {cat}[{k}] has a == b")
            for x in (a, b):
                if norm(x) in tune_t:
                    errors.append(f"template string shared with the tune split: {x!r}")
                if norm(x) in tune2_t:
                    errors.append(f"template string shared with tune2 or tune3: {x!r}")
                if norm(x) in test_t:
                    errors.append(f"template {cat}[{k}] shares a string with the test templates (text not shown)")

    # pools: no tune slot value; no non-numeric tune2 value outside the closed sets
    mine = pool_values(LISTS, ORDINALS, CATALOGUE, EMAIL, FLIGHT_PREFIX, TWINS)
    tune_vals = pool_values(g.LISTS["tune"], g.ORDINALS["tune"], g.CATALOGUE["tune"], g.EMAIL["tune"],
                            g.FLIGHT_PREFIX["tune"])
    mine_open = pool_values(LISTS, ORDINALS, CATALOGUE, EMAIL, FLIGHT_PREFIX, TWINS, skip=CLOSED)
    tune2_vals = pool_values(g2.LISTS, g2.ORDINALS, g2.CATALOGUE, g2.EMAIL, g2.FLIGHT_PREFIX, g2.TWINS, skip=CLOSED)
    for g_ in (g3, _G4):
        tune2_vals |= pool_values(g_.LISTS, g_.ORDINALS, g_.CATALOGUE, g_.EMAIL, g_.FLIGHT_PREFIX, g_.TWINS, skip=CLOSED)
    if mine & tune_vals:
        errors.append(f"slot values also in tune pools: {sorted(mine & tune_vals)}")
    shared2 = {v for v in mine_open & tune2_vals if not re.fullmatch(r"[\d.\-]+", v)}
    if shared2:
        errors.append(f"slot values also in tune2/tune3 pools: {sorted(shared2)}")

    # rows
    ids = [r["id"] for r in rows]
    for i, c in Counter(ids + [r["id"] for r in tune_rows + tune2_rows + tune3_rows]).items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    for r in rows:
        if r["a"] == r["b"] or norm(r["a"]) == norm(r["b"]):
            errors.append(f"a == b in {r['id']}")
        if "{" in r["a"] + r["b"] + r["note"] or "}" in r["a"] + r["b"] + r["note"]:
            errors.append(f"unfilled slot in {r['id']}")
        if r["label"] != LABEL[r["category"]] or r["split"] != SPLIT or not r["id"].startswith(f"{SPLIT}-{r['category']}-"):
            errors.append(f"bad row {r['id']}")

    # pairs and sentences: nothing shared with tune or tune2 (either order)
    for name, other in (("tune", tune_rows), ("tune2", tune2_rows), ("tune3", tune3_rows)):
        pairs = {(norm(r["a"]), norm(r["b"])) for r in other}
        sents = {norm(r[k]) for r in other for k in ("a", "b")}
        for r in rows:
            p = (norm(r["a"]), norm(r["b"]))
            if p in pairs or p[::-1] in pairs:
                errors.append(f"{r['id']}: pair also in {name}: {p}")
            for k in ("a", "b"):
                if norm(r[k]) in sents:
                    errors.append(f"{r['id']}.{k}: sentence also in {name}: {r[k]!r}")
    old = old_sentences()
    for r in rows:
        for k in ("a", "b"):
            if norm(r[k]).strip(" ?.!") in old:
                errors.append(f"{r['id']}.{k}: sentence from tests/cache/pairs.py")

    # sizes
    for cat in CATEGORIES:
        mine_rows = [r for r in rows if r["category"] == cat]
        n_t = len({r["_t"] for r in mine_rows})
        if len(mine_rows) < MIN_PAIRS[cat]:
            errors.append(f"{cat}: {len(mine_rows)} pairs < {MIN_PAIRS[cat]}")
        if n_t < MIN_TEMPLATES[cat]:
            errors.append(f"{cat}: {n_t} templates used < {MIN_TEMPLATES[cat]}")
    share = sum(r["note"].startswith("[") for r in rows) / len(rows)
    if not NON_ENGLISH_SHARE[0] <= share <= NON_ENGLISH_SHARE[1]:
        errors.append(f"non-English share {share:.1%} outside {NON_ENGLISH_SHARE}")
    if {r["tool"] for r in rows} != set(TOOLS_ALL):
        errors.append("not all 8 tools used")
    if len(rows) < 200:
        errors.append(f"{len(rows)} pairs < 200")
    return errors


def report(rows: list[dict]) -> str:
    lines = [f"{'category':18} {'label':9} {'pairs':>5} {'tmpl':>5} {'non-en':>6}  jaccard(a,b)"]
    for c in CATEGORIES:
        mine = [r for r in rows if r["category"] == c]
        js = [jaccard(r["a"], r["b"]) for r in mine]
        lines.append(f"{c:18} {LABEL[c]:9} {len(mine):>5} {len({r['_t'] for r in mine}):>5} "
                     f"{sum(r['note'].startswith('[') for r in mine):>6}  {sum(js) / max(1, len(js)):.2f}")
    for lab in ("same", "different"):
        lines.append(f"{'total ' + lab:28} {sum(r['label'] == lab for r in rows):>6}")
    lines.append(f"{'total':28} {len(rows):>6}")
    tools = Counter(r["tool"] for r in rows)
    lines.append("tools: " + ", ".join(f"{t}={n}" for t, n in sorted(tools.items())))
    langs = Counter(r["note"][1:3] for r in rows if r["note"].startswith("["))
    nonen = sum(langs.values())
    words = [len(r[k].split()) for r in rows for k in ("a", "b")]
    lines.append(f"non-English pairs: {nonen} ({nonen / len(rows):.1%}; " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items()))
                 + f"); words per text: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.1f}")
    return "\n".join(lines)


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps({k: v for k, v in r.items() if k != "_t"}, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str]) -> int:
    rows = generate()
    errors = self_check(rows)
    print(report(rows))
    if errors:
        print("\nSELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
        return 1
    print("\nself-check passed")
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != dump(rows):
            print(f"{OUT.name} out of date; run python evals/cache/generate_tune3.py")
            return 1
        print(f"{OUT.name} up to date")
        return 0
    OUT.write_text(dump(rows), encoding="utf-8")
    print("wrote", OUT.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
