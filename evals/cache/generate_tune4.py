#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better)
"""Generate "tune4", a probe set for the semantic tool-result cache's verifier (stdlib only, deterministic).

    python evals/cache/generate_tune4.py          # write pairs_tune4.jsonl, print the report
    python evals/cache/generate_tune4.py --check  # regenerate in memory, fail if the file on disk differs

tune4 was written after the near-miss guard had been rewritten on tune, tune2 and tune3, and before it
was scored on tune4: its first reading is an estimate of how the rewritten rules transfer to wording
they were not written for. Same format, categories, slot syntax and machinery as generate_tune3.py
(the machinery is pairgen.py's; this file holds only its pools, templates and targets); the
self-check also keeps it apart from tune3.
It is tuning data: it never replaces the test split, and pairs_test.jsonl is not opened.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pairgen
from pairgen import CATEGORIES, DOC, FL, KB, NEAR_MISS, ORD, PARAPHRASE, POL, PR, SQL, WX, Apart, Template

TARGET = {**{c: 12 for c in PARAPHRASE}, **{c: 28 for c in NEAR_MISS}}
MIN_PAIRS = {**{c: 10 for c in PARAPHRASE}, **{c: 24 for c in NEAR_MISS}}
MIN_TEMPLATES = {**{c: 8 for c in PARAPHRASE}, **{c: 20 for c in NEAR_MISS}}
NON_ENGLISH_SHARE = (0.10, 0.20)

# --------------------------------------------------------------------------------------------
# Slot pools: no value in a tune pool; no non-numeric value in a tune2 pool except closed sets
# (weekdays, months, quarters), which generate.py splits between tune and test.
# --------------------------------------------------------------------------------------------


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

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

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

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="tune4",
    order_digits=10,
    extra_pools=pairgen.probe_pools(ORDINALS["year"]),  # inv, pnr, dotdate, price
    apart=(
        Apart("tune", values="all"),
        Apart("tune2", values="words"),  # closed sets (weekdays, months, quarters) and plain numbers may repeat
        Apart("tune3", values="words"),
        Apart("test", values=None, rows=False, quiet=True),  # templates only, by index; pairs_test.jsonl is not opened
    ),
    min_total=250,
)

if __name__ == "__main__":
    sys.exit(pairgen.main(SPEC, sys.argv[1:]))
