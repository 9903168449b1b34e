#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "test2", a fresh held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test2.py          # write pairs_test2.jsonl, print the report
    python evals/cache/generate_test2.py --check  # regenerate in memory, fail if the file on disk differs

The first test split (pairs_test.jsonl) has been read for a guard change, so it no longer gives a
clean number. test2 replaces it as the held-out measurement: same record format, the same 15
categories and 8 tools, and the same size (25 pairs per paraphrase category, 54 per near-miss
category, 607 in all), but new template pairs in new wording and new slot pools. It was written
from evals/cache/README.md and the existing generators' data only, without looking at the guard
(src/arbiter/cache/guard.py), and nothing was scored on it while it was written.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test2
result leads to a change of the guard, the thresholds or the templates, test2 is used up too.

The self-check (pairgen.self_check; nothing is written if it fails) keeps test2 apart from every
other split: no template string shared with the tune, test or tune2-tune5 templates, none worded
like one of them (word Jaccard 0.7 or more, a slot counting as one word named after its pool), and
none equal to a sentence of any pairs_*.jsonl file or a string of tests/cache/pairs.py; no sentence and no
(a, b) pair (either order) shared with pairs_tune.jsonl, pairs_tune2-5.jsonl or pairs_test.jsonl (a
collision with the test split is reported by id only); no slot value in any other split's pools,
numbers included (the closed sets, weekdays, months and quarters, are the only exception); ids
unique; a != b; no unfilled slot; exactly 25 / 54 pairs per category from at least 12 / 20
templates; all 8 tools; 5-15% German, French or Spanish pairs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pairgen
from pairgen import CATEGORIES, DOC, FL, KB, ORD, POL, PR, SQL, WX, Apart, Template

TARGET = pairgen.TEST_TARGET
MIN_PAIRS = TARGET  # every target must be met exactly
MIN_TEMPLATES = pairgen.TEST_MIN_TEMPLATES
NON_ENGLISH_SHARE = (0.05, 0.15)

# --------------------------------------------------------------------------------------------
# Slot pools: no value in the pools of tune, test or tune2-tune5, numbers included; only the closed
# sets (weekdays, months, quarters, in any language) repeat. Checked by the self-check.
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "electric scooter": ["Segway", "Xiaomi", "Unagi"],
    "soundbar": ["Sonos", "Yamaha", "Denon"],
    "stand mixer": ["KitchenAid", "Kenwood", "Ankarsrum"],
    "carry-on suitcase": ["Samsonite", "Monos", "Rimowa"],
    "bike helmet": ["Giro", "Bell", "POC"],
    "pressure washer": ["Kärcher", "Stihl", "Ryobi"],
    "baby monitor": ["Nanit", "Owlet", "Motorola"],
    "down sleeping bag": ["Rab", "Western Mountaineering", "Sea to Summit"],
}

LISTS = {
    "city": ["Lyon", "Glasgow", "Bilbao", "Palermo", "Wroclaw", "Brno", "Tampere", "Trondheim", "Vancouver",
             "Portland", "Nashville", "Pittsburgh", "Melbourne", "Christchurch", "Fukuoka", "Taipei",
             "Chiang Mai", "Casablanca", "Kigali", "Monterrey", "Valparaiso", "Recife"],
    "country": ["France", "Germany", "the Netherlands", "Switzerland", "Czechia", "Egypt", "Thailand",
                "Indonesia", "the Philippines", "Singapore", "Argentina", "Nigeria", "South Africa", "Luxembourg",
                "Sri Lanka"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "de_weekday": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr_weekday": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es_month": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
    "person": ["Ewa Zielinska", "Mateo Rossi", "Sienna Walsh", "Arjun Mehta", "Noor Al-Sayed", "Bram de Vries",
               "Leila Moradi", "Kofi Boateng", "Ines Carvalho", "Pavel Dvorak", "Yuki Sato", "Camille Girard"],
    "first": ["ewa", "mateo", "sienna", "arjun", "noor", "bram"],
    "plan": ["Launch", "Orbit", "Horizon", "Apex"],
    "region": ["Central America", "the Mediterranean", "North Africa", "New England", "South Asia",
               "Eastern Europe"],
    "procedure": ["wisdom tooth extraction", "MRI scans", "contact lenses", "nutrition counselling", "podiatry",
                  "skin cancer screening"],
    "payment": ["Afterpay", "BLIK", "MobilePay", "a prepaid card", "a cheque"],
    "device": ["MacBook", "Pixel tablet", "Echo Show", "LG TV", "Wear OS watch"],
    "lang": ["F#", "R", "PowerShell", "Objective-C", "Visual Basic"],
    "integration": ["Xero", "DocuSign", "Calendly", "Confluence", "Discord", "Workday"],
    "endpoint": ["/carts", "/vouchers", "/fulfillments", "/receipts", "/price_lists", "/warehouses"],
    "db": ["Neo4j", "SingleStore", "Teradata", "SAP HANA", "Db2"],
    "airline": ["JetBlue", "Norwegian", "LOT", "Aegean", "Air New Zealand", "Virgin Atlantic", "EVA Air",
                "Alaska Airlines"],
    "dept": ["Accounting", "Recruiting", "Billing", "Internal Audit", "Field Service"],
    "company": ["Ashgrove Textiles", "Kelpie Software", "Marlow & Reed", "Bramblewood Foods", "Ferncliff Clinics",
                "Tessellate Games"],
    "tier": ["Opal", "Amber", "Garnet", "Topaz"],
    "holiday": ["Juneteenth", "Ascension Day", "Canada Day", "Holi", "Veterans Day"],
    "cur": ["DKK", "ISK", "BRL", "INR", "CNY", "AED"],
    "color": ["maroon", "khaki", "rose gold", "off-white", "midnight blue"],
    "hlang": ["Korean", "Arabic", "Icelandic", "Estonian", "Slovak", "Portuguese"],
    "fmt": ["DOCX", "ODS", "JSONL", "RTF", "iCal"],
    "carrier": ["USPS", "Evri", "InPost", "Bpost", "Colissimo"],
    "gadget": ["Sony WH-1000XM5", "AirPods Pro 2", "reMarkable 2", "Framework Laptop 13", "Pixel Watch 3"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [110, 175, 225, 275, 325, 425, 650, 950, 1100, 1750],
    "n": [26, 34, 42, 46, 52, 58],
    "tempc": [-14, -8, -6, -3],
    "tempf": [44, 57, 68, 77, 86, 93],
    "pct": [2.5, 4.5, 12.5, 17.5, 37.5],
    "ver": ["2.11.0", "2.11.1", "2.12.0", "3.2.1", "3.12.1", "15.0"],
    "code": [402, 407, 414, 416, 505, 507],
    "shoe": ["42.5", "43.5", "44.5", "45.5"],
    "ram": ["18GB", "24GB", "36GB", "48GB"],
    "inch": [77, 83, 97],
    "year": [2027, 2028, 2029, 2030],
    "pastyear": [1997, 1998, 1999],
    "q": ["Q1", "Q2", "Q3", "Q4"],
    "seat": ["23C", "23D", "24C", "24D"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Kiel", "Kiev"), ("Bari", "Baku"), ("Varna", "Narva"), ("Leon", "Lens")],
    "twin_person": [("Jana Horvat", "Jana Horvath"), ("Nils Eriksen", "Nils Eriksson"), ("Maria Costa", "Mario Costa"),
                    ("Teo Marin", "Leo Marin")],
    "airport": [("GLA", "GVA"), ("PMO", "PMI"), ("TPE", "TPA"), ("WRO", "WAW")],
    "usd": [("5/7", "7/5"), ("2/3", "3/2"), ("9/12", "12/9"), ("1/10", "10/1")],
    "domain": [("larchmail.com", "larchmail.co"), ("tidepool.app", "tidepool.dev"), ("quartzbox.net", "quartzbox.com")],
}

EMAIL = (["ewa.z", "mrossi", "sienna.w", "arjun.m", "noor.as", "bdevries"],
         ["hotmail.com", "zoho.com", "tidepool.io", "larchmail.net"])
AIRLINE_CODE = {"JetBlue": "B6", "Norwegian": "DY", "LOT": "LO", "Aegean": "A3", "Air New Zealand": "NZ",
                "Virgin Atlantic": "VS", "EVA Air": "BR", "Alaska Airlines": "AS"}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (WX, "{city} fog warning tonight", "tonight {city} fog warning", "time moved to the front"),
    (FL, "{airline} red-eye {city} to {city#2} {date}", "{date} {airline} red-eye {city} to {city#2}", "date moved, route order kept"),
    (ORD, "split shipment tracking order {order}", "order {order} split shipment tracking", "order moved to the front"),
    (PR, "{brand} {product} {color} click and collect {city}", "click and collect {city}: {brand} {product} {color}", "store pickup moved to the front"),
    (SQL, "cohort retention {region} {pastyear} by signup month", "by signup month, cohort retention {region} {pastyear}", "grouping moved to the front"),
    (DOC, "{lang} snippet HMAC check incoming events", "HMAC check incoming events {lang} snippet", "language moved to the end"),
    (POL, "jury duty pay {dept} team", "{dept} team jury duty pay", "team moved to the front"),
    (KB, "audit log export {plan} plan", "{plan} plan audit log export", "plan moved to the front"),
    (WX, "average humidity {city} {month}", "{month} average humidity {city}", "month moved to the front"),
    (ORD, "{email} partial refunds {month}", "partial refunds {month} {email}", "email moved to the end"),
    (FL, "infant fare {airline} {city} round trip", "{airline} {city} round trip infant fare", "subject moved to the end"),
    (SQL, "median ship time per warehouse, {country}, {q} {pastyear}", "{country}, {q} {pastyear}: median ship time per warehouse", "filters moved to the front"),
    (KB, "SSO setup with {integration} for guest accounts", "for guest accounts, SSO setup with {integration}", "clause moved to the front"),
    (DOC, "cursor pagination {endpoint} {lang} client", "{lang} client {endpoint} cursor pagination", "language moved to the front"),
    (POL, "{procedure} out-of-network reimbursement rate", "out-of-network reimbursement rate {procedure}", "procedure moved to the end"),
    (WX, "Nebel {city} {de_weekday} früh", "{de_weekday} früh Nebel {city}", "[de] same words reordered"),
    (PR, "{product} {brand} livraison gratuite", "livraison gratuite {product} {brand}", "[fr] same words reordered"),
]

T["shorten"] = [
    (WX, "Is there going to be fog around {city} early on {weekday} morning? I have to drive to the airport", "{city} fog early {weekday} morning", "context dropped"),
    (FL, "I'm trying to get from {city} to {city#2} on {date}; I'd rather sleep on the plane than lose a day, so something that flies through the night", "night flight {city} to {city#2} {date}", "reason dropped"),
    (ORD, "My order {order} came in two boxes and only one of them has arrived so far, where is the second box?", "order {order} second box tracking", "story cut to keywords"),
    (PR, "I want a {product} by {brand}; it needs to be {color} and cost less than ${amount}", "{brand} {product}, colour {color}, budget ${amount}", "keywords kept"),
    (SQL, "How many customers who signed up in {month} {pastyear} were still paying three months later? I need it for {region}, split by country", "{month} {pastyear} signups still paying after 3 months, {region}, by country", "keywords kept"),
    (DOC, "Could you point me to the part of the docs that explains how to verify webhook signatures when using the {lang} client library?", "verifying webhook signatures, {lang} library docs", "keywords kept"),
    (POL, "If I get summoned for jury duty, does the company keep paying my salary while I'm serving?", "salary during jury duty", "question cut"),
    (KB, "We just bought the {plan} plan and I'd like to know how to turn on single sign-on for the whole team", "turn on single sign-on for the team, {plan} plan", "context dropped"),
    (WX, "Our sailing club wants to know how strong the wind gusts will be around {city} on {weekday} afternoon", "{city} wind gusts {weekday} afternoon", "context dropped"),
    (ORD, "I sent back the {color} sweater from order {order} two weeks ago and still haven't seen the money, can you check the refund?", "refund for the returned {color} sweater, order {order}", "story cut"),
    (FL, "Can you tell me how much {airline} charges to add a second checked suitcase on a flight to {city}?", "{airline} second checked bag fee to {city}", "keywords kept"),
    (SQL, "What share of the support tickets we received in {month} was resolved on first contact, for the {dept} queue only?", "{dept} queue first-contact resolution rate {month}", "keywords kept"),
    (DOC, "When I call the {endpoint} endpoint and there are more results than fit on one page, how do I fetch the next page with a cursor?", "cursor pagination for {endpoint}", "question cut"),
    (PR, "Mi hija necesita un {product} de {brand} para la universidad, ¿cuál cuesta menos de {amount} euros?", "{product} {brand} menos de {amount} euros", "[es] keywords kept"),
    (KB, "Ich möchte wissen, wie ich die Zwei-Faktor-Authentifizierung für mein Konto auf dem {device} wieder einschalte", "Zwei-Faktor-Authentifizierung auf dem {device} wieder einschalten", "[de] keywords kept"),
]

T["question_keyword"] = [
    (WX, "How bad will the air quality be in {city} on {weekday}?", "{city} air quality {weekday}", "question vs keywords"),
    (FL, "Which gate does {airline} {flightno} usually leave from?", "{airline} {flightno} departure gate", "question vs keywords"),
    (ORD, "Why hasn't the second half of my split order {order} shipped yet?", "order {order} second shipment delay", "question vs keywords"),
    (PR, "Does the {brand} {product} come with a carrying case?", "{brand} {product} carrying case included", "question vs keywords"),
    (SQL, "What was our net revenue retention in {region} for {q} {pastyear}?", "net revenue retention {region} {q} {pastyear}", "question vs keywords"),
    (DOC, "How do I rotate an API key without downtime in the {lang} client?", "{lang} client API key rotation without downtime", "question vs keywords"),
    (POL, "Can I take an unpaid sabbatical after four years at the company?", "unpaid sabbatical eligibility after 4 years", "question vs keywords"),
    (KB, "How do I give a guest read-only access to a single project?", "guest read-only access single project", "question vs keywords"),
    (WX, "What will the heat index be in {city} on {date}?", "{city} heat index {date}", "question vs keywords"),
    (ORD, "Where do I pick up order {order} if it went to a parcel locker?", "parcel locker pickup order {order}", "question vs keywords"),
    (SQL, "Which {dept} agents closed the most tickets in {month}?", "top {dept} agents by tickets closed {month}", "question vs keywords"),
    (DOC, "Which OAuth scopes does a token need to call {endpoint}?", "OAuth scopes required for {endpoint}", "question vs keywords"),
    (POL, "Is {procedure} covered on the {tier} tier?", "{tier} tier {procedure} coverage", "question vs keywords"),
    (FL, "Quel est le poids maximum d'un bagage cabine chez {airline} ?", "poids max bagage cabine {airline}", "[fr] question vs keywords"),
    (KB, "¿Cómo descargo mis facturas en PDF?", "descargar facturas PDF", "[es] question vs keywords"),
]

T["synonym"] = [
    (KB, "how do I stop all email notifications", "switch off every alert that lands in my inbox", "rephrased"),
    (ORD, "the parcel for order {order} never showed up", "order {order} was not delivered", "rephrased"),
    (WX, "are we in for a downpour in {city} on {weekday}", "{city} {weekday}: heavy rain forecast?", "synonyms"),
    (FL, "cheapest way to fly from {city} to {city#2} in {month}", "lowest airfare {city} → {city#2} during {month}", "synonyms"),
    (PR, "{product} from {brand} that won't break the bank", "budget-friendly {brand} {product}", "idiom vs plain"),
    (SQL, "how much cash did we hand back to shoppers in {pastyear}", "total refund amount for {pastyear}", "rephrased"),
    (DOC, "make the {lang} client give up after 30 seconds", "set a 30s timeout in the {lang} client", "rephrased"),
    (POL, "is a standing desk for my home office reimbursable", "can I expense a sit-stand desk for working from home", "rephrased"),
    (KB, "get rid of my account for good", "permanently delete my profile", "rephrased"),
    (ORD, "swap the {color} jacket in order {order} for a bigger size", "exchange the {color} jacket from order {order} for a larger one", "synonyms"),
    (WX, "how chilly will it get tonight in {city}", "{city} overnight low temperature", "rephrased"),
    (FL, "does {airline} let you bring a dog in the cabin", "{airline} in-cabin pet policy for dogs", "rephrased"),
    (SQL, "who are our biggest spenders in {country}", "top customers by total purchase value in {country}", "rephrased"),
    (DOC, "{lang} library keeps saying too many requests", "{lang} client getting rate limited (HTTP 429)", "rephrased"),
    (POL, "Wie viele Tage bekomme ich frei, wenn ein Elternteil stirbt?", "Sonderurlaub beim Tod eines Elternteils", "[de] rephrased"),
    (PR, "{product} {brand} pas cher", "{product} {brand} à petit prix", "[fr] synonyms"),
]

T["typo"] = [
    (WX, "{city} fog forecast tomorrow", "{city|typo} fog forcast tomorrow", "place name and one word misspelt"),
    (FL, "{airline} hold luggage allowance {city} to {city#2}", "{airline} hold lugage alowance {city} to {city#2}", "two typos"),
    (ORD, "remove the gift wrap from order {order}", "remvoe the gift wrap from order {order}", "one typo"),
    (PR, "is there a {color} option for the {brand} {product}", "is ther a {color} option for the {brand|lower} {product}", "lower-case brand + typo"),
    (SQL, "churned accounts by plan in {month}", "churnd accounts by plan in {month}", "one typo"),
    (DOC, "{lang} client idempotency key header", "{lang} client idempotancy key header", "one typo"),
    (POL, "bereavement leave for a grandparent", "bereavment leave for a grandparent", "one typo"),
    (KB, "how to transfer billing ownership", "how to transfer biling ownership?", "typo + punctuation"),
    (WX, "PEAK GUSTS FOR {city|upper} {weekday|upper}", "peak gusts for {city} {weekday|typo}", "all caps vs lower case + typo"),
    (ORD, "where's my parcel for order {order}", "wheres my parcle for order {order}", "apostrophe dropped + typo"),
    (FL, "nonstop {airline} options {city} to {city#2} on {date}", "non stop {airline} optoins {city} to {city#2} on {date}", "spacing + typo"),
    (SQL, "average order value for {company} in {pastyear}", "average order vlaue for {company} in {pastyear}", "one typo"),
    (DOC, "retry policy for the {endpoint} endpoint", "retry polcy for the {endpoint} endpoint.", "typo + punctuation"),
    (POL, "{procedure} coverage on the {tier} tier", "{procedure|typo} coverage on the {tier} tier", "procedure misspelt"),
    (KB, "Rechnung als PDF herunterladen", "Rechung als PDF herunterladen", "[de] one typo"),
]

T["politeness"] = [
    (WX, "how many cm of new snow in {city} by {weekday}", "Morning! Sorry to bother you, but could you look up how many cm of new snow {city} gets by {weekday}? Cheers", "greeting + apology + thanks"),
    (FL, "seats available on {airline} from {city} to {city#2} on {date}", "hiya, could u check seats available on {airline} from {city} to {city#2} on {date} pls? ty", "casual please/thanks"),
    (ORD, "has order {order} left the warehouse yet", "Dear support team, I would be grateful if you could tell me whether order {order} has left the warehouse yet. Best wishes", "formal letter"),
    (PR, "trade-in value of my old {brand} {product}", "Hi there, any chance you could tell me the trade-in value of my old {brand} {product}? thanks so much!", "polite request"),
    (SQL, "weekly active users in {region} for {month}", "Quick favour please: weekly active users in {region} for {month}. Thanks a lot!", "favour + thanks"),
    (DOC, "{lang} client install instructions", "Hello! I'm new here, hope it's okay to ask: where are the {lang} client install instructions? Thank you", "greeting + hedge + thanks"),
    (POL, "paid leave when adopting a child", "Hi HR, hope you're well. Could you please share the rules on paid leave when adopting a child? Many thanks", "letter-style wrapper"),
    (KB, "make the text bigger on my {device}", "hey, sorry if this is a dumb question, but how do I make the text bigger on my {device}? thx", "apology + thanks"),
    (WX, "UV index in {city} at noon", "Please could you tell me the UV index in {city} at noon? Thank you kindly", "please + thanks"),
    (ORD, "refund for the damaged item in order {order}", "Hello, I hope you can help me. I'd like a refund for the damaged item in order {order}, please. Regards", "greeting + please + sign-off"),
    (SQL, "{company} invoices overdue by more than 30 days", "Hi! When you get a sec, could you pull {company} invoices overdue by more than 30 days? Appreciate it", "casual request"),
    (FL, "seat upgrade options on {flightno}", "Good afternoon, would you be so kind as to check seat upgrade options on {flightno}? Thanks in advance", "formal request"),
    (KB, "changer l'adresse de facturation", "Bonjour, pourriez-vous m'indiquer comment changer l'adresse de facturation, s'il vous plaît ? Merci beaucoup", "[fr] polite wrapper"),
    (DOC, "ejemplo de paginación en {lang}", "Hola, perdona la molestia, ¿tienes un ejemplo de paginación en {lang}? ¡Gracias!", "[es] polite wrapper"),
]

T["mixed"] = [
    (WX, "What's the visibility going to be like in {city} on {weekday} morning?", "{city} visiblity {weekday} am??", "keywords + typo + abbreviation"),
    (FL, "Is there anything that flies {city} to {city#2} without stopping, on {date}?", "{city}-{city#2} {date} no stops?", "rephrased + symbol + keywords"),
    (ORD, "Hi, I ordered something ({order}) ages ago and it still hasn't turned up, what's going on?", "order {order} not delivered yet", "greeting dropped + rephrased"),
    (PR, "I'm after a {product} from {brand} that costs less than {amount} bucks", "{brand} {product} sub-${amount}", "slang + symbol + keywords"),
    (SQL, "Could you tell me how many new paying customers we got from {country} last month?", "new paying custs {country} last mo", "abbreviations + keywords"),
    (DOC, "hey, what's the max number of items I can request per page from {endpoint}?", "{endpoint} page size limit", "greeting dropped + synonym"),
    (POL, "Am I still covered for {procedure} if I go to a clinic outside the network?", "{procedure} out of network coverage?", "keywords + synonym"),
    (KB, "Hello! My two-factor codes stopped working after I got a new phone, can you help?", "2FA codes broken after new phone", "abbreviation + synonym"),
    (WX, "Should I expect frost on my car in {city} on {weekday} morning?", "frost {city} {weekday} a.m.", "keywords + abbreviation"),
    (ORD, "I'd like to know if {email} has any orders still waiting to ship", "unshipped orders for {email}?", "rephrased + keywords"),
    (FL, "What does {airline} charge if I want to move my flight to another date?", "{airline} date change fee", "rephrased + keywords"),
    (SQL, "Show me which products sold the fewest units in {region} in {q}", "worst sellers by units {region} {q}", "synonym + keywords"),
    (POL, "Is it ok to work from abroad for a couple of weeks in the summer?", "policy: working remotely from another country, 2 weeks, summer", "keywords + digit"),
    (PR, "Hallo, gibt es den {brand} {product} auch in {color}?", "{product} von {brand} in {color} lieferbar?", "[de] greeting dropped + keywords"),
    (KB, "Oye, ¿cómo puedo borrar mi cuenta para siempre?", "eliminar cuenta permanentemente", "[es] keywords + synonym"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "one-way ticket from {city} to {city#2} for {date}", "one-way ticket from {city#2} to {city} for {date}", "route swapped"),
    (FL, "cheapest fares out of {city} into {city#2} in {month}", "cheapest fares out of {city#2} into {city} in {month}", "out of/into swapped"),
    (FL, "{airport} → {airport#2} on {airline}", "{airport#2} → {airport} on {airline}", "arrow route, look-alike codes swapped"),
    (FL, "change planes in {city} on a trip to {city#2}", "change planes in {city#2} on a trip to {city}", "stopover/destination swapped"),
    (ORD, "gift card {email} bought for {email#2}", "gift card {email#2} bought for {email}", "buyer/recipient swapped"),
    (ORD, "return shipping from {city} back to the warehouse in {city#2}", "return shipping from {city#2} back to the warehouse in {city}", "origin/warehouse swapped"),
    (ORD, "orders placed before the price change on {date}", "orders placed after the price change on {date}", "before/after"),
    (KB, "move a project from {person}'s workspace to {person#2}'s", "move a project from {person#2}'s workspace to {person}'s", "workspace move direction"),
    (KB, "bring our {integration} boards over here", "push our boards over to {integration}", "import vs export"),
    (KB, "auto-reply rule: messages for {email} get redirected to {email#2}", "auto-reply rule: messages for {email#2} get redirected to {email}", "redirect direction"),
    (SQL, "exchange rate {cur} to {cur#2} on the last day of {month}", "exchange rate {cur#2} to {cur} on the last day of {month}", "currency pair reversed"),
    (SQL, "accounts that moved off {plan} onto {plan#2} in {pastyear}", "accounts that moved off {plan#2} onto {plan} in {pastyear}", "plan change direction"),
    (SQL, "total {company} has billed {company#2} this year", "total {company#2} has billed {company} this year", "biller/billed swapped"),
    (SQL, "head-to-head win rate of {company} against {company#2}", "head-to-head win rate of {company#2} against {company}", "roles swapped"),
    (POL, "who approves {person}'s leave requests", "whose leave requests does {person} approve", "approver/requester swapped"),
    (POL, "relocating from our {city} site to the {city#2} site: what is covered", "relocating from our {city#2} site to the {city} site: what is covered", "relocation direction"),
    (POL, "can I submit the {procedure} claim before the treatment", "can I submit the {procedure} claim after the treatment", "before/after"),
    (WX, "will {city} be chillier than {city#2} on {weekday}", "will {city#2} be chillier than {city} on {weekday}", "than roles swapped"),
    (WX, "will the wind in {city} come from the north on {weekday}", "will the wind in {city} come from the south on {weekday}", "wind direction reversed"),
    (DOC, "reformat the {fmt} export as {fmt#2} using the {lang} client", "reformat the {fmt#2} export as {fmt} using the {lang} client", "conversion direction"),
    (DOC, "nightly sync job: {db} is the source, {db#2} is the target", "nightly sync job: {db#2} is the source, {db} is the target", "source/target swapped"),
    (PR, "{product} listing sorted newest first", "{product} listing sorted oldest first", "sort order"),
    (PR, "trade in my {device} towards the {device#2}", "trade in my {device#2} towards the {device}", "trade-in direction"),
    (FL, "vuelos de {city} a {city#2} en {es_month}", "vuelos de {city#2} a {city} en {es_month}", "[es] route swapped"),
    (KB, "importer les contacts de {integration} dans {integration#2}", "importer les contacts de {integration#2} dans {integration}", "[fr] import direction"),
]

T["comparison"] = [
    (PR, "{product} listings priced south of ${amount}", "{product} listings priced north of ${amount}", "south/north of (below/above)"),
    (PR, "{brand} {product} rated 4.5 stars or above", "{brand} {product} rated 4.5 stars or below", "or above/or below"),
    (PR, "the {product} that weighs the least", "the {product} that weighs the most", "least/most"),
    (PR, "{product} whose warranty runs longer than {n} months", "{product} whose warranty runs shorter than {n} months", "longer/shorter"),
    (SQL, "accounts with ARR above ${amount}k in {region}", "accounts with ARR below ${amount}k in {region}", "above/below"),
    (SQL, "branches where year-on-year growth topped {pct}% in {pastyear}", "branches where year-on-year growth fell short of {pct}% in {pastyear}", "topped/fell short of"),
    (SQL, "the slowest-moving SKUs in {country}", "the fastest-moving SKUs in {country}", "slowest/fastest"),
    (SQL, "tickets that waited no longer than {n} minutes for a first reply", "tickets that waited longer than {n} minutes for a first reply", "no longer than/longer than"),
    (SQL, "top 10 sales reps in {region} by quota attainment", "bottom 10 sales reps in {region} by quota attainment", "top/bottom"),
    (SQL, "regions where churn is ≥ {pct}%", "regions where churn is ≤ {pct}%", "≥/≤"),
    (FL, "flights to {city} departing after {ampm} on {weekday}", "flights to {city} departing before {ampm} on {weekday}", "after/before a time"),
    (FL, "{airline} return fares to {city} capped at ${amount}", "{airline} return fares to {city} of ${amount} and upwards", "capped at/and upwards"),
    (FL, "connections in {city} with a layover under two hours", "connections in {city} with a layover over two hours", "under/over"),
    (WX, "overnight lows in {city} under {tempf}°F on {weekday}", "overnight lows in {city} over {tempf}°F on {weekday}", "under/over"),
    (WX, "nights in {month} when {city} is colder than {tempc} °C", "nights in {month} when {city} is warmer than {tempc} °C", "colder/warmer"),
    (WX, "warmest afternoon this week in {city}", "coldest afternoon this week in {city}", "warmest/coldest"),
    (ORD, "orders heavier than {n} kg shipped to {country}", "orders lighter than {n} kg shipped to {country}", "heavier/lighter"),
    (ORD, "returns worth at least ${amount}", "returns worth less than ${amount}", "at least/less than"),
    (KB, "plans that allow more than {n} guest users", "plans that allow fewer than {n} guest users", "more/fewer"),
    (DOC, "is {lang} client {ver} or later required for {endpoint}", "is {lang} client {ver} or earlier required for {endpoint}", "or later/or earlier"),
    (DOC, "requests to {endpoint} that take longer than 2 s", "requests to {endpoint} that take less than 2 s", "longer/less"),
    (POL, "vacation accrual once you pass five years' tenure", "vacation accrual before you reach five years' tenure", "past/short of a threshold"),
    (POL, "{procedure} spending beyond the annual cap", "{procedure} spending within the annual cap", "beyond/within"),
    (PR, "Fernseher größer als {inch} Zoll", "Fernseher kleiner als {inch} Zoll", "[de] bigger/smaller"),
    (SQL, "tiendas que facturaron por encima de {amount} mil euros en {es_month}", "tiendas que facturaron por debajo de {amount} mil euros en {es_month}", "[es] above/below"),
]

T["negation"] = [
    (KB, "team members who have never logged in", "team members who have logged in", "never"),
    (KB, "features the {plan} plan no longer includes", "features the {plan} plan includes", "no longer"),
    (KB, "mute all channels except announcements", "mute all channels including announcements", "except/including"),
    (ORD, "anything {email} ordered that never arrived", "anything {email} ordered that arrived", "never"),
    (ORD, "items in order {order} that are not eligible for return", "items in order {order} that are eligible for return", "not"),
    (ORD, "addresses we no longer ship to in {country}", "addresses we ship to in {country}", "no longer"),
    (FL, "{airline} flights to {city} that don't include a meal", "{airline} flights to {city} that include a meal", "don't"),
    (FL, "routes {airline} no longer flies from {city}", "routes {airline} flies from {city}", "no longer"),
    (FL, "fares without free cancellation {city} to {city#2}", "fares with free cancellation {city} to {city#2}", "without/with"),
    (PR, "{product} unsuitable for outdoor use", "{product} suitable for outdoor use", "un- prefix"),
    (PR, "{brand} {product} in a colour other than {color}", "{brand} {product} in the {color} colour", "other than"),
    (PR, "{product} from any maker apart from {brand}", "{product} that {brand} makes", "apart from"),
    (SQL, "customers in {country} who never used a discount code", "customers in {country} who used a discount code", "never"),
    (SQL, "revenue in {pastyear} excluding {region}", "revenue in {pastyear} from {region} only", "excluding/only"),
    (SQL, "subscribers who are no longer on the {plan} plan", "subscribers who are on the {plan} plan", "no longer"),
    (SQL, "accounts inactive for {n} days", "accounts active for {n} days", "in- prefix"),
    (SQL, "orders shipped anywhere except {country}", "orders shipped to {country}", "except"),
    (WX, "how many sunless hours in {city} on {weekday}", "how many sunny hours in {city} on {weekday}", "-less suffix"),
    (WX, "{city} weekend forecast, no hourly detail", "{city} weekend forecast with hourly detail", "no/with"),
    (DOC, "{lang} client methods that don't support streaming", "{lang} client methods that support streaming", "don't"),
    (DOC, "fields of {endpoint} that are non-nullable", "fields of {endpoint} that are nullable", "non- prefix"),
    (POL, "leave types that are unpaid", "leave types that are paid", "un- prefix"),
    (POL, "{procedure} when it is not medically necessary", "{procedure} when it is medically necessary", "not"),
    (ORD, "Bestellungen, die noch nicht bezahlt sind", "Bestellungen, die bezahlt sind", "[de] not yet paid/paid"),
    (FL, "vols sans escale vers {city}", "vols avec escale vers {city}", "[fr] without/with stopover"),
    (KB, "usuarios que ya no tienen acceso al espacio {plan}", "usuarios que tienen acceso al espacio {plan}", "[es] no longer"),
]

T["antonym_action"] = [
    (KB, "archive the {integration} channel", "unarchive the {integration} channel", "archive/unarchive"),
    (KB, "how to mute a thread on the {device}", "how to unmute a thread on the {device}", "mute/unmute"),
    (KB, "grant {person} admin rights", "revoke {person}'s admin rights", "grant/revoke"),
    (KB, "how to turn on read receipts", "how to turn off read receipts", "turn on/off"),
    (KB, "promote {person} to workspace owner", "demote {person} from workspace owner", "promote/demote"),
    (ORD, "pause my subscription box from {month}", "resume my subscription box from {month}", "pause/resume"),
    (ORD, "accept the replacement offered for order {order}", "decline the replacement offered for order {order}", "accept/decline"),
    (ORD, "add gift wrapping to order {order}", "remove gift wrapping from order {order}", "add/remove"),
    (ORD, "hold order {order} at the {carrier} depot", "release order {order} from the {carrier} depot", "hold/release"),
    (FL, "book a seat upgrade on {flightno}", "cancel the seat upgrade on {flightno}", "book/cancel"),
    (FL, "join the {airline} frequent flyer programme", "leave the {airline} frequent flyer programme", "join/leave"),
    (FL, "accept the schedule change on {airline} booking {pnr}", "reject the schedule change on {airline} booking {pnr}", "accept/reject"),
    (PR, "put the {brand} {product} on my wishlist", "take the {brand} {product} off my wishlist", "put on/take off"),
    (PR, "subscribe to price drop alerts for the {product}", "unsubscribe from price drop alerts for the {product}", "subscribe/unsubscribe"),
    (SQL, "customers who opted in to marketing emails in {month}", "customers who opted out of marketing emails in {month}", "opted in/out"),
    (SQL, "seats added by {company} in {q}", "seats removed by {company} in {q}", "added/removed"),
    (SQL, "hires in {dept} during {pastyear}", "departures from {dept} during {pastyear}", "hires/departures"),
    (DOC, "encrypt a payload with the {lang} client", "decrypt a payload with the {lang} client", "encrypt/decrypt"),
    (DOC, "attach a payment method via {endpoint}", "detach a payment method via {endpoint}", "attach/detach"),
    (DOC, "zip up the export files with the {lang} client", "unzip the export files with the {lang} client", "zip/unzip"),
    (POL, "how to sign up for the cycle-to-work scheme", "how to drop out of the cycle-to-work scheme", "sign up/drop out"),
    (POL, "how to enrol my spouse in dental cover", "how to remove my spouse from dental cover", "enrol/remove"),
    (WX, "will temperatures in {city} rise after {weekday}", "will temperatures in {city} fall after {weekday}", "rise/fall"),
    (WX, "what time does the frost clear in {city} on {weekday}", "what time does the frost form in {city} on {weekday}", "clear/form"),
    (KB, "Benachrichtigungen für {integration} aktivieren", "Benachrichtigungen für {integration} deaktivieren", "[de] enable/disable"),
    (ORD, "suspender mi suscripción a partir de {es_month}", "reanudar mi suscripción a partir de {es_month}", "[es] pause/resume"),
]

T["number"] = [
    (ORD, "track order #{order}", "track order #{order#2}", "order id, one digit changed or two transposed"),
    (ORD, "status of return {ret}", "status of return {ret#2}", "return id"),
    (ORD, "refund of {price} for order {order}", "refund of {price#2} for order {order}", "refund amount"),
    (KB, "any update on support case {ticket}", "any update on support case {ticket#2}", "case number"),
    (KB, "add {n} seats to our {plan} subscription", "add {n#2} seats to our {plan} subscription", "seat count"),
    (KB, "why am I capped at 50 GB of storage", "why am I capped at 50 TB of storage", "GB/TB"),
    (FL, "is {flightno} on time today", "is {flightno#2} on time today", "flight number"),
    (FL, "swap me into {seat} on the {airline} flight", "swap me into {seat#2} on the {airline} flight", "seat"),
    (FL, "baggage on booking reference {pnr}", "baggage on booking reference {pnr#2}", "booking code, one character"),
    (PR, "{inch}-inch OLED TV", "{inch#2}-inch OLED TV", "screen size"),
    (PR, "laptop with {ram} of RAM", "laptop with {ram#2} of RAM", "memory"),
    (PR, "trail shoes in EU size {shoe}", "trail shoes in EU size {shoe#2}", "half size"),
    (PR, "razor refill pack with 15 blades", "razor refill pack with 51 blades", "quantity, digits transposed"),
    (SQL, "invoices over ${amount} in {month}", "invoices over ${amount#2} in {month}", "amount threshold"),
    (SQL, "churn among accounts with {n} seats", "churn among accounts with {n#2} seats", "seat count"),
    (SQL, "basket size when the promo code gives {pct}% off", "basket size when the promo code gives {pct#2}% off", "percentage"),
    (SQL, "conversion rate at the {price} price point", "conversion rate at the {price#2} price point", "price point"),
    (DOC, "breaking changes in {lang} client {ver}", "breaking changes in {lang} client {ver#2}", "version (patch, minor or look-alike)"),
    (DOC, "{endpoint} keeps returning {code}, why", "{endpoint} keeps returning {code#2}, why", "status code"),
    (DOC, "set the timeout to 30 seconds in the {lang} client", "set the timeout to 30 milliseconds in the {lang} client", "unit"),
    (WX, "will it hit {tempf}°F in {city} on {weekday}", "will it hit {tempf#2}°F in {city} on {weekday}", "temperature"),
    (WX, "{city} rainfall over the next 24 hours", "{city} rainfall over the next 48 hours", "time window"),
    (WX, "gusts above 40 km/h in {city} on {weekday}", "gusts above 40 mph in {city} on {weekday}", "km/h vs mph"),
    (POL, "mileage reimbursement for a 120 km trip", "mileage reimbursement for a 210 km trip", "distance, digits transposed"),
    (POL, "dental cover for 2 children", "dental cover for 3 children", "count"),
    (FL, "Flug {flightno} am {de_weekday}", "Flug {flightno#2} am {de_weekday}", "[de] flight number"),
    (ORD, "suivi de la commande {order}", "suivi de la commande {order#2}", "[fr] order id"),
]

T["date"] = [
    (WX, "what's {city} looking like weather-wise on {date}", "what's {city} looking like weather-wise on {date#2}", "day"),
    (WX, "will it snow in {city} tonight", "will it snow in {city} tomorrow night", "tonight/tomorrow night"),
    (WX, "{city} outlook for this coming weekend", "{city} outlook for the weekend after this one", "this/next weekend"),
    (WX, "hourly forecast for {city} on {weekday}", "hourly forecast for {city} on {weekday#2}", "weekday"),
    (FL, "{airline} award seats to {city} on {dmy}", "{airline} award seats to {city} on {dmy#2}", "day"),
    (FL, "fares to {city} departing {usd}", "fares to {city} departing {usd#2}", "US date, day and month swapped"),
    (ORD, "book the {carrier} pickup for {weekday} at {ampm}", "book the {carrier} pickup for {weekday} at {ampm#2}", "am/pm"),
    (ORD, "what did {email} buy the day before yesterday", "what did {email} buy yesterday", "day before yesterday/yesterday"),
    (ORD, "deliveries scheduled for {date}", "deliveries scheduled for {date#2}", "day"),
    (ORD, "returns logged during the opening days of {month}", "returns logged during the closing days of {month}", "start/end of the month"),
    (ORD, "orders due {usd}", "orders due {usd#2}", "US date swap"),
    (SQL, "signups in {month} {pastyear}", "signups in {month#2} {pastyear}", "month"),
    (SQL, "revenue in {q} {pastyear}", "revenue in {q#2} {pastyear}", "quarter"),
    (SQL, "logins from {region} in the current week", "logins from {region} in the prior week", "current/prior week"),
    (SQL, "approved budget for {year}", "approved budget for {year#2}", "year"),
    (SQL, "refunds issued before mid-{month}", "refunds issued after mid-{month}", "before/after mid-month"),
    (KB, "invoice for the billing period ending {date}", "invoice for the billing period ending {date#2}", "day"),
    (KB, "why was I charged twice on {dmy}", "why was I charged twice on {dmy#2}", "day"),
    (DOC, "changelog entries from {month}", "changelog entries from {month#2}", "month"),
    (DOC, "API deprecations scheduled for {year}", "API deprecations scheduled for {year#2}", "year"),
    (POL, "office holidays on the {country} calendar for {year}", "office holidays on the {country} calendar for {year#2}", "year"),
    (POL, "do we get {holiday} off", "do we get the day after {holiday} off", "holiday vs the day after"),
    (POL, "leave requests for the week before {holiday}", "leave requests for the week after {holiday}", "week before/after"),
    (PR, "can the {product} be delivered by {weekday}", "can the {product} be delivered by {weekday#2}", "weekday"),
    (WX, "Regenrisiko {city} übermorgen", "Regenrisiko {city} morgen", "[de] day after tomorrow/tomorrow"),
    (FL, "vols pour {city} le {fr_weekday} matin", "vols pour {city} le {fr_weekday#2} matin", "[fr] weekday"),
    (SQL, "ventas de {es_month} por tienda", "ventas de {es_month#2} por tienda", "[es] month"),
]

T["entity"] = [
    (WX, "{city} frost tonight", "{city#2} frost tonight", "city"),
    (WX, "sea temperature at {twin_city}", "sea temperature at {twin_city#2}", "look-alike city"),
    (FL, "priority pass lounges at {airport}", "priority pass lounges at {airport#2}", "look-alike airport code"),
    (FL, "{airline} excess baggage to {city}", "{airline#2} excess baggage to {city}", "airline"),
    (ORD, "orders shipped to {email}", "orders shipped to {email#2}", "email (often the same mailbox at another domain)"),
    (ORD, "open orders from any {domain} account", "open orders from any {domain#2} account", "domain, TLD changed"),
    (ORD, "parcels handled by {carrier}", "parcels handled by {carrier#2}", "carrier"),
    (ORD, "purchases by {twin_person}", "purchases by {twin_person#2}", "look-alike name"),
    (PR, "who repairs a broken {brand} {product}", "who repairs a broken {brand#2} {product}", "brand"),
    (PR, "{gadget} replacement battery", "{gadget#2} replacement battery", "product model"),
    (PR, "{color} version of the {brand} {product}", "{color#2} version of the {brand} {product}", "colour"),
    (SQL, "ARR from {company}", "ARR from {company#2}", "company"),
    (SQL, "tickets handled by {first}", "tickets handled by {first#2}", "lower-case first name"),
    (SQL, "sales in {country} last quarter", "sales in {country#2} last quarter", "country"),
    (SQL, "share of checkouts paid with {payment} in {month}", "share of checkouts paid with {payment#2} in {month}", "payment method"),
    (SQL, "headcount reporting to {person}", "headcount reporting to {person#2}", "person"),
    (DOC, "{db} connector for the {lang} client", "{db#2} connector for the {lang} client", "database"),
    (DOC, "{endpoint} request schema", "{endpoint#2} request schema", "endpoint"),
    (DOC, "hello-world example in {lang}", "hello-world example in {lang#2}", "language"),
    (KB, "{integration} sync keeps failing", "{integration#2} sync keeps failing", "integration"),
    (KB, "invite {email} as a guest", "invite {email#2} as a guest", "email"),
    (POL, "what does the {tier} tier pay towards glasses", "what does the {tier#2} tier pay towards glasses", "tier"),
    (POL, "per diem rates for {country}", "per diem rates for {country#2}", "country"),
    (POL, "on-call rota for {dept}", "on-call rota for {dept#2}", "department"),
    (KB, "switch the help centre to {hlang}", "switch the help centre to {hlang#2}", "language"),
    (KB, "Rechnungen an {email} schicken", "Rechnungen an {email#2} schicken", "[de] email"),
    (FL, "equipaje de mano en {airline}", "equipaje de mano en {airline#2}", "[es] airline"),
    (WX, "météo à {city} ce soir", "météo à {city#2} ce soir", "[fr] city"),
]

T["scope"] = [
    (WX, "{city} daytime peak temperature {weekday}", "{city} overnight minimum temperature {weekday}", "high vs low"),
    (WX, "{city} chance of snow {weekday}", "{city} expected snow depth {weekday}", "probability vs amount"),
    (WX, "golden hour timing in {city} on {date}", "total daylight hours in {city} on {date}", "golden hour vs daylight"),
    (FL, "terminal for {flightno}", "baggage carousel for {flightno}", "terminal vs carousel"),
    (FL, "{airline} infant fare rules", "{airline} unaccompanied minor rules", "infant vs unaccompanied minor"),
    (FL, "how early does check-in open for {flightno}", "how late can I check in for {flightno}", "opening vs closing"),
    (ORD, "how much was I refunded for order {order}", "when will I be refunded for order {order}", "amount vs time"),
    (ORD, "customs fees on order {order}", "customs paperwork for order {order}", "fees vs paperwork"),
    (ORD, "which carrier has order {order}", "which warehouse shipped order {order}", "carrier vs warehouse"),
    (PR, "{brand} {product} assembly time", "{brand} {product} tools needed for assembly", "time vs tools"),
    (PR, "price of the {gadget}", "release date of the {gadget}", "price vs release date"),
    (PR, "{brand} {product} return shipping cost", "{brand} {product} return window length", "cost vs window"),
    (SQL, "order value standard deviation in {country} in {pastyear}", "order value 90th percentile in {country} in {pastyear}", "spread vs percentile"),
    (SQL, "number of trials started in {month}", "number of trials converted in {month}", "started vs converted"),
    (SQL, "gross margin by product line in {q}", "gross margin by sales channel in {q}", "grouping"),
    (SQL, "payback period on ad spend in {region}", "average contract length in {region}", "payback vs contract length"),
    (DOC, "rate limit for {endpoint}", "request timeout for {endpoint}", "rate limit vs timeout"),
    (DOC, "installing the {lang} client on a build server", "upgrading the {lang} client on a build server", "install vs upgrade"),
    (DOC, "sandbox base URL for {endpoint}", "production base URL for {endpoint}", "sandbox vs production"),
    (KB, "how to export the audit log", "how long the audit log is kept", "export vs retention"),
    (KB, "price per extra seat on {plan}", "maximum number of seats on {plan}", "price vs limit"),
    (POL, "how many days of bereavement leave", "who to notify about bereavement leave", "amount vs process"),
    (POL, "{procedure} co-pay on the {tier} tier", "{procedure} annual limit on the {tier} tier", "co-pay vs limit"),
    (POL, "jury duty pay", "jury duty proof required", "pay vs proof"),
    (KB, "Kosten für zusätzliche Nutzer im {plan} Tarif", "Limit für zusätzliche Nutzer im {plan} Tarif", "[de] cost vs limit"),
    (ORD, "délai de remboursement de la commande {order}", "montant du remboursement de la commande {order}", "[fr] time vs amount"),
    (WX, "hora de salida del sol en {city}", "hora de puesta del sol en {city}", "[es] sunrise vs sunset"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test2",
    order_digits=8,
    extra_pools={
        "ret": pairgen.prefixed_pool("RT-", 10000, 99999),  # return id "RT-52817"
        "ticket": pairgen.prefixed_pool("CASE-", 100000, 999999),  # support case "CASE-318204"
        "pnr": pairgen.code_pool(),  # booking code "K7XQ2M"; the second one has one character changed
        "dmy": pairgen.day_month_pool(LISTS["month"]),  # "14 April"
        "ampm": pairgen.ampm_pool((1, 2, 3, 4, 5)),  # "3am" / "3pm"
        "price": pairgen.cents_price_pool(),  # "$349.95"
    },
    apart=(  # every other split; slot values strictly apart (numbers too), the closed sets excepted
        Apart("tune", values="strict"),
        Apart("test", values="strict", quiet=True),  # collisions with the test split reported by id or index only
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
