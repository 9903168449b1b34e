#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better)
"""Generate "test11", an eleventh held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test11.py          # write pairs_test11.jsonl, print the report
    python evals/cache/generate_test11.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test to test10 (25
pairs per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in
new wording and new slot pools. Written by a separate author, apart from the guard and the verifier.
What was read, and nothing else: the listing of evals/cache/, the sections of evals/cache/README.md
from "# Semantic cache evaluation pairs" through "## What a user of the data must know" and the
section "## pairgen.py: the shared machinery" (not tune2 to tune5, not test2 to test10, not their
"reading" subsections), pairgen.py and generate_test10.py (as the model of the structure; none of
its templates, wording or pool values are reused). Nothing under src/, bench/, tests/, scripts/ or
docs/ was opened, no pairs_*.jsonl file was read (the self-check compares with them without
printing their text), no git history was read, the server and the benchmarks were not run, nothing
was installed, and nothing was scored on this split.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test11
result leads to a change of the guard, the verifier, the thresholds or the templates, test11 is used
up too.

How it was written: by hand, template pair by template pair, from the category definitions in the
README; then the self-check was run, and the templates and pool values it reported as shared with
or worded like another split's were reworded or replaced (it names only this split's string and the
other split's name, never the other text).

Style: requests as busy professionals type them into an internal assistant at work: a hospital
ward clerk, a warehouse shift lead, a university admissions officer, an insurance claims handler,
a municipal permits office, a freight forwarder. Trade abbreviations (ETA, PO, SKU, ICU, ED, LOS,
MRN, GRN, ASN, AWB, DC, PAS, Q3, Incoterms such as DAP/DDP), parenthetical asides ("(GRN
posted)", "(cursor-based)"), trailing qualifiers ("..., excluding partial deliveries", "..., EU
only", "..., motor only"), chat-style politeness between colleagues ("sorry to chase", "when you
get a sec", "ta"). The tools keep their roles: search_kb is the staff intranet (ward procedures,
admissions office, permits office); search_orders purchase orders, transfer orders, containers,
air waybills and consignments; get_weather the forecast for yards, ports and outdoor work;
search_flights staff travel and cargo flights; search_products the supplies and equipment
catalogue; sql_query_nl analytics over claims, admissions, beds, picks and permits; search_docs
the developer docs of hospital, warehouse, ERP and case-management software; lookup_policy
insurance products and staff rules. Near misses hide the difference in one element: direction or
role (from/to, shipper/consignee, billed to us/by us, origin/destination, before/after, inbound/
outbound, sort order), comparison (over/under, earliest/latest, at least/at most, top/bottom,
minimum/maximum), negation (with/without, approved/not approved, incl./excl., refundable/
non-refundable), an antonymous action (admit/discharge, load/unload, approve/reject, open/close,
hold/release, lock/unlock, issue/revoke), another number, id, date, unit or amount, another person,
place, carrier, Incoterm or programme, or a narrower or wider scope ("motor only" / "all lines",
"ICU" / "hospital-wide", demurrage / detention).
12-15% of the pairs are in other languages, not listed as used by earlier splits: Swahili,
Tagalog, Malay, Afrikaans, Vietnamese and Indonesian (notes start with "[sw]", "[tl]", "[ms]",
"[af]", "[vi]", "[id]"), each pair within one language.

The self-check (pairgen.self_check; nothing is written if it fails) keeps test11 apart from every
other split: no template string shared with or worded like (word Jaccard 0.7 or more, a slot
counting as one word named after its pool) a template of tune, test, test2 to test10 or
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
    "electric order picker": ["Hangcha", "EP Equipment", "Hyster-Yale"],
    "infusion pump": ["B. Braun", "Fresenius Kabi", "Mindray"],
    "thermal label printer": ["SATO", "TSC Auto ID", "Citizen Systems"],
    "rugged mobile computer": ["Urovo", "Chainway", "Point Mobile"],
    "hospital bed": ["Linet", "Stryker Medical", "Malvestio"],
    "strapping tool": ["Signode", "Fromm", "Cyklop"],
    "hi-vis vest": ["Portwest", "Blåkläder", "Snickers Workwear"],
    "nitrile exam gloves": ["Ansell", "Kimtech", "Supermax"],
}

LISTS = {
    "city": ["Kisumu", "Eldoret", "Morogoro", "Dodoma", "Mwanza", "Iloilo", "Bacolod", "Cagayan de Oro", "Ipoh",
             "Kuantan", "Sibu", "Seremban", "Polokwane", "Upington", "Kimberley", "Haiphong", "Quy Nhon",
             "Can Tho", "Pekanbaru", "Balikpapan"],
    "country": ["Sabah", "Sarawak", "Western Cape", "Limpopo", "Central Visayas", "Bohol", "Mindanao",
                "Riau Islands"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "person": ["Wanjiru Kamau", "Baraka Mwangi", "Maricel Dela Cruz", "Jomar Villanueva", "Nurul Aisyah",
               "Hafiz Rahman", "Annelie Botha", "Thanh Nguyen"],
    "ward": ["Acacia Ward", "Baobab Ward", "Jacaranda Ward", "Mvule Ward", "Narra Ward", "Protea Ward"],
    "programme": ["BSc Nursing", "MSc Supply Chain", "BEng Mechatronics", "BA Urban Planning",
                  "MSc Actuarial Science", "BSc Radiography"],
    "permit": ["sidewalk café permit", "hoarding licence", "skip placement permit", "street party permit",
               "signage permit", "scaffold permit"],
    "policy": ["Kestrel Motor", "Ibis Homeowners", "Hornbill Travel", "Sunbird Health", "Oryx Fleet"],
    "peril": ["hail damage", "burst geyser", "windscreen chip", "theft from vehicle", "lightning surge",
              "subsidence"],
    "app": ["Bahmni", "OpenBoxes", "ERPNext", "iDempiere", "OpenSIS", "Akaunting", "DHIS2", "Frappe HR"],
    "endpoint": ["/bed_assignments", "/putaway_tasks", "/applicant_documents", "/claim_reserves",
                 "/permit_inspections", "/customs_entries", "/pick_waves", "/discharge_summaries"],
    "company": ["Mara Sisal Exports", "Visayas Copra Traders", "Kinabalu Palm Kernel", "Karoo Rooibos Packers",
                "Mekong Cashew Export", "Kilimanjaro Coffee Union"],
    "carrier": ["Siginon Freight", "2GO Express", "Pos Laju", "RTT Couriers", "Viettel Post", "JNE Express"],
    "airline": ["Precision Air", "Jambojet", "Firefly", "Airlink", "Bamboo Airways", "Cebgo"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [2740, 3160, 3580, 4020, 4470],
    "load": ["25 open claims", "30 open claims", "35 open claims", "40 open claims"],
    "gpa": ["GPA 3.15", "GPA 3.35", "GPA 3.55", "GPA 3.75"],
    "temp": ["27°C", "29°C", "31°C", "33°C"],
    "dwell": ["5 working days", "7 working days", "10 working days", "12 working days"],
    "pct": ["86% occupancy", "89% occupancy", "93% occupancy", "96% occupancy"],
    "kg": ["640 kg", "720 kg", "810 kg", "890 kg"],
    "pallets": ["22 pallets", "24 pallets", "26 pallets", "28 pallets"],
    "units": ["120 units", "144 units", "168 units", "192 units"],
    "attendees": ["150 attendees", "200 attendees", "250 attendees", "300 attendees"],
    "weekly": ["42 hours a week", "44 hours a week", "46 hours a week"],
    "horizon": ["36 hours", "48 hours", "72 hours", "96 hours"],
    "force": ["force 6", "force 7", "force 8"],
    "yr": [2074, 2075, 2076],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Kisii", "Kilifi"), ("Ipoh", "Ipil"), ("Kuala Selangor", "Kuala Terengganu"), ("Tanga", "Tanza")],
    "airport": [("KIS", "KSI"), ("ILO", "IOL"), ("KCH", "KHC"), ("HPH", "HHP"), ("PTG", "PGT"), ("BCD", "BDC")],
    "ver": [("5.14.2", "5.41.2"), ("9.2.17", "9.2.71"), ("12.0.8", "12.8.0"), ("6.3.15", "6.3.51")],
    "inco": [("DAP", "DDP"), ("CIF", "CFR"), ("FCA", "FAS")],
}

EMAIL = (["wanjiru.k", "baraka.m", "maricel.dc", "nurul.a", "annelie.b", "thanh.n"],
         ["safaricom.co.ke", "pldt.net.ph", "tm.net.my", "telkomsa.net", "vnpt.vn", "telkom.net.id"])
AIRLINE_CODE = {"Precision Air": "PW", "Jambojet": "JM", "Firefly": "FY", "Airlink": "4Z", "Bamboo Airways": "QH",
                "Cebgo": "DG"}

EXTRA_POOLS = {
    "iso": pairgen.iso_pool(LISTS["month"], [2074, 2075]),  # "2074-05-14"; the second one 1 or 7 days later
    "swap": pairgen.ymd_swap_pool(LISTS["month"], [2074, 2075]),  # "2074-04-06"; the second one "2074-06-04"
    "dm": pairgen.day_month_pool(LISTS["month"]),  # "14 May"; the second one 1 or 7 days later
    "po": pairgen.prefixed_pool("", 4700000, 4799999),  # purchase order number "4731820" (templates write "PO {po}")
    "sku": pairgen.prefixed_pool("SKU ", 610000, 689999),  # stock-keeping unit "SKU 641207"
    "mrn": pairgen.prefixed_pool("MRN ", 7100000, 7899999),  # medical record number "MRN 7412093"
    "claim": pairgen.prefixed_pool("CLM-", 530000, 589999),  # insurance claim "CLM-552817"
    "permit_no": pairgen.prefixed_pool("BP/", 61000, 69999),  # building permit "BP/64172"
    "awb": pairgen.prefixed_pool("618-", 52000000, 58999999),  # air waybill "618-54417203"
    "cont": pairgen.prefixed_pool("TGHU", 7100000, 7899999),  # container "TGHU7412093"
    "appl": pairgen.prefixed_pool("UA", 830000, 879999),  # admissions applicant id "UA851276"
    "pnr": pairgen.code_pool(),  # booking code; the second one has one character changed
}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[sw]", "[tl]", "[ms]", "[af]", "[vi]", "[id]" at the start of a
# note marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (ORD, "PO {po} ETA via {carrier}, excluding partial deliveries", "excluding partial deliveries, ETA via {carrier} for PO {po}", "qualifier moved to the front"),
    (KB, "ward clerk handbook: bed transfer into {ward} after hours", "bed transfer into {ward} after hours: ward clerk handbook", "halves swapped"),
    (WX, "{city} yard ops: gust strength {weekday} afternoon for crane work", "for crane work, gust strength {weekday} afternoon: {city} yard ops", "halves swapped"),
    (FL, "staff travel {city} to {city#2} on {date}, economy only", "economy only, staff travel on {date} {city} to {city#2}", "fragments reordered, route kept"),
    (PR, "{brand} {product} for the {city} DC, qty 4", "qty 4 {brand} {product} for the {city} DC", "quantity moved to the front"),
    (SQL, "claims closed per handler in {q}, motor only", "motor only: claims closed per handler in {q}", "qualifier moved to the front"),
    (DOC, "{app} {endpoint} pagination (cursor-based) for bulk exports", "for bulk exports, {app} {endpoint} pagination (cursor-based)", "purpose moved to the front"),
    (POL, "{policy} excess on {peril} claims, {country} book", "{country} book, {policy} excess on {peril} claims", "region moved to the front"),
    (SQL, "{month} offers by programme, international applicants only", "international applicants only, offers by programme for {month}", "qualifier moved to the front"),
    (KB, "{permit} renewal fee (commercial applicants) in {city}", "in {city}, {permit} renewal fee (commercial applicants)", "place moved to the front"),
    (WX, "hali ya hewa {city} kesho asubuhi", "kesho asubuhi hali ya hewa {city}", "[sw] time moved to the front"),
    (ORD, "status ng PO {po} mula sa {carrier}", "mula sa {carrier}, status ng PO {po}", "[tl] carrier moved to the front"),
    (POL, "night shift allowance for ward staff, {country}", "{country}: ward staff night shift allowance", "region moved to the front"),
]

T["shorten"] = [
    (ORD, "Hi, quick one: could you check whether PO {po} from {company} has been received into stock at the {city} warehouse yet (GRN posted)?", "PO {po} {company} GRN status {city} warehouse", "cut to keywords"),
    (KB, "I'm the ward clerk on {ward} and I need the steps for booking patient transport for a discharge tomorrow morning", "{ward} discharge patient transport booking, tomorrow morning", "context dropped"),
    (WX, "we have an outdoor container inspection in {city} on {weekday}, can you tell me if it'll rain during working hours?", "{city} rain {weekday} working hours", "cut to keywords"),
    (FL, "I need to get one of our handlers from {city} to {city#2} on {date} for a site visit, morning departures, economy is fine", "{city}-{city#2} flights {date} morning, economy", "context dropped"),
    (PR, "can you pull up the spec sheet for the {brand} {product} we're thinking of ordering for the {city} depot", "{brand} {product} spec sheet", "context dropped"),
    (SQL, "For the board pack I need the number of motor claims we settled in {month}, broken down by region, excluding withdrawn claims", "motor claims settled {month} by region excl. withdrawn", "abbreviated"),
    (DOC, "In the {app} API reference, how do I attach a scanned document to a record using {endpoint}?", "{app} {endpoint} attach scanned document to record", "cut to keywords"),
    (POL, "one of my team is asking whether their {policy} cover still applies if the {peril} happened while the property was let out to tenants", "{policy}: {peril} cover if property let to tenants", "context dropped"),
    (KB, "an applicant emailed asking how to defer their offer for {programme} to next year's intake, what's the process on our side?", "{programme} offer deferral to next intake, process", "cut to keywords"),
    (ORD, "the consignee in {city} says container {cont} still hasn't been released by customs, can you check the hold reason?", "customs hold reason container {cont} {city}", "cut to keywords"),
    (KB, "Goeie môre, ek wil asseblief weet hoe om 'n bouplan-aansoek by die munisipaliteit in {city} in te dien", "bouplan-aansoek indien {city} munisipaliteit", "[af] keywords only"),
    (ORD, "Chào bạn, cho mình hỏi đơn hàng {order} của kho {city} bao giờ được giao vậy?", "đơn hàng {order} kho {city} khi nào giao", "[vi] keywords only"),
    (SQL, "can you give me the number of free ICU beds at midnight on {weekday} for the bed meeting", "free ICU beds midnight {weekday}", "cut to keywords"),
]

T["question_keyword"] = [
    (ORD, "Has PO {po} been invoiced by {company} yet?", "PO {po} {company} invoice status", "question vs keywords"),
    (KB, "Where do I find the visiting hours for {ward}?", "{ward} visiting hours", "question vs keywords"),
    (WX, "Will there be fog at {city} port on {weekday} morning?", "{city} port fog {weekday} morning", "question vs keywords"),
    (FL, "Which carriers fly {city} to {city#2} nonstop on {date}?", "{city}-{city#2} nonstop operators list {date}", "question vs keywords"),
    (PR, "What's the current lead time on the {brand} {product}?", "{brand} {product} current lead time", "question vs keywords"),
    (SQL, "How many applications did we receive for {programme} in {month}?", "{programme} applications received {month}", "question vs keywords"),
    (DOC, "How do I authenticate service accounts against the {app} API?", "{app} API service account authentication", "question vs keywords"),
    (POL, "Does {policy} pay out for {peril} if the alarm wasn't set?", "{policy} {peril} payout, alarm not set", "question vs keywords"),
    (KB, "How long does a {permit} take to process in {city}?", "{permit} processing time {city}", "question vs keywords"),
    (SQL, "What was the average length of stay on {ward} in {q}?", "avg LOS {ward} {q}", "question vs abbreviated keywords"),
    (KB, "Bagaimanakah cara memohon lesen perniagaan di {city}?", "mohon lesen perniagaan {city}", "[ms] question vs keywords"),
    (WX, "Apakah besok akan hujan deras di {city}?", "hujan deras {city} besok", "[id] question vs keywords"),
    (ORD, "When is the ETA for AWB {awb}?", "AWB {awb} ETA", "question vs keywords"),
]

T["synonym"] = [
    (ORD, "PO {po} hasn't shown up at goods-in yet", "still waiting on delivery of PO {po} at receiving", "rephrased"),
    (KB, "how do I print wristbands for a new admission on {ward}", "{ward}: producing ID bands for a patient just admitted", "rephrased"),
    (WX, "how hot will it get on the {city} loading bays {weekday}", "{city} loading bays peak temperature {weekday}", "rephrased"),
    (FL, "direct services {city} to {city#2} on {date} for the audit team", "non-stop options for the audit team, {city} to {city#2}, {date}", "direct/non-stop, reordered"),
    (PR, "{brand} {product} in stock for the wards?", "do we have {brand} {product} available to order for the wards", "rephrased"),
    (SQL, "number of offers accepted by applicants in {month}", "how many applicants took up their place in {month}", "rephrased"),
    (DOC, "{app} API throttling limits", "how many calls per minute does the {app} API allow", "rephrased"),
    (POL, "does {policy} reimburse temporary accommodation after {peril}", "{policy}: alternative lodging costs paid following {peril}?", "rephrased"),
    (KB, "{permit} application refused, how to appeal", "challenging a rejected {permit} decision", "rephrased"),
    (SQL, "claims paid out in {q}, total value", "sum of settlements for {q}", "rephrased"),
    (KB, "paano mag-file ng leave sa HR portal ng {city} branch", "proseso ng pag-apply ng leave sa HR portal ng {city} branch", "[tl] rephrased"),
    (ORD, "mzigo wa oda {order} bado haujafika", "oda {order} bado haijafikishwa kwetu", "[sw] rephrased"),
    (WX, "chance of thunderstorms over {city} container yard {weekday}", "{city} container yard {weekday} lightning risk", "rephrased"),
]

T["typo"] = [
    (ORD, "ETA for PO {po} from {company}, excl. backorders", "eta for PO {po} from {company}, exlc. backorders", "casing, letters swapped"),
    (KB, "discharge checklist for {ward}", "dischrage checklist for {ward}", "letters swapped"),
    (WX, "{city} wind speed forecast {weekday} for the crane operators", "{city|lower} wind speeed forecast {weekday} for the crane operators", "lowercase, letter doubled"),
    (FL, "flights {city} to {city#2} on {date} for two handlers", "fligts {city} to {city#2} on {date} for two handlers", "letter dropped"),
    (PR, "{brand} {product} replacement battery", "{brand} {product} replacment batery", "two letters dropped"),
    (SQL, "acceptance rate for {programme} applicants this cycle", "acceptence rate for {programme} applicnats this cycle", "two misspellings"),
    (DOC, "{app} {endpoint} rate limit headers", "{app} {endpoint} rate limti headres", "letters swapped twice"),
    (POL, "{policy} claim form for {peril}", "{policy} cliam form for {peril}", "letters swapped"),
    (KB, "{permit} inspection booking in {city}", "{permit} inspection bookign in {city}", "letters swapped"),
    (ORD, "container {cont} demurrage charges", "container {cont} demurage chrages", "two misspellings"),
    (ORD, "status penghantaran pesanan {order}", "status penghantarn pesanan {order}", "[ms] letter dropped"),
    (WX, "weervoorspelling vir {city} môre", "weervoorspeling vir {city} more", "[af] letter and diacritic dropped"),
    (SQL, "ICU occupancy by day in {month}", "ICU ocupancy by day in {month}", "letter dropped"),
]

T["politeness"] = [
    (ORD, "status of PO {po}", "Hi team, sorry to chase, could someone confirm the status of PO {po}? Thanks so much", "greeting, apology and thanks added"),
    (KB, "{ward} handover sheet template", "morning all, when you get a sec could you point me to the {ward} handover sheet template? cheers", "greeting and thanks added"),
    (WX, "{city} expected rainfall in mm for {weekday}, yard crew", "Hello, hope the shift's going ok! Would you mind checking the {city} expected rainfall in mm for {weekday} for the yard crew? Much appreciated", "greeting and thanks added"),
    (FL, "morning departures {city} to {city#2} on {date} for the claims team", "Dear travel desk, I would be most grateful if you could list morning departures {city} to {city#2} on {date} for the claims team. Kind regards", "formal framing"),
    (PR, "current trade price of the {brand} {product} per unit", "hiya, sorry to be a pain, what's the current trade price of the {brand} {product} per unit again? ta", "informal framing"),
    (SQL, "offers made for {programme} in {month}", "Good afternoon, could you kindly pull the offers made for {programme} in {month}? Many thanks in advance", "polite framing"),
    (DOC, "{app} {endpoint} sample POST body", "hey devs, would really appreciate a {app} {endpoint} sample POST body if you have a moment, thanks!", "polite framing"),
    (POL, "{policy} cover for {peril}", "Hi there, apologies for the basic question, but what is the {policy} cover for {peril}? Thank you", "apology and thanks added"),
    (KB, "{permit} fees in {city}", "Good morning, please may I ask about the {permit} fees in {city}? Thanks very much", "greeting and thanks added"),
    (SQL, "claims opened on {weekday}", "hi, when you're free, claims opened on {weekday} please, thanks a million", "filler and thanks added"),
    (KB, "saa za kutembelea wagonjwa katika hospitali ya {city}", "Habari za asubuhi, tafadhali naomba kujua saa za kutembelea wagonjwa katika hospitali ya {city}. Asante sana", "[sw] greeting, please and thanks added"),
    (WX, "panahon sa {city} bukas", "Magandang umaga po, pwede po bang malaman ang panahon sa {city} bukas? Salamat po", "[tl] greeting, po and thanks added"),
    (ORD, "AWB {awb} tracking", "Hello, sorry to bother you again, AWB {awb} tracking please when you can, thank you!", "apology and thanks added"),
]

T["mixed"] = [
    (ORD, "Could you tell me when PO {po} is expected at the {city} warehouse?", "eta PO {po} into {city|lower} whse??", "abbreviated, lowercase"),
    (KB, "What is the procedure for registering a patient who arrives without ID on {ward}?", "{ward}: pt with no ID, how to register", "abbreviated, reordered"),
    (WX, "How strong will the gusts be at the {city} container terminal on {weekday}?", "{city|lower} terminal {weekday} gusts how strong", "keywords, lowercase"),
    (FL, "Is there a flight from {city} to {city#2} on {date} that doesn't involve a connection?", "{city} > {city#2} {date} nonstop? any", "keywords, synonym, symbol"),
    (PR, "How many units of {brand} {product} do we currently have in stock?", "stock on hand {brand} {product} qty", "rephrased, abbreviated"),
    (SQL, "What proportion of {programme} applicants were from overseas in {month}?", "% intl applicants {programme} {month}", "symbol, abbreviated, synonym"),
    (DOC, "How can I retrieve only records modified since a given timestamp from {endpoint} in {app}?", "{app} {endpoint} delta sync since timestamp", "rephrased, keywords"),
    (POL, "Am I entitled to paid leave in {country} if my child is admitted to hospital?", "{country} paid leave when kid hospitalised??", "rephrased, informal"),
    (KB, "What documents does an applicant need to upload for a {permit} in {city}?", "{permit} {city} docs needed for upload", "abbreviated, keywords"),
    (SQL, "How many pallets did the night shift pick on {weekday}?", "nite shift pallets picked {weekday}", "slang spelling, keywords"),
    (ORD, "Kapan pesanan saya nomor {order} akan tiba di gudang?", "pesanan {order} kpn sampe gudang", "[id] keywords, slang"),
    (KB, "Hoe kanselleer ek 'n afspraak by die kliniek in {city}?", "kanselleer afspraak kliniek {city|lower} hoe", "[af] keywords, lowercase"),
    (POL, "Will {policy} cover a rental car while mine is repaired after {peril}?", "{policy} hire car during repairs post-{peril}?", "synonym, abbreviated"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "cheapest one-way staff fare, {city} to {city#2}, travelling {date}", "cheapest one-way staff fare, {city#2} to {city}, travelling {date}", "from/to swapped"),
    (ORD, "shipments where {company} is shipper and we are consignee, {q}", "shipments where {company} is consignee and we are shipper, {q}", "shipper/consignee swapped"),
    (ORD, "transfer order {order}: move stock from {city} DC to {city#2} DC", "transfer order {order}: move stock from {city#2} DC to {city} DC", "from/to swapped"),
    (KB, "ward transfer checklist: {ward} to {ward#2}", "ward transfer checklist: {ward#2} to {ward}", "from/to swapped"),
    (WX, "{city} rain before noon {weekday}", "{city} rain after noon {weekday}", "before/after"),
    (SQL, "patients stepped down from ICU to HDU in {month}", "patients stepped up from HDU to ICU in {month}", "from/to swapped"),
    (SQL, "students who switched from {programme} to {programme#2} this year", "students who switched from {programme#2} to {programme} this year", "from/to swapped"),
    (PR, "{product} sorted by lead time, shortest first, {brand} only", "{product} sorted by lead time, longest first, {brand} only", "sort order"),
    (DOC, "{app}: sync stock levels from {endpoint} to the ERP", "{app}: sync stock levels from the ERP to {endpoint}", "sync direction"),
    (POL, "{country}: staff moving from night shifts to day shifts, pay rules", "{country}: staff moving from day shifts to night shifts, pay rules", "from/to swapped"),
    (KB, "{permit} transfer from the tenant to the landlord in {city}", "{permit} transfer from the landlord to the tenant in {city}", "from/to swapped"),
    (ORD, "freight invoices we billed to {company} in {month}", "freight invoices {company} billed to us in {month}", "issuer/recipient"),
    (FL, "{airline} inbound rotations into {city} on {date}, cargo only", "{airline} outbound rotations out of {city} on {date}, cargo only", "inbound/outbound"),
    (ORD, "inbound returns to the {city} DC, week of {dm}", "outbound returns from the {city} DC, week of {dm}", "inbound/outbound"),
    (WX, "{city} yard: ground frost before the {date} stock-take", "{city} yard: ground frost after the {date} stock-take", "before/after"),
    (SQL, "claims reassigned from {person} to {person#2} in {q}", "claims reassigned from {person#2} to {person} in {q}", "from/to swapped"),
    (KB, "admissions: move an applicant for {programme} from waitlist to offer", "admissions: move an applicant for {programme} from offer to waitlist", "from/to swapped"),
    (POL, "{policy}: switching from third-party to comprehensive mid-term", "{policy}: switching from comprehensive to third-party mid-term", "from/to swapped"),
    (FL, "connecting in {city} en route to {city#2}, minimum connection time", "connecting in {city#2} en route to {city}, minimum connection time", "stopover/destination swapped"),
    (DOC, "{app}: certificate for the sender side of {endpoint} webhooks", "{app}: certificate for the receiver side of {endpoint} webhooks", "sender/receiver"),
    (ORD, "pre-alert for AWB {awb}: origin {city}, destination {city#2}", "pre-alert for AWB {awb}: origin {city#2}, destination {city}", "origin/destination swapped"),
    (SQL, "ED patients admitted before midnight on {weekday}", "ED patients admitted after midnight on {weekday}", "before/after"),
    (FL, "ndege kutoka {city} kwenda {city#2} tarehe {iso}", "ndege kutoka {city#2} kwenda {city} tarehe {iso}", "[sw] from/to swapped"),
    (ORD, "padala mula {city} papuntang {city#2}, PO {po}", "padala mula {city#2} papuntang {city}, PO {po}", "[tl] from/to swapped"),
    (FL, "chuyến bay từ {city} đến {city#2} ngày {iso}", "chuyến bay từ {city#2} đến {city} ngày {iso}", "[vi] from/to swapped"),
    (ORD, "vrag van {city} na {city#2} vir PO {po}", "vrag van {city#2} na {city} vir PO {po}", "[af] from/to swapped"),
]

T["comparison"] = [
    (PR, "{product} supplier quotes under {amount} USD for the batch", "{product} supplier quotes over {amount} USD for the batch", "under/over"),
    (SQL, "handlers with more than {load} right now", "handlers with fewer than {load} right now", "more/fewer"),
    (SQL, "{programme} applicants with {gpa} or above", "{programme} applicants with {gpa} or below", "or above/or below"),
    (FL, "earliest departure {city} to {city#2} on {date}", "latest departure {city} to {city#2} on {date}", "earliest/latest"),
    (WX, "{city} hours above {temp} on {weekday}, cold-chain yard", "{city} hours below {temp} on {weekday}, cold-chain yard", "above/below"),
    (ORD, "POs over {amount} USD awaiting approval", "POs under {amount} USD awaiting approval", "over/under"),
    (ORD, "inbound containers at {city} with more than {dwell} dwell", "inbound containers at {city} with less than {dwell} dwell", "more/less"),
    (KB, "minimum notice period for a {permit} in {city}", "maximum notice period for a {permit} in {city}", "minimum/maximum"),
    (SQL, "wards above {pct} last {weekday}", "wards below {pct} last {weekday}", "above/below"),
    (DOC, "{app} {endpoint}: maximum batch size per request", "{app} {endpoint}: minimum batch size per request", "maximum/minimum"),
    (POL, "{policy}: {peril} claims above {amount} USD need an assessor", "{policy}: {peril} claims below {amount} USD need an assessor", "above/below"),
    (SQL, "top 10 SKUs by pick frequency in {month}", "bottom 10 SKUs by pick frequency in {month}", "top/bottom"),
    (PR, "lightest {brand} {product} we can order for the {city} site", "heaviest {brand} {product} we can order for the {city} site", "lightest/heaviest"),
    (FL, "{airline} fares to {city} below {amount} USD in {month}", "{airline} fares to {city} above {amount} USD in {month}", "below/above"),
    (ORD, "consignments heavier than {kg} leaving {city} this week", "consignments lighter than {kg} leaving {city} this week", "heavier/lighter"),
    (KB, "oldest unprocessed {programme} applications, how to escalate", "newest unprocessed {programme} applications, how to escalate", "oldest/newest"),
    (WX, "{city} coldest night this week", "{city} warmest night this week", "coldest/warmest"),
    (SQL, "claims that took longer than {dwell} to settle in {q}", "claims that took shorter than {dwell} to settle in {q}", "longer/shorter"),
    (POL, "{country} overtime rules: shifts longer than 12 hours", "{country} overtime rules: shifts shorter than 12 hours", "longer/shorter"),
    (DOC, "{app}: are records older than {dwell} purged by {endpoint}", "{app}: are records newer than {dwell} purged by {endpoint}", "older/newer"),
    (KB, "escalation for {ward} patients staying longer than a week", "escalation for {ward} patients staying less than a week", "longer/less"),
    (ORD, "lowest {carrier} quote for {kg} to {city}", "highest {carrier} quote for {kg} to {city}", "lowest/highest"),
    (PR, "{product} dengan harga di bawah RM{amount}", "{product} dengan harga di atas RM{amount}", "[ms] under/over"),
    (WX, "suhu di {city} lebih dari {temp} hari ini", "suhu di {city} kurang dari {temp} hari ini", "[id] more/less than"),
    (SQL, "madai yenye thamani zaidi ya {amount} USD mwezi huu", "madai yenye thamani chini ya {amount} USD mwezi huu", "[sw] more/less than"),
]

T["negation"] = [
    (ORD, "PO {po} lines received with damage", "PO {po} lines received without damage", "with/without"),
    (KB, "{ward} admissions where isolation is required", "{ward} admissions where isolation is not required", "required/not required"),
    (SQL, "claims approved in {month}, motor", "claims not approved in {month}, motor", "approved/not approved"),
    (SQL, "{programme} applicants who have submitted transcripts", "{programme} applicants who have not submitted transcripts", "have/have not"),
    (WX, "{city} {weekday} outlook for the dock crew incl. UV index", "{city} {weekday} outlook for the dock crew excl. UV index", "incl./excl."),
    (FL, "{airline} {city}-{city#2} fares with hold luggage", "{airline} {city}-{city#2} fares without hold luggage", "with/without"),
    (PR, "{brand} {product} with the extended service plan", "{brand} {product} without the extended service plan", "with/without"),
    (DOC, "{app} {endpoint}: which payload fields are nullable", "{app} {endpoint}: which payload fields are non-nullable", "nullable/non-nullable"),
    (POL, "{policy}: {peril} claims with a police report", "{policy}: {peril} claims without a police report", "with/without"),
    (KB, "{permit} holders in {city} who have paid the annual levy", "{permit} holders in {city} who haven't paid the annual levy", "have/haven't"),
    (ORD, "containers at {city} port that are customs cleared", "containers at {city} port that are not customs cleared", "cleared/not cleared"),
    (SQL, "beds occupied on {ward} at 07:00", "beds unoccupied on {ward} at 07:00", "occupied/unoccupied"),
    (SQL, "pick waves completed on the night shift, {month}", "pick waves not completed on the night shift, {month}", "completed/not completed"),
    (KB, "applicant portal: {programme} documents I can edit after submission", "applicant portal: {programme} documents I cannot edit after submission", "can/cannot"),
    (POL, "{country} leave carry-over for employees on probation", "{country} leave carry-over for employees not on probation", "on/not on"),
    (ORD, "invoices for PO {po} including VAT", "invoices for PO {po} excluding VAT", "including/excluding"),
    (PR, "{brand} {product} models that are CE-marked", "{brand} {product} models that are not CE-marked", "marked/not marked"),
    (FL, "{city} to {city#2} on {date}, refundable tickets", "{city} to {city#2} on {date}, non-refundable tickets", "refundable/non-refundable"),
    (WX, "{city} {weekday} hourly forecast with gust data", "{city} {weekday} hourly forecast without gust data", "with/without"),
    (DOC, "{app} {endpoint}: response when the record is archived", "{app} {endpoint}: response when the record is not archived", "is/is not"),
    (SQL, "motor claims flagged for fraud review in {q}", "motor claims not flagged for fraud review in {q}", "flagged/not flagged"),
    (KB, "{permit}: sites that passed inspection in {month}", "{permit}: sites that did not pass inspection in {month}", "passed/did not pass"),
    (ORD, "listahan ng mga invoice na bayad na para sa PO {po}", "listahan ng mga invoice na hindi pa bayad para sa PO {po}", "[tl] paid/not yet paid"),
    (POL, "reëls vir oortyd met betaling in {country}", "reëls vir oortyd sonder betaling in {country}", "[af] with/without pay"),
    (PR, "{brand} {product} có kèm sách hướng dẫn", "{brand} {product} không kèm sách hướng dẫn", "[vi] with/without manual"),
    (KB, "permohonan permit yang telah diluluskan di {city}", "permohonan permit yang belum diluluskan di {city}", "[ms] approved/not yet approved"),
]

T["antonym_action"] = [
    (KB, "how to admit a patient to {ward} in the PAS", "how to discharge a patient from {ward} in the PAS", "admit/discharge"),
    (ORD, "load container {cont} at {city} on {weekday}", "unload container {cont} at {city} on {weekday}", "load/unload"),
    (ORD, "put PO {po} on hold", "release PO {po} from hold", "hold/release"),
    (SQL, "how many claims did {person} approve in {month}, home line", "how many claims did {person} reject in {month}, home line", "approve/reject"),
    (SQL, "offers accepted for {programme} in {q}", "offers declined for {programme} in {q}", "accepted/declined"),
    (KB, "open a {permit} case in the permits system", "close a {permit} case in the permits system", "open/close"),
    (DOC, "{app}: enable audit logging on {endpoint}", "{app}: disable audit logging on {endpoint}", "enable/disable"),
    (DOC, "{app}: archive records via {endpoint}", "{app}: unarchive records via {endpoint}", "archive/unarchive"),
    (POL, "{policy}: how to increase the excess mid-term", "{policy}: how to decrease the excess mid-term", "increase/decrease"),
    (POL, "{country}: hiring temporary staff, notice rules", "{country}: dismissing temporary staff, notice rules", "hiring/dismissing"),
    (FL, "hold seats for two handlers on {flightno}", "release seats for two handlers on {flightno}", "hold/release"),
    (WX, "subscribe the {city} yard to storm alerts", "unsubscribe the {city} yard from storm alerts", "subscribe/unsubscribe"),
    (PR, "add {brand} {product} to the approved supplier list", "remove {brand} {product} from the approved supplier list", "add/remove"),
    (ORD, "{carrier} collection for PO {po}: schedule it", "{carrier} collection for PO {po}: cancel it", "schedule/cancel"),
    (SQL, "SKUs received into {city} DC in {month}", "SKUs dispatched from {city} DC in {month}", "received/dispatched"),
    (KB, "lock applicant record {appl} for editing", "unlock applicant record {appl} for editing", "lock/unlock"),
    (ORD, "split the shipment for PO {po}", "merge the shipments for PO {po}", "split/merge"),
    (KB, "how to log on to the bed board on {ward}", "how to log off the bed board on {ward}", "log on/log off"),
    (SQL, "permits issued in {city} in {q}", "permits revoked in {city} in {q}", "issued/revoked"),
    (DOC, "{app}: attach a document to a claim via {endpoint}", "{app}: detach a document from a claim via {endpoint}", "attach/detach"),
    (FL, "upgrade {person}'s seat on {flightno}", "downgrade {person}'s seat on {flightno}", "upgrade/downgrade"),
    (POL, "{policy}: add a named driver", "{policy}: remove a named driver", "add/remove"),
    (KB, "jinsi ya kumlaza mgonjwa katika hospitali ya {city}", "jinsi ya kumruhusu mgonjwa kutoka hospitali ya {city}", "[sw] admit/discharge"),
    (ORD, "muat kontainer {cont} di gudang {city}", "bongkar kontainer {cont} di gudang {city}", "[id] load/unload"),
    (ORD, "batalkan pesanan {order}", "sahkan pesanan {order}", "[ms] cancel/confirm"),
    (KB, "hoe om 'n permit in {city} te hernu", "hoe om 'n permit in {city} te kanselleer", "[af] renew/cancel"),
]

T["number"] = [
    (ORD, "PO {po}: where's the delivery?", "PO {po#2}: where's the delivery?", "PO number"),
    (ORD, "{sku} stock on hand at {city} DC", "{sku#2} stock on hand at {city} DC", "SKU"),
    (KB, "patient {mrn} current bed location", "patient {mrn#2} current bed location", "medical record number"),
    (SQL, "claim {claim} reserve history", "claim {claim#2} reserve history", "claim number"),
    (KB, "permit {permit_no} status, permits office", "permit {permit_no#2} status, permits office", "permit number"),
    (ORD, "AWB {awb} ETA at destination", "AWB {awb#2} ETA at destination", "air waybill"),
    (ORD, "container {cont} gate-out time", "container {cont#2} gate-out time", "container number"),
    (ORD, "PO {po}: {pallets} delivered, ASN says more", "PO {po}: {pallets#2} delivered, ASN says more", "pallet count"),
    (PR, "{brand} {product}, order qty {units}", "{brand} {product}, order qty {units#2}", "quantity"),
    (FL, "{flightno} cargo cutoff", "{flightno#2} cargo cutoff", "flight number"),
    (WX, "{city} forecast for the next {horizon}", "{city} forecast for the next {horizon#2}", "forecast window"),
    (SQL, "claims of exactly {amount} USD in {q}", "claims of exactly {amount#2} USD in {q}", "amount"),
    (DOC, "{app} {ver} migration guide", "{app} {ver#2} migration guide", "look-alike version"),
    (POL, "{country}: overtime rate after {weekly}", "{country}: overtime rate after {weekly#2}", "weekly hours"),
    (KB, "applicant {appl} missing documents", "applicant {appl#2} missing documents", "applicant id"),
    (ORD, "{kg} consignment to {city}, quote", "{kg#2} consignment to {city}, quote", "weight"),
    (FL, "PNR {pnr} name correction", "PNR {pnr#2} name correction", "booking code"),
    (WX, "{city} winds reaching {force} on {weekday}", "{city} winds reaching {force#2} on {weekday}", "wind force"),
    (KB, "{permit} for {attendees} in {city}", "{permit} for {attendees#2} in {city}", "attendee count"),
    (SQL, "pick rate on {weekday} for waves of {pallets}", "pick rate on {weekday} for waves of {pallets#2}", "pallet count"),
    (PR, "{brand} {product} price break at {units}", "{brand} {product} price break at {units#2}", "quantity"),
    (SQL, "{programme} applicants at {gpa}", "{programme} applicants at {gpa#2}", "grade"),
    (ORD, "nasaan na ang PO {po}?", "nasaan na ang PO {po#2}?", "[tl] PO number"),
    (ORD, "đơn hàng {order} đang ở đâu", "đơn hàng {order#2} đang ở đâu", "[vi] order id"),
    (KB, "status izin nomor {permit_no}", "status izin nomor {permit_no#2}", "[id] permit number"),
]

T["date"] = [
    (ORD, "POs due {date}", "POs due {date#2}", "day"),
    (ORD, "containers arriving {city} port week of {dm}", "containers arriving {city} port week of {dm#2}", "day"),
    (KB, "{ward} theatre list for {weekday}", "{ward} theatre list for {weekday#2}", "weekday"),
    (SQL, "admissions via ED on {iso}", "admissions via ED on {iso#2}", "ISO date"),
    (SQL, "claims lodged in {month} {yr}", "claims lodged in {month} {yr#2}", "year"),
    (SQL, "{programme} applications received in {q}", "{programme} applications received in {q#2}", "quarter"),
    (WX, "{city} yard forecast for the {date} night shift", "{city} yard forecast for the {date#2} night shift", "day"),
    (WX, "{city} rain today after 3pm", "{city} rain tomorrow after 3pm", "today/tomorrow"),
    (FL, "staff travel {city} to {city#2}, depart {iso}", "staff travel {city} to {city#2}, depart {iso#2}", "ISO date"),
    (FL, "{flightno} on-time performance last month", "{flightno} on-time performance this month", "last/this month"),
    (DOC, "{app}: deprecations announced on {swap}", "{app}: deprecations announced on {swap#2}", "month and day swapped"),
    (DOC, "{app} scheduled downtime {weekday} 02:00", "{app} scheduled downtime {weekday#2} 02:00", "weekday"),
    (POL, "{policy}: premium change effective {dm}", "{policy}: premium change effective {dm#2}", "day"),
    (POL, "{country}: new shift allowance rates from {month}", "{country}: new shift allowance rates from {month#2}", "month"),
    (KB, "{permit} applications submitted on {date}", "{permit} applications submitted on {date#2}", "day"),
    (KB, "admissions open day for {programme} in {month}", "admissions open day for {programme} in {month#2}", "month"),
    (ORD, "what got delivered to {city} DC last week", "what got delivered to {city} DC this week", "last/this week"),
    (SQL, "ICU admissions yesterday", "ICU admissions today", "yesterday/today"),
    (SQL, "picks per hour on {weekday}, all zones", "picks per hour on {weekday#2}, all zones", "weekday"),
    (ORD, "AWB {awb} manifest for {dm}", "AWB {awb} manifest for {dm#2}", "day"),
    (FL, "{airline} schedule change from {month} {yr}", "{airline} schedule change from {month#2} {yr}", "month"),
    (WX, "{city} frost warnings for the week of {dm}", "{city} frost warnings for the week of {dm#2}", "day"),
    (WX, "hali ya hewa {city} leo", "hali ya hewa {city} kesho", "[sw] today/tomorrow"),
    (ORD, "penghantaran semalam ke gudang {city}", "penghantaran hari ini ke gudang {city}", "[ms] yesterday/today"),
    (SQL, "mga pasyenteng na-admit sa {ward} kahapon", "mga pasyenteng na-admit sa {ward} ngayong araw", "[tl] yesterday/today"),
    (WX, "weer in {city} vandag", "weer in {city} oormôre", "[af] today/day after tomorrow"),
]

T["entity"] = [
    (ORD, "open POs with {company}", "open POs with {company#2}", "supplier"),
    (ORD, "{carrier} pickups from {city} DC tomorrow", "{carrier#2} pickups from {city} DC tomorrow", "carrier"),
    (KB, "{ward} nurse in charge tonight", "{ward#2} nurse in charge tonight", "ward"),
    (KB, "admissions tutor for {programme}", "admissions tutor for {programme#2}", "programme"),
    (WX, "{city} port wind tonight", "{city#2} port wind tonight", "city"),
    (WX, "{twin_city} storm warning, depot staff", "{twin_city#2} storm warning, depot staff", "look-alike town"),
    (FL, "{airport} cargo terminal hours", "{airport#2} cargo terminal hours", "look-alike airport code"),
    (FL, "{airline} excess baggage rates for staff", "{airline#2} excess baggage rates for staff", "airline"),
    (PR, "{brand} {product} service contract", "{brand#2} {product} service contract", "brand"),
    (PR, "stock of {product} at {city} depot", "stock of {product} at {city#2} depot", "depot"),
    (SQL, "claims handled by {person} in {q}", "claims handled by {person#2} in {q}", "handler"),
    (SQL, "{programme} applications from {country}", "{programme} applications from {country#2}", "region"),
    (SQL, "shipments from {company} in {month}", "shipments from {company#2} in {month}", "shipper"),
    (DOC, "{app} SSO setup with Azure AD", "{app#2} SSO setup with Azure AD", "application"),
    (DOC, "{app} {endpoint} schema", "{app} {endpoint#2} schema", "endpoint"),
    (POL, "{policy} {peril} exclusions", "{policy} {peril#2} exclusions", "peril"),
    (POL, "{country} night shift premium", "{country#2} night shift premium", "region"),
    (POL, "{policy} no-claims discount rules", "{policy#2} no-claims discount rules", "insurance product"),
    (ORD, "send PO {po} confirmation to {email}", "send PO {po} confirmation to {email#2}", "email (often the same mailbox at another domain)"),
    (KB, "{permit} fee schedule, permits office", "{permit#2} fee schedule, permits office", "permit type"),
    (ORD, "Incoterm {inco} on PO {po}: who pays import duty", "Incoterm {inco#2} on PO {po}: who pays import duty", "look-alike Incoterm"),
    (FL, "staff rotation flights landing in {city} on {date}, any carrier", "staff rotation flights landing in {city#2} on {date}, any carrier", "destination"),
    (WX, "thời tiết {city} hôm nay", "thời tiết {city#2} hôm nay", "[vi] city"),
    (ORD, "waar is bestelling {order} wat met {carrier} gestuur is", "waar is bestelling {order} wat met {carrier#2} gestuur is", "[af] carrier"),
    (SQL, "madai yaliyoshughulikiwa na {person} mwezi huu", "madai yaliyoshughulikiwa na {person#2} mwezi huu", "[sw] handler"),
]

T["scope"] = [
    (ORD, "PO {po} freight cost", "PO {po} transit time", "cost vs time"),
    (ORD, "container {cont} demurrage to date", "container {cont} detention to date", "demurrage vs detention"),
    (KB, "{ward} visiting hours", "{ward} direct phone number", "hours vs phone number"),
    (KB, "{programme} entry requirements", "{programme} tuition fees", "requirements vs fees"),
    (KB, "{permit} fee in {city}", "{permit} processing time in {city}", "fee vs processing time"),
    (WX, "{city} rainfall total in mm, {weekday} yard shift", "{city} relative humidity, {weekday} yard shift", "rainfall vs humidity"),
    (WX, "{city} wind speed at ground level {weekday}", "{city} wind speed at 100 m {weekday}", "ground vs 100 m"),
    (FL, "{flightno} seat map, economy cabin", "{flightno} belly-hold cargo capacity", "seats vs cargo"),
    (PR, "{brand} {product} unit price on our framework contract", "{brand} {product} delivery lead time on our framework contract", "price vs lead time"),
    (PR, "{brand} {product} certifications (CE, ISO 13485)", "{brand} {product} warranty period and terms", "certifications vs warranty"),
    (SQL, "claims paid in {q}, motor only", "claims paid in {q}, all lines", "motor vs all lines"),
    (SQL, "admissions via ED in {month}", "all admissions in {month}", "ED only vs all"),
    (SQL, "picks per hour for {person}", "picks per hour for the whole night shift", "one picker vs whole shift"),
    (SQL, "applications for {programme}, EU only", "applications for {programme}, all regions", "EU vs all regions"),
    (DOC, "{app} {endpoint} request fields", "{app} {endpoint} webhook events", "fields vs events"),
    (DOC, "{app}: backup retention settings", "{app}: backup encryption settings", "retention vs encryption"),
    (POL, "{policy}: excess for {peril}", "{policy}: documents required for {peril}", "excess vs documents"),
    (POL, "{country}: how many compassionate leave days for ward staff", "{country}: compassionate leave pay rate for ward staff", "days vs pay"),
    (ORD, "PO {po} open lines", "PO {po} all lines", "open vs all lines"),
    (KB, "{permit} requirements for corner sites in {city}", "{permit} requirements for all sites in {city}", "corner sites vs all"),
    (ORD, "shipments to {city} this week, reefer only", "shipments to {city} this week, all equipment types", "reefer vs all"),
    (SQL, "ICU bed occupancy today", "hospital-wide bed occupancy today", "ICU vs hospital-wide"),
    (KB, "yuran permit perniagaan di {city}", "tempoh proses permit perniagaan di {city}", "[ms] fee vs processing time"),
    (SQL, "jumlah klaim kendaraan yang ditangani {person}", "jumlah semua klaim yang ditangani {person}", "[id] motor vs all claims"),
    (KB, "học phí ngành {programme}", "điều kiện tuyển sinh ngành {programme}", "[vi] tuition vs entry requirements"),
    (POL, "magkano ang overtime pay sa {country}", "magkano ang night differential sa {country}", "[tl] overtime vs night differential"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test11",
    order_digits=7,
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
        Apart("test8", values="strict", quiet=True),
        Apart("test9", values="strict", quiet=True),
        Apart("test10", values="strict", quiet=True),
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
