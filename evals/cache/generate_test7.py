#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better; Turkish text needs the dotless i)
"""Generate "test7", a seventh held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test7.py          # write pairs_test7.jsonl, print the report
    python evals/cache/generate_test7.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test to test6 (25 pairs
per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in new
wording and new slot pools. Written by a separate author, apart from the guard and the verifier.
What was read, and nothing else: the listing and line counts of evals/cache/, the sections of
evals/cache/README.md from "# Semantic cache evaluation pairs" through "## What a user of the data
must know" and the section "## pairgen.py: the shared machinery" (not tune2 to tune5, not test2 to
test6, not their "reading" subsections), pairgen.py and generate_test6.py (as the model of the
structure; none of its templates, wording or pool values are reused). Nothing under src/, bench/,
tests/, scripts/ or docs/ was opened, no pairs_*.jsonl file was read (the self-check compares with
them without printing their text), no git history was read, and nothing was scored on this split.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test7
result leads to a change of the guard, the verifier, the thresholds or the templates, test7 is used
up too.

Style: requests as agents and tools really send them: function-call strings
('get_weather(city="X", day="Y")', 'search_products(query=..., max_price=...)'), key=value
parameter lines ("search_flights origin=X dest=Y depart=Z"), SQL-like filters ("WHERE seats >= N",
"IS NULL / IS NOT NULL", "churned = true"), log-style lines ("[support-bot] status lookup | order
#N | customer E"), support macros and ticket notes ("macro: ...", "ticket note: customer X wants
..."); voice-dictated questions with fillers ("um", "uh", "OK Google", "Hey Siri", "voice note:");
chat shorthand, all caps, dropped diacritics. 12-15% of the pairs are in other languages, mostly
ones little used before: Czech, Hungarian, Romanian, Turkish, Finnish and Norwegian, with a few
German (notes start with "[cs]", "[hu]", "[ro]", "[tr]", "[fi]", "[nb]", "[de]"), each pair within
one language.

Near misses, written in ways earlier splits did not: swapped call arguments
('origin="A", destination="B"'), "depart X, arrive Y", "src=/dst=", "X → Y" sync jobs, SQL
"migrated_from/migrated_to", inviter/invitee, order country vs card country, trade-in direction,
secondments, delegation, account merges "keep A, absorb B", headwind rides, before/after noon;
max_price/min_price arguments, "<"/">", ">="/"<=", "four stars and up/and below", "no more/no less
than", fewest/most stops, wettest/driest, beat/fell short of quota, slower/faster than the SLA,
biggest/smallest, further/closer than, builds numbered higher/lower than a version; in_stock=true/false,
IS NULL/IS NOT NULL, include_alerts=yes/no, churned = true/false, allowed/not allowed to be null,
thread-safe/not thread-safe, refundable/non-refundable, a/no GP referral, fără/cu, nélkül/-szal,
bez/s, ödenmemiş/ödenmiş; suspend/reinstate, pin/unpin, grant/revoke, place/lift a hold, split/merge shipment, approve/reject, opt in/out,
link/unlink, lock/unlock, follow/unfollow, assemble/disassemble, list/delist, promote/demote,
serialize/deserialize, encrypt/decrypt, attach/detach, issued/lifted, rise/fall, enrol/withdraw,
zapnout/vypnout, lemondás/megerősítés, aç/kapat; order, RMA and error ids, HTTP 409/429, ports,
LIMIT 25/50, altitudes, UV thresholds, pack sizes, years of cover, terminals; ISO dates in call
arguments and SQL filters, "this/next" weekday, the weekend after next, red-eyes, school holidays,
month-to-date/quarter-to-date, 02:00/14:00 UTC cron, "the twenty-ninth/thirtieth of the month", the
day before/after a holiday, zítra/pozítří, ieri/alaltăieri, i helgen/neste helg; look-alike towns
(Baia Mare/Baia Sprie), airport codes, an origin replaced by a third city, couriers, account owners in SQL
filters, traffic sources; scope changes such as dew point vs cloud base (as a call argument), sum vs
count in SQL, name change vs date change on a ticket, return vs exchange macros, tax invoice vs
packing slip, trade-in value vs repair price, premium vs deductible.

The self-check (pairgen.self_check; nothing is written if it fails) keeps test7 apart from every
other split: no template string shared with or worded like (word Jaccard 0.7 or more, a slot
counting as one word named after its pool) a template of tune, test, test2 to test6 or
tune2-tune5; no sentence and no (a, b) pair (either order) shared with any pairs_*.jsonl file or
tests/cache/pairs.py (every collision is reported by id or template index only, so no other split's
text is ever printed); no slot value in any other split's pools, numbers included (only the closed
sets, weekdays, months and quarters, repeat); ids unique across all the files; a != b; no unfilled
slot; exactly 25 / 54 pairs per category from at least 12 / 20 templates; all 8 tools; 12-15%
non-English. While the split was written, some first-draft templates and pool values were
reworded or replaced because the self-check reported them as shared with or worded like another
split's (it names only this split's string and the other split's name, never the other text).
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
# Slot pools: no value in the pools of any other split, numbers included; only the closed sets
# (weekdays, months, quarters) repeat. Checked by the self-check.
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "chainsaw sharpener": ["Oregon", "Timberline", "Granberg"],
    "beehive starter kit": ["Flow Hive", "Lyson", "Thornes"],
    "aquarium canister filter": ["Eheim", "Fluval", "Oase"],
    "pottery wheel": ["Shimpo", "Brent", "Skutt"],
    "overlocker": ["Juki", "Bernina", "Pfaff"],
    "kayak paddle": ["Werner", "Aqua-Bound", "Bending Branches"],
    "bike child seat": ["Thule Yepp", "Hamax", "Bobike"],
    "smart bird feeder": ["Bird Buddy", "Netvue Birdfy", "Haikubox"],
}

LISTS = {
    "city": ["Oradea", "Iași", "Bursa", "Kayseri", "Eskişehir", "Oulu", "Jyväskylä", "Lillehammer", "Kristiansand",
             "Haugesund", "Liberec", "Plzeň", "Győr", "Craiova", "Trabzon", "Fethiye", "Bodrum", "Constanța", "Hanko",
             "Porvoo", "Molde", "Znojmo", "Kecskemét", "Alanya", "Trnava", "Zlín", "Miskolc", "Arad", "Brăila",
             "Samsun", "Konya", "Lahti", "Vaasa", "Tønsberg"],
    "coast": ["Trabzon", "Fethiye", "Bodrum", "Constanța", "Hanko", "Porvoo", "Molde", "Kristiansand", "Haugesund",
              "Alanya", "Samsun", "Vaasa", "Tønsberg"],  # coastal cities of the city pool
    "country": ["Vanuatu", "Palau", "Tuvalu", "Nauru", "Marshall Islands", "Micronesia", "São Tomé",
                "Equatorial Guinea", "Timor-Leste", "Montserrat", "Anguilla", "Niue", "Cook Islands",
                "Wallis and Futuna", "Saint Kitts and Nevis", "Dominica", "Antigua"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "person": ["Zdeněk Horák", "Réka Szabó", "Ioana Popescu", "Emre Yıldız", "Aino Virtanen", "Sigrid Haugen",
               "Bence Kovács", "Elif Şahin", "Mihai Ionescu", "Eero Lehtonen", "Ingrid Solberg", "Kateřina Novotná"],
    "first": ["zdenek", "reka", "ioana", "emre", "aino", "sigrid", "bence", "elif", "mihai", "eero"],
    "plan": ["Lantern", "Lighthouse", "Harborlight", "Watchtower"],
    "tier": ["Aster", "Heather", "Bluebell", "Thistle"],
    "region": ["the Black Sea region", "the Danube region", "the Carpathians", "the Pannonian plain", "the Aegean islands",
               "Transylvania", "Moravia"],
    "procedure": ["orthodontic retainers", "chiropractic sessions", "scoliosis bracing", "lymphatic drainage massage",
                  "tinnitus therapy", "travel vaccinations"],
    "lang": ["Gleam", "Racket", "Pony", "Chapel", "Ada", "Raku", "Odin", "Bun", "Hack", "Idris", "PureScript",
             "Solidity"],
    "endpoint": ["/warehouse_slots", "/credit_limits", "/dock_schedules", "/return_reasons", "/vendor_payouts",
                 "/subscription_pauses", "/store_hours", "/promo_rules", "/courier_pickups", "/stock_reservations"],
    "db": ["Memgraph", "VictoriaMetrics", "OrientDB", "RethinkDB", "Aerospike", "Tarantool", "KeyDB", "Dragonfly",
           "Apache Doris", "Apache IoTDB", "MonetDB", "ArcadeDB"],
    "dept": ["Fleet Management", "Clinical Affairs", "Sustainability Office", "Export Compliance", "Store Operations",
             "Vendor Management", "Quality Assurance Lab", "Member Services"],
    "company": ["Vrbova Logistics", "Kovacs Milling", "Danube Freight", "Anatolia Ceramics", "Fjordline Seafoods",
                "Tatra Timber", "Karelia Paper", "Carpathia Foods", "Bosporus Textiles", "Nordkapp Outdoor"],
    "holiday": ["Juhannus", "Syttende Mai", "Saint Wenceslas Day", "Great Union Day", "Republic Day of Türkiye"],
    "color": ["navy blue", "duck egg blue", "rust orange", "moss", "aubergine", "ice white", "smoke grey", "mulberry"],
    "carrier": ["Zásilkovna", "Foxpost", "Yurtiçi Kargo", "Aras Kargo", "PPL", "GLS Hungary", "Matkahuolto",
                "Helthjem", "Itella", "Pošta SK"],
    "gadget": ["Fairphone Buds", "Withings ScanWatch 2", "Ticwatch Pro 5", "Xiaomi Smart Band 9",
               "Shokz OpenRun Pro 2", "Jabra Elite 10", "Onyx Boox Palma", "Pocketbook Era", "Amazfit T-Rex 3"],
    "phone": ["iPhone 14 Pro", "Nothing Phone 2", "Xperia 1 V", "Moto Edge 50", "Galaxy Z Flip 5", "Galaxy M35",
              "Redmi 13C", "Realme GT 6", "Vivo X100"],
    "airline": ["TAROM", "AJet", "Corendon", "Air Greenland", "Norse Atlantic", "Atlantic Airways"],
    "integration": ["Pohoda", "Billingo", "SmartBill", "Procountor", "Tripletex", "Fakturoid", "Visma eAccounting",
                    "Logo Tiger"],
    "device": ["Apple Vision Pro", "Anbernic RG35XX", "Roku Ultra", "Lenovo Legion Go", "ROG Ally", "Xbox Series S",
               "Nintendo Switch Lite"],
    "source": ["Pinterest ads", "TikTok ads", "Reddit ads", "podcast sponsorships", "affiliate blogs",
               "the partner newsletter"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [139, 187, 233, 281, 337, 419, 487, 563, 691, 877],
    "n": [147, 156, 171, 184, 206, 218],
    "size": ["EU 42", "EU 43", "EU 44", "EU 45", "EU 46"],
    "yr": [2036, 2037, 2038, 2039],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Baia Mare", "Baia Sprie"), ("Nové Město", "Nové Mesto"), ("Kolín", "Kolno"), ("Eger", "Enger")],
    "airport": [("BRQ", "BRX"), ("OSR", "OSD"), ("CLJ", "CLY"), ("ADB", "ADE"), ("TRD", "TRE"), ("OUL", "OUI")],
    "ver": [("4.11.0", "4.1.10"), ("1.27.3", "1.2.73"), ("5.5.0", "5.0.5"), ("6.0.0-rc.2", "6.0.0-rc.3")],
}

EMAIL = (["zdenek.h", "reka.sz", "ioana.p", "emre.y", "aino.v", "sigrid.h"],
         ["freemail.hu", "yahoo.ro", "suomi24.fi", "online.no", "centrum.cz", "abv.bg"])
AIRLINE_CODE = {"TAROM": "RO", "AJet": "VF", "Corendon": "XC", "Air Greenland": "GL", "Norse Atlantic": "N0",
                "Atlantic Airways": "RC"}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[cs]", "[hu]", "[ro]", "[tr]", "[fi]", "[nb]", "[de]" at the
# start of a note marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (WX, 'get_weather(city="{city}", day="{weekday}", fields="gusts,visibility")', 'get_weather(day="{weekday}", fields="gusts,visibility", city="{city}")', "keyword arguments reordered"),
    (FL, "search_flights origin={airport} dest={airport#2} depart={date} cabin=premium", "search_flights cabin=premium depart={date} origin={airport} dest={airport#2}", "key=value parameters reordered"),
    (ORD, "[support-bot] status lookup | order #{order} | customer {email}", "[support-bot] customer {email} | order #{order} | status lookup", "log fields reordered"),
    (SQL, "SELECT refunds WHERE region = '{region}' AND quarter = '{q}' GROUP BY carrier", "SELECT refunds WHERE quarter = '{q}' AND region = '{region}' GROUP BY carrier", "AND-ed filters reordered"),
    (PR, "um, the {brand} {product}, the {color} one, is it in stock", "is it in stock, um, the {color} one, the {brand} {product}", "dictated clauses reordered"),
    (DOC, "{lang} SDK, {endpoint}, cursor pagination example", "cursor pagination example: {endpoint}, {lang} SDK", "segments reordered"),
    (POL, "macro: bereavement leave / {dept} / how many days", "macro: how many days / bereavement leave / {dept}", "macro fields reordered"),
    (KB, "passkey login failing on {device} since the last update", "since the last update, passkey login failing on {device}", "time clause moved to the front"),
    (WX, "UV index and pollen count for {city} at noon", "pollen count and UV index for {city} at noon", "list items swapped"),
    (SQL, "avg basket size by traffic source in {country} for {month}", "for {month} in {country}, avg basket size by traffic source", "filters moved to the front"),
    (FL, "{airline}: pram at the gate, allowed or not", "allowed or not: pram at the gate, {airline}", "clauses swapped"),
    (ORD, "Objednávka {order}: kdy dorazí do města {city}?", "Kdy dorazí do města {city} objednávka {order}?", "[cs] order moved to the end"),
    (WX, "{city} hava durumu cumartesi sabahı", "cumartesi sabahı {city} hava durumu", "[tr] time moved to the front"),
    (PR, "{brand} {product} ára szállítással együtt", "szállítással együtt {brand} {product} ára", "[hu] clause moved to the front"),
]

T["shorten"] = [
    (WX, "okay so, uh, I'm dictating this while driving: what's the chance of freezing rain in {city} between six and nine tomorrow morning", "{city} freezing rain chance 6-9am tomorrow", "dictated question cut to keywords"),
    (ORD, "Macro - customer writes: 'Order {order} was marked delivered on {weekday} but the box is nowhere, neighbours checked too.' Please look up the delivery scan.", "order {order} delivery scan, marked delivered {weekday}, not found", "support macro cut"),
    (FL, "request from travel agent: list every direct {airline} flight from {city} to {city#2} departing on {date}, economy, one adult, no bags", "direct {airline} {city} → {city#2} {date}, economy, 1 adult, no bags", "agent request cut, route kept"),
    (PR, "I'm looking for a {product} from {brand}, it has to come in {color}, and it has to arrive before the weekend because it's a gift", "{brand} {product} in {color}, delivered before the weekend", "story cut"),
    (SQL, "for the board deck, give me the count of paying accounts in {region} at the end of {month}, broken down by plan", "paying accounts in {region} end of {month} by plan", "request cut"),
    (DOC, "I'm writing a {lang} service that calls {endpoint} and I keep wondering what the largest page size is that it will accept", "{endpoint} max page size ({lang})", "story cut"),
    (POL, "hi, this is a question from someone in {dept}: if I work on a public holiday like {holiday}, do I get a day in lieu or extra pay or both", "{dept}: working on {holiday}, day in lieu and/or extra pay", "story cut"),
    (KB, "log line from the desktop client: 'ERR auth: SAML assertion rejected, clock skew' - what does it mean and how do I fix it", "SAML assertion rejected (clock skew): meaning and fix", "log line cut to keywords"),
    (WX, "could you tell me, for a picnic planned in the park in {city} on {weekday}, whether it's going to stay dry from lunchtime until about four", "{city} dry {weekday} noon-4pm?", "question cut"),
    (ORD, "the customer on chat says she wants to switch the delivery on order {order} to her office address before it leaves the warehouse, is that still possible", "order {order}: switch delivery to office address before dispatch, possible?", "chat summary cut"),
    (FL, "voice note: hey, um, how much does it cost to bring skis on {airline} when flying out of {city}, just the one pair", "{airline} ski fee, one pair, from {city}", "dictated note cut"),
    (SQL, "Please compute, using the orders table, the median time between an order being placed and it being shipped, for {country} only, in {q}", "median order-to-ship time, {country}, {q}", "request cut"),
    (KB, "Chci si zrušit předplatné {plan}, ale nevím, kde to v aplikaci najdu, poradíte mi?", "zrušení předplatného {plan} v aplikaci", "[cs] story cut"),
    (WX, "Hei, voitko kertoa, sataako kaupungissa {city} lunta huomenna iltapäivällä?", "{city} lumisade huomenna iltapäivällä", "[fi] question cut"),
]

T["question_keyword"] = [
    (WX, "Assistant, when does the sun come up in {city} this {weekday}?", "sun-up time {city} this {weekday}", "question vs keywords"),
    (FL, "How many kilos can I put in a checked bag on {airline} economy light?", "{airline} economy light checked bag kg limit", "question vs keywords"),
    (ORD, "Which warehouse is order #{order} shipping out of?", "order #{order} shipping warehouse", "question vs keywords"),
    (PR, "Can the {brand} {product} parts go in the dishwasher?", "{brand} {product} parts dishwasher-safe", "question vs keywords, hyphen dropped"),
    (SQL, "How many refunds went through {carrier} in {month}?", "{carrier} refund count {month}", "question vs keywords"),
    (DOC, "How do I turn on gzip for responses from {endpoint} in the {lang} SDK?", "{lang} SDK {endpoint} gzip responses", "question vs keywords"),
    (POL, "Can contractors in {dept} join the company pension?", "{dept} contractors pension eligibility", "question vs keywords"),
    (KB, "Why do my exported CSVs show garbled accents?", "garbled accents in exported CSVs", "question vs keywords"),
    (WX, "Will the {city} marathon on {weekday} be run in the rain?", "{city} marathon {weekday} rain forecast", "question vs keywords"),
    (SQL, "Which {dept} employees still have unused training budget?", "{dept} employees with unused training budget", "question vs keywords"),
    (FL, "Does {flightno} have power sockets at the seats?", "{flightno} seat power sockets", "question vs keywords"),
    (ORD, "Can I get an invoice with my company's VAT ID for order #{order}?", "order #{order} invoice with company VAT ID", "question vs keywords"),
    (DOC, "Jak nastavit timeout v {lang} SDK?", "{lang} SDK nastavení timeoutu", "[cs] question vs keywords"),
    (KB, "Hogyan tudom exportálni a számláimat?", "számlák exportálása", "[hu] question vs keywords"),
]

T["synonym"] = [
    (WX, "will it chuck it down in {city} come {weekday}", "heavy rainfall expected {city} {weekday}?", "rephrased"),
    (ORD, "my parcel {order} is just sitting at the depot", "shipment {order} stuck at the distribution centre", "rephrased"),
    (FL, "{airline} lets me pick my seat for free?", "complimentary seat selection on {airline}", "rephrased"),
    (PR, "{product} that's easy to carry around", "portable lightweight {product}", "rephrased"),
    (SQL, "people who gave up halfway through checkout in {month}", "{month} checkout abandoners", "rephrased"),
    (DOC, "the {lang} client chokes when {endpoint} is slow", "{lang} SDK hangs on slow {endpoint} responses", "rephrased"),
    (POL, "money back for my train ticket to the office", "commuting rail fare reimbursement", "rephrased"),
    (KB, "the app eats my phone battery", "high battery drain from the mobile app", "rephrased"),
    (ORD, "the box for {order} arrived squashed", "order {order} delivered with crushed packaging", "rephrased"),
    (WX, "how nippy will mornings in {city} be this week", "{city} early morning chill this week", "rephrased"),
    (SQL, "{country}: which clients spend the most with us", "top customers by revenue in {country}", "rephrased"),
    (PR, "{gadget} juice lasts how long", "{gadget} battery runtime", "rephrased, slang"),
    (POL, "dovolená navíc za dlouholeté působení ve firmě", "extra dny volna za odpracované roky", "[cs] rephrased"),
    (ORD, "paketim {order} hâlâ gelmedi", "{order} numaralı kargo teslim edilmedi", "[tr] rephrased"),
]

T["typo"] = [
    (WX, "humidity and dew point for {city} {weekday} evening", "humidty and dew piont for {city} {weekday} evening", "two typos"),
    (FL, "{airline} refund for a cancelled connection", "{airline} refnud for a canceled connection", "typo + US spelling"),
    (ORD, "PARCEL {order} MARKED UNDELIVERABLE", "parcel {order} marked undeliverible", "all caps vs lower case + typo"),
    (PR, "where to buy spare attachments for the {brand} {product}", "where to by spare attachmnets for the {brand|lower} {product}", "lower-case brand + real-word typo + typo"),
    (SQL, "weekly active accounts in {region}, last eight weeks", "weekly actvie accounts in {region}, last eight weeks", "one typo"),
    (DOC, "{lang} SDK retry on connection reset", "{lang} SDK retyr on conection reset", "two typos"),
    (POL, "can I expense an ergonomic chair for working from home", "can I expence an ergonomic chiar for working from home", "two typos"),
    (KB, "calendar invites arrive twice", "calender invites arive twice", "two typos"),
    (WX, "Thunderstorm risk {city} tonight", "thunderstrom risk {city|lower} tonight", "lower-case city + typo"),
    (FL, "seat upgrade with miles on {flightno}", "seat upgarde with miles on {flightno}", "one typo"),
    (SQL, "abandoned carts with a total above $100 in {month}", "abandonned carts with a total above $100 in {month}", "one typo"),
    (ORD, "Unable to pick a new delivery slot for order {order}", "unable to pick a new delivery slto for ordr {order}", "casing + two typos"),
    (KB, "nemůžu se přihlásit přes Google", "nemuzu se prihlasit pres Google", "[cs] diacritics dropped"),
    (WX, "yarın {city} için kar yağışı", "yarin {city} icin kar yagisi", "[tr] diacritics dropped"),
]

T["politeness"] = [
    (WX, "{city} rain radar this afternoon", "hi there! sorry to pester you, but could I see the {city} rain radar this afternoon? many thanks", "apology + thanks"),
    (FL, "{airline} cabin bag dimensions", "Dear support team, I would be most grateful if you could confirm the {airline} cabin bag dimensions. Kind regards", "letter-style wrapper"),
    (ORD, "when should order #{order} turn up", "Hey, hope you're well! Whenever you have a moment, could you check when order #{order} should turn up? Thanks heaps", "greeting + hedge + thanks"),
    (PR, "{brand} {product} stock level at the {city} shop", "Hello, thanks for your patience with me today, would you kindly check the {brand} {product} stock level at the {city} shop? Appreciate it", "polite wrapper"),
    (SQL, "refund count per carrier in {month}", "@analytics-bot please, when convenient: refund count per carrier in {month}. thanks!", "bot mention + please + thanks"),
    (DOC, "{lang} SDK: where to configure an outbound HTTP proxy", "Hi folks, apologies for the basic question - {lang} SDK: where do I configure an outbound HTTP proxy? Cheers in advance", "apology + thanks"),
    (POL, "expense claim deadline", "Good morning HR, sorry to trouble you, could you remind me of the expense claim deadline? Thanks very much, Priya", "letter-style wrapper with signature"),
    (KB, "change the email on my account", "hello!! could you please please help me change the email on my account, thank you sooo much", "pleading wrapper"),
    (WX, "{city} snowfall outlook, {weekday} overnight", "OK Google, um, please, {city} snowfall outlook, {weekday} overnight, thanks", "voice assistant wrapper"),
    (ORD, "cancel order #{order} before it is packed", "Hi, so sorry to be a pain, but I'd like to cancel order #{order} before it is packed, please. Thank you for understanding", "apology + please + thanks"),
    (FL, "{flightno} arrival time", "evening! would you be so kind as to look up the {flightno} arrival time? thanks a million", "greeting + thanks"),
    (SQL, "churned accounts in {region} last month", "Hi team - no urgency, but could someone pull churned accounts in {region} last month? Much obliged", "hedge + thanks"),
    (KB, "Dobrý den, prosím vás, jak změním fakturační adresu? Děkuji", "jak změním fakturační adresu", "[cs] polite wrapper"),
    (ORD, "Szia! Megnéznéd, hol tart a {order} rendelésem? Köszi!", "hol tart a {order} rendelésem", "[hu] polite wrapper"),
    (WX, "Bună ziua, vă rog, cum va fi vremea în {city} mâine? Mulțumesc frumos", "vremea în {city} mâine", "[ro] polite wrapper"),
]

T["mixed"] = [
    (WX, "Hey Siri, uh, do I need an umbrella in {city} on {weekday} afternoon?", "rain chance {city} {weekday} pm", "voice wrapper + keywords"),
    (FL, "Customer asks: 'Can my {airline} ticket be used by someone else if I can't travel?'", "{airline} ticket transferable to another person?", "macro wrapper + rephrased"),
    (ORD, "hiya, parcel #{order} says out for delivery since 7am, any eta??", "What is the current estimated arrival time for order {order}, which has been out for delivery since 7am?", "slang vs full question"),
    (PR, "u got the {brand} {product} in {color}?", "Do you carry the {brand} {product} in a {color} finish?", "shorthand vs full question"),
    (SQL, "ok so how many ppl signed up via the referral link in {month}", "count of {month} registrations attributed to referral links", "shorthand + synonyms"),
    (DOC, "{lang} sdk keeps throwing 401s on {endpoint}, halp", "Why does the {lang} SDK return unauthorized errors when calling {endpoint}?", "slang + code vs words"),
    (POL, "can I WFH from abroad for 2 wks??", "Is it permitted to work remotely from another country for two weeks?", "abbreviations + number word"),
    (KB, "pwd reset email never shows up", "I am not receiving the password reset message", "abbreviation + rephrased"),
    (WX, "gonna be sticky in {city} tmrw or nah", "Will {city} be humid tomorrow?", "slang vs question"),
    (SQL, "avg ticket resolution time, {dept}, {q} - need it asap", "What was the mean time to resolve tickets for {dept} in {q}?", "keywords + urgency vs question"),
    (ORD, "wanna send back order {order}, wrong size, how", "How do I return order {order} because the size is incorrect?", "slang vs question"),
    (PR, "{gadget} waterproof enough 4 swimming?", "Can I swim with the {gadget} on?", "shorthand + rephrased"),
    (FL, "voice: what's the, uh, the baggage allowance for kids on {airline}", "{airline} child baggage allowance", "dictated vs keywords"),
    (KB, "hei! miten vaihdan sovelluksen kielen?", "sovelluksen kielen vaihtaminen", "[fi] greeting dropped + keywords"),
    (ORD, "hvor er pakken min, ordre {order}, venter fortsatt", "Hvor er bestilling {order}? Den har ikke kommet ennå", "[nb] rephrased"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, 'search_flights(origin="{airport}", destination="{airport#2}", date="{date}")', 'search_flights(origin="{airport#2}", destination="{airport}", date="{date}")', "call arguments swapped, look-alike codes"),
    (FL, "one-way, depart {city}, arrive {city#2}, {airline}, cheapest fare", "one-way, depart {city#2}, arrive {city}, {airline}, cheapest fare", "depart/arrive swapped"),
    (FL, "um so I need the {weekday} flight out of {city} back home to {city#2}", "um so I need the {weekday} flight out of {city#2} back home to {city}", "dictated, origin/home swapped"),
    (FL, "{airline} flights into {city} landing before noon on {weekday}", "{airline} flights into {city} landing after noon on {weekday}", "before/after noon"),
    (ORD, "ticket note: customer {person} wants to forward parcel {order} to {person#2}", "ticket note: customer {person#2} wants to forward parcel {order} to {person}", "who forwards to whom"),
    (ORD, "stock_transfer src={city} dst={city#2} sku=all status=pending", "stock_transfer src={city#2} dst={city} sku=all status=pending", "src/dst swapped"),
    (ORD, "return label: from {country} to our {country#2} warehouse", "return label: from {country#2} to our {country} warehouse", "return route swapped"),
    (SQL, "WHERE migrated_from = '{integration}' AND migrated_to = '{integration#2}'", "WHERE migrated_from = '{integration#2}' AND migrated_to = '{integration}'", "SQL filter values swapped"),
    (SQL, "referrals where {first} invited {first#2}", "referrals where {first#2} invited {first}", "inviter/invitee swapped"),
    (SQL, "orders placed in {country} and paid with a card issued in {country#2}", "orders placed in {country#2} and paid with a card issued in {country}", "order/card country swapped"),
    (DOC, "sync job: {db} → {db#2}, nightly, full refresh", "sync job: {db#2} → {db}, nightly, full refresh", "arrow direction"),
    (DOC, "proxy requests arriving at {endpoint} through to {endpoint#2}", "proxy requests arriving at {endpoint#2} through to {endpoint}", "proxy direction"),
    (DOC, "convert a unix timestamp into an ISO 8601 string in {lang}", "convert an ISO 8601 string into a unix timestamp in {lang}", "conversion direction"),
    (WX, "headwind or tailwind cycling from {city} to {city#2} on {weekday}", "headwind or tailwind cycling from {city#2} to {city} on {weekday}", "ride direction"),
    (WX, "is it colder in {city} than in {city#2} tonight", "is it colder in {city#2} than in {city} tonight", "A vs B swapped"),
    (PR, "swap deal: hand over my {phone}, receive a {phone#2}, pay the difference", "swap deal: hand over my {phone#2}, receive a {phone}, pay the difference", "trade-in direction"),
    (PR, "balance on the gift card that {email} purchased for {email#2}", "balance on the gift card that {email#2} purchased for {email}", "buyer/recipient swapped"),
    (POL, "secondment from the {country} office to the {country#2} office: tax rules", "secondment from the {country#2} office to the {country} office: tax rules", "secondment direction"),
    (POL, "can {person} delegate expense approval to {person#2}", "can {person#2} delegate expense approval to {person}", "delegator/delegate swapped"),
    (KB, "transfer workspace ownership from {email} to {email#2}", "transfer workspace ownership from {email#2} to {email}", "ownership transfer direction"),
    (KB, "macro: account merge, keep {email}, absorb {email#2}", "macro: account merge, keep {email#2}, absorb {email}", "kept/absorbed account swapped"),
    (FL, "let z {city} do {city#2} v pátek", "let z {city#2} do {city} v pátek", "[cs] route swapped"),
    (ORD, "szállítás innen: {city}, ide: {city#2}", "szállítás innen: {city#2}, ide: {city}", "[hu] from/to swapped"),
    (WX, "furtuna se deplasează dinspre {city} spre {city#2}?", "furtuna se deplasează dinspre {city#2} spre {city}?", "[ro] storm direction"),
    (FL, "fly fra {city} til {city#2} på lørdag", "fly fra {city#2} til {city} på lørdag", "[nb] route swapped"),
]

T["comparison"] = [
    (PR, 'search_products(query="{product}", max_price={amount})', 'search_products(query="{product}", min_price={amount})', "max_price/min_price argument"),
    (PR, "{product} WHERE price < {amount} AND brand = '{brand}'", "{product} WHERE price > {amount} AND brand = '{brand}'", "< / >"),
    (PR, "um, show me {product}s rated four stars and up", "um, show me {product}s rated four stars and below", "and up / and below"),
    (PR, "{gadget} alternatives with longer battery life", "{gadget} alternatives with shorter battery life", "longer/shorter"),
    (FL, "{airline} return fares to {city} costing no more than {amount} dollars", "{airline} return fares to {city} costing no less than {amount} dollars", "no more/no less than"),
    (FL, "connections in {city} with a layover shorter than 90 minutes", "connections in {city} with a layover longer than 90 minutes", "shorter/longer"),
    (FL, "{city} to {city#2} itineraries with the fewest stops on {date}", "{city} to {city#2} itineraries with the most stops on {date}", "fewest/most"),
    (WX, "{city} hours on {weekday} warmer than 25 degrees", "{city} hours on {weekday} colder than 25 degrees", "warmer/colder"),
    (WX, "wettest week of {month} in {city} historically", "driest week of {month} in {city} historically", "wettest/driest"),
    (WX, "{city} wind gusts of at least 70 km/h tomorrow", "{city} wind gusts of at most 70 km/h tomorrow", "at least/at most"),
    (SQL, "SELECT count(*) FROM accounts WHERE seats >= {n}", "SELECT count(*) FROM accounts WHERE seats <= {n}", ">= / <="),
    (SQL, "sales reps whose {q} quota attainment beat 100%", "sales reps whose {q} quota attainment fell short of 100%", "beat/fell short of"),
    (SQL, "tickets with a first response slower than the SLA in {month}", "tickets with a first response faster than the SLA in {month}", "slower/faster"),
    (SQL, "the {n} biggest refunds issued in {country}", "the {n} smallest refunds issued in {country}", "biggest/smallest"),
    (ORD, "orders heavier than 20 kg waiting at the {city} hub", "orders lighter than 20 kg waiting at the {city} hub", "heavier/lighter"),
    (ORD, "log: list orders where total > {amount} and status = on_hold", "log: list orders where total < {amount} and status = on_hold", "> / <"),
    (DOC, "{lang} SDK: every build numbered higher than {ver}", "{lang} SDK: every build numbered lower than {ver}", "higher/lower"),
    (DOC, "{db} index build on tables with more than a million rows", "{db} index build on tables with fewer than a million rows", "more/fewer"),
    (DOC, "requests to {endpoint} that take longer than the p50", "requests to {endpoint} that take less time than the p50", "longer/less time"),
    (POL, "relocation support for moves further than 50 km", "relocation support for moves closer than 50 km", "further/closer"),
    (POL, "{tier} reimbursement for {procedure} above the yearly cap", "{tier} reimbursement for {procedure} below the yearly cap", "above/below"),
    (KB, "storage warning when the workspace is more than 80% full", "storage warning when the workspace is less than 80% full", "more/less than"),
    (KB, "macro: {plan} customers with more than {n} seats asking for a discount", "macro: {plan} customers with fewer than {n} seats asking for a discount", "more/fewer than"),
    (PR, "{product} levnější než {amount} Kč", "{product} dražší než {amount} Kč", "[cs] cheaper/dearer"),
    (WX, "{city}: holnap melegebb lesz, mint 20 fok?", "{city}: holnap hidegebb lesz, mint 20 fok?", "[hu] warmer/colder"),
    (SQL, "en az {n} siparişi olan müşteriler", "en fazla {n} siparişi olan müşteriler", "[tr] at least/at most"),
    (FL, "alle kolmen tunnin lennot kohteeseen {city}", "yli kolmen tunnin lennot kohteeseen {city}", "[fi] under/over"),
]

T["negation"] = [
    (PR, 'search_products(q="{product}", in_stock=true)', 'search_products(q="{product}", in_stock=false)', "true/false flag"),
    (PR, "{brand} {product} that ships with a carrying case", "{brand} {product} that ships without a carrying case", "with/without"),
    (ORD, "orders from {month} WHERE gift_wrap IS NULL", "orders from {month} WHERE gift_wrap IS NOT NULL", "IS NULL / IS NOT NULL"),
    (ORD, "chat: customer confirms order {order} has arrived", "chat: customer confirms order {order} has not arrived", "has/has not"),
    (ORD, "orders to {city} that require a signature", "orders to {city} that don't require a signature", "require/don't require"),
    (FL, "{airline} fares to {city} with a free checked bag", "{airline} fares to {city} without a free checked bag", "with/without"),
    (FL, "direct flights {city} to {city#2}, refundable", "direct flights {city} to {city#2}, non-refundable", "non- prefix"),
    (FL, "{airline} flights to {city} that allow pets in the cabin", "{airline} flights to {city} that don't allow pets in the cabin", "allow/don't allow"),
    (WX, "{city} forecast {weekday} with the pollen section", "{city} forecast {weekday} without the pollen section", "with/without"),
    (WX, "log: fetch_forecast city={city} include_alerts=yes", "log: fetch_forecast city={city} include_alerts=no", "yes/no flag"),
    (SQL, "customers who have used a coupon in {q}", "customers who have never used a coupon in {q}", "never"),
    (SQL, "WHERE churned = true AND region = '{region}'", "WHERE churned = false AND region = '{region}'", "true/false"),
    (SQL, "employees in {dept} who completed the security training", "employees in {dept} who haven't completed the security training", "haven't"),
    (SQL, "invoices that were paid on time in {month}", "invoices that were not paid on time in {month}", "not"),
    (DOC, "{endpoint} schema: attributes allowed to be null", "{endpoint} schema: attributes not allowed to be null", "not"),
    (DOC, "list of {lang} SDK methods documented as thread-safe", "list of {lang} SDK methods documented as not thread-safe", "not"),
    (DOC, "{db} features available in the self-hosted edition", "{db} features unavailable in the self-hosted edition", "un- prefix"),
    (DOC, "calling {endpoint} with an idempotency key", "calling {endpoint} without an idempotency key", "with/without"),
    (POL, "parental leave for employees who have passed probation", "parental leave for employees who haven't passed probation", "haven't"),
    (POL, "{tier} policy: reimbursing {procedure} when a GP referral is attached", "{tier} policy: reimbursing {procedure} when no GP referral is attached", "a/no referral"),
    (KB, "macro: user can see the shared calendar", "macro: user can't see the shared calendar", "can/can't"),
    (KB, "export contacts including archived ones", "export contacts excluding archived ones", "including/excluding"),
    (KB, "team members who have set a profile photo", "team members who haven't set a profile photo", "have/haven't"),
    (ORD, "objednávky bez dárkového balení", "objednávky s dárkovým balením", "[cs] without/with"),
    (PR, "{product} Bluetooth nélkül", "{product} Bluetooth-szal", "[hu] without/with"),
    (FL, "zboruri spre {city} fără bagaj de cală", "zboruri spre {city} cu bagaj de cală", "[ro] without/with"),
    (KB, "faturası ödenmemiş hesaplar", "faturası ödenmiş hesaplar", "[tr] unpaid/paid"),
    (POL, "Sonderurlaub ohne Gehalt für {dept}", "Sonderurlaub mit Gehalt für {dept}", "[de] without/with"),
]

T["antonym_action"] = [
    (KB, 'admin_api.suspend_user(email="{email}")', 'admin_api.reinstate_user(email="{email}")', "suspend/reinstate"),
    (KB, "macro: walk the customer through pinning a channel to the sidebar", "macro: walk the customer through unpinning a channel from the sidebar", "pin/unpin"),
    (KB, "grant {first} edit rights on the {integration} connection", "revoke {first}'s edit rights on the {integration} connection", "grant/revoke"),
    (ORD, "agent action: place a hold on order {order}", "agent action: lift the hold on order {order}", "place/lift a hold"),
    (ORD, "action=split_shipment order={order}", "action=merge_shipment order={order}", "split/merge"),
    (ORD, "approve the refund request on order {order}", "reject the refund request on order {order}", "approve/reject"),
    (FL, "upgrade booking {pnr} by one cabin class", "downgrade booking {pnr} by one cabin class", "upgrade/downgrade"),
    (FL, "opt in to {airline} SMS gate alerts for {flightno}", "opt out of {airline} SMS gate alerts for {flightno}", "opt in/opt out"),
    (FL, "link my {airline} frequent flyer number to booking {pnr}", "unlink my {airline} frequent flyer number from booking {pnr}", "link/unlink"),
    (PR, "um, how do I lock the buttons on the {gadget}", "um, how do I unlock the buttons on the {gadget}", "lock/unlock"),
    (PR, "follow price drops on the {phone}", "unfollow price drops on the {phone}", "follow/unfollow"),
    (PR, "video guide for assembling the {brand} {product}", "video guide for disassembling the {brand} {product}", "assemble/disassemble"),
    (SQL, "accounts switching auto-renew on during {month}", "accounts switching auto-renew off during {month}", "switched on/off"),
    (SQL, "SKUs listed on the marketplace during {q}", "SKUs delisted from the marketplace during {q}", "listed/delisted"),
    (SQL, "members promoted to workspace admin during {month}", "members demoted from workspace admin during {month}", "promoted/demoted"),
    (DOC, "{lang}: serialize a {endpoint} response to disk", "{lang}: deserialize a {endpoint} response from disk", "serialize/deserialize"),
    (DOC, "encrypt a field before writing it to {db}", "decrypt a field after reading it from {db}", "encrypt/decrypt"),
    (DOC, "attach a volume to the {db} container", "detach a volume from the {db} container", "attach/detach"),
    (DOC, "grant the service token read scope on {endpoint}", "revoke the service token's read scope on {endpoint}", "grant/revoke"),
    (WX, "when will the {city} frost warning be issued on {weekday}", "when will the {city} frost warning be lifted on {weekday}", "issued/lifted"),
    (WX, "river gauge near {city}: water level expected to rise before {weekday}", "river gauge near {city}: water level expected to fall before {weekday}", "rise/fall"),
    (WX, "is air pressure over {city} climbing tonight", "is air pressure over {city} dropping tonight", "climbing/dropping"),
    (POL, "how do I enrol in the cycle-to-work scheme", "how do I withdraw from the cycle-to-work scheme", "enrol/withdraw"),
    (POL, "request to extend my probation period in {dept}", "request to shorten my probation period in {dept}", "extend/shorten"),
    (KB, "zapnout tmavý režim v aplikaci", "vypnout tmavý režim v aplikaci", "[cs] turn on/off"),
    (ORD, "a {order} rendelés lemondása", "a {order} rendelés megerősítése", "[hu] cancel/confirm"),
    (DOC, "activează jurnalizarea în SDK-ul {lang}", "dezactivează jurnalizarea în SDK-ul {lang}", "[ro] enable/disable"),
    (PR, "{gadget} için otomatik güncellemeyi aç", "{gadget} için otomatik güncellemeyi kapat", "[tr] switch on/off"),
    (SQL, "uutiskirjeen tilanneet käyttäjät {q}", "uutiskirjeen peruneet käyttäjät {q}", "[fi] subscribed/cancelled"),
]

T["number"] = [
    (ORD, 'get_order(id="{order}")', 'get_order(id="{order#2}")', "order id, one digit"),
    (ORD, "RMA {rma} label never arrived", "RMA {rma#2} label never arrived", "return id"),
    (ORD, "deliver {n} boxes to the {city} store", "deliver {n#2} boxes to the {city} store", "quantity"),
    (PR, "{brand} {product} consumables sold in packs of 6", "{brand} {product} consumables sold in packs of 8", "pack size"),
    (PR, "{brand} {product} bundles including 2 years of cover", "{brand} {product} bundles including 3 years of cover", "years of cover"),
    (PR, "waterproof trail runners in {size}", "waterproof trail runners in {size#2}", "shoe size"),
    (FL, "{airline} {flightno}: which seats are still free on the seat map", "{airline} {flightno#2}: which seats are still free on the seat map", "flight number"),
    (FL, "booking ref {pnr}: add a special meal", "booking ref {pnr#2}: add a special meal", "booking code"),
    (FL, "terminal 2 at {airport}: fast track price", "terminal 3 at {airport}: fast track price", "terminal"),
    (WX, "{city} forecast at 1,800 metres altitude", "{city} forecast at 2,800 metres altitude", "altitude"),
    (WX, "{city} rainfall total over the next 3 hours", "{city} rainfall total over the next 6 hours", "hours"),
    (WX, "uv_index >= 7 in {city} tomorrow", "uv_index >= 8 in {city} tomorrow", "threshold"),
    (SQL, "top spenders in {country} LIMIT 25", "top spenders in {country} LIMIT 50", "LIMIT"),
    (SQL, "churn among accounts aged 6 months in {region}", "churn among accounts aged 12 months in {region}", "months"),
    (SQL, "SQL: orders containing exactly {n} distinct SKUs", "SQL: orders containing exactly {n#2} distinct SKUs", "count"),
    (DOC, "HTTP 409 from {endpoint}", "HTTP 429 from {endpoint}", "status code"),
    (DOC, "{lang} SDK {ver}: breaking changes listed in the release notes", "{lang} SDK {ver#2}: breaking changes listed in the release notes", "look-alike version"),
    (DOC, "port 5433 connection refused for {db}", "port 5434 connection refused for {db}", "port"),
    (POL, "how much notice do I give once I've been here 2 years", "how much notice do I give once I've been here 5 years", "years"),
    (POL, "sick pay from day 4 of illness", "sick pay from day 14 of illness", "day 4/14"),
    (KB, "error code {ecode} during checkout", "error code {ecode#2} during checkout", "error code"),
    (KB, "macro: the customer was charged {amount} euros twice", "macro: the customer was charged {amount#2} euros twice", "amount"),
    (PR, "{size} méretű futócipő", "{size#2} méretű futócipő", "[hu] shoe size"),
    (FL, "zborul {flightno} are întârziere?", "zborul {flightno#2} are întârziere?", "[ro] flight number"),
    (SQL, "{city} şubesinin son 7 günlük siparişleri", "{city} şubesinin son 14 günlük siparişleri", "[tr] 7/14 days"),
    (WX, "{city}: tuulen nopeus yli 15 m/s?", "{city}: tuulen nopeus yli 20 m/s?", "[fi] wind speed"),
]

T["date"] = [
    (WX, 'get_weather(city="{city}", date="{iso}")', 'get_weather(city="{city}", date="{iso#2}")', "ISO date in a call argument"),
    (WX, "{city} hourly temperatures this {weekday}", "{city} hourly temperatures next {weekday}", "this/next"),
    (WX, "weekend after next in {city}: any chance of a heatwave", "this weekend in {city}: any chance of a heatwave", "weekend after next / this weekend"),
    (FL, "search_flights dest={city} depart={date} flex=0", "search_flights dest={city} depart={date#2} flex=0", "departure day"),
    (FL, "{airline} timetable to {city} for the {month} school holidays", "{airline} timetable to {city} for the {month#2} school holidays", "month"),
    (FL, "red-eye from {city} on the night of {date}", "red-eye from {city} on the night of {date#2}", "day"),
    (ORD, "orders shipped on {weekday} that are still in transit", "orders shipped on {weekday#2} that are still in transit", "weekday"),
    (ORD, "macro: customer ordered on {date} and has had no dispatch email", "macro: customer ordered on {date#2} and has had no dispatch email", "day"),
    (ORD, "refunds I requested in the last 24 hours", "refunds I requested in the last 72 hours", "24/72 hours"),
    (SQL, "WHERE created_at >= '{iso}'", "WHERE created_at >= '{iso#2}'", "ISO date in a SQL filter"),
    (SQL, "signups during the week of {date}", "signups during the week of {date#2}", "week"),
    (SQL, "revenue for {q} {yr}", "revenue for {q} {yr#2}", "year"),
    (SQL, "month-to-date bookings in {country}", "quarter-to-date bookings in {country}", "month/quarter to date"),
    (DOC, "{lang} SDK release notes from {month} {yr}", "{lang} SDK release notes from {month#2} {yr}", "month"),
    (DOC, "{endpoint} outage on {date}: postmortem", "{endpoint} outage on {date#2}: postmortem", "day"),
    (DOC, "cron at 02:00 UTC for the {db} backup", "cron at 14:00 UTC for the {db} backup", "02:00/14:00"),
    (POL, "holiday carry-over deadline for {yr}", "holiday carry-over deadline for {yr#2}", "year"),
    (POL, "new pension rules effective {month} {yr}", "new pension rules effective {month#2} {yr}", "month"),
    (KB, "status page: incident on {weekday} morning", "status page: incident on {weekday} evening", "morning/evening"),
    (KB, "why was I charged on the twenty-ninth of the month", "why was I charged on the thirtieth of the month", "day of month in words"),
    (PR, "{product} back in stock by {weekday}?", "{product} back in stock by {weekday#2}?", "weekday"),
    (PR, "deals on the {brand} {product} the day after {holiday}", "deals on the {brand} {product} the day before {holiday}", "day after/before"),
    (WX, "počasí {city} zítra odpoledne", "počasí {city} pozítří odpoledne", "[cs] tomorrow/day after"),
    (FL, "{city} járatok csütörtökön", "{city} járatok pénteken", "[hu] Thursday/Friday"),
    (ORD, "comenzi plasate ieri în {city}", "comenzi plasate alaltăieri în {city}", "[ro] yesterday/day before"),
    (KB, "huoltokatko tänä yönä", "huoltokatko ensi yönä", "[fi] tonight/next night"),
    (WX, "været i {city} i helgen", "været i {city} neste helg", "[nb] this/next weekend"),
]

T["entity"] = [
    (WX, 'get_weather(city="{twin_city}", units="metric")', 'get_weather(city="{twin_city#2}", units="metric")', "look-alike town in a call argument"),
    (WX, "{coast} water temperature for swimming", "{coast#2} water temperature for swimming", "coastal city"),
    (FL, "{airline} checked bag fees on the {city} route", "{airline#2} checked bag fees on the {city} route", "airline"),
    (FL, "lounges at {airport} for {airline} passengers", "lounges at {airport#2} for {airline} passengers", "look-alike airport code"),
    (FL, "cheapest way from {city} to {city#2} by air", "cheapest way from {city#3} to {city#2} by air", "origin, a third city"),
    (ORD, "macro: refund to original card, account {email}", "macro: refund to original card, account {email#2}", "email (often the same mailbox at another domain)"),
    (ORD, "parcels shipped with {carrier} that are stuck", "parcels shipped with {carrier#2} that are stuck", "carrier"),
    (ORD, "delivery to {person} at the reception desk", "delivery to {person#2} at the reception desk", "person"),
    (PR, "{brand} {product} replacement filter", "{brand#2} {product} replacement filter", "brand"),
    (PR, "tempered glass screen protector for {phone}", "tempered glass screen protector for {phone#2}", "phone model"),
    (PR, "{gadget} strap in {color}", "{gadget#2} strap in {color}", "model"),
    (SQL, "WHERE account_owner = '{person}'", "WHERE account_owner = '{person#2}'", "person in a SQL filter"),
    (SQL, "gross margin for {company} last quarter", "gross margin for {company#2} last quarter", "company"),
    (SQL, "conversion rate of traffic from {source}", "conversion rate of traffic from {source#2}", "traffic source"),
    (DOC, "{lang} code sample calling {endpoint}", "{lang} code sample calling {endpoint#2}", "endpoint"),
    (DOC, "DSN syntax when connecting to {db}", "DSN syntax when connecting to {db#2}", "database"),
    (DOC, "{integration} OAuth scopes needed", "{integration#2} OAuth scopes needed", "integration"),
    (POL, "mileage rate for company cars in {country}", "mileage rate for company cars in {country#2}", "country"),
    (POL, "who approves leave for {dept}", "who approves leave for {dept#2}", "department"),
    (KB, "{device} notifications not showing", "{device#2} notifications not showing", "device"),
    (KB, "change billing contact to {email}", "change billing contact to {email#2}", "email (often the same mailbox at another domain)"),
    (SQL, "active users in {city} this week", "active users in {city#2} this week", "city"),
    (FL, "lety společnosti {airline} do {city}", "lety společnosti {airline#2} do {city}", "[cs] airline"),
    (PR, "{phone} tok bőrből", "{phone#2} tok bőrből", "[hu] phone model"),
    (ORD, "colet trimis prin {carrier}", "colet trimis prin {carrier#2}", "[ro] carrier"),
    (DOC, "{db}-tietokannan varmuuskopiointi", "{db#2}-tietokannan varmuuskopiointi", "[fi] database"),
    (KB, "kontoen min er knyttet til {email}", "kontoen min er knyttet til {email#2}", "[nb] email"),
]

T["scope"] = [
    (WX, 'get_weather(city="{city}", metric="dew_point")', 'get_weather(city="{city}", metric="cloud_base")', "dew point vs cloud base"),
    (WX, "{city} {weekday}: how many hours of sunshine", "{city} {weekday}: what time is sunset", "sunshine hours vs sunset"),
    (WX, "{city} AQI reading at this moment", "{city} pollen reading at this moment", "air quality vs pollen"),
    (FL, "{airline}: can I change the name on a ticket", "{airline}: can I change the date on a ticket", "name change vs date change"),
    (FL, "{flightno} - from which terminal does it depart", "{flightno} - what plane model operates it", "terminal vs aircraft"),
    (FL, "{airline} infant fare to {city}", "{airline} infant baggage allowance to {city}", "fare vs allowance"),
    (ORD, "who delivers order {order}", "what was the delivery fee on order {order}", "courier vs fee"),
    (ORD, "macro: customer asks how to return order {order}", "macro: customer asks how to exchange order {order}", "return vs exchange"),
    (ORD, "order {order} tax invoice PDF", "order {order} packing slip PDF", "invoice vs packing slip"),
    (PR, "{brand} {product}: contents of the box", "{brand} {product}: how many days to send it back", "contents vs return window"),
    (PR, "{gadget} water resistance rating", "{gadget} screen brightness", "water resistance vs brightness"),
    (PR, "{phone} trade-in value", "{phone} repair price", "trade-in value vs repair price"),
    (SQL, "{country}, {month}: average basket value", "{country}, {month}: how many orders", "average vs count"),
    (SQL, "SELECT sum(amount) FROM refunds WHERE month = '{month}'", "SELECT count(*) FROM refunds WHERE month = '{month}'", "sum vs count"),
    (SQL, "new signups from {region} in {q}", "trial-to-paid conversion for {region} in {q}", "signups vs conversion"),
    (DOC, "{endpoint}: required request fields", "{endpoint}: response status codes", "request fields vs status codes"),
    (DOC, "{lang} SDK: shell command to install it", "{lang} SDK: lowest supported runtime", "install vs runtime version"),
    (DOC, "{db} max connections setting", "{db} default port", "max connections vs port"),
    (POL, "how much is the {tier} monthly premium", "what is the {tier} deductible", "premium vs deductible"),
    (POL, "who is eligible for the sabbatical scheme", "how long can a sabbatical last", "eligibility vs length"),
    (KB, "password change: steps in the web app", "password change: how often it is required", "how vs how often"),
    (KB, "macro: how much storage comes with {plan}", "macro: what {plan} costs per seat", "storage vs price"),
    (SQL, "{dept} pay: median base salary", "{dept} people: yearly attrition rate", "salary vs attrition"),
    (POL, "kolik dní dovolené mi náleží", "kdy propadá nevyčerpaná dovolená", "[cs] entitlement vs expiry"),
    (PR, "greutatea pentru {gadget}", "autonomia bateriei pentru {gadget}", "[ro] weight vs battery life"),
    (ORD, "{order} numaralı siparişin kargo ücreti", "{order} numaralı siparişin teslim tarihi", "[tr] shipping fee vs delivery date"),
    (SQL, "{city} myynti yhteensä {q}", "{city} keskiostos {q}", "[fi] total sales vs average purchase"),
    (FL, "Wie viel kostet Übergepäck bei {airline}?", "Wie schwer darf das Handgepäck bei {airline} sein?", "[de] excess fee vs cabin weight limit"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test7",
    order_digits=7,
    extra_pools={
        "rma": pairgen.prefixed_pool("RX-", 30000, 99999),  # return "RX-51837"
        "ecode": pairgen.prefixed_pool("ERR-", 2000, 8999),  # error "ERR-5183"
        "pnr": pairgen.code_pool(),  # booking code; the second one has one character changed
        "iso": pairgen.iso_pool(LISTS["month"], [2037, 2038]),  # "2037-05-14"; the second one 1 or 7 days later
    },
    apart=(  # every other split; slot values strictly apart (numbers too), the closed sets excepted;
        # every collision reported by id or template index only, so no other split's text is printed
        Apart("tune", values="strict", quiet=True),
        Apart("test", values="strict", quiet=True),
        Apart("test2", values="strict", quiet=True),
        Apart("test3", values="strict", quiet=True),
        Apart("test4", values="strict", quiet=True),
        Apart("test5", values="strict", quiet=True),
        Apart("test6", values="strict", quiet=True),
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
