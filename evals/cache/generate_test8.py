#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better; Greek and Ukrainian text has look-alike letters)
"""Generate "test8", an eighth held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test8.py          # write pairs_test8.jsonl, print the report
    python evals/cache/generate_test8.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test to test7 (25 pairs
per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in new
wording and new slot pools. Written by a separate author, apart from the guard and the verifier.
What was read, and nothing else: the listing and line counts of evals/cache/, the sections of
evals/cache/README.md from "# Semantic cache evaluation pairs" through "## What a user of the data
must know" and the section "## pairgen.py: the shared machinery" (not tune2 to tune5, not test2 to
test7, not their "reading" subsections), pairgen.py and generate_test7.py (as the model of the
structure; none of its templates, wording or pool values are reused). Nothing under src/, bench/,
tests/, scripts/ or docs/ was opened, no pairs_*.jsonl file was read (the self-check compares with
them without printing their text), no git history was read, nothing was installed, and nothing was
scored on this split.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test8
result leads to a change of the guard, the verifier, the thresholds or the templates, test8 is used
up too.

How it was written: by hand, template pair by template pair, from the category definitions in the
README; then the self-check was run, and the templates and pool values it reported as shared with
or worded like another split's were reworded or replaced (it names only this split's string and the
other split's name, never the other text).

Style: requests as people type them in a chat with a support or data assistant, with context and
hedging around the actual question: long sentences with the question inside ("hi, quick one before
my meeting: could you check whether ... thanks!"), questions with a brief reason ("for the board
report I need ..."), follow-ups that restate ("so just to confirm, ..."), polite indirect forms ("I
was wondering if ..."), and mixed registers, from "Dear support team" to "thx". Units and formats
are written in different ways: 07:15 / quarter past seven in the morning, 3 km / 3000 m, EUR 40 /
40 euros, 2027-03-04 / 4 March 2027 / 04/03/2027 (day/month); in paraphrases both forms denote the
same value (drawn once, written twice), in near misses the values differ. 12-15% of the pairs are in
other languages, little used before: Slovak, Croatian, Lithuanian, Latvian, Estonian, Catalan, Greek
and Ukrainian (notes start with "[sk]", "[hr]", "[lt]", "[lv]", "[et]", "[ca]", "[el]", "[uk]"),
each pair within one language.

Near misses in forms earlier splits did not use much: role swaps in the passive voice ("approved
by A and requested by B", "invoices issued by X to Y", "admins invited by members"), exchanges and
trade-ins ("my size X boots for size Y"), copy/convert directions (UTC to local time, USB-C to HDMI,
gift card instead of credit card), before/after sunrise or the school run; comparisons in words
("twice as high as / half as high as", "faster/slower than costs", "no colder/no warmer than",
"sunniest/cloudiest", "later/earlier than promised", "better/worse in month X than month Y");
negation by prefixes (paid/unpaid, direct/indirect, nullable/non-nullable,
authenticated/unauthenticated, idempotent/non-idempotent, taxable/non-taxable, read/unread,
visible/invisible, opened/unopened, settled/unsettled, compatible/incompatible) and by "except",
"other than" and "only"; antonym actions (mute/unmute, archive/unarchive, hide/unhide, pause/resume,
pair/unpair, install/roll back, join/leave a waitlist, accept/decline, freeze/thaw, warm up/cool
down, activate/deactivate, enrol/unenrol, compress/decompress, register/deregister, create/drop an
index, nominate/remove, accept/turn down, increase/decrease, block/unblock); numbers (order,
return, invoice and error ids, amounts, quantities, look-alike versions, ports, HTTP 502/503, 45/54
days, page sizes, km/h thresholds, altitudes); dates as weekdays, as "4 March" and as ISO dates,
month and day swapped (2027-04-06 / 2027-06-04), quarter past / quarter to, "this coming X / X
after next", first/last weekend of a month, weekdays/weekends, yesterday/this afternoon, start/end
of a quarter; entities (look-alike towns such as Valga/Valka, look-alike airport codes, euros vs
dollars, a changed destination, couriers, integrations); and scope, including "all" vs "only mine"
(all orders from the company account vs only mine, the whole team's revenue vs just mine).

The self-check (pairgen.self_check; nothing is written if it fails) keeps test8 apart from every
other split: no template string shared with or worded like (word Jaccard 0.7 or more, a slot
counting as one word named after its pool) a template of tune, test, test2 to test7 or
tune2-tune5; no sentence and no (a, b) pair (either order) shared with any pairs_*.jsonl file or
tests/cache/pairs.py (every collision is reported by id or template index only, so no other split's
text is ever printed); no slot value in any other split's pools, numbers included (only the closed
sets, weekdays, months and quarters, repeat); ids unique across all the files; a != b; no unfilled
slot; exactly 25 / 54 pairs per category from at least 12 / 20 templates; all 8 tools; 12-15%
non-English.
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
    "sauna stove": ["Harvia", "Huum", "Tylö"],
    "grain mill": ["Mockmill", "KoMo", "Hawos"],
    "telescope": ["Celestron", "Sky-Watcher", "Meade"],
    "soldering station": ["Hakko", "Weller", "Pinecil"],
    "pasta extruder": ["Marcato", "Imperia", "Bottene"],
    "climbing harness": ["Petzl", "Edelrid", "Mammut"],
    "metal detector": ["Minelab", "Nokta", "XP Deus"],
    "drum carder": ["Ashford", "Louet", "Strauch"],
}

LISTS = {
    "city": ["Košice", "Prešov", "Žilina", "Banská Bystrica", "Nitra", "Trenčín", "Osijek", "Varaždin", "Šibenik",
             "Makarska", "Šiauliai", "Panevėžys", "Liepāja", "Ventspils", "Jūrmala", "Viljandi", "Rakvere",
             "Kuressaare", "Tarragona", "Lleida", "Sabadell", "Figueres", "Reus", "Patras", "Larissa", "Volos",
             "Ioannina", "Kalamata", "Chernivtsi", "Uzhhorod", "Poltava", "Vinnytsia", "Ternopil"],
    "coast": ["Šibenik", "Makarska", "Liepāja", "Ventspils", "Jūrmala", "Kuressaare", "Tarragona", "Patras", "Volos",
              "Kalamata"],  # coastal cities of the city pool
    "country": ["Burkina Faso", "Saint Helena", "Falkland Islands", "Norfolk Island", "Isle of Man", "Ascension Island",
                "Sint Maarten", "Turks and Caicos", "Mayotte", "Chad", "Niger", "Eritrea", "Guinea-Bissau", "Cabo Verde",
                "Saint Vincent", "Bonaire", "British Virgin Islands"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "person": ["Marek Kováč", "Zuzana Hudáková", "Ivana Babić", "Luka Perić", "Rūta Kazlauskienė", "Jonas Petrauskas",
               "Ilze Bērziņa", "Kārlis Ozols", "Kadri Tamm", "Mart Saar", "Jordi Puig", "Montse Vila",
               "Eleni Papadaki", "Nikos Georgiou", "Oksana Kovalenko", "Taras Shevchuk"],
    "plan": ["Wagtail", "Nightjar", "Meadowlark", "Dipper"],
    "tier": ["Spindlewood", "Guelder Rose", "Buckthorn", "Whitebeam"],
    "region": ["Dalmatia", "Istria", "Latgale", "Samogitia", "the Peloponnese", "Empordà", "Transcarpathia"],
    "procedure": ["varifocal lenses", "IVF cycles", "podiatry treatments", "allergy immunotherapy courses",
                  "cataract operations", "osteopathy sessions"],
    "lang": ["Mojo", "Haxe", "Roc", "Unison", "ReScript", "Imba", "Wren", "Janet", "Fennel", "Ballerina", "Vala", "Hare"],
    "endpoint": ["/pallet_moves", "/tax_exemptions", "/route_plans", "/locker_slots", "/price_overrides",
                 "/supplier_claims", "/kiosk_sessions", "/bundle_offers", "/damage_reports", "/consent_records"],
    "db": ["HSQLDB", "Percona Server", "NebulaGraph", "Citus", "Infinispan", "Apache Kudu", "Hazelcast", "OpenTSDB", "GridDB",
           "Kuzu", "LanceDB", "ParadeDB"],
    "dept": ["Harbour Operations", "Field Engineering", "Wage Administration", "Brand Studio", "Procurement Desk",
             "Treasury Desk", "Patient Transport", "Cold Chain Logistics"],
    "company": ["Adriatic Shipping", "Baltic Amber Co", "Tatra Dairy", "Daugava Timber", "Peipsi Fisheries",
                "Montseny Water", "Thessaly Olive Mills", "Dnipro Grain", "Hanza Tools", "Kvarner Yachts"],
    "color": ["petrol green", "olive drab", "graphite grey", "plum purple", "sandstone", "forest teal", "heather purple",
              "lilac grey"],
    "carrier": ["Packeta SK", "DPD Latvija", "ACS Courier", "Hrvatska pošta", "Seur", "Elta Courier", "Smartpost",
                "Meest Express", "Overseas Express", "Boxnow Hellas"],
    "gadget": ["Huawei Watch GT 4", "Beats Fit Pro", "Tolino Vision 6", "Samsung Galaxy Ring", "Xiaomi Watch S3",
               "Garmin Forerunner 165", "Jabra Elite 8 Active", "PocketBook Verse Pro"],
    "phone": ["Galaxy S24 FE", "OnePlus 12R", "Poco F6", "Nokia G42", "Moto G85", "Xiaomi 14T", "Vivo V30",
              "Asus Zenfone 11"],
    "airline": ["Bulgaria Air", "Windrose", "Sky Alps", "Twin Jet", "Chalair", "Helvetic", "Marabu"],
    "integration": ["Pantheon", "Merit Aktiva", "Holded", "Minimax", "Directo", "SoftOne", "Twinfield", "Zoho Books"],
    "device": ["Chromecast with Google TV", "Fire TV Stick 4K", "Surface Go 4", "Apple TV 4K", "Pico 4",
               "Lenovo Tab P12", "Nvidia Shield TV"],
    "source": ["LinkedIn ads", "YouTube pre-roll", "Bing ads", "influencer codes", "QR codes on receipts",
               "the referral programme"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [1140, 1275, 1405, 1515, 1660, 1785, 1920, 2065],
    "n": [262, 274, 289, 293, 311, 326],
    "size": ["US 8.5", "US 9", "US 9.5", "US 10", "US 10.5"],
    "yr": [2041, 2042, 2043, 2044],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Valga", "Valka"), ("Levoča", "Levice"), ("Sveti Ivan Zelina", "Sveti Ivan Žabno"), ("Kos", "Kea")],
    "airport": [("KSC", "KCS"), ("SPU", "SUP"), ("KUN", "KUM"), ("RIX", "RIK"), ("VNO", "VON"), ("SKG", "SKJ")],
    "ver": [("8.13.1", "8.1.31"), ("2.40.0", "2.4.0"), ("7.0.2", "7.2.0"), ("9.1.0-beta.4", "9.1.0-beta.5")],
}

EMAIL = (["marek.k", "ivana.b", "ruta.k", "ilze.b", "kadri.t", "jordi.p"],
         ["azet.sk", "net.hr", "inbox.lt", "inbox.lv", "hot.ee", "ukr.net"])
AIRLINE_CODE = {"Bulgaria Air": "FB", "Windrose": "7W", "Sky Alps": "BQ", "Twin Jet": "T7", "Chalair": "CE",
                "Helvetic": "2L", "Marabu": "DI"}

MONTHS = list(pairgen.MONTH_NUM)
# A time drawn once and written twice: as digits in one text, in words in the other.
TIMES = {"07:15": "quarter past seven in the morning", "08:45": "quarter to nine in the morning",
         "09:30": "half past nine in the morning", "12:30": "half past twelve at lunchtime",
         "13:30": "half past one in the afternoon", "17:45": "quarter to six in the evening",
         "18:30": "half past six in the evening", "20:15": "quarter past eight in the evening"}


def derived(src: str, fmt) -> pairgen.Draw:
    """The value of slot ``src`` drawn earlier in the pair (same index), written another way."""
    return lambda rng, prev, ctx: fmt(ctx[src][len(prev)])


def iso_long(s: str) -> str:
    y, m, d = s.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]} {y}"


def iso_slash(s: str) -> str:
    y, m, d = s.split("-")
    return f"{d}/{m}/{y}"


EXTRA_POOLS = {
    "iso": pairgen.iso_pool(LISTS["month"], [2027, 2028]),  # "2027-05-14"; the second one 1 or 7 days later
    "iso_long": derived("iso", iso_long),  # the same date as "14 May 2027"
    "iso_slash": derived("iso", iso_slash),  # the same date as "14/05/2027" (day/month)
    "swap": pairgen.ymd_swap_pool(LISTS["month"], [2027, 2028]),  # "2027-04-06"; the second one "2027-06-04"
    "dm": pairgen.day_month_pool(LISTS["month"]),  # "14 May"; the second one 1 or 7 days later
    "hhmm": pairgen.list_pool(sorted(TIMES)),  # "07:15"
    "hhmm_words": derived("hhmm", TIMES.__getitem__),  # the same time in words
    "eur": pairgen.list_pool([35, 45, 55, 65, 75, 85, 95, 120]),  # written "EUR 45" or "45 euros", same value
    "km": pairgen.list_pool([2, 3, 4, 5, 6, 8]),  # written "{km} km" or "{km}000 m", same value
    "rma": pairgen.prefixed_pool("RTN-", 40000, 89999),  # return "RTN-52817"
    "ecode": pairgen.prefixed_pool("SYNC-", 3000, 7999),  # app error "SYNC-4821"
    "inv": pairgen.prefixed_pool("FA-", 100000, 899999),  # invoice "FA-381204"
    "pnr": pairgen.code_pool(),  # booking code; the second one has one character changed
}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[sk]", "[hr]", "[lt]", "[lv]", "[et]", "[ca]", "[el]", "[uk]" at
# the start of a note marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (WX, "hi! for {city} on {weekday}, could you check the wind and the rain for me, thanks", "hi! could you check the rain and the wind for me for {city} on {weekday}, thanks", "clauses and list items reordered"),
    (FL, "quick one before my meeting: {airline} from {city} to {city#2} on {date}, window seat, is that doable?", "quick one before my meeting: window seat, on {date}, {airline} from {city} to {city#2}, is that doable?", "chat fragments reordered, route kept"),
    (ORD, "so order {order}, the one addressed to {person}, has it left the warehouse yet?", "has it left the warehouse yet, order {order}, the one addressed to {person}?", "question moved to the front"),
    (PR, "I was wondering, in {color} and under EUR {eur}, is there a {brand} {product}?", "I was wondering, is there a {brand} {product} under EUR {eur} and in {color}?", "constraints moved behind the question"),
    (SQL, "for the board report I need churn by plan and by month for {region}", "for the board report I need churn for {region} by month and by plan", "breakdowns and filter reordered"),
    (DOC, "hey, in the {lang} SDK, how do I set a timeout and retries on calls to {endpoint}?", "hey, how do I set retries and a timeout on calls to {endpoint} in the {lang} SDK?", "context clause moved to the end"),
    (POL, "sorry to bother you: for {dept} staff, is working remotely from abroad allowed, and for how long?", "sorry to bother you: is working remotely from abroad allowed for {dept} staff, and for how long?", "who-clause moved"),
    (KB, "before I escalate this: SMS login codes stopped arriving on my {phone}", "SMS login codes stopped arriving on my {phone}, before I escalate this", "preamble moved to the end"),
    (WX, "tomorrow at {hhmm} in {city}, will it be foggy, do you think?", "do you think it will be foggy in {city} tomorrow at {hhmm}?", "time and place moved behind the question"),
    (SQL, "just to confirm, revenue in {country} for {q} {yr}, net of refunds, right?", "just to confirm, net of refunds, revenue for {q} {yr} in {country}, right?", "qualifier moved"),
    (ORD, "thanks in advance: the return label for order {order}, where can I download it?", "where can I download the return label for order {order}? thanks in advance", "thanks moved to the end"),
    (WX, "Ahoj, aké bude počasie v meste {city} v sobotu ráno?", "Ahoj, v sobotu ráno aké bude počasie v meste {city}?", "[sk] time moved to the front"),
    (FL, "Bon dia, hi ha vols directes de {city} a {city#2} el dilluns?", "Bon dia, el dilluns hi ha vols directes de {city} a {city#2}?", "[ca] day moved to the front"),
    (ORD, "Sveiki, kada bus pristatytas užsakymas {order}?", "Sveiki, užsakymas {order} kada bus pristatytas?", "[lt] order moved to the front"),
]

T["shorten"] = [
    (WX, "hi, sorry for the long message, we're planning a family hike near {city} on {weekday} and I just wanted to check whether there's any chance of thunderstorms in the afternoon, thanks so much", "{city} thunderstorm chance {weekday} afternoon", "chat story cut to keywords"),
    (FL, "hello! for a work trip I need to know whether {airline} flies nonstop from {city} to {city#2} on {date}, or whether I'd have to change planes somewhere", "{airline} {city}-{city#2} on {date}: nonstop or connecting?", "reason cut"),
    (ORD, "hey, quick one before my meeting: could you check whether order {order} has actually shipped yet, because the tracking page hasn't changed in three days? thanks!", "has order {order} shipped yet?", "context and thanks cut"),
    (PR, "I was wondering if you could help me find a {product} from {brand}, ideally in {color}, that costs no more than EUR {eur}, as it's a birthday present for my dad", "{brand} {product} in {color}, max EUR {eur}", "story cut, constraints kept"),
    (SQL, "for the board report on Thursday I need the number of new paying customers in {country} during {month}, nothing fancy, just the count", "count of new paying customers, {country}, {month}", "reason cut"),
    (DOC, "sorry if this is a silly question, I'm new to the team: in the {lang} SDK, what's the right way to page through results from {endpoint} when there are thousands of them?", "{lang} SDK: paging through {endpoint} results", "apology and context cut"),
    (POL, "hi there, my partner is expecting in the spring and I work in {dept}, so I was wondering how many weeks of paid paternity leave I'd actually be entitled to", "{dept}: weeks of paid paternity leave", "story cut"),
    (KB, "good morning, since yesterday evening, every time I try to export a report to PDF, the app just freezes on my {device} and I have to restart it, any idea what's going on?", "app freezes exporting a report to PDF on {device}", "story cut"),
    (ORD, "so just to confirm, if I send back the {product} I bought, the refund goes to the same card I paid with, and not as store credit, correct?", "refund for a returned {product}: original card, not store credit?", "restated follow-up cut"),
    (WX, "hiya, I land around {hhmm} and then cycle {km} km from the station into {city}, so I'd love to know whether it'll be raining around that time", "{city} rain around {hhmm}?", "travel story cut"),
    (SQL, "I need this for a slide tomorrow, sorry for the rush: what was the average delivery time, in days, for orders sent with {carrier} in {q}?", "average delivery days, {carrier}, {q}", "rush and reason cut"),
    (KB, "Pozdrav, imam kratko pitanje prije sastanka: kako mogu promijeniti lozinku u aplikaciji na mobitelu? Hvala!", "promjena lozinke u mobilnoj aplikaciji", "[hr] question cut to keywords"),
    (WX, "Tere! Tahtsin küsida, kas {city} linnas sajab homme pärastlõunal vihma? Aitäh!", "{city} vihm homme pärastlõunal", "[et] question cut to keywords"),
    (ORD, "Доброго дня! Підкажіть, будь ласка, чи вже відправили моє замовлення {order}? Дякую!", "чи відправлено замовлення {order}", "[uk] greeting and thanks cut"),
]

T["question_keyword"] = [
    (WX, "I was wondering what time the sun sets in {city} on {weekday}?", "time of sunset in {city}, {weekday}", "indirect question vs keywords"),
    (FL, "Could you tell me how much {airline} charges for a second checked bag on the {city} route?", "fee for a 2nd checked bag, {airline}, {city} route", "question vs keywords"),
    (ORD, "Any idea which courier is handling my order {order}, by the way?", "courier handling order {order}", "question vs keywords"),
    (PR, "Does the {brand} {product} come with a warranty longer than two years, do you know?", "{brand} {product} warranty over two years", "question vs keywords"),
    (SQL, "For the ops review, which {dept} team logged the most overtime hours in {month}?", "{dept} team with most overtime hours, {month}", "question vs keywords"),
    (DOC, "Hi, how would I upload a file bigger than 5 MB to {endpoint} from {lang}?", "{lang} {endpoint} upload of a file over 5 MB", "question vs keywords"),
    (POL, "Quick question: are {procedure} covered by the {tier} plan at all?", "{tier} plan coverage of {procedure}", "question vs keywords"),
    (KB, "So how do I move my workspace to another account, if that's even possible?", "moving a workspace to another account", "question vs keywords"),
    (WX, "Hey, what's the sea temperature at {coast} likely to be on {weekday}?", "expected sea temp at {coast} on {weekday}", "question vs keywords"),
    (SQL, "Would you be able to tell me how many orders from {source} were refunded in {q}?", "number of refunded orders from {source}, {q}", "question vs keywords"),
    (FL, "Sorry, can I bring my guitar on board as cabin baggage with {airline}?", "{airline} guitar as cabin baggage", "question vs keywords"),
    (KB, "Sveiki, kā es varu atcelt savu {plan} abonementu?", "{plan} abonementa atcelšana", "[lv] question vs keywords"),
    (WX, "Καλημέρα, θα βρέξει στην πόλη {city} αύριο το απόγευμα;", "{city} βροχή αύριο απόγευμα", "[el] question vs keywords"),
    (DOC, "Com puc configurar els reintents a l'SDK de {lang}?", "SDK de {lang}: configuració dels reintents", "[ca] question vs keywords"),
]

T["synonym"] = [
    (WX, "should I pack a brolly for {city} on {weekday}", "is rain expected in {city} {weekday}?", "rephrased"),
    (ORD, "my package {order} never showed up at my door", "order {order}: the delivery never happened", "rephrased"),
    (FL, "can I bring my pooch along on a {airline} flight", "{airline} policy on travelling with a dog", "rephrased"),
    (PR, "a {product} that won't break the bank", "budget-friendly {product}", "rephrased"),
    (SQL, "folks who stopped paying us in {month}", "{month} customer churn: who cancelled", "rephrased"),
    (DOC, "the {lang} library is being told it's not allowed in by {endpoint}", "{endpoint} rejects authentication from the {lang} SDK", "rephrased"),
    (POL, "time off when a close relative passes away", "compassionate leave after a family death", "rephrased"),
    (KB, "the app logs me out every few minutes for no reason", "frequent unexpected logouts in the application", "rephrased"),
    (ORD, "I got the wrong thing in my parcel {order}", "order {order} contained an incorrect item", "rephrased"),
    (WX, "is it going to be scorching in {city} this weekend", "{city}: very high temperatures expected over the weekend?", "rephrased"),
    (SQL, "how much dosh did {company} bring in during {q}", "{company} revenue in {q}", "rephrased, slang"),
    (PR, "does the {gadget} need charging every single day", "{gadget} battery endurance per charge", "rephrased"),
    (POL, "koľko dní voľna dostanem, keď sa sťahujem", "nárok na pracovné voľno pri presťahovaní", "[sk] rephrased"),
    (KB, "застосунок постійно вилітає", "програма часто аварійно закривається", "[uk] rephrased"),
]

T["typo"] = [
    (WX, "could you check the wind forecast for {city} on {weekday}, thanks", "could you chekc the wind forcast for {city} on {weekday}, thanks", "two typos"),
    (FL, "does {airline} offer onboard internet on routes to {city}?", "does {airline} ofer onboard internet on routes to {city}?", "one typo"),
    (ORD, "I was wondering whether order {order} can still be cancelled", "i was wondering wether order {order} can still be canceled", "casing + typo + US spelling"),
    (PR, "I was wondering if the {brand} {product} is sold in {color} too", "I was wonderign if the {brand} {product} is sold in {color|typo} too", "two typos, one in the colour"),
    (SQL, "for the board report: average order value in {country} for {month}", "for the board reprot: average order vaule in {country} for {month}", "two typos"),
    (DOC, "how do I stream responses from {endpoint} in {lang}?", "how do i stream respones from {endpoint} in {lang}??", "casing + typo + punctuation"),
    (POL, "Is there a budget for glasses if I work at a screen all day?", "is there a budjet for glasses if I work at a screen all day", "casing + typo + no question mark"),
    (KB, "Notifications stopped working after I changed my phone number", "notifcations stoped working after I changed my phone number", "two typos"),
    (WX, "HEY, WILL THERE BE SNOW IN {city|upper} ON {weekday|upper}, DO YOU KNOW?", "hey, will there be snow in {city} on {weekday}, do yuo know?", "all caps vs normal casing + typo"),
    (ORD, "so just to confirm, parcel {order} goes to the pickup point, right?", "so just to confrim, parcel {order} goes to the pick-up point, right?", "typo + hyphen"),
    (SQL, "number of support tickets closed by {dept} in {q}", "nubmer of support tickets closed by {dept} in {q}", "one typo"),
    (WX, "Kakvo će biti vrijeme u gradu {city} u nedjelju?", "kakvo ce biti vrijeme u gradu {city} u nedjelju", "[hr] diacritics dropped"),
    (KB, "Pamiršau slaptažodį, ką daryti?", "pamirsau slaptazodi, ka daryti", "[lt] diacritics dropped"),
    (ORD, "Πού βρίσκεται η παραγγελία {order};", "που βρισκεται η παραγγελια {order};", "[el] accents dropped"),
]

T["politeness"] = [
    (WX, "{city} weather outlook for {weekday}", "hi, quick one before my meeting: could you check the {city} weather outlook for {weekday}? thanks a lot!", "meeting preamble + thanks"),
    (FL, "{airline} luggage allowance, {city} flights", "hello, I hope you're well! I was wondering if you could tell me the {airline} luggage allowance for {city} flights? many thanks", "indirect polite form"),
    (ORD, "order {order}: has it been dispatched", "sorry to bother you again, but would you mind checking whether order {order} has been dispatched? cheers", "apology + request"),
    (PR, "{brand} {product} availability today", "hey there! I was hoping you could let me know whether the {brand} {product} is available today, thank you so much", "indirect polite form"),
    (SQL, "{region}: MAU for last month", "good afternoon, when you have a minute, could you pull the MAU for {region} for last month? much appreciated", "greeting + no rush"),
    (DOC, "{lang} SDK rate limits for {endpoint}", "hi team, apologies if this is documented somewhere, but what are the {lang} SDK rate limits for {endpoint}? thanks in advance", "apology + thanks"),
    (POL, "{tier} plan dental cover", "hello, sorry for the basic question, but could you tell me about the dental cover on the {tier} plan? kind regards", "apology + sign-off"),
    (KB, "reset my password", "hi! so sorry, I'm a bit lost here, could you please help me reset my password? thank you!!", "pleading wrapper"),
    (WX, "{city} UV levels around {hhmm}", "morning! if it's not too much trouble, how high will the UV levels in {city} be around {hhmm}? ta", "greeting + hedge"),
    (ORD, "redirect order {order} to my work address", "Dear support team, I would be grateful if you could redirect order {order} to my work address. Best regards", "formal letter"),
    (FL, "which gate {flightno} leaves from", "hey, sorry to be a pain, do you happen to know which gate {flightno} leaves from? thanks!!", "apology + hedge"),
    (WX, "laikapstākļi pilsētā {city} rīt", "Labdien! Vai, lūdzu, varētu pateikt, kādi būs laikapstākļi pilsētā {city} rīt? Paldies!", "[lv] polite wrapper"),
    (ORD, "tellimuse {order} olek", "Tere! Kas te saaksite palun vaadata, milline on tellimuse {order} olek? Suur aitäh!", "[et] polite wrapper"),
    (POL, "dies de vacances dels nous empleats", "Hola! Perdoneu la molèstia, em podríeu dir quants dies de vacances tenen els nous empleats? Moltes gràcies!", "[ca] polite wrapper"),
]

T["mixed"] = [
    (WX, "What is the forecast for {city} on {iso}?", "hi, so for {city} on {iso_long} - hows the forecast lookin? thx", "ISO date vs date in words + chat register"),
    (FL, "{airline} flights from {city} to {city#2} departing {iso}", "hey could u check if {airline} flies {city}→{city#2} on {iso_slash} (day/month)? cheers", "ISO date vs dd/mm/yyyy + arrow + chat"),
    (ORD, "refund of EUR {eur} for order {order}: when will it arrive?", "so just to confirm, the {eur} euros refund on order {order} - when do i get it back?", "EUR 45 vs 45 euros + restated follow-up"),
    (PR, "{brand} {product} for less than EUR {eur}", "I was wondering if there's a {brand} {product} that costs under {eur} euros?", "EUR vs euros + indirect question"),
    (SQL, "deliveries within {km} km of the {city} depot in {month}", "for the ops report - deliveries inside a {km}000 m radius around the {city} depot, {month} pls", "km vs metres + reason + shorthand"),
    (DOC, "maximum request body size for {endpoint}", "hey, quick q: how big can the body of a request to {endpoint} be, at most?", "keywords vs chatty question"),
    (POL, "how many days of sick leave without a doctor's note", "so i was wondering... can I be off ill w/o a medical certificate, and for how many days max?", "rephrased + abbreviations + hedge"),
    (KB, "two-factor authentication setup on {device}", "hiya, setting up 2FA on my {device}, how do i do that?? ty", "abbreviation + chat register"),
    (WX, "{city} wind speed at {hhmm} on {weekday}", "heya, any idea how windy {city} will be at {hhmm_words} on {weekday}? ta", "24-hour time vs time in words + chat"),
    (FL, "{airline} {flightno} arrival time in {city}", "hi!! when does {airline} flight {flightno} get into {city}, roughly? thanks", "keywords vs chatty question"),
    (ORD, "parcel {order} delivered to the wrong address", "umm hi, my parcel {order} went to someone else's address it seems, what do I do?", "rephrased + hedge"),
    (WX, "прогноз погоди {city} на {hhmm}", "Привіт! Підкажи, яка буде погода в місті {city} о {hhmm}? дякую", "[uk] keywords vs chatty question"),
    (PR, "{brand} {product} do {eur} eur", "Dobrý deň, nemáte náhodou {brand} {product} najviac za {eur} eur? ďakujem", "[sk] keywords vs polite question"),
    (ORD, "povrat {eur} EUR za narudžbu {order}", "Bok, kad ću dobiti natrag {eur} eura za narudžbu {order}? hvala", "[hr] EUR vs eura + chat"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "hi, quick one: are there any evening flights from {city} to {city#2} on {weekday}?", "hi, quick one: are there any evening flights from {city#2} to {city} on {weekday}?", "from/to swapped"),
    (ORD, "I was wondering if the parcel sent by {person} to {person#2} has been delivered yet", "I was wondering if the parcel sent by {person#2} to {person} has been delivered yet", "sender/recipient swapped"),
    (ORD, "so just to confirm, was the refund on order {order} approved by {person} and requested by {person#2}?", "so just to confirm, was the refund on order {order} approved by {person#2} and requested by {person}?", "passive roles swapped"),
    (SQL, "for the board report, how many invoices were issued by {company} to {company#2} in {q}?", "for the board report, how many invoices were issued by {company#2} to {company} in {q}?", "issuer/recipient swapped (passive)"),
    (SQL, "for the ops review: pallets moved out of {city} into {city#2} in {month}", "for the ops review: pallets moved out of {city#2} into {city} in {month}", "out of/into swapped"),
    (POL, "so just to confirm, can unused leave days be transferred from my partner to me if we both work in {dept}?", "so just to confirm, can unused leave days be transferred from me to my partner if we both work in {dept}?", "from/to swapped"),
    (POL, "if {person} is replaced by {person#2} during parental leave, who signs off the timesheets?", "if {person#2} is replaced by {person} during parental leave, who signs off the timesheets?", "passive roles swapped"),
    (WX, "{city}: is the rain expected to clear before the school run at {hhmm} tomorrow?", "{city}: is the rain expected to clear after the school run at {hhmm} tomorrow?", "before/after"),
    (WX, "hiking near {city} on {weekday}: how cold will it be in the hours before sunrise?", "hiking near {city} on {weekday}: how cold will it be in the hours after sunrise?", "before/after sunrise"),
    (DOC, "sorry if this is obvious, but how do I migrate a project from {db} to {db#2} with the {lang} SDK?", "sorry if this is obvious, but how do I migrate a project from {db#2} to {db} with the {lang} SDK?", "migration source/target swapped"),
    (DOC, "in {lang}, what's the cleanest way of converting timestamps from UTC to local time for {endpoint}?", "in {lang}, what's the cleanest way of converting timestamps from local time to UTC for {endpoint}?", "conversion direction"),
    (KB, "hi, I'd like to move my files from the {plan} workspace into my personal workspace, how?", "hi, I'd like to move my files from my personal workspace into the {plan} workspace, how?", "from/into swapped"),
    (KB, "I was wondering whether admins can be invited by members on the {plan} plan", "I was wondering whether members can be invited by admins on the {plan} plan", "passive roles swapped"),
    (PR, "I'm trading in my {phone} for a {phone#2}: how much credit would I get?", "I'm trading in my {phone#2} for a {phone}: how much credit would I get?", "trade-in direction"),
    (PR, "I'm looking for an adapter that goes from USB-C to HDMI for my {device}", "I'm looking for an adapter that goes from HDMI to USB-C for my {device}", "adapter direction"),
    (ORD, "so just to confirm, the exchange is my {size} boots for a pair in {size#2}?", "so just to confirm, the exchange is my {size#2} boots for a pair in {size}?", "exchange direction"),
    (FL, "I was wondering if I can rebook my {airline} trip so that I stop in {city} on the way to {city#2}", "I was wondering if I can rebook my {airline} trip so that I stop in {city#2} on the way to {city}", "stopover and destination swapped"),
    (SQL, "customers who moved from the {plan} plan to the {plan#2} plan in {q}", "customers who moved from the {plan#2} plan to the {plan} plan in {q}", "plan change direction"),
    (POL, "does the company cover relocation costs when I'm moved from the {city} office to the {city#2} office?", "does the company cover relocation costs when I'm moved from the {city#2} office to the {city} office?", "from/to swapped"),
    (KB, "hello, how do I copy my contacts from my {phone} to the web app?", "hello, how do I copy my contacts from the web app to my {phone}?", "copy direction"),
    (ORD, "I was wondering if the refund for order {order} can be paid to the gift card instead of the credit card", "I was wondering if the refund for order {order} can be paid to the credit card instead of the gift card", "instead of: target swapped"),
    (SQL, "share of sessions started on mobile that later converted on desktop in {month}", "share of sessions started on desktop that later converted on mobile in {month}", "device path reversed"),
    (FL, "Dobrý deň, aké lety sú z mesta {city} do mesta {city#2} v piatok?", "Dobrý deň, aké lety sú z mesta {city#2} do mesta {city} v piatok?", "[sk] from/to swapped"),
    (FL, "Ar yra tiesioginis skrydis {airport} → {airport#2} penktadienį?", "Ar yra tiesioginis skrydis {airport#2} → {airport} penktadienį?", "[lt] route reversed"),
    (SQL, "μεταφορές αποθέματος από την αποθήκη {city} προς την αποθήκη {city#2} αυτόν τον μήνα", "μεταφορές αποθέματος από την αποθήκη {city#2} προς την αποθήκη {city} αυτόν τον μήνα", "[el] from/to swapped"),
    (DOC, "як перенести дані з {db} у {db#2}?", "як перенести дані з {db#2} у {db}?", "[uk] migration direction"),
    (KB, "Com puc passar els fitxers del compte {plan} al meu compte personal?", "Com puc passar els fitxers del meu compte personal al compte {plan}?", "[ca] from/to swapped"),
]

T["comparison"] = [
    (PR, "hi, I'm after a {product} that costs less than EUR {eur}, any suggestions?", "hi, I'm after a {product} that costs more than EUR {eur}, any suggestions?", "less/more than"),
    (PR, "I was wondering which {brand} {product} is the lightest one you sell", "I was wondering which {brand} {product} is the heaviest one you sell", "lightest/heaviest"),
    (FL, "could you find {airline} flights to {city} that take under three hours door to gate?", "could you find {airline} flights to {city} that take over three hours door to gate?", "under/over"),
    (FL, "which is the earliest {airline} departure to {city} on {weekday}, if you don't mind checking?", "which is the latest {airline} departure to {city} on {weekday}, if you don't mind checking?", "earliest/latest"),
    (WX, "for a run on {weekday}: will {city} be warmer than {city#2}?", "for a run on {weekday}: will {city} be colder than {city#2}?", "warmer/colder than"),
    (WX, "{city}: will the wind stay below 40 km/h during the regatta on {weekday}?", "{city}: will the wind stay above 40 km/h during the regatta on {weekday}?", "below/above"),
    (WX, "which day this week is going to be the sunniest in {city}, roughly?", "which day this week is going to be the cloudiest in {city}, roughly?", "sunniest/cloudiest"),
    (ORD, "orders with at least {n} items shipped from the {city} depot, for the audit", "orders with at most {n} items shipped from the {city} depot, for the audit", "at least/at most"),
    (ORD, "so which of my deliveries arrived later than promised this month?", "so which of my deliveries arrived earlier than promised this month?", "later/earlier than"),
    (SQL, "for the board report: regions where revenue grew faster than costs in {q}", "for the board report: regions where revenue grew slower than costs in {q}", "faster/slower than"),
    (SQL, "customers whose lifetime value is twice as high as the average in {country}", "customers whose lifetime value is half as high as the average in {country}", "twice as high / half as high"),
    (SQL, "stores in {region} with fewer than {n} orders last week", "stores in {region} with more than {n} orders last week", "fewer/more than"),
    (SQL, "products that sold better in {month} than in {month#2}, for the merch meeting", "products that sold worse in {month} than in {month#2}, for the merch meeting", "better/worse"),
    (DOC, "I was wondering whether {db} is faster than {db#2} for bulk inserts from {lang}", "I was wondering whether {db} is slower than {db#2} for bulk inserts from {lang}", "faster/slower than"),
    (DOC, "{endpoint}: how to return only the records newer than a given timestamp", "{endpoint}: how to return only the records older than a given timestamp", "newer/older than"),
    (DOC, "which {lang} SDK release is the oldest one you still support?", "which {lang} SDK release is the newest one you still support?", "oldest/newest"),
    (POL, "do people in {dept} with more than five years' service get extra leave?", "do people in {dept} with fewer than five years' service get extra leave?", "more/fewer than"),
    (POL, "so just to confirm, is the excess on the {tier} plan higher than on the {tier#2} plan?", "so just to confirm, is the excess on the {tier} plan lower than on the {tier#2} plan?", "higher/lower than"),
    (KB, "I was wondering if the {plan} plan gives more storage than the free one", "I was wondering if the {plan} plan gives less storage than the free one", "more/less"),
    (KB, "uploads larger than 250 MB keep failing in the browser, any idea why?", "uploads smaller than 250 MB keep failing in the browser, any idea why?", "larger/smaller than"),
    (PR, "alternatives to the {gadget} with a bigger screen, please", "alternatives to the {gadget} with a smaller screen, please", "bigger/smaller"),
    (ORD, "do returns worth over EUR {eur} get a free courier pickup?", "do returns worth under EUR {eur} get a free courier pickup?", "over/under"),
    (WX, "will {city} be no colder than 10 degrees on {weekday} night, do you think?", "will {city} be no warmer than 10 degrees on {weekday} night, do you think?", "no colder/no warmer than"),
    (PR, "Busco un {product} de menys de {eur} euros, què em recomaneu?", "Busco un {product} de més de {eur} euros, què em recomaneu?", "[ca] less/more than"),
    (WX, "Vai rīt pilsētā {city} būs siltāks nekā šodien?", "Vai rīt pilsētā {city} būs aukstāks nekā šodien?", "[lv] warmer/colder than"),
    (SQL, "trgovine s više od {n} narudžbi u {q}", "trgovine s manje od {n} narudžbi u {q}", "[hr] more/fewer than"),
    (FL, "odavaim lend {city} linnast reedel", "kalleim lend {city} linnast reedel", "[et] cheapest/most expensive"),
]

T["negation"] = [
    (ORD, "hi, could you list my orders that are paid? I need them for my tax return", "hi, could you list my orders that are unpaid? I need them for my tax return", "paid/unpaid"),
    (ORD, "all of my orders from {month} except the ones shipped with {carrier}", "all of my orders from {month}, only the ones shipped with {carrier}", "except/only"),
    (PR, "I was wondering if you stock {product} models other than {brand}", "I was wondering if you stock {product} models made by {brand}", "other than/made by"),
    (PR, "{brand} {product} accessories that are compatible with the previous model", "{brand} {product} accessories that are incompatible with the previous model", "compatible/incompatible"),
    (FL, "{airline} flights to {city} on {weekday} that are direct, if there are any", "{airline} flights to {city} on {weekday} that are indirect, if there are any", "direct/indirect"),
    (FL, "every {airline} departure to {city} this week except the early morning ones", "every {airline} departure to {city} this week, only the early morning ones", "except/only"),
    (WX, "{city} hourly forecast for {weekday}, except the overnight hours", "{city} hourly forecast for {weekday}, including the overnight hours", "except/including"),
    (WX, "which days next week are likely to be frost-free in {city}?", "which days next week are likely to be frosty in {city}?", "frost-free/frosty"),
    (SQL, "for the board report: active customers in {country} who are not on the {plan} plan", "for the board report: active customers in {country} who are on the {plan} plan", "not on/on"),
    (SQL, "revenue in {q} for every region other than {region}", "revenue in {q} for the region {region}", "other than/only"),
    (SQL, "how many invoices are settled for {month}, roughly?", "how many invoices are unsettled for {month}, roughly?", "settled/unsettled"),
    (DOC, "which {endpoint} fields are nullable when calling it from {lang}?", "which {endpoint} fields are non-nullable when calling it from {lang}?", "nullable/non-nullable"),
    (DOC, "{lang} SDK: list of the calls to {endpoint} that are authenticated", "{lang} SDK: list of the calls to {endpoint} that are unauthenticated", "authenticated/unauthenticated"),
    (DOC, "how do I make requests to {endpoint} that are idempotent in {lang}?", "how do I make requests to {endpoint} that are non-idempotent in {lang}?", "idempotent/non-idempotent"),
    (POL, "I was wondering which benefits are taxable for staff in {dept}", "I was wondering which benefits are non-taxable for staff in {dept}", "taxable/non-taxable"),
    (POL, "which costs of {procedure} are covered by the {tier} plan", "which costs of {procedure} are not covered by the {tier} plan", "covered/not covered"),
    (POL, "leave rules for all staff other than those on fixed-term contracts", "leave rules for only the staff on fixed-term contracts", "other than/only"),
    (KB, "how do I filter the messages that are read in the shared inbox?", "how do I filter the messages that are unread in the shared inbox?", "read/unread"),
    (KB, "I was wondering how to export all projects in {plan} except the archived ones", "I was wondering how to export all projects in {plan}, only the archived ones", "except/only"),
    (KB, "why are some of my uploads visible to guests on the {plan} plan?", "why are some of my uploads invisible to guests on the {plan} plan?", "visible/invisible"),
    (ORD, "so just to confirm, what is the refund for returned items that were opened?", "so just to confirm, what is the refund for returned items that were unopened?", "opened/unopened"),
    (PR, "{brand} {product} listings, used ones included, under EUR {eur}", "{brand} {product} listings, used ones excluded, under EUR {eur}", "included/excluded"),
    (PR, "{brand} {product} su pristatymu į {city}", "{brand} {product} be pristatymo į {city}", "[lt] with/without delivery"),
    (SQL, "список оплачених рахунків компанії {company}", "список неоплачених рахунків компанії {company}", "[uk] paid/unpaid (prefix)"),
    (WX, "ωριαία πρόγνωση για {city} μαζί με τις νυχτερινές ώρες", "ωριαία πρόγνωση για {city} χωρίς τις νυχτερινές ώρες", "[el] with/without"),
    (KB, "exportar els contactes del pla {plan} excepte els duplicats", "exportar només els contactes duplicats del pla {plan}", "[ca] except/only"),
    (POL, "príspevok na dopravu pre zamestnancov v {dept} okrem tých na dohodu", "príspevok na dopravu len pre zamestnancov v {dept} na dohodu", "[sk] except/only"),
]

T["antonym_action"] = [
    (KB, "hi, quick one: how do I mute notifications from the {plan} workspace?", "hi, quick one: how do I unmute notifications from the {plan} workspace?", "mute/unmute"),
    (KB, "I was wondering how to archive a project on the {plan} plan", "I was wondering how to unarchive a project on the {plan} plan", "archive/unarchive"),
    (KB, "how can I hide a column in a shared report without breaking the filters?", "how can I unhide a column in a shared report without breaking the filters?", "hide/unhide"),
    (ORD, "could you please pause my subscription deliveries from {weekday} onwards?", "could you please resume my subscription deliveries from {weekday} onwards?", "pause/resume"),
    (ORD, "I'd like to add gift wrapping to order {order}, if that's still possible", "I'd like to remove gift wrapping from order {order}, if that's still possible", "add/remove"),
    (ORD, "so just to confirm, can you hold parcel {order} at the {city} depot until {weekday}?", "so just to confirm, can you release parcel {order} from the {city} depot until {weekday}?", "hold/release"),
    (PR, "how do I pair the {brand} {product} with my {phone}?", "how do I unpair the {brand} {product} from my {phone}?", "pair/unpair"),
    (PR, "I was wondering how to install the latest firmware update on the {gadget}", "I was wondering how to roll back the latest firmware update on the {gadget}", "install/roll back"),
    (FL, "how do I add a checked bag to booking {pnr}, for the return leg only?", "how do I remove a checked bag from booking {pnr}, for the return leg only?", "add/remove"),
    (FL, "for my {airline} trip to {city}, how do I join the waitlist for an upgrade?", "for my {airline} trip to {city}, how do I leave the waitlist for an upgrade?", "join/leave"),
    (FL, "can I accept the schedule change {airline} made to my {city} flight?", "can I decline the schedule change {airline} made to my {city} flight?", "accept/decline"),
    (WX, "is the lake near {city} expected to freeze over later this week?", "is the lake near {city} expected to thaw out later this week?", "freeze/thaw"),
    (WX, "are temperatures in {city} warming up after {weekday}, do you think?", "are temperatures in {city} cooling down after {weekday}, do you think?", "warm up/cool down"),
    (SQL, "for the board report: customers who activated a card in {month}", "for the board report: customers who deactivated a card in {month}", "activate/deactivate"),
    (SQL, "how many accounts were upgraded to the {plan} plan in {q}?", "how many accounts were downgraded to the {plan} plan in {q}?", "upgrade/downgrade"),
    (SQL, "laptops that were enrolled in device management in {month}", "laptops that were unenrolled from device management in {month}", "enrol/unenrol"),
    (DOC, "how do I compress payloads for {endpoint} in {lang}?", "how do I decompress payloads for {endpoint} in {lang}?", "compress/decompress"),
    (DOC, "{lang} SDK: how to register a webhook for {endpoint} events", "{lang} SDK: how to deregister a webhook for {endpoint} events", "register/deregister"),
    (DOC, "{db}: what's the safest way to create an index on a big column from {lang}?", "{db}: what's the safest way to drop an index on a big column from {lang}?", "create/drop"),
    (POL, "how do I nominate a beneficiary for the life cover on the {tier} plan?", "how do I remove a beneficiary from the life cover on the {tier} plan?", "nominate/remove"),
    (POL, "so just to confirm, how do I accept an internal transfer to {dept}?", "so just to confirm, how do I turn down an internal transfer to {dept}?", "accept/turn down"),
    (POL, "I was wondering how to increase my pension contribution from next month", "I was wondering how to decrease my pension contribution from next month", "increase/decrease"),
    (KB, "how can I block a user from the team space on {plan}?", "how can I unblock a user from the team space on {plan}?", "block/unblock"),
    (KB, "kā ieslēgt divpakāpju autentifikāciju {plan} kontā", "kā izslēgt divpakāpju autentifikāciju {plan} kontā", "[lv] switch on/off"),
    (ORD, "kuidas tellimusele {order} kinkepakend lisada", "kuidas tellimuselt {order} kinkepakend eemaldada", "[et] add/remove"),
    (PR, "kako upariti {gadget} s mobitelom", "kako raspariti {gadget} s mobitelom", "[hr] pair/unpair"),
    (DOC, "πώς ενεργοποιώ την προσωρινή μνήμη στο {lang} SDK", "πώς απενεργοποιώ την προσωρινή μνήμη στο {lang} SDK", "[el] enable/disable"),
]

T["number"] = [
    (ORD, "hi, sorry to chase: order {order} was supposed to arrive yesterday", "hi, sorry to chase: order {order#2} was supposed to arrive yesterday", "order id, one digit"),
    (ORD, "I was charged EUR {amount} for my last order, is that right?", "I was charged EUR {amount#2} for my last order, is that right?", "amount"),
    (ORD, "could you check on return {rma} for me, it's been two weeks", "could you check on return {rma#2} for me, it's been two weeks", "return id"),
    (PR, "we need {n} units of the {brand} {product} for our offices, is there a bulk price?", "we need {n#2} units of the {brand} {product} for our offices, is there a bulk price?", "quantity"),
    (PR, "is there a {brand} {product} that comes with a 3-year warranty?", "is there a {brand} {product} that comes with a 5-year warranty?", "warranty years"),
    (PR, "cushioned running shoes in {size}, any in stock?", "cushioned running shoes in {size#2}, any in stock?", "shoe size"),
    (FL, "for booking {pnr}, can I still pick a seat for free?", "for booking {pnr#2}, can I still pick a seat for free?", "booking code"),
    (FL, "{airline} {flightno}: is it running on time today, do you know?", "{airline} {flightno#2}: is it running on time today, do you know?", "flight number"),
    (FL, "fares for 2 adults and 1 child to {city} on {weekday}", "fares for 2 adults and 2 children to {city} on {weekday}", "number of children"),
    (WX, "{city}: any chance of gusts above 60 km/h on {weekday}?", "{city}: any chance of gusts above 80 km/h on {weekday}?", "km/h threshold"),
    (WX, "I was wondering what {city} looks like over the next 5 days", "I was wondering what {city} looks like over the next 10 days", "forecast length"),
    (WX, "{city}: will the temperature drop below minus 5 overnight?", "{city}: will the temperature drop below minus 15 overnight?", "minus 5 / minus 15"),
    (WX, "snow depth above 1,200 m near {city} this weekend", "snow depth above 2,100 m near {city} this weekend", "altitude"),
    (SQL, "for the board report, the top {n} customers by revenue in {country}", "for the board report, the top {n#2} customers by revenue in {country}", "top N"),
    (SQL, "orders with a basket over EUR {amount} in {q}", "orders with a basket over EUR {amount#2} in {q}", "amount"),
    (SQL, "retention after 30 days for the {month} signup cohort", "retention after 60 days for the {month} signup cohort", "30/60 days"),
    (SQL, "invoices overdue by more than 45 days, grouped by customer", "invoices overdue by more than 54 days, grouped by customer", "45/54 days, digits swapped"),
    (DOC, "{lang} SDK: {endpoint} returns HTTP 502 now and then, why?", "{lang} SDK: {endpoint} returns HTTP 503 now and then, why?", "status code"),
    (DOC, "so just to confirm, what breaks when upgrading the {lang} SDK from {ver}?", "so just to confirm, what breaks when upgrading the {lang} SDK from {ver#2}?", "look-alike version"),
    (DOC, "{db} on port 6380 refuses connections from {lang}", "{db} on port 6830 refuses connections from {lang}", "port, digits swapped"),
    (DOC, "{endpoint}: a page size of 200 gets rejected, is there a cap?", "{endpoint}: a page size of 2000 gets rejected, is there a cap?", "page size"),
    (POL, "I've worked here for 3 years: how many leave days do I get now?", "I've worked here for 13 years: how many leave days do I get now?", "3/13 years"),
    (POL, "does the {tier} plan pay up to EUR {amount} for {procedure}?", "does the {tier} plan pay up to EUR {amount#2} for {procedure}?", "amount"),
    (KB, "invoice {inv} is missing from my account, could you look?", "invoice {inv#2} is missing from my account, could you look?", "invoice number"),
    (KB, "the app shows error {ecode} whenever I sync, what does it mean?", "the app shows error {ecode#2} whenever I sync, what does it mean?", "error code"),
    (ORD, "Kde je moja objednávka číslo {order}?", "Kde je moja objednávka číslo {order#2}?", "[sk] order id"),
    (WX, "A {city} farà més de 32 graus dissabte?", "A {city} farà més de 35 graus dissabte?", "[ca] 32/35 degrees"),
    (FL, "рейс {flightno} сьогодні затримується?", "рейс {flightno#2} сьогодні затримується?", "[uk] flight number"),
    (SQL, "užsakymai virš {amount} eurų per {q}", "užsakymai virš {amount#2} eurų per {q}", "[lt] amount"),
]

T["date"] = [
    (WX, "hi, for an outdoor wedding in {city} on {dm}: what's the forecast looking like?", "hi, for an outdoor wedding in {city} on {dm#2}: what's the forecast looking like?", "day, written 4 March"),
    (WX, "will it be sunny in {city} on {weekday}, the day of the match?", "will it be sunny in {city} on {weekday#2}, the day of the match?", "weekday"),
    (WX, "what's {city} going to be like at {hhmm} tomorrow: fog or clear skies?", "what's {city} going to be like at {hhmm} the day after tomorrow: fog or clear skies?", "tomorrow / day after"),
    (WX, "any frost in {city} at quarter past seven tomorrow morning?", "any frost in {city} at quarter to seven tomorrow morning?", "quarter past / quarter to"),
    (FL, "hi, quick one: are there any {airline} seats left to {city} on {iso}?", "hi, quick one: are there any {airline} seats left to {city} on {iso#2}?", "ISO date"),
    (FL, "flying back from {city} on {swap}, I was wondering about fares", "flying back from {city} on {swap#2}, I was wondering about fares", "month and day swapped"),
    (FL, "I was wondering if {airline} flies to {city} on the first weekend of {month}", "I was wondering if {airline} flies to {city} on the last weekend of {month}", "first/last weekend"),
    (FL, "{flightno} to {city} this coming {weekday}: how full is it?", "{flightno} to {city} the {weekday} after next: how full is it?", "this coming / after next"),
    (ORD, "so just to confirm, the courier picks up order {order} on {weekday} morning?", "so just to confirm, the courier picks up order {order} on {weekday#2} morning?", "weekday"),
    (ORD, "orders I placed between {dm} and the end of the month", "orders I placed between {dm#2} and the end of the month", "start day"),
    (ORD, "hi! is the delivery slot for order {order} on {date} still available?", "hi! is the delivery slot for order {order} on {date#2} still available?", "day"),
    (SQL, "for the board report, revenue in {month} {yr}", "for the board report, revenue in {month} {yr#2}", "year"),
    (SQL, "signups on weekdays in {month}, by channel", "signups at weekends in {month}, by channel", "weekdays/weekends"),
    (SQL, "orders placed since {iso} in {country}", "orders placed since {iso#2} in {country}", "ISO date"),
    (SQL, "last week's refunds in {region}, please", "this week's refunds in {region}, please", "last/this week"),
    (SQL, "customer count at the end of {q}, for the investor update", "customer count at the start of {q}, for the investor update", "end/start of quarter"),
    (DOC, "{lang} SDK: what changed since the release on {dm}?", "{lang} SDK: what changed since the release on {dm#2}?", "day"),
    (DOC, "{endpoint} maintenance window on {weekday} at {hhmm} UTC, will calls fail?", "{endpoint} maintenance window on {weekday#2} at {hhmm} UTC, will calls fail?", "weekday"),
    (DOC, "what happens to {endpoint} after {month} {yr}?", "what happens to {endpoint} after {month#2} {yr}?", "month"),
    (POL, "public holidays in {country} in {yr}, for the shared calendar", "public holidays in {country} in {yr#2}, for the shared calendar", "year"),
    (POL, "I was wondering if I can take leave starting on {dm}", "I was wondering if I can take leave starting on {dm#2}", "day"),
    (POL, "when is payday in {month}, if you know?", "when is payday in {month#2}, if you know?", "month"),
    (KB, "the outage yesterday afternoon: what actually happened?", "the outage this afternoon: what actually happened?", "yesterday/today"),
    (KB, "why was my card charged on the 1st of {month}?", "why was my card charged on the 11th of {month}?", "1st/11th"),
    (WX, "prognoza za {city} za subotu", "prognoza za {city} za nedjelju", "[hr] Saturday/Sunday"),
    (ORD, "piegāde pasūtījumam {order} rīt", "piegāde pasūtījumam {order} parīt", "[lv] tomorrow/day after"),
    (FL, "lennud {city} linna esmaspäeval", "lennud {city} linna teisipäeval", "[et] Monday/Tuesday"),
    (SQL, "πωλήσεις του καταστήματος {city} χθες", "πωλήσεις του καταστήματος {city} προχθές", "[el] yesterday/day before"),
]

T["entity"] = [
    (WX, "hi, quick one before I head out: is it windy in {city} right now?", "hi, quick one before I head out: is it windy in {city#2} right now?", "city"),
    (WX, "forecast for {twin_city} this weekend, it's for a wedding", "forecast for {twin_city#2} this weekend, it's for a wedding", "look-alike town"),
    (FL, "I was wondering whether {airline} lets you bring skis to {city}", "I was wondering whether {airline#2} lets you bring skis to {city}", "airline"),
    (FL, "{airport}: is there a train into town after midnight?", "{airport#2}: is there a train into town after midnight?", "look-alike airport code"),
    (FL, "cheapest fare from {city} to {city#2} in {month}, any airline", "cheapest fare from {city} to {city#3} in {month}, any airline", "destination, a third city"),
    (ORD, "could you send the invoice for order {order} to {email}, please?", "could you send the invoice for order {order} to {email#2}, please?", "email (often the same mailbox at another domain)"),
    (ORD, "my parcel with {carrier} has been stuck for days, what now?", "my parcel with {carrier#2} has been stuck for days, what now?", "carrier"),
    (ORD, "I was refunded {eur} euros for order {order}, is that everything?", "I was refunded {eur} dollars for order {order}, is that everything?", "currency"),
    (PR, "where can I get spare parts for a {brand} {product}?", "where can I get spare parts for a {brand#2} {product}?", "brand"),
    (PR, "I'm looking for a slim case that fits a {phone}", "I'm looking for a slim case that fits a {phone#2}", "phone model"),
    (PR, "{gadget}: is the charger included in the box?", "{gadget#2}: is the charger included in the box?", "model"),
    (SQL, "for the board report, revenue from {company} this year", "for the board report, revenue from {company#2} this year", "company"),
    (SQL, "tickets handled by {person} in {month}", "tickets handled by {person#2} in {month}", "person"),
    (SQL, "sessions from {source} in {country}, last 30 days", "sessions from {source#2} in {country}, last 30 days", "traffic source"),
    (SQL, "so just to confirm, deliveries in {region} last month?", "so just to confirm, deliveries in {region#2} last month?", "region"),
    (DOC, "could you share a {lang} example for {endpoint}, pretty please?", "could you share a {lang} example for {endpoint#2}, pretty please?", "endpoint"),
    (DOC, "connection string format for {db} when calling from {lang}", "connection string format for {db#2} when calling from {lang}", "database"),
    (DOC, "{integration} sync keeps failing with the {lang} SDK, ideas?", "{integration#2} sync keeps failing with the {lang} SDK, ideas?", "integration"),
    (DOC, "a {lang} snippet that calls {endpoint}, for the onboarding doc", "a {lang#2} snippet that calls {endpoint}, for the onboarding doc", "language"),
    (POL, "per diem rates for business trips to {country}", "per diem rates for business trips to {country#2}", "country"),
    (POL, "who do I talk to in {dept} about my contract renewal?", "who do I talk to in {dept#2} about my contract renewal?", "department"),
    (POL, "I was wondering if {procedure} are covered on the {tier} plan", "I was wondering if {procedure#2} are covered on the {tier} plan", "procedure"),
    (KB, "I can't log in on my {device} since this morning", "I can't log in on my {device#2} since this morning", "device"),
    (KB, "how do I connect {integration} to my {plan} account?", "how do I connect {integration#2} to my {plan} account?", "integration"),
    (ORD, "Kedy mi {carrier} doručí balík?", "Kedy mi {carrier#2} doručí balík?", "[sk] carrier"),
    (FL, "Quant costa facturar una maleta amb {airline}?", "Quant costa facturar una maleta amb {airline#2}?", "[ca] airline"),
    (PR, "чохол для {phone}", "чохол для {phone#2}", "[uk] phone model"),
    (WX, "orų prognozė: {city}, šeštadienis", "orų prognozė: {city#2}, šeštadienis", "[lt] city"),
]

T["scope"] = [
    (ORD, "hi, could you show me all orders placed from our company account last week?", "hi, could you show me only my orders placed from our company account last week?", "all / only mine"),
    (KB, "I was wondering how to delete all shared files in the {plan} workspace", "I was wondering how to delete only my shared files in the {plan} workspace", "all / only mine"),
    (SQL, "for the board report: total revenue for the whole sales team in {q}", "for the board report: total revenue for just my own accounts in {q}", "whole team / just mine"),
    (WX, "{city} sunrise time on {weekday}, for a photo shoot", "{city} moonrise time on {weekday}, for a photo shoot", "sunrise vs moonrise"),
    (WX, "{city}: how humid will it be on {weekday}?", "{city}: how far will visibility be on {weekday}?", "humidity vs visibility"),
    (WX, "for a ski trip near {city}: how much fresh snow overnight?", "for a ski trip near {city}: what is the avalanche risk overnight?", "fresh snow vs avalanche risk"),
    (FL, "{airline}: how early does online check-in open for {city} flights?", "{airline}: how early does boarding close for {city} flights?", "check-in opening vs boarding close"),
    (FL, "{flightno}: what are the meal options on board?", "{flightno}: how much legroom is there in economy?", "meals vs legroom"),
    (FL, "hi, for my {airline} booking {pnr}, what's the change fee?", "hi, for my {airline} booking {pnr}, what's the cancellation fee?", "change fee vs cancellation fee"),
    (ORD, "order {order}: when will it actually arrive?", "order {order}: how much did I pay for shipping?", "arrival vs shipping cost"),
    (ORD, "could you tell me the return window for order {order}?", "could you tell me the warranty period for order {order}?", "return window vs warranty"),
    (PR, "{brand} {product}: how loud is it when running?", "{brand} {product}: how much power does it draw when running?", "noise vs power draw"),
    (PR, "{gadget}: what's the screen size, roughly?", "{gadget}: what does it weigh, roughly?", "screen size vs weight"),
    (PR, "{brand} {product} deals on sale this week", "{brand} {product} models launched this week", "deals vs new models"),
    (SQL, "{country}, {month}: how many refunds did we issue?", "{country}, {month}: how many chargebacks did we receive?", "refunds vs chargebacks"),
    (SQL, "for the board report: average order value by channel in {region}", "for the board report: number of orders by channel in {region}", "average value vs count"),
    (SQL, "current headcount in {dept}, please", "current open vacancies in {dept}, please", "headcount vs vacancies"),
    (DOC, "{endpoint}: what are the rate limits, roughly?", "{endpoint}: what kind of authentication does it need?", "rate limits vs auth"),
    (DOC, "{lang} SDK: how to log outgoing requests", "{lang} SDK: how to mock outgoing requests in tests", "logging vs mocking"),
    (DOC, "{db}: what's the backup procedure for a cluster?", "{db}: what's the upgrade procedure for a cluster?", "backup vs upgrade"),
    (POL, "on the {tier} plan, how long is the waiting period before {procedure} are covered?", "on the {tier} plan, how much of the cost of {procedure} do I co-pay?", "waiting period vs co-payment"),
    (POL, "so just to confirm, how many days of holiday do I have left?", "so just to confirm, how many days of holiday does my whole team have left?", "mine / whole team"),
    (KB, "export the invoices for all users on the {plan} account", "export only my own invoices on the {plan} account", "all users / only mine"),
    (KB, "hi, how do I change the language of the app on my {device}?", "hi, how do I change the time zone of the app on my {device}?", "language vs time zone"),
    (KB, "πώς αλλάζω τη φωτογραφία προφίλ μου;", "πώς αλλάζω το όνομα χρήστη μου;", "[el] profile photo vs username"),
    (SQL, "visas komandas pārdošanas apjoms {q}", "tikai mans pārdošanas apjoms {q}", "[lv] whole team / only mine"),
    (ORD, "koliko košta dostava za narudžbu {order}?", "kada stiže narudžba {order}?", "[hr] shipping cost vs arrival"),
    (POL, "mitu puhkusepäeva mul veel alles on?", "mitu puhkusepäeva on kogu meeskonnal veel alles?", "[et] mine / whole team"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test8",
    order_digits=8,
    extra_pools=EXTRA_POOLS,
    apart=(  # every other split; slot values strictly apart (numbers too), the closed sets excepted;
        # every collision reported by id or template index only, so no other split's text is printed
        Apart("tune", values="strict", quiet=True),
        Apart("test", values="strict", quiet=True),
        Apart("test2", values="strict", quiet=True),
        Apart("test3", values="strict", quiet=True),
        Apart("test4", values="strict", quiet=True),
        Apart("test5", values="strict", quiet=True),
        Apart("test6", values="strict", quiet=True),
        Apart("test7", values="strict", quiet=True),
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
