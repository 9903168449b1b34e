#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "test6", a sixth held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test6.py          # write pairs_test6.jsonl, print the report
    python evals/cache/generate_test6.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test to test5 (25 pairs
per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in new
wording and new slot pools. Written by a separate author, apart from the guard and the verifier:
from evals/cache/README.md (not its "reading" subsections), pairgen.py and generate_test5.py only,
without opening anything under src/, bench/, tests/ or scripts/, without reading any pairs_*.jsonl
file and without scoring anything on it.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test6
result leads to a change of the guard, the verifier, the thresholds or the templates, test6 is used
up too.

Style: terse keyword queries, long story-like questions, agent-written requests ("origin: X /
destination: Y", "from=X to=Y date=Z"), lower case, all caps, typos, chat shorthand ("tmrw",
"w/o", "rn"), greetings and sign-offs; 12-15% of the pairs in German, French, Spanish, Italian,
Portuguese, Dutch, Polish and, new in this split, Swedish and Danish (notes start with "[de]",
"[fr]", "[es]", "[it]", "[pt]", "[nl]", "[pl]", "[sv]", "[da]"), each pair within one language.

Near misses vary how the critical element is written in ways earlier splits did not: key-value
routes ("origin: X / destination: Y", "from=X to=Y"), "Y-bound flights leaving X", open-jaw
itineraries, "send back the A one, keep the B", conditional shares ("mobile users who are paying" /
"paying customers who are mobile"), primary/replica, merge A into B, rain bands moving from A toward
B, billing vs shipping country, adapters "USB-C to HDMI" / "HDMI to USB-C"; "$X+" / "sub-$X",
"no pricier/no cheaper than", "pricier/cheaper alternatives", "earliest/latest", above-/below-average,
outperformed/underperformed, "over-50s"/"under-50s", "X+ seats"/"fewer than X"; "w/o"/"w/",
cordless/corded, "ex VAT"/"inc VAT", "missing"/"with", "zero orders", "but not"/"and",
"neither ... nor"/"both ... and", "not once"/"at least once", "nobody"/"somebody", im-, ir-, bez-,
sans/avec, senza/con, utan/med; allowlist/denylist, snooze/unsnooze, bring forward/push back,
bump up/cut, join/leave a waitlist, spin up/tear down, minify/pretty-print, increment/decrement,
warm up/cool off, pick up/die down, roll in/lift, accumulate/melt, waive/enforce; tracking numbers,
return and invoice numbers, gates, rows, error and exit codes, "a third/a quarter off", "2x/3x",
"net 30/net 60", p95/p99, HTTP/2 / HTTP/3, token TTLs, snow lines, Beaufort forces, coupon codes;
"Friday week" / "this Friday", past/next 48 hours, "a week ago today", pre-dawn / late evening,
"half past five/six", "2034-06"/"2034-07", "June '34"/"July '34", "Q3'34"/"Q3'35", ISO timestamps
12 hours apart, last/first business day, weeks/months; look-alike cities (Linz/Lienz), airport
codes (TLL/TLS), social handles (@mira_k / @mira.k), cloud regions, SSO providers, a third city
against a second; scope changes to another attribute of one thing (snowfall vs snow depth, sea
temperature vs wave height, lounge rules vs location, customs duty vs VAT, gross vs net, churn rate
vs churned MRR, sessions vs unique users, timeout vs retries, maternity pay rate vs duration).

The self-check (pairgen.self_check; nothing is written if it fails) keeps test6 apart from every
other split: no template string shared with or worded like (word Jaccard 0.7 or more, a slot
counting as one word named after its pool) a template of tune, test, test2 to test5 or
tune2-tune5; no sentence and no (a, b) pair (either order) shared with any pairs_*.jsonl file or
tests/cache/pairs.py (every collision is reported by id or template index only, so no other split's
text is ever printed); no slot value in any other split's pools, numbers included (only the closed
sets, weekdays, months and quarters, repeat); ids unique across all the files; a != b; no unfilled
slot; exactly 25 / 54 pairs per category from at least 12 / 20 templates; all 8 tools; 12-15%
non-English.
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
# Slot pools: no value in the pools of tune, test, test2 to test5 or tune2-tune5, numbers
# included; only the closed sets (weekdays, months, quarters) repeat. Checked by the self-check.
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "bread maker": ["Morphy Richards", "Sage Appliances", "Salter"],
    "rowing machine": ["Concept2", "Hydrow", "WaterRower"],
    "espresso grinder": ["Eureka", "Mazzer", "Niche"],
    "water flosser": ["Waterpik", "Philips Sonicare", "Waterdrop"],
    "soda maker": ["SodaStream", "Aarke", "Tristar"],
    "bike trainer": ["Wahoo", "Tacx", "Elite"],
    "massage gun": ["Theragun", "Hypervolt", "Renpho"],
    "camping stove": ["Trangia", "Jetboil", "Primus"],
}

LISTS = {
    "city": ["Ostrava", "Debrecen", "Bitola", "Mostar", "Kotor", "Nafplio", "Chania", "Izmir", "Eilat", "Agadir",
             "Asheville", "Daugavpils", "Klaipėda", "Pärnu", "Kuopio", "Tromsø", "Bodø", "Ålesund", "Visby",
             "Ajaccio", "Perpignan", "Annecy", "Besançon", "Rostock", "Passau", "Bamberg", "Trento", "Piran",
             "Budva", "Sozopol", "Brașov", "Lviv", "Batumi", "Samarkand", "Hoi An", "Luang Prabang", "Pokhara",
             "Kuching", "Hakodate", "Nagasaki", "Hualien", "Launceston", "Broome", "Kelowna", "Duluth", "Bozeman",
             "Santa Fe", "Chattanooga", "Bar Harbor", "Cuenca", "Bariloche", "Cartagena", "Stellenbosch",
             "Swakopmund", "Zanzibar", "Sousse", "Aqaba", "Salalah"],
    "coast": ["Kotor", "Nafplio", "Chania", "Izmir", "Eilat", "Agadir", "Ålesund", "Ajaccio", "Piran", "Budva",
              "Sozopol", "Batumi", "Hoi An", "Broome", "Bar Harbor", "Cartagena", "Zanzibar", "Sousse", "Aqaba"],  # coastal cities of the city pool
    "country": ["Solomon Islands", "Kiribati", "Comoros", "Djibouti", "Burundi", "Sierra Leone", "Liberia", "Gambia",
                "Mauritania", "Turkmenistan", "East Timor", "Grenada", "Saint Lucia", "Greenland", "Faroe Islands",
                "Gibraltar", "Jersey", "Aruba", "Curaçao", "Bermuda", "New Caledonia", "Réunion", "Tonga", "Maldives"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "de_weekday": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "de_month": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
    "es_month": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
    "sv_weekday": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "person": ["Kofi Mensah", "Ottilie Brandt", "Jasper van Dijk", "Marisol Cortés", "Nikolai Petrov",
               "Ayesha Qureshi", "Lorcan Byrne", "Freya Lindqvist", "Emeka Obi", "Zofia Nowicka", "Camille Roussel",
               "Astrid Holm", "Tiago Mendes", "Matilde Ferreira", "Radek Dvořák"],
    "first": ["kofi", "jasper", "marisol", "lorcan", "freya", "emeka", "zofia", "astrid", "tiago", "radek"],
    "plan": ["Pebble", "Boulder", "Cobble", "Quartz", "Basalt"],
    "tier": ["Juniper", "Cedar", "Sycamore", "Magnolia", "Cypress"],
    "region": ["Anatolia", "the Mekong region", "the Great Lakes region", "the Sahel", "the Mountain West",
               "the Highlands", "Lapland", "the Pacific Islands", "Western Canada", "Benelux", "the Alps region"],
    "procedure": ["physiotherapy after a sprain", "LASIK surgery", "prescription sunglasses", "mole removal",
                  "nutritionist visits", "cognitive behavioural therapy"],
    "payment": ["Giropay", "Multicaja", "Mercado Pago", "PIX", "Paytm", "Cash App", "Amazon Pay", "Samsung Pay",
                "Revolut Pay", "Wero", "Dankort"],
    "device": ["PlayStation 5", "Meta Quest", "Samsung Tizen TV", "Android Auto", "Surface Pro", "Galaxy Tab S9"],
    "lang": ["NestJS", "SwiftUI", "Express", "Flask", "Micronaut", "Axum", "SvelteKit", "Blazor", "Hanami",
             "ASP.NET Core"],
    "integration": ["Pandadoc", "Freshsales", "Close CRM", "Copper CRM", "Podio", "Teamleader", "Moneybird",
                    "Exact Online", "Lexoffice", "Fortnox", "Klaviyo", "WooCommerce", "Toggl"],
    "endpoint": ["/payout_batches", "/audit_events", "/seat_assignments", "/team_members", "/bulk_exports",
                 "/shipping_zones", "/feature_flags", "/delivery_slots", "/loyalty_points", "/gift_cards",
                 "/approval_flows", "/scheduled_reports", "/custom_fields"],
    "db": ["RavenDB", "ArangoDB", "Dgraph", "Apache Druid", "Apache Pinot", "StarRocks", "Greenplum", "EdgeDB",
           "SurrealDB", "FoundationDB"],
    "dept": ["Customer Education", "Tax", "Investor Relations", "Localization", "Security Engineering",
             "Supply Chain", "Corporate Communications", "Workplace Experience"],
    "company": ["Fenwick Glassworks", "Bluefinch Media", "Quarry Lane Builders", "Stonebridge Pharma",
                "Willowmere Hotels", "Copperleaf Energy", "Marlow & Finch", "Driftwood Outfitters",
                "Ashcombe Textiles", "Halden Robotics", "Saltmarsh Seafood"],
    "holiday": ["St Lucia Day", "Labour Day", "Australia Day", "Waitangi Day", "St Andrew's Day", "Walpurgis Night"],
    "cur": ["RSD", "MDL", "AZN", "AMD", "NAD", "BWP", "MUR", "FJD"],
    "color": ["olive green", "dusty rose", "saffron", "stone grey", "brick red", "powder blue", "emerald", "taupe"],
    "hlang": ["Albanian", "Macedonian", "Armenian", "Burmese", "Lao", "Mongolian", "Nepali", "Irish"],
    "fmt": ["Arrow IPC", "CBOR", "BSON", "JSON Lines"],
    "carrier": ["PostNord", "Nacex", "BRT", "Venipak", "Sameday", "Fan Courier", "Cargus", "Mondial Relay",
                "Swiss Post", "Loomis"],
    "gadget": ["Kobo Elipsa 2E", "Nothing Ear 2", "Oura Ring 4", "Garmin Fenix 8", "Coros Pace 3",
               "Boox Note Air 3", "DJI Osmo Pocket 3", "Galaxy Watch 6", "Amazfit Balance"],
    "phone": ["Pixel 7a", "Galaxy S23 FE", "iPhone 15 Plus", "Xiaomi 14", "Zenfone 10", "Galaxy S24 Ultra",
              "iPhone SE 3", "OnePlus Nord 4", "Redmi Note 13", "Honor 200"],
    "airline": ["SunExpress", "Pegasus", "Air Dolomiti", "Edelweiss", "Blue Islands", "Azores Airlines", "Air Corsica",
                "Discover Airlines"],
    "sso": ["OneLogin", "JumpCloud", "Entra ID", "Ping Identity", "Auth0", "Keycloak"],
    "cloudreg": ["eu-central-2", "eu-south-1", "ap-southeast-3", "me-central-1", "sa-east-1", "af-south-1"],
    "sup": ["Aqua Marina", "Red Paddle Co", "Bluefin", "Itiwit"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [183, 241, 297, 363, 427, 519, 643, 817, 1085, 1390],
    "n": [109, 124, 137, 151, 163, 188, 197],
    "pct": [7.75, 13.5, 18.25, 23.75],
    "seat": ["34E", "34F", "35E", "35F", "36E"],
    "row": ["row 19", "row 24", "row 26", "row 31"],
    "size": ["EU 37", "EU 38", "EU 39", "EU 40", "EU 41"],
    "storage": ["1TB", "2TB", "4TB"],
    "tv": ["43-inch", "50-inch", "55-inch", "65-inch", "75-inch"],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Weiden", "Weimar"), ("Halle", "Hallein"), ("Lund", "Lünen"), ("Hamm", "Hamar")],
    "twin_person": [("Karin Olsen", "Karin Olson"), ("Jan Nowak", "Jan Novak"), ("Lena Fischer", "Lena Fisher"),
                    ("Mark Reid", "Mark Reed"), ("Claire Martin", "Clare Martin")],
    "airport": [("TLL", "TLS"), ("BRE", "BRN"), ("KTW", "KTT"), ("LCA", "LCG"), ("SZG", "SZX")],
    "domain": [("fernleaf.co", "fernleaf.co.uk"), ("brightwave.app", "brightwave.io"), ("quillstack.dev", "quillstack.com")],
    "ver": [("8.0.0-alpha.4", "8.0.0-beta.4"), ("3.14.2", "3.14.20"), ("0.19.3", "0.9.13"), ("2.2.5", "2.5.2")],
    "handle": [("@mira_k", "@mira.k"), ("@tobi.dev", "@tobidev"), ("@kasper_h", "@kaspar_h"), ("@nordlys", "@nordlys_")],
}

EMAIL = (["j.halvorsen", "dkowal", "liv.s", "ana.rebelo", "tomhughes", "b.okafor"],
         ["virgilio.it", "yandex.com", "t-online.de", "ziggo.nl", "telia.com", "o2.pl"])
AIRLINE_CODE = {"SunExpress": "XQ", "Pegasus": "PC", "Air Dolomiti": "EN", "Edelweiss": "WK", "Blue Islands": "SI",
                "Azores Airlines": "S4", "Air Corsica": "XK", "Discover Airlines": "4Y"}

HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def half_past_pool() -> pairgen.Draw:
    """"half past five"; the second one is an hour later or earlier ("half past six")."""
    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            i = HOURS.index(prev[0].rsplit(" ", 1)[1])
            return f"half past {HOURS[(i + rng.choice([1, -1])) % 12]}"
        return f"half past {rng.choice(HOURS[:11])}"
    return draw


def year_month_pool(years: list[int]) -> pairgen.Draw:
    """"2034-06"; the second one is the month before or after."""
    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            y, m = prev[0].split("-")
            return f"{y}-{int(m) + rng.choice([1, -1]):02d}"
        return f"{rng.choice(years)}-{rng.randrange(2, 12):02d}"
    return draw


def month_apostrophe_pool(yy: list[str]) -> pairgen.Draw:
    """"June '34"; the second one is the next month, same year."""
    months = list(pairgen.MONTH_NUM)

    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            m, y = prev[0].split(" ")
            return f"{months[months.index(m) + 1]} {y}"
        return f"{rng.choice(months[:11])} '{rng.choice(yy)}"
    return draw


def short_date_pool() -> pairgen.Draw:
    """"14-Jun"; the second one is a day later."""
    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            d, m = prev[0].split("-")
            return f"{int(d) + 1}-{m}"
        return f"{rng.randrange(2, 27)}-{rng.choice(MON3)}"
    return draw


def timestamp_pool(years: list[int]) -> pairgen.Draw:
    """"2034-03-14T09:30Z"; the second one is 12 hours later, same minutes."""
    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            day, t = prev[0][:-1].split("T")
            h, m = t.split(":")
            return f"{day}T{(int(h) + 12) % 24:02d}:{m}Z"
        return (f"{rng.choice(years)}-{rng.randrange(1, 13):02d}-{rng.randrange(2, 28):02d}"
                f"T{rng.randrange(0, 12):02d}:{rng.choice(['05', '20', '35', '50'])}Z")
    return draw


# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]", "[it]", "[pt]", "[nl]", "[pl]", "[sv]",
# "[da]" at the start of a note marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (WX, "{city} snowfall totals through {weekday} night", "through {weekday} night, {city} snowfall totals", "time moved to the front"),
    (FL, "{airline} lounge access with an economy ticket at {airport}", "at {airport} with an economy ticket: {airline} lounge access", "place and fare moved to the front"),
    (ORD, "order {order} tracking stuck at customs since {weekday}", "since {weekday} order {order} tracking stuck at customs", "time moved to the front"),
    (PR, "{brand} {product} replacement parts lead time", "replacement parts lead time, {brand} {product}", "product moved to the end"),
    (SQL, "net revenue per sales rep, {region}, {q}", "{q}, {region}: net revenue per sales rep", "filters moved to the front"),
    (DOC, "{lang} client idempotency keys on retries to {endpoint}", "idempotency keys on retries to {endpoint}, {lang} client", "client moved to the end"),
    (POL, "jury duty pay for {dept} staff", "for {dept} staff, jury duty pay", "group moved to the front"),
    (KB, "regenerate two-factor backup codes on {device}", "on {device}: regenerate two-factor backup codes", "device moved to the front"),
    (WX, "{city} aurora visibility and cloud cover tonight", "tonight {city} cloud cover and aurora visibility", "list and time reordered"),
    (SQL, "top 10 SKUs by returns last quarter in {country}", "in {country} last quarter: top 10 SKUs by returns", "filters moved to the front"),
    (FL, "pet in cabin rules on the {airline} {city} route", "on the {airline} {city} route, pet in cabin rules", "route moved to the front"),
    (ORD, "gift receipt with no prices shown for order {order}", "for order {order}, gift receipt with no prices shown", "order moved to the front"),
    (PR, "{color} {product} with next-day delivery to {city}", "next-day delivery to {city}, {color} {product}", "delivery moved to the front"),
    (DOC, "rate limit headers explained for {endpoint}", "for {endpoint}: rate limit headers explained", "endpoint moved to the front"),
    (KB, "permissions for guests in the shared inbox", "in the shared inbox, permissions for guests", "clauses swapped"),
    (POL, "{tier} cover abroad for {procedure}", "for {procedure}: {tier} cover abroad", "procedure moved to the front"),
    (WX, "väder i {city} på {sv_weekday} kväll", "på {sv_weekday} kväll, väder i {city}", "[sv] time moved to the front"),
    (ORD, "levering af ordre {order} i morgen formiddag", "i morgen formiddag levering af ordre {order}", "[da] time moved to the front"),
    (POL, "Regelung Teilzeit während der Elternzeit, {dept}", "{dept}, Regelung Teilzeit während der Elternzeit", "[de] department moved to the front"),
]

T["shorten"] = [
    (WX, "I'm driving over the mountain pass near {city} early on {weekday} and I want to know whether there'll be snow or ice on the road before 8am", "{city} pass snow/ice before 8am {weekday}", "story cut to keywords"),
    (FL, "My daughter is 15 and flying alone with {airline} from {city} to {city#2}; does she need the unaccompanied minor service or can she travel on her own?", "{airline} unaccompanied minor rules, age 15, {city} to {city#2}", "story cut, route and age kept"),
    (ORD, "Hi, so the parcel for order {order} shows delivered to a parcel locker but I never got the pickup code by SMS, how do I get it?", "order {order} locker pickup code not received", "story cut"),
    (PR, "We have two cats and a light sleeper at home, so I'm after the quietest {product} you sell", "quietest {product} you sell", "reason dropped"),
    (SQL, "For the quarterly review I need to see, for each {dept} team member, how many tickets they closed in {q}, highest first", "{dept} tickets closed per person {q} desc", "request cut to keywords"),
    (DOC, "When I upload a file bigger than a few hundred megabytes to {endpoint} with the {lang} client it times out halfway; is there a resumable or chunked upload option?", "{lang} client {endpoint} chunked/resumable upload for large files", "story cut"),
    (POL, "I've been asked to travel to a conference abroad for work and I'd like to know whether the company pays for travel insurance or if I need to buy my own", "work trip abroad: company-paid travel insurance?", "story cut"),
    (WX, "We're hoping to go sailing off {coast} on {weekday} afternoon, can you tell me what the wind and the wave height will be like then?", "{coast} {weekday} pm wind + wave height", "question cut, abbreviation"),
    (ORD, "I accidentally ordered the wrong size in order {order} and it hasn't shipped yet, can I still swap it for a bigger size before it goes out?", "order {order} unshipped: swap for bigger size", "story cut"),
    (FL, "We land at {airport} at around 11 at night; will there still be public transport into the city that late?", "{airport} public transport to city after 11pm", "question cut"),
    (SQL, "I'm trying to figure out how many of the people who signed up in {month} actually made a second purchase within 30 days of their first one", "{month} signups with a 2nd purchase within 30 days, count", "story cut"),
    (PR, "Does anyone know if the {gadget} will charge with the plain USB-C brick from my old phone, or do I need a special charger?", "{gadget} charges with standard USB-C brick?", "question cut"),
    (KB, "Every time I try to upload my profile picture from my {device} it says the file format isn't supported, which formats do you accept?", "accepted profile picture formats, {device} upload", "story cut"),
    (DOC, "Our security team wants every call to {endpoint} signed; where in the docs is the request-signing algorithm described, with an example in {lang}?", "{endpoint} request signing algorithm + {lang} example", "story cut"),
    (KB, "Bonjour, j'ai changé de téléphone et je n'arrive plus à recevoir les codes de double authentification, comment les transférer sur le nouveau ?", "transférer la double authentification vers un nouveau téléphone", "[fr] story cut"),
    (WX, "Domani vorrei fare una gita in bici nei dintorni di {city}, mi sai dire se tirerà molto vento nel pomeriggio?", "vento {city} domani pomeriggio", "[it] story cut to keywords"),
    (POL, "Jag ska bli pappa i vår och undrar hur många dagar föräldraledighet med full lön företaget ger", "föräldraledighet med full lön, antal dagar", "[sv] story cut"),
]

T["question_keyword"] = [
    (WX, "Is the wind on {weekday} going to be strong enough to cancel the {city} ferries?", "{city} ferry cancellation wind risk {weekday}", "question vs keywords"),
    (FL, "How early does bag drop open for {airline} at {airport}?", "{airline} {airport} bag drop opening time", "question vs keywords"),
    (ORD, "Which delivery company has my order {order} right now?", "order {order} current delivery company", "question vs keywords"),
    (PR, "How many watts does the {brand} {product} draw?", "{brand} {product} power draw in watts", "question vs keywords"),
    (SQL, "Which {country} customers have an invoice overdue by more than 60 days?", "{country} customers, invoices overdue >60 days", "question vs keywords, symbol"),
    (DOC, "How do I set a custom User-Agent in the {lang} client?", "{lang} client custom User-Agent header", "question vs keywords"),
    (POL, "Does the {tier} dental plan cover braces for adults?", "{tier} adult braces coverage", "question vs keywords"),
    (KB, "Where can I see the login history of my account?", "view account login history", "question vs keywords"),
    (WX, "When does the pollen season peak in {city}?", "{city} pollen season peak dates", "question vs keywords"),
    (SQL, "What share of orders in {month} used a discount code?", "{month} % of orders with a discount code", "question vs keywords, symbol"),
    (FL, "Can I pay for an {airline} ticket in instalments?", "{airline} ticket instalment payment", "question vs keywords"),
    (ORD, "Is there a fee for sending order {order} back by post?", "order {order} postal return fee", "question vs keywords"),
    (DOC, "Which fields of {endpoint} can I sort on?", "{endpoint} sortable fields", "question vs keywords"),
    (PR, "Does the {gadget} work with Android phones?", "{gadget} android compatibility", "question vs keywords, lower case"),
    (KB, "Hvordan sletter jeg min konto?", "slette konto", "[da] question vs keywords"),
    (FL, "Quanto custa despachar uma bicicleta na {airline}?", "{airline} despacho de bicicleta preço", "[pt] question vs keywords"),
    (SQL, "Hoeveel nieuwe klanten hadden we in {q}?", "aantal nieuwe klanten {q}", "[nl] question vs keywords"),
]

T["synonym"] = [
    (KB, "I no longer know which inbox I used to create my login", "find out the e-mail address tied to my account", "rephrased, negation-like phrase on one side"),
    (ORD, "package {order} went to the wrong house", "parcel {order} delivered to an incorrect address", "synonyms"),
    (WX, "is {city} going to be muggy on {weekday}", "{city} humid and sticky {weekday}?", "rephrased"),
    (FL, "my {airline} suitcase never came off the belt in {city}", "{airline} checked bag missing on arrival at {city}", "rephrased, negation word on one side"),
    (PR, "{product} that won't wake the baby", "whisper-quiet {product}", "rephrased"),
    (SQL, "how many folks stopped opening the app in {month}", "{month} lapsed user count", "rephrased"),
    (DOC, "{lang} client eats all the memory on big exports", "{lang} SDK high RAM usage on large exports", "rephrased"),
    (POL, "time off when a relative dies", "bereavement leave entitlement", "rephrased"),
    (KB, "the site keeps kicking me out", "frequent unexpected sign-outs on the website", "rephrased"),
    (ORD, "give me my money back for order {order}, the thing was faulty", "refund order {order}: defective item", "rephrased"),
    (WX, "will the roads around {city} be icy tomorrow morning", "{city} black ice risk early tomorrow", "rephrased"),
    (SQL, "which reps closed the most deals in {q}", "{q} sales leaderboard by won opportunities", "rephrased"),
    (FL, "what am I owed if {airline} overbooked my flight and bumped me", "{airline} denied boarding compensation", "rephrased"),
    (PR, "cheap {product} that still does the job", "good value budget {product}", "rephrased"),
    (DOC, "how do I stop {endpoint} sending me every record in one go", "{endpoint} pagination", "rephrased, negation-like verb"),
    (POL, "¿me pagan las horas extra?", "compensación por tiempo trabajado fuera de jornada", "[es] rephrased"),
    (ORD, "mein Paket {order} ist kaputt angekommen", "Sendung {order} beschädigt zugestellt", "[de] synonyms"),
    (KB, "jag har glömt mitt lösenord", "återställa inloggningsuppgifter", "[sv] rephrased"),
]

T["typo"] = [
    (WX, "{city} fog visibility in metres, {weekday} morning", "{city} fog visibilty in meters, {weekday} morning", "typo + US spelling"),
    (FL, "{airline} check-in opens how many hours before departure", "{airline} chekc-in opens how many hours before departure", "one typo"),
    (ORD, "where is the return label for order {order}", "wheres the retrun label for order {order}", "apostrophe dropped + typo"),
    (PR, "register my {brand} {product} for the extended guarantee", "regsiter my {brand} {product} for the extended guarentee", "two typos"),
    (SQL, "{region} MRR split by pricing plan, trailing 6 months", "{region} MRR spilt by pricing plan, trailing 6 months", "real-word typo"),
    (DOC, "{lang} client throws SSL certificate error", "{lang} clinet throws SSL certificate eror", "two typos"),
    (POL, "how much paternity leave do I get", "how much paternty leave do i get", "typo + casing"),
    (KB, "Can't receive verification SMS", "cant recieve verification sms", "apostrophe, casing, typo"),
    (WX, "{city} smog levels right now", "{city|lower} smog levles right now", "lower-case city + typo"),
    (ORD, "ORDER {order} STILL NOT DISPATCHED", "order {order} still not dispached", "all caps vs lower case + typo"),
    (FL, "is {flightno} delayed?", "is {flightno} delayd", "typo + punctuation dropped"),
    (SQL, "how long until the first agent reply, on average, in {month}", "how long untill the first agent reply, on avrage, in {month}", "two typos"),
    (PR, "{gadget} replacement charging cable", "{gadget|typo} replacemnet charging cable", "model misspelt + typo"),
    (DOC, "webhook retries with exponential backoff", "webhook retires with exponential back-off", "real-word typo + hyphen"),
    (ORD, "je n'ai toujours pas reçu ma commande {order}", "je nai toujours pas recu ma commande {order}", "[fr] apostrophe and cedilla dropped"),
    (KB, "nie mogę się zalogować", "nie moge sie zalogowac", "[pl] diacritics dropped"),
    (PR, "{product} in offerta", "{product} in oferta", "[it] one typo"),
]

T["politeness"] = [
    (WX, "{city} first light {weekday}", "Good evening! Sorry to bother you, could you tell me what time first light is in {city} on {weekday}? Much appreciated", "greeting + apology + thanks"),
    (FL, "{airline} extra legroom seat price", "hiya, no rush at all, but could you look up how much an extra legroom seat costs with {airline}? ta!", "casual wrapper"),
    (ORD, "latest scan on parcel {order}", "Hello there! Hope your day is going well. Would you be able to tell me the latest scan on parcel {order}? Thanks so much", "greeting + hedge + thanks"),
    (PR, "how long is the {brand} {product} guaranteed for", "Hi team, quick question if you don't mind: how long is the {brand} {product} guaranteed for? Cheers", "casual wrapper"),
    (SQL, "new trials per day in {month}", "Hey! When you get a sec, could you pull new trials per day in {month}? Thanks a ton", "greeting + please + thanks"),
    (DOC, "set the request timeout in the {lang} client", "Hello everyone, first time posting, sorry if this is obvious: how do I set the request timeout in the {lang} client? Thanks in advance!", "apology + thanks"),
    (POL, "remote work allowance", "Hi there, I hope you're keeping well. Would it be possible to get some information on the remote work allowance? Many thanks, Sam", "letter-style wrapper with signature"),
    (KB, "change my username", "Good afternoon, I was wondering if you might be able to help me change my username. Thank you kindly", "hedge + thanks"),
    (WX, "{city} weekend forecast", "yo! any chance you could grab the {city} weekend forecast for me? legend, thanks", "slang wrapper"),
    (ORD, "stop order {order} from being dispatched", "Hi, I'm really sorry for the hassle, but please could you stop order {order} from being dispatched? Thank you so much for your help", "apology + please + thanks"),
    (FL, "{flightno} boarding gate number", "Hello! Would you please let me know the boarding gate number for {flightno}? Have a lovely day", "greeting + please + wish"),
    (SQL, "refund volume by carrier last week", "agent request: please run the following for me - refund volume by carrier last week. Thank you.", "agent-style polite wrapper"),
    (KB, "horaires d'ouverture du service client", "Bonjour, excusez-moi de vous déranger, pourriez-vous m'indiquer les horaires d'ouverture du service client ? Merci beaucoup et bonne journée", "[fr] polite wrapper"),
    (ORD, "seguimiento del envío {order}", "¡Hola! Perdona la molestia, ¿podrías pasarme el seguimiento del envío {order}? Muchas gracias", "[es] polite wrapper"),
    (WX, "vejret i {city} i morgen", "Hej! Vil du være sød at tjekke vejret i {city} i morgen? Tusind tak", "[da] polite wrapper"),
    (KB, "politica di reso", "Buongiorno, scusate il disturbo, potreste spiegarmi la politica di reso? Grazie mille", "[it] polite wrapper"),
]

T["mixed"] = [
    (WX, "Will it be too windy to fly my drone near {city} on {weekday} afternoon?", "{city} {weekday} pm wind ok for drone flying?", "keywords + abbreviation"),
    (FL, "Hi, does {airline} let you bring a folding e-scooter on board?", "{airline} folding e-scooter allowed onboard?", "greeting dropped + rephrased"),
    (ORD, "The courier says they tried to deliver order {order} but nobody rang my doorbell", "ord {order} bogus failed-delivery attempt, no doorbell", "abbreviation + rephrased"),
    (PR, "I need a {product} that fits under a shelf 40 centimetres off the counter, what have you got?", "{product} under 40 cm tall, recs", "story cut + unit abbreviation"),
    (SQL, "Could you tell me how many clients in {region} haven't logged in for three months or more?", "{region}: accts w/ no login in 3+ months, count", "abbreviations + number word"),
    (DOC, "my {lang} app keeps getting 429s from {endpoint}, what's the recommended way to back off?", "{endpoint} rate-limited (429) in {lang}: backoff strategy", "rephrased + keywords"),
    (POL, "Can I take my company laptop with me when I go on holiday abroad?", "bringing work laptop overseas on vacation: allowed?", "synonyms + keywords"),
    (KB, "I think someone else has got into my account, there are logins I don't recognise", "suspicious unknown sign-ins → account compromised?", "arrow + synonyms"),
    (WX, "is it gonna be sunny enough in {city} tmrw to dry laundry outside", "Will there be enough sunshine in {city} tomorrow to dry washing outdoors?", "slang vs full question"),
    (SQL, "pls get me the % of {month} orders that shipped late", "What proportion of orders in {month} were dispatched after their promised date?", "abbreviations vs full question"),
    (FL, "traveling w/ a guitar on {airline}, cabin or hold??", "What are {airline}'s rules for carrying a musical instrument like a guitar?", "shorthand vs full question"),
    (ORD, "halp, order {order} came in the wrong colour", "I received an item in a different color than I selected in order {order}", "slang + UK/US spelling"),
    (PR, "what's the battery like on the {gadget}, does it last a whole day?", "{gadget} all-day battery y/n", "keywords + y/n"),
    (WX, "Kann ich am {de_weekday} in {city} draußen grillen oder regnet's?", "{city} {de_weekday} Regenrisiko, Grillwetter?", "[de] keywords + rephrased"),
    (KB, "Oi, esqueci a senha e o e-mail de recuperação não chega", "e-mail de redefinição de senha não recebido", "[pt] greeting dropped + rephrased"),
    (ORD, "mijn pakketje {order} is al een week onderweg, hoe zit dat?", "bestelling {order} vertraagd, 7 dagen onderweg", "[nl] rephrased + number"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "origin: {airport} / destination: {airport#2} / {weekday}", "origin: {airport#2} / destination: {airport} / {weekday}", "key-value route swapped, look-alike codes"),
    (FL, "{city#2}-bound {airline} flights leaving {city}", "{city}-bound {airline} flights leaving {city#2}", "-bound/leaving swapped"),
    (FL, "open-jaw trip: fly into {city}, fly home from {city#2}", "open-jaw trip: fly into {city#2}, fly home from {city}", "open-jaw legs swapped"),
    (FL, "from={airport} to={airport#2} date={date} pax=1", "from={airport#2} to={airport} date={date} pax=1", "agent parameters swapped"),
    (ORD, "move pallets out of the {city} depot into the {city#2} shop", "move pallets out of the {city#2} depot into the {city} shop", "stock transfer direction"),
    (ORD, "gift sent by {person} to {person#2}: delivery status", "gift sent by {person#2} to {person}: delivery status", "sender/recipient swapped"),
    (ORD, "exchange on order {order}: send back the {color} one, keep the {color#2}", "exchange on order {order}: send back the {color#2} one, keep the {color}", "returned/kept colour swapped"),
    (SQL, "share of mobile users in {region} who are paying customers", "share of paying customers in {region} who are mobile users", "conditional share reversed"),
    (SQL, "leads handed over from {dept} to {dept#2} in {q}", "leads handed over from {dept#2} to {dept} in {q}", "handover direction"),
    (SQL, "which threads did {first} forward to {first#2}", "which threads did {first#2} forward to {first}", "forwarder/recipient swapped"),
    (SQL, "customers who moved from annual to monthly billing in {month}", "customers who moved from monthly to annual billing in {month}", "billing switch direction"),
    (SQL, "total spend with {company} as supplier to {company#2}", "total spend with {company#2} as supplier to {company}", "supplier/customer swapped"),
    (SQL, "orders billed to {country} but shipped to {country#2}", "orders billed to {country#2} but shipped to {country}", "billing/shipping country swapped"),
    (DOC, "{db} as primary, {db#2} as read replica: setup", "{db#2} as primary, {db} as read replica: setup", "primary/replica swapped"),
    (DOC, "permanent redirect of {endpoint} to {endpoint#2} after deprecation", "permanent redirect of {endpoint#2} to {endpoint} after deprecation", "redirect direction"),
    (DOC, "{lang} SDK: convert {fmt} to JSON", "{lang} SDK: convert JSON to {fmt}", "conversion direction"),
    (DOC, "copy secrets from the staging vault into production", "copy secrets from the production vault into staging", "copy direction"),
    (WX, "is the rain band moving from {city} toward {city#2} tonight", "is the rain band moving from {city#2} toward {city} tonight", "storm track direction"),
    (WX, "is {city} windier than {city#2} on {weekday}", "is {city#2} windier than {city} on {weekday}", "A vs B swapped"),
    (PR, "USB-C to HDMI adapter that works with the {phone}", "HDMI to USB-C adapter that works with the {phone}", "adapter direction"),
    (PR, "is it worth going from the {phone} to the {phone#2}", "is it worth going from the {phone#2} to the {phone}", "upgrade direction"),
    (POL, "going from part-time to full-time: effect on my pension", "going from full-time to part-time: effect on my pension", "contract change direction"),
    (POL, "does {person} sign off on {person#2}'s overtime", "does {person#2} sign off on {person}'s overtime", "approver/requester swapped"),
    (POL, "payroll moving from the {country} entity to the {country#2} entity", "payroll moving from the {country#2} entity to the {country} entity", "entity move direction"),
    (KB, "merge the {domain} workspace into {domain#2}", "merge the {domain#2} workspace into {domain}", "merge direction, look-alike domains"),
    (KB, "folders {first} shared with {first#2}", "folders {first#2} shared with {first}", "sharer/recipient swapped"),
    (KB, "move my contacts from {integration} over to {integration#2}", "move my contacts from {integration#2} over to {integration}", "move direction"),
    (FL, "flyg från {city} till {city#2} på {sv_weekday}", "flyg från {city#2} till {city} på {sv_weekday}", "[sv] route swapped"),
    (ORD, "returpakke fra {city} til lageret i {city#2}", "returpakke fra {city#2} til lageret i {city}", "[da] return direction"),
    (PR, "Adapter von USB-C auf HDMI", "Adapter von HDMI auf USB-C", "[de] adapter direction"),
    (ORD, "colis renvoyé de {city} vers {city#2}", "colis renvoyé de {city#2} vers {city}", "[fr] parcel direction"),
    (WX, "il temporale si sposta da {city} verso {city#2}?", "il temporale si sposta da {city#2} verso {city}?", "[it] storm direction"),
    (DOC, "replicar datos de {db} a {db#2}", "replicar datos de {db#2} a {db}", "[es] replication direction"),
    (KB, "przenieś dane z konta {email} na konto {email#2}", "przenieś dane z konta {email#2} na konto {email}", "[pl] data move direction"),
]

T["comparison"] = [
    (PR, "{brand} {product} in the ${amount}-plus bracket", "{brand} {product} in the sub-${amount} bracket", "$X-plus / sub-$X"),
    (PR, "{product} rated higher than the {brand} one", "{product} rated lower than the {brand} one", "higher/lower rated"),
    (PR, "{product} discounted by more than 30%", "{product} discounted by less than 30%", "more/less than a percentage"),
    (PR, "pricier alternatives to the {gadget}", "cheaper alternatives to the {gadget}", "pricier/cheaper"),
    (FL, "earliest {airline} departure from {city} on {weekday}", "latest {airline} departure from {city} on {weekday}", "earliest/latest"),
    (FL, "one-way {airline} tickets into {city} that are no pricier than ${amount}", "one-way {airline} tickets into {city} that are no cheaper than ${amount}", "no pricier/no cheaper"),
    (FL, "transfers at {airport} taking under an hour and a half", "transfers at {airport} taking over an hour and a half", "under/over a duration in words"),
    (WX, "above-average rainfall in {city} this {month}?", "below-average rainfall in {city} this {month}?", "above/below average"),
    (WX, "gusts topping 60 km/h in {city} on {weekday}", "gusts staying below 60 km/h in {city} on {weekday}", "topping/staying below"),
    (WX, "{city}: nights dipping below freezing this week", "{city}: nights staying above freezing this week", "below/above freezing"),
    (WX, "which month brings {city} the least rain", "which month brings {city} the most rain", "least/most"),
    (SQL, "stores that outperformed {city} in {q}", "stores that underperformed {city} in {q}", "outperformed/underperformed"),
    (SQL, "users who log in more often than weekly", "users who log in less often than weekly", "more/less often"),
    (SQL, "customer accounts using {n}+ paid seats", "customer accounts using fewer than {n} paid seats", "X+ / fewer than X"),
    (SQL, "top 5 slowest-paying customers in {region}", "top 5 fastest-paying customers in {region}", "slowest/fastest"),
    (SQL, "SKUs earning a margin of more than {pct}%", "SKUs earning a margin of {pct}% or less", "more than / or less"),
    (ORD, "orders that took longer than promised to arrive in {month}", "orders that arrived sooner than promised in {month}", "later/sooner than promised"),
    (ORD, "returns processed in under 3 days", "returns processed in over 3 days", "under/over"),
    (DOC, "minimum {lang} version supported by SDK {ver}", "maximum {lang} version supported by SDK {ver}", "minimum/maximum"),
    (DOC, "{endpoint} calls with a timeout longer than the default", "{endpoint} calls with a timeout shorter than the default", "longer/shorter"),
    (DOC, "{db} queries running over a second", "{db} queries running under a second", "over/under"),
    (POL, "claims exceeding the {tier} annual limit", "claims within the {tier} annual limit", "exceeding/within"),
    (POL, "pension top-up for over-50s", "pension top-up for under-50s", "over-50s/under-50s"),
    (POL, "per diem for trips of more than a week", "per diem for trips of less than a week", "more/less than a week"),
    (KB, "price per seat for teams larger than {n}", "price per seat for teams smaller than {n}", "larger/smaller"),
    (KB, "archived emails older than 30 days", "archived emails newer than 30 days", "older/newer"),
    (PR, "{product} billigare än {amount} kronor", "{product} dyrare än {amount} kronor", "[sv] cheaper/dearer"),
    (WX, "bliver det varmere end 20 grader i {city} i morgen", "bliver det koldere end 20 grader i {city} i morgen", "[da] warmer/colder"),
    (SQL, "Kunden mit mindestens {n} Bestellungen im {de_month}", "Kunden mit höchstens {n} Bestellungen im {de_month}", "[de] at least/at most"),
    (FL, "vols vers {city} d'une durée d'au moins 3 heures", "vols vers {city} d'une durée d'au plus 3 heures", "[fr] at least/at most"),
    (ORD, "envíos de menos de 2 kg a {country}", "envíos de más de 2 kg a {country}", "[es] less/more"),
    (PR, "{gadget} con autonomia superiore a 8 ore", "{gadget} con autonomia inferiore a 8 ore", "[it] above/below"),
    (SQL, "lojas com faturamento acima da média em {q}", "lojas com faturamento abaixo da média em {q}", "[pt] above/below average"),
    (WX, "wordt het in {city} warmer dan gisteren", "wordt het in {city} kouder dan gisteren", "[nl] warmer/colder"),
    (ORD, "paczki cięższe niż 10 kg", "paczki lżejsze niż 10 kg", "[pl] heavier/lighter"),
]

T["negation"] = [
    (PR, "{brand} {product} w/o Bluetooth", "{brand} {product} w/ Bluetooth", "w/o vs w/"),
    (PR, "cordless hair clippers under ${amount}", "corded hair clippers under ${amount}", "-less vs -ed"),
    (PR, "{brand} {product} price ex VAT", "{brand} {product} price inc VAT", "ex/inc VAT"),
    (ORD, "{month} shipments missing a tracking number", "{month} shipments that have a tracking number", "missing/have"),
    (ORD, "which lines of order {order} weren't refunded to my card", "which lines of order {order} were refunded to my card", "weren't/were"),
    (SQL, "customers who placed zero orders in {q}", "customers who placed orders in {q}", "zero/some"),
    (SQL, "users who bought a {product} but not the extended warranty", "users who bought a {product} and the extended warranty", "but not / and"),
    (SQL, "accounts with neither 2FA nor SSO enabled", "accounts with both 2FA and SSO enabled", "neither-nor / both-and"),
    (SQL, "users who have not once logged in since {month}", "users who have logged in at least once since {month}", "not once / at least once"),
    (KB, "tickets nobody has replied to", "tickets somebody has replied to", "nobody/somebody"),
    (KB, "sync stops working while the VPN is off", "sync stops working while the VPN is on", "off/on"),
    (KB, "what's not included in the {plan} subscription", "what's included in the {plan} subscription", "not"),
    (FL, "{airline} fares to {city} that can't be changed", "{airline} fares to {city} that can be changed", "can't/can"),
    (FL, "{airline} tickets to {city} excluding seat selection", "{airline} tickets to {city} including seat selection", "excluding/including"),
    (FL, "is a transit visa unnecessary when connecting in {city}", "is a transit visa necessary when connecting in {city}", "un- prefix"),
    (WX, "{city} {weekday}: hours when it won't rain", "{city} {weekday}: hours when it will rain", "won't/will"),
    (WX, "sunless days in {city} this {month}", "sunny days in {city} this {month}", "-less"),
    (DOC, "{endpoint} fields that are immutable after creation", "{endpoint} fields that are mutable after creation", "im- prefix"),
    (DOC, "{lang} SDK methods that aren't safe to retry", "{lang} SDK methods that are safe to retry", "aren't/are"),
    (DOC, "can {endpoint} be called unauthenticated", "can {endpoint} be called authenticated", "un- prefix"),
    (DOC, "{db} schema migrations that are irreversible", "{db} schema migrations that are reversible", "ir- prefix"),
    (POL, "sick days taken without a doctor's certificate", "sick days taken with a doctor's certificate", "without/with"),
    (POL, "is {procedure} covered by {tier} if it's not medically necessary", "is {procedure} covered by {tier} if it's medically necessary", "not"),
    (POL, "dress code on days when clients aren't in the office", "dress code on days when clients are in the office", "aren't/are"),
    (KB, "invoices not showing our VAT number", "invoices showing our VAT number", "not"),
    (ORD, "parcels to {city} shipped uninsured", "parcels to {city} shipped insured", "un- prefix"),
    (ORD, "beställningar utan spårningsnummer", "beställningar med spårningsnummer", "[sv] without/with"),
    (PR, "{product} der ikke kræver en app", "{product} der kræver en app", "[da] not"),
    (FL, "billets pour {city} sans bagage en soute", "billets pour {city} avec bagage en soute", "[fr] without/with"),
    (ORD, "spedizioni senza assicurazione verso {city}", "spedizioni con assicurazione verso {city}", "[it] without/with"),
    (SQL, "clientes sem compras em {q}", "clientes com compras em {q}", "[pt] without/with"),
    (KB, "usuarios sin verificar", "usuarios verificados", "[es] sin/verified"),
    (POL, "urlop bezpłatny", "urlop płatny", "[pl] bez- prefix"),
    (KB, "Nutzer, die keine Rechnung erhalten haben", "Nutzer, die eine Rechnung erhalten haben", "[de] keine/eine"),
]

T["antonym_action"] = [
    (KB, "add {email} to the allowlist", "add {email} to the denylist", "allowlist/denylist"),
    (KB, "snooze notifications from {integration}", "unsnooze notifications from {integration}", "snooze/unsnooze"),
    (KB, "collapse the sidebar by default", "expand the sidebar by default", "collapse/expand"),
    (ORD, "bring forward the delivery of order {order}", "push back the delivery of order {order}", "bring forward/push back"),
    (ORD, "bump up the number of units on order {order}", "cut the number of units on order {order}", "bump up/cut"),
    (ORD, "turn on SMS updates for order {order}", "turn off SMS updates for order {order}", "turn on/off"),
    (FL, "put me on the {airline} upgrade waitlist for {flightno}", "take me off the {airline} upgrade waitlist for {flightno}", "put on/take off"),
    (FL, "add a stopover in {city} to booking {pnr}", "drop the stopover in {city} from booking {pnr}", "add/drop"),
    (FL, "check in online for {flightno}", "undo online check-in for {flightno}", "check in/undo check-in"),
    (PR, "how do I inflate the {sup} board", "how do I deflate the {sup} board", "inflate/deflate"),
    (PR, "pair the {gadget} with a second phone", "unpair the {gadget} from a second phone", "pair/unpair"),
    (PR, "wishlist: add the {phone}", "wishlist: remove the {phone}", "add/remove"),
    (SQL, "accounts deactivated in {q}", "accounts reactivated in {q}", "deactivated/reactivated"),
    (SQL, "new hires onboarded in {dept} during {q}", "employees offboarded from {dept} during {q}", "onboarded/offboarded"),
    (SQL, "carts abandoned on mobile in {month}", "carts recovered on mobile in {month}", "abandoned/recovered"),
    (DOC, "spin up a fresh {db} instance in CI", "tear down the fresh {db} instance in CI", "spin up/tear down"),
    (DOC, "minify the JSON that {endpoint} returns", "pretty-print the JSON that {endpoint} returns", "minify/pretty-print"),
    (DOC, "increment a counter atomically in {db}", "decrement a counter atomically in {db}", "increment/decrement"),
    (DOC, "subscribe to {endpoint} change events from {lang}", "unsubscribe from {endpoint} change events in {lang}", "subscribe/unsubscribe"),
    (DOC, "gzip-compress payloads sent to {endpoint}", "gzip-decompress payloads received from {endpoint}", "compress/decompress"),
    (WX, "will {city} warm up by {weekday}", "will {city} cool off by {weekday}", "warm up/cool off"),
    (WX, "when will the wind pick up in {city} today", "when will the wind die down in {city} today", "pick up/die down"),
    (WX, "what time does the fog roll in over {coast}", "what time does the fog lift over {coast}", "roll in/lift"),
    (WX, "snow accumulating in {city} overnight?", "snow melting in {city} overnight?", "accumulate/melt"),
    (POL, "waive the notice period for {dept} leavers", "enforce the notice period for {dept} leavers", "waive/enforce"),
    (POL, "increase my contracted hours", "reduce my contracted hours", "increase/reduce"),
    (POL, "join the share purchase plan", "leave the share purchase plan", "join/leave"),
    (KB, "mount the team's shared drive in Finder", "unmount the team's shared drive in Finder", "mount/unmount"),
    (KB, "aktivera mörkt läge i appen", "inaktivera mörkt läge i appen", "[sv] activate/deactivate"),
    (ORD, "tilføj gaveindpakning til ordre {order}", "fjern gaveindpakning fra ordre {order}", "[da] add/remove"),
    (DOC, "activer la journalisation détaillée dans le SDK {lang}", "désactiver la journalisation détaillée dans le SDK {lang}", "[fr] enable/disable"),
    (FL, "aggiungere un bagaglio alla prenotazione {pnr}", "togliere un bagaglio dalla prenotazione {pnr}", "[it] add/remove"),
    (WX, "¿a qué hora sube la marea en {coast}?", "¿a qué hora baja la marea en {coast}?", "[es] tide rises/falls"),
    (PR, "ativar a renovação automática da garantia do {gadget}", "desativar a renovação automática da garantia do {gadget}", "[pt] switch on/off"),
    (SQL, "gebruikers die zich in {q} hebben aangemeld voor de nieuwsbrief", "gebruikers die zich in {q} hebben afgemeld voor de nieuwsbrief", "[nl] subscribed/unsubscribed"),
    (ORD, "wstrzymaj wysyłkę zamówienia {order}", "wznów wysyłkę zamówienia {order}", "[pl] pause/resume"),
]

T["number"] = [
    (ORD, "return {rma}: label not printing", "return {rma#2}: label not printing", "return id"),
    (ORD, "tracking {trk} stuck in transit", "tracking {trk#2} stuck in transit", "tracking number, one digit"),
    (ORD, "credit note for invoice {invno}", "credit note for invoice {invno#2}", "invoice number"),
    (PR, "2x USB-C cables for the {phone}", "3x USB-C cables for the {phone}", "2x/3x"),
    (PR, "a third off the {brand} {product}", "a quarter off the {brand} {product}", "fraction words"),
    (PR, "{storage} portable SSD that works with the {phone}", "{storage#2} portable SSD that works with the {phone}", "storage"),
    (PR, "trail running shoes {size}", "trail running shoes {size#2}", "shoe size"),
    (PR, "{tv} TV wall mount", "{tv#2} TV wall mount", "screen size"),
    (FL, "{airline} to {city}: price for two grown-ups and one kid", "{airline} to {city}: price for two grown-ups and two kids", "passenger count in words"),
    (FL, "gate {gate} at {airport}: walking time from security", "gate {gate#2} at {airport}: walking time from security", "gate"),
    (FL, "is {row} on {flightno} an exit row", "is {row#2} on {flightno} an exit row", "row"),
    (FL, "{flightno} diverted?", "{flightno#2} diverted?", "flight number"),
    (FL, "{airline} sports equipment up to 30 kg", "{airline} sports equipment up to 35 kg", "kg"),
    (SQL, "top 10 customers by lifetime value in {region}", "top 100 customers by lifetime value in {region}", "10/100"),
    (SQL, "cohort retention at day 7 for {month} signups", "cohort retention at day 14 for {month} signups", "day 7/14"),
    (SQL, "orders from the last 30 days in {country}", "orders from the last 90 days in {country}", "30/90 days"),
    (SQL, "invoices on net 30 terms", "invoices on net 60 terms", "payment terms"),
    (SQL, "p95 checkout latency this week", "p99 checkout latency this week", "percentile"),
    (DOC, "exit code 137 when running the {lang} worker", "exit code 139 when running the {lang} worker", "exit code"),
    (DOC, "error {ecode} from {endpoint}", "error {ecode#2} from {endpoint}", "error code"),
    (DOC, "what changed between {lang} SDK {ver} and the release before it", "what changed between {lang} SDK {ver#2} and the release before it", "look-alike version"),
    (DOC, "token TTL of 3600s for {endpoint}", "token TTL of 360s for {endpoint}", "3600/360"),
    (DOC, "does {endpoint} support HTTP/2", "does {endpoint} support HTTP/3", "protocol version"),
    (WX, "will {city} drop to 28°F tonight", "will {city} drop to 24°F tonight", "temperature (°F)"),
    (WX, "Beaufort force 6 off {coast} tomorrow?", "Beaufort force 8 off {coast} tomorrow?", "wind force"),
    (WX, "snow line around 1,200 m near {city} on {weekday}", "snow line around 1,500 m near {city} on {weekday}", "altitude"),
    (POL, "long-service award at 15 years", "long-service award at 25 years", "years"),
    (POL, "{tier} pays {pct}% of {procedure}", "{tier} pays {pct#2}% of {procedure}", "percentage"),
    (POL, "employer pension match of 4%", "employer pension match of 6%", "4/6%"),
    (KB, "which plan for a workspace of {n} members", "which plan for a workspace of {n#2} members", "member count"),
    (KB, "sync error {winerr} on Windows", "sync error {winerr#2} on Windows", "Windows error code"),
    (ORD, "retur av order {order}", "retur av order {order#2}", "[sv] order id"),
    (FL, "sæde {seat} på fly {flightno}", "sæde {seat#2} på fly {flightno}", "[da] seat"),
    (PR, "câble HDMI de 1,5 m", "câble HDMI de 15 m", "[fr] 1,5/15 m"),
    (SQL, "Umsatz mit dem Gutscheincode HERBST15", "Umsatz mit dem Gutscheincode HERBST25", "[de] coupon code"),
    (DOC, "novedades de la versión {ver} del SDK de {lang}", "novedades de la versión {ver#2} del SDK de {lang}", "[es] version"),
    (WX, "{city}: vento forza 5 domani", "{city}: vento forza 7 domani", "[it] wind force"),
    (ORD, "fatura da encomenda {order}", "fatura da encomenda {order#2}", "[pt] order id"),
    (KB, "foutcode {ecode} bij inloggen", "foutcode {ecode#2} bij inloggen", "[nl] error code"),
]

T["date"] = [
    (WX, "{city} frost overnight into {weekday}", "{city} frost overnight into {weekday#2}", "weekday"),
    (WX, "{city} rainfall recorded during the past 48 hours", "{city} rainfall expected during the next 48 hours", "past/next"),
    (WX, "is {city} due rain a week on {weekday}", "is {city} due rain this {weekday}", "'a week on Friday' vs this Friday"),
    (WX, "{city} pre-dawn temperature on {weekday}", "{city} late-evening temperature on {weekday}", "time of day"),
    (ORD, "orders placed a week ago today", "orders placed two weeks ago today", "one/two weeks ago"),
    (FL, "{airline} fares to {city} for {dshort}", "{airline} fares to {city} for {dshort#2}", "short date"),
    (DOC, "{endpoint} logs around {isots}", "{endpoint} logs around {isots#2}", "ISO timestamp, 12 hours apart"),
    (FL, "flights to {city} in three weeks' time", "flights to {city} in two weeks' time", "weeks ahead"),
    (ORD, "delivery window for order {order}: {weekday} before lunch", "delivery window for order {order}: {weekday} after lunch", "before/after lunch"),
    (SQL, "MRR snapshot for {ym}", "MRR snapshot for {ym#2}", "year-month"),
    (SQL, "signups in {monyy}", "signups in {monyy#2}", "month with short year"),
    (SQL, "revenue in {q}'34", "revenue in {q}'35", "year of a quarter"),
    (SQL, "DAU on the last business day of {month}", "DAU on the first business day of {month}", "last/first business day"),
    (SQL, "support queue: tickets raised since last night", "support queue: tickets raised since this morning", "last night / this morning"),
    (DOC, "{lang} SDK releases from the last 6 months", "{lang} SDK releases from the last 6 weeks", "months/weeks"),
    (DOC, "{endpoint} removal planned for mid-{month}", "{endpoint} removal planned for late {month}", "mid/late month"),
    (POL, "is payday brought forward in {month}", "is payday brought forward in {month#2}", "month"),
    (POL, "maternity policy for babies due in {month}", "maternity policy for babies due in {month#2}", "month"),
    (KB, "scheduled maintenance tonight", "scheduled maintenance last night", "tonight/last night"),
    (KB, "billing cycle starting {date}", "billing cycle starting {date#2}", "day"),
    (ORD, "collect order {order} from the locker by {halfpast}", "collect order {order} from the locker by {halfpast#2}", "clock time in words"),
    (SQL, "orders placed between midnight and 6 am on {weekday}", "orders placed between 6 am and noon on {weekday}", "time band"),
    (FL, "{flightno} departure time on {date}", "{flightno} departure time on {date#2}", "day"),
    (WX, "{city} sunset time {date}", "{city} sunset time {date#2}", "day"),
    (POL, "{holiday} falling on a weekend this year", "{holiday} falling on a weekend next year", "this/next year"),
    (ORD, "order {order} dispatched yesterday evening", "order {order} dispatched this evening", "yesterday/this evening"),
    (SQL, "hur mycket regn föll i {city} i går", "hur mycket regn föll i {city} i dag", "[sv] yesterday/today"),
    (SQL, "salg i uge {week}", "salg i uge {week#2}", "[da] week number"),
    (PR, "{product} en promo la semaine prochaine", "{product} en promo cette semaine", "[fr] next/this week"),
    (FL, "¿salió ayer el vuelo {flightno}?", "¿salió anteayer el vuelo {flightno}?", "[es] yesterday/day before"),
    (WX, "nebbia a {city} stamattina", "nebbia a {city} stasera", "[it] this morning/evening"),
    (KB, "cobrança duplicada ontem", "cobrança duplicada hoje", "[pt] yesterday/today"),
    (ORD, "odbiór paczki {order} w sobotę", "odbiór paczki {order} w niedzielę", "[pl] Saturday/Sunday"),
    (FL, "Flüge nach {city} Mitte {de_month}", "Flüge nach {city} Ende {de_month}", "[de] mid/end of month"),
]

T["entity"] = [
    (WX, "{twin_city} thunderstorm warning {weekday}", "{twin_city#2} thunderstorm warning {weekday}", "look-alike city"),
    (WX, "{coast} sea temperature", "{coast#2} sea temperature", "coastal city"),
    (FL, "lounge opening hours at {airport}", "lounge opening hours at {airport#2}", "look-alike airport code"),
    (FL, "{airline} rules for flying with a cat", "{airline#2} rules for flying with a cat", "airline"),
    (FL, "nonstops from {city} to {city#2}", "nonstops from {city} to {city#3}", "destination, a third city"),
    (ORD, "order {order} sent via {carrier}: where is it", "order {order} sent via {carrier#2}: where is it", "carrier"),
    (ORD, "receipts sent to {email}", "receipts sent to {email#2}", "email (often the same mailbox at another domain)"),
    (ORD, "pickup point in {twin_city} for my parcel", "pickup point in {twin_city#2} for my parcel", "look-alike city"),
    (ORD, "was order {order} handed to {twin_person}", "was order {order} handed to {twin_person#2}", "look-alike name"),
    (PR, "where to buy spare parts for a {brand} {product}", "where to buy spare parts for a {brand#2} {product}", "brand"),
    (PR, "{phone} case with card slot", "{phone#2} case with card slot", "phone model"),
    (PR, "{gadget} firmware update", "{gadget#2} firmware update", "model"),
    (PR, "I'd like the {brand} {product} but finished in {color}, how soon could it ship", "I'd like the {brand} {product} but finished in {color#2}, how soon could it ship", "colour"),
    (SQL, "mentions of us by {handle} last month", "mentions of us by {handle#2} last month", "look-alike social handle"),
    (DOC, "{endpoint} latency in {cloudreg}", "{endpoint} latency in {cloudreg#2}", "cloud region"),
    (SQL, "{company} invoices overdue", "{company#2} invoices overdue", "company"),
    (SQL, "headcount in {dept} at month end", "headcount in {dept#2} at month end", "department"),
    (SQL, "sales through {payment} in {country}", "sales through {payment#2} in {country}", "payment method"),
    (DOC, "{lang} quickstart for {db}", "{lang} quickstart for {db#2}", "database"),
    (DOC, "{integration} webhook payload example", "{integration#2} webhook payload example", "integration"),
    (DOC, "{fmt} export from {endpoint}", "{fmt#2} export from {endpoint}", "file format"),
    (KB, "set up {sso} single sign-on", "set up {sso#2} single sign-on", "SSO provider"),
    (KB, "{device} app crashes on launch", "{device#2} app crashes on launch", "device"),
    (KB, "is the app available in {hlang}", "is the app available in {hlang#2}", "language"),
    (POL, "{tier} cover for {procedure}", "{tier#2} cover for {procedure}", "plan tier"),
    (POL, "daily meal allowance on business trips to {country}", "daily meal allowance on business trips to {country#2}", "country"),
    (POL, "who is {person}'s HR business partner", "who is {person#2}'s HR business partner", "person"),
    (POL, "time off for {holiday}", "time off for {holiday#2}", "holiday"),
    (SQL, "deals {first} closed in {q}", "deals {first#2} closed in {q}", "lower-case first name"),
    (KB, "emails from {domain} landing in spam", "emails from {domain#2} landing in spam", "domain, TLD changed"),
    (WX, "väder i {city} på {sv_weekday}", "väder i {city#2} på {sv_weekday}", "[sv] city"),
    (ORD, "pakke sendt med {carrier}", "pakke sendt med {carrier#2}", "[da] carrier"),
    (KB, "connexion avec {sso}", "connexion avec {sso#2}", "[fr] SSO provider"),
    (PR, "funda para {phone}", "funda para {phone#2}", "[es] phone model"),
    (DOC, "guida {db} per principianti", "guida {db#2} per principianti", "[it] database"),
    (SQL, "vendas em {city} no {q}", "vendas em {city#2} no {q}", "[pt] city"),
    (FL, "{airline} handbagage regels", "{airline#2} handbagage regels", "[nl] airline"),
    (WX, "pogoda {twin_city} jutro", "pogoda {twin_city#2} jutro", "[pl] look-alike city"),
]

T["scope"] = [
    (WX, "{city}: how many cm of fresh snow {weekday}", "{city}: how deep the snowpack will be {weekday}", "snowfall vs snow depth"),
    (WX, "{coast} sea temperature today", "{coast} wave height today", "sea temperature vs waves"),
    (WX, "chance of hail in {city} this afternoon", "hailstone size in {city} this afternoon", "probability vs size"),
    (WX, "{city} heat index {weekday}", "{city} overnight low {weekday}", "heat index vs overnight low"),
    (FL, "{airline} lounge: who gets in at {airport}", "{airline} lounge: where to find it at {airport}", "access rules vs location"),
    (FL, "{airline} onboard Wi-Fi price", "{airline} onboard Wi-Fi speed", "price vs speed"),
    (FL, "{airline} cost of bringing a dog in the cabin", "{airline} max weight for a dog in the cabin", "fee vs weight limit"),
    (FL, "{flightno} on-time percentage", "{flightno} average delay in minutes", "share vs average delay"),
    (ORD, "customs duty on order {order}", "VAT charged on order {order}", "duty vs VAT"),
    (ORD, "name of the person who took delivery of order {order}", "time of day order {order} was dropped off", "who vs when"),
    (ORD, "gift wrap price for order {order}", "gift message length limit for order {order}", "price vs limit"),
    (ORD, "how many days I have left to return order {order}", "what returning order {order} will cost me", "deadline vs cost"),
    (PR, "how long the {brand} {product} warranty lasts", "what the {brand} {product} warranty covers", "length vs coverage"),
    (PR, "{brand} {product} energy use per hour", "{brand} {product} loudness in decibels", "power vs noise"),
    (PR, "{phone} display diagonal", "{phone} display pixel density", "size vs resolution"),
    (SQL, "{region} {q} takings before refunds and fees", "{region} {q} takings after refunds and fees", "gross vs net"),
    (SQL, "churn rate in {month}", "churned MRR in {month}", "rate vs amount"),
    (SQL, "number of sessions last week", "number of unique users last week", "sessions vs users"),
    (SQL, "{company} account manager", "{company} renewal date", "owner vs date"),
    (DOC, "how long the {lang} client waits before giving up on a request", "how many times the {lang} client retries a failed request", "timeout vs retries"),
    (DOC, "{endpoint} error response format", "{endpoint} list of error codes", "format vs code list"),
    (DOC, "which header carries the API key for {endpoint}", "how long an access token for {endpoint} stays valid", "header vs lifetime"),
    (DOC, "{db} backup schedule", "{db} backup retention period", "schedule vs retention"),
    (POL, "maternity pay rate", "maternity pay duration", "rate vs duration"),
    (POL, "{tier}: claim deadline for {procedure}", "{tier}: claim form for {procedure}", "deadline vs form"),
    (POL, "how many training days per year", "training budget per year", "days vs budget"),
    (KB, "how to delete my account", "what data is kept after I delete my account", "how vs what is kept"),
    (KB, "set up 2FA", "use 2FA backup codes", "setup vs backup codes"),
    (KB, "export formats supported for reports", "how to schedule report exports", "formats vs scheduling"),
    (POL, "hur många semesterdagar får jag", "när måste semestern tas ut", "[sv] entitlement vs deadline"),
    (WX, "nedbørsmængde i {city} i morgen", "vindstyrke i {city} i morgen", "[da] rainfall vs wind"),
    (ORD, "combien coûte le renvoi de la commande {order}", "sous combien de jours je serai remboursé pour la commande {order}", "[fr] cost vs refund time"),
    (SQL, "ventas totales en {city} en {es_month}", "ticket medio en {city} en {es_month}", "[es] total vs average"),
    (PR, "peso del {gadget}", "dimensioni del {gadget}", "[it] weight vs size"),
    (FL, "franquia de bagagem {airline}", "preço de bagagem extra {airline}", "[pt] allowance vs extra price"),
    (DOC, "{endpoint} paginering", "{endpoint} authenticatie", "[nl] pagination vs authentication"),
    (KB, "limit użytkowników w planie {plan}", "okres próbny planu {plan}", "[pl] user limit vs trial"),
    (FL, "wie viel Freigepäck hat man bei {airline} im Spartarif", "wie viel kostet Sitzplatzwahl bei {airline} im Spartarif", "[de] allowance vs seat fee"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test6",
    order_digits=8,
    extra_pools={
        "rma": pairgen.prefixed_pool("RET-", 20000, 99999),  # return "RET-48213"
        "trk": pairgen.prefixed_pool("JJD", 1000000000, 9999999999),  # tracking "JJD4821375590"
        "invno": pairgen.prefixed_pool("2034/", 1000, 9999),  # invoice "2034/4821"
        "ecode": pairgen.prefixed_pool("E", 1000, 9999),  # error "E4821"
        "winerr": pairgen.prefixed_pool("0x8007", 1000, 9999),  # Windows error "0x80074821"
        "gate": pairgen.prefixed_pool("D", 11, 58),  # gate "D27"
        "pnr": pairgen.code_pool(),  # booking code; the second one has one character changed
        "week": lambda rng, prev, ctx: str(int(prev[0]) + rng.choice([1, -1])) if prev else str(rng.randrange(5, 50)),
        "halfpast": half_past_pool(),  # "half past five"; the second one an hour away
        "ym": year_month_pool([2034, 2035]),  # "2034-06"; the second one a month away
        "monyy": month_apostrophe_pool(["34", "35"]),  # "June '34"; the second one the next month
        "dshort": short_date_pool(),  # "14-Jun"; the second one a day later
        "isots": timestamp_pool([2034, 2035]),  # "2034-03-14T09:35Z"; the second one 12 hours later
    },
    apart=(  # every other split; slot values strictly apart (numbers too), the closed sets excepted;
        # every collision reported by id or template index only, so no other split's text is printed
        Apart("tune", values="strict", quiet=True),
        Apart("test", values="strict", quiet=True),
        Apart("test2", values="strict", quiet=True),
        Apart("test3", values="strict", quiet=True),
        Apart("test4", values="strict", quiet=True),
        Apart("test5", values="strict", quiet=True),
        Apart("tune2", values="strict", quiet=True),
        Apart("tune3", values="strict", quiet=True),
        Apart("tune4", values="strict", quiet=True),
        Apart("tune5", values="strict", quiet=True),
    ),
    min_total=607,
    max_template_similarity=0.7,  # word Jaccard with any other split's template string, slots as words
)

if __name__ == "__main__":
    sys.exit(pairgen.main(SPEC, sys.argv[1:]))
