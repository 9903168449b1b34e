#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better; Thai, Arabic and Ukrainian letters are meant)
"""Generate "test13", a thirteenth held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test13.py          # write pairs_test13.jsonl, print the report
    python evals/cache/generate_test13.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test to test12 (25
pairs per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in
new wording and new slot pools. Written 2026-12-07 (stop 50) by a separate author, apart from the
guard and the verifier. What was read, and nothing else: the listing of evals/cache/, the sections
of evals/cache/README.md from "# Semantic cache evaluation pairs" through "## What a user of the
data must know" and the section "## pairgen.py: the shared machinery" (not tune2 to tune5, not
test2 to test12, not their "reading" subsections), pairgen.py and generate_test12.py (as the model
of the structure; none of its templates, wording or pool values are reused). Nothing under src/,
bench/, tests/, scripts/ or docs/ was opened, README.md at the top of the repository was not read,
no pairs_*.jsonl file was read (the self-check compares with them without printing their text), no
git history or commit message was read, the server and the benchmarks were not run, nothing was
installed, downloaded or copied, and nothing was scored on this split.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test13
result leads to a change of the guard, the verifier, the thresholds or the templates, test13 is used
up too.

How it was written: by hand, template pair by template pair, from the category definitions in the
README; then the self-check was run, and the templates and pool values it reported as shared with
or worded like another split's were reworded or replaced (it names only this split's string and the
other split's name, never the other text). Replacement pool values (airlines, SDK languages) were
first tested for membership in the other splits' pools with pairgen.resolve, printing only this
split's candidates. The generated rows were then read back from the generator in memory and
a few templates reworded for realism (gym times, half-term months, pack sizes).

Style: requests as people type them into a search box or a help-assistant chat on their phone:
terse, mostly lowercase, missing articles, abbreviations ("pls", "w/", "vs", "tmrw", "rn", "atm",
"appt", "acct", "wk", "yr", "u", "ta", "thx"), run-on questions, British phrasing ("leccy", "quid",
"a mate", "cos", "hiya"), units written loosely ("10kg", "5 mins", "£24", "20 quid", "300mb",
"260kwh"); typos only in the typo and mixed categories. Six settings: a gym / fitness club (memberships,
class bookings, personal training), a public library (loans, holds, fines, branches), a city
transit authority (passes, routes, tap-ins, the open-data API), a veterinary clinic (appointments,
jabs, repeat prescriptions, pet insurance, the clinic shop), a utility provider (electricity, water,
broadband; tariffs, meter readings, engineer visits, the smart-meter API) and a hospital outpatient
desk (appointments, referrals, clinics, parking, visiting). The tools keep their roles: search_kb is
the help centre of each of them; search_orders bookings, appointments, holds, engineer jobs and shop
orders; get_weather the forecast for the gym-goer, dog walker and commuter; search_flights holiday
flights from UK regional airports; search_products the gym, pet and broadband shops; sql_query_nl
staff and account analytics (check-ins, loans, ridership, no-shows, usage); search_docs the transit
open-data API and the smart-meter API; lookup_policy membership, fare, fine, tariff, pet-insurance
and hospital policies. Paraphrases are two ways a person could type the same need, every constraint
kept. Near misses hide the difference in one element: direction (from/to, out/back, into/out of
the grid, owe/owed, before/after, oldest/newest first), comparison (under/over, heavier/lighter,
earliest/latest, highest/lowest, best/worst reviewed, busiest/quietest, up to/from), negation (with/without, paid/unpaid,
incl./excl., did/didn't, valid/not valid on, direct/with stopover), an antonymous action
(freeze/unfreeze, upgrade/downgrade, cancel/confirm, pause/resume, join/leave, opt in/out, accept/
decline, subscribe/unsubscribe, turn on/off, block/unblock), another number, id, code, version or
amount, another date, weekday, time or week, another person, pet, place, branch, brand or endpoint,
or a different attribute or a narrower or wider scope (one club / all clubs, price / delivery time,
rain / wind, direct / all flights).
About 14% of the pairs (84) are in languages not used by test12: Polish, Turkish, Brazilian
Portuguese, Thai, Arabic (Gulf colloquial) and Ukrainian (notes start with "[pl]", "[tr]", "[pt]",
"[th]", "[ar]", "[uk]"), 14 pairs each, each pair within one language, typed the way people type
them on a phone there, with their own slot pools (cities, weekdays, months, gyms, pets, amounts in
the language's own form and case).

The self-check (pairgen.self_check; nothing is written if it fails) keeps test13 apart from every
other split, test12 included: no template string shared with or worded like (word Jaccard 0.7 or
more, a slot counting as one word named after its pool) a template of tune, test, test2 to test12
or tune2-tune5; no sentence and no (a, b) pair (either order) shared with any pairs_*.jsonl file or
tests/cache/pairs.py (every collision is reported by id or template index only, so no other split's
text is ever printed); no slot value in any other split's pools, numbers included (only the closed
sets, weekdays, months and quarters, repeat); ids unique across all the files; a != b; no unfilled
slot; exactly 25 / 54 pairs per category from at least 12 / 20 templates; all 8 tools; 12-15%
non-English.
"""

from __future__ import annotations

import random
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

CATALOGUE = {  # the gym, pet and broadband shops; brands are made up
    "whey protein": ["Brawnfuel", "Kestrelfit", "Oakmoor Nutrition"],
    "resistance bands": ["Gripline", "Brawnfuel", "Tenacre"],
    "foam roller": ["Tenacre", "Gripline", "Kestrelfit"],
    "grain free dog food": ["Hollowtail", "Barkwell", "Oakmoor Nutrition"],
    "clumping cat litter": ["Whiskerdale", "Hollowtail", "Pawsome Co"],
    "flea collar": ["Pawsome Co", "Barkwell", "Whiskerdale"],
    "smart radiator valves": ["Hearthwise", "Voltaic Home", "Thermly"],
    "mesh wifi system": ["Linkhaven", "Voltaic Home", "Meshtide"],
}

LISTS = {
    # weather and flights
    "town": ["Kendal", "Whitby", "Oban", "Hexham", "Buxton", "Ludlow", "Tenby", "Skegness", "Portree", "Keswick",
             "Morecambe", "Fort William"],
    "ukap": ["Newquay", "Norwich", "Humberside", "Southend", "Prestwick", "Exeter", "Doncaster", "Kirkwall"],
    "dest": ["Menorca", "Funchal", "Paphos", "Almería", "Rhodes", "Lanzarote", "Preveza", "Kefalonia", "Skiathos", "Tivat"],
    "airline": ["Olympic Air", "Iberia Express", "Air Europa", "Enter Air", "Neos", "SmartLynx"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    # gym / fitness club
    "gym": ["Millwharf", "Gorsebrook", "Saltcote", "Ashby Quay", "Lowther St", "Fenwick Rd"],
    "klass": ["spin", "reformer pilates", "kettlebell circuit", "aqua aerobics", "boxfit", "yin yoga", "bootcamp",
              "step aerobics"],
    "pt": ["Dario", "Funmi", "Rhodri", "Priyanka", "Osian", "Kasia"],
    "tier": ["Spark", "Ember", "Blaze", "Inferno"],
    # public library
    "lib": ["Hollins Lane", "Cresswell", "Marlpit", "Stanway", "Brockholes", "Quarrybank"],
    "book": ["the salt road", "a winter of moths", "the glass orchard", "small hours in lisbon", "iron lanterns",
             "the cartographer's niece"],
    "item": ["dvds", "audiobooks on cd", "board games", "laptops", "large print books", "vinyl records"],
    # city transit
    "route": ["112", "X23", "286", "N31", "9A", "X7", "219", "N88"],
    "stop": ["Quayside", "Harrowfield", "Gilmour Street", "Bankhead", "Old Mill", "Parkgate", "Wellgate",
             "Castle Brae"],
    "pass": ["weekly pass", "monthly pass", "annual pass", "day saver", "student pass", "10-trip carnet"],
    "tx_ep": ["/v1/stops", "/v1/departures", "/v2/vehicle_positions", "/v1/service_alerts", "/v2/fares",
              "/v1/trip_updates"],
    # vet clinic
    "pet": ["cockapoo", "staffie", "labrador", "greyhound", "ragdoll", "house rabbit", "border collie", "bengal cat"],
    "petname": ["Biscuit", "Mochi", "Pickle", "Nutmeg", "Ziggy", "Pudding"],
    "vetsvc": ["booster jab", "kennel cough vaccine", "dental scale and polish", "microchipping", "nail clip",
               "neutering", "flea and worm treatment"],
    "vetsite": ["Abbeyfield", "Nettlecombe", "Rookwood", "Pennyfold"],
    "vetmed": ["metacam", "apoquel", "vetmedin", "thyforon"],
    "insurer": ["Pawguard", "Tailsafe Mutual", "Furline Cover", "Lytton Pet"],
    # utility
    "tariff": ["Fixed Saver 24", "Flex Tracker", "Green Evening", "Night Owl EV", "Smart Saver"],
    "bb": ["Fibre 150", "Fibre 500", "Full Fibre 900", "Fibre Essentials"],
    "postcode": ["LS12", "BD7", "HX3", "WF10", "HD2", "S63", "YO31", "DN4"],
    "mt_ep": ["/v1/readings", "/v1/tariffs", "/v2/outages", "/v1/half_hourly", "/v2/accounts", "/v1/export_readings"],
    "sdk": ["Delphi", "VB.NET", "Apps Script", "Bash"],
    # hospital outpatients
    "clinic": ["fracture clinic", "dermatology", "ent", "cardiology", "physio", "audiology", "eye clinic",
               "rheumatology"],
    "hosp": ["St Wilfrid's", "Greyfriars General", "Moorside", "Calder Royal"],
    # Polish
    "pl_city": ["Gdańsk", "Poznań", "Wrocław", "Białystok", "Rzeszów", "Toruń", "Olsztyn", "Opole"],
    "pl_gen": ["Gdańska", "Poznania", "Wrocławia", "Lublina", "Rzeszowa", "Katowic"],  # "z Gdańska do Poznania"
    "pl_day": ["poniedziałek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"],  # accusative: "na środę"
    "pl_gym": ["Kuźnia Formy", "Fit Strefa", "Atlas Klub", "Ruch 24"],
    # Turkish
    "tr_city": ["Gaziantep", "Denizli", "Malatya", "Sivas", "Çorum", "Edirne", "Tekirdağ"],
    "tr_day": ["pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi"],
    "tr_hour": ["09:30", "11:45", "14:15", "18:30", "19:45"],
    "tr_brand": ["Pati Dostu", "Mırnav", "Tüylü Can", "Minnoş"],
    # Brazilian Portuguese
    "pt_city": ["Goiânia", "Florianópolis", "Belém", "Campinas", "Natal", "Maceió", "Londrina", "Uberlândia"],
    "pt_plan": ["Básico", "Livre", "Duo", "Anual"],
    "pt_gym": ["Corpo em Ação", "Vila Fitness", "Pulso", "Raia Fit"],
    "pt_pet": ["Paçoca", "Pipoca", "Bidu", "Farofa", "Tapioca", "Biscoito"],
    # Thai
    "th_city": ["เชียงใหม่", "ขอนแก่น", "ภูเก็ต", "หาดใหญ่", "อุดรธานี", "โคราช"],
    "th_day": ["จันทร์", "อังคาร", "พุธ", "พฤหัส", "ศุกร์", "เสาร์"],  # written after "วัน"
    "th_pet": ["หมา", "แมว", "กระต่าย"],  # written after "น้อง"
    "th_bus": ["สาย 29", "สาย 511", "สาย 77", "สาย 140", "สาย 8"],
    # Arabic (Gulf)
    "ar_city": ["جدة", "الدمام", "أبها", "تبوك", "المدينة", "الطائف"],
    "ar_day": ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "السبت"],
    "ar_area": ["النخيل", "الروضة", "السلامة", "العزيزية", "الملقا", "الشفا"],
    "ar_clinic": ["الجلدية", "العظام", "الأنف والأذن", "العيون", "القلب", "الأطفال"],
    "ar_month": ["يناير", "مارس", "مايو", "يوليو", "سبتمبر", "نوفمبر"],
    # Ukrainian
    "uk_city": ["Вінниця", "Чернігів", "Полтава", "Ужгород", "Житомир", "Рівне"],
    "uk_day": ["понеділок", "середу", "четвер", "пʼятницю", "суботу", "неділю"],  # accusative: "на середу"
    "uk_month": ["січень", "лютий", "березень", "квітень", "травень", "жовтень"],  # "за березень"
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "kg": ["4kg", "6kg", "10kg", "15kg"],
    "gbp": ["£18", "£24", "£31", "£39"],
    "quid": ["20 quid", "30 quid", "40 quid", "60 quid"],
    "mins": ["5 mins", "10 mins", "20 mins", "45 mins"],
    "kwh": ["190kwh", "260kwh", "330kwh", "470kwh"],
    "mbps": ["150mb", "300mb", "500mb", "900mb"],
    "mg": ["2.5mg", "5mg", "10mg", "20mg"],
    "wks": ["2 wks", "3 wks", "4 wks", "6 wks"],
    "ndays": ["3 days", "5 days", "7 days", "10 days"],
    "hrs": ["2 hrs", "3 hrs", "6 hrs", "12 hrs"],
    "temp": ["15 degrees", "18 degrees", "22 degrees", "26 degrees"],
    "mph": ["30mph", "40mph", "50mph", "60mph"],
    "visits": ["6 visits", "10 visits", "15 visits", "25 visits"],
    "pack": ["6-class", "10-class", "15-class", "25-class"],
    "zone": ["zones 1-2", "zones 1-3", "zones 1-4", "zones 1-6"],
    "pax": ["2 adults + 1 kid", "2 adults + 2 kids", "2 adults + 3 kids"],
    "petage": ["6 yrs", "8 yrs", "10 yrs", "12 yrs"],
    "contract": ["12 month", "18 month", "24 month"],
    "topn": ["top 15", "top 25", "top 40"],
    "q": ["Q1", "Q2", "Q3", "Q4"],
    "pln": ["90 zł", "120 zł", "160 zł", "210 zł"],
    "pl_n": ["4 wejścia", "8 wejść", "12 wejść", "16 wejść"],
    "th_n": ["5 ครั้ง", "8 ครั้ง", "10 ครั้ง", "12 ครั้ง"],
    "ar_kg": ["2 كيلو", "4 كيلو", "7 كيلو", "10 كيلو"],
    "uk_kg": ["3 кг", "7 кг", "12 кг", "15 кг"],
    "uk_min": ["20 хв", "30 хв", "40 хв", "50 хв"],
}

TWINS = {  # {x#2} is the look-alike partner
    "routet": [("271", "217"), ("X58", "X85"), ("X41", "X14"), ("263", "236")],
    "err": [("code 651", "code 615"), ("code 720", "code 702"), ("code 309", "code 390")],
    "ver": [("3.8.2", "3.2.8"), ("6.14.0", "6.41.0"), ("2.9.13", "2.9.31")],
    "dewey": [("641.59", "614.59"), ("823.914", "823.941"), ("796.522", "796.252")],
}

EMAIL = (["jess.hartley", "tomk", "aoife.b", "r.okoro", "mo.saleh", "bex.wren"],
         ["leafpost.co.uk", "quaymail.com", "burrowbox.net", "ferrymail.org"])
AIRLINE_CODE = {"Olympic Air": "OA", "Iberia Express": "I2", "Air Europa": "UX", "Enter Air": "E4", "Neos": "NO",
                "SmartLynx": "6Y"}


def slash_pool(pad: bool) -> pairgen.Draw:
    """"14/3" (or "14/03", "05/03"); the second one is 1 or 7 days later."""
    def draw(rng: random.Random, prev: list, ctx: dict) -> str:
        if prev:
            d, m = prev[0].split("/")
            return f"{int(d) + rng.choice([1, 1, 7]):0{len(d)}d}/{m}"
        m = rng.choice([2, 3, 4, 5, 6, 9, 10, 11])
        return f"{rng.randrange(3, 21):02d}/{m:02d}" if pad else f"{rng.randrange(3, 21)}/{m}"
    return draw


EXTRA_POOLS = {
    "dm": pairgen.day_month_pool(LISTS["month"]),  # "14 May"; the second one 1 or 7 days later
    "slash": slash_pool(False),  # "14/5"
    "ampm": pairgen.ampm_pool((6, 7, 8, 9)),  # "7am"; the second one flips am/pm
    "appt": pairgen.prefixed_pool("OP", 5100000, 5199999),  # outpatient appointment ref "OP5123456"
    "job": pairgen.prefixed_pool("JB", 770000, 779999),  # engineer job "JB774512"
    "acct": pairgen.prefixed_pool("", 841000000, 841999999),  # utility account number
    "pl_dm": pairgen.day_month_pool(["marca", "kwietnia", "maja", "czerwca", "lipca", "września"]),  # "14 marca"
    "tr_dm": pairgen.day_month_pool(["mart", "nisan", "mayıs", "haziran", "eylül", "ekim"]),  # "14 mart"
    "pt_date": slash_pool(True),  # "14/03"
}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[pl]", "[tr]", "[pt]", "[th]", "[ar]", "[uk]" at the start of a
# note marks a non-English pair. Paraphrase categories have 13 templates (the first 12 are used
# twice, the last once), near-miss categories 27 (each used twice).
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (ORD, "my {klass} booking {weekday|lower} {ampm} {gym|lower} still confirmed?", "still confirmed? my {klass} booking {weekday|lower} {ampm} {gym|lower}", "question moved to the front"),
    (KB, "{lib|lower} library opening hrs bank holiday monday", "bank holiday monday opening hrs {lib|lower} library", "halves swapped"),
    (WX, "{town|lower} tmrw wind + rain, walking dog on the beach", "walking dog on the beach, {town|lower} tmrw wind + rain", "clauses swapped"),
    (FL, "flights {ukap|lower} to {dest|lower} {dm|lower} w/ 23kg bag", "w/ 23kg bag flights {ukap|lower} to {dest|lower} {dm|lower}", "qualifier moved to the front"),
    (PR, "{brand} {product|lower} cheapest price in stock", "in stock cheapest price {brand} {product|lower}", "halves swapped"),
    (SQL, "checkins {gym|lower} {month|lower} by hour of day", "by hour of day, checkins {gym|lower} {month|lower}", "grouping moved to the front"),
    (WX, "pogoda {pl_city} na {pl_day} wieczorem, idę biegać", "idę biegać, pogoda {pl_city} na {pl_day} wieczorem", "[pl] clauses swapped"),
    (DOC, "transit api {tx_ep} auth header example in {sdk}", "example in {sdk}: transit api {tx_ep} auth header", "halves swapped"),
    (ORD, "นัดฉีดวัคซีนน้อง{th_pet}วัน{th_day} ยืนยันแล้วยัง", "ยืนยันแล้วยัง นัดฉีดวัคซีนน้อง{th_pet}วัน{th_day}", "[th] halves swapped"),
    (POL, "{hosp} visiting hrs kids ward weekends", "weekends kids ward visiting hrs {hosp}", "word groups reordered"),
    (KB, "top up {pass} in app not working on iphone", "on iphone top up {pass} in app not working", "device moved to the front"),
    (SQL, "{clinic} outpatient no shows {q} vs same qtr last yr", "outpatient no shows {q} vs same qtr last yr, {clinic}", "clinic moved to the end"),
    (POL, "{tier} membership freeze policy pregnancy", "pregnancy freeze policy {tier} membership", "word groups swapped"),
]

T["shorten"] = [
    (ORD, "hi so i booked {klass} at {gym|lower} for {weekday|lower} {ampm} and i cant see it in my bookings anymore, did it actually go through??", "{klass} {gym|lower} {weekday|lower} {ampm} booking go through?", "cut to keywords"),
    (KB, "how do i renew my books online, the lady at {lib|lower} library said i can do it on the website but i cant find where", "renew books online {lib|lower} library where on site", "context dropped"),
    (WX, "is it gonna be icy on the roads round {town|lower} first thing tmrw morning, got to drive to the hospital for 8", "{town|lower} icy roads early tmrw morning", "context dropped"),
    (FL, "looking for the cheapest return flights from {ukap|lower} to {dest|lower} going out {dm|lower} for a week, just me and no checked bag", "cheapest return {ukap|lower}-{dest|lower} out {dm|lower}, 1 wk, 1 adult, hand luggage only", "abbreviated"),
    (ORD, "merhaba, {tr_day} günü saat {tr_hour} için veterinerden randevu almıştım, hala geçerli mi acaba bi bakabilir misiniz", "{tr_day} {tr_hour} veteriner randevusu geçerli mi", "[tr] cut to keywords"),
    (PR, "whats the best price u have on the {brand} {product|lower} rn, want to order it today if its decent", "lowest price on {brand} {product|lower} atm?", "context dropped, rephrased"),
    (SQL, "can u pull how many people tapped in at {stop} between 7 and 9 in the morning on weekdays last month", "{stop} tap-ins 7-9am weekdays last month", "condensed"),
    (KB, "السلام عليكم، الكهربا مقطوعة عندنا في حي {ar_area} من الصبح، كيف ابلّغ عن الانقطاع؟", "بلاغ انقطاع كهرباء حي {ar_area}", "[ar] cut to keywords"),
    (DOC, "how do i get realtime departures for just one stop out of the transit open data api, is {tx_ep} the right one, im using {sdk}", "transit api realtime departures one stop, {tx_ep}? {sdk}", "cut to keywords"),
    (POL, "whats the deal if my dog needs an op and im with {insurer}, do they pay the vet direct or do i have to pay first and claim it back", "{insurer}: pay vet direct or pay + claim back for an op", "condensed"),
    (KB, "i need to change my outpatient appt at {hosp} cos im working that day, how do i rebook it myself online without ringing", "rebook outpatient appt {hosp} online myself, no phone call", "condensed"),
    (SQL, "what was our average electricity use per day in {month|lower} compared with the same month last year, acct number {acct}", "avg daily electricity use {month|lower} vs same month last yr, acct {acct}", "abbreviated"),
    (POL, "if i cancel my gym membership within the first 14 days do i get the joining fee back, im on {tier}", "{tier} cancel within 14 days joining fee back?", "condensed"),
]

T["question_keyword"] = [
    (ORD, "has my {bb|lower} install been booked in yet?", "{bb|lower} install booking status", "question vs keywords"),
    (KB, "how do i freeze my membership at {gym|lower}?", "freeze membership {gym|lower}", "question vs keywords"),
    (WX, "is it going to rain in {town|lower} {weekday|lower} afternoon?", "{town|lower} rain {weekday|lower} afternoon", "question vs keywords"),
    (KB, "como faço pra renovar os livros da biblioteca municipal de {pt_city} pelo app?", "renovar livros biblioteca municipal {pt_city} app", "[pt] question vs keywords"),
    (FL, "are there any direct flights {ukap|lower} to {dest|lower} in {month|lower}?", "direct flights {ukap|lower} {dest|lower} {month|lower}", "question vs keywords"),
    (PR, "how many yrs guarantee on the {brand} {product|lower}?", "{brand} {product|lower} guarantee how many yrs", "question vs keywords"),
    (SQL, "how many loans at {lib|lower} were ebooks last month?", "ebook loans {lib|lower} last month count", "question vs keywords"),
    (ORD, "чи вже відправили мою нову транспортну картку? замовлення {order}", "замовлення {order} транспортна картка статус відправки", "[uk] question vs keywords"),
    (DOC, "whats the rate limit on {tx_ep} in the transit open data api?", "transit open data api {tx_ep} rate limit", "question vs keywords"),
    (POL, "are e-scooters allowed on the {route} bus?", "e-scooters on {route} bus allowed", "question vs keywords"),
    (KB, "where do i park for {clinic} appts at {hosp}?", "{hosp} parking for {clinic} appts", "question vs keywords"),
    (SQL, "which {klass} classes at {gym|lower} were over 90% full last month?", "{klass} classes {gym|lower} over 90% full last month", "question vs keywords"),
    (POL, "whats the late payment fee on a {tariff} bill?", "{tariff} bill late payment fee", "question vs keywords"),
]

T["synonym"] = [
    (ORD, "where's my parcel w/ the flea stuff, order {order}", "order {order} flea treatment delivery tracking", "rephrased"),
    (KB, "forgot my library pin, {lib|lower}", "reset passcode for library account at {lib|lower}", "rephrased"),
    (WX, "gonna be scorching in {town|lower} {weekday|lower}?", "{town|lower} {weekday|lower}: really hot temps expected?", "rephrased"),
    (ORD, "gdzie jest moja paczka z karmą dla psa, zamówienie {order}", "status wysyłki zamówienia {order}, karma dla psa", "[pl] rephrased"),
    (FL, "cheapest way to fly {ukap|lower} → {dest|lower} {dm|lower}", "lowest fares from {ukap|lower} to {dest|lower} on {dm|lower}", "rephrased"),
    (PR, "dumbbells {kg} pair for home", "set of two {kg} hand weights for working out at home", "rephrased"),
    (SQL, "how busy was {gym|lower} in {month|lower}", "{gym|lower} total attendance {month|lower}", "rephrased"),
    (KB, "كيف أغيّر موعدي في عيادة {ar_clinic}؟", "طريقة تعديل الحجز بعيادة {ar_clinic}", "[ar] rephrased"),
    (DOC, "transit api how to page through {tx_ep} results", "pagination for {tx_ep}, transit open data api", "rephrased"),
    (POL, "do i get money back if the bus is over an hour late, {pass}", "{pass} compensation rules for delays of 60+ mins", "rephrased"),
    (KB, "broadband keeps dropping out, {bb|lower}", "{bb|lower} connection keeps cutting off what to do", "rephrased"),
    (SQL, "how much leccy did we use in {q}, acct {acct}", "total electricity consumption {q} account {acct}", "rephrased, slang"),
    (POL, "can a mate pick up my meds from {clinic} at {hosp}", "{hosp} {clinic}: rules for a third party collecting a patient's medication", "rephrased"),
]

T["typo"] = [
    (ORD, "my pt session with {pt} on {weekday|lower} {ampm}", "my pt sesion with {pt} on {weekday|lower} {ampm}", "letter dropped"),
    (KB, "how to reserve a book thats out on loan at {lib|lower}", "how to resrve a book thats out on laon at {lib|lower}", "letter dropped, letters swapped"),
    (WX, "{town} weather this weekend", "{town|typo} wether this weekend", "letters swapped in the town, letter dropped"),
    (ORD, "{tr_day} {tr_hour} pilates rezervasyonum onaylandı mı", "{tr_day} {tr_hour} pilates rezarvasyonum onaylandımı", "[tr] wrong vowel, question particle joined"),
    (FL, "flights {ukap} to {dest} {dm|lower} one way", "flgihts {ukap} to {dest} {dm|lower} one way", "letters swapped"),
    (PR, "{brand} {product|lower} in stock near me", "{brand} {product|lower} in stcok near me", "letters swapped"),
    (KB, "como cancelar o plano da academia {pt_gym} pelo aplicativo", "como cancelar o plano da acdemia {pt_gym} pelo aplicatvo", "[pt] letters dropped"),
    (SQL, "average wait time {clinic} referrals {q}", "average wiat time {clinic} refferals {q}", "letters swapped, letter doubled"),
    (DOC, "smart meter api {mt_ep} error codes list", "smart meter api {mt_ep} eror codes lsit", "letter dropped, letters swapped"),
    (POL, "payment plan for vet bills over {gbp} policy", "paymnet plan for vet bills over {gbp} policiy", "letters swapped, letter added"),
    (KB, "report a water leak in the street {postcode}", "report a water laek in the stret {postcode}", "letters swapped, letter dropped"),
    (SQL, "bus {route} ridership by month this year", "bus {route} ridreship by month this yaer", "letters swapped twice"),
    (ORD, "engineer visit {job} what time slot", "engineer vist {job} what time slto", "letter dropped, letters swapped"),
]

T["politeness"] = [
    (ORD, "status of appt {appt}", "hi sorry to bother u, could u pls check the status of appt {appt}? thanks so much", "greeting, apology and thanks added"),
    (KB, "library fines for late {item}", "hiya! quick one pls - library fines for late {item}? ta", "greeting, please and thanks added"),
    (WX, "{town|lower} forecast {weekday|lower}", "morning! pls can u tell me the {town|lower} forecast {weekday|lower}, cheers", "greeting, please and thanks added"),
    (WX, "พยากรณ์อากาศ{th_city}วัน{th_day}", "สวัสดีค่ะ รบกวนขอดูพยากรณ์อากาศ{th_city}วัน{th_day}หน่อยนะคะ ขอบคุณค่ะ", "[th] greeting, polite particles and thanks added"),
    (FL, "flights {ukap|lower} {dest|lower} {dm|lower} for a wk", "hey, sorry, would u mind finding flights {ukap|lower} {dest|lower} {dm|lower} for a wk? thx x", "greeting, apology and thanks added"),
    (PR, "{product|lower} under {gbp}", "hello :) could you pls show me {product|lower} under {gbp}, thank you!!", "greeting, please and thanks added"),
    (SQL, "no-show rate {clinic} {month|lower}", "hi team, when u get a sec pls: no-show rate {clinic} {month|lower}, thanks in advance", "greeting, please and thanks added"),
    (KB, "як оформити студентський проїзний, місто {uk_city}", "добрий день! підкажіть, будь ласка, як оформити студентський проїзний, місто {uk_city}? дуже дякую", "[uk] greeting, please and thanks added"),
    (DOC, "{sdk} example for smart meter api {mt_ep}", "hi! sorry if dumb q but is there a {sdk} example for smart meter api {mt_ep}? thanks", "greeting, apology and thanks added"),
    (POL, "hospital policy on bringing a carer to {clinic} appts", "hello pls can u tell me the hospital policy on bringing a carer to {clinic} appts, many thanks", "greeting, please and thanks added"),
    (KB, "change direct debit date on {tariff} tariff", "hi there, pls could u explain how to change direct debit date on {tariff} tariff? cheers", "greeting, please and thanks added"),
    (SQL, "new members {gym|lower} {q}", "hey! pls pull new members {gym|lower} {q} when u can, ta", "greeting, please and thanks added"),
    (ORD, "repeat prescription order {order} ready?", "hi, sorry to chase, is repeat prescription order {order} ready? thank u", "greeting, apology and thanks added"),
]

T["mixed"] = [
    (ORD, "When is the engineer coming to install my {bb} broadband?", "pls wen is {bb|lower} install engineer booked for", "rephrased, lowercased, misspelt, please added"),
    (KB, "How do I add my child to my library account at {lib}?", "pls how 2 link my kids card to mine {lib|lower} library", "rephrased, abbreviated, please added"),
    (WX, "Will there be snow in {town} on {weekday}?", "{town|lower} snowin {weekday|lower}?? thx", "keywords, dropped letter, thanks added"),
    (ORD, "รบกวนเช็คให้หน่อยค่ะ ว่าพัสดุอาหารแมวออเดอร์ {order} ตอนนี้ส่งถึงไหนแล้ว", "ออเดอร์{order} อาหารแมว ถึงไหนแล้ว", "[th] keywords, politeness dropped"),
    (FL, "Are there any evening flights from {ukap} to {dest} on {dm}?", "eve flights {ukap|lower}>{dest|lower} {dm|lower} pls", "keywords, abbreviated, please added"),
    (PR, "Do you have the {brand} {product} in stock for click and collect?", "{brand} {product|lower} click n collect avail? ta", "abbreviated, thanks added"),
    (SQL, "скільки електроенергії ми спожили за {uk_month}, особовий рахунок {acct}?", "споживання світла за {uk_month} о/р {acct} плз", "[uk] rephrased, abbreviated, please added"),
    (SQL, "What was the average attendance at {klass} classes in {month}?", "avg ppl per {klass} class {month|lower}?", "abbreviated, rephrased"),
    (DOC, "How do I authenticate requests to the transit open data API {tx_ep} endpoint?", "transit api {tx_ep} auth how??", "keywords, abbreviated"),
    (POL, "What is the refund policy for an unused {pass}?", "can i get money back on {pass} never used pls", "rephrased, please added"),
    (KB, "How can I submit a meter reading for account {acct}?", "send meter readin acct {acct} how", "keywords, dropped letter, abbreviated"),
    (POL, "Are dogs allowed on {route} buses?", "can i take my dog on the {route|lower} bus", "rephrased, lowercased"),
    (KB, "What should I bring to my first {clinic} appointment at {hosp}?", "1st {clinic} appt {hosp} what 2 bring", "abbreviated, keywords"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "flights {ukap|lower} to {dest|lower} {dm|lower} 2 adults", "flights {dest|lower} to {ukap|lower} {dm|lower} 2 adults", "route reversed"),
    (FL, "one way {dest|lower} → {ukap|lower} cheapest {month|lower}", "one way {ukap|lower} → {dest|lower} cheapest {month|lower}", "route reversed"),
    (KB, "fee to switch from {tier} to {tier#2} membership", "fee to switch from {tier#2} to {tier} membership", "from/to plans swapped"),
    (SQL, "members who moved {tier} → {tier#2} this yr", "members who moved {tier#2} → {tier} this yr", "from/to plans swapped"),
    (SQL, "hold transfers {lib|lower} to {lib#2|lower} last wk", "hold transfers {lib#2|lower} to {lib|lower} last wk", "from/to branches swapped"),
    (SQL, "avg journey time {stop} to {stop#2} am peak", "avg journey time {stop#2} to {stop} am peak", "from/to stops swapped"),
    (ORD, "records transfer from {vetsite} vets to {vetsite#2} for {petname}, done yet?", "records transfer from {vetsite#2} vets to {vetsite} for {petname}, done yet?", "from/to practices swapped"),
    (POL, "exit fee switching from {tariff} to {tariff#2}", "exit fee switching from {tariff#2} to {tariff}", "from/to tariffs swapped"),
    (SQL, "kwh exported to grid {month|lower} acct {acct}", "kwh imported from grid {month|lower} acct {acct}", "into vs out of the grid"),
    (KB, "can my dog eat before the {vetsvc}", "can my dog eat after the {vetsvc}", "before vs after"),
    (ORD, "referral from my gp to {clinic} at {hosp} status", "referral from {clinic} at {hosp} back to my gp status", "referral vs letter back to the gp"),
    (POL, "{pass}: move balance from my card to my kid's card allowed?", "{pass}: move balance from my kid's card to my card allowed?", "from/to cards swapped"),
    (PR, "hdmi to displayport adapter under {gbp}", "displayport to hdmi adapter under {gbp}", "signal direction reversed"),
    (DOC, "{sdk} client: sync {mt_ep} from device to cloud", "{sdk} client: sync {mt_ep} from cloud to device", "sync direction reversed"),
    (SQL, "patients referred from {clinic} to {clinic#2} in {q}", "patients referred from {clinic#2} to {clinic} in {q}", "from/to clinics swapped"),
    (SQL, "{lib|lower} overdue items sorted oldest first", "{lib|lower} overdue items sorted newest first", "sort order reversed"),
    (SQL, "acct {acct}: how much do i owe them", "acct {acct}: how much do they owe me", "debit vs credit"),
    (ORD, "move my pt session w/ {pt} from {weekday|lower} to {weekday#2|lower}", "move my pt session w/ {pt} from {weekday#2|lower} to {weekday|lower}", "from/to days swapped"),
    (FL, "{ukap|lower} {dest|lower} return, out {dm|lower}", "{ukap|lower} {dest|lower} return, back {dm|lower}", "outbound vs return date"),
    (SQL, "calls transferred from broadband team to billing {month|lower}", "calls transferred from billing to broadband team {month|lower}", "from/to teams swapped"),
    (SQL, "{clinic} patients moved from waiting list to booked this month", "{clinic} patients moved from booked back to waiting list this month", "direction of the move reversed"),
    (KB, "{bb|lower} upload speed test", "{bb|lower} download speed test", "upload vs download"),
    (ORD, "parcel i'm sending back to {vetsite} vets, order {order}", "parcel {vetsite} vets are sending me, order {order}", "return vs delivery"),
    (FL, "loty z {pl_gen} do {pl_gen#2} {pl_dm}", "loty z {pl_gen#2} do {pl_gen} {pl_dm}", "[pl] route reversed"),
    (FL, "uçak bileti kalkış {tr_city} varış {tr_city#2} {tr_dm}", "uçak bileti kalkış {tr_city#2} varış {tr_city} {tr_dm}", "[tr] departure and arrival swapped"),
    (KB, "quanto custa pra mudar do plano {pt_plan} pro {pt_plan#2}?", "quanto custa pra mudar do plano {pt_plan#2} pro {pt_plan}?", "[pt] plan switch reversed"),
    (FL, "رحلات من {ar_city} إلى {ar_city#2} يوم {ar_day}", "رحلات من {ar_city#2} إلى {ar_city} يوم {ar_day}", "[ar] route reversed"),
]

T["comparison"] = [
    (PR, "{product|lower} under {gbp}", "{product|lower} over {gbp}", "under vs over"),
    (PR, "dumbbells heavier than {kg}", "dumbbells lighter than {kg}", "heavier vs lighter"),
    (FL, "earliest flight {ukap|lower} {dest|lower} {dm|lower}", "latest flight {ukap|lower} {dest|lower} {dm|lower}", "earliest vs latest"),
    (FL, "flights {ukap|lower} to {dest|lower} {month|lower} under {quid}", "flights {ukap|lower} to {dest|lower} {month|lower} over {quid}", "under vs over"),
    (WX, "{town|lower} {weekday|lower} going above {temp}?", "{town|lower} {weekday|lower} going below {temp}?", "above vs below"),
    (WX, "{town|lower} gusts over {mph} tmrw", "{town|lower} gusts under {mph} tmrw", "over vs under"),
    (SQL, "members with more than {visits} in {month|lower}", "members with fewer than {visits} in {month|lower}", "more vs fewer"),
    (SQL, "routes w/ delays over {mins} last wk", "routes w/ delays under {mins} last wk", "over vs under"),
    (SQL, "patients waiting longer than {wks} for {clinic}", "patients waiting less than {wks} for {clinic}", "longer vs shorter"),
    (SQL, "homes using more than {kwh} in {month|lower}, {postcode}", "homes using less than {kwh} in {month|lower}, {postcode}", "more vs less"),
    (SQL, "highest no-show weekday {clinic}", "lowest no-show weekday {clinic}", "highest vs lowest"),
    (SQL, "most borrowed {item} at {lib|lower} this yr", "least borrowed {item} at {lib|lower} this yr", "most vs least"),
    (POL, "library charges on {item} more than {wks} overdue", "library charges on {item} less than {wks} overdue", "more vs less"),
    (POL, "{insurer}: vet claims over {gbp} need pre-approval?", "{insurer}: vet claims under {gbp} need pre-approval?", "over vs under"),
    (PR, "best reviewed {product|lower} from {brand}", "worst reviewed {product|lower} from {brand}", "best vs worst reviewed"),
    (ORD, "my shop orders over {gbp} this yr", "my shop orders under {gbp} this yr", "over vs under"),
    (POL, "{insurer} cover for dogs older than {petage}", "{insurer} cover for dogs younger than {petage}", "older vs younger"),
    (WX, "{town|lower} warmest day this wk", "{town|lower} coldest day this wk", "warmest vs coldest"),
    (ORD, "my earliest upcoming appt at {hosp}", "my latest upcoming appt at {hosp}", "earliest vs latest"),
    (DOC, "transit api {tx_ep} max page size", "transit api {tx_ep} min page size", "max vs min"),
    (SQL, "{stop} busiest hour on weekdays", "{stop} quietest hour on weekdays", "busiest vs quietest"),
    (PR, "cat litter bags at least {kg}", "cat litter bags at most {kg}", "at least vs at most"),
    (SQL, "{vetsite} vet invoices above {gbp} in {month|lower}", "{vetsite} vet invoices below {gbp} in {month|lower}", "above vs below"),
    (PR, "karma dla psa 12 kg do {pln}", "karma dla psa 12 kg od {pln}", "[pl] up to vs from"),
    (SQL, "สมาชิกฟิตเนสที่มาเกิน {th_n} เดือนนี้", "สมาชิกฟิตเนสที่มาไม่ถึง {th_n} เดือนนี้", "[th] more than vs fewer than"),
    (SQL, "поїздки довші за {uk_min} на маршруті {route} минулого тижня", "поїздки коротші за {uk_min} на маршруті {route} минулого тижня", "[uk] longer vs shorter"),
    (FL, "primeiro voo de {pt_city} pra {pt_city#2} dia {pt_date}", "último voo de {pt_city} pra {pt_city#2} dia {pt_date}", "[pt] first vs last flight"),
]

T["negation"] = [
    (FL, "flights {ukap|lower} {dest|lower} {dm|lower} with checked bag", "flights {ukap|lower} {dest|lower} {dm|lower} without checked bag", "with vs without"),
    (PR, "dog food {kg} grain free", "dog food {kg} with grain", "grain free vs with grain"),
    (ORD, "{klass} bookings i attended in {month|lower}", "{klass} bookings i didnt attend in {month|lower}", "attended vs didn't attend"),
    (SQL, "members at {gym|lower} who renewed in {month|lower}", "members at {gym|lower} who didnt renew in {month|lower}", "renewed vs didn't renew"),
    (SQL, "{lib|lower} overdue {item}, fines paid", "{lib|lower} overdue {item}, fines unpaid", "paid vs unpaid"),
    (KB, "which buses is my {pass} valid on", "which buses is my {pass} not valid on", "valid vs not valid"),
    (POL, "{pass} refund if partly used", "{pass} refund if completely unused", "used vs unused"),
    (WX, "{town|lower} {weekday|lower} forecast incl. pollen", "{town|lower} {weekday|lower} forecast excl. pollen", "incl. vs excl."),
    (SQL, "{clinic} appts with interpreter booked {q}", "{clinic} appts without interpreter booked {q}", "with vs without"),
    (ORD, "{vetsite} vet pharmacy orders that have shipped", "{vetsite} vet pharmacy orders that havent shipped", "shipped vs not shipped"),
    (POL, "{insurer}: whats covered for dogs with pre-existing conditions", "{insurer}: whats covered for dogs without pre-existing conditions", "with vs without"),
    (SQL, "avg usage homes with solar {postcode} {month|lower}", "avg usage homes without solar {postcode} {month|lower}", "with vs without"),
    (KB, "setting up {bb|lower} with my own router", "setting up {bb|lower} without my own router", "with vs without"),
    (DOC, "calling {tx_ep} with an api key", "calling {tx_ep} without an api key", "with vs without"),
    (POL, "{hosp} parking charges for blue badge holders", "{hosp} parking charges for non blue badge holders", "holders vs non-holders"),
    (FL, "flights {dest|lower} {ukap|lower} {month|lower} incl. stopovers", "flights {dest|lower} {ukap|lower} {month|lower} excl. stopovers", "incl. vs excl."),
    (PR, "{brand} items in stock", "{brand} items out of stock", "in vs out of stock"),
    (SQL, "patients who turned up to {clinic} after a reminder text", "patients who turned up to {clinic} without a reminder text", "after a reminder vs without one"),
    (ORD, "engineer visits {postcode} completed this wk", "engineer visits {postcode} not completed this wk", "completed vs not completed"),
    (KB, "library wifi login with library card {lib|lower}", "library wifi login without library card {lib|lower}", "with vs without"),
    (SQL, "members on {tier} paying by direct debit", "members on {tier} not paying by direct debit", "paying vs not paying"),
    (POL, "{tariff} unit price incl. vat", "{tariff} unit price excl. vat", "incl. vs excl."),
    (KB, "{vetsvc} price with pet insurance", "{vetsvc} price without pet insurance", "with vs without"),
    (SQL, "trips paid w/ contactless on the {route} last month", "trips not paid w/ contactless on the {route} last month", "paid vs not paid"),
    (FL, "{tr_city} {tr_city#2} aktarmalı uçuşlar {tr_dm}", "{tr_city} {tr_city#2} aktarmasız uçuşlar {tr_dm}", "[tr] with vs without stopover"),
    (PR, "اكل قطط خالي من الحبوب {ar_kg}", "اكل قطط فيه حبوب {ar_kg}", "[ar] grain free vs with grain"),
    (SQL, "абоненти, м. {uk_city}, які оплатили рахунок за {uk_month}", "абоненти, м. {uk_city}, які не оплатили рахунок за {uk_month}", "[uk] paid vs not paid"),
]

T["antonym_action"] = [
    (KB, "how to freeze my {tier} membership", "how to unfreeze my {tier} membership", "freeze vs unfreeze"),
    (KB, "upgrade to {tier} from the app", "downgrade to {tier} from the app", "upgrade vs downgrade"),
    (ORD, "cancel my {klass} booking {weekday|lower} {ampm}", "confirm my {klass} booking {weekday|lower} {ampm}", "cancel vs confirm"),
    (KB, "turn on auto renew for loans {lib|lower}", "turn off auto renew for loans {lib|lower}", "turn on vs off"),
    (KB, "{lib|lower} library: add my kid to my account", "{lib|lower} library: remove my kid from my account", "add vs remove"),
    (KB, "how to block my {pass} if lost", "how to unblock my {pass} once found", "block vs unblock"),
    (KB, "switch on auto top-up {pass}", "switch off auto top-up {pass}", "switch on vs off"),
    (ORD, "pause my dog food subscription, order {order}", "resume my dog food subscription, order {order}", "pause vs resume"),
    (KB, "{vetsite} vets: join the pet health plan", "{vetsite} vets: leave the pet health plan", "join vs leave"),
    (KB, "paperless billing on for {tariff}", "paperless billing off for {tariff}", "on vs off"),
    (KB, "broadband upgrade to {mbps}, acct {acct}", "broadband downgrade to {mbps}, acct {acct}", "upgrade vs downgrade"),
    (KB, "opt in to priority services register for power cuts {postcode}", "opt out of priority services register for power cuts {postcode}", "opt in vs out"),
    (ORD, "engineer appt {job} confirm", "engineer appt {job} cancel", "confirm vs cancel"),
    (KB, "how to accept an outpatient appt offer {hosp}", "how to decline an outpatient appt offer {hosp}", "accept vs decline"),
    (KB, "start sms appt reminders {hosp}", "stop sms appt reminders {hosp}", "start vs stop"),
    (DOC, "subscribe to {tx_ep} updates webhook", "unsubscribe from {tx_ep} updates webhook", "subscribe vs unsubscribe"),
    (DOC, "enable gzip on {mt_ep} responses in {sdk}", "disable gzip on {mt_ep} responses in {sdk}", "enable vs disable"),
    (SQL, "members who joined {gym|lower} in {month|lower}", "members who left {gym|lower} in {month|lower}", "joined vs left"),
    (SQL, "library cards issued {q} {lib|lower}", "library cards cancelled {q} {lib|lower}", "issued vs cancelled"),
    (SQL, "{pass} purchases {month|lower}", "{pass} refunds {month|lower}", "purchases vs refunds"),
    (POL, "{insurer}: adding a second pet to my policy", "{insurer}: removing a second pet from my policy", "add vs remove"),
    (KB, "{bb|lower} router turn on parental controls", "{bb|lower} router turn off parental controls", "turn on vs off"),
    (ORD, "lock in my {tariff} quote, ref {job}", "withdraw my {tariff} quote, ref {job}", "lock in vs withdraw"),
    (KB, "jak zawiesić karnet w klubie {pl_gym}", "jak odwiesić karnet w klubie {pl_gym}", "[pl] suspend vs reactivate"),
    (KB, "elektrik faturası otomatik ödeme talimatı nasıl verilir, abone no {acct}", "elektrik faturası otomatik ödeme talimatı nasıl iptal edilir, abone no {acct}", "[tr] set up vs cancel auto-pay"),
    (ORD, "quero cancelar a consulta do {pt_pet} dia {pt_date}", "quero confirmar a consulta do {pt_pet} dia {pt_date}", "[pt] cancel vs confirm"),
    (KB, "วิธีเปิดแจ้งเตือนรถเมล์{th_bus} ในแอป", "วิธีปิดแจ้งเตือนรถเมล์{th_bus} ในแอป", "[th] turn on vs off"),
]

T["number"] = [
    (ORD, "order {order} still not here, pet meds", "order {order#2} still not here, pet meds", "order number changed"),
    (ORD, "appt ref {appt} what time", "appt ref {appt#2} what time", "appointment ref changed"),
    (ORD, "engineer job {job} eta", "engineer job {job#2} eta", "job number changed"),
    (SQL, "acct {acct} usage last 3 months", "acct {acct#2} usage last 3 months", "account number changed"),
    (PR, "dog food {kg} bag", "dog food {kg#2} bag", "bag size changed"),
    (PR, "kettlebell {kg} cast iron", "kettlebell {kg#2} cast iron", "weight changed"),
    (FL, "flights {ukap|lower} {dest|lower} {dm|lower} for {pax}", "flights {ukap|lower} {dest|lower} {dm|lower} for {pax#2}", "party size changed"),
    (FL, "{flightno} into {ukap|lower} tonight delayed or on time", "{flightno#2} into {ukap|lower} tonight delayed or on time", "flight number changed"),
    (WX, "{town|lower} forecast next {ndays}", "{town|lower} forecast next {ndays#2}", "number of days changed"),
    (KB, "router showing {err} what does it mean", "router showing {err#2} what does it mean", "error code changed"),
    (SQL, "bus {routet} on time % {month|lower}", "bus {routet#2} on time % {month|lower}", "look-alike route number"),
    (SQL, "{pass} sales {zone}", "{pass} sales {zone#2}", "zones changed"),
    (KB, "cost to freeze {tier} membership for {wks}", "cost to freeze {tier} membership for {wks#2}", "length changed"),
    (POL, "fine for {item} returned {ndays} late", "fine for {item} returned {ndays#2} late", "days late changed"),
    (DOC, "transit api v{ver} changelog", "transit api v{ver#2} changelog", "look-alike version"),
    (DOC, "smart meter {sdk} client {ver} install", "smart meter {sdk} client {ver#2} install", "look-alike version"),
    (SQL, "patients on {clinic} waiting list over {wks}", "patients on {clinic} waiting list over {wks#2}", "weeks changed"),
    (SQL, "avg bill for homes using {kwh} a month", "avg bill for homes using {kwh#2} a month", "usage changed"),
    (KB, "{bb|lower} price on {contract} contract", "{bb|lower} price on {contract#2} contract", "contract length changed"),
    (ORD, "repeat prescription {vetmed} {mg} for {petname}", "repeat prescription {vetmed} {mg#2} for {petname}", "dose changed"),
    (ORD, "my {pack} pack order still pending", "my {pack#2} pack order still pending", "pack size changed"),
    (WX, "{town|lower} chance of rain next {hrs}", "{town|lower} chance of rain next {hrs#2}", "hours changed"),
    (SQL, "{topn} busiest stops {month|lower}", "{topn#2} busiest stops {month|lower}", "top-n changed"),
    (KB, "where are the {dewey} books at {lib|lower}", "where are the {dewey#2} books at {lib|lower}", "look-alike shelf number"),
    (ORD, "وين وصل طلبي رقم {order}؟", "وين وصل طلبي رقم {order#2}؟", "[ar] order number changed"),
    (PR, "корм для собак {uk_kg} ціна", "корм для собак {uk_kg#2} ціна", "[uk] bag size changed"),
    (KB, "ile kosztuje karnet na {pl_n} w klubie {pl_gym}", "ile kosztuje karnet na {pl_n#2} w klubie {pl_gym}", "[pl] number of entries changed"),
]

T["date"] = [
    (WX, "{town|lower} forecast {dm|lower}", "{town|lower} forecast {dm#2|lower}", "date changed"),
    (WX, "will it rain in {town|lower} today", "will it rain in {town|lower} tmrw", "today vs tomorrow"),
    (FL, "flights {ukap|lower} {dest|lower} {dm|lower}", "flights {ukap|lower} {dest|lower} {dm#2|lower}", "date changed"),
    (FL, "{ukap|lower} to {dest|lower} flights mid {month|lower}", "{ukap|lower} to {dest|lower} flights mid {month#2|lower}", "month changed"),
    (ORD, "my {klass} class {weekday|lower} {ampm}", "my {klass} class {weekday|lower} {ampm#2}", "am vs pm"),
    (ORD, "pt session w/ {pt} {weekday|lower}", "pt session w/ {pt} {weekday#2|lower}", "weekday changed"),
    (ORD, "my outpatient appts {hosp} this wk", "my outpatient appts {hosp} next wk", "this vs next week"),
    (SQL, "checkins {gym|lower} last wk", "checkins {gym|lower} this wk", "last vs this week"),
    (SQL, "library loans {lib|lower} {month|lower}", "library loans {lib|lower} {month#2|lower}", "month changed"),
    (SQL, "electricity usage acct {acct} yesterday", "electricity usage acct {acct} today", "yesterday vs today"),
    (SQL, "no-shows {clinic} {q}", "no-shows {clinic} {q#2}", "quarter changed"),
    (KB, "{lib|lower} opening times {slash}", "{lib|lower} opening times {slash#2}", "date changed"),
    (KB, "bus {route} times {weekday|lower}", "bus {route} times {weekday#2|lower}", "weekday changed"),
    (POL, "{hosp} visiting hrs {weekday|lower}", "{hosp} visiting hrs {weekday#2|lower}", "weekday changed"),
    (ORD, "vet appt for {petname} {slash}", "vet appt for {petname} {slash#2}", "date changed"),
    (ORD, "engineer visit booked {dm|lower} {postcode}", "engineer visit booked {dm#2|lower} {postcode}", "date changed"),
    (SQL, "ridership on the {route} this yr", "ridership on the {route} last yr", "this vs last year"),
    (WX, "{town|lower} sunset time {weekday|lower}", "{town|lower} sunset time {weekday#2|lower}", "weekday changed"),
    (WX, "{town|lower} forecast this weekend", "{town|lower} forecast next weekend", "this vs next weekend"),
    (DOC, "transit api release notes {month|lower}", "transit api release notes {month#2|lower}", "month changed"),
    (SQL, "vet appts booked at {vetsite} {weekday|lower} am", "vet appts booked at {vetsite} {weekday#2|lower} am", "weekday changed"),
    (KB, "{gym|lower} opening times {dm|lower}", "{gym|lower} opening times {dm#2|lower}", "date changed"),
    (ORD, "library holds ready to collect by {weekday|lower} {lib|lower}", "library holds ready to collect by {weekday#2|lower} {lib|lower}", "weekday changed"),
    (SQL, "meter readings submitted {postcode} {dm|lower}", "meter readings submitted {postcode} {dm#2|lower}", "date changed"),
    (WX, "{tr_city} hava durumu {tr_day}", "{tr_city} hava durumu {tr_day#2}", "[tr] weekday changed"),
    (FL, "passagem {pt_city} pra {pt_city#2} dia {pt_date}", "passagem {pt_city} pra {pt_city#2} dia {pt_date#2}", "[pt] date changed"),
    (ORD, "เช็คนัดตรวจที่โรงพยาบาล{th_city} วัน{th_day}", "เช็คนัดตรวจที่โรงพยาบาล{th_city} วัน{th_day#2}", "[th] weekday changed"),
]

T["entity"] = [
    (WX, "{town|lower} forecast {weekday|lower} am", "{town#2|lower} forecast {weekday|lower} am", "town changed"),
    (FL, "flights {ukap|lower} to {dest|lower} {month|lower}", "flights {ukap|lower} to {dest#2|lower} {month|lower}", "destination changed"),
    (FL, "{airline} flights from {ukap|lower} {month|lower}", "{airline#2} flights from {ukap|lower} {month|lower}", "airline changed"),
    (PR, "how much is {brand} {product|lower} atm", "how much is {brand#2} {product|lower} atm", "brand changed"),
    (PR, "{product|lower} reviews", "{product#2|lower} reviews", "product changed"),
    (ORD, "pt sessions booked w/ {pt}", "pt sessions booked w/ {pt#2}", "trainer changed"),
    (ORD, "upcoming vet appts for {petname}", "upcoming vet appts for {petname#2}", "pet changed"),
    (KB, "{lib|lower} library opening hrs", "{lib#2|lower} library opening hrs", "branch changed"),
    (KB, "{gym|lower} pool opening times", "{gym#2|lower} pool opening times", "club changed"),
    (SQL, "{klass} attendance {month|lower}", "{klass#2} attendance {month|lower}", "class changed"),
    (SQL, "loans of {book} {q}", "loans of {book#2} {q}", "title changed"),
    (SQL, "delays on the {route} last month", "delays on the {route#2} last month", "route changed"),
    (SQL, "no-show rate {clinic} this yr", "no-show rate {clinic#2} this yr", "clinic changed"),
    (KB, "parking at {hosp} for outpatients", "parking at {hosp#2} for outpatients", "hospital changed"),
    (POL, "{insurer} dental cover for dogs", "{insurer#2} dental cover for dogs", "insurer changed"),
    (POL, "{tariff} exit fees", "{tariff#2} exit fees", "tariff changed"),
    (DOC, "transit api {tx_ep} field list", "transit api {tx_ep#2} field list", "endpoint changed"),
    (DOC, "smart meter api quickstart {sdk}", "smart meter api quickstart {sdk#2}", "language changed"),
    (ORD, "library hold on {book} ready?", "library hold on {book#2} ready?", "title changed"),
    (KB, "power cut in {postcode} right now?", "power cut in {postcode#2} right now?", "postcode changed"),
    (SQL, "{stop} tap-ins this wk", "{stop#2} tap-ins this wk", "stop changed"),
    (ORD, "gym bookings under {email}", "gym bookings under {email#2}", "email changed"),
    (ORD, "repeat prescription {vetmed} for {petname}", "repeat prescription {vetmed#2} for {petname}", "medicine changed"),
    (WX, "pogoda {pl_city} na weekend", "pogoda {pl_city#2} na weekend", "[pl] city changed"),
    (KB, "مواعيد عيادة {ar_clinic} يوم {ar_day}", "مواعيد عيادة {ar_clinic#2} يوم {ar_day}", "[ar] clinic changed"),
    (WX, "погода {uk_city} на {uk_day}", "погода {uk_city#2} на {uk_day}", "[uk] city changed"),
    (PR, "{tr_brand} kedi maması 10 kg fiyatı", "{tr_brand#2} kedi maması 10 kg fiyatı", "[tr] brand changed"),
]

T["scope"] = [
    (SQL, "checkins {gym|lower} this month", "checkins all clubs this month", "one club vs all clubs"),
    (SQL, "{lib|lower} loans {month|lower}", "loans all branches {month|lower}", "one branch vs all branches"),
    (SQL, "electricity use acct {acct} {month|lower}", "gas use acct {acct} {month|lower}", "electricity vs gas"),
    (KB, "{lib|lower} library opening hrs today", "{lib|lower} library phone number", "opening hours vs phone number"),
    (KB, "{gym|lower} pool timetable", "{gym|lower} class timetable", "pool vs classes"),
    (WX, "{town|lower} {weekday|lower} rain", "{town|lower} {weekday|lower} wind", "rain vs wind"),
    (WX, "{town|lower} pollen count {weekday|lower}", "{town|lower} uv index {weekday|lower}", "pollen vs UV"),
    (FL, "flights {ukap|lower} {dest|lower} {dm|lower} price", "flights {ukap|lower} {dest|lower} {dm|lower} baggage allowance", "price vs baggage allowance"),
    (FL, "direct flights {ukap|lower} {dest|lower} {month|lower}", "all flights {ukap|lower} {dest|lower} {month|lower}", "direct vs all"),
    (PR, "{brand} {product|lower}: how much rn", "{brand} {product|lower}: how quick is delivery rn", "price vs delivery time"),
    (PR, "{brand} {product|lower} star rating + reviews pls", "{brand} {product|lower} size + weight pls", "reviews vs size and weight"),
    (ORD, "when's order {order} arriving", "order {order} how long have i got to send it back", "delivery date vs return deadline"),
    (ORD, "appt {appt} time", "appt {appt} which building", "time vs location"),
    (ORD, "engineer visit {job} time slot", "engineer visit {job} what to prepare", "time slot vs preparation"),
    (POL, "{tier} cancellation notice period", "{tier} cancellation fee", "notice period vs fee"),
    (POL, "{pass} refund rules", "{pass} lost card replacement rules", "refund vs replacement"),
    (POL, "{insurer} excess per claim", "{insurer} annual vet fee limit", "excess vs annual limit"),
    (DOC, "transit api {tx_ep} rate limits", "transit api {tx_ep} response fields", "rate limits vs fields"),
    (DOC, "smart meter api auth in {sdk}", "smart meter api webhooks in {sdk}", "auth vs webhooks"),
    (KB, "{hosp} outpatient parking cost", "{hosp} outpatient parking location", "cost vs location"),
    (SQL, "{clinic} waiting list size", "{clinic} average wait on waiting list", "size vs average wait"),
    (SQL, "{route} ridership weekdays", "{route} ridership whole week", "weekdays vs whole week"),
    (KB, "{vetsvc} price for a {pet}", "{vetsvc} aftercare for a {pet}", "price vs aftercare"),
    (KB, "{bb|lower} install how long", "{bb|lower} install how much", "time vs cost"),
    (ORD, "prazo de entrega do pedido {order}", "prazo pra devolução do pedido {order}", "[pt] delivery date vs return deadline"),
    (SQL, "كم استهلاك الكهرباء لحسابي {acct} في {ar_month}", "كم مبلغ فاتورة الكهرباء لحسابي {acct} في {ar_month}", "[ar] consumption vs bill amount"),
    (WX, "{th_city} พรุ่งนี้ฝนตกไหม", "{th_city} พรุ่งนี้อุณหภูมิเท่าไหร่", "[th] rain vs temperature"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test13",
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
        Apart("test11", values="strict", quiet=True),
        Apart("test12", values="strict", quiet=True),
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
