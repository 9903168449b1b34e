#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "tune3", a third tuning set for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_tune3.py          # write pairs_tune3.jsonl, print the report
    python evals/cache/generate_tune3.py --check  # regenerate in memory, fail if the file on disk differs

tune3 was written to measure how the near-miss guard's rules *transfer*: the rules were fitted on
pairs_tune.jsonl and pairs_tune2.jsonl, so a third set in new wording, with new slot values, tells
how they do on sentences nobody tuned them on. It was written before the guard was changed for it,
and its figures on the unchanged code are the honest estimate of that transfer. It also serves as
one of the three folds of the held-out-within-tune calibration (calibrate on two tune files, score
the third). It is still tuning data: it never replaces the test split.

Written from the README, the tune templates and the tune2 templates only (the test templates and
pairs_test.jsonl were not read). New kinds of critical difference beyond tune/tune2: prefix
antonyms that no list holds (pin/unpin, share/unshare, serialize/deserialize, register/deregister),
verb pairs (hire/fire, raise/cut, climb/drop, enrol/withdraw), singular vs plural quantities ("a" /
"two"), number words in other languages, units of time ("per second" / "per minute"), scales
("thousands" / "millions"), currencies by symbol, US dates with day and month swapped ("4/6" /
"6/4"), first/last, early/late, this/next weekday, the day after tomorrow, only/except,
including/excluding, lower-case names outside any gazetteer, look-alike names.

Record format, categories and slot syntax are those of generate.py (see README.md): ``{name}``,
``{name#2}`` (a second, different value; for ordinal pools the neighbouring value; for twin pools
the look-alike partner), ``{name|lower}``, ``{name|upper}``, ``{name|typo}``. This file holds only
tune3's pools, templates and targets; the machinery (slot filling, dedup, self-check, report,
writer) is pairgen.py's.

The self-check refuses to write anything if an id repeats, if a == b, if a template string is
shared with generate.py's tune templates or generate_tune2.py's templates (or, reported without
its text, with generate.py's test templates), if a sentence or an (a, b) pair is shared with
pairs_tune.jsonl, pairs_tune2.jsonl or tests/cache/pairs.py, if a slot value is in a tune pool (or a
non-numeric one in a tune2 pool, closed sets such as weekdays excepted), if a slot is left unfilled,
or if a size target is missed. pairs_test.jsonl is not opened.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pairgen
from pairgen import CATEGORIES, DOC, FL, KB, NEAR_MISS, ORD, PARAPHRASE, POL, PR, SQL, WX, Apart, Template

TARGET = {**{c: 20 for c in PARAPHRASE}, **{c: 36 for c in NEAR_MISS}}
MIN_PAIRS = {**{c: 18 for c in PARAPHRASE}, **{c: 32 for c in NEAR_MISS}}
MIN_TEMPLATES = {**{c: 10 for c in PARAPHRASE}, **{c: 20 for c in NEAR_MISS}}
NON_ENGLISH_SHARE = (0.10, 0.20)

# --------------------------------------------------------------------------------------------
# Slot pools: no value in a tune pool; no non-numeric value in a tune2 pool except closed sets
# (weekdays, months, quarters), which generate.py splits between tune and test.
# --------------------------------------------------------------------------------------------


CATALOGUE = {
    "electric kettle": ["Fellow", "Smeg", "Bodum"],
    "camping tent": ["MSR", "Big Agnes", "Nemo"],
    "baby stroller": ["Bugaboo", "Cybex", "Joolz"],
    "portable projector": ["Epson", "XGIMO", "Nebula"],
    "road bike": ["Canyon", "Trek", "Cannondale"],
    "digital camera": ["Fujifilm", "Canon", "Nikon"],
    "blender": ["Vitamix", "Ninja", "Nutribullet"],
    "desk lamp": ["Artemide", "Flos", "Anglepoise"],
}

LISTS = {
    "city": ["Ljubljana", "Zagreb", "Riga", "Vilnius", "Bratislava", "Aarhus", "Gothenburg", "Leipzig",
             "Nantes", "Bologna", "Winnipeg", "Halifax", "Adelaide", "Auckland", "Nagoya", "Hanoi",
             "Marrakesh", "Accra"],
    "country": ["Croatia", "Estonia", "Slovenia", "Iceland", "Morocco", "Peru", "Colombia", "Malaysia",
                "Hungary", "Romania", "Ghana", "Uruguay"],
    "weekday": ["Tuesday", "Thursday", "Saturday"],
    "month": ["February", "April", "June", "August", "October", "December"],
    "de_weekday": ["Dienstag", "Donnerstag", "Samstag"],
    "fr_weekday": ["mardi", "jeudi", "samedi"],
    "es_weekday": ["martes", "jueves", "sábado"],
    "de_month": ["Februar", "April", "Juni", "August", "Oktober", "Dezember"],
    "fr_month": ["février", "avril", "juin", "août", "octobre", "décembre"],
    "es_month": ["febrero", "abril", "junio", "agosto", "octubre", "diciembre"],
    "person": ["Nadia Haddad", "Oskar Brandt", "Priyanka Rao", "Yusuf Demir", "Ingrid Halvorsen", "Chidi Eze",
               "Lena Vogel", "Hiroshi Tanaka"],
    "first": ["nadia", "oskar", "yusuf", "ingrid", "chidi", "lena"],
    "plan": ["Lite", "Standard", "Advanced", "Ultimate"],
    "region": ["Central Europe", "Oceania", "the Baltics", "the Caribbean", "West Africa"],
    "procedure": ["LASIK", "root canal treatment", "fertility treatment", "osteopathy", "massage therapy",
                  "psychotherapy"],
    "payment": ["iDEAL", "Venmo", "Alipay", "cash on delivery", "a Visa debit card"],
    "device": ["Kindle", "Apple Watch", "Surface tablet", "Xbox", "Fire TV"],
    "lang": ["Scala", "Lua", "Perl", "Haskell", "Node.js", "C++"],
    "integration": ["Zendesk", "Trello", "Dropbox", "Asana", "Mailchimp", "Airtable"],
    "endpoint": ["/coupons", "/balance_transactions", "/files", "/events", "/products", "/tax_rates"],
    "db": ["Cassandra", "ClickHouse", "Elasticsearch", "Oracle", "MariaDB"],
    "port": ["RJ45", "S-Video", "SD card", "mini-jack", "FireWire"],
    "airline": ["Finnair", "Qantas", "Air Canada", "Swiss", "Icelandair", "Vueling"],
    "dept": ["Design", "Facilities", "Research", "Security", "Customer Success"],
    "company": ["Atlas Freight", "Meridian Health", "Quarry Labs", "Juniper Bakery", "Halcyon Energy"],
    "tier": ["Diamond", "Copper", "Titanium"],
    "holiday": ["Halloween", "Valentine's Day", "Whit Monday", "Midsummer", "Bastille Day"],
    "cur": ["JPY", "CAD", "AUD", "NOK", "PLN", "MXN"],
    "color": ["coral", "ivory", "slate", "mustard", "forest green"],
    "hlang": ["Polish", "Greek", "Hungarian", "Swedish", "Hebrew", "Thai"],
    "fmt": ["TSV", "Avro", "ORC", "NDJSON", "Excel"],
    "carrier": ["DHL", "UPS", "FedEx", "DPD", "GLS", "Royal Mail"],
    "gadget": ["Kindle Paperwhite", "Apple Watch Ultra", "Pixel Buds Pro", "Oura Ring", "Steam Deck"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [35, 45, 90, 180, 350, 450, 900, 1800, 3500],
    "n": [13, 14, 16, 18, 24, 36],
    "temp": [-12, -4, 6, 14, 19, 27],
    "pct": [12, 33, 48, 65, 80],
    "ver": ["6.1", "6.10", "7.0", "7.2", "8.4"],
    "code": [405, 408, 410, 412, 415, 418],
    "size": ["36", "37", "38", "39", "40", "41"],
    "year": [2011, 2012, 2013, 2014, 2015],
    "q": ["Q3", "Q4"],
    "tb": [4, 8, 16],
    "nth": ["6th", "7th", "8th", "9th", "10th"],
    "dth": ["18th", "19th", "20th", "21st", "22nd", "23rd"],
    "es_num": ["dos", "tres", "cuatro", "cinco", "seis"],
    "fr_num": ["deux", "trois", "quatre", "cinq", "sept"],
    "clock24": ["07:30", "08:30", "13:00", "14:00", "17:45", "18:45"],
    "age": ["18-24", "25-34", "35-44", "45-54", "55-64"],
    "seat": ["17A", "17B", "17C", "18A", "18B"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Turin", "Turku"), ("Bonn", "Bern"), ("Nice", "Nîmes"), ("Malmo", "Malta")],
    "twin_person": [("Eva Larsen", "Eva Larson"), ("Marc Lemaire", "Marc Lemaître"), ("Ivan Petrov", "Ivana Petrov"),
                    ("Sara Kim", "Sarah Kim")],
    "airport": [("CPH", "CPT"), ("ZRH", "ZAG"), ("BER", "BEG"), ("ARN", "ATH")],
    "usd": [("4/6", "6/4"), ("3/9", "9/3"), ("5/11", "11/5"), ("2/8", "8/2")],
    "domain": [("nordwave.com", "nordwave.co"), ("quillbox.io", "quillbox.ai"), ("fernmail.org", "fernmail.net")],
}

EMAIL = (["n.haddad", "obrandt", "priyanka.r", "ydemir", "ingrid.h", "c.eze"],
         ["fernmail.org", "nordwave.com", "quillbox.io", "posteo.de"])
AIRLINE_CODE = {"Finnair": "AY", "Qantas": "QF", "Air Canada": "AC", "Swiss": "LX", "Icelandair": "FI",
                "Vueling": "VY"}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (SQL, "refund rate by product line in {country} {q} {year}", "{q} {year} {country} refund rate by product line", "filters moved to the front"),
    (WX, "{city} sunrise time {weekday}", "sunrise time {weekday} {city}", "place moved to the end"),
    (FL, "{airline} economy fares {city} to {city#2} in {month}", "economy fares in {month}, {airline}, {city} to {city#2}", "route order kept"),
    (PR, "{brand} {product} under ${amount} with next-day delivery", "with next-day delivery, {brand} {product} under ${amount}", "clause moved"),
    (ORD, "cancelled orders placed by {email} in {month}", "in {month}, cancelled orders placed by {email}", "month moved to the front"),
    (DOC, "{lang} client retry settings for the {endpoint} endpoint", "retry settings for the {endpoint} endpoint, {lang} client", "language moved to the end"),
    (POL, "bereavement leave days for part-time staff", "for part-time staff: bereavement leave days", "same words reordered"),
    (KB, "invoice history download on the {device} app", "on the {device} app, invoice history download", "same words reordered"),
    (SQL, "monthly active users {region} {year}", "{region} {year} monthly active users", "filters moved to the front"),
    (WX, "wind speed on the coast near {city} tomorrow", "tomorrow, wind speed on the coast near {city}", "time moved to the front"),
    (KB, "Passwort ändern auf dem {device}", "auf dem {device} Passwort ändern", "[de] same words reordered"),
    (PR, "{product} {brand} couleur {color}", "couleur {color}, {product} {brand}", "[fr] same words reordered"),
    (SQL, "ventas por tienda en {es_month} {year}", "en {es_month} {year}, ventas por tienda", "[es] same words reordered"),
]

T["shorten"] = [
    (KB, "Could you explain what I need to do in order to transfer ownership of my workspace to a colleague?", "transfer workspace ownership to a colleague", "keywords kept"),
    (ORD, "I want to find out when the package for order {order} is expected to be delivered to my address", "expected delivery date for order {order}", "keywords kept"),
    (WX, "I'm planning a walk around {city} on {weekday}, what is the chance of rain in the afternoon?", "{city} chance of rain {weekday} afternoon", "context dropped"),
    (FL, "Are there any overnight flights that leave {city} for {city#2} on {date}?", "overnight flights {city} to {city#2} {date}", "question cut to keywords"),
    (PR, "I am searching for a {product} from {brand} that comes in the colour {color}", "{color} {brand} {product}", "filler dropped"),
    (SQL, "Could you produce a breakdown of the total refunds we issued in {country}, split by payment method, for {month} {year}?", "{country} refunds by payment method {month} {year}", "keywords kept"),
    (DOC, "Where in the documentation can I read about configuring timeouts for the {lang} client?", "{lang} client timeout configuration", "keywords kept"),
    (POL, "What does the company policy say about how many days of annual leave can be carried over into next year?", "annual leave carry-over limit", "keywords kept"),
    (KB, "What should I do if I no longer have access to the phone number linked to my account?", "lost access to the phone number linked to my account", "question cut"),
    (ORD, "Please list every order that {email} has placed since the beginning of {month}", "orders by {email} since the start of {month}", "filler dropped"),
    (SQL, "Wie hoch war der durchschnittliche Warenkorbwert in {country} im Jahr {year}?", "durchschnittlicher Warenkorbwert {country} {year}", "[de] keywords kept"),
    (WX, "Quelle sera la température minimale à {city} dans la nuit de {fr_weekday} ?", "température minimale {city} nuit de {fr_weekday}", "[fr] keywords kept"),
    (POL, "¿Cuántos días de permiso me corresponden cuando nace mi hijo?", "días de permiso por nacimiento de un hijo", "[es] question cut"),
]

T["question_keyword"] = [
    (KB, "How can I merge two duplicate contacts?", "merge duplicate contacts", "question vs keywords"),
    (ORD, "Which items from order {order} have already been refunded?", "order {order} refunded items", "question vs keywords"),
    (WX, "How strong will the wind be in {city} on {weekday}?", "{city} wind strength {weekday}", "question vs keywords"),
    (FL, "Is wifi available on {airline} flights to {city}?", "{airline} wifi on flights to {city}", "question vs keywords"),
    (PR, "What is the warranty period for the {brand} {product}?", "{brand} {product} warranty period", "question vs keywords"),
    (SQL, "How many orders were shipped late in {region} in {month}?", "count of late shipments {region} {month}", "question vs keywords"),
    (DOC, "How do I verify webhook signatures in {lang}?", "{lang} webhook signature verification", "question vs keywords"),
    (POL, "Who do I contact to report a workplace injury?", "contact for reporting a workplace injury", "question vs keywords"),
    (KB, "Where can I see how many {plan} plan credits I have left?", "remaining {plan} plan credits", "question vs keywords"),
    (SQL, "What was the average delivery time in {country} during {q} {year}?", "average delivery time {country} {q} {year}", "question vs keywords"),
    (DOC, "Comment paginer les résultats avec le client {lang} ?", "pagination des résultats client {lang}", "[fr] question vs keywords"),
    (WX, "Wie viel Schnee fällt in {city} am {de_weekday}?", "Schneemenge {city} {de_weekday}", "[de] question vs keywords"),
    (ORD, "¿Cuándo llega el pedido {order}?", "fecha de llegada del pedido {order}", "[es] question vs keywords"),
]

T["synonym"] = [
    (KB, "how can I obtain a copy of my receipt", "where can I download my proof of purchase", "rephrased"),
    (ORD, "parcels for {email} that got lost in transit", "shipments to {email} that went missing during delivery", "rephrased"),
    (WX, "will it be sunny in {city} on {weekday}", "clear skies expected in {city} on {weekday}?", "rephrased"),
    (FL, "cheap tickets from {city} to {city#2} in {month}", "low-cost fares {city} to {city#2} during {month}", "synonyms"),
    (PR, "{brand} {product} that ships quickly", "{brand} {product} with fast dispatch", "synonyms"),
    (SQL, "revenue generated by new clients in {year}", "sales from first-time customers in {year}", "synonyms"),
    (DOC, "how to authenticate requests with an API key in {lang}", "{lang}: sending an API key with each request for authentication", "rephrased"),
    (POL, "rules for claiming mileage when I use my own car for work", "reimbursement of business driving in a private vehicle", "rephrased"),
    (KB, "my invoices show the wrong company name", "incorrect business name printed on my bills", "rephrased"),
    (ORD, "how long does a refund take to reach my card", "time for refunded money to come back to my card", "rephrased"),
    (SQL, "staff headcount per office in {country}", "number of employees at each {country} location", "rephrased"),
    (KB, "Ich habe mein Passwort vergessen", "Passwort zurücksetzen, weil ich es nicht mehr weiß", "[de] rephrased"),
    (POL, "congé pour déménagement", "jour de congé accordé lors d'un changement de domicile", "[fr] rephrased"),
    (FL, "billetes baratos de {city} a {city#2}", "pasajes económicos de {city} a {city#2}", "[es] synonyms"),
]

T["typo"] = [
    (KB, "how to change the billing address on my account", "how to chnage the billing adress on my account", "two typos"),
    (ORD, "open returns for {email}", "open retruns for {email}", "one typo"),
    (WX, "{city} humidity on {weekday} afternoon", "{city|lower} humdity on {weekday} afternoon", "typo + case"),
    (FL, "{airline} checked bag allowance to {city}", "{airline} cheked bag allowence to {city}", "two typos"),
    (PR, "{color} {brand} {product} in stock", "{color} {brand|lower} {product} in stock!!", "case + punctuation"),
    (SQL, "quarterly revenue by sales rep in {region}", "quartely revenue by sales rep in {region}", "one typo"),
    (DOC, "{lang} client pagination cursor example", "{lang} client paginaton cursor exmple", "two typos"),
    (POL, "overtime compensation policy for night shifts", "Overtime compensation policy for night-shifts?", "case + hyphen + punctuation"),
    (KB, "cancel my {plan} subscription renewal", "cancle my {plan} subscription renewal", "one typo"),
    (ORD, "where is my package for order {order}", "WHERE IS MY PACKAGE FOR ORDR {order}", "upper case + typo"),
    (WX, "prévisions météo pour {city} {fr_weekday}", "previsions meteo pour {city} {fr_weekday}", "[fr] accents dropped"),
    (SQL, "Umsatz pro Filiale im {de_month}", "Umsaz pro Filiale im {de_month}", "[de] one typo"),
    (FL, "horario de vuelos a {city}", "horaro de vuelos a {city}", "[es] one typo"),
]

T["politeness"] = [
    (KB, "how to add a second user to my account", "Hey! Quick question: how to add a second user to my account? Thanks a lot", "greeting + thanks"),
    (ORD, "current status of my order {order}", "Hello, sorry to bother you, could you check the current status of my order {order}? Thanks", "apology + thanks"),
    (WX, "weather outlook {city} {weekday} morning", "Morning! Can you tell me the weather outlook {city} {weekday} morning please", "greeting + please"),
    (FL, "nonstop options {city} to {city#2} in {month}", "Hiya, could you kindly look for nonstop options {city} to {city#2} in {month}? Cheers", "informal polite request"),
    (PR, "{brand} {product} owner reviews", "Hi, I'd love to read some {brand} {product} owner reviews if you have any, thank you!", "polite wrapper"),
    (SQL, "churn rate for the {plan} plan in {q} {year}", "Dear assistant, please compute the churn rate for the {plan} plan in {q} {year}. Best regards", "formal wrapper"),
    (DOC, "{lang} client installation guide", "Hey team, would you point me to the {lang} client installation guide? Thank you so much", "greeting + thanks"),
    (POL, "parental leave for adoptive parents", "Hello, I hope you're well. Could you share the policy on parental leave for adoptive parents? Thanks", "long polite wrapper"),
    (KB, "update the payment card on file", "hi!! pls help me update the payment card on file, thx a ton", "informal please + thanks"),
    (ORD, "returns filed by {email} last week", "Good afternoon, could you pull up the returns filed by {email} last week, please? Many thanks", "greeting + please + thanks"),
    (WX, "Wind in {city} am {de_weekday}", "Hallo, wie ist bitte der Wind in {city} am {de_weekday}? Vielen Dank", "[de] greeting + please + thanks"),
    (KB, "cambiar el idioma de la aplicación", "Hola, ¿podrían decirme cómo cambiar el idioma de la aplicación? Muchas gracias", "[es] greeting + thanks"),
    (FL, "vols directs pour {city} en {fr_month}", "Bonjour, je cherche des vols directs pour {city} en {fr_month}, merci beaucoup", "[fr] greeting + thanks"),
]

T["mixed"] = [
    (KB, "How do I turn off email notifications for new comments?", "stop getting emails about new comments pls", "synonym + keywords + please"),
    (ORD, "Could you tell me which of my orders from {month} are still on their way?", "{month} orders still in transit??", "keywords + synonym + punctuation"),
    (WX, "Should I pack an umbrella for {city} on {weekday}?", "{city|lower} rain {weekday}?", "rephrased + case"),
    (FL, "Are there any red-eye flights from {city} to {city#2} next {weekday}?", "overnite flights {city}→{city#2} next {weekday}", "synonym + typo + symbol"),
    (PR, "I'd like a {product} by {brand}, ideally in {color}", "{brand} {product} {color} pls", "keywords + reorder + please"),
    (SQL, "What share of our revenue in {country} came from repeat buyers in {year}?", "% of {country} rev from returning customers {year}", "keywords + synonyms + abbreviation"),
    (DOC, "Hi, what's the max page size when listing {endpoint} in the {lang} client?", "{lang} client {endpoint} page size limit", "greeting dropped + keywords"),
    (POL, "Hey, am I allowed to take unpaid leave to care for a sick relative?", "unpaid leave for caring for an ill family member", "greeting dropped + synonyms"),
    (KB, "My two-factor codes stopped working, what now?", "2FA codes not working anymore", "abbreviation + rephrased"),
    (SQL, "Which {dept} employees haven't taken any vacation this year?", "{dept} staff with zero vacation days taken this yr", "rephrased + abbreviation"),
    (ORD, "Hallo, wo ist meine Bestellung {order}?", "Bestellung {order} Status bitte", "[de] keywords + please"),
    (SQL, "Pouvez-vous me donner le nombre de clients actifs en {fr_month} ?", "nb clients actifs {fr_month}", "[fr] keywords + abbreviation"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "one-way {city} to {city#2} on {date}", "one-way {city#2} to {city} on {date}", "route swapped"),
    (FL, "flights landing in {city} that departed from {city#2}", "flights landing in {city#2} that departed from {city}", "landing/departed swapped"),
    (FL, "cheapest {airport}-{airport#2} fare on {date}", "cheapest {airport#2}-{airport} fare on {date}", "airport codes swapped"),
    (FL, "connecting flights via {city} to {city#2}", "connecting flights via {city#2} to {city}", "via/to swapped"),
    (FL, "flights {city|lower} to {city#2|lower} {weekday}", "flights {city#2|lower} to {city|lower} {weekday}", "lower-case route swapped"),
    (ORD, "parcels shipped by {email} to {email#2}", "parcels shipped by {email#2} to {email}", "sender/recipient swapped"),
    (ORD, "returns sent back from {city} to our {city#2} hub", "returns sent back from {city#2} to our {city} hub", "return route swapped"),
    (ORD, "exchange the {color} one for the {color#2} one on order {order}", "exchange the {color#2} one for the {color} one on order {order}", "exchange direction swapped"),
    (KB, "move my files from {integration} to {integration#2}", "move my files from {integration#2} to {integration}", "move direction swapped"),
    (KB, "switch from {plan} to {plan#2} mid-cycle", "switch from {plan#2} to {plan} mid-cycle", "plan switch direction"),
    (SQL, "customers who switched from {payment} to {payment#2} in {year}", "customers who switched from {payment#2} to {payment} in {year}", "payment switch direction"),
    (SQL, "messages {person} sent {person#2} in {month}", "messages {person#2} sent {person} in {month}", "sender/recipient, no preposition"),
    (SQL, "invoices {company} issued to {company#2}", "invoices {company#2} issued to {company}", "issuer/recipient swapped"),
    (SQL, "employees who moved from {dept} to {dept#2} in {year}", "employees who moved from {dept#2} to {dept} in {year}", "team move direction"),
    (SQL, "change in headcount from {year} to {year#2}", "change in headcount from {year#2} to {year}", "period direction"),
    (SQL, "products ranked from least to most returned in {month}", "products ranked from most to least returned in {month}", "sort direction"),
    (SQL, "{region} stores sorted by revenue, highest first", "{region} stores sorted by revenue, lowest first", "sort direction"),
    (WX, "is it colder in {city} than in {city#2} on {weekday}", "is it colder in {city#2} than in {city} on {weekday}", "than roles swapped"),
    (PR, "cable converting {port} to {port#2}", "cable converting {port#2} to {port}", "adapter direction swapped"),
    (PR, "is the {brand} {product} lighter than the {brand#2} one", "is the {brand#2} {product} lighter than the {brand} one", "comparison roles swapped"),
    (DOC, "migrate from {db} to {db#2}", "migrate from {db#2} to {db}", "migration direction"),
    (DOC, "map {fmt} fields onto {fmt#2} with the {lang} client", "map {fmt#2} fields onto {fmt} with the {lang} client", "onto roles swapped"),
    (POL, "transfer from the {city} office to the {city#2} office", "transfer from the {city#2} office to the {city} office", "office transfer direction"),
    (POL, "secondment from {dept} to {dept#2}", "secondment from {dept#2} to {dept}", "secondment direction"),
    (POL, "can I take leave before my probation ends", "can I take leave after my probation ends", "before/after"),
    (ORD, "{email} → {email#2} gift transfers", "{email#2} → {email} gift transfers", "arrow swapped"),
    (FL, "Verbindung von {city} nach {city#2} am {de_weekday}", "Verbindung von {city#2} nach {city} am {de_weekday}", "[de] route swapped"),
    (KB, "transférer des fichiers de {integration} vers {integration#2}", "transférer des fichiers de {integration#2} vers {integration}", "[fr] transfer direction"),
    (SQL, "clientes que pasaron de {plan} a {plan#2}", "clientes que pasaron de {plan#2} a {plan}", "[es] plan switch direction"),
]

T["comparison"] = [
    (PR, "{product} costing less than ${amount}", "{product} costing more than ${amount}", "less/more than"),
    (PR, "{brand} {product} ${amount} and up", "{brand} {product} ${amount} and under", "and up/and under"),
    (PR, "{product} cheaper than ${amount}", "{product} pricier than ${amount}", "cheaper/pricier than"),
    (PR, "{product} with a battery lasting at least {n} hours", "{product} with a battery lasting at most {n} hours", "at least/at most"),
    (PR, "{product} weighing less than {n} kg", "{product} weighing more than {n} kg", "less/more than"),
    (PR, "most popular {product} this month", "least popular {product} this month", "most/least popular"),
    (SQL, "accounts with fewer than {n} seats in {region}", "accounts with more than {n} seats in {region}", "fewer/more than"),
    (SQL, "orders exceeding ${amount} in {month}", "orders not exceeding ${amount} in {month}", "exceeding/not exceeding"),
    (SQL, "stores whose sales grew faster than {pct}% in {year}", "stores whose sales grew slower than {pct}% in {year}", "faster/slower than"),
    (SQL, "the five best-selling products in {country}", "the five worst-selling products in {country}", "best/worst-selling"),
    (SQL, "customers with the largest basket in {q}", "customers with the smallest basket in {q}", "largest/smallest"),
    (SQL, "the {region} branch with the highest staff turnover", "the {region} branch with the lowest staff turnover", "highest/lowest"),
    (SQL, "users who spent ≥ ${amount} in {month}", "users who spent ≤ ${amount} in {month}", "≥/≤"),
    (FL, "{city} to {city#2} with a maximum of one stop", "{city} to {city#2} with a minimum of one stop", "maximum/minimum"),
    (FL, "flights to {city} departing before {clock24}", "flights to {city} departing after {clock24}", "before/after a time"),
    (FL, "seats with the most legroom on {airline}", "seats with the least legroom on {airline}", "most/least"),
    (WX, "will it be warmer than {temp} degrees in {city} on {weekday}", "will it be colder than {temp} degrees in {city} on {weekday}", "warmer/colder than"),
    (WX, "{city} days with gusts stronger than {n} km/h in {month}", "{city} days with gusts weaker than {n} km/h in {month}", "stronger/weaker than"),
    (ORD, "orders from {email} worth over ${amount}", "orders from {email} worth under ${amount}", "over/under"),
    (ORD, "deliveries to {city} that arrived sooner than promised", "deliveries to {city} that arrived later than promised", "sooner/later than"),
    (KB, "plans that include more storage than {plan}", "plans that include less storage than {plan}", "more/less than"),
    (DOC, "{lang} client versions above {ver}", "{lang} client versions below {ver}", "above/below"),
    (DOC, "requests with a payload bigger than {n} MB", "requests with a payload smaller than {n} MB", "bigger/smaller than"),
    (POL, "employees with more than {n} years of service", "employees with less than {n} years of service", "more/less than"),
    (POL, "maximum hotel rate per night in {city}", "minimum hotel rate per night in {city}", "maximum/minimum"),
    (PR, "{product} günstiger als {amount} Euro", "{product} teurer als {amount} Euro", "[de] cheaper/dearer than"),
    (SQL, "commandes supérieures à {amount} euros en {fr_month}", "commandes inférieures à {amount} euros en {fr_month}", "[fr] above/below"),
    (WX, "temperaturas por encima de {temp} grados en {city}", "temperaturas por debajo de {temp} grados en {city}", "[es] above/below"),
]

T["negation"] = [
    (ORD, "orders from {email} that were shipped without insurance", "orders from {email} that were shipped with insurance", "without/with"),
    (ORD, "orders in {month} that have not been invoiced yet", "orders in {month} that have been invoiced", "not ... yet"),
    (ORD, "unshipped orders for {city}", "shipped orders for {city}", "un- prefix"),
    (ORD, "orders where the customer wasn't home at delivery", "orders where the customer was home at delivery", "contraction wasn't"),
    (KB, "how to invite guests who don't have an account", "how to invite guests who have an account", "contraction don't"),
    (KB, "features not available on the {plan} plan", "features available on the {plan} plan", "not"),
    (SQL, "customers with no purchases in {year}", "customers with purchases in {year}", "no"),
    (SQL, "products that were never returned in {q}", "products that were returned in {q}", "never"),
    (SQL, "revenue in {country} excluding VAT for {month}", "revenue in {country} including VAT for {month}", "excluding/including"),
    (SQL, "employees without a manager assigned", "employees with a manager assigned", "without/with"),
    (SQL, "inactive users in {region} last month", "active users in {region} last month", "in- prefix"),
    (SQL, "unresolved tickets tagged billing", "resolved tickets tagged billing", "un- prefix"),
    (SQL, "all sales except online ones in {month}", "only online sales in {month}", "except/only"),
    (FL, "{airline} fares to {city} that are non-refundable", "{airline} fares to {city} that are refundable", "non- prefix"),
    (FL, "flights from {city} with no checked bag included", "flights from {city} with a checked bag included", "no/a"),
    (WX, "hours without sunshine in {city} on {weekday}", "hours with sunshine in {city} on {weekday}", "without/with"),
    (WX, "{city} weekend forecast excluding the mountains", "{city} weekend forecast including the mountains", "excluding/including"),
    (PR, "{product} that doesn't require assembly", "{product} that requires assembly", "contraction doesn't"),
    (PR, "{brand} {product} that is not waterproof", "{brand} {product} that is waterproof", "not"),
    (PR, "only {brand} {product} models", "{product} models except {brand}", "only/except"),
    (DOC, "{lang} client calls that are not idempotent", "{lang} client calls that are idempotent", "not"),
    (DOC, "unauthenticated requests to {endpoint}", "authenticated requests to {endpoint}", "un- prefix"),
    (DOC, "fields that cannot be updated on {endpoint}", "fields that can be updated on {endpoint}", "cannot/can"),
    (POL, "benefits for employees not on a permanent contract", "benefits for employees on a permanent contract", "not"),
    (POL, "is {procedure} covered without a referral", "is {procedure} covered with a referral", "without/with"),
    (KB, "Konto löschen ohne Passwort", "Konto löschen mit Passwort", "[de] without/with"),
    (PR, "écouteurs {brand} sans fil", "écouteurs {brand} avec fil", "[fr] without/with"),
    (SQL, "usuarios que no han iniciado sesión en {es_month}", "usuarios que han iniciado sesión en {es_month}", "[es] not"),
]

T["antonym_action"] = [
    (KB, "how to pin a message in a channel", "how to unpin a message in a channel", "pin/unpin"),
    (KB, "how to star a project", "how to unstar a project", "star/unstar"),
    (KB, "how to share a folder with {person}", "how to unshare a folder with {person}", "share/unshare"),
    (KB, "assign the ticket to {person}", "unassign the ticket from {person}", "assign/unassign"),
    (KB, "how to invite {person} to the workspace", "how to remove {person} from the workspace", "invite/remove"),
    (KB, "how do I mark an email as read", "how do I mark an email as unread", "read/unread"),
    (KB, "how to favorite a playlist", "how to unfavorite a playlist", "favorite/unfavorite"),
    (ORD, "add an item to order {order}", "remove an item from order {order}", "add/remove"),
    (ORD, "how to hold shipment of order {order}", "how to release shipment of order {order}", "hold/release"),
    (ORD, "orders the warehouse loaded onto trucks in {month}", "orders the warehouse unloaded from trucks in {month}", "loaded/unloaded"),
    (SQL, "accounts that were activated in {month}", "accounts that were suspended in {month}", "activated/suspended"),
    (SQL, "subscriptions that were renewed in {q}", "subscriptions that were cancelled in {q}", "renewed/cancelled"),
    (SQL, "users who enrolled in the {plan} trial in {year}", "users who withdrew from the {plan} trial in {year}", "enrolled/withdrew"),
    (SQL, "prices we raised in {month}", "prices we cut in {month}", "raised/cut"),
    (SQL, "stock received at the {city} warehouse", "stock dispatched from the {city} warehouse", "received/dispatched"),
    (SQL, "employees hired in {dept} in {year}", "employees fired in {dept} in {year}", "hired/fired"),
    (WX, "when will the temperature climb in {city} on {weekday}", "when will the temperature drop in {city} on {weekday}", "climb/drop"),
    (WX, "will the river rise in {city} this week", "will the river recede in {city} this week", "rise/recede"),
    (FL, "add extra baggage to booking {pnr}", "remove extra baggage from booking {pnr}", "add/remove"),
    (FL, "upgrade my {airline} seat class", "downgrade my {airline} seat class", "upgrade/downgrade"),
    (PR, "how to pair the {gadget} with my phone", "how to unpair the {gadget} from my phone", "pair/unpair"),
    (DOC, "how to serialize {fmt} in the {lang} client", "how to deserialize {fmt} in the {lang} client", "serialize/deserialize"),
    (DOC, "compress request bodies in the {lang} client", "decompress request bodies in the {lang} client", "compress/decompress"),
    (DOC, "register a webhook on {endpoint}", "deregister a webhook on {endpoint}", "register/deregister"),
    (DOC, "how to mount a volume in the {lang} container", "how to unmount a volume in the {lang} container", "mount/unmount"),
    (DOC, "how to acquire a lock in {db}", "how to release a lock in {db}", "acquire/release"),
    (POL, "how to enrol in the pension plan", "how to opt out of the pension plan", "enrol/opt out"),
    (POL, "request to extend my contract", "request to terminate my contract", "extend/terminate"),
    (POL, "claiming a travel advance", "repaying a travel advance", "claim/repay"),
    (KB, "Nutzer zur Gruppe hinzufügen", "Nutzer aus der Gruppe entfernen", "[de] add/remove"),
    (KB, "comment afficher la barre latérale", "comment masquer la barre latérale", "[fr] show/hide"),
    (KB, "cómo suscribirse al boletín", "cómo darse de baja del boletín", "[es] subscribe/unsubscribe"),
]

T["number"] = [
    (PR, "price of a {brand} {product}", "price of two {brand} {product}s", "a/two"),
    (PR, "{brand} {product} in size {size}", "{brand} {product} in size {size#2}", "EU size"),
    (ORD, "where's order {order}", "where's order {order#2}", "9-digit order id"),
    (ORD, "amount due on invoice {inv}", "amount due on invoice {inv#2}", "invoice id"),
    (ORD, "last {n} orders from {email}", "last {n#2} orders from {email}", "count"),
    (PR, "a dozen {color} napkins", "two dozen {color} napkins", "a dozen/two dozen"),
    (PR, "portable SSD with {tb} TB", "portable SSD with {tb} GB", "unit TB/GB"),
    (PR, "{product} for ${amount}", "{product} for €{amount}", "currency symbol"),
    (PR, "{brand} {product} at {price}", "{brand} {product} at {price#2}", "price with a thousands comma"),
    (SQL, "revenue for {year} in thousands of {cur}", "revenue for {year} in millions of {cur}", "scale"),
    (SQL, "top {n} customers by spend in {region}", "top {n#2} customers by spend in {region}", "top n"),
    (SQL, "customers who placed their first order in {year}", "customers who placed their second order in {year}", "first/second"),
    (SQL, "the {nth} largest deal in {q}", "the {nth#2} largest deal in {q}", "ordinal"),
    (SQL, "customers aged {age} in {country}", "customers aged {age#2} in {country}", "age band"),
    (WX, "{city} temperature in Celsius on {weekday}", "{city} temperature in Fahrenheit on {weekday}", "unit"),
    (WX, "{n}-day outlook for {city}", "{n#2}-day outlook for {city}", "forecast length, hyphenated"),
    (WX, "rain above {n} mm in {city} on {weekday}", "rain above {n} cm in {city} on {weekday}", "unit mm/cm"),
    (FL, "flights to {city} for one adult", "flights to {city} for two adults", "one/two"),
    (FL, "{airline} baggage allowance of {n} kg", "{airline} baggage allowance of {n#2} kg", "weight"),
    (FL, "seat {seat} on flight {flightno}", "seat {seat#2} on flight {flightno}", "seat"),
    (KB, "the {plan} plan for {n} users", "the {plan} plan for {n#2} users", "users"),
    (DOC, "what does a {code} from {endpoint} mean", "what does a {code#2} from {endpoint} mean", "status code"),
    (DOC, "{lang} client v{ver} changelog", "{lang} client v{ver#2} changelog", "version (6.1 vs 6.10)"),
    (DOC, "rate limit of {n} requests per second", "rate limit of {n} requests per minute", "unit second/minute"),
    (POL, "sick pay for the first {n} days", "sick pay for the first {n#2} days", "days"),
    (POL, "reimbursement up to {amount} {cur}", "reimbursement up to {amount} {cur#2}", "currency code"),
    (ORD, "Bestellung Nummer {order}", "Bestellung Nummer {order#2}", "[de] order id"),
    (PR, "{product} pour {fr_num} personnes", "{product} pour {fr_num#2} personnes", "[fr] number words"),
    (FL, "vuelos a {city} para {es_num} personas", "vuelos a {city} para {es_num#2} personas", "[es] number words"),
]

T["date"] = [
    (WX, "{city} forecast for the {dth} of {month}", "{city} forecast for the {dth#2} of {month}", "day ordinal"),
    (WX, "{city} weather this {weekday}", "{city} weather next {weekday}", "this/next weekday"),
    (WX, "{city} weather the day after tomorrow", "{city} weather tomorrow", "day after tomorrow/tomorrow"),
    (WX, "{city} weather at {clock24}", "{city} weather at {clock24#2}", "24-hour time"),
    (WX, "overnight low in {city} on {weekday}", "overnight low in {city} on {weekday#2}", "weekday"),
    (FL, "flights to {city} on {usd}", "flights to {city} on {usd#2}", "US date, day and month swapped"),
    (FL, "{airline} flights to {city} in the first week of {month}", "{airline} flights to {city} in the last week of {month}", "first/last week"),
    (FL, "flights to {city} over the {holiday} weekend", "flights to {city} over the {holiday#2} weekend", "holiday"),
    (ORD, "orders placed on {weekday} by {email}", "orders placed on {weekday#2} by {email}", "weekday"),
    (ORD, "orders from the last {n} days", "orders from the last {n} weeks", "days/weeks"),
    (ORD, "deliveries expected before {holiday}", "deliveries expected before {holiday#2}", "holiday"),
    (ORD, "orders shipped on {weekday} morning", "orders shipped on {weekday} evening", "morning/evening"),
    (SQL, "sign-ups in {q} {year}", "sign-ups in {q#2} {year}", "quarter"),
    (SQL, "revenue for fiscal year {year}", "revenue for fiscal year {year#2}", "year"),
    (SQL, "sales in the first half of {year}", "sales in the second half of {year}", "first/second half"),
    (SQL, "year-to-date revenue in {country}", "month-to-date revenue in {country}", "YTD/MTD"),
    (SQL, "orders in early {month}", "orders in late {month}", "early/late"),
    (KB, "maintenance window on {date}", "maintenance window on {date#2}", "date"),
    (KB, "billing date moved to the {dth} of the month", "billing date moved to the {dth#2} of the month", "day ordinal"),
    (KB, "invoices due at the end of {month}", "invoices due at the start of {month}", "end/start"),
    (POL, "public holidays in {country} in {year}", "public holidays in {country} in {year#2}", "year"),
    (POL, "leave requests submitted last month", "leave requests submitted this month", "last/this month"),
    (DOC, "{lang} client releases since {month} {year}", "{lang} client releases since {month#2} {year}", "month"),
    (WX, "Wetter in {city} übermorgen", "Wetter in {city} morgen", "[de] day after tomorrow/tomorrow"),
    (WX, "Wetter in {city} am {dotdate}", "Wetter in {city} am {dotdate#2}", "[de] dotted date"),
    (ORD, "commandes passées hier", "commandes passées avant-hier", "[fr] yesterday/day before"),
    (SQL, "ventas de la semana pasada en {city}", "ventas de esta semana en {city}", "[es] last/this week"),
]

T["entity"] = [
    (WX, "{city} air quality today", "{city#2} air quality today", "city"),
    (WX, "weather in {city|lower} on {weekday}", "weather in {city#2|lower} on {weekday}", "lower-case city"),
    (WX, "weather at {twin_city}", "weather at {twin_city#2}", "look-alike city"),
    (FL, "{airline} lounges at {airport}", "{airline} lounges at {airport#2}", "look-alike airport code"),
    (FL, "{airline} departures to {city} in {month}", "{airline#2} departures to {city} in {month}", "airline"),
    (ORD, "all orders placed by {email} this year", "all orders placed by {email#2} this year", "email"),
    (ORD, "orders for {twin_person}", "orders for {twin_person#2}", "look-alike person"),
    (ORD, "orders shipped with {carrier}", "orders shipped with {carrier#2}", "carrier"),
    (ORD, "orders from {company}", "orders from {company#2}", "company"),
    (PR, "{brand} {product} deals", "{brand#2} {product} deals", "brand"),
    (PR, "{color} {product}", "{color#2} {product}", "colour"),
    (PR, "{product} compatible with the {device}", "{product} compatible with the {device#2}", "device"),
    (SQL, "revenue in {country} for {year}", "revenue in {country#2} for {year}", "country"),
    (SQL, "deals closed by {person} in {q}", "deals closed by {person#2} in {q}", "person"),
    (SQL, "{dept} budget for {year}", "{dept#2} budget for {year}", "department"),
    (SQL, "orders paid with {payment} in {month}", "orders paid with {payment#2} in {month}", "payment method"),
    (SQL, "tickets assigned to {first}", "tickets assigned to {first#2}", "lower-case first name"),
    (DOC, "{lang} client quickstart", "{lang#2} client quickstart", "language"),
    (DOC, "connect to {db} from {lang}", "connect to {db#2} from {lang}", "database"),
    (DOC, "rate limits of the {endpoint} endpoint", "rate limits of the {endpoint#2} endpoint", "endpoint"),
    (KB, "integrate with {integration}", "integrate with {integration#2}", "integration"),
    (KB, "{plan} plan storage quota", "{plan#2} plan storage quota", "plan"),
    (KB, "set the interface language to {hlang|lower}", "set the interface language to {hlang#2|lower}", "lower-case language"),
    (POL, "{procedure} coverage limits", "{procedure#2} coverage limits", "procedure"),
    (POL, "{tier} tier dental benefits", "{tier#2} tier dental benefits", "tier"),
    (POL, "travel policy for trips to {country}", "travel policy for trips to {country#2}", "country"),
    (WX, "Wetter in {city} heute", "Wetter in {city#2} heute", "[de] city"),
    (DOC, "documentation du client {lang}", "documentation du client {lang#2}", "[fr] language"),
    (PR, "{product} de {brand}", "{product} de {brand#2}", "[es] brand"),
]

T["scope"] = [
    (KB, "storage limit on the {plan} plan", "user limit on the {plan} plan", "storage vs users"),
    (KB, "how to change my username", "how to change my password", "username vs password"),
    (KB, "reasons a card payment gets declined", "reasons a card payment gets charged twice", "declined vs charged twice"),
    (ORD, "shipping cost for order {order}", "shipping status for order {order}", "cost vs status"),
    (ORD, "who signed for order {order}", "where was order {order} left", "who vs where"),
    (PR, "return window for the {brand} {product}", "warranty period for the {brand} {product}", "return vs warranty"),
    (PR, "{brand} {product} dimensions when folded", "{brand} {product} weight when folded", "dimensions vs weight"),
    (PR, "{brand} {product} user manual", "{brand} {product} spare parts", "manual vs parts"),
    (WX, "{city} sunrise on {weekday}", "{city} sunset on {weekday}", "sunrise vs sunset"),
    (WX, "{city} pollen count {weekday}", "{city} UV index {weekday}", "pollen vs UV"),
    (FL, "{airline} pet policy", "{airline} infant policy", "pets vs infants"),
    (FL, "baggage fees for {flightno}", "seat fees for {flightno}", "baggage vs seat"),
    (SQL, "average order value in {country} in {year}", "total order count in {country} in {year}", "value vs count"),
    (SQL, "customer count per city in {region}", "revenue per city in {region}", "customers vs revenue"),
    (SQL, "median response time for tickets in {month}", "ticket backlog in {month}", "response time vs backlog"),
    (SQL, "gross revenue by month in {year}", "net revenue by month in {year}", "gross vs net"),
    (SQL, "number of refunds in {month}", "value of refunds in {month}", "number vs value"),
    (DOC, "{lang} client logging configuration", "{lang} client proxy configuration", "logging vs proxy"),
    (DOC, "{endpoint} endpoint request parameters", "{endpoint} endpoint response schema", "request vs response"),
    (DOC, "{lang} client license", "{lang} client changelog", "license vs changelog"),
    (POL, "dress code for the {city} office", "parking rules for the {city} office", "dress code vs parking"),
    (POL, "who approves overtime", "how overtime is paid", "who vs how"),
    (POL, "eligibility for {procedure} coverage", "waiting period for {procedure} coverage", "eligibility vs waiting period"),
    (PR, "{brand} {product} Bedienungsanleitung", "{brand} {product} Ersatzteile", "[de] manual vs spare parts"),
    (POL, "durée du préavis de démission", "indemnité de démission", "[fr] notice vs indemnity"),
    (WX, "probabilidad de lluvia en {city}", "velocidad del viento en {city}", "[es] rain vs wind"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="tune3",
    order_digits=9,
    extra_pools=pairgen.probe_pools(ORDINALS["year"]),  # inv, pnr, dotdate, price
    apart=(
        Apart("tune", values="all"),
        Apart("tune2", values="words"),  # closed sets (weekdays, months, quarters) and plain numbers may repeat
        Apart("test", values=None, rows=False, quiet=True),  # templates only, by index; pairs_test.jsonl is not opened
    ),
    min_total=300,
)

if __name__ == "__main__":
    sys.exit(pairgen.main(SPEC, sys.argv[1:]))
