#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "tune5", a second probe set for the semantic tool-result cache's verifier (stdlib only, deterministic).

    python evals/cache/generate_tune5.py          # write pairs_tune5.jsonl, print the report
    python evals/cache/generate_tune5.py --check  # regenerate in memory, fail if the file on disk differs

Written after the guard's rules had been adjusted to tune4's first reading, and before it was scored on
tune5: like tune4, its first reading estimates how the rules transfer to new wording. Like
generate_tune4.py it holds only its pools, templates and targets (the machinery is pairgen.py's);
the self-check keeps it apart from tune to tune4.
Tuning data only: pairs_test.jsonl is not opened.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pairgen
from pairgen import CATEGORIES, DOC, FL, KB, NEAR_MISS, ORD, PARAPHRASE, POL, PR, SQL, WX, Apart, Template

TARGET = {**{c: 9 for c in PARAPHRASE}, **{c: 28 for c in NEAR_MISS}}
MIN_PAIRS = {**{c: 9 for c in PARAPHRASE}, **{c: 20 for c in NEAR_MISS}}
MIN_TEMPLATES = {**{c: 8 for c in PARAPHRASE}, **{c: 20 for c in NEAR_MISS}}
NON_ENGLISH_SHARE = (0.10, 0.20)

# --------------------------------------------------------------------------------------------
# Slot pools: no value in a tune pool; no non-numeric value in a tune2 pool except closed sets
# (weekdays, months, quarters), which generate.py splits between tune and test.
# --------------------------------------------------------------------------------------------


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

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

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
assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="tune5",
    order_digits=7,
    extra_pools=pairgen.probe_pools(ORDINALS["year"]),  # inv, pnr, dotdate, price
    apart=(
        Apart("tune", values="all"),
        Apart("tune2", values="words"),  # closed sets (weekdays, months, quarters) and plain numbers may repeat
        Apart("tune3", values="words"),
        Apart("tune4", values="words"),
        Apart("test", values=None, rows=False, quiet=True),  # templates only, by index; pairs_test.jsonl is not opened
    ),
    min_total=200,
)

if __name__ == "__main__":
    sys.exit(pairgen.main(SPEC, sys.argv[1:]))
