#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "test3", a third fresh held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test3.py          # write pairs_test3.jsonl, print the report
    python evals/cache/generate_test3.py --check  # regenerate in memory, fail if the file on disk differs

test2 has been read once for a decision (see evals/cache/README.md), so test3 is a further clean
measurement: same record format, the same 15 categories and 8 tools, and the same size (25 pairs
per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in new
wording and new slot pools. It was written from evals/cache/README.md, pairgen.py and
generate_test2.py only, without looking at the guard or any file under src/arbiter/cache, and
nothing was scored on it while it was written.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test3
result leads to a change of the guard, the thresholds or the templates, test3 is used up too.

What is new compared with the earlier splits: synonym rewrites that replace several words at once,
shortened keyword forms with symbols (`>`, `y/n`, `wk1`), paraphrases that contain a negation or
comparison word without being one (`doesn't cost more than` / `≤ ... USD`, `without paying`); near misses
with subject/object swaps (`who invited X` / `who did X invite`, `candidates X referred` / `who
referred X`), `A vs B` swaps whose order matters, verb pairs that are not prefix pairs (hire/fire,
lend/borrow, deposit/withdraw, earn/spend, charge/refund, strengthen/weaken, lift/settle, push/pull,
pay out/claw back; next to two prefix pairs, freeze/unfreeze and pair/unpair), currencies and scale words (thousands/millions, GB/MB, per
second/per minute, m/ft), fiscal years (`FY25`), look-alike versions (`8.2`/`8.20`), a release
candidate vs the release, the same mailbox at another domain, look-alike names and cities, and
scope changes to another attribute of the same thing (eligibility vs waiting period, file size vs
number of files, mean vs median, wind speed vs direction).

The self-check (pairgen.self_check; nothing is written if it fails) keeps test3 apart from every
other split: no template string shared with the tune, test, test2 or tune2-tune5 templates, none
worded like one of them (word Jaccard 0.7 or more, a slot counting as one word named after its
pool), and none equal to a sentence of any pairs_*.jsonl file or a string of tests/cache/pairs.py;
no sentence and no (a, b) pair (either order) shared with pairs_tune*.jsonl, pairs_test.jsonl or
pairs_test2.jsonl (a collision with a test split is reported by id only, so its text is never
printed); no slot value in any other split's pools, numbers included (the closed sets, weekdays,
months and quarters, are the only exception); ids unique; a != b; no unfilled slot; exactly 25 / 54
pairs per category from at least 12 / 20 templates; all 8 tools; 5-15% German, French or Spanish pairs.
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
# Slot pools: no value in the pools of tune, test, test2 or tune2-tune5, numbers included; only the
# closed sets (weekdays, months, quarters, in any language) repeat. Checked by the self-check.
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "robot lawn mower": ["Husqvarna", "Worx", "Gardena"],
    "induction hob": ["Neff", "Siemens", "AEG"],
    "gravel bike": ["Specialized", "Giant", "Cervélo"],
    "mirrorless camera": ["Panasonic", "OM System", "Leica"],
    "portable power station": ["EcoFlow", "Jackery", "Bluetti"],
    "dehumidifier": ["Meaco", "De'Longhi", "Pro Breeze"],
    "child car seat": ["Maxi-Cosi", "Britax", "Nuna"],
    "running watch": ["Coros", "Polar", "Suunto"],
}

LISTS = {
    "city": ["Bremen", "Lausanne", "Rennes", "Genoa", "Granada", "Poznan", "Tartu", "Uppsala", "Stavanger",
             "Cardiff", "Galway", "Edmonton", "Sacramento", "Raleigh", "Savannah", "Sendai", "Da Nang", "Cairns",
             "Dunedin", "Mombasa", "Oaxaca", "Arequipa", "Curitiba"],
    "country": ["Slovakia", "Montenegro", "Albania", "Moldova", "Ukraine", "Tanzania", "Uganda", "Senegal",
                "Botswana", "Jamaica", "Guatemala", "Taiwan", "Kuwait", "Saudi Arabia", "Turkey", "Pakistan",
                "Bangladesh", "Uzbekistan", "Fiji"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "de_weekday": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr_weekday": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es_month": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
    "person": ["Henrik Aalto", "Zainab Bello", "Rui Tavares", "Clara Jimenez", "Dmitri Volkov", "Aisha Rahman",
               "Tobias Lang", "Santiago Vega", "Hana Novotna", "Liam O'Connor", "Freya Lindgren", "Kaito Fujii"],
    "first": ["henrik", "zainab", "rui", "clara", "dmitri", "aisha"],
    "plan": ["Sprout", "Trailhead", "Keystone", "Pinnacle"],
    "region": ["Southern Europe", "Western Europe", "East Asia", "Sub-Saharan Africa", "the Great Lakes",
               "the Sun Belt", "ANZ"],
    "procedure": ["dental crowns", "occupational therapy", "CT scans", "prescription glasses", "colonoscopy",
                  "couples counselling", "ambulance transport"],
    "payment": ["Bizum", "Pix", "UPI", "Affirm", "Satispay", "WeChat Pay"],
    "device": ["iMac", "Samsung TV", "Fire tablet", "Nest Hub", "OnePlus phone", "Galaxy phone"],
    "lang": ["JavaScript", "Deno", ".NET", "Flutter", "React Native", "Unity"],
    "integration": ["Google Drive", "Zoom", "GitHub", "PagerDuty", "BambooHR", "Okta", "Typeform", "Monday.com"],
    "endpoint": ["/orders", "/sessions", "/invites", "/exports", "/api_keys", "/usage_records", "/line_items"],
    "db": ["SQL Server", "Databricks", "Trino", "Vertica", "Supabase"],
    "airline": ["Austrian Airlines", "Eurowings", "Condor", "airBaltic", "WestJet", "Southwest", "Kenya Airways",
                "Thai Airways"],
    "dept": ["Revenue Operations", "Talent Acquisition", "Data Engineering", "Inside Sales", "Warehouse Operations",
             "Product Marketing"],
    "company": ["Thistle & Pine", "Bluewater Cycles", "Granite Peak Software", "Oakhurst Pharmacy",
                "Larkfield Studios", "Saltbox Coffee", "Wrenfield Insurance", "Cinder Robotics"],
    "tier": ["Evergreen", "Heritage", "Cornerstone", "Beacon"],
    "holiday": ["Victoria Day", "Anzac Day", "King's Day", "Presidents' Day", "Corpus Christi", "New Year's Eve"],
    "cur": ["RON", "ILS", "COP", "KES", "TWD", "MYR"],
    "color": ["sage green", "burnt orange", "dusty pink", "sky blue", "anthracite", "champagne"],
    "hlang": ["Croatian", "Hindi", "Welsh", "Basque", "Lithuanian", "Tamil"],
    "fmt": ["TOML", "ODT", "vCard", "GPX", "KML", "PPTX"],
    "carrier": ["Chronopost", "Packeta", "Yodel", "OnTrac", "SEUR", "An Post"],
    "gadget": ["iPhone 16 Pro", "Galaxy S24", "Kindle Colorsoft", "Steam Deck OLED", "Bose QuietComfort Ultra",
               "Garmin Forerunner 265", "Pixel 9", "Kobo Sage"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [135, 185, 240, 290, 360, 460, 575, 720, 1350, 1900],
    "n": [49, 54, 59, 63, 72, 84],
    "tempc": [-16, -18, -20, -22],
    "tempf": [49, 54, 61, 71, 79, 88],
    "pct": [1.5, 3.5, 6.5, 22.5, 27.5, 32.5],
    "code": [417, 423, 424, 426, 428, 431, 508, 511],
    "shoe": ["38.5", "39.5", "40.5", "41.5"],
    "ssd": ["256 GB", "512 GB", "1 TB", "2 TB", "4 TB"],
    "seat": ["31E", "31F", "32E", "32F"],
    "year": [2031, 2032, 2033],
    "fy": ["FY24", "FY25", "FY26"],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Lecce", "Lucca"), ("Pisa", "Pula"), ("Burgos", "Bruges"), ("Tours", "Toul")],
    "twin_person": [("Lukas Weber", "Lucas Webber"), ("Sofie Dahl", "Sophie Dahl"), ("Omar Farouk", "Omar Faruk"),
                    ("Elena Marx", "Elena Marks")],
    "airport": [("NCE", "NCL"), ("DUB", "DUS"), ("FCO", "FAO"), ("HAM", "HAJ")],
    "usd": [("4/11", "11/4"), ("6/9", "9/6"), ("3/12", "12/3"), ("8/10", "10/8")],
    "domain": [("saltmarsh.com", "saltmarsh.co"), ("heronpost.io", "heronpost.ai"), ("copperfield.net", "copperfield.org")],
    "ver": [("4.7.2", "4.7.3"), ("8.2", "8.20"), ("5.0.0-rc.1", "5.0.0"), ("18.3", "18.4")],
}

EMAIL = (["h.aalto", "zbello", "rui.t", "clara.j", "dvolkov", "aisha.r"],
         ["gmx.net", "mailbox.org", "aol.com", "laposte.net"])
AIRLINE_CODE = {"Austrian Airlines": "OS", "Eurowings": "EW", "Condor": "DE", "airBaltic": "BT", "WestJet": "WS",
                "Southwest": "WN", "Kenya Airways": "KQ", "Thai Airways": "TG"}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (WX, "{city} UV index and pollen count {weekday}", "{weekday} pollen count and UV index {city}", "day moved, list order swapped"),
    (FL, "{airline} nonstop from {city} to {city#2}, cheapest in {month}", "cheapest in {month}: {airline} nonstop from {city} to {city#2}", "clause moved, route order kept"),
    (ORD, "cancel line item 2 of order {order}", "order {order}: cancel line item 2", "order moved to the front"),
    (PR, "{product} by {brand} with a 5-year warranty in stock near {city}", "in stock near {city}, {product} by {brand} with a 5-year warranty", "location moved to the front"),
    (SQL, "{fy} gross bookings per sales rep in {region}", "gross bookings per sales rep in {region}, {fy}", "fiscal year moved to the end"),
    (DOC, "{endpoint} exponential backoff retry {lang} SDK", "{lang} SDK exponential backoff retry {endpoint}", "language and endpoint swapped places"),
    (POL, "parental leave top-up pay for {dept} staff", "{dept} staff parental leave top-up pay", "team moved to the front"),
    (KB, "SAML login loop on {device} after password reset", "after password reset, SAML login loop on {device}", "clause moved to the front"),
    (WX, "wind chill tomorrow morning {city}", "{city} tomorrow morning wind chill", "city moved to the front"),
    (ORD, "{carrier} tracking number missing for order {order}", "order {order} {carrier} tracking number missing", "order moved to the front"),
    (SQL, "refund rate by payment method {q} {fy}", "{q} {fy} refund rate by payment method", "period moved to the front"),
    (KB, "{integration} integration webhook failures since {weekday}", "since {weekday}, {integration} integration webhook failures", "time moved to the front"),
    (PR, "{brand} {product} in {color}, free returns, ships to {city}", "ships to {city}, free returns, {brand} {product} in {color}", "clauses reordered"),
    (POL, "{procedure} coverage limit per year {tier} plan", "{tier} plan {procedure} coverage limit per year", "plan moved to the front"),
    (DOC, "{db} connection pool size {lang} SDK", "{lang} SDK {db} connection pool size", "language moved to the front"),
    (FL, "Handgepäck Größe {airline} Langstrecke", "{airline} Langstrecke Handgepäck Größe", "[de] same words reordered"),
    (WX, "prévisions neige {city} ce week-end", "ce week-end prévisions neige {city}", "[fr] same words reordered"),
]

T["shorten"] = [
    (WX, "We're planning a picnic in {city} on {weekday} afternoon, do you think it'll stay dry or should we expect showers?", "{city} showers {weekday} afternoon", "context dropped"),
    (FL, "My parents are flying {airline} from {city} to {city#2} on {date} and want to know how much luggage they can check in for free", "{airline} free checked luggage {city} to {city#2} {date}", "keywords kept"),
    (ORD, "The tracking page for order {order} has said 'label created' for five days now, has it actually been handed to {carrier}?", "order {order} handed over to {carrier} yet?", "story cut"),
    (PR, "Looking for a {product} from {brand} that can be delivered to {city} before the weekend, ideally in {color}", "{brand} {product} {color}, delivery to {city} before the weekend", "keywords kept"),
    (SQL, "For the board deck I need the average deal size we closed in {region} during {q} {fy}, broken down by sales rep", "avg deal size {region} {q} {fy} by rep", "abbreviated keywords"),
    (DOC, "I'm building an integration in {lang} and need to know how to upload a file larger than the request limit to {endpoint} in chunks", "chunked upload to {endpoint} in {lang}", "context dropped"),
    (POL, "My partner and I are expecting twins in the spring; how many weeks of paid parental leave would I be entitled to as a {dept} employee?", "paid parental leave weeks for twins, {dept} employee", "story cut"),
    (KB, "Since the update yesterday, the mobile app on my {device} logs me out every time I close it. How do I stay signed in?", "{device} app keeps logging me out since yesterday's update", "question cut"),
    (WX, "I'm cycling to work in {city} on {date} and wondering whether the wind will be strong enough to make it miserable", "{city} wind strength {date}", "reason dropped"),
    (ORD, "I paid for express shipping on order {order} but it arrived a week late; can I get the shipping fee back?", "express shipping fee refund, late order {order}", "story cut"),
    (FL, "We have a connection in {city} on {airline} with only 50 minutes between flights. Is that enough time, or do we risk missing it?", "{airline} 50 min connection in {city} enough?", "keywords kept"),
    (SQL, "Can you work out how many customers in {country} bought something in {month} and then bought again within 30 days?", "{country} {month} customers repurchasing within 30 days", "keywords kept"),
    (PR, "I have a small flat and need a dehumidifier that is quiet enough to run at night, under ${amount} if possible", "quiet dehumidifier for night use under ${amount}", "context dropped"),
    (KB, "Je n'arrive plus à exporter mes contacts vers {integration}, le bouton reste grisé, que faire ?", "export contacts vers {integration} bouton grisé", "[fr] keywords kept"),
    (POL, "Si me caso el mes que viene, ¿cuántos días libres me corresponden por matrimonio?", "días libres por matrimonio", "[es] keywords kept"),
]

T["question_keyword"] = [
    (WX, "At what time will the sun rise over {city} on {date}?", "{date} sunrise {city}", "question vs keywords"),
    (FL, "How much legroom do {airline} economy seats have?", "{airline} economy seat pitch", "question vs keywords, synonym"),
    (ORD, "Can I still change the delivery address on order {order}?", "order {order} change delivery address", "question vs keywords"),
    (PR, "How many years of guarantee does {brand} give on the {product}?", "{brand} {product} guarantee years", "question vs keywords"),
    (SQL, "Which {country} customers spent the most with us in {fy}?", "top spending customers {country} {fy}", "question vs keywords"),
    (DOC, "How do I set a custom user agent in the {lang} SDK?", "{lang} SDK custom user agent", "question vs keywords"),
    (POL, "Does the {tier} plan cover {procedure} for dependants?", "{tier} plan {procedure} cover dependants", "question vs keywords"),
    (KB, "How do I merge two duplicate accounts into one?", "merge duplicate accounts", "question vs keywords"),
    (WX, "What's the pollen count going to be in {city} tomorrow?", "{city} pollen count tomorrow", "question vs keywords"),
    (ORD, "When will the missing item from order {order} be sent?", "order {order} missing item dispatch date", "question vs keywords"),
    (FL, "Can I stream video on the {airline} inflight internet to {city}?", "{airline} inflight internet, video streaming, {city} route", "question vs keywords"),
    (SQL, "What was the average time to first response for {dept} tickets in {month}?", "{dept} avg first response time {month}", "question vs keywords"),
    (DOC, "What's the maximum payload size accepted by {endpoint}?", "{endpoint} max payload size", "question vs keywords"),
    (PR, "Wie lange hält der Akku vom {gadget}?", "{gadget} Akkulaufzeit", "[de] question vs keywords"),
    (KB, "¿Cómo activo el modo oscuro en el {device}?", "activar modo oscuro {device}", "[es] question vs keywords"),
]

T["synonym"] = [
    (KB, "how do I recover an account when I've forgotten the password", "regain access after forgetting my login credentials", "several words replaced"),
    (ORD, "order {order} arrived damaged, what now", "package {order} showed up broken, what are my options", "several words replaced"),
    (WX, "will {city} be baking hot on {weekday}", "{city} {weekday}: extreme heat expected?", "rephrased"),
    (FL, "budget direct flight {city} to {city#2} in {month}", "cheap nonstop airfare from {city} heading to {city#2} during {month}", "several words replaced"),
    (PR, "lightweight travel stroller that folds easily", "compact, low-weight pushchair with a simple fold", "several words replaced"),
    (SQL, "how many shoppers abandoned their carts in {month}", "count of customers who left checkout without paying, {month}", "rephrased, contains 'without'"),
    (DOC, "stop the {lang} SDK from printing so much", "reduce log verbosity in the {lang} SDK", "rephrased"),
    (POL, "can I carry over unused holiday to next year", "do leftover vacation days roll into the following year", "several words replaced"),
    (KB, "the dashboard won't open on my {device}", "dashboard fails to load on {device}", "rephrased, contains 'won't'"),
    (ORD, "I need a duplicate receipt for order {order}", "reissue the receipt for order {order}", "rephrased"),
    (WX, "will there be thunder in {city} tonight", "{city} storms expected this evening?", "synonyms"),
    (FL, "can I bring my bike on {airline}", "{airline} policy for transporting a bicycle", "rephrased"),
    (SQL, "which items do people send back the most in {country}", "most frequently returned products in {country}", "several words replaced"),
    (DOC, "{endpoint} gives me an auth error", "{endpoint} responds with unauthorized", "synonyms"),
    (POL, "Bekomme ich Geld für meine Brille zurück?", "Werden Brillenkosten erstattet?", "[de] rephrased"),
    (PR, "portátil que no pese mucho para la universidad", "portátil ligero para la universidad", "[es] rephrased"),
]

T["typo"] = [
    (WX, "chance of hailstorms around {city} this {weekday}", "chance of hailstroms around {city} this {weekday}", "one typo"),
    (FL, "{airline} baggage allowance for {city}", "{airline} bagage allowence for {city}", "two typos"),
    (ORD, "where is the refund for order {order}", "wehre is the refund for order {order}", "one typo"),
    (PR, "spare battery pack for the {brand} {product}", "spare battery pakc for the {brand|lower} {product}", "lower-case brand + typo"),
    (SQL, "{fy} net new MRR, {region} segment", "{fy} net new MRR, {region} segmnet", "one typo"),
    (DOC, "{lang} SDK sample code for signing requests", "{lang} SDK sampel code for signing requets", "two typos"),
    (POL, "statutory maternity pay top-up for part-timers", "statutory maternaty pay top up for part-timers", "typo + hyphen dropped"),
    (KB, "can't receive verification email", "cant recieve verification email", "apostrophe dropped + typo"),
    (WX, "SNOW DEPTH IN {city|upper} THIS WEEK", "snow depht in {city} this week", "all caps vs lower case + typo"),
    (ORD, "redirect order {order} to my neighbour's house", "redirect order {order} to my neighbours hosue", "apostrophe dropped + typo"),
    (FL, "{airline} online check-in for {flightno}", "{airline} online checkin for {flightno}", "hyphen dropped"),
    (SQL, "customer lifetime value in {country}", "customer lifetime vlaue in {country}?", "typo + punctuation"),
    (DOC, "validating the HMAC on incoming callbacks with {lang}", "validating the HMAC on incomming callbacks with {lang}", "one typo"),
    (KB, "Passwort zurücksetzen funktioniert nicht", "passwort zurücksetzen funktionert nicht", "[de] casing + typo"),
    (PR, "{gadget} livraison express", "{gadget|typo} livraison expresse", "[fr] model misspelt + typo"),
]

T["politeness"] = [
    (WX, "sunset time in {city} on {date}", "Hello again! Would you happen to know the sunset time in {city} on {date}? Many thanks", "greeting + hedge + thanks"),
    (FL, "{airline} refund for a cancelled flight to {city}", "Sorry to trouble you, I'd really appreciate help with the {airline} refund for a cancelled flight to {city}. Thanks!", "apology + thanks"),
    (ORD, "reprint the return shipping label, order {order}", "good morning, could you kindly help me reprint the return shipping label for order {order}? cheers", "greeting + kindly + cheers"),
    (PR, "can I pick up the {brand} {product} at your {city} store today", "Hi! Just wondering, can I pick up the {brand} {product} at your {city} store today? Thank you so much", "greeting + hedge + thanks"),
    (SQL, "churn rate in {region} for {q} {fy}", "Hey team, when you have a moment could you run the churn rate in {region} for {q} {fy}? Thanks heaps", "casual request"),
    (DOC, "{lang} SDK changelog", "Hi, apologies for the basic question, but where can I find the {lang} SDK changelog? Thanks a bunch", "apology + thanks"),
    (POL, "sick leave policy for contractors", "Dear HR, I hope this finds you well. Could you send me the sick leave policy for contractors? Kind regards", "letter-style wrapper"),
    (KB, "delete a workspace", "yo, quick one, how do I delete a workspace? ta", "slang wrapper"),
    (WX, "smog levels in {city} this afternoon", "pls tell me the smog levels in {city} this afternoon, thx!!", "pls/thx"),
    (ORD, "cancel order {order}", "Hello, I'm so sorry for the hassle, but I need to cancel order {order}. Thank you for understanding", "apology + thanks"),
    (FL, "lounge access on {airline} business class", "Hi there! Could you please let me know about lounge access on {airline} business class? Much appreciated", "greeting + please"),
    (SQL, "new signups per day last week", "Morning! Could I please get new signups per day last week? Thanks in advance :)", "greeting + please + emoticon"),
    (KB, "Konto löschen", "Hallo, könnten Sie mir bitte sagen, wie ich mein Konto lösche? Vielen Dank!", "[de] polite wrapper"),
    (POL, "congés pour déménagement", "Bonjour, excusez-moi de vous déranger : a-t-on droit à des congés pour déménagement ? Merci d'avance", "[fr] polite wrapper"),
]

T["mixed"] = [
    (WX, "Do you think I'll need an umbrella in {city} on {weekday} evening?", "{city} rain {weekday} eve?? umbrella y/n", "keywords + abbreviation + symbols"),
    (FL, "Which {airline} flights go from {city} to {city#2} without any layovers on {date}?", "{airline} {city}>{city#2} direct {date}", "symbol + synonym + keywords"),
    (ORD, "Hey, my package for order {order} says delivered but there's nothing at my door, help!", "order {order} marked delivered, not recieved", "greeting dropped + rephrased + typo"),
    (PR, "I'm hunting for a {product} from {brand} that doesn't cost more than {amount} dollars", "{brand} {product} ≤ {amount} USD", "negated comparison vs ≤ + currency code"),
    (SQL, "Could you figure out what percentage of our {country} users came back the week after signing up?", "wk1 retention % {country}", "jargon + abbreviation + symbol"),
    (DOC, "hi, how do I tell the {lang} SDK to use a proxy server for all requests?", "{lang} sdk proxy config", "greeting dropped + lower case + keywords"),
    (POL, "Is it true that I can get reimbursed for a gym membership, and if so how much?", "gym membership reimbursement amount?", "hedge dropped + keywords"),
    (KB, "Hello, I can't figure out how to add a second admin to our account, could you explain?", "add 2nd admin to account", "greeting dropped + digit + keywords"),
    (WX, "What'll the temps be like in {city} over the weekend, should I pack a coat?", "{city} weekend temps", "context dropped + keywords"),
    (ORD, "I'd like to swap the size on order {order} for one size up, is that possible?", "exchange order {order} for bigger size?", "synonyms + keywords"),
    (FL, "How long before departure does the {airline} gate close in {city}?", "{airline} gate closing time {city}?", "rephrased + keywords"),
    (SQL, "Please give me the number of orders that got refunded in {month} broken out by reason", "refunded orders {month} by reason, count", "reordered + keywords"),
    (PR, "Does anybody sell a {product} by {brand} in {color}? Can't find it anywhere", "{color} {brand} {product} whos selling", "keywords + typo"),
    (DOC, "Salut, c'est quoi la limite de requêtes par minute sur {endpoint} ?", "{endpoint} limite req/min", "[fr] greeting dropped + abbreviation"),
    (KB, "Hallo, wie kann ich meine Rechnungsadresse ändern? Finde die Option nicht", "wo Rechnungsadresse bearbeiten", "[de] greeting and context dropped + synonym"),
    (POL, "Oye, ¿la empresa paga algo si trabajo desde casa, tipo internet o luz?", "ayuda gastos teletrabajo internet luz", "[es] rephrased + keywords"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "{airline} seats out of {city} bound for {city#2}, {date}", "{airline} seats out of {city#2} bound for {city}, {date}", "route swapped"),
    (FL, "fastest connection {airport} to {airport#2}", "fastest connection {airport#2} to {airport}", "look-alike airport codes swapped"),
    (FL, "how much more legroom does {airline} offer than {airline#2}", "how much more legroom does {airline#2} offer than {airline}", "comparison roles swapped"),
    (ORD, "parcels {email} sent to {email#2}", "parcels {email#2} sent to {email}", "sender/recipient swapped"),
    (ORD, "transfer the store credit from {email} to {email#2}", "transfer the store credit from {email#2} to {email}", "transfer direction"),
    (ORD, "order {order}: send me {color#2} instead of {color}", "order {order}: send me {color} instead of {color#2}", "exchange direction"),
    (ORD, "orders shipped before the {carrier} strike", "orders shipped after the {carrier} strike", "before/after"),
    (KB, "who can see {person}'s calendar", "whose calendar can {person} see", "subject/object"),
    (KB, "one-way sync {integration} → {integration#2}", "one-way sync {integration#2} → {integration}", "sync direction"),
    (KB, "forward support tickets from {dept} to {dept#2}", "forward support tickets from {dept#2} to {dept}", "forwarding direction"),
    (KB, "who invited {email} to the workspace", "who did {email} invite to the workspace", "subject/object"),
    (SQL, "{company} vs {company#2} deal win rate in {fy}", "{company#2} vs {company} deal win rate in {fy}", "A vs B swapped (whose win rate)"),
    (SQL, "payments from {company} to {company#2} in {q}", "payments from {company#2} to {company} in {q}", "payer/payee swapped"),
    (SQL, "{cur}/{cur#2} exchange rate on {date}", "{cur#2}/{cur} exchange rate on {date}", "currency pair reversed"),
    (SQL, "candidates {person} referred in {fy}", "who referred {person} in {fy}", "subject/object"),
    (POL, "who is {person}'s line manager", "who does {person} line-manage", "subject/object"),
    (POL, "relocation allowance when moving from {country} to {country#2}", "relocation allowance when moving from {country#2} to {country}", "relocation direction"),
    (POL, "can {dept} staff be seconded to {dept#2}", "can {dept#2} staff be seconded to {dept}", "secondment direction"),
    (WX, "{city} vs {city#2}: how much warmer on {weekday}", "{city#2} vs {city}: how much warmer on {weekday}", "A vs B swapped"),
    (WX, "does the weather front reach {city} before {city#2}", "does the weather front reach {city#2} before {city}", "order of arrival swapped"),
    (PR, "{product} sorted by price, lowest to highest", "{product} sorted by price, highest to lowest", "sort order"),
    (PR, "trade in my {gadget} for credit towards a {gadget#2}", "trade in my {gadget#2} for credit towards a {gadget}", "trade-in direction"),
    (DOC, "turn a {fmt} file into {fmt#2} using the {lang} SDK", "turn a {fmt#2} file into {fmt} using the {lang} SDK", "conversion direction"),
    (DOC, "migrating tables from {db} to {db#2}", "migrating tables from {db#2} to {db}", "migration direction"),
    (DOC, "redirect calls from {endpoint} to {endpoint#2} during the deprecation", "redirect calls from {endpoint#2} to {endpoint} during the deprecation", "redirect direction"),
    (FL, "Hinflug ab {city}, Ziel {city#2}, {de_weekday}", "Hinflug ab {city#2}, Ziel {city}, {de_weekday}", "[de] route swapped"),
    (SQL, "transferts de stock de l'entrepôt de {city} vers celui de {city#2}", "transferts de stock de l'entrepôt de {city#2} vers celui de {city}", "[fr] transfer direction"),
    (POL, "traslado de la oficina de {city} a la de {city#2}: ayudas", "traslado de la oficina de {city#2} a la de {city}: ayudas", "[es] relocation direction"),
]

T["comparison"] = [
    (PR, "{product} whose sticker price stays below ${amount}", "{product} whose sticker price sits above ${amount}", "below/above"),
    (PR, "{brand} {product} reviews with 3 stars and up", "{brand} {product} reviews with 3 stars and under", "and up/and under"),
    (PR, "lightest {product} from {brand}", "heaviest {product} from {brand}", "lightest/heaviest"),
    (PR, "running watches with battery life beyond {n} hours in GPS mode", "running watches with battery life below {n} hours in GPS mode", "beyond/below"),
    (SQL, "customers whose lifetime spend exceeds ${amount}", "customers whose lifetime spend is under ${amount}", "exceeds/under"),
    (SQL, "sales reps who beat their {q} target by more than {pct}%", "sales reps who missed their {q} target by more than {pct}%", "beat/missed"),
    (SQL, "least profitable product lines in {region}", "most profitable product lines in {region}", "least/most"),
    (SQL, "stores with fewer returns than last year in {country}", "stores with more returns than last year in {country}", "fewer/more"),
    (SQL, "deals that closed faster than the {fy} average", "deals that closed slower than the {fy} average", "faster/slower"),
    (SQL, "sessions lasting {n} minutes or more", "sessions lasting {n} minutes or less", "or more/or less"),
    (FL, "{airline} flights to {city} landing earlier than {ampm}", "{airline} flights to {city} landing later than {ampm}", "earlier/later than a time"),
    (FL, "fares to {city} no higher than ${amount}", "fares to {city} no lower than ${amount}", "no higher/no lower"),
    (FL, "connection time in {city} under {n} minutes", "connection time in {city} over {n} minutes", "under/over"),
    (FL, "the earliest {airline} departure to {city} on {weekday}", "the latest {airline} departure to {city} on {weekday}", "earliest/latest"),
    (WX, "days in {month} when {city} stays above freezing", "days in {month} when {city} stays below freezing", "above/below"),
    (WX, "is {city} windier than usual for {month}", "is {city} calmer than usual for {month}", "windier/calmer"),
    (WX, "hours on {weekday} when {city} tops {tempf}°F", "hours on {weekday} when {city} stays under {tempf}°F", "tops/stays under"),
    (ORD, "orders that took more than 10 days to reach {country}", "orders that took less than 10 days to reach {country}", "more/less"),
    (ORD, "refunds bigger than ${amount} pending approval", "refunds smaller than ${amount} pending approval", "bigger/smaller"),
    (KB, "plans on which storage goes beyond 100 GB", "plans on which storage stays within 100 GB", "beyond/within"),
    (DOC, "{lang} SDK versions above {ver} that support streaming", "{lang} SDK versions below {ver} that support streaming", "above/below a version"),
    (DOC, "{endpoint} responses slower than 800 ms", "{endpoint} responses faster than 800 ms", "slower/faster"),
    (POL, "leave entitlement for staff with over {n} months of service", "leave entitlement for staff with under {n} months of service", "over/under"),
    (POL, "{procedure} claims above the {tier} plan limit", "{procedure} claims below the {tier} plan limit", "above/below"),
    (PR, "Rasenmähroboter für mindestens {amount} Euro", "Rasenmähroboter für höchstens {amount} Euro", "[de] at least/at most"),
    (WX, "températures supérieures à {tempc} °C à {city}", "températures inférieures à {tempc} °C à {city}", "[fr] above/below"),
    (SQL, "clientes que hicieron más de {n} compras en {fy}", "clientes que hicieron menos de {n} compras en {fy}", "[es] more/fewer"),
]

T["negation"] = [
    (KB, "users who no longer have two-factor enabled", "users who have two-factor enabled", "no longer"),
    (KB, "export all projects except archived ones", "export only archived projects", "except/only"),
    (KB, "why can't guests comment on shared documents", "why can guests comment on shared documents", "can't/can"),
    (ORD, "orders from {email} without a tracking number", "orders from {email} with a tracking number", "without/with"),
    (ORD, "items in order {order} that weren't refunded", "items in order {order} that were refunded", "weren't/were"),
    (ORD, "orders not yet picked up from the {carrier} locker", "orders picked up from the {carrier} locker", "not yet"),
    (FL, "{airline} fares to {city} excluding taxes", "{airline} fares to {city} including taxes", "excluding/including"),
    (FL, "{city} flights that don't connect through {city#2}", "{city} flights that connect through {city#2}", "don't"),
    (FL, "destinations {airline} stopped serving from {city}", "destinations {airline} serves from {city}", "stopped serving/serves"),
    (PR, "chargers not compatible with the {gadget}", "chargers compatible with the {gadget}", "not"),
    (PR, "every {product} brand but {brand}", "{product} made by {brand} and nobody else", "everything but/only"),
    (PR, "{gadget} sold without the charger", "{gadget} sold with the charger", "without/with"),
    (SQL, "accounts that have not renewed since {fy}", "accounts that have renewed since {fy}", "not"),
    (SQL, "revenue from all regions except {region}", "revenue from {region} alone", "except/alone"),
    (SQL, "sessions that ended without a purchase in {month}", "sessions that ended with a purchase in {month}", "without/with"),
    (SQL, "customers in {country} who are no longer subscribed to the newsletter", "customers in {country} who are subscribed to the newsletter", "no longer"),
    (SQL, "tickets closed without a satisfaction rating in {q}", "tickets closed with a satisfaction rating in {q}", "without/with"),
    (WX, "towns near {city} that won't get snow on {weekday}", "towns near {city} that will get snow on {weekday}", "won't/will"),
    (WX, "{city} {weekday} forecast, not including overnight", "{city} {weekday} forecast, including overnight", "not including/including"),
    (DOC, "{lang} SDK objects that are not safe to share between threads", "{lang} SDK objects that are safe to share between threads", "not"),
    (DOC, "{endpoint} parameters that are no longer supported", "{endpoint} parameters that are supported", "no longer"),
    (DOC, "fields returned by {endpoint} except metadata", "metadata fields returned by {endpoint}", "except/only"),
    (POL, "benefits that don't apply to staff on probation", "benefits that apply to staff on probation", "don't"),
    (POL, "{procedure} reimbursed without a GP referral letter", "{procedure} reimbursed with a GP referral letter", "without/with"),
    (POL, "expenses that are non-reimbursable on trips to {country}", "expenses that are reimbursable on trips to {country}", "non- prefix"),
    (KB, "Nutzer ohne Administratorrechte", "Nutzer mit Administratorrechten", "[de] without/with"),
    (ORD, "commandes qui ne sont plus disponibles au retrait", "commandes disponibles au retrait", "[fr] no longer"),
    (PR, "{gadget} sin funda", "{gadget} con funda", "[es] without/with"),
]

T["antonym_action"] = [
    (POL, "process for hiring a contractor in {dept}", "process for firing a contractor in {dept}", "hire/fire"),
    (KB, "how to lend my seat license to a teammate", "how to borrow a seat license from a teammate", "lend/borrow"),
    (KB, "accept the workspace invitation from {email}", "decline the workspace invitation from {email}", "accept/decline"),
    (ORD, "approve the return request for order {order}", "reject the return request for order {order}", "approve/reject"),
    (SQL, "money deposited into wallets in {month}", "money withdrawn from wallets in {month}", "deposit/withdraw"),
    (DOC, "upload attachments through {endpoint} in {lang}", "download attachments through {endpoint} in {lang}", "upload/download"),
    (KB, "allow sign-ins from {country}", "block sign-ins from {country}", "allow/block"),
    (KB, "merge two {integration} projects into one", "split a {integration} project into two", "merge/split"),
    (SQL, "credits applied to {company} invoices in {q}", "debits applied to {company} invoices in {q}", "credit/debit"),
    (ORD, "freeze my account after the fraud on order {order}", "unfreeze my account after the fraud on order {order}", "freeze/unfreeze"),
    (PR, "best marketplace to buy a second-hand {brand} {product}", "best marketplace to sell a second-hand {brand} {product}", "buy/sell"),
    (FL, "earn {airline} miles on a flight to {city}", "spend {airline} miles on a flight to {city}", "earn/spend"),
    (FL, "add a checked bag to booking {pnr}", "drop the checked bag from booking {pnr}", "add/drop"),
    (WX, "will the storm strengthen over {city} by {weekday}", "will the storm weaken over {city} by {weekday}", "strengthen/weaken"),
    (WX, "what hour will snowfall begin in {city} on {weekday}", "what hour will snowfall end in {city} on {weekday}", "begin/end"),
    (WX, "will the fog lift in {city} by noon", "will the fog settle in {city} by noon", "lift/settle"),
    (SQL, "people who joined {dept} in {fy}", "people who left {dept} in {fy}", "join/leave"),
    (SQL, "price increases on {brand} items in {q}", "price decreases on {brand} items in {q}", "increase/decrease"),
    (DOC, "lock a record with the {lang} SDK", "release the lock on a record with the {lang} SDK", "lock/release"),
    (DOC, "show hidden fields in {endpoint} responses", "hide fields in {endpoint} responses", "show/hide"),
    (DOC, "push schema changes to {db}", "pull schema changes from {db}", "push/pull"),
    (POL, "when is a signing bonus paid out", "when is a signing bonus clawed back", "pay out/claw back"),
    (POL, "how to accept a job offer from another team", "how to turn down a job offer from another team", "accept/turn down"),
    (PR, "pair the {gadget} to a {device} over Bluetooth", "unpair the {gadget} from a {device} over Bluetooth", "pair/unpair"),
    (ORD, "drop off order {order} at the {carrier} parcel shop", "collect order {order} from the {carrier} parcel shop", "drop off/collect"),
    (ORD, "charge the card on file for order {order}", "refund the card on file for order {order}", "charge/refund"),
    (KB, "Teammitglied {person} einladen", "Teammitglied {person} entfernen", "[de] invite/remove"),
    (SQL, "clients gagnés en {q} {fy}", "clients perdus en {q} {fy}", "[fr] won/lost"),
    (FL, "reservar asiento en el vuelo {flightno}", "liberar asiento en el vuelo {flightno}", "[es] reserve/release"),
]

T["number"] = [
    (ORD, "shipping status for #{order}", "shipping status for #{order#2}", "order id, one digit changed or two transposed"),
    (ORD, "return {ret} not processed", "return {ret#2} not processed", "return id"),
    (ORD, "refund of {amount} {cur} on order {order}", "refund of {amount} {cur#2} on order {order}", "currency"),
    (KB, "status of ticket {ticket}", "status of ticket {ticket#2}", "ticket number"),
    (KB, "upgrade our workspace to {n} members", "upgrade our workspace to {n#2} members", "member count"),
    (KB, "buy a storage add-on of 200 GB", "buy a storage add-on of 200 MB", "GB/MB"),
    (FL, "how late is {flightno} running", "how late is {flightno#2} running", "flight number"),
    (FL, "add a vegetarian meal to booking {pnr}", "add a vegetarian meal to booking {pnr#2}", "booking code, one character"),
    (FL, "window seat {seat} on {airline}", "window seat {seat#2} on {airline}", "seat"),
    (FL, "{airline} fare to {city} for 2 adults and 1 child", "{airline} fare to {city} for 1 adult and 2 children", "passenger counts swapped"),
    (PR, "laptop with {ssd} SSD", "laptop with {ssd#2} SSD", "storage size"),
    (PR, "AA rechargeable batteries, pack of 24", "AA rechargeable batteries, pack of 42", "pack size, digits transposed"),
    (PR, "hiking socks EU {shoe}", "hiking socks EU {shoe#2}", "half size"),
    (SQL, "orders over {amount} {cur} in {month}", "orders over {amount#2} {cur} in {month}", "amount threshold"),
    (SQL, "accounts with exactly {n} active users", "accounts with exactly {n#2} active users", "user count"),
    (SQL, "conversion at a {pct}% discount in {region}", "conversion at a {pct#2}% discount in {region}", "percentage"),
    (SQL, "revenue in {region} in thousands of {cur}", "revenue in {region} in millions of {cur}", "thousands/millions"),
    (DOC, "upgrade notes for {ver} of the {lang} SDK", "upgrade notes for {ver#2} of the {lang} SDK", "version (patch, look-alike or release candidate)"),
    (DOC, "why does {endpoint} return HTTP {code}", "why does {endpoint} return HTTP {code#2}", "status code"),
    (DOC, "rate limit of 100 requests per second on {endpoint}", "rate limit of 100 requests per minute on {endpoint}", "per second/per minute"),
    (WX, "will {city} reach {tempf}°F by {weekday} afternoon", "will {city} reach {tempf#2}°F by {weekday} afternoon", "temperature"),
    (WX, "visibility below 500 m in {city} on {weekday}", "visibility below 500 ft in {city} on {weekday}", "m/ft"),
    (POL, "per diem of {amount} {cur} for trips to {country}", "per diem of {amount#2} {cur} for trips to {country}", "amount"),
    (POL, "notice period after {n} months of employment", "notice period after {n#2} months of employment", "months"),
    (POL, "severance for 12 years of service", "severance for 21 years of service", "years, digits transposed"),
    (ORD, "Status der Rücksendung {ret}", "Status der Rücksendung {ret#2}", "[de] return id"),
    (FL, "vol {flightno} retardé ?", "vol {flightno#2} retardé ?", "[fr] flight number"),
    (PR, "portátil con {ssd} de SSD", "portátil con {ssd#2} de SSD", "[es] storage size"),
]

T["date"] = [
    (WX, "should I expect sun in {city} on {date}", "should I expect sun in {city} on {date#2}", "day"),
    (WX, "fresh powder expected around {city} this weekend", "fresh powder expected around {city} next weekend", "this/next weekend"),
    (WX, "{city} frost risk {weekday} night", "{city} frost risk {weekday#2} night", "weekday"),
    (WX, "what time is first light in {city} the day after tomorrow", "what time is first light in {city} tomorrow", "day after tomorrow/tomorrow"),
    (FL, "{airline} departures to {city} on {iso}", "{airline} departures to {city} on {iso#2}", "ISO date"),
    (FL, "return leg to {city} on {usd}", "return leg to {city} on {usd#2}", "US date, day and month swapped"),
    (FL, "flights to {city} on the morning of {date}", "flights to {city} on the evening of {date}", "morning/evening"),
    (ORD, "orders placed on {holiday}", "orders placed the day before {holiday}", "holiday vs the day before"),
    (ORD, "redeliver order {order} on {weekday}", "redeliver order {order} on {weekday#2}", "weekday"),
    (ORD, "return parcels logged in week one of {month}", "return parcels logged in the final week of {month}", "first/last week"),
    (ORD, "delivery slot {weekday} {ampm} for order {order}", "delivery slot {weekday} {ampm#2} for order {order}", "am/pm"),
    (SQL, "active users in {q} {fy}", "active users in {q} {fy#2}", "fiscal year"),
    (SQL, "bookings in the week of {date}", "bookings in the week of {date#2}", "week"),
    (SQL, "refunds processed month-to-date", "refunds processed year-to-date", "month-to-date/year-to-date"),
    (SQL, "{dept} overtime hours in {month}", "{dept} overtime hours in {month#2}", "month"),
    (SQL, "invoices dated {dmy}", "invoices dated {dmy#2}", "day"),
    (KB, "charge scheduled for {date} on my account", "charge scheduled for {date#2} on my account", "day"),
    (KB, "what changed in the release on {iso}", "what changed in the release on {iso#2}", "ISO date"),
    (DOC, "{lang} SDK end-of-life in {year}", "{lang} SDK end-of-life in {year#2}", "year"),
    (DOC, "{endpoint} changelog for {month} {year}", "{endpoint} changelog for {month#2} {year}", "month"),
    (POL, "is {holiday} a paid day off this year", "is {holiday} a paid day off next year", "this/next year"),
    (POL, "benefits enrolment deadline in {month}", "benefits enrolment deadline in {month#2}", "month"),
    (PR, "{product} deals this week", "{product} deals last week", "this/last week"),
    (WX, "Wetter {city} am {de_weekday} Abend", "Wetter {city} am {de_weekday#2} Abend", "[de] weekday"),
    (ORD, "commandes à livrer {fr_weekday}", "commandes à livrer {fr_weekday#2}", "[fr] weekday"),
    (SQL, "pedidos de la primera quincena de {es_month}", "pedidos de la segunda quincena de {es_month}", "[es] first/second half of the month"),
]

T["entity"] = [
    (WX, "{city} dew point tomorrow", "{city#2} dew point tomorrow", "city"),
    (WX, "sea state and wind near {twin_city} for the ferry crossing", "sea state and wind near {twin_city#2} for the ferry crossing", "look-alike city"),
    (FL, "check-in desks at {airport}", "check-in desks at {airport#2}", "look-alike airport code"),
    (FL, "{airline} status match", "{airline#2} status match", "airline"),
    (ORD, "refunds sent to {email}", "refunds sent to {email#2}", "email (often the same mailbox at another domain)"),
    (ORD, "account history for anyone at {domain}", "account history for anyone at {domain#2}", "domain, TLD changed"),
    (ORD, "{carrier} delivery times to {country}", "{carrier#2} delivery times to {country}", "carrier"),
    (ORD, "orders under the name {twin_person}", "orders under the name {twin_person#2}", "similar-sounding name"),
    (PR, "authorised repair shop for {brand} {product} near {city}", "authorised repair shop for {brand#2} {product} near {city}", "brand"),
    (PR, "{gadget} screen protector", "{gadget#2} screen protector", "product model"),
    (PR, "{brand} {product}: is the {color} version being discontinued", "{brand} {product}: is the {color#2} version being discontinued", "colour"),
    (SQL, "support costs for {company}", "support costs for {company#2}", "company"),
    (SQL, "deals owned by {first}", "deals owned by {first#2}", "lower-case first name"),
    (SQL, "gross margin in {country} for {fy}", "gross margin in {country#2} for {fy}", "country"),
    (SQL, "orders paid via {payment} last month", "orders paid via {payment#2} last month", "payment method"),
    (SQL, "{person}'s team utilisation in {month}", "{person#2}'s team utilisation in {month}", "person"),
    (DOC, "{db} driver for {lang}", "{db#2} driver for {lang}", "database"),
    (DOC, "error codes for {endpoint}", "error codes for {endpoint#2}", "endpoint"),
    (DOC, "OAuth quickstart for {lang}", "OAuth quickstart for {lang#2}", "language"),
    (KB, "connect {integration} to our workspace", "connect {integration#2} to our workspace", "integration"),
    (KB, "transfer ownership to {email}", "transfer ownership to {email#2}", "email (often the same mailbox at another domain)"),
    (KB, "help centre articles in {hlang}", "help centre articles in {hlang#2}", "language"),
    (POL, "{tier} plan dental allowance", "{tier#2} plan dental allowance", "tier"),
    (POL, "travel insurance rules for {country}", "travel insurance rules for {country#2}", "country"),
    (POL, "expense approver for {twin_person}", "expense approver for {twin_person#2}", "similar-sounding name"),
    (KB, "Zugriff für {email} sperren", "Zugriff für {email#2} sperren", "[de] email"),
    (FL, "vols {airline} vers {city}", "vols {airline#2} vers {city}", "[fr] airline"),
    (WX, "pronóstico para {city} el fin de semana", "pronóstico para {city#2} el fin de semana", "[es] city"),
]

T["scope"] = [
    (POL, "parental leave eligibility for new joiners", "parental leave waiting period for new joiners", "eligibility vs waiting period"),
    (DOC, "maximum file size for uploads to {endpoint}", "maximum number of files per upload to {endpoint}", "file size vs number of files"),
    (WX, "{city} rain probability {weekday} evening", "{city} rain start time {weekday} evening", "probability vs start time"),
    (WX, "{city} wind speed on {date}", "{city} wind direction on {date}", "speed vs direction"),
    (WX, "{city} relative humidity around dawn {weekday}", "{city} cloud cover around dawn {weekday}", "humidity vs cloud cover"),
    (FL, "{airline} cabin bag size limit", "{airline} cabin bag weight limit", "size vs weight"),
    (FL, "{flightno}: when does boarding begin", "{flightno}: when does it land", "boarding vs landing"),
    (FL, "what {airline} charges to rebook my flight to {city}", "what {airline} charges to cancel my flight to {city}", "change fee vs cancellation fee"),
    (ORD, "order {order}: expected arrival day", "order {order}: shipping destination on file", "date vs address"),
    (ORD, "name on the delivery signature for order {order}", "time of the delivery signature for order {order}", "who vs when"),
    (ORD, "how many days I have to send back order {order}", "what it costs to send back order {order}", "window vs cost"),
    (PR, "{brand} {product} packed size in cm", "{brand} {product} packed weight in kg", "size vs weight"),
    (PR, "how long the {gadget} lasts on one charge", "how long the {gadget} takes to charge fully", "battery life vs charging time"),
    (PR, "what the {brand} {product} guarantee actually covers", "how to file a guarantee claim for the {brand} {product}", "coverage vs claim process"),
    (SQL, "{fy} basket size in {country}: mean", "{fy} basket size in {country}: median", "mean vs median"),
    (SQL, "how many customers in {region} were active last quarter", "how many customers in {region} were acquired last quarter", "active vs new"),
    (SQL, "revenue by channel in {q} {fy}", "revenue by region in {q} {fy}", "grouping"),
    (SQL, "ticket volume for {dept} in {month}", "ticket backlog for {dept} in {month}", "volume vs backlog"),
    (DOC, "{lang} SDK bundle size in kilobytes", "{lang} SDK oldest supported platform version", "size vs requirement"),
    (DOC, "auth header format for {endpoint}", "auth token lifetime for {endpoint}", "format vs lifetime"),
    (KB, "how many admins can a workspace have", "what can admins do in a workspace", "count vs permissions"),
    (KB, "storage used by our workspace", "storage limit of our workspace", "usage vs limit"),
    (POL, "{procedure} coverage percentage on the {tier} plan", "{procedure} claim deadline on the {tier} plan", "percentage vs deadline"),
    (POL, "sabbatical pay", "sabbatical length", "pay vs length"),
    (POL, "gym subsidy amount", "gym subsidy eligibility", "amount vs eligibility"),
    (FL, "Freigepäck bei {airline}", "Übergepäckgebühren bei {airline}", "[de] allowance vs excess fee"),
    (KB, "taille maximale des pièces jointes", "nombre maximal de pièces jointes", "[fr] size vs number"),
    (POL, "requisitos para pedir una excedencia", "duración máxima de una excedencia", "[es] requirements vs maximum length"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test3",
    order_digits=7,
    extra_pools={
        "ret": pairgen.prefixed_pool("RTN-", 100000, 999999),  # return id "RTN-518207"
        "ticket": pairgen.prefixed_pool("SR-", 10000, 99999),  # support request "SR-31824"
        "pnr": pairgen.code_pool(),  # booking code "K7XQ2M"; the second one has one character changed
        "dmy": pairgen.day_month_pool(LISTS["month"]),  # "14 April"
        "iso": pairgen.iso_pool(LISTS["month"], [2026, 2027]),  # "2026-05-14"; the second one 1 or 7 days later
        "ampm": pairgen.ampm_pool((10, 11)),  # "10am" / "10pm"
    },
    apart=(  # every other split; slot values strictly apart (numbers too), the closed sets excepted
        Apart("tune", values="strict"),
        Apart("test", values="strict", quiet=True),  # collisions with a test split reported by id or index only
        Apart("test2", values="strict", quiet=True),
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
