#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better; the French route uses an en dash on purpose)
"""Generate "tune2", a second tuning set for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_tune2.py          # write pairs_tune2.jsonl, print the report
    python evals/cache/generate_tune2.py --check  # regenerate in memory, fail if the file on disk differs

tune2 was written after the tune/test splits, by someone who had read only the README and the tune
templates of generate.py. Its templates, wordings and slot pools are new: no template string is
shared with generate.py (tune or test), and no slot value is in a tune pool. It is meant for finding
holes in the near-miss guard and for calibrating thresholds. It is not a replacement for the test
split, which stays the only number to report.

Record format, categories and slot syntax are those of generate.py (see README.md): ``{name}``,
``{name#2}`` (a second, different value; for ordinal pools the neighbouring value; for twin pools
the look-alike partner), ``{name|lower}``, ``{name|upper}``, ``{name|typo}``. This file holds only
tune2's pools, templates and targets; the machinery (slot filling, dedup, self-check, report,
writer) is pairgen.py's.

The self-check refuses to write anything if an id repeats, if a == b, if a template string, an
(a, b) pair (either order) or a sentence is shared with pairs_tune.jsonl / pairs_test.jsonl or the
generate.py templates, if a slot value is in a tune pool, if a slot is left unfilled, or if a size
target is missed. Collisions with the test split are reported by tune2 id only (the test split's
text is never printed).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pairgen
from pairgen import CATEGORIES, DOC, FL, KB, NEAR_MISS, ORD, PARAPHRASE, POL, PR, SQL, WX, Apart, Template

# pairs generated per category (round-robin over the category's templates) and the minimums checked
TARGET = {**{c: 24 for c in PARAPHRASE}, **{c: 48 for c in NEAR_MISS}}
MIN_PAIRS = {**{c: 20 for c in PARAPHRASE}, **{c: 40 for c in NEAR_MISS}}
MIN_TEMPLATES = {**{c: 8 for c in PARAPHRASE}, **{c: 12 for c in NEAR_MISS}}
NON_ENGLISH_SHARE = (0.12, 0.20)  # of all pairs

# --------------------------------------------------------------------------------------------
# Slot pools (all values absent from the tune split's pools; checked below). Weekdays and months
# are closed sets that generate.py partitions between tune and test, so the tune2 weekdays and
# months necessarily come from the part tune does not use.
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "wireless earbuds": ["Jabra", "Anker", "Nothing"],
    "air purifier": ["Dyson", "Levoit", "Blueair"],
    "hiking backpack": ["Osprey", "Deuter", "Gregory"],
    "gaming mouse": ["Razer", "SteelSeries", "Glorious"],
    "cast iron skillet": ["Lodge", "Le Creuset", "Staub"],
    "e-reader": ["Kobo", "PocketBook", "Boox"],
    "smartwatch": ["Garmin", "Fitbit", "Amazfit"],
    "office chair": ["Herman Miller", "Steelcase", "Secretlab"],
}

LISTS = {
    "city": ["Marseille", "Valencia", "Bergen", "Gdansk", "Tallinn", "Edinburgh", "Rotterdam", "Seville",
             "Kyoto", "Busan", "Calgary", "Tucson", "Cape Town", "Salzburg", "San Diego", "Buenos Aires"],
    "country": ["Portugal", "Chile", "Kenya", "Vietnam", "Austria", "Denmark", "Australia", "Spain",
                "South Korea", "Belgium"],
    "weekday": ["Tuesday", "Thursday", "Saturday"],
    "month": ["February", "April", "June", "August", "October", "December"],
    "de_weekday": ["Dienstag", "Donnerstag", "Samstag"],
    "fr_weekday": ["mardi", "jeudi", "samedi"],
    "es_weekday": ["martes", "jueves", "sábado"],
    "de_month": ["Februar", "April", "Juni", "August", "Oktober", "Dezember"],
    "fr_month": ["février", "avril", "juin", "août", "octobre", "décembre"],
    "es_month": ["febrero", "abril", "junio", "agosto", "octubre", "diciembre"],
    "person": ["Rafael Osei", "Marie Dubois", "Sofia Reyes", "Ahmed Karim", "Elin Berg", "Daniel Novak"],
    "plan": ["Pro", "Business", "Premium", "Scale"],
    "region": ["LATAM", "APAC", "the Benelux", "DACH", "the Middle East"],
    "procedure": ["acupuncture", "dental implants", "IVF treatment", "hearing aids", "speech therapy"],
    "payment": ["Google Pay", "bank transfer", "Amex", "SEPA direct debit"],
    "device": ["iPad", "Mac", "smart TV", "Linux desktop", "Galaxy tablet"],
    "lang": ["PHP", "Rust", "Swift", "Elixir", "Dart"],
    "integration": ["Jira", "Notion", "Shopify", "Microsoft Teams", "QuickBooks"],
    "endpoint": ["/payouts", "/subscriptions", "/disputes", "/webhooks", "/payment_intents", "/payment_methods"],
    "db": ["MongoDB", "Redis", "DynamoDB", "Snowflake", "BigQuery"],
    "port": ["Thunderbolt", "VGA", "micro-USB", "DVI", "Ethernet"],
    "airline": ["Air France", "British Airways", "Iberia", "Turkish Airlines", "Aer Lingus", "SAS"],
    "dept": ["Engineering", "Sales", "Support", "Operations", "Procurement"],
    "company": ["Harbor Logistics", "Pinecrest Dental", "Vantage Analytics", "Silverline Media"],
    "tier": ["Gold", "Platinum", "Select"],
    "holiday": ["Christmas Eve", "Boxing Day", "New Year's Day", "Easter Monday", "Memorial Day"],
    "cur": ["EUR", "USD", "GBP", "CHF", "SEK"],
    "color": ["charcoal", "burgundy", "sand", "teal"],
    "hlang": ["Dutch", "Danish", "Finnish", "Czech", "Turkish"],
    "fmt": ["CSV", "JSON", "Parquet", "XML", "YAML"],
    "gadget": ["Garmin Venu 3", "Jabra Elite 8", "Kobo Clara", "Fitbit Charge 6", "Anker Soundcore Liberty 4"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [40, 60, 80, 120, 300, 400, 600, 800, 1200, 2500],
    "n": [4, 6, 7, 8, 12, 15],
    "temp": [-15, -10, -5, 4, 8, 15],
    "pct": [15, 35, 40, 45, 60],
    "ver": ["1.7", "1.8", "4.2", "4.12", "5.0"],
    "code": [400, 422, 429, 502, 503, 504],
    "size": ["7", "7.5", "8", "8.5", "12"],
    "year": [2016, 2017, 2018, 2025, 2026],
    "q": ["Q3", "Q4"],
    "storage": [32, 64, 128, 256, 512],
    "numword": ["two", "three", "four", "five", "six", "eight"],
    "nth": ["2nd", "3rd", "4th", "5th"],
    "dist": [300, 450, 600, 900],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Cork", "York"), ("Cali", "Bali"), ("Lima", "Lida"), ("Perth", "Porth")],
    "twin_person": [("Jon Meyer", "Jon Mayer"), ("Anne Fischer", "Anna Fischer"), ("Carl Olsen", "Karl Olsen"),
                    ("Mia Lund", "Mia Lind")],
    "airport": [("LIS", "LIN"), ("ORY", "ORD"), ("BRU", "BRI"), ("MAD", "MAN")],
    "domain": [("brightpath.co", "brightpath.io"), ("kestrel.dev", "kestrel.de"), ("orbitmail.com", "orbitmail.net")],
    "wk": [("14", "41"), ("23", "32"), ("12", "21"), ("13", "31")],
    "span": [("1-5", "1-50"), ("1-10", "1-100"), ("1-3", "1-30"), ("1-15", "1-150")],
    "de_hour": [("8:30", "20:30"), ("7:15", "19:15"), ("9:45", "21:45")],
}

EMAIL = (["r.osei", "mdubois", "sofia.reyes", "ahmed.k", "elin.berg", "d.novak"],
         ["kestrel.dev", "proton.me", "yahoo.com", "brightpath.co"])
AIRLINE_CODE = {"Air France": "AF", "British Airways": "BA", "Iberia": "IB", "Turkish Airlines": "TK",
                "Aer Lingus": "EI", "SAS": "SK"}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (ORD, "returned orders {email} {month} {year}", "{email} returned orders {month} {year}", "email moved to the front"),
    (WX, "{city} humidity tomorrow morning", "tomorrow morning humidity {city}", "place moved to the end"),
    (FL, "business class {city} to {city#2} {dmy}", "{dmy} business class {city} to {city#2}", "date moved, route order kept"),
    (PR, "{brand} {product} {color} in stock", "in stock {color} {brand} {product}", "same words reordered"),
    (SQL, "average basket size per channel in {country}, {year}", "in {country}, {year}: average basket size per channel", "filters moved to the front"),
    (DOC, "{lang} SDK streaming responses example", "example streaming responses {lang} SDK", "same words reordered"),
    (POL, "{country} office public holidays {year}", "public holidays {year} {country} office", "same words reordered"),
    (KB, "two-factor reset lost phone", "lost phone two-factor reset", "same words reordered"),
    (SQL, "in {region}, churned {plan} accounts last quarter", "churned {plan} accounts last quarter in {region}", "region moved to the end"),
    (FL, "{airline} {flightno} seat map", "seat map {airline} {flightno}", "same words reordered"),
    (WX, "météo {city} {fr_weekday} après-midi", "{fr_weekday} après-midi météo {city}", "[fr] same words reordered"),
    (ORD, "pedidos devueltos {email} {es_month}", "{es_month} pedidos devueltos {email}", "[es] same words reordered"),
]

T["shorten"] = [
    (ORD, "I'd like to see all of the orders that were shipped to {city} during {month} {year}", "orders shipped to {city} {month} {year}", "filler dropped"),
    (WX, "What is the expected high temperature in {city} on {weekday}?", "{city} high temperature {weekday}", "keywords kept"),
    (FL, "I need a return flight from {city} to {city#2}, leaving on {dmy} and coming back a week later",
     "{city}-{city#2} return {dmy}, back one week later", "keywords kept, route order kept"),
    (PR, "I'm looking for a {color} {product} made by {brand} that costs no more than ${amount}", "{color} {brand} {product} max ${amount}", "no more than = max"),
    (SQL, "Can you tell me how many support tickets were opened by customers in {country} during {q} of {year}?",
     "support tickets opened {country} {q} {year}", "long question cut to keywords"),
    (DOC, "What is the correct way to upload a large file in chunks using the {lang} SDK?", "{lang} SDK chunked upload of large files", "keywords kept"),
    (POL, "How many weeks of paid parental leave is a new father entitled to?", "paid paternity leave weeks", "keywords kept"),
    (KB, "I would like to know how I can change the email address associated with my account", "change account email address", "filler dropped"),
    (ORD, "For order {order}, can you tell me which courier is handling the delivery?", "courier for order {order}", "keywords kept"),
    (SQL, "Please calculate the gross margin for each product line in {region} over the whole of {year}", "gross margin by product line {region} {year}", "keywords kept"),
    (FL, "Ich suche einen Direktflug von {city} nach {city#2} am {de_weekday}", "Direktflug {city} nach {city#2} {de_weekday}", "[de] keywords kept"),
    (KB, "¿Cómo puedo cambiar la contraseña de mi cuenta desde el {device}?", "cambiar contraseña desde el {device}", "[es] question cut to keywords"),
]

T["question_keyword"] = [
    (WX, "Will there be thunderstorms in {city} on {weekday}?", "{city} thunderstorms {weekday}", "question vs keywords"),
    (FL, "Which airlines fly nonstop from {city} to {city#2}?", "nonstop airlines {city} to {city#2}", "question vs keywords"),
    (ORD, "Has order {order} been shipped?", "order {order} shipping status", "question vs keywords"),
    (PR, "Does the {brand} {product} come in {color}?", "{brand} {product} {color} colour option", "question vs keywords"),
    (SQL, "What percentage of orders in {country} used {payment} in {year}?", "share of {country} orders paid with {payment} {year}", "question vs keywords"),
    (DOC, "How do I handle rate limit errors in the {lang} SDK?", "{lang} SDK rate limit error handling", "question vs keywords"),
    (POL, "Does our insurance cover {procedure} abroad?", "insurance coverage {procedure} abroad", "question vs keywords"),
    (KB, "How do I export my invoices as PDF?", "export invoices PDF", "question vs keywords"),
    (KB, "Can I pay for the {plan} plan with {payment}?", "{plan} plan {payment} payment", "question vs keywords"),
    (SQL, "Quel a été le chiffre d'affaires en {fr_month} {year} ?", "chiffre d'affaires {fr_month} {year}", "[fr] question vs keywords"),
    (DOC, "Wie setze ich einen Proxy im {lang} SDK?", "{lang} SDK Proxy einstellen", "[de] question vs keywords"),
    (PR, "¿Tienen el {brand} {product} en stock?", "{brand} {product} en stock", "[es] question vs keywords"),
]

T["synonym"] = [
    (KB, "how do I close my account permanently", "steps to delete my profile for good", "rephrased"),
    (ORD, "orders {email} still waiting to be dispatched", "purchases by {email} not yet sent out", "rephrased"),
    (WX, "what's the top temperature {city} will reach on {weekday}", "{city} daily maximum for {weekday}", "rephrased"),
    (FL, "direct flights {city} to {city#2} on {dmy}", "nonstop service from {city} to {city#2} on {dmy}", "synonyms"),
    (PR, "{brand} {product} that can be returned free of charge", "{brand} {product} with complimentary returns", "synonyms"),
    (SQL, "how many customers did we lose in {region} during {year}", "customer churn count for {region} in {year}", "rephrased"),
    (DOC, "{lang} SDK: how to set a custom base URL", "point the {lang} client library at a different API host", "rephrased"),
    (POL, "can I bring my dog to the office", "are dogs allowed in the office", "rephrased"),
    (POL, "can I expense furniture for working from home", "reimbursement for home office furniture", "rephrased"),
    (SQL, "total spend per customer in {month} {year}", "how much each customer paid us in {month} {year}", "rephrased"),
    (KB, "Wie ändere ich meine Lieferadresse?", "Lieferanschrift aktualisieren", "[de] synonyms"),
    (WX, "¿Hará frío en {city} el {es_weekday}?", "temperaturas bajas en {city} el {es_weekday}", "[es] rephrased"),
    (ORD, "commandes de {email} pas encore expédiées", "achats de {email} toujours en attente d'envoi", "[fr] rephrased"),
]

T["typo"] = [
    (WX, "dew point in {city} on {weekday}", "dew piont in {city} on {weekday}", "one typo"),
    (ORD, "orders shipped to {city} in {month}", "orders shiped to {city|lower} in {month}", "typo + case"),
    (FL, "business class {city} to {city#2} on {dmy}", "Buisness class {city} to {city#2} on {dmy}", "typo + case"),
    (PR, "{brand} {product} available in {color}", "{brand} {product|typo} available in {color}", "typo in the product"),
    (SQL, "number of active subscriptions in {region}", "numbr of active subscriptons in {region}", "two typos"),
    (DOC, "{lang} SDK authentication example", "{lang} SDK authentcation exmaple", "two typos"),
    (POL, "maternity leave policy for part-time staff", "maternity leave polcy for part time staff.", "typo + punctuation"),
    (KB, "how do I reset my password on the {device}", "How do I reset my pasword on the {device}?", "typo + case + punctuation"),
    (ORD, "ORDER {order} DELIVERY STATUS", "order {order} delivery staus", "case + typo"),
    (WX, "Wettervorhersage für {city} am {de_weekday}", "Wetervorhersage für {city} am {de_weekday}", "[de] one typo"),
    (POL, "politique de télétravail pour les cadres", "politique de teletravail pour les cadres", "[fr] accents dropped"),
    (FL, "vuelos baratos de {city} a {city#2}", "vuelos baratso de {city} a {city#2}", "[es] one typo"),
]

T["politeness"] = [
    (WX, "{city} forecast for {weekday} evening", "Good morning! Could I please get the {city} forecast for {weekday} evening? Much appreciated.", "greeting + please + thanks"),
    (ORD, "returned orders from {email} this month", "Hi there, if it's not too much trouble, could you look up the returned orders from {email} this month? Cheers", "long polite wrapper"),
    (FL, "nonstop flights from {city} to {city#2} on {dmy}", "Hello! I'd be really grateful if you could find nonstop flights from {city} to {city#2} on {dmy}. Thanks so much", "greeting + thanks"),
    (PR, "{color} {brand} {product} with free shipping", "Would you be so kind as to show me {color} {brand} {product} with free shipping? Thank you", "polite request"),
    (SQL, "weekly signups in {country} for {q} {year}", "Hi! Whenever you get a chance, could you please pull the weekly signups in {country} for {q} {year}? Thanks!", "polite request"),
    (DOC, "{lang} SDK proxy configuration", "Hi folks, apologies for the basic question: where can I find the {lang} SDK proxy configuration docs? Thanks in advance", "apology + thanks"),
    (POL, "jury duty leave policy", "Hi HR team, could you kindly tell me what the jury duty leave policy is? Many thanks", "greeting + kindly + thanks"),
    (KB, "how to change my {plan} plan billing date", "hello :) could you please help me understand how to change my {plan} plan billing date? thx", "informal polite request"),
    (WX, "Wetter in {city} am {de_weekday}", "Guten Tag, könnten Sie mir bitte das Wetter in {city} am {de_weekday} sagen? Danke!", "[de] greeting + please + thanks"),
    (ORD, "commandes de {email} en {fr_month}", "Bonjour, pourriez-vous s'il vous plaît me montrer les commandes de {email} en {fr_month} ? Merci", "[fr] greeting + please + thanks"),
    (FL, "vuelos de {city} a {city#2} el {es_weekday}", "Hola, ¿me podría buscar vuelos de {city} a {city#2} el {es_weekday}, por favor? Gracias", "[es] greeting + please + thanks"),
]

T["mixed"] = [
    (WX, "Is it supposed to be foggy in {city} on {weekday} morning?", "{city} fog {weekday} am??", "keywords + synonym + punctuation"),
    (ORD, "Can you show me the orders {email} returned during {month} {year}?", "{email} returns in {month} {year} pls", "keywords + reorder + please"),
    (FL, "What's the cheapest way to fly from {city} to {city#2} on {dmy}?", "lowest fare {city}→{city#2} {dmy}", "keywords + synonym + symbol"),
    (PR, "Could you find me a {product} from {brand} in {color}, please?", "{color} {brand} {product} pls", "reorder + politeness dropped"),
    (SQL, "How much revenue did {plan} plan customers generate in {country} last year?", "{plan} plan rev {country} last yr", "keywords + abbreviations"),
    (DOC, "What's the right way to cancel an in-flight request in the {lang} SDK?", "abort pending request {lang|lower} sdk", "synonyms + case"),
    (POL, "Hey, how many days can I work from abroad each year?", "annual limit on remote work days outside the country", "rephrased + greeting dropped"),
    (KB, "Why hasn't my password reset email arrived yet?", "pw reset mail not arriving??", "abbreviations + punctuation"),
    (SQL, "Which {dept} employees logged the most overtime in {month}?", "top overtime {dept} staff {month}", "question vs keywords + synonym"),
    (ORD, "Zeig mir bitte alle Bestellungen von {email} im {de_month}", "{email} Bestellungen {de_month}", "[de] keywords + politeness dropped"),
    (KB, "Bonjour, comment puis-je changer le mot de passe de mon compte sur {device} ?", "changer mdp compte {device}", "[fr] keywords + abbreviation"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "nonstop {city} → {city#2} on {date}", "nonstop {city#2} → {city} on {date}", "arrow route swapped"),
    (FL, "{city}-{city#2} route fares in {month}", "{city#2}-{city} route fares in {month}", "X-Y route swapped"),
    (FL, "{airline} flights to {city#2} out of {city} on {date}", "{airline} flights out of {city#2} to {city} on {date}", "to/out of, roles swapped"),
    (FL, "layover in {city} on the way to {city#2}", "layover in {city#2} on the way to {city}", "stopover/destination swapped"),
    (ORD, "gift cards {email} sent to {email#2}", "gift cards {email#2} sent to {email}", "sender/recipient swapped"),
    (ORD, "stock transfers from the {city} warehouse to the {city#2} warehouse", "stock transfers from the {city#2} warehouse to the {city} warehouse", "transfer direction swapped"),
    (ORD, "exchange requests from size {size} to size {size#2}", "exchange requests from size {size#2} to size {size}", "exchange direction swapped"),
    (KB, "fee to convert {cur} to {cur#2} in my wallet", "fee to convert {cur#2} to {cur} in my wallet", "currency conversion direction"),
    (KB, "import contacts from {integration} into {integration#2}", "import contacts from {integration#2} into {integration}", "import source/target swapped"),
    (KB, "how to merge my old account into my new account", "how to merge my new account into my old account", "merge direction swapped"),
    (SQL, "weeks in {year} where {region} outsold {region#2}", "weeks in {year} where {region#2} outsold {region}", "winner/loser swapped"),
    (SQL, "companies that {company} has acquired", "companies that have acquired {company}", "acquirer/acquired"),
    (SQL, "people reporting to {person} in {dept}", "the person {person} is reporting to in {dept}", "reports to whom"),
    (SQL, "total transfers into the {dept} budget in {q}", "total transfers out of the {dept} budget in {q}", "into/out of"),
    (SQL, "customers in {country} sorted by lifetime value ascending", "customers in {country} sorted by lifetime value descending", "sort direction"),
    (PR, "travel adapter for using plugs from {country} in {country#2}", "travel adapter for using plugs from {country#2} in {country}", "adapter direction swapped"),
    (DOC, "convert {fmt} to {fmt#2} with the {lang} SDK", "convert {fmt#2} to {fmt} with the {lang} SDK", "conversion direction swapped"),
    (DOC, "replicate data from {db} into {db#2}", "replicate data from {db#2} into {db}", "replication direction swapped"),
    (WX, "is the storm front moving from {city} toward {city#2} tonight", "is the storm front moving from {city#2} toward {city} tonight", "movement direction swapped"),
    (WX, "rain in {city} until noon on {weekday}", "rain in {city} from noon on {weekday}", "until/from (before/after)"),
    (POL, "expenses incurred prior to my start date", "expenses incurred after my start date", "prior to/after"),
    (FL, "Flüge nach {city#2} ab {city} am {de_weekday}", "Flüge nach {city} ab {city#2} am {de_weekday}", "[de] origin/destination swapped"),
    (SQL, "clients passés de l'offre {plan} à l'offre {plan#2}", "clients passés de l'offre {plan#2} à l'offre {plan}", "[fr] switch direction swapped"),
    (FL, "vuelos directos de {city} a {city#2} el {es_weekday}", "vuelos directos de {city#2} a {city} el {es_weekday}", "[es] origin/destination swapped"),
    (KB, "Geld von {cur} in {cur#2} umtauschen", "Geld von {cur#2} in {cur} umtauschen", "[de] exchange direction swapped"),
]

T["comparison"] = [
    (PR, "{product} priced at least ${amount}", "{product} priced at most ${amount}", "at least/at most"),
    (PR, "{brand} {product} no more than ${amount}", "{brand} {product} no less than ${amount}", "no more than/no less than"),
    (PR, "{product} for up to ${amount}", "{product} starting at ${amount}", "up to/starting at"),
    (PR, "{product} rated 4 stars or higher", "{product} rated 4 stars or lower", "or higher/or lower"),
    (SQL, "orders with a basket >= ${amount} in {month}", "orders with a basket < ${amount} in {month}", ">=/<"),
    (SQL, "regions with higher churn than {region} in {q}", "regions with lower churn than {region} in {q}", "higher/lower"),
    (SQL, "products with a margin above {pct}% in {year}", "products with a margin below {pct}% in {year}", "above/below"),
    (SQL, "top customers by spend in {year}", "bottom customers by spend in {year}", "top/bottom"),
    (FL, "flights {city} to {city#2} departing earlier than {clock}", "flights {city} to {city#2} departing later than {clock}", "earlier/later than"),
    (FL, "{city} to {city#2}: the priciest fare in {month}", "{city} to {city#2}: the cheapest fare in {month}", "priciest/cheapest"),
    (FL, "flights from {city} to {city#2} with a layover under {n} hours", "flights from {city} to {city#2} with a layover over {n} hours", "under/over"),
    (ORD, "most recent purchase by {email} this year", "earliest purchase by {email} this year", "most recent/earliest"),
    (ORD, "parcels weighing above {n} kg going to {country}", "parcels weighing below {n} kg going to {country}", "above/below"),
    (WX, "will {city} get more than {n} mm of rain on {weekday}", "will {city} get less than {n} mm of rain on {weekday}", "more/less than"),
    (WX, "the highest temperature forecast for {city} this weekend", "the lowest temperature forecast for {city} this weekend", "highest/lowest"),
    (KB, "does the {plan} plan allow more than {n} projects", "does the {plan} plan allow fewer than {n} projects", "more/fewer than"),
    (DOC, "{lang} SDK releases newer than {ver}", "{lang} SDK releases older than {ver}", "newer/older than"),
    (DOC, "how to log requests whose duration is longer than {n} seconds in the {lang} SDK", "how to log requests whose duration is shorter than {n} seconds in the {lang} SDK", "longer/shorter than"),
    (POL, "reimbursement for flights longer than {n} hours", "reimbursement for flights shorter than {n} hours", "longer/shorter"),
    (POL, "employees with over {n} days of unused leave", "employees with under {n} days of unused leave", "over/under"),
    (PR, "Kaffeemühle für höchstens {amount} Euro", "Kaffeemühle für mindestens {amount} Euro", "[de] at most/at least"),
    (FL, "vols {city}–{city#2} de moins de {n} heures", "vols {city}–{city#2} de plus de {n} heures", "[fr] less/more than"),
    (SQL, "clientes con más de {n} pedidos en {es_month}", "clientes con menos de {n} pedidos en {es_month}", "[es] more/fewer than"),
    (WX, "Tage über {temp} Grad in {city} im {de_month}", "Tage unter {temp} Grad in {city} im {de_month}", "[de] above/below"),
]

T["negation"] = [
    (ORD, "{email}'s orders that still haven't left the warehouse", "{email}'s orders that have left the warehouse", "contraction haven't"),
    (ORD, "orders to {city} that were never delivered", "orders to {city} that were delivered", "never"),
    (ORD, "{month} orders with no tracking number", "{month} orders with a tracking number", "no/a"),
    (SQL, "customers who never logged in during {month}", "customers who logged in during {month}", "never"),
    (SQL, "users who failed to renew their {plan} subscription in {year}", "users who renewed their {plan} subscription in {year}", "fail to"),
    (SQL, "invoices in {region} lacking a purchase order number", "invoices in {region} having a purchase order number", "lacking/having"),
    (SQL, "sales in {month} of products other than the {product}", "sales in {month} of the {product}", "other than"),
    (SQL, "signups in {year} from all regions except {region}", "signups in {year} from {region}", "except"),
    (KB, "apps that are incompatible with my {device}", "apps that are compatible with my {device}", "in- prefix"),
    (KB, "what happens to my data when {integration} is disconnected", "what happens to my data when {integration} is connected", "dis- prefix"),
    (KB, "what if none of the items in my order arrived", "what if all of the items in my order arrived", "none/all"),
    (PR, "{brand} {product} listings missing the original box", "{brand} {product} listings with the original box", "missing/with"),
    (PR, "{color} {product} that isn't refurbished", "{color} {product} that is refurbished", "contraction isn't"),
    (PR, "{gadget} features that don't need the phone app", "{gadget} features that need the phone app", "contraction don't"),
    (FL, "{city} to {city#2} on {date} with no overnight layover", "{city} to {city#2} on {date} with an overnight layover", "no/an"),
    (FL, "fares from {city} to {city#2} that exclude seat selection", "fares from {city} to {city#2} that include seat selection", "exclude/include"),
    (WX, "days in {month} when {city} had no rain at all", "days in {month} when {city} had rain", "no ... at all"),
    (DOC, "{lang} SDK methods that are not thread-safe", "{lang} SDK methods that are thread-safe", "not"),
    (DOC, "non-nullable fields in the {endpoint} response", "nullable fields in the {endpoint} response", "non- prefix"),
    (DOC, "methods in the {lang} SDK {ver} that aren't deprecated", "methods in the {lang} SDK {ver} that are deprecated", "contraction aren't"),
    (POL, "leave for employees who are ineligible for overtime", "leave for employees who are eligible for overtime", "in- prefix"),
    (POL, "what happens to my pay if I don't submit my timesheet on time", "what happens to my pay if I submit my timesheet on time", "contraction don't"),
    (POL, "insurance coverage for {procedure} with no pre-approval", "insurance coverage for {procedure} with pre-approval", "no"),
    (ORD, "Bestellungen aus {city} ohne Rechnung", "Bestellungen aus {city} mit Rechnung", "[de] without/with"),
    (SQL, "clients qui n'ont jamais commandé en {fr_month}", "clients qui ont commandé en {fr_month}", "[fr] never"),
    (ORD, "pedidos de {email} que no se han enviado", "pedidos de {email} que se han enviado", "[es] not"),
    (PR, "{brand} {product} sin caja original", "{brand} {product} con caja original", "[es] without/with"),
]

T["antonym_action"] = [
    (KB, "grant admin access to {person}", "revoke admin access from {person}", "grant/revoke"),
    (KB, "mute notifications from {integration}", "unmute notifications from {integration}", "mute/unmute"),
    (KB, "how to lock my {device} remotely", "how to unlock my {device} remotely", "lock/unlock"),
    (KB, "turn on two-factor authentication on my {device}", "turn off two-factor authentication on my {device}", "turn on/turn off"),
    (KB, "sign in to {integration} from the app", "sign out of {integration} from the app", "sign in/sign out"),
    (KB, "expand all comments in a thread", "collapse all comments in a thread", "expand/collapse"),
    (KB, "how to speed up playback of recorded calls", "how to slow down playback of recorded calls", "speed up/slow down"),
    (KB, "zoom in on the invoice preview", "zoom out on the invoice preview", "zoom in/zoom out"),
    (KB, "increase the storage limit on the {plan} plan", "decrease the storage limit on the {plan} plan", "increase/decrease"),
    (ORD, "orders approved by {person} in {month}", "orders rejected by {person} in {month}", "approved/rejected"),
    (ORD, "paused subscription orders for {email}", "resumed subscription orders for {email}", "paused/resumed"),
    (ORD, "deliveries the customer accepted in {city} last week", "deliveries the customer declined in {city} last week", "accepted/declined"),
    (PR, "sell my used {brand} {product}", "buy a used {brand} {product}", "sell/buy"),
    (SQL, "users promoted to admin in {month}", "users demoted from admin in {month}", "promoted/demoted"),
    (SQL, "number of projects archived in {month} {year}", "number of projects unarchived in {month} {year}", "archived/unarchived"),
    (SQL, "weeks in {q} {year} when signups rose", "weeks in {q} {year} when signups fell", "rose/fell"),
    (SQL, "customers who gained loyalty points in {month}", "customers who lost loyalty points in {month}", "gained/lost"),
    (SQL, "credits applied to {company}'s account in {year}", "debits applied to {company}'s account in {year}", "credit/debit"),
    (SQL, "login attempts we allowed from {country} in {month}", "login attempts we blocked from {country} in {month}", "allowed/blocked"),
    (WX, "will the wind pick up in {city} on {weekday} afternoon", "will the wind die down in {city} on {weekday} afternoon", "pick up/die down"),
    (WX, "when will the snow start in {city} on {weekday}", "when will the snow stop in {city} on {weekday}", "start/stop"),
    (FL, "how to accept the schedule change for flight {flightno}", "how to decline the schedule change for flight {flightno}", "accept/decline"),
    (DOC, "encrypt a file with the {lang} SDK", "decrypt a file with the {lang} SDK", "encrypt/decrypt"),
    (DOC, "attach a payment method to a customer with the {lang} SDK", "detach a payment method from a customer with the {lang} SDK", "attach/detach"),
    (DOC, "{lang} SDK: include expired items in list results", "{lang} SDK: exclude expired items from list results", "include/exclude"),
    (DOC, "show hidden fields in the {endpoint} response", "hide fields in the {endpoint} response", "show/hide"),
    (POL, "can employees borrow money from the company", "can employees lend money to the company", "borrow/lend"),
    (POL, "opting in to the employee stock purchase scheme", "opting out of the employee stock purchase scheme", "opt in/opt out"),
    (POL, "procedure to raise my {tier} insurance deductible", "procedure to lower my {tier} insurance deductible", "raise/lower"),
    (KB, "wie kann ich die Benachrichtigungen auf dem {device} einschalten", "wie kann ich die Benachrichtigungen auf dem {device} ausschalten", "[de] turn on/turn off"),
    (KB, "comment bloquer un utilisateur dans {integration}", "comment débloquer un utilisateur dans {integration}", "[fr] block/unblock"),
    (SQL, "usuarios que aceptaron la invitación en {es_month}", "usuarios que rechazaron la invitación en {es_month}", "[es] accepted/declined"),
    (WX, "¿a qué hora empieza a nevar en {city} el {es_weekday}?", "¿a qué hora deja de nevar en {city} el {es_weekday}?", "[es] start/stop"),
    (SQL, "Nutzer, die im {de_month} ein Abo abgeschlossen haben", "Nutzer, die im {de_month} ein Abo gekündigt haben", "[de] took out/cancelled"),
]

T["number"] = [
    (ORD, "tracking update for order no. {order}", "tracking update for order no. {order#2}", "8-digit order id, one digit or a transposition"),
    (ORD, "refund for return {ref}", "refund for return {ref#2}", "return reference"),
    (ORD, "the {nth} order {email} placed this year", "the {nth#2} order {email} placed this year", "ordinal"),
    (PR, "USB stick with {storage} GB", "USB stick with {storage} MB", "unit GB/MB"),
    (PR, "{product} with {pct}% off", "{product} with {pct#2}% off", "percentage"),
    (PR, "{numword} {color} bath towels", "{numword#2} {color} bath towels", "number words"),
    (PR, "{brand} {product} for {price}", "{brand} {product} for {price#2}", "price digits"),
    (FL, "flights {city} to {city#2} for {numword} adults and one child", "flights {city} to {city#2} for {numword#2} adults and one child", "number words"),
    (FL, "{airline} flight {flightno} status", "{airline} flight {flightno#2} status", "flight number"),
    (FL, "short-haul flights from {city} under {dist} miles", "short-haul flights from {city} under {dist} km", "unit miles/km"),
    (WX, "hourly forecast for {city} for the next {n} hours", "hourly forecast for {city} for the next {n#2} hours", "hours"),
    (WX, "{city} snowfall in centimetres on {weekday}", "{city} snowfall in inches on {weekday}", "unit"),
    (WX, "will {city} drop below {temp} °C on {weekday}", "will {city} drop below {temp#2} °C on {weekday}", "temperature"),
    (SQL, "customers ranked {span} by revenue in {year}", "customers ranked {span#2} by revenue in {year}", "range 1-5 vs 1-50"),
    (SQL, "price changes larger than {pct}% in {month}", "price changes larger than {pct#2}% in {month}", "percentage"),
    (SQL, "{year} revenue in {cur}", "{year} revenue in {cur#2}", "currency code"),
    (SQL, "retention of the users who joined in week {wk}", "retention of the users who joined in week {wk#2}", "week number, transposed digits"),
    (KB, "what does error {err} mean on the {device} app", "what does error {err#2} mean on the {device} app", "error code"),
    (KB, "can I upload files larger than {n} GB on the {plan} plan", "can I upload files larger than {n} MB on the {plan} plan", "unit GB/MB"),
    (DOC, "breaking changes in v{ver} of the {lang} library", "breaking changes in v{ver#2} of the {lang} library", "version (4.2 vs 4.12)"),
    (DOC, "what does HTTP {code} mean for the {endpoint} endpoint", "what does HTTP {code#2} mean for the {endpoint} endpoint", "status code"),
    (DOC, "{endpoint} reference for API v1", "{endpoint} reference for API v2", "API version"),
    (POL, "notice period after {numword} years of service", "notice period after {numword#2} years of service", "number words"),
    (POL, "which leave types pay {pct}% of salary", "which leave types pay {pct#2}% of salary", "percentage"),
    (POL, "mileage rate for business trips over {dist} km", "mileage rate for business trips over {dist} miles", "unit km/miles"),
    (ORD, "Bestellung Nr. {order} wurde nicht geliefert", "Bestellung Nr. {order#2} wurde nicht geliefert", "[de] order id"),
    (PR, "lot de {n} capsules de café", "lot de {n#2} capsules de café", "[fr] quantity"),
    (SQL, "ventas de la semana {wk} en {city}", "ventas de la semana {wk#2} en {city}", "[es] week number, transposed digits"),
    (WX, "prévisions à {n} jours pour {city}", "prévisions à {n#2} jours pour {city}", "[fr] forecast length"),
    (SQL, "Umsatz im {q} {year} in {cur}", "Umsatz im {q} {year} in {cur#2}", "[de] currency code"),
]

T["date"] = [
    (WX, "{city} forecast {weekday} night", "{city} forecast {weekday#2} night", "weekday"),
    (WX, "snow in {city} next weekend", "snow in {city} this weekend", "next/this weekend"),
    (WX, "{city} temperature at {clock} today", "{city} temperature at {clock#2} today", "am/pm"),
    (WX, "what was the weather in {city} {n} days ago", "what was the weather in {city} {n} weeks ago", "days/weeks ago"),
    (FL, "flights {city} to {city#2} on {dmy}", "flights {city} to {city#2} on {dmy#2}", "day (14 April format)"),
    (FL, "red-eye from {city} to {city#2} in {q}", "red-eye from {city} to {city#2} in {q#2}", "quarter"),
    (FL, "departures from {city} to {city#2} on {ymd}", "departures from {city} to {city#2} on {ymd#2}", "ISO date, month and day swapped"),
    (FL, "flights {city} to {city#2} leaving at {clock} on {weekday}", "flights {city} to {city#2} leaving at {clock#2} on {weekday}", "am/pm"),
    (ORD, "orders {email} placed yesterday", "orders {email} placed today", "yesterday/today"),
    (ORD, "orders due to arrive in {city} before the end of {month}", "orders due to arrive in {city} before the end of {month#2}", "month"),
    (ORD, "returns received in the first half of {month}", "returns received in the second half of {month}", "first/second half"),
    (SQL, "weekly active users for the week of {date}", "weekly active users for the week of {date#2}", "date"),
    (SQL, "signups since the start of {year}", "signups since the start of {year#2}", "year"),
    (SQL, "tickets opened in the last {n} hours", "tickets opened in the last {n} days", "hours/days"),
    (SQL, "refunds issued in H1 {year}", "refunds issued in H2 {year}", "half-year"),
    (KB, "opening hours on {holiday}", "opening hours on the day before {holiday}", "holiday vs day before"),
    (KB, "my card was charged twice on {date}", "my card was charged twice on {date#2}", "date"),
    (DOC, "changelog for the {lang} SDK, {month} {year} release", "changelog for the {lang} SDK, {month#2} {year} release", "month"),
    (DOC, "what changed in the API on {ymd}", "what changed in the API on {ymd#2}", "ISO date, month and day swapped"),
    (POL, "deadline to claim {year} travel expenses", "deadline to claim {year#2} travel expenses", "year"),
    (POL, "benefits enrollment window opening in {month}", "benefits enrollment window opening in {month#2}", "month"),
    (POL, "last working day if I resign on {date}", "last working day if I resign on {date#2}", "date"),
    (WX, "Wetter in {city} am {de_weekday} um {de_hour} Uhr", "Wetter in {city} am {de_weekday} um {de_hour#2} Uhr", "[de] morning/evening time"),
    (FL, "vols de {city} à {city#2} en {fr_month}", "vols de {city} à {city#2} en {fr_month#2}", "[fr] month"),
    (ORD, "pedidos de {email} de la semana pasada", "pedidos de {email} de esta semana", "[es] last/this week"),
    (WX, "¿lloverá en {city} el {es_weekday}?", "¿lloverá en {city} el {es_weekday#2}?", "[es] weekday"),
    (SQL, "remboursements effectués en {year}", "remboursements effectués en {year#2}", "[fr] year"),
]

T["entity"] = [
    (WX, "sunrise in {city|lower}", "sunrise in {city#2|lower}", "lower-case city"),
    (WX, "weather in {twin_city} on {weekday}", "weather in {twin_city#2} on {weekday}", "city differing by one letter"),
    (WX, "pollen forecast for {city} and surroundings", "pollen forecast for {city#2} and surroundings", "city (multiword possible)"),
    (FL, "flights to {airport} on {date}", "flights to {airport#2} on {date}", "airport code differing by one letter"),
    (FL, "{airline} baggage fees on flights to {city}", "{airline#2} baggage fees on flights to {city}", "airline"),
    (ORD, "open orders for customer {email}", "open orders for customer {email#2}", "email (often same mailbox name, other domain)"),
    (ORD, "last shipment to {twin_person}", "last shipment to {twin_person#2}", "person differing by one letter"),
    (ORD, "orders from any {domain} address", "orders from any {domain#2} address", "domain differing by TLD"),
    (PR, "{product} by {brand|lower}", "{product} by {brand#2|lower}", "lower-case brand"),
    (PR, "wireless keyboard compatible with my {device}", "wireless keyboard compatible with my {device#2}", "device"),
    (PR, "{product} accessories", "{product#2} accessories", "product"),
    (SQL, "churned accounts at {company} in {year}", "churned accounts at {company#2} in {year}", "company"),
    (SQL, "pipeline value owned by {person} at the end of {q}", "pipeline value owned by {person#2} at the end of {q}", "person"),
    (SQL, "average deal size in {region|lower}", "average deal size in {region#2|lower}", "lower-case region"),
    (KB, "change the app language to {hlang}", "change the app language to {hlang#2}", "language"),
    (KB, "set up payments with {payment}", "set up payments with {payment#2}", "payment method"),
    (KB, "export my data to {integration}", "export my data to {integration#2}", "integration"),
    (DOC, "pagination on the {endpoint} endpoint", "pagination on the {endpoint#2} endpoint", "endpoint"),
    (DOC, "connect to {db} from the {lang} SDK", "connect to {db#2} from the {lang} SDK", "database"),
    (DOC, "code samples in {lang|lower}", "code samples in {lang#2|lower}", "lower-case language"),
    (POL, "relocation package for moves to {country}", "relocation package for moves to {country#2}", "country"),
    (POL, "{tier} tier benefits summary", "{tier#2} tier benefits summary", "benefit tier"),
    (POL, "expense policy for the {dept} team", "expense policy for the {dept#2} team", "department"),
    (WX, "Regen in {city} am {de_weekday}", "Regen in {city#2} am {de_weekday}", "[de] city"),
    (ORD, "commandes livrées à {city}", "commandes livrées à {city#2}", "[fr] city"),
    (KB, "cómo conectar mi cuenta con {integration}", "cómo conectar mi cuenta con {integration#2}", "[es] integration"),
    (PR, "{product} de la marque {brand}", "{product} de la marque {brand#2}", "[fr] brand"),
    (DOC, "ejemplo de autenticación en {lang}", "ejemplo de autenticación en {lang#2}", "[es] language"),
    (POL, "Umzugspauschale bei Versetzung nach {city}", "Umzugspauschale bei Versetzung nach {city#2}", "[de] city"),
]

T["scope"] = [
    (KB, "refund policy for {plan} plan annual subscriptions", "refund status for {plan} plan annual subscriptions", "policy vs status"),
    (KB, "seat limit on the {plan} plan", "seat price on the {plan} plan", "limit vs price"),
    (ORD, "number of orders {email} placed in {month}", "sum of orders {email} placed in {month}", "count vs sum"),
    (ORD, "delivery date for order {order}", "delivery address for order {order}", "date vs address"),
    (ORD, "who approved the return for order {order}", "when was the return approved for order {order}", "who vs when"),
    (WX, "{city} visibility on {weekday}", "{city} dew point on {weekday}", "visibility vs dew point"),
    (WX, "how much rain will fall in {city} on {weekday}", "how long will it rain in {city} on {weekday}", "amount vs duration"),
    (FL, "cancellation fee for {airline} flights to {city}", "change fee for {airline} flights to {city}", "cancellation vs change"),
    (FL, "on-time performance of {flightno}", "aircraft type of {flightno}", "punctuality vs aircraft"),
    (FL, "cheapest month to fly {city} to {city#2}", "cheapest day of the week to fly {city} to {city#2}", "month vs weekday"),
    (PR, "{gadget} battery life", "{gadget} charging time", "battery life vs charging time"),
    (PR, "{brand} {product} tech specs", "{brand} {product} customer reviews", "specs vs reviews"),
    (PR, "is the {brand} {product} in stock", "is the {brand} {product} on sale", "stock vs sale"),
    (SQL, "count of refunds in {region} for {q}", "sum of refunds in {region} for {q}", "count vs sum"),
    (SQL, "average time to first response in {month}", "average time to resolution in {month}", "first response vs resolution"),
    (SQL, "new customers by channel in {year}", "new customers by country in {year}", "grouping"),
    (SQL, "distinct customers who ordered in {month}", "total orders placed in {month}", "customers vs orders"),
    (DOC, "{lang} SDK default timeout", "{lang} SDK default retry count", "timeout vs retries"),
    (DOC, "{endpoint} endpoint response format", "{endpoint} endpoint error codes", "format vs errors"),
    (DOC, "how to create a webhook with the {lang} SDK", "how to test a webhook with the {lang} SDK", "create vs test"),
    (POL, "who is eligible for {procedure} coverage", "how to claim {procedure} coverage", "eligibility vs claim"),
    (POL, "sick leave notice requirements", "sick leave pay rate", "notice vs pay"),
    (PR, "{brand} {product} Garantie", "{brand} {product} Lieferzeit", "[de] warranty vs delivery time"),
    (FL, "franchise bagages {airline} vers {city}", "conditions d'annulation {airline} vers {city}", "[fr] baggage vs cancellation"),
    (WX, "humedad en {city} el {es_weekday}", "índice UV en {city} el {es_weekday}", "[es] humidity vs UV"),
    (ORD, "fecha de entrega del pedido {order}", "dirección de entrega del pedido {order}", "[es] date vs address"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="tune2",
    order_digits=8,
    extra_pools={
        "ref": pairgen.prefixed_pool("RMA-", 10000, 99999),  # "RMA-40718"
        "err": pairgen.prefixed_pool("E", 100, 999),  # "E417"
        "dmy": pairgen.day_month_pool(LISTS["month"]),  # "14 April"
        "ymd": pairgen.ymd_swap_pool(LISTS["month"], ORDINALS["year"]),  # "2025-04-06" / "2025-06-04"
        "clock": pairgen.ampm_pool(),  # "9am" / "9pm"
        "price": pairgen.cents_price_pool(),  # "$349.95"
    },
    apart=(
        Apart("tune", values="all"),  # no slot value of a tune pool
        Apart("test", values=None, quiet=True),  # pairs, sentences and templates only, reported by id or index
    ),
)

if __name__ == "__main__":
    sys.exit(pairgen.main(SPEC, sys.argv[1:]))
