#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "test4", a fourth held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test4.py          # write pairs_test4.jsonl, print the report
    python evals/cache/generate_test4.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test, test2 and test3
(25 pairs per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs
in new wording and new slot pools. Written by a separate author, apart from the guard and the
verifier: from evals/cache/README.md, pairgen.py and generate_test3.py only, without opening
anything under src/ and without scoring anything on it.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test4
result leads to a change of the guard, the verifier, the thresholds or the templates, test4 is used
up too.

Style: terse keyword queries, long story-like questions, agent-written requests ("lookup:",
"Return the ..."), lower case, typos, greetings; about 13% of the pairs in German, French, Spanish,
Italian or Portuguese (notes start with "[de]", "[fr]", "[es]", "[it]", "[pt]"), each pair within
one language. Near misses vary how the critical element is written: arrows and dashes, "into X from
Y", sender/recipient, subject/object ("who has X blocked" / "who has blocked X"), A-vs-B
comparatives, order ids merged in either direction, comparative adjectives and symbols (>=, <=),
"no fewer than"/"no more than", "from ... upward"/"up to", antonymous verbs that share no prefix
(receive/dispatch, issue/void, accrue/forfeit, commit/roll back, climb/drop), un-/non-/-free
prefixes and suffixes, "anyone but", "no", "never", "excluded/included", number words, units
(seconds/minutes, km/h/mph, km/miles, kg), look-alike ids, versions and codes, US dates with day and
month swapped, German dotted dates, am/pm, early/late month, the weekend after next, look-alike
names, cities and airport codes, the same mailbox at another domain, and scope changes to another
attribute of one thing (duration vs distance, request vs response schema, seats bought vs used).

The self-check (pairgen.self_check; nothing is written if it fails) keeps test4 apart from every
other split: no template string shared with or worded like (word Jaccard 0.7 or more, a slot
counting as one word named after its pool) a template of tune, test, test2, test3 or tune2-tune5;
no sentence and no (a, b) pair (either order) shared with any pairs_*.jsonl file or
tests/cache/pairs.py (a collision with a test split is reported by id only, so its text is never
printed); no slot value in any other split's pools, numbers included (only the closed sets,
weekdays, months and quarters, repeat); ids unique across all the files; a != b; no unfilled slot;
exactly 25 / 54 pairs per category from at least 12 / 20 templates; all 8 tools; 12-15% non-English.
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
NON_ENGLISH_SHARE = (0.12, 0.15)

# --------------------------------------------------------------------------------------------
# Slot pools: no value in the pools of tune, test, test2, test3 or tune2-tune5, numbers included;
# only the closed sets (weekdays, months, quarters, in any language) repeat. Checked by the self-check.
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "cordless vacuum": ["Shark", "Tineco", "Dreame"],
    "smart thermostat": ["Ecobee", "Tado", "Honeywell"],
    "baby carrier": ["Ergobaby", "Tula", "BabyBjörn"],
    "inflatable kayak": ["Intex", "Sevylor", "Aquaglide"],
    "pizza oven": ["Ooni", "Gozney", "Witt"],
    "digital piano": ["Roland", "Kawai", "Casio"],
    "video doorbell": ["Ring", "Arlo", "Aqara"],
    "trekking pole set": ["Leki", "Black Diamond", "Komperdell"],
}

LISTS = {
    "city": ["Leuven", "Regensburg", "Bolzano", "Trieste", "Salamanca", "Coimbra", "Kaunas", "Gdynia", "Bergamo",
             "Cagliari", "Odense", "Aalborg", "Tromso", "Inverness", "Belfast", "Limerick", "Boise", "Albuquerque",
             "Spokane", "Hiroshima", "Kobe", "Darwin", "Rotorua", "Arusha", "Puebla", "Valdivia", "Salta"],
    "country": ["Lebanon", "Cameroon", "Zambia", "Mozambique", "Nicaragua", "Honduras", "Mauritius", "Malawi",
                "Kyrgyzstan", "North Macedonia", "Bahrain", "Brunei", "El Salvador", "Belize", "Azerbaijan",
                "Madagascar"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "de_weekday": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "de_month": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
    "fr_weekday": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "fr_month": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"],
    "es_month": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
    "it_weekday": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "person": ["Nikolai Petersen", "Amelia Okonkwo", "Joaquín Herrera", "Beatrix Keller", "Ravi Subramanian",
               "Mei-Ling Wu", "Stefan Horak", "Ngozi Adeyemi", "Lorenzo Conti", "Astrid Holmberg", "Kenta Yamada",
               "Paloma Ruiz"],
    "first": ["nikolai", "amelia", "joaquin", "beatrix", "ravi", "stefan", "ngozi", "lorenzo"],
    "plan": ["Seedling", "Canopy", "Grove", "Sequoia"],
    "tier": ["Compass", "Anchor", "Lodestar", "Keel"],
    "region": ["the Alps", "the Iberian Peninsula", "the Low Countries", "the Rockies", "Atlantic Canada",
               "Northern Europe", "the Caucasus", "Latin America", "the Gulf Coast"],
    "procedure": ["orthodontics for adults", "allergy shots", "sports massage", "varicose vein treatment",
                  "tonsillectomy", "bone density scans", "maternity scans", "dental veneers"],
    "payment": ["Sofort", "Trustly", "Boleto", "OXXO", "Paidy", "Przelewy24", "GrabPay"],
    "device": ["Surface Laptop", "iPad mini", "Pixel Fold", "Roku TV", "Galaxy Tab", "Lenovo tablet",
               "Linux laptop"],
    "lang": ["Laravel", "Rails", "Django", "Spring Boot", "Next.js", "Android", "iOS"],
    "integration": ["Gusto", "SharePoint", "OneDrive", "Twilio", "Harvest", "Webex", "Loom", "Jotform"],
    "endpoint": ["/teams", "/members", "/comments", "/attachments", "/notifications", "/audit_logs", "/schedules",
                 "/tickets", "/contacts", "/labels"],
    "db": ["Aurora", "AlloyDB", "Spanner", "Neon", "PlanetScale", "CrateDB", "Druid"],
    "dept": ["Customer Onboarding", "Fraud Prevention", "Platform Engineering", "Field Marketing",
             "People Operations", "Quality Assurance", "Brand Design", "Strategic Accounts"],
    "company": ["Ashcombe Legal", "Brackenridge Mills", "Harrowgate Foods", "Moorland Cider", "Pelham Freight",
                "Quayside Labs", "Tamberly Homes", "Wexford Glassworks", "Fennick Systems"],
    "holiday": ["Black Friday", "Cyber Monday", "Singles' Day", "Epiphany", "All Saints' Day", "German Unity Day",
                "Remembrance Day"],
    "cur": ["VND", "EGP", "NGN", "PEN", "CLP", "UAH", "QAR", "BGN"],
    "color": ["petrol blue", "lilac", "pistachio", "oatmeal", "cobalt blue", "moss green", "pearl white"],
    "hlang": ["Latvian", "Slovenian", "Serbian", "Bulgarian", "Afrikaans", "Filipino", "Urdu", "Amharic"],
    "fmt": ["HEIC", "WebP", "AVIF", "FLAC", "OGG", "DXF"],
    "carrier": ["Parcelforce", "Deutsche Post", "Bring", "Posti", "Omniva", "Sendle", "Nova Poshta"],
    "gadget": ["iPhone 15", "Galaxy Z Flip 6", "Pixel 8a", "Nothing Phone 2a", "Kindle Oasis", "Apple Watch SE",
               "Sony WF-1000XM5", "AirPods 4", "Switch OLED", "iPad Air"],
    "phone": ["iPhone 15", "Galaxy Z Flip 6", "Pixel 8a", "Nothing Phone 2a", "Fairphone 5", "Moto G84"],
    "coast": ["Trieste", "Gdynia", "Cagliari", "Tromso", "Belfast", "Kobe", "Darwin", "Aalborg"],  # coastal cities of the city pool
    "airline": ["Volotea", "Transavia", "ITA Airways", "Brussels Airlines", "Porter Airlines", "Scoot", "Jet2",
                "Azul"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [145, 195, 265, 315, 385, 445, 535, 645, 825, 1150],
    "n": [47, 53, 62, 67, 74, 81, 89],
    "tempc": [-11, -13, -17, -19],
    "tempf": [62, 66, 69, 73, 76, 81, 87, 92],
    "pct": [8.75, 11.5, 13.25, 16.5, 18.75, 23.5],
    "seat": ["27A", "27B", "28A", "28B"],
    "ram": ["8GB", "16GB", "32GB", "64GB"],
    "shoe": ["UK 6", "UK 6.5", "UK 7", "UK 7.5", "UK 8"],
    "fy": ["FY27", "FY28", "FY29"],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Aachen", "Aalen"), ("Metz", "Mainz"), ("Siena", "Sion"), ("Perugia", "Pavia")],
    "twin_person": [("Marek Nowicki", "Marek Nowacki"), ("Katrin Vogt", "Katrin Voigt"), ("Ali Hassan", "Ali Hasan"),
                    ("Rosa Lindqvist", "Rosa Lindquist"), ("Paul Meier", "Paul Maier")],
    "airport": [("CDG", "CGN"), ("BUD", "BUF"), ("SVQ", "SVO"), ("MXP", "MEX")],
    "usd": [("5/9", "9/5"), ("2/7", "7/2"), ("11/3", "3/11"), ("6/12", "12/6")],
    "domain": [("fieldnote.io", "fieldnote.com"), ("brindlebay.co.uk", "brindlebay.com"),
               ("ottermail.net", "ottermail.org")],
    "ver": [("6.3.0", "6.3.1"), ("10.4.1", "10.4.11"), ("7.0.0-beta.2", "7.0.0"), ("3.14", "3.15")],
}

EMAIL = (["n.petersen", "amelia.o", "jherrera", "b.keller", "ravi.s", "stefan.h"],
         ["posteo.net", "tutanota.com", "hey.com", "ymail.com", "btinternet.com", "free.fr"])
AIRLINE_CODE = {"Volotea": "V7", "Transavia": "HV", "ITA Airways": "AZ", "Brussels Airlines": "SN",
                "Porter Airlines": "PD", "Scoot": "TR", "Jet2": "LS", "Azul": "AD"}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]", "[it]", "[pt]" at the start of a note
# marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (WX, "{city} hourly temperature {weekday} afternoon", "{weekday} afternoon hourly temperature {city}", "time moved to the front"),
    (FL, "one-way {city} to {city#2} {date} {airline}", "{airline} one-way {city} to {city#2} {date}", "airline moved to the front, route kept"),
    (ORD, "invoice copy for order {order} please resend", "please resend invoice copy for order {order}", "verb moved to the front"),
    (PR, "{brand} {product} below ${amount} shipping free", "shipping free, {brand} {product} below ${amount}", "condition moved to the front"),
    (SQL, "average handling time per agent last quarter for {dept}", "for {dept}, average handling time per agent last quarter", "team moved to the front"),
    (DOC, "idempotency keys for {endpoint} in the {lang} SDK", "in the {lang} SDK, idempotency keys for {endpoint}", "SDK moved to the front"),
    (POL, "time off after the death of a grandparent, how many days", "how many days, time off after the death of a grandparent", "clauses swapped"),
    (KB, "two-factor codes not arriving by SMS on my {device}", "on my {device}, two-factor codes not arriving by SMS", "device moved to the front"),
    (WX, "{city} air quality index right now", "right now, {city} air quality index", "time moved to the front"),
    (ORD, "{carrier} parcel for order {order} stuck in customs in {country}", "stuck in customs in {country}: {carrier} parcel for order {order}", "clause moved to the front"),
    (SQL, "new trials by acquisition channel in {month}", "in {month}, new trials by acquisition channel", "month moved to the front"),
    (FL, "{airline} {flightno} cabin layout and legroom", "cabin layout and legroom {airline} {flightno}", "keywords moved to the front"),
    (PR, "gift-wrapped {product} from {brand} in {color}", "in {color}, gift-wrapped {product} from {brand}", "colour moved to the front"),
    (POL, "waiting period for {procedure}, {tier} plan", "{tier} plan, waiting period for {procedure}", "plan moved to the front"),
    (DOC, "pagination cursor expired error {endpoint}", "{endpoint} pagination cursor expired error", "endpoint moved to the front"),
    (KB, "Rechnung für {de_month} als PDF herunterladen", "als PDF herunterladen: Rechnung für {de_month}", "[de] same words reordered"),
    (WX, "{city} demain : pluie, vent, températures", "températures, vent, pluie : {city} demain", "[fr] list order reversed"),
    (SQL, "devoluciones por categoría en {es_month}, {country}", "{country}, devoluciones por categoría en {es_month}", "[es] country moved to the front"),
]

T["shorten"] = [
    (WX, "I'm heading out for a long hike near {city} on {weekday} and need to know whether thunderstorms are likely in the afternoon", "{city} thunderstorm risk {weekday} afternoon", "story cut to keywords"),
    (FL, "My sister needs the cheapest way to get from {city} to {city#2} on {date}; she doesn't mind a layover but she must fly with {airline}", "cheapest {airline} {city} → {city#2} {date}, layover ok", "keywords + arrow"),
    (ORD, "I ordered a birthday present (order {order}) and the recipient says it still hasn't turned up. Could you check where it is right now?", "where is order {order} right now", "story cut"),
    (PR, "We need a {product} for our holiday cottage; it has to be from {brand} because the rest of our kit is, and we can't spend more than ${amount}", "{brand} {product}, spend ≤ ${amount}", "reason dropped, limit kept as a symbol"),
    (SQL, "Our CFO is asking how much revenue we booked from {country} customers in {q}, net of refunds, so she can compare it with the forecast", "{country} net revenue {q} after refunds", "context dropped"),
    (DOC, "I'm getting started with the {lang} SDK and I can't find out which environment variable it reads the API key from; where is that documented?", "{lang} SDK API key environment variable", "question cut to keywords"),
    (POL, "I'm thinking about going part-time after I come back from parental leave, and I'd like to know whether I keep my full health coverage on the {tier} plan", "part-time after parental leave: full {tier} health coverage kept?", "story cut"),
    (KB, "We've been charged twice this month for the same subscription and I can see both payments on my bank statement; how do we get one of them refunded?", "charged twice for subscription this month, refund one", "story cut"),
    (WX, "Could you tell me how many centimetres of snow are expected to fall in {city} between now and {weekday} morning?", "{city} snowfall cm until {weekday} morning", "question cut to keywords"),
    (FL, "I'm travelling with my cello on {airline} to {city} next month; what are the rules for buying it its own seat in the cabin?", "{airline} cello seat rules, {city} next month", "keywords kept"),
    (ORD, "Hi, I changed my mind about the jacket in order {order} and want to send it back, so what's the last day I can return it?", "order {order} last day to return", "greeting and story cut"),
    (SQL, "I want a breakdown of the number of support tickets opened by {company} each week during {month}, for the account review", "{company} tickets opened per week {month}", "reason dropped"),
    (PR, "Is there any {gadget} case that's waterproof and also has a lanyard, because I want to take it kayaking?", "waterproof {gadget} case with lanyard", "reason dropped"),
    (DOC, "quand j'appelle {endpoint} avec le SDK {lang}, je reçois une erreur 429 au bout de quelques secondes ; comment gérer la limite de débit ?", "SDK {lang} {endpoint} erreur 429 limite de débit", "[fr] keywords kept"),
    (POL, "Ich heirate im {de_month} und wollte fragen, ob mir dafür ein zusätzlicher bezahlter freier Tag zusteht", "bezahlter Sonderurlaub Hochzeit", "[de] story cut"),
    (KB, "¿Alguien sabe cómo puedo cambiar el correo electrónico asociado a mi cuenta sin perder mis datos?", "cambiar email de la cuenta sin perder datos", "[es] keywords kept"),
    (FL, "Vorrei sapere quanto costa portare una valigia in più sul volo {airline} per {city}", "{airline} costo valigia extra {city}", "[it] keywords kept"),
]

T["question_keyword"] = [
    (WX, "Is {city} going to be fogged in first thing {weekday}?", "fog {city} first thing {weekday}", "question vs keywords"),
    (FL, "Where does {airline} check in passengers at {airport}?", "{airline} check-in area {airport}", "question vs keywords"),
    (ORD, "Has the money for order {order} been returned to my card yet?", "order {order} card refund processed?", "question vs keywords"),
    (PR, "What comes in the box with the {brand} {product}?", "{brand} {product} box contents", "question vs keywords"),
    (SQL, "What number of orders went out to {country} during {month}?", "count of orders shipped to {country}, {month}", "question vs agent-style keywords"),
    (DOC, "How can the {lang} client check that an incoming webhook is genuine?", "{lang} client webhook authenticity check", "question vs keywords"),
    (POL, "How many days of compassionate leave do employees get?", "compassionate leave days", "question vs keywords"),
    (KB, "Why is my {integration} sync stuck on pending?", "{integration} sync stuck pending", "question vs keywords"),
    (WX, "How strong will the gusts be in {city} tonight?", "{city} gust strength tonight", "question vs keywords"),
    (SQL, "Which {dept} agents had the highest CSAT in {q}?", "top CSAT agents {dept} {q}", "question vs keywords"),
    (FL, "Can I bring my cat into the cabin on {airline}?", "{airline} cat in cabin", "question vs keywords"),
    (ORD, "Can I add a gift message to order {order}?", "order {order} add gift message", "question vs keywords"),
    (PR, "How heavy is the {brand} {product} in kilograms?", "{brand} {product} kg", "question vs keywords"),
    (DOC, "Where do I set the request timeout for {endpoint} calls in {lang}?", "{lang} {endpoint} request timeout setting", "question vs keywords"),
    (POL, "Quels frais de garde d'enfants sont remboursés par le régime {tier} ?", "régime {tier} remboursement frais de garde d'enfants", "[fr] question vs keywords"),
    (KB, "¿Por qué no me llegan las notificaciones en el {device}?", "notificaciones no llegan {device}", "[es] question vs keywords, negation on both sides"),
]

T["synonym"] = [
    (KB, "no idea what email I used to create my account", "forgot which address my account is registered under", "rephrased"),
    (ORD, "order {order} never arrived", "parcel {order} hasn't shown up yet", "rephrased, negation on both sides"),
    (WX, "will {city} dip under freezing on {weekday}", "{weekday}: sub-zero temps expected for {city}?", "rephrased, comparison word on one side"),
    (FL, "cheap seats {city} to {city#2} over christmas", "low-cost fares from {city} towards {city#2} during the christmas holidays", "several words replaced"),
    (PR, "sturdy bag for carrying a laptop on a bike", "robust pannier that holds a notebook computer while cycling", "several words replaced"),
    (SQL, "how many people stopped paying us in {month}", "number of customers who churned during {month}", "rephrased"),
    (DOC, "the {lang} SDK keeps timing out", "{lang} SDK calls repeatedly exceed their time limit", "rephrased"),
    (POL, "can I work from another country for a few weeks", "rules on doing my job remotely while abroad temporarily", "rephrased"),
    (KB, "my profile picture won't update", "avatar change isn't saving", "synonyms, negation on both sides"),
    (ORD, "swap the item in order {order} for a different one", "exchange what I bought in order {order}", "rephrased"),
    (WX, "sticky and humid in {city} this afternoon?", "{city} muggy after lunch today?", "synonyms"),
    (SQL, "which products sell best in {region}", "top-selling items across {region}", "rephrased"),
    (FL, "can I take my baby's pram to the gate on {airline}", "{airline}: stroller allowed up to boarding?", "rephrased"),
    (DOC, "{endpoint} is really slow", "high latency on {endpoint}", "synonyms"),
    (POL, "Zahlt die Firma einen Zuschuss zum Deutschlandticket?", "Gibt es Geld vom Arbeitgeber fürs Nahverkehrsabo?", "[de] rephrased"),
    (PR, "chaussures imperméables pour la randonnée", "souliers étanches pour marcher en montagne", "[fr] rephrased"),
    (KB, "no puedo entrar en mi cuenta", "me resulta imposible iniciar sesión", "[es] rephrased"),
]

T["typo"] = [
    (WX, "hourly rain forecast {city} {weekday}", "hourly rian forecast {city} {weekday}", "one typo"),
    (FL, "{airline} connections between {city} and {city#2} departing {date}", "{airline} conections between {city} and {city#2} departing {date}", "one typo"),
    (ORD, "the tracking page for order {order} shows an error", "the trackign page for order {order} shows an eror", "two typos"),
    (PR, "cleaning instructions for the {brand} {product}", "cleaning instrucitons for the {brand|lower} {product}", "lower-case brand + typo"),
    (SQL, "monthly recurring revenue by plan for {month}", "monthly recuring revenue by plan for {month}", "one typo"),
    (DOC, "code sample: authenticating with the {lang} client", "code smaple: authenticating with the {lang} cleint", "two typos"),
    (POL, "reimbursement for home office equipment", "reimbursment for home-office equipment", "typo + hyphen"),
    (KB, "how do I change my username", "how do i chnage my user name", "casing + typo + split word"),
    (WX, "SUNBURN RISK {city|upper} TOMORROW", "sunburn risk {city} tomorow", "all caps vs lower case + typo"),
    (ORD, "can't apply discount code to order {order}", "cant apply discount code to order {order}!!", "apostrophe dropped + punctuation"),
    (FL, "when does {airline} check in open for {flightno}", "when does {airline} check-in open for {flightno}?", "hyphen + punctuation"),
    (SQL, "churned accounts in {country} last quarter", "churnd accounts in {country} last quater", "two typos"),
    (PR, "{gadget} compatible charger", "{gadget|typo} compatable charger", "model misspelt + typo"),
    (DOC, "wie paginiere ich {endpoint} mit dem {lang} SDK", "wie paginier ich {endpoint} mit dem {lang} sdk", "[de] typo + casing"),
    (POL, "política de reembolso de gastos de viaje", "politica de reembolso de gastos de viage", "[es] accent dropped + typo"),
    (WX, "previsioni meteo {city} domani", "previsoni meteo {city} domani", "[it] one typo"),
]

T["politeness"] = [
    (WX, "how much snow will {city} get on {weekday}", "Good evening! Sorry to bother you, could you tell me how much snow {city} will get on {weekday}? Thanks a lot", "greeting + apology + thanks"),
    (FL, "{airline} cost of a second suitcase to {city}", "hello, if it isn't too much trouble, what is the {airline} cost of a second suitcase to {city}? appreciate it", "hedge + thanks, lower case"),
    (ORD, "any update on order {order}", "Hi there, hope your day is going well! Could you please check if there's any update on order {order}? Many thanks", "greeting + please + thanks"),
    (PR, "{brand} {product} availability in {city}", "Hey :) would you be so kind as to check {brand} {product} availability in {city}? thx", "casual + emoticon"),
    (SQL, "WAU trend for {region} across {month}", "Hi! Whenever you get a chance, could you pull the WAU trend for {region} across {month}? Cheers", "casual request"),
    (DOC, "how to rotate API keys in the {lang} SDK", "Hello team, sorry if this is obvious, but how do I rotate API keys in the {lang} SDK? Thanks so much", "apology + thanks"),
    (POL, "paid time off for jury service", "Good morning HR team, could you kindly tell me about paid time off for jury service? Best wishes", "letter-style wrapper"),
    (KB, "reset two-factor authentication", "hiya, please could you help me reset two-factor authentication? you're a star", "slang wrapper"),
    (WX, "{city} heat warning today", "hi hi, quick question if you don't mind: is there a {city} heat warning today? ty", "quick question + ty"),
    (ORD, "push back the delivery of order {order} by a few days", "Apologies for the trouble, but would it be possible to push back the delivery of order {order} by a few days? Thank you kindly", "apology + thanks"),
    (SQL, "top 10 customers by revenue in {q}", "Hey, sorry to ping you again, could you get me the top 10 customers by revenue in {q}? much appreciated", "apology + thanks"),
    (FL, "tarif bébé chez {airline}", "Bonjour, pourriez-vous m'indiquer le tarif bébé chez {airline}, s'il vous plaît ? Merci beaucoup", "[fr] polite wrapper"),
    (KB, "factura de {es_month}", "Hola, ¿me podrían enviar la factura de {es_month}, por favor? Muchas gracias", "[es] polite wrapper"),
    (POL, "Homeoffice-Pauschale", "Guten Tag, könnten Sie mir freundlicherweise Auskunft zur Homeoffice-Pauschale geben? Danke und viele Grüße", "[de] polite wrapper"),
]

T["mixed"] = [
    (WX, "What's the chance of a white Christmas in {city} this year?", "{city} snow on dec 25 this yr?? odds", "keywords + abbreviations + date"),
    (FL, "Are there any {airline} flights from {city} to {city#2} that leave in the evening on {weekday}?", "{airline} {city}-{city#2} evening dep {weekday}", "dash route + abbreviation"),
    (ORD, "Hello, the shoes from order {order} are too small, can I get a bigger pair instead?", "ordr {order} exchange for larger size", "greeting dropped + synonyms + typo"),
    (PR, "I'd love the {product} from {brand} but I'd rather not pay over ${amount}, any ideas?", "{brand} {product}, budget ${amount} tops", "hedge dropped + negated comparison vs tops"),
    (SQL, "Could you tell me what share of {country} sign-ups ended up paying within their first 30 days?", "{country} signup→paid conversion 30d %", "arrow + abbreviations + symbol"),
    (DOC, "hey, any idea how I get the {lang} SDK to retry automatically when the server has a temporary hiccup?", "{lang} sdk auto retry on transient errors", "greeting dropped + jargon + lower case"),
    (POL, "Is my spouse covered under my {tier} health plan, and if so from when?", "{tier} plan spouse coverage + start date", "keywords + symbol"),
    (KB, "Good afternoon, I've lost my phone and now I can't get my login codes, what should I do?", "lost phone, no 2fa codes, account recovery", "greeting dropped + jargon + keywords"),
    (WX, "Do I need sunscreen in {city} tomorrow or will it be overcast all day?", "{city} tmrw UV + cloud cover", "abbreviation + keywords"),
    (ORD, "My parcel with order {order} came open and half the stuff is missing, who do I talk to?", "order {order} arrived opened, items missing - contact?", "rephrased + keywords"),
    (SQL, "Please work out which of our {dept} tickets took the longest to resolve in {month}", "slowest resolved {dept} tix {month}", "slang + superlative rephrased"),
    (FL, "hi! how heavy can my hand luggage be when flying {airline}?", "{airline} max kg for cabin bags", "greeting dropped + synonyms + unit"),
    (PR, "Can somebody recommend a washing machine that won't wake the neighbours?", "low-noise washing machine recs", "rephrased + abbreviation, negation dropped"),
    (DOC, "Bonjour, comment j'ajoute des en-têtes personnalisés à chaque requête avec le SDK {lang} ?", "SDK {lang} custom headers sur toutes les requêtes", "[fr] greeting dropped + anglicism"),
    (ORD, "Hola, ¿me pueden decir por qué mi pedido {order} lleva una semana parado?", "pedido {order} sin movimiento desde hace 7 días, motivo", "[es] greeting dropped + rephrased"),
    (POL, "Olá, a quantos dias de férias tenho direito no primeiro ano?", "ferias 1º ano quantos dias", "[pt] greeting dropped + accent dropped + keywords"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "{airline} nonstops {city} → {city#2} on {date}", "{airline} nonstops {city#2} → {city} on {date}", "arrow route swapped"),
    (FL, "cheapest way to fly into {city} from {city#2}", "cheapest way to fly into {city#2} from {city}", "into X from Y swapped"),
    (FL, "{airport}-{airport#2} red-eye", "{airport#2}-{airport} red-eye", "look-alike airport codes swapped"),
    (FL, "onward flight after landing in {city}, heading to {city#2}", "onward flight after landing in {city#2}, heading to {city}", "connection point and destination swapped"),
    (ORD, "gift cards {email} bought for {email#2}", "gift cards {email#2} bought for {email}", "buyer/recipient swapped"),
    (ORD, "move the items from order {order} into order {order#2}", "move the items from order {order#2} into order {order}", "merge direction, look-alike order ids"),
    (FL, "Welche Airline fliegt am {de_weekday} direkt von {city} nach {city#2}?", "Welche Airline fliegt am {de_weekday} direkt von {city#2} nach {city}?", "[de] route swapped"),
    (ORD, "colis envoyés par {person} à {person#2}", "colis envoyés par {person#2} à {person}", "[fr] sender/recipient swapped"),
    (SQL, "transferencias de {company} a {company#2} en {es_month}", "transferencias de {company#2} a {company} en {es_month}", "[es] payer/payee swapped"),
    (FL, "voo de {city} para {city#2} amanhã de manhã", "voo de {city#2} para {city} amanhã de manhã", "[pt] route swapped"),
    (ORD, "returns shipped back before the refund was issued", "returns shipped back after the refund was issued", "before/after"),
    (ORD, "order {order}: I got {color} but wanted {color#2}", "order {order}: I got {color#2} but wanted {color}", "received/wanted swapped"),
    (KB, "copy contacts from {integration} into {integration#2}", "copy contacts from {integration#2} into {integration}", "copy direction"),
    (KB, "messages {person} sent to {person#2}", "messages {person#2} sent to {person}", "sender/recipient swapped"),
    (KB, "who has {person} blocked", "who has blocked {person}", "subject/object"),
    (KB, "move my subscription from the {plan} plan to {plan#2}", "move my subscription from the {plan#2} plan to {plan}", "plan change direction"),
    (SQL, "accounts that moved off {plan} onto {plan#2} during {q}", "accounts that moved off {plan#2} onto {plan} during {q}", "plan move direction"),
    (SQL, "amounts {company} still owes {company#2}", "amounts {company#2} still owes {company}", "debtor/creditor swapped"),
    (SQL, "employees transferred out of {dept} into {dept#2} in {fy}", "employees transferred out of {dept#2} into {dept} in {fy}", "transfer direction"),
    (SQL, "Return the {cur} to {cur#2} conversion volume for last month", "Return the {cur#2} to {cur} conversion volume for last month", "currency direction, agent style"),
    (SQL, "accounts {first} handed over to {first#2}", "accounts {first#2} handed over to {first}", "handover direction, lower-case names"),
    (POL, "who approves {person}'s expenses", "whose expenses does {person} approve", "subject/object"),
    (POL, "transferring a pension from {country} to {country#2}", "transferring a pension from {country#2} to {country}", "transfer direction"),
    (POL, "does {person} report to {person#2}", "does {person#2} report to {person}", "reporting line reversed"),
    (WX, "how much chillier is {city} than {city#2} tonight", "how much chillier is {city#2} than {city} tonight", "A vs B swapped"),
    (WX, "will the squall line travel from {city} to {city#2} on {weekday}", "will the squall line travel from {city#2} to {city} on {weekday}", "storm track reversed"),
    (PR, "{product} sorted by rating, worst first", "{product} sorted by rating, best first", "sort order"),
    (PR, "upgrading from the {phone} to the {phone#2}: worth it?", "upgrading from the {phone#2} to the {phone}: worth it?", "upgrade direction"),
    (DOC, "export data from {db} to {db#2} with the {lang} SDK", "export data from {db#2} to {db} with the {lang} SDK", "export direction"),
    (DOC, "convert {fmt} to {fmt#2} via {endpoint}", "convert {fmt#2} to {fmt} via {endpoint}", "conversion direction"),
    (DOC, "map fields from {endpoint} responses onto {endpoint#2} requests", "map fields from {endpoint#2} responses onto {endpoint} requests", "mapping direction"),
]

T["comparison"] = [
    (PR, "{product} priced below the ${amount} mark", "{product} priced above the ${amount} mark", "below/above"),
    (PR, "{brand} {product} rated at least 4 stars", "{brand} {product} rated at most 4 stars", "at least/at most"),
    (PR, "smallest {product} {brand} makes", "largest {product} {brand} makes", "smallest/largest"),
    (PR, "mini PC with more than {ram} of memory", "mini PC with less than {ram} of memory", "more/less"),
    (PR, "{gadget} offers ≥ ${amount}", "{gadget} offers ≤ ${amount}", "≥/≤"),
    (SQL, "customers whose average order value is above ${amount}", "customers whose average order value is below ${amount}", "above/below"),
    (PR, "Kinderwagen leichter als 7 kg", "Kinderwagen schwerer als 7 kg", "[de] lighter/heavier"),
    (SQL, "magasins avec un chiffre d'affaires supérieur à {amount} € en {fr_month}", "magasins avec un chiffre d'affaires inférieur à {amount} € en {fr_month}", "[fr] above/below"),
    (FL, "vuelos a {city} por menos de {amount} euros", "vuelos a {city} por más de {amount} euros", "[es] less/more"),
    (WX, "temperature massime sopra i 30 gradi a {city}", "temperature massime sotto i 30 gradi a {city}", "[it] above/below"),
    (SQL, "regions where churn rose by more than {pct}% in {q}", "regions where churn rose by less than {pct}% in {q}", "more/less than a percentage"),
    (SQL, "the highest-grossing week of {q} {fy}", "the lowest-grossing week of {q} {fy}", "highest/lowest"),
    (SQL, "accounts with no fewer than {n} seats", "accounts with no more than {n} seats", "no fewer/no more"),
    (SQL, "reps who closed more deals than {first} in {month}", "reps who closed fewer deals than {first} in {month}", "more/fewer than a person"),
    (SQL, "orders that shipped sooner than promised in {country}", "orders that shipped later than promised in {country}", "sooner/later"),
    (FL, "does {airline} have a service to {city} that lands earlier than {ampm}", "does {airline} have a service to {city} that lands later than {ampm}", "earlier/later than a time"),
    (FL, "routes to {city} with layovers shorter than 2 hours", "routes to {city} with layovers longer than 2 hours", "shorter/longer"),
    (FL, "return tickets {city}-{city#2} costing no more than ${amount}", "return tickets {city}-{city#2} costing at least ${amount}", "no more than/at least"),
    (FL, "longest nonstop route {airline} flies", "shortest nonstop route {airline} flies", "longest/shortest"),
    (WX, "which day this week will be the mildest in {city}", "which day this week will be the chilliest in {city}", "mildest/chilliest"),
    (WX, "{city} rainfall total {weekday}: above 20 mm?", "{city} rainfall total {weekday}: below 20 mm?", "above/below"),
    (WX, "nights in {month} when {city} drops below {tempc}°C", "nights in {month} when {city} stays above {tempc}°C", "below/above"),
    (WX, "is {city} drier than normal for {month}", "is {city} wetter than normal for {month}", "drier/wetter"),
    (ORD, "parcels heavier than 30 kg waiting at the depot", "parcels lighter than 30 kg waiting at the depot", "heavier/lighter"),
    (ORD, "refund requests older than {n} days", "refund requests newer than {n} days", "older/newer"),
    (KB, "plans that allow over {n} projects", "plans that allow under {n} projects", "over/under"),
    (DOC, "{lang} client: versions higher than {ver} with async support", "{lang} client: versions lower than {ver} with async support", "higher/lower than a version"),
    (DOC, "{endpoint} payloads exceeding 2 MB", "{endpoint} payloads under 2 MB", "exceeding/under"),
    (POL, "bonus rules for staff who exceed their targets", "bonus rules for staff who fall short of their targets", "exceed/fall short"),
    (POL, "{procedure} costs over the {tier} annual cap", "{procedure} costs under the {tier} annual cap", "over/under"),
]

T["negation"] = [
    (KB, "workspace members still lacking a verified email address", "workspace members with a verified email address", "lacking/with"),
    (KB, "import {integration} contacts excluding duplicates", "import {integration} contacts including duplicates", "excluding/including"),
    (KB, "invoices marked unpaid for {month}", "invoices marked paid for {month}", "un- prefix"),
    (ORD, "shipments to {city} that did not arrive within the promised window", "shipments to {city} that arrived within the promised window", "did not"),
    (ORD, "items in order {order} that are non-returnable", "items in order {order} that are returnable", "non- prefix"),
    (ORD, "orders with no gift wrapping in {month}", "orders with gift wrapping in {month}", "no"),
    (KB, "Geräte, die nicht mehr synchronisiert werden", "Geräte, die synchronisiert werden", "[de] no longer"),
    (ORD, "commandes non remboursées en {fr_month}", "commandes remboursées en {fr_month}", "[fr] non"),
    (PR, "auriculares inalámbricos sin cancelación de ruido", "auriculares inalámbricos con cancelación de ruido", "[es] without/with"),
    (FL, "voos sem escala para {city}", "voos com escala para {city}", "[pt] without/with stopover"),
    (ORD, "orders shipped by anyone but {carrier}", "orders shipped by {carrier} only", "anyone but/only"),
    (FL, "{airline} fares to {city} that include a checked bag", "{airline} fares to {city} that exclude a checked bag", "include/exclude"),
    (FL, "routes to {city} avoiding {city#2}", "routes to {city} via {city#2}", "avoiding/via"),
    (FL, "refundable {airline} tickets to {city}", "non-refundable {airline} tickets to {city}", "non- prefix"),
    (PR, "{product} listings without free returns", "{product} listings with free returns", "without/with"),
    (PR, "{brand} {product} models that are unavailable in {color}", "{brand} {product} models that are available in {color}", "un- prefix"),
    (PR, "{phone} cases that don't block wireless charging", "{phone} cases that block wireless charging", "don't"),
    (SQL, "users who never logged in after signing up in {month}", "users who logged in after signing up in {month}", "never"),
    (SQL, "{q} bookings with {country} excluded", "{q} bookings with {country} included", "excluded/included"),
    (SQL, "trial accounts that did not convert in {q}", "trial accounts that converted in {q}", "did not"),
    (SQL, "orders paid without a coupon in {month}", "orders paid with a coupon in {month}", "without/with"),
    (SQL, "employees in {dept} who are ineligible for the bonus", "employees in {dept} who are eligible for the bonus", "in- prefix"),
    (WX, "rain-free hours in {city} on {weekday}", "rainy hours in {city} on {weekday}", "-free suffix"),
    (WX, "{city} {weekday} temperatures with wind chill factored in", "{city} {weekday} temperatures without wind chill factored in", "with/without"),
    (DOC, "{endpoint} attributes that can't be null", "{endpoint} attributes that can be null", "can't/can"),
    (DOC, "calling {endpoint} unauthenticated from {lang}", "calling {endpoint} authenticated from {lang}", "un- prefix"),
    (DOC, "{lang} SDK features unsupported on {db}", "{lang} SDK features supported on {db}", "un- prefix"),
    (POL, "perks for staff who are not on a permanent contract", "perks for staff who are on a permanent contract", "not"),
    (POL, "{procedure} covered with no prior authorisation", "{procedure} covered with prior authorisation", "no"),
    (POL, "expenses I can claim without receipts", "expenses I can claim with receipts", "without/with"),
]

T["antonym_action"] = [
    (KB, "enable single sign-on for our workspace", "disable single sign-on for our workspace", "enable/disable"),
    (KB, "pin the {integration} channel to the sidebar", "unpin the {integration} channel from the sidebar", "pin/unpin"),
    (KB, "how to lock a shared folder", "how to unlock a shared folder", "lock/unlock"),
    (KB, "grant {email} editor access", "revoke editor access for {email}", "grant/revoke"),
    (ORD, "put order {order} on hold", "take order {order} off hold", "put on/take off hold"),
    (ORD, "increase the quantity on order {order}", "reduce the quantity on order {order}", "increase/reduce"),
    (KB, "Lesebestätigung aktivieren", "Lesebestätigung deaktivieren", "[de] enable/disable"),
    (ORD, "ajouter un article à la commande {order}", "retirer un article de la commande {order}", "[fr] add/remove"),
    (SQL, "altas de clientes en {es_month}", "bajas de clientes en {es_month}", "[es] sign-ups/cancellations"),
    (KB, "attivare le notifiche push su {device}", "disattivare le notifiche push su {device}", "[it] enable/disable"),
    (ORD, "accept the delivery of order {order}", "refuse the delivery of order {order}", "accept/refuse"),
    (PR, "subscribe to price-drop alerts for the {gadget}", "unsubscribe from price-drop alerts for the {gadget}", "subscribe/unsubscribe"),
    (FL, "upgrade my {airline} ticket to premium economy", "downgrade my {airline} ticket to premium economy", "upgrade/downgrade"),
    (FL, "join the {airline} standby list for {date}", "leave the {airline} standby list for {date}", "join/leave"),
    (FL, "book wheelchair assistance at {airport}", "cancel wheelchair assistance at {airport}", "book/cancel"),
    (PR, "assemble the {brand} {product}", "disassemble the {brand} {product}", "assemble/disassemble"),
    (PR, "activate the extended warranty on my {brand} {product}", "deactivate the extended warranty on my {brand} {product}", "activate/deactivate"),
    (SQL, "customers gained in {region} during {q}", "customers lost in {region} during {q}", "gain/lose"),
    (SQL, "inventory received at the {city} warehouse in {month}", "inventory dispatched from the {city} warehouse in {month}", "receive/dispatch"),
    (SQL, "invoices issued to {company} in {fy}", "invoices voided for {company} in {fy}", "issue/void"),
    (SQL, "users who switched on dark mode last week", "users who switched off dark mode last week", "switch on/off"),
    (DOC, "serialize {fmt} payloads in the {lang} SDK", "deserialize {fmt} payloads in the {lang} SDK", "serialize/deserialize"),
    (DOC, "open a streaming connection to {endpoint}", "close a streaming connection to {endpoint}", "open/close"),
    (DOC, "compress responses from {endpoint}", "decompress responses from {endpoint}", "compress/decompress"),
    (DOC, "commit a transaction on {db} from the SDK", "roll back a transaction on {db} from the SDK", "commit/roll back"),
    (WX, "what time does the drizzle set in over {city} on {weekday}", "what time does the drizzle clear from {city} on {weekday}", "set in/clear"),
    (WX, "will the temperature climb in {city} overnight", "will the temperature drop in {city} overnight", "climb/drop"),
    (POL, "sign up for {tier} dental cover during open enrolment", "drop {tier} dental cover during open enrolment", "sign up/drop"),
    (POL, "promote an employee in {dept} mid-year", "demote an employee in {dept} mid-year", "promote/demote"),
    (POL, "rules for accruing vacation days", "rules for forfeiting vacation days", "accrue/forfeit"),
]

T["number"] = [
    (ORD, "where's my package, order no. {order}", "where's my package, order no. {order#2}", "order id, one digit changed or two transposed"),
    (ORD, "return label for {ret}", "return label for {ret#2}", "return id"),
    (ORD, "backorder of {n} units on order {order}", "backorder of {n#2} units on order {order}", "quantity"),
    (ORD, "refund {amount} {cur} to the original card", "refund {amount#2} {cur} to the original card", "amount"),
    (KB, "escalate ticket {ticket}", "escalate ticket {ticket#2}", "ticket number"),
    (KB, "increase the upload limit to 5 GB", "increase the upload limit to 50 GB", "5/50"),
    (ORD, "Lieferstatus für Auftrag {order}", "Lieferstatus für Auftrag {order#2}", "[de] order id"),
    (FL, "porte d'embarquement du vol {flightno}", "porte d'embarquement du vol {flightno#2}", "[fr] flight number"),
    (PR, "televisor de 55 pulgadas", "televisor de 65 pulgadas", "[es] screen size"),
    (SQL, "pedidos com valor acima de {amount} reais", "pedidos com valor acima de {amount#2} reais", "[pt] amount"),
    (KB, "quote for {n} extra licences on our account", "quote for {n#2} extra licences on our account", "licence count"),
    (FL, "{airline} {flightno} arrival gate", "{airline} {flightno#2} arrival gate", "flight number"),
    (FL, "move booking {pnr} to a later flight", "move booking {pnr#2} to a later flight", "booking code, one character"),
    (FL, "family fare for two adults and three kids to {city}", "family fare for three adults and two kids to {city}", "number words swapped"),
    (FL, "is seat {seat} an exit row on {airline}", "is seat {seat#2} an exit row on {airline}", "seat"),
    (FL, "{city} flights with a 23 kg bag included", "{city} flights with a 32 kg bag included", "23/32 kg"),
    (PR, "mini PC with {ram} RAM", "mini PC with {ram#2} RAM", "memory size"),
    (PR, "waterproof trail shoes size {shoe}", "waterproof trail shoes size {shoe#2}", "shoe size"),
    (PR, "set of six {color} dinner plates", "set of eight {color} dinner plates", "number words"),
    (SQL, "orders above {amount} {cur} in {q}", "orders above {amount#2} {cur} in {q}", "threshold"),
    (SQL, "top {n} SKUs by margin", "top {n#2} SKUs by margin", "top-n"),
    (SQL, "customers who used a {pct}% discount code", "customers who used a {pct#2}% discount code", "percentage"),
    (SQL, "cohort retention at day 14", "cohort retention at day 41", "digits transposed"),
    (SQL, "sessions longer than 90 seconds last week", "sessions longer than 90 minutes last week", "seconds/minutes"),
    (DOC, "what breaks when upgrading the {lang} client to {ver}", "what breaks when upgrading the {lang} client to {ver#2}", "version (patch, look-alike or pre-release)"),
    (DOC, "{endpoint} keeps returning 409", "{endpoint} keeps returning 406", "status code"),
    (DOC, "max page size 250 for {endpoint}", "max page size 25 for {endpoint}", "250/25"),
    (WX, "forecast high of {tempf}°F in {city} {weekday}?", "forecast high of {tempf#2}°F in {city} {weekday}?", "temperature"),
    (WX, "gusts of 40 km/h in {city} tomorrow", "gusts of 40 mph in {city} tomorrow", "km/h / mph"),
    (POL, "mileage allowance for trips over 80 km", "mileage allowance for trips over 80 miles", "km/miles"),
    (POL, "long-service award after 15 years", "long-service award after 25 years", "one digit"),
    (POL, "{procedure} limit of {amount} {cur} per year", "{procedure} limit of {amount#2} {cur} per year", "amount"),
]

T["date"] = [
    (WX, "hourly outlook for {city}, {date}", "hourly outlook for {city}, {date#2}", "day"),
    (WX, "what time is dawn in {city} tomorrow", "what time is dawn in {city} today", "tomorrow/today"),
    (WX, "ski conditions near {city} on {weekday}", "ski conditions near {city} on {weekday#2}", "weekday"),
    (WX, "{city} outlook for the weekend after next", "{city} outlook for next weekend", "weekend after next/next weekend"),
    (WX, "{city} frost on the night of {dmy}", "{city} frost on the night of {dmy#2}", "day, day-month order"),
    (FL, "{airline} departures from {airport} on {iso}", "{airline} departures from {airport} on {iso#2}", "ISO date"),
    (WX, "Regenrisiko in {city} am {dotdate}", "Regenrisiko in {city} am {dotdate#2}", "[de] dotted date"),
    (FL, "un aller simple vers {city} {fr_weekday} soir", "un aller simple vers {city} {fr_weekday#2} soir", "[fr] weekday"),
    (SQL, "facturación de {es_month} de 2025", "facturación de {es_month#2} de 2025", "[es] month"),
    (ORD, "consegna dell'ordine {order} {it_weekday}", "consegna dell'ordine {order} {it_weekday#2}", "[it] weekday"),
    (FL, "outbound to {city} on {usd}", "outbound to {city} on {usd#2}", "US date, day and month swapped"),
    (FL, "{airline} seats to {city}, departing {weekday} before noon", "{airline} seats to {city}, departing {weekday#2} before noon", "weekday"),
    (FL, "fly to {city} in early {month}", "fly to {city} in late {month}", "early/late month"),
    (ORD, "delivery estimate for orders placed on {holiday}", "delivery estimate for orders placed the day after {holiday}", "holiday vs the day after"),
    (ORD, "reschedule the delivery of order {order} to {weekday}", "reschedule the delivery of order {order} to {weekday#2}", "weekday"),
    (ORD, "orders due to arrive by {date}", "orders due to arrive by {date#2}", "day"),
    (ORD, "pickup window {ampm} tomorrow for order {order}", "pickup window {ampm#2} tomorrow for order {order}", "am/pm"),
    (SQL, "net revenue for {q} {fy}", "net revenue for {q} {fy#2}", "fiscal year"),
    (SQL, "signups yesterday", "signups the day before yesterday", "yesterday/day before"),
    (SQL, "cancellations in the first week of {month}", "cancellations in the second week of {month}", "first/second week"),
    (SQL, "lookup: {dept} headcount as of {iso}", "lookup: {dept} headcount as of {iso#2}", "ISO date, agent style"),
    (SQL, "gross margin this month so far", "gross margin last month", "this month/last month"),
    (KB, "why was I billed on {date}", "why was I billed on {date#2}", "day"),
    (KB, "scheduled maintenance on {weekday} night", "scheduled maintenance on {weekday#2} night", "weekday"),
    (DOC, "{endpoint} deprecation planned for {q}", "{endpoint} deprecation planned for {q#2}", "quarter"),
    (DOC, "{endpoint} incident report from {date}", "{endpoint} incident report from {date#2}", "day"),
    (POL, "open enrolment for the {tier} plan closes in {month}", "open enrolment for the {tier} plan closes in {month#2}", "month"),
    (POL, "holiday pay for working on {holiday}", "holiday pay for working the day before {holiday}", "holiday vs the day before"),
    (PR, "{product} that can arrive before {weekday}", "{product} that can arrive before {weekday#2}", "weekday"),
    (PR, "{gadget} price this weekend", "{gadget} price last weekend", "this/last weekend"),
]

T["entity"] = [
    (WX, "{coast} wind forecast for sailing on {weekday}", "{coast#2} wind forecast for sailing on {weekday}", "city"),
    (WX, "pollen levels near {twin_city} today", "pollen levels near {twin_city#2} today", "look-alike city"),
    (FL, "{airline} lounge at {airport}", "{airline} lounge at {airport#2}", "look-alike airport code"),
    (FL, "does {airline} fly to {country} in winter", "does {airline#2} fly to {country} in winter", "airline"),
    (ORD, "unshipped purchases by {email}", "unshipped purchases by {email#2}", "email (often the same mailbox at another domain)"),
    (ORD, "order history for {twin_person}", "order history for {twin_person#2}", "look-alike name"),
    (FL, "Lounge-Zugang bei {airline}", "Lounge-Zugang bei {airline#2}", "[de] airline"),
    (KB, "supprimer l'accès de {email}", "supprimer l'accès de {email#2}", "[fr] email"),
    (WX, "tiempo en {city} mañana por la tarde", "tiempo en {city#2} mañana por la tarde", "[es] city"),
    (ORD, "encomendas enviadas pela {carrier}", "encomendas enviadas pela {carrier#2}", "[pt] carrier"),
    (ORD, "{carrier} pickup points in {city}", "{carrier#2} pickup points in {city}", "carrier"),
    (ORD, "invoices for the {domain} account", "invoices for the {domain#2} account", "domain, TLD changed"),
    (PR, "where to buy replacement parts for my {brand} {product}", "where to buy replacement parts for my {brand#2} {product}", "brand"),
    (PR, "{gadget} leather case", "{gadget#2} leather case", "model"),
    (PR, "{product} sold in {city} stores", "{product} sold in {city#2} stores", "city"),
    (SQL, "pipeline value for {company}", "pipeline value for {company#2}", "company"),
    (SQL, "tickets assigned to {first} last week", "tickets assigned to {first#2} last week", "lower-case first name"),
    (SQL, "checkout conversion for {payment} in {q}", "checkout conversion for {payment#2} in {q}", "payment method"),
    (SQL, "{country} VAT collected in {q}", "{country#2} VAT collected in {q}", "country"),
    (SQL, "{person}'s quota attainment {fy}", "{person#2}'s quota attainment {fy}", "person"),
    (DOC, "{lang} SDK install guide", "{lang#2} SDK install guide", "SDK"),
    (DOC, "{db} read replicas with the SDK", "{db#2} read replicas with the SDK", "database"),
    (DOC, "handling 429s from {endpoint}", "handling 429s from {endpoint#2}", "endpoint"),
    (KB, "disconnect {integration} from my account", "disconnect {integration#2} from my account", "integration"),
    (KB, "push notifications missing on my {device}", "push notifications missing on my {device#2}", "device"),
    (KB, "resend the invite to {email}", "resend the invite to {email#2}", "email (often the same mailbox at another domain)"),
    (KB, "change workspace display language to {hlang}", "change workspace display language to {hlang#2}", "language"),
    (POL, "annual excess on the {tier} policy", "annual excess on the {tier#2} policy", "tier"),
    (POL, "working from {country} for 30 days: tax rules", "working from {country#2} for 30 days: tax rules", "country"),
    (POL, "who signs off on {twin_person}'s leave", "who signs off on {twin_person#2}'s leave", "look-alike name"),
    (POL, "does {tier} pay for {procedure}", "does {tier} pay for {procedure#2}", "procedure"),
]

T["scope"] = [
    (WX, "{city} peak afternoon temperature {weekday}", "{city} lowest temperature before dawn {weekday}", "daytime high vs overnight low"),
    (WX, "{city} chance of hail tomorrow", "{city} expected hailstone size tomorrow", "probability vs size"),
    (WX, "at what hour does it get dark in {city} on {date}", "how many hours of daylight does {city} get on {date}", "sunset vs day length"),
    (WX, "{coast} sea temperature this week", "{coast} wave height this week", "sea temperature vs waves"),
    (FL, "{airline} pet carrier size limit", "{airline} pet fee", "size limit vs fee"),
    (FL, "which gate does {flightno} board from", "which carousel will {flightno} bags come out on", "gate vs carousel"),
    (FL, "Mindestumsteigezeit in {city}", "Terminal für Anschlussflüge in {city}", "[de] connection time vs terminal"),
    (PR, "poids du {phone}", "prix du {phone}", "[fr] weight vs price"),
    (SQL, "número de devoluciones en {es_month}", "motivo más común de devolución en {es_month}", "[es] count vs most common reason"),
    (POL, "quanti giorni di malattia retribuiti all'anno", "serve il certificato medico per i giorni di malattia", "[it] paid sick days vs certificate"),
    (FL, "how long is the flight from {city} to {city#2}", "how far is it from {city} to {city#2} by air", "duration vs distance"),
    (ORD, "order {order}: which courier is delivering it", "order {order}: when is the courier coming", "who vs when"),
    (ORD, "cost of sending order {order} back", "last day to send order {order} back", "fee vs deadline"),
    (ORD, "items in order {order}", "total paid for order {order}", "contents vs total"),
    (PR, "how soon can a {brand} {product} be delivered to {city}", "how much does it cost to deliver a {brand} {product} to {city}", "delivery time vs cost"),
    (PR, "{phone} screen size", "{phone} screen resolution", "size vs resolution"),
    (PR, "how many years the {brand} {product} guarantee runs", "which faults the {brand} {product} guarantee leaves out", "length vs exclusions"),
    (SQL, "count of orders from {country} in {month}", "mean basket value for {country} orders in {month}", "count vs average value"),
    (SQL, "{company} seats purchased", "{company} seats actually used", "bought vs used"),
    (SQL, "median time to close for {dept} tickets in {q}", "median time to first reply for {dept} tickets in {q}", "close vs first reply"),
    (SQL, "revenue by product line {fy}", "revenue by sales rep {fy}", "grouping"),
    (DOC, "what {endpoint} expects in the request body", "what {endpoint} sends back in the response body", "request vs response"),
    (DOC, "default timeout in the {lang} SDK", "default max retries in the {lang} SDK", "timeout vs retries"),
    (DOC, "{db} connector: supported versions", "{db} connector: required permissions", "versions vs permissions"),
    (KB, "how many devices can use one license", "how many people can share one license", "devices vs people"),
    (KB, "price of the {plan} plan", "features of the {plan} plan", "price vs features"),
    (POL, "how long is paternity leave", "how much is paternity leave paid", "length vs pay"),
    (POL, "{procedure} co-insurance on {tier}", "{procedure} waiting period on {tier}", "cost share vs waiting period"),
    (POL, "who is eligible for the tuition assistance program", "how much the tuition assistance program pays per year", "eligibility vs amount"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test4",
    order_digits=8,
    extra_pools={
        "ret": pairgen.prefixed_pool("RA-", 1000000, 9999999),  # return id "RA-4702913"
        "ticket": pairgen.prefixed_pool("CS-", 100000, 999999),  # support case "CS-318204"
        "pnr": pairgen.code_pool(),  # booking code "K7XQ2M"; the second one has one character changed
        "dmy": pairgen.day_month_pool(LISTS["month"]),  # "14 April"; the second one 1 or 7 days later
        "iso": pairgen.iso_pool(LISTS["month"], [2025, 2026]),  # "2025-05-14"; the second one 1 or 7 days later
        "dotdate": pairgen.dotdate_pool([2025, 2026]),  # German "14.06.2025"; one day or one month on
        "ampm": pairgen.ampm_pool((5, 6, 7, 8)),  # "7am" / "7pm"
    },
    apart=(  # every other split; slot values strictly apart (numbers too), the closed sets excepted
        Apart("tune", values="strict"),
        Apart("test", values="strict", quiet=True),  # collisions with a test split reported by id or index only
        Apart("test2", values="strict", quiet=True),
        Apart("test3", values="strict", quiet=True),
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
