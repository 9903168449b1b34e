#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better; Hebrew letters and Chinese full-width punctuation are meant)
"""Generate "test12", a twelfth held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test12.py          # write pairs_test12.jsonl, print the report
    python evals/cache/generate_test12.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test to test11 (25
pairs per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in
new wording and new slot pools. Written by a separate author, apart from the guard and the verifier.
What was read, and nothing else: the listing of evals/cache/, the sections of evals/cache/README.md
from "# Semantic cache evaluation pairs" through "## What a user of the data must know" and the
section "## pairgen.py: the shared machinery" (not tune2 to tune5, not test2 to test11, not their
"reading" subsections), pairgen.py and generate_test11.py (as the model of the structure; none of
its templates, wording or pool values are reused). Nothing under src/, bench/, tests/, scripts/ or
docs/ was opened, no pairs_*.jsonl file was read (the self-check compares with them without
printing their text), no git history was read, the server and the benchmarks were not run, nothing
was installed, and nothing was scored on this split.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test12
result leads to a change of the guard, the verifier, the thresholds or the templates, test12 is used
up too.

How it was written: by hand, template pair by template pair, from the category definitions in the
README; then the self-check was run, and the templates and pool values it reported as shared with
or worded like another split's were reworded or replaced (it names only this split's string and the
other split's name, never the other text).

Style: the requests are tool arguments written by AI agents on behalf of users, as LLM agents
actually phrase them: a restatement of what the user wants, sometimes verbose and explicit ("Look
up the return policy for a ... whose original packaging has been opened"), sometimes keyword-like,
sometimes with a clarifying clause carried over from the conversation ("..., customer says the
courier marked it delivered"), sometimes with a role word ("user wants ...", "customer asks: ...",
"tenant at ... reports ..."). Six settings: an e-commerce customer-service agent, a SaaS
product-support agent, a personal-finance assistant, a property-management assistant (tenants,
repairs, leases, rent roll), a school/university student-services assistant and a corporate travel
assistant. The tools keep their roles: search_kb is the help centre (shop, SaaS product, student
services, tenant handbook); search_orders customer orders, returns, exchanges, tracking and
maintenance work orders; get_weather the forecast for travellers and properties; search_flights
business travel; search_products the shop catalogue; sql_query_nl analytics over the user's
transactions, the rent roll, maintenance requests and enrolment; search_docs the developer docs of
the SaaS products; lookup_policy travel and expense policy, lease rules, renters insurance and
the shop's return policy. Paraphrases are two ways an agent (or two agents) could phrase the same
need, every constraint kept. Near misses hide the difference in one element: direction or role
(from/to, sender/recipient, landlord/tenant, debit/credit, before/after, ascending/descending,
into/out of), comparison (over/under, at least/at most, earliest/latest, highest/lowest,
newest/oldest, minimum/maximum), negation (with/without, paid/unpaid, refundable/non-refundable,
included/excluded, has/has not, required/optional), an antonymous action (subscribe/unsubscribe,
upgrade/downgrade, enable/disable, renew/terminate, increase/decrease, grant/revoke,
archive/restore, lock/unlock, freeze/unfreeze, pause/resume), another number, id, date, amount or
unit, another person, place, product, plan or company, or a narrower or wider scope (one account /
all accounts, this month / this year, a building / the whole portfolio, nonstop / all flights).
12-15% of the pairs are in languages not used by earlier splits: Russian, Japanese, Korean,
Simplified Chinese, Hindi and Hebrew (notes start with "[ru]", "[ja]", "[ko]", "[zh]", "[hi]",
"[he]"), each pair within one language, with their own slot pools (city names, weekdays, months,
people and amounts in the language's own script and form).

The self-check (pairgen.self_check; nothing is written if it fails) keeps test12 apart from every
other split, test11 included: no template string shared with or worded like (word Jaccard 0.7 or
more, a slot counting as one word named after its pool) a template of tune, test, test2 to test11
or tune2-tune5; no sentence and no (a, b) pair (either order) shared with any pairs_*.jsonl file or
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

CATALOGUE = {  # shop catalogue of the e-commerce setting; brands are made up
    "standing desk converter": ["Korvel", "Amberlane", "Tidewick"],
    "cordless stick vacuum": ["Glimmerfox", "Nordvik Home", "Korvel"],
    "burr coffee grinder": ["Ruskin & Hale", "Pellucid", "Amberlane"],
    "linen duvet cover": ["Marrow & Finch", "Nordvik Home", "Loomwell"],
    "trail running vest": ["Ridgeback Outdoor", "Stridecraft", "Vantor"],
    "HEPA air purifier": ["Pellucid", "Glimmerfox", "Vantor"],
    "robotic pool cleaner": ["Vantor", "Korvel", "Ruskin & Hale"],
    "weighted blanket": ["Loomwell", "Marrow & Finch", "Tidewick"],
}

LISTS = {
    "city": ["Kazan", "Tomsk", "Barnaul", "Matsuyama", "Kumamoto", "Gwangju", "Daejeon", "Cheongju", "Chengdu", "Xiamen",
             "Guiyang", "Lanzhou", "Nagpur", "Mysuru", "Haifa", "Knoxville", "Pocatello", "Lethbridge", "Kurashiki",
             "Timaru"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "person": ["Keiko Arimura", "Seo-yeon Han", "Zhao Lanfang", "Noa Ben-David", "Irina Volkova",
               "Tobias Reardon", "Marisol Quint", "Devika Menon"],
    # SaaS product support
    "app": ["Hivebrook", "Quillstack", "Tessellate", "Larkspur CRM", "Mossgate", "Driftwood Sync"],
    "plan": ["Sapling", "Thicket", "Redwood", "Bramble"],
    "feature": ["shared inbox", "calendar sync", "read receipts", "bulk CSV export", "webhook retries",
                "custom email domain", "guest seats", "session timeout"],
    "endpoint": ["/v2/tenants", "/v2/lease_renewals", "/v1/budgets", "/v1/refund_requests", "/v3/seat_assignments",
                 "/v1/itinerary_segments", "/v2/ledger_entries", "/v1/enrollment_holds"],
    "sdk": ["Xamarin", "Ionic", "Cordova", "NativeScript"],
    # property management
    "building": ["Quarry Hill Lofts", "Tamarack Court", "Fernleigh House", "Osprey Terrace", "Larchmont Flats",
                 "Hazelbank Mews"],
    "repair": ["leaking kitchen faucet", "broken dishwasher", "mould in the bathroom", "jammed balcony door",
               "faulty smoke detector", "clogged shower drain"],
    "insurer": ["Hearthstone Mutual", "Keystone Renters Co.", "Bluefin Assurance", "Tallowood Insurance"],
    "peril": ["sewer backup", "bed bug infestation", "frozen pipe bursts", "identity theft"],
    # personal finance
    "account": ["joint checking", "everyday checking", "household bills", "side-business checking", "student checking",
                "emergency savings"],
    "spend": ["coffee shops", "rideshare", "streaming subscriptions", "pet care", "takeout delivery",
              "gym memberships"],
    "merchant": ["Pinecrest Grocers", "Kettle & Crumb", "Voltway Charging", "Cinder Gym", "Northloop Transit",
                 "Brambleberry Pharmacy"],
    # e-commerce
    "carrier": ["Swiftcrate", "Parcelvane", "Boxhaul Express", "Lanternpost"],
    "pay": ["promo voucher", "gift card balance", "instalment plan", "loyalty points"],
    "color": ["juniper green", "smoked plum", "fog grey", "marigold", "midnight teal", "clay pink"],
    # student services
    "course": ["CHEM 2347", "ECON 1183", "MATH 2619", "HIST 3072", "CSCI 2481", "PSYC 3316"],
    "program": ["BS Nutrition Science", "BA Linguistics", "MS Geoinformatics", "BFA Illustration",
                "MPH Epidemiology", "BS Hydrology"],
    "uni": ["Harrowgate College", "Elmstead University", "Coldwater Polytechnic", "St. Aurelian College"],
    "campus": ["Riverside campus", "Eastgate campus", "Harlow campus", "Millbrook campus"],
    "scholarship": ["Hartwell Merit Scholarship", "Okonkwo Transfer Grant", "Bayview First-Gen Award",
                    "Linden STEM Bursary"],
    "office": ["registrar's office", "bursar's office", "financial aid office", "residence life office"],
    # corporate travel
    "airline": ["ZIPAIR", "Jin Air", "Air Busan", "Spring Airlines", "Akasa Air", "Arkia", "StarFlyer"],
    "dept": ["field sales", "clinical research", "internal audit", "solutions engineering"],
    # Russian
    "ru_city": ["Казань", "Томск", "Иркутск", "Тюмень", "Калининград", "Новосибирск"],
    "ru_day": ["понедельник", "вторник", "четверг", "воскресенье"],  # the accusative is the nominative: "на четверг"
    "ru_month": ["январь", "март", "май", "август", "октябрь", "декабрь"],  # "за март"
    # Japanese
    "ja_city": ["札幌", "仙台", "金沢", "広島", "那覇", "函館"],
    "ja_day": ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"],
    "ja_month": ["2月", "4月", "6月", "9月", "10月", "12月"],
    "ja_airline": ["スカイマーク", "ピーチ", "ソラシドエア", "スターフライヤー"],
    # Korean (every city name ends in a consonant)
    "ko_city": ["부산", "대전", "울산", "인천", "춘천", "포항"],
    "ko_day": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일"],
    "ko_month": ["1월", "3월", "5월", "7월", "9월", "11월"],
    # Simplified Chinese
    "zh_city": ["成都", "厦门", "杭州", "青岛", "昆明", "西安"],
    "zh_day": ["周一", "周二", "周三", "周四", "周五", "周六"],
    "zh_month": ["一月", "三月", "五月", "八月", "十月", "十二月"],
    "zh_building": ["阳光花园", "翠湖苑", "金桂大厦", "海景公寓"],
    # Hindi
    "hi_city": ["पुणे", "जयपुर", "लखनऊ", "इंदौर", "कोच्चि", "भोपाल"],
    "hi_day": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार"],
    "hi_month": ["जनवरी", "मार्च", "मई", "अगस्त", "अक्टूबर", "दिसंबर"],
    # Hebrew (a prefix such as ב or מ is written straight onto the slot)
    "he_city": ["חיפה", "אילת", "נתניה", "טבריה", "אשדוד", "רעננה"],
    "he_month": ["ינואר", "מרץ", "מאי", "יולי", "ספטמבר", "נובמבר"],
    "he_person": ["יוסי כהן", "מיכל לוי", "אורי מזרחי", "נועה פרץ"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "usd": ["$135", "$185", "$235", "$285"],
    "rent": ["$1,485", "$1,535", "$1,585", "$1,635"],
    "seats": ["35 seats", "45 seats", "55 seats", "65 seats"],
    "gb": ["150 GB", "250 GB", "400 GB", "600 GB"],
    "apy": ["4.15% APY", "4.35% APY", "4.55% APY", "4.75% APY"],
    "miles": ["45 miles", "55 miles", "65 miles", "75 miles"],
    "tempf": ["41°F", "47°F", "53°F", "59°F"],
    "wind": ["43 km/h", "51 km/h", "57 km/h", "67 km/h"],
    "batch": ["150 records", "350 records", "650 records", "850 records"],
    "age": ["6 business days", "8 business days", "15 business days", "25 business days"],
    "hours": ["20 hours", "30 hours", "40 hours", "60 hours"],
    "credits": ["9 credit hours", "11 credit hours", "13 credit hours", "17 credit hours"],
    "kg": ["7 kg", "9 kg", "12 kg", "14 kg"],
    "leaselen": ["7 months", "10 months", "14 months", "20 months"],
    "enroll": ["18 students", "24 students", "31 students", "37 students"],
    "gpa": ["GPA 2.6", "GPA 2.8", "GPA 3.2", "GPA 3.4"],
    "pax": ["3 travellers", "4 travellers", "5 travellers", "6 travellers"],
    "apt": ["apartment 2E", "apartment 3E", "apartment 4E", "apartment 5E"],
    "tsize": ["toddler size 7", "toddler size 8", "toddler size 9", "toddler size 10"],
    "deduct": ["$350 deductible", "$450 deductible", "$650 deductible", "$850 deductible"],
    "outlook": ["3-day outlook", "5-day outlook", "7-day outlook", "10-day outlook"],
    "rpm": ["90 requests per minute", "120 requests per minute", "180 requests per minute", "240 requests per minute"],
    "sect": ["section 03", "section 04", "section 05", "section 06"],
    "term": ["spring 2027", "summer 2027", "fall 2027", "spring 2028"],
    "nights": ["two nights", "three nights", "four nights", "five nights"],
    "taxyr": ["tax year 2013", "tax year 2014", "tax year 2015"],
    "q": ["Q1", "Q2", "Q3", "Q4"],
    "rub": ["3 700 ₽", "4 200 ₽", "4 900 ₽", "5 600 ₽"],
    "yen": ["4,800円", "6,800円", "9,800円", "12,800円"],
    "ja_seats": ["10名", "20名", "30名", "50名"],
    "ils": ["₪4,200", "₪4,600", "₪5,100", "₪5,500"],
}

TWINS = {  # {x#2} is the look-alike partner
    "airport": [("KZN", "KNZ"), ("PUS", "PSU"), ("CTU", "CUT"), ("FUK", "FKU"), ("HFA", "HAF"), ("PNQ", "PQN")],
    "ver": [("4.18.3", "4.13.8"), ("7.2.19", "7.2.91"), ("11.6.0", "11.0.6"), ("3.27.4", "3.72.4")],
    "err": [("E4127", "E4172"), ("E3091", "E3019"), ("E2658", "E2685"), ("E5304", "E5340")],
    "twin_city": [("Kingston, Jamaica", "Kingston, Ontario"), ("Perth, Scotland", "Perth, Australia"),
                  ("Hamilton, Ontario", "Hamilton, New Zealand"), ("Valencia, Venezuela", "Valencia, Spain")],
}

EMAIL = (["k.arimura", "seoyeon.han", "lanfang.zhao", "noa.bd", "i.volkova", "t.reardon"],
         ["quillmail.net", "orchardpost.com", "hollowbay.org", "larkmail.io"])
AIRLINE_CODE = {"ZIPAIR": "ZG", "Jin Air": "LJ", "Air Busan": "BX", "Spring Airlines": "9C", "Akasa Air": "QP",
                "Arkia": "IZ", "StarFlyer": "7G"}

EXTRA_POOLS = {
    "iso": pairgen.iso_pool(LISTS["month"], [2026]),  # "2026-05-14"; the second one 1 or 7 days later
    "dm": pairgen.day_month_pool(LISTS["month"]),  # "14 May"; the second one 1 or 7 days later
    "ru_date": pairgen.day_month_pool(["марта", "апреля", "мая", "июня", "сентября", "октября"]),  # "14 марта"
    "ampm": pairgen.ampm_pool((5, 6, 7, 8, 9, 10)),  # "7am"; the second one flips am/pm
    "price": pairgen.cents_price_pool(),  # "$349.95"
    "trk": pairgen.prefixed_pool("SWX", 40000000, 49999999),  # parcel tracking number "SWX41234567"
    "ticket": pairgen.prefixed_pool("CS-", 300000, 399999),  # support ticket "CS-318274"
    "wo": pairgen.prefixed_pool("WO-", 20000, 29999),  # maintenance work order "WO-24817"
    "inv": pairgen.prefixed_pool("INV/2026/", 1000, 9999),  # invoice "INV/2026/4821"
    "sid": pairgen.prefixed_pool("S", 20400000, 20499999),  # student id "S20412345"
    "rma": pairgen.prefixed_pool("RMA ", 3300000, 3399999),  # return authorisation "RMA 3312345"
    "last4": pairgen.prefixed_pool("", 2000, 9999),  # last four digits of a card "4821"
    "pnr": pairgen.code_pool(),  # booking code; the second one has one character changed
}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[ru]", "[ja]", "[ko]", "[zh]", "[hi]", "[he]" at the start of a
# note marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (ORD, "order {order} delivery status, customer says tracking has not moved since {weekday}", "customer says tracking has not moved since {weekday}, order {order} delivery status", "clause moved to the front"),
    (KB, "{app} help article: resetting two-factor codes for an admin who lost their phone", "resetting two-factor codes for an admin who lost their phone: {app} help article", "halves swapped"),
    (WX, "прогноз погоды на {ru_day}, город {ru_city}, клиент прилетает вечером", "клиент прилетает вечером, город {ru_city}, прогноз погоды на {ru_day}", "[ru] fragments reordered"),
    (FL, "user wants flights {city} to {city#2} on {date}, aisle seat, returning the same evening", "user wants flights on {date} {city} to {city#2}, returning the same evening, aisle seat", "fragments reordered, route kept"),
    (PR, "{brand} {product} in stock near the customer's zip code, {color} only", "{color} only, {brand} {product} in stock near the customer's zip code", "qualifier moved to the front"),
    (SQL, "total the user spent on {spend} in {month}, joint checking only", "joint checking only: total the user spent on {spend} in {month}", "qualifier moved to the front"),
    (ORD, "注文番号{order}の配送状況、お客様は{ja_day}に受け取りたいとのこと", "お客様は{ja_day}に受け取りたいとのこと、注文番号{order}の配送状況", "[ja] clauses swapped"),
    (DOC, "{app} API {endpoint}: how pagination works once a list passes a thousand rows", "how pagination works once a list passes a thousand rows: {app} API {endpoint}", "halves swapped"),
    (POL, "{building} lease, subletting a room over the summer, tenant is asking", "tenant is asking: {building} lease, subletting a room over the summer", "role clause moved to the front"),
    (KB, "student services, official transcript request for {program} graduates", "official transcript request for {program} graduates, student services", "source moved to the end"),
    (POL, "travel policy, hotel nightly cap in {city} for staff on client visits", "hotel nightly cap in {city} for staff on client visits, travel policy", "source moved to the end"),
    (SQL, "rent collected across {building} in {q}, late fees excluded", "late fees excluded, rent collected across {building} in {q}", "qualifier moved to the front"),
    (ORD, "refund status for order {order} paid with {pay}", "for order {order} paid with {pay}: refund status", "halves swapped"),
    (WX, "traveller heading to {city}: sunrise and sunset times for {weekday}", "sunrise and sunset times for {weekday}, traveller heading to {city}", "halves swapped"),
]

T["shorten"] = [
    (ORD, "Look up the current shipping status of order {order}; the customer mentioned it was supposed to arrive by {weekday} and it went with {carrier}", "order {order} {carrier} shipping status, due {weekday}", "condensed"),
    (POL, "Look up the return policy that applies to a {product} whose original packaging has been opened, since the customer already unboxed it", "return policy for a {product} with opened packaging", "context dropped"),
    (ORD, "고객님께서 주문번호 {order}의 교환 신청이 정상적으로 접수되었는지 확인해 달라고 하십니다", "주문번호 {order} 교환 신청 접수 여부", "[ko] keywords only"),
    (KB, "Find the help-centre article that explains how an account owner hands over ownership of a {app} workspace to another admin before leaving the company", "{app} hand over workspace ownership to another admin", "cut to keywords"),
    (WX, "The traveller is flying into {city} on {weekday} for a client meeting and wants to know whether to pack an umbrella, so check the rain forecast", "{city} {weekday}: rain likely? (packing check)", "context dropped"),
    (FL, "Search for the earliest morning departure from {city} to {city#2} on {date} that a corporate traveller could take, economy class, one passenger", "earliest morning departure {city} to {city#2} {date}, economy, 1 pax", "abbreviated"),
    (KB, "用户想知道怎么在{app}里关闭自动续费，他说下个月不想再被扣款了", "{app} 关闭自动续费", "[zh] context dropped"),
    (PR, "The customer is comparing options and is asking which {product} models from {brand} we currently have on discount", "{brand} {product} models currently on discount", "context dropped"),
    (SQL, "User wants to see how much they spent in total at {merchant} during {month}, across all of their cards and accounts", "total spent at {merchant} in {month}, all cards and accounts", "condensed"),
    (DOC, "The developer is asking how to verify the signature on webhook payloads sent by the {app} API; they are using the {sdk} SDK", "{app} webhook signature verification, {sdk} SDK", "cut to keywords"),
    (KB, "Tenant at {building} reports that the {repair} is back again after last month's fix and wants to know how to reopen the maintenance request", "{building}: reopen maintenance request, {repair} recurring", "cut to keywords"),
    (KB, "Student asks what documents they need to bring to the {office} to change their legal name on university records", "documents for a legal name change on university records, {office}", "condensed"),
    (POL, "Check what the corporate travel policy says about booking premium economy when a single flight segment runs longer than nine hours, the trip is to {city}", "travel policy: premium economy on segments over nine hours, trip to {city}", "condensed"),
    (SQL, "Property manager wants the number of units that are currently vacant at {building} and have been sitting empty for more than sixty days", "vacant units at {building}, empty over sixty days", "condensed"),
]

T["question_keyword"] = [
    (ORD, "The customer wants to know: has order {order} left the warehouse yet?", "order {order} dispatched from warehouse? (customer query)", "question vs keywords"),
    (KB, "How does a {app} admin invite guest users to a single project?", "{app} admin invite guest users to single project", "question vs keywords"),
    (WX, "Should the traveller expect frost in {city} on {weekday} night?", "traveller in {city}: ground frost expected {weekday} night", "question vs keywords"),
    (POL, "האם מותר לשוכר להחזיק כלב בדירה ב{he_city}?", "החזקת כלב בדירה שכורה ב{he_city}", "[he] question vs keywords"),
    (FL, "Are there any red-eye departures from {city} to {city#2} on {date}?", "red-eye departures {city} to {city#2} {date}", "question vs keywords"),
    (PR, "Can the customer get gift wrapping on the {brand} {product}?", "{brand} {product} gift wrapping available for customer", "question vs keywords"),
    (SQL, "How much did the user pay in overdraft fees on the {account} account this year?", "overdraft fees {account} account this year", "question vs keywords"),
    (ORD, "ग्राहक पूछ रहा है: मेरा ऑर्डर {order} कब तक पहुँचेगा?", "ऑर्डर {order} डिलीवरी की अनुमानित तारीख", "[hi] question vs keywords"),
    (DOC, "How do I cancel an in-flight call to {endpoint} with the {app} {sdk} SDK?", "{app} {sdk} SDK cancel in-flight call {endpoint}", "question vs keywords"),
    (POL, "Is a tenant at {building} allowed to install a window air conditioner?", "{building} tenant window air conditioner allowed", "question vs keywords"),
    (KB, "When is the last day to drop {course} without a W on the transcript?", "{course} last day to drop, no W on transcript", "question vs keywords"),
    (POL, "Can an employee expense a seat upgrade on a flight to {city} when travelling with a client?", "expensing seat upgrade, flight to {city} with client", "question vs keywords"),
    (SQL, "Which tenants at {building} are more than thirty days behind on rent?", "tenants {building} rent arrears over thirty days", "question vs keywords"),
    (KB, "How does a student accept the {scholarship} in the financial aid portal?", "accept {scholarship} in financial aid portal", "question vs keywords"),
]

T["synonym"] = [
    (ORD, "customer wants to know where the parcel for order {order} is right now", "current location of the package from order {order}", "rephrased"),
    (KB, "{app}: user forgot their password and the reset email never arrives", "{app} password recovery message not received", "rephrased"),
    (ORD, "клиент спрашивает, где сейчас посылка по заказу {order}", "местонахождение отправления по заказу {order}, вопрос клиента", "[ru] rephrased"),
    (WX, "will it drop below freezing overnight in {city} on {weekday}", "{city} {weekday} night: sub-zero temperatures expected?", "rephrased"),
    (FL, "nonstop options {city} → {city#2} on {date} for one traveller", "direct services for a single passenger from {city} to {city#2}, {date}", "rephrased"),
    (PR, "is there a manufacturer warranty on the {brand} {product} the customer bought", "guarantee coverage for the customer's {brand} {product}", "rephrased"),
    (SQL, "用户{zh_month}在外卖上花了多少钱", "{zh_month}外卖消费总额是多少", "[zh] rephrased"),
    (SQL, "how much did the user earn in interest on the {account} account during {q}", "{q} interest income, {account} account", "rephrased"),
    (DOC, "{app} API: get a fresh access token once the old one expires", "{app} API token refresh after expiry", "rephrased"),
    (POL, "may tenants at {building} paint the walls of their flat", "{building}: rules on residents repainting their apartment", "rephrased"),
    (KB, "student wants to take a semester off without leaving {program} for good", "leave of absence from {program}, not a withdrawal", "rephrased"),
    (POL, "daily food allowance for employees travelling to {city}", "per diem for meals on business trips to {city}", "rephrased"),
    (SQL, "number of late rent payments at {building} in {month}", "how many rent payments came in past the due date at {building} in {month}", "rephrased"),
    (ORD, "customer asks if the refund for order {order} has gone through", "order {order}: has the shopper's money been sent back yet", "rephrased"),
]

T["typo"] = [
    (ORD, "tracking for order {order}, customer says the courier marked it delivered but nothing arrived", "tracking for order {order}, customer says the courrier marked it deliverd but nothing arrived", "two misspellings"),
    (KB, "{app}: how to export the audit log for the last 90 days", "{app}: how to exprot the audit log for the last 90 days", "letters swapped"),
    (SQL, "сколько пользователь потратил на такси за {ru_month}", "сколько пользователь потартил на такси за {ru_month}", "[ru] letters swapped"),
    (WX, "UV index in {city} on {weekday} afternoon, traveller plans a walking tour", "uv idnex in {city|lower} on {weekday} afternoon, traveller plans a walking tour", "lowercase, letters swapped"),
    (FL, "business class fares {city} to {city#2} on {date}", "bussiness class fares {city|typo} to {city#2} on {date}", "misspelling, letters swapped in the city"),
    (PR, "{brand} {product} in {color}, customer wants it before the weekend", "{brand} {product} in {color}, custmer wants it befor the weekend", "letters dropped"),
    (ORD, "סטטוס משלוח להזמנה {order}, הלקוח מחכה מאז {he_month}", "סטטס משלוח להזמנה {order}, הלקוח מחכה מאז {he_month}", "[he] letter dropped"),
    (SQL, "monthly subscription charges on the {account} account, last six months", "monthly subscripton charges on the {account} acount, last six months", "letters dropped"),
    (DOC, "{app} {endpoint} idempotency key header", "{app} {endpoint} idempotnecy key haeder", "letters swapped twice"),
    (POL, "renters insurance requirement for tenants at {building}", "renters insurace requirment for tenants at {building}", "letters dropped"),
    (KB, "student wants to appeal a campus parking ticket issued on {weekday}", "studnet wants to apeal a campus parking ticket issued on {weekday}", "letters swapped, letter dropped"),
    (POL, "mileage reimbursement rate for driving to {city} for a client visit", "milage reimbursment rate for driving to {city} for a client visit", "letters dropped"),
    (SQL, "vacancy rate across {building} units for {q}", "vacancy rate accross {building} untis for {q}", "letter doubled, letters swapped"),
    (ORD, "refund for order {order} still pending after {weekday}", "refund for order {order} stil pendng after {weekday}", "letters dropped"),
]

T["politeness"] = [
    (ORD, "order {order} estimated delivery date", "Hi! Could you please check the estimated delivery date for order {order}? Thank you so much", "greeting, please and thanks added"),
    (KB, "{app}: how to remove a deactivated user's seat from billing", "Hello, sorry to bother you, the customer would like to know how to remove a deactivated user's seat from billing in {app}. Many thanks!", "greeting, apology and thanks added"),
    (KB, "{app}のパスワード再設定方法", "お手数ですが、{app}のパスワード再設定方法を教えていただけますでしょうか。よろしくお願いいたします。", "[ja] polite request form"),
    (WX, "{city} snowfall probability on {weekday}", "please look up the snowfall probability in {city} on {weekday}, the traveller would really appreciate it", "please and appreciation added"),
    (FL, "flights {city} to {city#2} on {date} within the travel policy fare cap", "Good morning! Kindly search flights {city} to {city#2} on {date} within the travel policy fare cap, thanks in advance", "greeting, kindly and thanks added"),
    (PR, "{brand} {product} package dimensions and weight", "hey there, would you be so kind as to find the package dimensions and weight for the {brand} {product}? cheers", "greeting and thanks added"),
    (ORD, "주문 {order} 배송 조회", "안녕하세요, 번거로우시겠지만 주문 {order} 배송 조회 부탁드립니다. 감사합니다!", "[ko] greeting and thanks added"),
    (SQL, "user's biggest expense category in {month}", "The user politely asks: what was my biggest expense category in {month}? Thanks!", "politeness and question form"),
    (DOC, "{app} {sdk} SDK retry configuration", "Hi, hope you're well. Could you point me to the {app} {sdk} SDK retry configuration docs? Much appreciated", "greeting and thanks added"),
    (POL, "guest parking rules at {building}", "Hi, the tenant kindly asks about the guest parking rules at {building}, thank you", "greeting and thanks added"),
    (KB, "replacement student ID card at the {campus} service desk", "Hello! The student would be grateful to learn how to get a replacement student ID card at the {campus} service desk. Thanks a lot", "greeting and thanks added"),
    (POL, "per diem for a two-day trip to {city}", "Thanks for your help! Could you please look up the per diem for a two-day trip to {city}?", "thanks and please added"),
    (SQL, "open maintenance requests at {building} older than two weeks", "hi! if it's not too much trouble, could you list the open maintenance requests at {building} older than two weeks? thank you", "greeting and thanks added"),
    (ORD, "printable return label, order {order}", "Dear support team, I'd be very grateful if you could pull up the printable return label for order {order}. Best regards", "letter-style politeness"),
]

T["mixed"] = [
    (ORD, "Customer asks: my order {order} arrived damaged, how do I get a replacement?", "order {order} damged on arrival -> replacement process pls", "keywords, typo, abbreviation"),
    (KB, "How can a {app} workspace admin change the billing email address?", "{app|lower} admin update billing e-mail? thx", "lowercase, keywords, abbreviation"),
    (SQL, "{hi_month} में उपयोगकर्ता ने किराने के सामान पर कुल कितना खर्च किया?", "{hi_month} किराना कुल खर्च, यूज़र का", "[hi] question vs keywords, synonym"),
    (WX, "Will there be thunderstorms in {city} on {weekday} afternoon? The traveller's flight departs then", "thunderstroms {city} {weekday} pm, flight leaves then?", "shortened, typo, abbreviation"),
    (FL, "Could you find me the cheapest nonstop from {city} to {city#2} on {date}?", "lowest fare direct {city}-{city#2} {date} pls", "synonyms, keywords, please"),
    (PR, "Can the {brand} {product} be shipped to a PO box address?", "{brand} {product} ship to PO box ok? cust has no street addr", "keywords, abbreviation, context"),
    (ORD, "请问订单{order}什么时候能发货？客户比较着急", "订单{order}几时发货?? 客户急", "[zh] shortened, synonym, punctuation"),
    (SQL, "What were the user's total recurring subscription charges in {q}?", "sum of repeating subscription charges {q} for user", "synonyms, keywords, reordered"),
    (DOC, "How do I paginate through {endpoint} results in the {app} API?", "{app} api {endpoint} paging thru results", "keywords, lowercase, spelling"),
    (POL, "Can a tenant at {building} break the lease early if they relocate for work?", "early lease termination {building}, tenant relocating for job, allowed?", "synonyms, keywords"),
    (KB, "How does a student apply for the {scholarship} if they transferred this year?", "transfer student this yr, applying to {scholarship}: how?", "reordered, abbreviation"),
    (POL, "Does the travel policy let employees book business class on flights to {city}?", "biz class to {city} allowed per travel policy?", "abbreviation, keywords"),
    (SQL, "How many work orders at {building} were closed within 48 hours last month?", "{building}: # of work orders closed in under 2 days, last month", "symbol, units rewritten"),
    (ORD, "The customer would like to change the delivery address on order {order} before it ships", "chnage shipping adress order {order} b4 dispatch", "typos, synonyms, abbreviation"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "find flights from {city} to {city#2} on {date} for the sales director", "find flights from {city#2} to {city} on {date} for the sales director", "origin and destination swapped"),
    (ORD, "gift orders where {person} is the sender, last 90 days", "gift orders where {person} is the recipient, last 90 days", "sender vs recipient"),
    (SQL, "transfers from the {account} account into the {account#2} account in {month}", "transfers from the {account#2} account into the {account} account in {month}", "from/to accounts swapped"),
    (POL, "{building} lease: repairs the landlord has to pay for, re the message about the water heater", "{building} lease: repairs the tenant has to pay for, re the message about the water heater", "landlord vs tenant"),
    (SQL, "credits posted to the {account} account over $500 this quarter", "debits posted to the {account} account over $500 this quarter", "credit vs debit"),
    (KB, "migrate projects from {app} to {app#2}, customer is switching tools", "migrate projects from {app#2} to {app}, customer is switching tools", "migration direction swapped"),
    (SQL, "user's transactions in {month} sorted by amount, ascending", "user's transactions in {month} sorted by amount, descending", "ascending vs descending"),
    (KB, "how a student transfers credits from {uni} to our university", "how a student transfers credits from our university to {uni}", "into vs out of our university"),
    (ORD, "order {order}: items added before the shipping upgrade", "order {order}: items added after the shipping upgrade", "before vs after"),
    (WX, "{city} weather for the day before the traveller's {weekday} meeting", "{city} weather for the day after the traveller's {weekday} meeting", "day before vs day after"),
    (FL, "return leg {city#2} to {city} on {date}, user already holds the outbound ticket", "return leg {city} to {city#2} on {date}, user already holds the outbound ticket", "return leg reversed"),
    (SQL, "bank transfers from the user to {person} so far this year", "bank transfers from {person} to the user so far this year", "payer vs payee"),
    (POL, "notice the landlord must give before ending a month-to-month tenancy at {building}", "notice the tenant must give before ending a month-to-month tenancy at {building}", "landlord vs tenant"),
    (DOC, "{app} docs: {endpoint} listing with the oldest records returned first", "{app} docs: {endpoint} listing with the newest records returned first", "sort order"),
    (PR, "customer wants {brand} {product} listings ranked by price, ascending", "customer wants {brand} {product} listings ranked by price, descending", "sort direction"),
    (KB, "{app}: moving a user from the admin role to the member role", "{app}: moving a user from the member role to the admin role", "role change reversed"),
    (ORD, "orders the customer placed before {date}", "orders the customer placed after {date}", "before vs after"),
    (SQL, "rent payments received before the 5th at {building} in {month}", "rent payments received after the 5th at {building} in {month}", "before vs after"),
    (FL, "{ja_day}の{ja_city}発{ja_city#2}行きの便", "{ja_day}の{ja_city#2}発{ja_city}行きの便", "[ja] origin and destination swapped"),
    (SQL, "{ko_month} 급여 통장 입금 내역", "{ko_month} 급여 통장 출금 내역", "[ko] deposits vs withdrawals"),
    (POL, "किराएदार द्वारा मकान मालिक को दिए जाने वाले नोटिस की अवधि, {hi_city}", "मकान मालिक द्वारा किराएदार को दिए जाने वाले नोटिस की अवधि, {hi_city}", "[hi] tenant vs landlord"),
    (SQL, "העברות מ{he_person} לחשבון של המשתמש ב{he_month}", "העברות מהחשבון של המשתמש ל{he_person} ב{he_month}", "[he] from/to swapped"),
    (SQL, "students who switched from full-time to part-time for {term}", "students who switched from part-time to full-time for {term}", "status change reversed"),
    (FL, "flights into {airport} before noon on {date}, traveller has a 2pm meeting", "flights out of {airport} before noon on {date}, traveller has a 2pm meeting", "into vs out of"),
    (ORD, "exchange on order {order}: swap the size M jacket for a size L", "exchange on order {order}: swap the size L jacket for a size M", "exchange direction swapped"),
    (KB, "{app} calendar sync: events from Outlook not showing up in {app}", "{app} calendar sync: events from {app} not showing up in Outlook", "sync direction swapped"),
    (SQL, "students who moved from {program} into {program#2} this year", "students who moved from {program#2} into {program} this year", "from/to programme swapped"),
]

T["comparison"] = [
    (PR, "{product} under {usd} from {brand}, that's the customer's budget", "{product} over {usd} from {brand}, that's the customer's budget", "under vs over"),
    (FL, "earliest departure {city} to {city#2} on {date} the traveller can still make", "latest departure {city} to {city#2} on {date} the traveller can still make", "earliest vs latest"),
    (SQL, "transactions at or above {usd} on the {account} account in {month}", "transactions at or below {usd} on the {account} account in {month}", "at or above vs at or below"),
    (SQL, "units at {building} renting for more than {rent} a month", "units at {building} renting for less than {rent} a month", "more vs less"),
    (KB, "{app} plans that include at least {seats}", "{app} plans that include at most {seats}", "at least vs at most"),
    (POL, "travel policy: do trips longer than {nights} need VP sign-off", "travel policy: do trips shorter than {nights} need VP sign-off", "longer vs shorter"),
    (WX, "will the daytime high in {city} on {weekday} be above {tempf}", "will the daytime high in {city} on {weekday} be below {tempf}", "above vs below"),
    (ORD, "customer's orders this year with a total above {price}", "customer's orders this year with a total below {price}", "above vs below"),
    (SQL, "students in {program} with {gpa} or higher", "students in {program} with {gpa} or lower", "or higher vs or lower"),
    (PR, "{brand} {product} variant with the highest customer rating", "{brand} {product} variant with the lowest customer rating", "highest vs lowest"),
    (SQL, "the user's largest single purchase at {merchant} in {q}", "the user's smallest single purchase at {merchant} in {q}", "largest vs smallest"),
    (FL, "connections {city} to {city#2} on {date} with layovers longer than two hours", "connections {city} to {city#2} on {date} with layovers shorter than two hours", "longer vs shorter"),
    (DOC, "{app} API: batch requests with more than {batch}", "{app} API: batch requests with fewer than {batch}", "more vs fewer"),
    (SQL, "open maintenance requests at {building} older than {age}", "open maintenance requests at {building} newer than {age}", "older vs newer"),
    (POL, "refund rules for hotel bookings cancelled more than {hours} before check-in", "refund rules for hotel bookings cancelled less than {hours} before check-in", "more vs less"),
    (KB, "late registration fee for students taking more than {credits}", "late registration fee for students taking fewer than {credits}", "more vs fewer"),
    (ORD, "customer's parcels heavier than {kg}, oversize surcharge question", "customer's parcels lighter than {kg}, oversize surcharge question", "heavier vs lighter"),
    (SQL, "months in which the user's {spend} spending went over budget", "months in which the user's {spend} spending went under budget", "over vs under"),
    (PR, "newest {brand} {product} model in the catalogue", "oldest {brand} {product} model in the catalogue", "newest vs oldest"),
    (DOC, "{app} {sdk} SDK minimum supported runtime version", "{app} {sdk} SDK maximum supported runtime version", "minimum vs maximum"),
    (SQL, "tenants at {building} on leases longer than {leaselen}", "tenants at {building} on leases shorter than {leaselen}", "longer vs shorter"),
    (WX, "{city} on {weekday}: wind gusts stronger than {wind} expected?", "{city} on {weekday}: wind gusts weaker than {wind} expected?", "stronger vs weaker"),
    (SQL, "sections of {course} with more than {enroll} enrolled", "sections of {course} with fewer than {enroll} enrolled", "more vs fewer"),
    (SQL, "покупки пользователя на сумму больше {rub} за {ru_month}", "покупки пользователя на сумму меньше {rub} за {ru_month}", "[ru] more vs less"),
    (FL, "{zh_day}{zh_city}飞{zh_city#2}最早的航班", "{zh_day}{zh_city}飞{zh_city#2}最晚的航班", "[zh] earliest vs latest"),
    (PR, "{yen}以上のワイヤレスイヤホン、在庫あり", "{yen}以下のワイヤレスイヤホン、在庫あり", "[ja] at least vs at most"),
    (ORD, "customer's earliest order containing {brand} items", "customer's latest order containing {brand} items", "earliest vs latest"),
]

T["negation"] = [
    (POL, "Look up the return policy for a {product} whose original packaging has been opened", "Look up the return policy for a {product} whose original packaging has not been opened", "has vs has not been opened"),
    (ORD, "look up {month} orders from this customer that had gift wrap added", "look up {month} orders from this customer that had no gift wrap added", "had vs had no"),
    (FL, "refundable fares {city} to {city#2} on {date}, traveller's plans may change", "non-refundable fares {city} to {city#2} on {date}, traveller's plans may change", "refundable vs non-refundable"),
    (SQL, "unpaid rent invoices for tenants at {building} in {month}", "paid rent invoices for tenants at {building} in {month}", "unpaid vs paid"),
    (KB, "{app} {plan} plan monthly price with {feature}", "{app} {plan} plan monthly price without {feature}", "with vs without"),
    (PR, "{brand} {product} offers that include free returns", "{brand} {product} offers that exclude free returns", "include vs exclude"),
    (SQL, "user's total spending in {month} excluding {spend}", "user's total spending in {month} including {spend}", "excluding vs including"),
    (POL, "lease at {building}: pets allowed with a pet deposit", "lease at {building}: pets allowed without a pet deposit", "with vs without"),
    (KB, "registration steps for students on academic probation, {term}", "registration steps for students not on academic probation, {term}", "on vs not on probation"),
    (ORD, "order {order}: items that have shipped so far", "order {order}: items that have not shipped so far", "have vs have not"),
    (WX, "{city} forecast for {weekday} with the hourly precipitation breakdown", "{city} forecast for {weekday} without the hourly precipitation breakdown", "with vs without"),
    (DOC, "{app} {endpoint}: body parameters the call cannot work without", "{app} {endpoint}: body parameters the call can work without", "cannot vs can"),
    (SQL, "subscriptions the user cancelled that were still billed in {month}", "subscriptions the user cancelled that were not billed in {month}", "billed vs not billed"),
    (FL, "fares {city} to {city#2} on {date}, seat selection included", "fares {city} to {city#2} on {date}, seat selection excluded", "included vs excluded"),
    (POL, "{insurer} renters policies that cover {peril}", "{insurer} renters policies that exclude {peril}", "cover vs exclude"),
    (KB, "{app} account deletion for users who have an active subscription", "{app} account deletion for users who have no active subscription", "has vs has no"),
    (SQL, "students registered for {term} who have declared a major", "students registered for {term} who have not declared a major", "have vs have not"),
    (ORD, "customer's orders since {date} that qualified for free shipping", "customer's orders since {date} that did not qualify for free shipping", "qualified vs did not"),
    (PR, "{product} in {color}, in stock at the customer's nearest store", "{product} in {color}, out of stock at the customer's nearest store", "in stock vs out of stock"),
    (POL, "travel policy booking rules for trips to {city} with a weekend stay", "travel policy booking rules for trips to {city} without a weekend stay", "with vs without"),
    (SQL, "recurring charges on the {account} account that were flagged as fraud", "recurring charges on the {account} account that were not flagged as fraud", "flagged vs not flagged"),
    (SQL, "available units at {building} with in-unit laundry", "available units at {building} without in-unit laundry", "with vs without"),
    (DOC, "{app} {sdk} SDK: uploading large files with chunked transfer", "{app} {sdk} SDK: uploading large files without chunked transfer", "with vs without"),
    (ORD, "주문 {order} 중 반품 가능한 상품", "주문 {order} 중 반품 불가능한 상품", "[ko] returnable vs non-returnable"),
    (FL, "{hi_day} को {hi_city} से दिल्ली की रिफंडेबल टिकटें", "{hi_day} को {hi_city} से दिल्ली की नॉन-रिफंडेबल टिकटें", "[hi] refundable vs non-refundable"),
    (ORD, "הזמנות של הלקוח עם משלוח חינם ב{he_month}", "הזמנות של הלקוח בלי משלוח חינם ב{he_month}", "[he] with vs without"),
    (SQL, "{ja_month}分の家賃、支払い済みの入居者一覧", "{ja_month}分の家賃、未払いの入居者一覧", "[ja] paid vs unpaid"),
]

T["antonym_action"] = [
    (KB, "how does the customer subscribe to the {app} product newsletter", "how does the customer unsubscribe from the {app} product newsletter", "subscribe vs unsubscribe"),
    (KB, "{app}: steps to upgrade a workspace to the {plan} plan mid-cycle", "{app}: steps to downgrade a workspace to the {plan} plan mid-cycle", "upgrade vs downgrade"),
    (KB, "{app}: enable {feature} for every member of the workspace", "{app}: disable {feature} for every member of the workspace", "enable vs disable"),
    (POL, "{building}: how a tenant renews the lease 60 days before it expires", "{building}: how a tenant terminates the lease 60 days before it expires", "renew vs terminate"),
    (SQL, "accounts where the user increased the monthly savings transfer in {q}", "accounts where the user decreased the monthly savings transfer in {q}", "increase vs decrease"),
    (DOC, "{app} API: grant a service account access to {endpoint}", "{app} API: revoke a service account's access to {endpoint}", "grant vs revoke"),
    (KB, "{app}: archive a project that still has open tasks", "{app}: restore a project that still has open tasks", "archive vs restore"),
    (ORD, "customer wants to add an item to order {order} before it ships", "customer wants to remove an item from order {order} before it ships", "add vs remove"),
    (ORD, "pause the customer's subscription box starting {date}", "resume the customer's subscription box starting {date}", "pause vs resume"),
    (FL, "hold the seat on {airline} {flightno} for {date}, traveller confirms tomorrow", "release the seat on {airline} {flightno} for {date}, traveller confirms tomorrow", "hold vs release"),
    (SQL, "card limits the user raised in {q}, all cards", "card limits the user lowered in {q}, all cards", "raised vs lowered"),
    (KB, "student wants to add {course} to their {term} schedule", "student wants to drop {course} from their {term} schedule", "add vs drop"),
    (POL, "lease rules at {building} for adding a roommate to the lease", "lease rules at {building} for removing a roommate from the lease", "add vs remove"),
    (KB, "{app}: how an admin locks a member account after suspicious logins", "{app}: how an admin unlocks a member account after suspicious logins", "lock vs unlock"),
    (ORD, "return requests we approved for order {order}", "return requests we rejected for order {order}", "approved vs rejected"),
    (SQL, "students who enrolled in {program} during {term}", "students who withdrew from {program} during {term}", "enrolled vs withdrew"),
    (DOC, "{app} {sdk} SDK: open a websocket connection for live updates", "{app} {sdk} SDK: close a websocket connection for live updates", "open vs close"),
    (KB, "{app}: connect the {app#2} integration for the whole team", "{app}: disconnect the {app#2} integration for the whole team", "connect vs disconnect"),
    (KB, "how the user freezes the debit card linked to the {account} account", "how the user unfreezes the debit card linked to the {account} account", "freeze vs unfreeze"),
    (ORD, "customer asks to upgrade shipping on order {order}", "customer asks to downgrade shipping on order {order}", "upgrade vs downgrade"),
    (FL, "confirm the traveller's booking {pnr} for {date}", "cancel the traveller's booking {pnr} for {date}", "confirm vs cancel"),
    (SQL, "tenants who moved in at {building} in {q}", "tenants who moved out at {building} in {q}", "moved in vs out"),
    (DOC, "{app} API: start a bulk export job on {endpoint}", "{app} API: stop a bulk export job on {endpoint}", "start vs stop"),
    (KB, "как подключить автоплатёж в {app}", "как отключить автоплатёж в {app}", "[ru] turn on vs turn off autopay"),
    (KB, "如何在{app}中开启双重验证", "如何在{app}中关闭双重验证", "[zh] enable vs disable"),
    (KB, "{app} 구독 해지 방법", "{app} 구독 갱신 방법", "[ko] cancel vs renew"),
    (POL, "איך מאריכים חוזה שכירות בדירה ב{he_city}", "איך מבטלים חוזה שכירות בדירה ב{he_city}", "[he] extend vs cancel lease"),
]

T["number"] = [
    (ORD, "where is order {order}? customer says it's running late", "where is order {order#2}? customer says it's running late", "order id changed"),
    (ORD, "tracking {trk} shows no movement, customer is worried", "tracking {trk#2} shows no movement, customer is worried", "tracking number changed"),
    (KB, "support ticket {ticket}: customer wants an update", "support ticket {ticket#2}: customer wants an update", "ticket id changed"),
    (SQL, "card ending in {last4}: all charges in {month}", "card ending in {last4#2}: all charges in {month}", "card digits changed"),
    (ORD, "work order {wo} at {building}, tenant asks when the plumber arrives", "work order {wo#2} at {building}, tenant asks when the plumber arrives", "work order id changed"),
    (KB, "{app} price for {seats} on the {plan} plan", "{app} price for {seats#2} on the {plan} plan", "seat count changed"),
    (SQL, "rent history for {apt} at {building}", "rent history for {apt#2} at {building}", "apartment changed"),
    (FL, "live tracking of {airline} {flightno} on {date}, a colleague is picking the traveller up", "live tracking of {airline} {flightno#2} on {date}, a colleague is picking the traveller up", "flight number changed"),
    (FL, "traveller's booking {pnr}: current seat assignment", "traveller's booking {pnr#2}: current seat assignment", "booking code changed"),
    (DOC, "{app} {sdk} SDK {ver} changelog, breaking changes only", "{app} {sdk} SDK {ver#2} changelog, breaking changes only", "version changed"),
    (KB, "{app} shows error {err} while syncing, customer on {plan} plan", "{app} shows error {err#2} while syncing, customer on {plan} plan", "error code changed"),
    (POL, "travel policy: mileage reimbursement for round trips over {miles}", "travel policy: mileage reimbursement for round trips over {miles#2}", "distance changed"),
    (SQL, "interest on the {account} account at {apy}, projected for a year", "interest on the {account} account at {apy#2}, projected for a year", "rate changed"),
    (KB, "student {sid}: holds blocking registration", "student {sid#2}: holds blocking registration", "student id changed"),
    (ORD, "invoice {inv} for the customer's bulk order", "invoice {inv#2} for the customer's bulk order", "invoice number changed"),
    (PR, "kids' rain boots in {tsize}, fleece lining", "kids' rain boots in {tsize#2}, fleece lining", "size changed"),
    (SQL, "tenants at {building} paying {rent} a month", "tenants at {building} paying {rent#2} a month", "rent amount changed"),
    (POL, "renters insurance, {deduct}: payout for a stolen bike", "renters insurance, {deduct#2}: payout for a stolen bike", "deductible changed"),
    (WX, "{city} {outlook} for the traveller's site visit", "{city} {outlook#2} for the traveller's site visit", "forecast length changed"),
    (KB, "{app} {plan} plan with {gb} of storage: price per month", "{app} {plan} plan with {gb#2} of storage: price per month", "storage changed"),
    (SQL, "enrollment count in {sect} of {course}", "enrollment count in {sect#2} of {course}", "section changed"),
    (DOC, "{app} API at {rpm}: what happens past the limit", "{app} API at {rpm#2}: what happens past the limit", "rate limit changed"),
    (FL, "flights {city} to {city#2} on {date} for {pax}, same booking", "flights {city} to {city#2} on {date} for {pax#2}, same booking", "party size changed"),
    (ORD, "ग्राहक पूछ रहा है: ऑर्डर {order} की डिलीवरी कहाँ तक पहुँची", "ग्राहक पूछ रहा है: ऑर्डर {order#2} की डिलीवरी कहाँ तक पहुँची", "[hi] order id changed"),
    (KB, "{app}の料金プラン、ユーザー{ja_seats}分の見積もり", "{app}の料金プラン、ユーザー{ja_seats#2}分の見積もり", "[ja] seat count changed"),
    (SQL, "דירות להשכרה ב{ils} לחודש ב{he_city}", "דירות להשכרה ב{ils#2} לחודש ב{he_city}", "[he] rent amount changed"),
    (ORD, "customer needs the label for {rma}", "customer needs the label for {rma#2}", "return authorisation changed"),
]

T["date"] = [
    (WX, "{city} forecast for {weekday}, the traveller lands that morning", "{city} forecast for {weekday#2}, the traveller lands that morning", "weekday changed"),
    (FL, "flights {city} to {city#2} on {date}, any airline, economy", "flights {city} to {city#2} on {date#2}, any airline, economy", "date changed"),
    (ORD, "orders the customer placed on {iso}", "orders the customer placed on {iso#2}", "date changed"),
    (SQL, "user's total card spending in {month}, excluding transfers", "user's total card spending in {month#2}, excluding transfers", "month changed"),
    (SQL, "rent roll for {building} as of {dm}", "rent roll for {building} as of {dm#2}", "date changed"),
    (KB, "{course} final exam schedule for {term}", "{course} final exam schedule for {term#2}", "term changed"),
    (POL, "{building} lease terms for move-ins after {date}", "{building} lease terms for move-ins after {date#2}", "date changed"),
    (ORD, "orders the customer placed with {brand} last week", "orders the customer placed with {brand} this week", "last vs this week"),
    (SQL, "interest earned on the {account} account in {taxyr}", "interest earned on the {account} account in {taxyr#2}", "year changed"),
    (FL, "{airline} flights to {city} leaving {weekday} evening", "{airline} flights to {city} leaving {weekday#2} evening", "weekday changed"),
    (WX, "will it rain in {city} on {date}, traveller has an outdoor event", "will it rain in {city} on {date#2}, traveller has an outdoor event", "date changed"),
    (KB, "{app} planned maintenance on {date}, customer asks about downtime", "{app} planned maintenance on {date#2}, customer asks about downtime", "date changed"),
    (DOC, "{app} {endpoint} changes shipped in {month}", "{app} {endpoint} changes shipped in {month#2}", "month changed"),
    (POL, "{building} quiet-hours exception for the courtyard event on {dm}", "{building} quiet-hours exception for the courtyard event on {dm#2}", "date changed"),
    (SQL, "students who registered for {term} before the priority deadline", "students who registered for {term#2} before the priority deadline", "term changed"),
    (ORD, "customer's delivery slot on {weekday} morning, order {order}", "customer's delivery slot on {weekday#2} morning, order {order}", "weekday changed"),
    (SQL, "work orders opened at {building} in {q}", "work orders opened at {building} in {q#2}", "quarter changed"),
    (FL, "{airline} {flightno} departing at {ampm} on {date}", "{airline} {flightno} departing at {ampm#2} on {date}", "am vs pm"),
    (KB, "{office} opening hours on {weekday}", "{office} opening hours on {weekday#2}", "weekday changed"),
    (SQL, "the user's net worth at the end of {taxyr}", "the user's net worth at the end of {taxyr#2}", "year changed"),
    (PR, "{brand} {product} restock expected on {date}?", "{brand} {product} restock expected on {date#2}?", "date changed"),
    (ORD, "refunds issued to the customer's {pay} last month", "refunds issued to the customer's {pay} this month", "last vs this month"),
    (POL, "expense report deadline for trips taken in {month}", "expense report deadline for trips taken in {month#2}", "month changed"),
    (WX, "{ko_city} {ko_day} 오후 날씨, 출장자 도착 예정", "{ko_city} {ko_day#2} 오후 날씨, 출장자 도착 예정", "[ko] weekday changed"),
    (FL, "командировка: рейсы {ru_city} — {ru_city#2} на {ru_date}, эконом", "командировка: рейсы {ru_city} — {ru_city#2} на {ru_date#2}, эконом", "[ru] date changed"),
    (ORD, "查询该客户{zh_month}下的所有订单", "查询该客户{zh_month#2}下的所有订单", "[zh] month changed"),
    (SQL, "late rent payments at {building} since {date}", "late rent payments at {building} since {date#2}", "date changed"),
]

T["entity"] = [
    (WX, "forecast in {city} for {weekday}, the traveller has an outdoor site visit", "forecast in {city#2} for {weekday}, the traveller has an outdoor site visit", "city changed"),
    (FL, "user prefers {airline}: {city} to {city#2} options on {date}", "user prefers {airline#2}: {city} to {city#2} options on {date}", "airline changed"),
    (PR, "{brand} {product} reviews that mention durability", "{brand#2} {product} reviews that mention durability", "brand changed"),
    (ORD, "orders shipped to {email} this year", "orders shipped to {email#2} this year", "email changed"),
    (KB, "{app} single sign-on setup with Okta, customer is an admin", "{app#2} single sign-on setup with Okta, customer is an admin", "product changed"),
    (SQL, "{person}'s rent payment history at {building}", "{person#2}'s rent payment history at {building}", "tenant changed"),
    (POL, "{building} pet policy for tenants with large dogs", "{building#2} pet policy for tenants with large dogs", "building changed"),
    (SQL, "user's spending at {merchant} so far this year", "user's spending at {merchant#2} so far this year", "merchant changed"),
    (DOC, "{app} {sdk} SDK: paginating {endpoint}", "{app} {sdk#2} SDK: paginating {endpoint}", "SDK language changed"),
    (KB, "application deadline for the {scholarship}, student is a sophomore", "application deadline for the {scholarship#2}, student is a sophomore", "scholarship changed"),
    (POL, "per diem the travel policy allows in {city} for a three-day trip", "per diem the travel policy allows in {city#2} for a three-day trip", "city changed"),
    (ORD, "customer's last shipment with {carrier}, delivery photo missing", "customer's last shipment with {carrier#2}, delivery photo missing", "carrier changed"),
    (KB, "{app} {plan} plan price per seat, billed annually", "{app} {plan#2} plan price per seat, billed annually", "plan changed"),
    (SQL, "students admitted to {program} this fall", "students admitted to {program#2} this fall", "programme changed"),
    (FL, "flights into {airport} on {date} for the team offsite", "flights into {airport#2} on {date} for the team offsite", "airport code changed"),
    (POL, "{insurer} renters insurance: cover for {peril} claims", "{insurer#2} renters insurance: cover for {peril} claims", "insurer changed"),
    (PR, "{product} in {color}, customer wants to match the old one", "{product} in {color#2}, customer wants to match the old one", "colour changed"),
    (SQL, "maintenance spend at {building} this year", "maintenance spend at {building#2} this year", "building changed"),
    (KB, "how to reset the library printing PIN on the {campus}", "how to reset the library printing PIN on the {campus#2}", "campus changed"),
    (ORD, "{person}'s open orders containing {brand} items", "{person}'s open orders containing {brand#2} items", "brand changed"),
    (WX, "air quality in {twin_city} on {weekday} afternoon", "air quality in {twin_city#2} on {weekday} afternoon", "look-alike city"),
    (DOC, "{app} API {endpoint} response schema", "{app} API {endpoint#2} response schema", "endpoint changed"),
    (SQL, "tuition payments received from {person} for {term}", "tuition payments received from {person#2} for {term}", "payer changed"),
    (WX, "{hi_day} को {hi_city} में बारिश की संभावना", "{hi_day} को {hi_city#2} में बारिश की संभावना", "[hi] city changed"),
    (SQL, "תשלומי שכר הדירה של {he_person} בשנה האחרונה", "תשלומי שכר הדירה של {he_person#2} בשנה האחרונה", "[he] tenant changed"),
    (FL, "{ja_day}の{ja_city}行き、{ja_airline}の便", "{ja_day}の{ja_city}行き、{ja_airline#2}の便", "[ja] airline changed"),
    (SQL, "{account} account fees charged in {q}", "{account#2} account fees charged in {q}", "account changed"),
]

T["scope"] = [
    (SQL, "total spending this month on the {account} account", "total spending this month across all accounts", "one account vs all"),
    (SQL, "open maintenance requests at {building}, tenant-reported only", "open maintenance requests across the whole portfolio, tenant-reported only", "building vs portfolio"),
    (SQL, "user's spending on {spend} this month", "user's spending on {spend} this year", "month vs year"),
    (ORD, "order {order}: delivery status of the {product}", "order {order}: delivery status of every item", "one item vs whole order"),
    (KB, "{app}: export the audit data for one project", "{app}: export the audit data for the entire workspace", "project vs workspace"),
    (POL, "travel policy for {dept}: meal limits on domestic trips", "travel policy for {dept}: meal limits on international trips", "domestic vs international"),
    (KB, "withdrawal deadline for {course}, {term}", "withdrawal deadline for every course, {term}", "one course vs all courses"),
    (WX, "{city} forecast hour by hour, {weekday} morning only", "{city} forecast hour by hour, {weekday} all day", "morning vs whole day"),
    (FL, "traveller is asking for nonstop options {city} to {city#2} on {date}", "traveller is asking for all options {city} to {city#2} on {date}", "nonstop vs all"),
    (PR, "{brand} {product} reviews from verified buyers", "{brand} {product} reviews from all buyers", "verified vs all"),
    (DOC, "{app} API rate limits for {endpoint}", "{app} API rate limits for all endpoints", "one endpoint vs all"),
    (POL, "{building} rules on smoking on balconies", "{building} rules on smoking anywhere on the property", "balconies vs whole property"),
    (SQL, "rent arrears for {apt} at {building}", "rent arrears for every unit at {building}", "one unit vs all"),
    (ORD, "customer's orders with {brand} in {month}", "customer's orders with {brand} so far this year", "month vs year"),
    (KB, "{app}: roles and permissions for guest users", "{app}: roles and permissions for all user types", "guests vs all"),
    (SQL, "average GPA of {program} students", "average GPA of all undergraduates", "one programme vs all"),
    (POL, "{insurer} renters insurance: coverage for a stolen bicycle", "{insurer} renters insurance: coverage for stolen belongings", "bicycle vs all belongings"),
    (SQL, "interest earned on the {account} account since January", "interest earned on the {account} account since it was opened", "year to date vs lifetime"),
    (FL, "morning flights {city} to {city#2} on {date}, traveller flexible on airline", "flights at any time {city} to {city#2} on {date}, traveller flexible on airline", "morning vs any time"),
    (KB, "{app}: billing history for the current invoice", "{app}: billing history for the past twelve months", "one invoice vs twelve months"),
    (SQL, "students with a registration hold in {program}", "students with a registration hold university-wide", "programme vs university"),
    (ORD, "customer's unshipped orders from {brand}", "customer's unshipped orders from every brand", "one brand vs all"),
    (WX, "{city} weather alerts for downtown on {weekday}", "{city} weather alerts for the whole region on {weekday}", "downtown vs region"),
    (SQL, "расходы пользователя на кафе и рестораны за {ru_month}, карта *{last4}", "расходы пользователя на кафе и рестораны за {ru_month}, все карты", "[ru] one card vs all cards"),
    (SQL, "{zh_building}目前空置的单元数量", "所有楼盘目前空置的单元数量", "[zh] one building vs whole portfolio"),
    (SQL, "{ko_month} 카드 사용액 중 식비만", "{ko_month} 카드 사용액 전체", "[ko] food only vs all"),
    (POL, "{hi_city} दफ़्तर के कर्मचारियों के लिए यात्रा भत्ते के नियम", "सभी दफ़्तरों के कर्मचारियों के लिए यात्रा भत्ते के नियम", "[hi] one office vs all offices"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test12",
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
        Apart("test8", values="strict", quiet=True),
        Apart("test9", values="strict", quiet=True),
        Apart("test10", values="strict", quiet=True),
        Apart("test11", values="strict", quiet=True),
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
