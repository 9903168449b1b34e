#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better)
"""Generate "tune4", a probe set for the semantic tool-result cache's verifier (stdlib only, deterministic).

    python evals/cache/generate_tune4.py          # write pairs_tune4.jsonl, print the report
    python evals/cache/generate_tune4.py --check  # regenerate in memory, fail if the file on disk differs

tune4 was written after the near-miss guard had been rewritten on tune, tune2 and tune3, and before it
was scored on tune4: its first reading is an estimate of how the rewritten rules transfer to wording
they were not written for. Same format, categories, slot syntax and machinery as generate_tune3.py
(this file is a copy with its own pools and templates); the self-check also keeps it apart from tune3.
It is tuning data: it never replaces the test split, and pairs_test.jsonl is not opened.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "pairs_tune4.jsonl"
SPLIT = "tune4"

PARAPHRASE = ("reorder", "shorten", "question_keyword", "synonym", "typo", "politeness", "mixed")
NEAR_MISS = ("direction", "comparison", "negation", "antonym_action", "number", "date", "entity", "scope")
LABEL = {**{c: "same" for c in PARAPHRASE}, **{c: "different" for c in NEAR_MISS}}

TARGET = {**{c: 12 for c in PARAPHRASE}, **{c: 28 for c in NEAR_MISS}}
MIN_PAIRS = {**{c: 10 for c in PARAPHRASE}, **{c: 24 for c in NEAR_MISS}}
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
    "air fryer": ["Cosori", "Philips", "Tefal"],
    "e-bike": ["VanMoof", "Cowboy", "Gazelle"],
    "dishwasher": ["Bosch", "Miele", "Beko"],
    "yoga mat": ["Manduka", "Liforme", "Gaiam"],
    "drone": ["DJI", "Autel", "Parrot"],
    "mattress": ["Emma", "Casper", "Simba"],
}

LISTS = {
    "city": ["Thessaloniki", "Tbilisi", "Yerevan", "Almaty", "Doha", "Bordeaux", "Toulouse", "Graz", "Innsbruck",
             "Antwerp", "Ghent", "Utrecht", "Eindhoven", "Ottawa", "Brisbane", "Hobart", "Wellington"],
    "country": ["Georgia", "Armenia", "Kazakhstan", "Qatar", "Latvia", "Lithuania", "Serbia", "Bulgaria",
                "Tunisia", "Ecuador", "Paraguay", "Bolivia"],
    "weekday": ["Tuesday", "Thursday", "Saturday"],
    "month": ["February", "April", "June", "August", "October", "December"],
    "de_weekday": ["Dienstag", "Donnerstag", "Samstag"],
    "fr_weekday": ["mardi", "jeudi", "samedi"],
    "es_weekday": ["martes", "jueves", "sábado"],
    "de_month": ["Februar", "April", "Juni", "August", "Oktober", "Dezember"],
    "fr_month": ["février", "avril", "juin", "août", "octobre", "décembre"],
    "es_month": ["febrero", "abril", "junio", "agosto", "octubre", "diciembre"],
    "person": ["Aiko Mori", "Benedikt Kraus", "Farah Siddiqui", "Tomás Ortega", "Greta Nyberg", "Kwame Mensah",
               "Linh Pham", "Rosa Benedetti"],
    "first": ["aiko", "benedikt", "farah", "tomas", "greta", "kwame"],
    "plan": ["Hobby", "Studio", "Agency", "Corporate"],
    "region": ["the Andes", "Scandinavia", "the Gulf", "East Africa", "the Balkans"],
    "procedure": ["cataract surgery", "hip replacement", "dermatology visits", "sleep studies", "prenatal care"],
    "payment": ["Google Wallet", "Revolut", "a Mastercard", "wire transfer", "Bancontact"],
    "device": ["Pixel phone", "ThinkPad", "Roku", "PlayStation", "Kindle Fire"],
    "lang": ["OCaml", "Julia", "Zig", "Erlang", "Groovy"],
    "integration": ["GitLab", "Linear", "Figma", "Intercom", "Freshdesk", "Pipedrive"],
    "endpoint": ["/accounts", "/transfers", "/reports", "/mandates", "/shipments"],
    "db": ["CockroachDB", "DuckDB", "Redshift", "Firestore", "Couchbase"],
    "airline": ["Etihad", "Singapore Airlines", "ANA", "Aeromexico", "TAP", "Wizz Air"],
    "dept": ["Logistics", "Compliance", "Data Science", "Payroll", "Partnerships"],
    "company": ["Orchard Robotics", "Tidewater Insurance", "Copperleaf Media", "Brightwell Farms", "Summit Dental"],
    "tier": ["Sapphire", "Emerald", "Onyx"],
    "holiday": ["Diwali", "Lunar New Year", "Hanukkah", "Eid al-Fitr", "St Patrick's Day"],
    "cur": ["HKD", "SGD", "ZAR", "TRY", "KRW"],
    "color": ["lavender", "terracotta", "cream", "graphite", "plum"],
    "hlang": ["Vietnamese", "Indonesian", "Ukrainian", "Romanian", "Catalan"],
    "fmt": ["Protobuf", "HTML", "Markdown", "PDF", "XLSX"],
    "carrier": ["Hermes", "Purolator", "Canada Post", "PostNL", "Aramex"],
    "gadget": ["DJI Mini 4", "Sonos Era 100", "Galaxy Watch 7", "Kobo Libra", "Garmin Edge 540"],
    "animal": ["cat", "rabbit", "parrot", "hamster"],
}

ORDINALS = {
    "amount": [65, 85, 130, 260, 550, 850, 1300, 2600],
    "n": [4, 6, 8, 12, 15, 21, 28],
    "temp": [-7, -2, 4, 13, 16, 23, 31],
    "pct": [8, 15, 22, 40, 70],
    "ver": ["9.0", "9.1", "9.10", "10.2", "11.0"],
    "code": [301, 302, 307, 421, 451, 501],
    "size": ["S", "M", "L", "XL", "XXL"],
    "year": [2004, 2005, 2006, 2007, 2008],
    "q": ["Q3", "Q4"],
    "nth": ["12th", "13th", "14th", "15th", "16th"],
    "ml": [330, 400, 600, 800],
    "floor": ["14th", "15th", "16th", "17th"],
    "clock": ["6:15", "7:45", "9:30", "11:00"],
}

TWINS = {
    "twin_city": [("Gent", "Genk"), ("Split", "Spit"), ("Ely", "Elm"), ("Bath", "Bata")],
    "twin_person": [("Anna Holm", "Anne Holm"), ("Luis Prado", "Luisa Prado"), ("Kim Lee", "Kim Li")],
    "airport": [("DOH", "DOK"), ("TBS", "TBU"), ("GRZ", "GRX"), ("BOD", "BOG")],
    "usd": [("7/9", "9/7"), ("1/12", "12/1"), ("3/10", "10/3")],
}

EMAIL = (["aiko.m", "bkraus", "farah.s", "t.ortega", "greta.n", "kmensah"],
         ["lumen.io", "harbourmail.com", "bluecrest.org", "gmx.de"])
AIRLINE_CODE = {"Etihad": "EY", "Singapore Airlines": "SQ", "ANA": "NH", "Aeromexico": "AM", "TAP": "TP",
                "Wizz Air": "W6"}
FLIGHT_PREFIX = sorted(AIRLINE_CODE.values())
ORDER_DIGITS = 10


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
    (FL, "{airline} nonstop {city} to {city#2} schedule {month}", "{month} schedule {airline} nonstop {city} to {city#2}", "schedule moved"),
    (WX, "{city} wind chill {weekday} night", "{weekday} night wind chill {city}", "place moved to the end"),
    (ORD, "pending refunds {email} {month}", "{month} pending refunds {email}", "month moved to the front"),
    (PR, "{brand} {product} {color} with free returns", "with free returns: {color} {brand} {product}", "clause moved"),
    (SQL, "gross profit by warehouse in {country} for {year}", "for {year}, gross profit by warehouse in {country}", "year moved"),
    (DOC, "{lang} client connection pooling docs", "docs on connection pooling, {lang} client", "same words reordered"),
    (POL, "home office stipend for {dept} staff", "for {dept} staff, home office stipend", "same words reordered"),
    (KB, "export chat history from the {device} app", "from the {device} app, export chat history", "same words reordered"),
    (WX, "Luftfeuchtigkeit {city} {de_weekday}", "{de_weekday} Luftfeuchtigkeit {city}", "[de] same words reordered"),
    (SQL, "ingresos por canal {es_month} {year}", "{es_month} {year} ingresos por canal", "[es] same words reordered"),
]

T["shorten"] = [
    (FL, "Could you check whether there is a morning flight from {city} to {city#2} on {weekday} with {airline}?", "{airline} morning flight {city} to {city#2} {weekday}", "keywords kept"),
    (ORD, "I would like to know which carrier is going to deliver my order {order}", "carrier for order {order}", "question cut"),
    (WX, "What sort of temperatures should we expect in {city} over the course of {weekday}?", "{city} temperatures {weekday}", "keywords kept"),
    (PR, "I'm trying to find an {product} from {brand} that is currently on sale", "{brand} {product} on sale", "filler dropped"),
    (SQL, "Can you give me the total number of new subscribers we gained in {region} in {month} {year}?", "new subscribers {region} {month} {year}", "keywords kept"),
    (DOC, "Is there any documentation explaining how to stream large responses with the {lang} client?", "{lang} client streaming large responses", "keywords kept"),
    (POL, "Could someone explain the rules around claiming overtime on public holidays?", "overtime rules on public holidays", "keywords kept"),
    (KB, "I'd like to understand how to move my workspace to a different region", "move workspace to a different region", "filler dropped"),
    (POL, "Können Sie mir sagen, wie viele Urlaubstage Teilzeitkräfte bekommen?", "Urlaubstage Teilzeitkräfte", "[de] keywords kept"),
    (KB, "Je voudrais savoir comment exporter mes factures au format PDF", "exporter factures format PDF", "[fr] keywords kept"),
]

T["question_keyword"] = [
    (WX, "Will there be frost in {city} on {weekday} morning?", "{city} frost {weekday} morning", "question vs keywords"),
    (FL, "Which terminal does {airline} use at {airport}?", "{airline} terminal at {airport}", "question vs keywords"),
    (ORD, "Why was my refund for order {order} rejected?", "order {order} refund rejection reason", "question vs keywords"),
    (PR, "Is the {brand} {product} dishwasher-safe?", "{brand} {product} dishwasher safe", "question vs keywords"),
    (SQL, "What was the churn rate among {plan} customers in {q} {year}?", "{plan} customer churn rate {q} {year}", "question vs keywords"),
    (DOC, "How do I configure retries for the {endpoint} endpoint in {lang}?", "{lang} {endpoint} retry configuration", "question vs keywords"),
    (POL, "Are contractors eligible for the wellness budget?", "contractor eligibility wellness budget", "question vs keywords"),
    (KB, "How can I change my display name?", "change display name", "question vs keywords"),
    (WX, "¿Qué temperatura hará en {city} el {es_weekday}?", "temperatura {city} {es_weekday}", "[es] question vs keywords"),
    (SQL, "Combien de commandes ont été annulées en {fr_month} ?", "nombre de commandes annulées {fr_month}", "[fr] question vs keywords"),
]

T["synonym"] = [
    (KB, "how do I delete my saved payment card", "remove a stored credit card from my profile", "rephrased"),
    (ORD, "orders for {email} that arrived damaged", "purchases by {email} delivered broken", "synonyms"),
    (WX, "will it be stormy in {city} on {weekday}", "thunderstorms expected in {city} on {weekday}?", "rephrased"),
    (FL, "cheapest seats {city} to {city#2} in {month}", "lowest fares {city} to {city#2} in {month}", "synonyms"),
    (PR, "{brand} {product} that is easy to clean", "{brand} {product} with simple cleaning", "rephrased"),
    (SQL, "money we refunded to customers in {year}", "total refunds paid out in {year}", "rephrased"),
    (DOC, "how to cap the number of requests per minute in {lang}", "{lang}: throttle calls to a maximum rate per minute", "rephrased"),
    (POL, "can I get reimbursed for a gym membership", "is a fitness club subscription covered by the company", "rephrased"),
    (KB, "Wie lösche ich mein Konto?", "Konto dauerhaft entfernen", "[de] rephrased"),
    (ORD, "pedidos de {email} que llegaron rotos", "compras de {email} entregadas dañadas", "[es] synonyms"),
]

T["typo"] = [
    (KB, "how to restore a deleted project", "how to restroe a deleted projcet", "two typos"),
    (ORD, "refund status for order {order}", "refund statsu for order {order}", "one typo"),
    (WX, "{city} visibility {weekday} morning", "{city} visibilty {weekday} morning", "one typo"),
    (FL, "{airline} seat selection fee", "{airline} seat selction fee", "one typo"),
    (PR, "{brand} {product} replacement parts", "{brand} {product} replacment parts", "one typo"),
    (SQL, "average handling time per agent in {month}", "avergae handling time per agent in {month}", "one typo"),
    (DOC, "{lang} client webhook verification", "{lang|lower} client webhook verificaton", "case + typo"),
    (POL, "travel insurance for business trips", "Travel insurence for business trips.", "case + typo + punctuation"),
    (KB, "Rechnungsadresse ändern", "Rechnungsadrese ändern", "[de] one typo"),
    (SQL, "chiffre d'affaires par région en {fr_month}", "chiffre d'afaires par région en {fr_month}", "[fr] one typo"),
]

T["politeness"] = [
    (KB, "how to enable dark mode on the {device}", "Hello there! Could you please tell me how to enable dark mode on the {device}? Thanks!", "greeting + please + thanks"),
    (ORD, "tracking link for order {order}", "Hi, sorry for the trouble, could you send me the tracking link for order {order}? Much appreciated", "apology + thanks"),
    (WX, "{city} forecast for the weekend", "Hey, any chance you could get me the {city} forecast for the weekend? Thanks in advance", "informal polite"),
    (FL, "{airline} flights to {city} on {weekday}", "Good evening, I'd appreciate it if you could look up {airline} flights to {city} on {weekday}. Kind regards", "formal wrapper"),
    (PR, "{brand} {product} assembly instructions", "Hi! Would it be possible to get the {brand} {product} assembly instructions? Thanks a bunch", "polite request"),
    (SQL, "refund volume by region in {q} {year}", "Hi team, when you have a moment, please pull the refund volume by region in {q} {year}. Thank you!", "team greeting + please"),
    (DOC, "{lang} client migration guide", "Hey there, could you kindly share the {lang} client migration guide? Cheers!", "greeting + kindly + cheers"),
    (POL, "compassionate leave rules", "Hello, I'm sorry to ask, but could you tell me the compassionate leave rules please? Thank you", "apologetic wrapper"),
    (KB, "Passwort zurücksetzen", "Hallo zusammen, wie kann ich bitte mein Passwort zurücksetzen? Danke schön", "[de] greeting + please + thanks"),
    (ORD, "seguimiento del pedido {order}", "Buenas tardes, ¿me podría decir el seguimiento del pedido {order}, por favor? Muchas gracias", "[es] greeting + please + thanks"),
]

T["mixed"] = [
    (KB, "How do I stop the app from sending me push notifications?", "disable push notifs app", "synonym + abbreviation"),
    (ORD, "Could you show me everything {email} bought in {month}?", "{email} purchases {month}", "keywords + synonym"),
    (WX, "Are we expecting any snowfall in {city} on {weekday}?", "snowfall {city} {weekday}??", "keywords + punctuation"),
    (FL, "What's the earliest {airline} flight from {city} to {city#2} on {weekday}?", "first {airline} departure {city}→{city#2} {weekday}", "synonym + symbol"),
    (PR, "Do you have the {brand} {product} in {color}? I'd like to buy one", "{color} {brand} {product} availability", "keywords + rephrased"),
    (SQL, "How many support tickets did {dept} close last week?", "tickets closed by {dept} last wk", "keywords + abbreviation"),
    (DOC, "Hey, where do I find the {lang} client's timeout setting?", "{lang} client timeout config", "greeting dropped + abbreviation"),
    (POL, "Am I allowed to work from another country for a month?", "working abroad for 1 month policy", "rephrased + digit"),
    (ORD, "Bonjour, où en est ma commande {order} ?", "commande {order} statut", "[fr] keywords"),
    (KB, "Hola, ¿cómo cambio mi contraseña?", "cambiar contraseña", "[es] keywords"),
]

T["direction"] = [
    (FL, "flights heading to {city} from {city#2} on {weekday}", "flights heading to {city#2} from {city} on {weekday}", "to/from swapped"),
    (FL, "{city} ⇒ {city#2} {airline} fares", "{city#2} ⇒ {city} {airline} fares", "arrow swapped"),
    (FL, "{airport} to {airport#2} nonstop", "{airport#2} to {airport} nonstop", "airport codes swapped"),
    (FL, "is the {airline} flight to {city} via {city#2} cheaper", "is the {airline} flight to {city#2} via {city} cheaper", "to/via swapped"),
    (ORD, "refunds {company} paid to {company#2} in {year}", "refunds {company#2} paid to {company} in {year}", "payer/payee swapped"),
    (ORD, "packages returned by {email} to {email#2}", "packages returned by {email#2} to {email}", "sender/recipient swapped"),
    (ORD, "swap size {size} for size {size#2} on my order", "swap size {size#2} for size {size} on my order", "exchange direction"),
    (KB, "copy settings from my {device} to my {device#2}", "copy settings from my {device#2} to my {device}", "copy direction"),
    (KB, "sync contacts {integration} → {integration#2}", "sync contacts {integration#2} → {integration}", "sync direction"),
    (SQL, "customers who upgraded from {plan} to {plan#2} in {q}", "customers who upgraded from {plan#2} to {plan} in {q}", "switch direction"),
    (SQL, "deals {person} handed over to {person#2}", "deals {person#2} handed over to {person}", "handover direction"),
    (SQL, "revenue of {country} compared with {country#2}", "revenue of {country#2} compared with {country}", "comparison roles"),
    (SQL, "emails {first} forwarded to {first#2}", "emails {first#2} forwarded to {first}", "lower-case names swapped"),
    (SQL, "{region} outperformed {region#2} in {year}", "{region#2} outperformed {region} in {year}", "winner/loser, no preposition"),
    (WX, "is {city} warmer than {city#2} this weekend", "is {city#2} warmer than {city} this weekend", "than roles"),
    (WX, "storm moving from {city} towards {city#2}", "storm moving from {city#2} towards {city}", "from/towards swapped"),
    (DOC, "convert {fmt} into {fmt#2} in {lang}", "convert {fmt#2} into {fmt} in {lang}", "conversion direction"),
    (DOC, "stream changes from {db} to {db#2}", "stream changes from {db#2} to {db}", "replication direction"),
    (POL, "moving from the {dept} team to the {dept#2} team", "moving from the {dept#2} team to the {dept} team", "team move direction"),
    (POL, "leave taken after the notice period", "leave taken before the notice period", "after/before"),
    (PR, "{product} sorted by price, low to high", "{product} sorted by price, high to low", "sort direction"),
    (FL, "Flug {city} – {city#2} am {de_weekday}", "Flug {city#2} – {city} am {de_weekday}", "[de] dash route swapped"),
    (KB, "pasar datos de {integration} a {integration#2}", "pasar datos de {integration#2} a {integration}", "[es] transfer direction"),
]

T["comparison"] = [
    (PR, "{product} under {amount} euros", "{product} over {amount} euros", "under/over"),
    (PR, "{brand} {product} priced below ${amount}", "{brand} {product} priced above ${amount}", "below/above"),
    (PR, "{product} rated higher than 4 stars", "{product} rated lower than 4 stars", "higher/lower than"),
    (PR, "heaviest {product} in the catalogue", "lightest {product} in the catalogue", "heaviest/lightest"),
    (PR, "{product} with more than {n} reviews", "{product} with fewer than {n} reviews", "more/fewer than"),
    (SQL, "branches with revenue greater than ${amount}k in {year}", "branches with revenue less than ${amount}k in {year}", "greater/less than"),
    (SQL, "orders that took longer than {n} days to ship", "orders that took less than {n} days to ship", "longer/less than"),
    (SQL, "the most profitable store in {country}", "the least profitable store in {country}", "most/least"),
    (SQL, "customers spending at least ${amount} a month", "customers spending at most ${amount} a month", "at least/at most"),
    (SQL, "products whose stock is above the reorder level", "products whose stock is below the reorder level", "above/below"),
    (FL, "{airline} flights to {city} costing no more than ${amount}", "{airline} flights to {city} costing no less than ${amount}", "no more/no less"),
    (FL, "the latest flight to {city} on {weekday}", "the earliest flight to {city} on {weekday}", "latest/earliest"),
    (FL, "layovers in {city} shorter than {n} hours", "layovers in {city} longer than {n} hours", "shorter/longer"),
    (WX, "will {city} be hotter than {temp} °C on {weekday}", "will {city} be cooler than {temp} °C on {weekday}", "hotter/cooler"),
    (WX, "driest month in {city}", "wettest month in {city}", "driest/wettest"),
    (ORD, "orders above ${amount} from {email}", "orders below ${amount} from {email}", "above/below"),
    (ORD, "shipments weighing over {n} kg to {country}", "shipments weighing under {n} kg to {country}", "over/under"),
    (KB, "plans with more seats than the {plan} plan", "plans with fewer seats than the {plan} plan", "more/fewer"),
    (DOC, "{lang} client releases after {ver}", "{lang} client releases before {ver}", "after/before a version"),
    (POL, "trips longer than {n} days need approval", "trips shorter than {n} days need approval", "longer/shorter"),
    (POL, "employees earning above the median salary", "employees earning below the median salary", "above/below"),
    (SQL, "Filialen mit mehr als {n} Mitarbeitern", "Filialen mit weniger als {n} Mitarbeitern", "[de] more/fewer"),
    (PR, "{product} à moins de {amount} euros", "{product} à plus de {amount} euros", "[fr] less/more"),
]

T["negation"] = [
    (ORD, "purchases by {email} that have not been dispatched", "purchases by {email} that have been dispatched", "not"),
    (ORD, "orders delivered without a signature", "orders delivered with a signature", "without/with"),
    (ORD, "undelivered parcels to {city}", "delivered parcels to {city}", "un- prefix"),
    (KB, "why am I not receiving verification codes", "why am I receiving verification codes", "not"),
    (KB, "integrations that aren't supported on the {plan} plan", "integrations that are supported on the {plan} plan", "aren't"),
    (KB, "how to share a link that doesn't expire", "how to share a link that expires", "doesn't"),
    (SQL, "customers who never opened our newsletter in {month}", "customers who opened our newsletter in {month}", "never"),
    (SQL, "invoices issued without VAT in {year}", "invoices issued with VAT in {year}", "without/with"),
    (SQL, "unpaid invoices for {company}", "paid invoices for {company}", "un- prefix"),
    (SQL, "users excluding trial accounts in {region}", "users including trial accounts in {region}", "excluding/including"),
    (SQL, "sales of everything but {product}s in {month}", "sales of {product}s in {month}", "everything but"),
    (FL, "{airline} flights to {city} without a layover", "{airline} flights to {city} with a layover", "without/with"),
    (FL, "non-stop flights to {city}", "stopover flights to {city}", "non-stop/stopover"),
    (WX, "will it not rain in {city} on {weekday}", "will it rain in {city} on {weekday}", "not"),
    (WX, "days with no wind in {city} in {month}", "days with wind in {city} in {month}", "no"),
    (PR, "{product} that is not compatible with the {device}", "{product} that is compatible with the {device}", "not compatible"),
    (PR, "{brand} {product} without a remote", "{brand} {product} with a remote", "without/with"),
    (PR, "{product} that can't be returned", "{product} that can be returned", "can't/can"),
    (DOC, "{lang} functions that are not async", "{lang} functions that are async", "not"),
    (DOC, "requests to {endpoint} with no idempotency key", "requests to {endpoint} with an idempotency key", "no/an"),
    (POL, "leave for staff who are not yet confirmed", "leave for staff who are confirmed", "not yet"),
    (POL, "is {procedure} covered if I have no referral", "is {procedure} covered if I have a referral", "no/a"),
    (ORD, "Pakete ohne Sendungsnummer", "Pakete mit Sendungsnummer", "[de] without/with"),
    (SQL, "clients sans commande en {fr_month}", "clients avec commande en {fr_month}", "[fr] without/with"),
    (PR, "{product} que no necesita pilas", "{product} que necesita pilas", "[es] not"),
]

T["antonym_action"] = [
    (KB, "how to mute a channel", "how to unmute a channel", "mute/unmute"),
    (KB, "how to archive a conversation", "how to unarchive a conversation", "archive/unarchive"),
    (KB, "how to follow a topic", "how to unfollow a topic", "follow/unfollow"),
    (KB, "add {person} as an admin", "remove {person} as an admin", "add/remove"),
    (KB, "how to lock a cell in a sheet", "how to unlock a cell in a sheet", "lock/unlock"),
    (KB, "how to approve a pending invite", "how to reject a pending invite", "approve/reject"),
    (ORD, "how to freeze my gift card", "how to unfreeze my gift card", "freeze/unfreeze"),
    (ORD, "orders marked as shipped by {person}", "orders marked as returned by {person}", "shipped/returned"),
    (ORD, "how to confirm my order {order}", "how to cancel my order {order}", "confirm/cancel"),
    (SQL, "users who joined the {plan} plan in {month}", "users who left the {plan} plan in {month}", "joined/left"),
    (SQL, "stock we bought in {q} {year}", "stock we sold in {q} {year}", "bought/sold"),
    (SQL, "accounts opened in {country} in {year}", "accounts closed in {country} in {year}", "opened/closed"),
    (SQL, "licenses assigned in {month}", "licenses revoked in {month}", "assigned/revoked"),
    (SQL, "employees promoted in {dept} this year", "employees demoted in {dept} this year", "promoted/demoted"),
    (WX, "when does the heatwave start in {city}", "when does the heatwave end in {city}", "start/end"),
    (WX, "will the temperature rise in {city} tomorrow", "will the temperature fall in {city} tomorrow", "rise/fall"),
    (FL, "how to check in for flight {flightno}", "how to check out for flight {flightno}", "check in/check out"),
    (FL, "book a seat on {airline} to {city}", "release a seat on {airline} to {city}", "book/release"),
    (PR, "how to charge the {gadget}", "how to drain the {gadget}", "charge/drain"),
    (PR, "how to connect the {gadget} to wifi", "how to disconnect the {gadget} from wifi", "connect/disconnect"),
    (DOC, "how to encode {fmt} in {lang}", "how to decode {fmt} in {lang}", "encode/decode"),
    (DOC, "how to subscribe to events on {endpoint}", "how to unsubscribe from events on {endpoint}", "subscribe/unsubscribe"),
    (DOC, "how to install the {lang} client", "how to uninstall the {lang} client", "install/uninstall"),
    (DOC, "how to push changes to {db}", "how to pull changes from {db}", "push/pull"),
    (POL, "how to accept a job offer internally", "how to decline a job offer internally", "accept/decline"),
    (POL, "how to request a leave of absence", "how to withdraw a leave of absence", "request/withdraw"),
    (KB, "Datei hochladen in {integration}", "Datei herunterladen aus {integration}", "[de] upload/download"),
    (KB, "comment épingler un message", "comment désépingler un message", "[fr] pin/unpin"),
    (SQL, "clientes que se dieron de alta en {es_month}", "clientes que se dieron de baja en {es_month}", "[es] signed up/cancelled"),
]

T["number"] = [
    (ORD, "current state of order {order}", "current state of order {order#2}", "10-digit order id"),
    (ORD, "the last {n} returns from {email}", "the last {n#2} returns from {email}", "count"),
    (PR, "{product} with a {ml} ml tank", "{product} with a {ml#2} ml tank", "capacity"),
    (PR, "one {brand} {product}", "three {brand} {product}s", "one/three"),
    (PR, "{product} in size {size}", "{product} in size {size#2}", "letter size"),
    (PR, "{product} costing {amount} dollars", "{product} costing {amount} euros", "currency words"),
    (PR, "{gadget} with {n} months of warranty", "{gadget} with {n} years of warranty", "unit months/years"),
    (SQL, "top {n} products by margin in {year}", "top {n#2} products by margin in {year}", "top n"),
    (SQL, "customers with exactly {n} orders", "customers with exactly {n#2} orders", "exact count"),
    (SQL, "revenue growth of {pct}% in {q}", "revenue growth of {pct#2}% in {q}", "percentage"),
    (SQL, "the {nth} biggest customer in {country}", "the {nth#2} biggest customer in {country}", "ordinal"),
    (WX, "wind gusts above {n} mph in {city}", "wind gusts above {n} km/h in {city}", "unit mph/kmh"),
    (WX, "{city} low of {temp} degrees", "{city} low of {temp#2} degrees", "temperature"),
    (FL, "{airline} flight {flightno} delays", "{airline} flight {flightno#2} delays", "flight number"),
    (FL, "flights for two adults and two children to {city}", "flights for two adults and three children to {city}", "children count"),
    (FL, "hand luggage up to {n} kg on {airline}", "hand luggage up to {n#2} kg on {airline}", "weight"),
    (KB, "printer on the {floor} floor is offline", "printer on the {floor#2} floor is offline", "floor ordinal"),
    (KB, "what does HTTP {code} mean", "what does HTTP {code#2} mean", "status code"),
    (DOC, "{lang} client version {ver} release notes", "{lang} client version {ver#2} release notes", "version"),
    (DOC, "timeout of {n} seconds in {lang}", "timeout of {n} milliseconds in {lang}", "unit s/ms"),
    (POL, "{n} days of paid sick leave", "{n#2} days of paid sick leave", "days"),
    (POL, "allowance of {amount} {cur} per trip", "allowance of {amount} {cur#2} per trip", "currency code"),
    (ORD, "Bestellung {order} stornieren", "Bestellung {order#2} stornieren", "[de] order id"),
    (FL, "billet pour {city} pour une personne", "billet pour {city} pour deux personnes", "[fr] one/two"),
]

T["date"] = [
    (WX, "{city} forecast for {weekday}", "{city} forecast for next {weekday}", "this/next weekday"),
    (WX, "{city} rain at {clock} tomorrow", "{city} rain at {clock#2} tomorrow", "time"),
    (WX, "sunshine hours in {city} last week", "sunshine hours in {city} next week", "last/next week"),
    (WX, "{city} weather in two days", "{city} weather in three days", "two/three days"),
    (FL, "one-way trips to {city} on {usd}", "one-way trips to {city} on {usd#2}", "US date swapped"),
    (FL, "{airline} flights to {city} around {holiday}", "{airline} flights to {city} around {holiday#2}", "holiday"),
    (FL, "flights to {city} departing {month} {nth}", "flights to {city} departing {month} {nth#2}", "ordinal date"),
    (ORD, "orders placed before noon on {weekday}", "orders placed after noon on {weekday}", "before/after noon"),
    (ORD, "returns from the past {n} days", "returns from the past {n#2} days", "number of days"),
    (ORD, "orders due on {month} {nth}", "orders due on {month#2} {nth}", "month"),
    (SQL, "signups during {q} {year}", "signups during {q} {year#2}", "year"),
    (SQL, "revenue in the first quarter of {year}", "revenue in the last quarter of {year}", "first/last quarter"),
    (SQL, "active users on weekdays in {month}", "active users on weekends in {month}", "weekdays/weekends"),
    (SQL, "sales between {month} and {month#2}", "sales between {month#2} and December", "date range"),
    (SQL, "tickets opened this morning", "tickets opened this afternoon", "morning/afternoon"),
    (KB, "scheduled downtime on {weekday}", "scheduled downtime on {weekday#2}", "weekday"),
    (KB, "invoices from the previous month", "invoices from the current month", "previous/current"),
    (POL, "holiday calendar for {year}", "holiday calendar for {year#2}", "year"),
    (POL, "deadline for expenses at the end of the quarter", "deadline for expenses at the end of the month", "quarter/month"),
    (DOC, "{lang} client releases from {year}", "{lang} client releases from {year#2}", "year"),
    (WX, "Wetter in {city} am Wochenende", "Wetter in {city} am Montag", "[de] weekend/weekday"),
    (ORD, "commandes de la semaine dernière", "commandes de la semaine prochaine", "[fr] last/next week"),
    (SQL, "ventas de ayer en {city}", "ventas de hoy en {city}", "[es] yesterday/today"),
]

T["entity"] = [
    (WX, "pollen forecast for {city}", "pollen forecast for {city#2}", "city"),
    (WX, "sea temperature near {city|lower}", "sea temperature near {city#2|lower}", "lower-case city"),
    (WX, "weather in {twin_city}", "weather in {twin_city#2}", "look-alike city"),
    (FL, "baggage rules on {airline}", "baggage rules on {airline#2}", "airline"),
    (FL, "lounge access at {airport}", "lounge access at {airport#2}", "look-alike airport code"),
    (ORD, "returns handled by {carrier}", "returns handled by {carrier#2}", "carrier"),
    (ORD, "invoices for {twin_person}", "invoices for {twin_person#2}", "look-alike person"),
    (ORD, "orders sent to {email}", "orders sent to {email#2}", "email"),
    (PR, "{brand} {product} spare filters", "{brand#2} {product} spare filters", "brand"),
    (PR, "{product} in {color}", "{product} in {color#2}", "colour"),
    (PR, "{product} for a {animal}", "{product} for a {animal#2}", "lower-case animal"),
    (SQL, "profit in {region} for {year}", "profit in {region#2} for {year}", "region"),
    (SQL, "accounts managed by {person}", "accounts managed by {person#2}", "person"),
    (SQL, "{company} contract value", "{company#2} contract value", "company"),
    (SQL, "payments made with {payment} in {month}", "payments made with {payment#2} in {month}", "payment"),
    (DOC, "{lang} examples for the {endpoint} endpoint", "{lang#2} examples for the {endpoint} endpoint", "language"),
    (DOC, "migrating to {db}", "migrating to {db#2}", "database"),
    (KB, "connect {integration} to my workspace", "connect {integration#2} to my workspace", "integration"),
    (KB, "switch the app to {hlang|lower}", "switch the app to {hlang#2|lower}", "lower-case language"),
    (KB, "{device} app keeps crashing", "{device#2} app keeps crashing", "device"),
    (POL, "{tier} plan vision benefits", "{tier#2} plan vision benefits", "tier"),
    (POL, "coverage for {procedure}", "coverage for {procedure#2}", "procedure"),
    (POL, "relocation rules for {country}", "relocation rules for {country#2}", "country"),
    (WX, "Wetter {city} morgen", "Wetter {city#2} morgen", "[de] city"),
    (SQL, "ventas de {person} en {es_month}", "ventas de {person#2} en {es_month}", "[es] person"),
]

T["scope"] = [
    (KB, "how to change my profile photo", "how to change my profile banner", "photo vs banner"),
    (KB, "file size limit for uploads", "file type limit for uploads", "size vs type"),
    (KB, "who can see my shared calendar", "who can edit my shared calendar", "see vs edit"),
    (ORD, "estimated delivery for order {order}", "estimated refund for order {order}", "delivery vs refund"),
    (ORD, "return label for order {order}", "return deadline for order {order}", "label vs deadline"),
    (PR, "{brand} {product} noise level", "{brand} {product} energy use", "noise vs energy"),
    (PR, "{brand} {product} colour options", "{brand} {product} size options", "colour vs size"),
    (WX, "{city} humidity {weekday}", "{city} air pressure {weekday}", "humidity vs pressure"),
    (WX, "snow depth in {city}", "snow risk in {city}", "depth vs risk"),
    (FL, "{airline} carry-on size limit", "{airline} carry-on weight limit", "size vs weight"),
    (FL, "check-in time for {flightno}", "boarding time for {flightno}", "check-in vs boarding"),
    (SQL, "average basket size in {country}", "average delivery time in {country}", "basket vs delivery"),
    (SQL, "number of active users in {month}", "number of new users in {month}", "active vs new"),
    (SQL, "revenue per employee in {dept}", "cost per employee in {dept}", "revenue vs cost"),
    (SQL, "top products by units sold in {year}", "top products by revenue in {year}", "units vs revenue"),
    (DOC, "{lang} client authentication", "{lang} client pagination", "auth vs pagination"),
    (DOC, "{endpoint} endpoint rate limits", "{endpoint} endpoint deprecation date", "limits vs errors"),
    (POL, "notice period for resignation", "notice period for dismissal", "resignation vs dismissal"),
    (POL, "per diem for domestic travel", "per diem for international travel", "domestic vs international"),
    (POL, "who approves remote work requests", "when are remote work requests approved", "who vs when"),
    (KB, "Speicherplatz im {plan} Tarif", "Nutzeranzahl im {plan} Tarif", "[de] storage vs users"),
    (FL, "franquicia de equipaje de {airline}", "política de mascotas de {airline}", "[es] baggage vs pets"),
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
    tune3_rows = load_jsonl(HERE / "pairs_tune3.jsonl")
    g3 = _G3

    # templates: no string shared with the tune or tune2 templates; test templates by index only
    tune_t = {norm(x) for c in g.T for (_tool, a, b, _n) in g.T[c]["tune"] for x in (a, b)}
    test_t = {norm(x) for c in g.T for (_tool, a, b, _n) in g.T[c]["test"] for x in (a, b)}
    tune2_t = {norm(x) for c in g2.T for (_tool, a, b, _n) in g2.T[c] for x in (a, b)}
    tune2_t |= {norm(x) for c in g3.T for (_tool, a, b, _n) in g3.T[c] for x in (a, b)}
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
    tune2_vals |= pool_values(g3.LISTS, g3.ORDINALS, g3.CATALOGUE, g3.EMAIL, g3.FLIGHT_PREFIX, g3.TWINS, skip=CLOSED)
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
    if len(rows) < 250:
        errors.append(f"{len(rows)} pairs < 250")
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
