#!/usr/bin/env python3
# ruff: noqa: E501, RUF001  (one template pair per line reads better; Bulgarian text has look-alike letters)
"""Generate "test9", a ninth held-out test split for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate_test9.py          # write pairs_test9.jsonl, print the report
    python evals/cache/generate_test9.py --check  # regenerate in memory, fail if the file on disk differs

Same record format, the same 15 categories and 8 tools and the same size as test to test8 (25 pairs
per paraphrase category, 54 per near-miss category, 607 in all), but new template pairs in new
wording and new slot pools. Written by a separate author, apart from the guard and the verifier.
What was read, and nothing else: the listing and line counts of evals/cache/, the sections of
evals/cache/README.md from "# Semantic cache evaluation pairs" through "## What a user of the data
must know" and the section "## pairgen.py: the shared machinery" (not tune2 to tune5, not test2 to
test8, not their "reading" subsections), pairgen.py and generate_test8.py (as the model of the
structure; none of its templates, wording or pool values are reused). Nothing under src/, bench/,
tests/, scripts/ or docs/ was opened, no pairs_*.jsonl file was read (the self-check compares with
them without printing their text), no git history was read, the server and the benchmarks were not
run, nothing was installed, and nothing was scored on this split.

**Never tune on it.** Score it once, on a final configuration, and report that number. If a test9
result leads to a change of the guard, the verifier, the thresholds or the templates, test9 is used
up too.

How it was written: by hand, template pair by template pair, from the category definitions in the
README; then the self-check was run, and the templates and pool values it reported as shared with
or worded like another split's were reworded or replaced (it names only this split's string and the
other split's name, never the other text).

Style: terse requests as analysts and ops staff type them into search boxes, dashboards and
SQL-ish or CLI-ish helpers: keyword fragments, abbreviations ("avg", "rev", "excl.", "w/o", "pls",
"yr", "pax"), filters written as "status:open", "region=EMEA-N", "carrier=...", "assignee:...",
date ranges ("{month} 1-15"), "top 10", "vs", "≥", "≤", "→", "asc"/"desc"; mixed with some full
sentences, so that shorten, question_keyword and mixed pairs go between a sentence and its compact
form. Near misses hide the difference in those compact forms: a flipped filter (status:paid /
status:unpaid, status:resolved / status:unresolved), a swapped route or range ("A->B" / "B->A",
"1-15" / "16-31"), "excl." vs "incl.", "w/" vs "w/o", "asc" vs "desc", "top" vs "bottom", "≥" vs
"≤", ">" vs "<", another id, ticket, credit note, booking code or version, another port or HTTP
status, another unit (km/h vs mph) or period (30d vs 90d, this wk vs next wk), another assignee,
queue, carrier or region code, and scope changes such as "(all users)" / "(mine only)".
12-15% of the pairs are in other languages, little used before in these splits: Danish, Norwegian
Bokmål, Icelandic, Slovenian, Bulgarian, Serbian (Latin), Maltese and Welsh (notes start with
"[da]", "[nb]", "[is]", "[sl]", "[bg]", "[sr]", "[mt]", "[cy]"), each pair within one language.

The self-check (pairgen.self_check; nothing is written if it fails) keeps test9 apart from every
other split: no template string shared with or worded like (word Jaccard 0.7 or more, a slot
counting as one word named after its pool) a template of tune, test, test2 to test8 or
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
    "barcode scanner": ["Datalogic", "Socket Mobile", "Newland"],
    "pallet jack": ["Jungheinrich", "Pramac", "Noblelift"],
    "thermal camera": ["Hikmicro", "Seek Thermal", "Testo"],
    "UPS battery": ["CyberPower", "Riello", "Socomec"],
    "cable tie tool": ["Panduit", "HellermannTyton", "Paladin Tools"],
    "rugged tablet": ["Getac", "Durabook", "Oukitel"],
    "stretch wrapper": ["Robopac", "Lantech", "Orion Packaging"],
    "floor scrubber": ["Tennant", "Nilfisk", "Numatic"],
}

LISTS = {
    "city": ["Silkeborg", "Randers", "Vejle", "Herning", "Harstad", "Steinkjer", "Kristiansund", "Nova Gorica", "Akureyri",
             "Ísafjörður", "Ptuj", "Celje", "Koper", "Kranj", "Stara Zagora", "Sliven", "Ruse", "Pleven", "Novi Sad",
             "Niš", "Kragujevac", "Subotica", "Mdina", "Sliema", "Aberystwyth", "Wrexham", "Llandudno"],
    "country": ["Svalbard", "Guernsey", "Åland", "Alderney", "Sark", "Saint Pierre", "Martinique", "Tristan da Cunha",
                "Pitcairn", "Saba"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"],
    "person": ["Mette Kjærgaard", "Sindre Haugland", "Guðrún Ásgeirsdóttir", "Jernej Kos", "Desislava Petrova",
               "Milica Jovanović", "Rhodri Price", "Ġorġ Camilleri", "Solveig Brekke", "Bojan Zupančič"],
    "plan": ["Flint", "Gneiss", "Obsidian", "Quartzite"],
    "tier": ["Rowan Care", "Hazel Care", "Alder Care", "Juniper Care"],
    "region": ["EMEA-N", "EMEA-S", "APAC-E", "LATAM-C", "NA-W", "NA-E"],
    "procedure": ["root canal work", "gait analysis", "physio blocks", "allergy patch tests", "scar revision",
                  "lymphatic drainage", "bunion surgery"],
    "lang": ["Koka", "Nelua", "Factor", "Lean", "Agda", "Mercury", "Pharo", "Ceylon", "Gambit", "Chicken Scheme"],
    "endpoint": ["/shift_rosters", "/dock_bookings", "/meter_reads", "/sla_breaches", "/stock_counts",
                 "/churn_flags", "/batch_jobs", "/quota_usage", "/alarm_events", "/ledger_lines"],
    "db": ["Databend", "GreptimeDB", "TiKV", "Apache Kvrocks", "TDengine", "ReductStore", "Vald", "NuoDB",
           "Typesense", "Manticore Search"],
    "team": ["NOC", "SOC", "Billing Ops", "Fleet Control", "Tier-2 Support", "Dock Ops", "Returns Desk", "Payroll Ops"],
    "company": ["Fjordline Fish", "Vatna Tours", "Sava Pharma", "Thracian Wines", "Danube Steel", "Gozo Ferries",
                "Eryri Slate", "Jutland Wind"],
    "carrier": ["Posten Bring", "Íslandspóstur", "Pošta Slovenije", "Post Express", "MaltaPost", "Dao", "Instabox",
                "Burd Delivery", "Airmee", "Budbee"],
    "airline": ["PLAY", "KM Malta", "Eastern Airways", "DAT", "Sun-Air", "Braathens Regional"],
    "idp": ["Authentik", "PingOne", "Zitadel", "FusionAuth", "Casdoor", "Ory Kratos"],
}

ORDINALS = {  # {x#2} is a neighbour in the list
    "amount": [2150, 2280, 2410, 2540, 2670, 2830],
    "n": [143, 152, 158, 169, 181],
    "pct": ["6.5%", "7.5%", "8.5%", "9.5%"],
    "yr": [2051, 2052, 2053, 2054],
    "q": ["Q1", "Q2", "Q3", "Q4"],
}

TWINS = {  # {x#2} is the look-alike partner
    "twin_city": [("Ljutomer", "Ljubno"), ("Sandnes", "Sandnessjøen"), ("Svendborg", "Svenstrup"), ("Hveragerði", "Hvolsvöllur")],
    "airport": [("TOS", "TSO"), ("BOJ", "BJO"), ("LJU", "LUJ"), ("INI", "NII"), ("MLA", "MAL"), ("CWL", "CLW")],
    "ver": [("5.12.0", "5.1.20"), ("3.21.4", "3.2.14"), ("11.0.3", "11.3.0"), ("6.4.0-rc.1", "6.4.0-rc.2")],
}

EMAIL = (["mette.k", "sindre.h", "gudrun.a", "jernej.k", "desi.p", "milica.j"],
         ["mail.dk", "broadpark.no", "simnet.is", "siol.net", "dir.bg", "eunet.rs"])
AIRLINE_CODE = {"PLAY": "OG", "KM Malta": "KM", "Eastern Airways": "T3", "DAT": "DX", "Sun-Air": "EZ",
                "Braathens Regional": "TF"}

EXTRA_POOLS = {
    "iso": pairgen.iso_pool(LISTS["month"], [2029, 2030]),  # "2029-05-14"; the second one 1 or 7 days later
    "swap": pairgen.ymd_swap_pool(LISTS["month"], [2029, 2030]),  # "2029-04-06"; the second one "2029-06-04"
    "dm": pairgen.day_month_pool(LISTS["month"]),  # "14 May"; the second one 1 or 7 days later
    "ticket": pairgen.prefixed_pool("INC", 100000, 999999),  # incident "INC482913"
    "cn": pairgen.prefixed_pool("CN-", 20000, 69999),  # credit note "CN-40718"
    "ecode": pairgen.prefixed_pool("E", 1000, 9999),  # app error "E4821"
    "pnr": pairgen.code_pool(),  # booking code; the second one has one character changed
}

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[da]", "[nb]", "[is]", "[sl]", "[bg]", "[sr]", "[mt]", "[cy]" at
# the start of a note marks a non-English pair.
# --------------------------------------------------------------------------------------------

T: dict[str, list[Template]] = {}

# ---------------------------------------------------------------- paraphrases (label: same)

T["reorder"] = [
    (SQL, "net rev by region, {q} {yr}, excl. refunds", "excl. refunds, net rev by region, {q} {yr}", "filter moved to the front"),
    (ORD, "orders status:open region={region} carrier={carrier}", "orders carrier={carrier} region={region} status:open", "filters reordered"),
    (WX, "{city} wind gusts {weekday} am", "{weekday} am {city} wind gusts", "place and time reordered"),
    (FL, "{city}->{city#2} {date} nonstop {airline}", "{airline} nonstop {date} {city}->{city#2}", "keywords reordered, route kept"),
    (PR, "{brand} {product} under {amount} kr in stock", "in stock {brand} {product} under {amount} kr", "stock filter moved"),
    (KB, "reset 2FA {plan} plan admin", "{plan} plan admin reset 2FA", "fragments reordered"),
    (DOC, "{lang} client: next-page cursor handling for {endpoint}", "next-page cursor handling for {endpoint}, {lang} client", "fragments reordered"),
    (POL, "parental leave policy {country} contractors", "contractors {country} parental leave policy", "fragments reordered"),
    (SQL, "top 10 SKUs by units sold, {month}, {region}", "{region}, {month}: top 10 SKUs by units sold", "filters moved to the front"),
    (ORD, "returns pending > 14 days w/o label, {carrier}", "{carrier}, returns w/o label pending > 14 days", "carrier moved, conditions reordered"),
    (DOC, "{db} replication lag alert threshold", "alert threshold for replication lag, {db}", "noun phrase reordered"),
    (WX, "Vejrudsigt for {city} i weekenden, vind og regn", "Vind og regn i weekenden, vejrudsigt for {city}", "[da] clauses reordered"),
    (SQL, "prihodki po regijah {q} {yr}, brez vračil", "brez vračil, prihodki po regijah {q} {yr}", "[sl] filter moved to the front"),
]

T["shorten"] = [
    (SQL, "Could you pull the total number of open support tickets per team for {month} {yr}, leaving out spam?", "open tickets per team {month} {yr} excl. spam", "sentence cut to a filter line"),
    (ORD, "I need a list of every order shipped with {carrier} to {country} that has not been delivered yet", "undelivered {carrier} orders to {country}", "sentence cut to keywords"),
    (WX, "what is the expected maximum temperature in {city} this {weekday} afternoon", "{city} max temp {weekday} pm", "abbreviated"),
    (FL, "show me the cheapest nonstop {airline} flights from {city} to {city#2} on {date}", "cheapest nonstop {airline} {city}->{city#2} {date}", "route as an arrow"),
    (PR, "which {product} models from {brand} cost at most {amount} kr and can ship tomorrow", "{brand} {product} ≤ {amount} kr, ships tomorrow", "at most as ≤"),
    (KB, "how can an admin on the {plan} plan force a password reset for every user in the workspace", "{plan} admin force pw reset all users", "abbreviated"),
    (DOC, "using the {lang} SDK, what is the way to make requests to {endpoint} give up after a timeout", "{lang} SDK {endpoint} timeout", "keywords only"),
    (POL, "what does the {tier} health plan reimburse for {procedure} per calendar year", "{tier} {procedure} reimbursement per yr", "abbreviated"),
    (SQL, "what was the average handling time in minutes for tickets in the {team} queue during {q}", "avg handling time (min) {team} queue {q}", "abbreviated"),
    (ORD, "please list the orders over {amount} kr that are still waiting for payment", "unpaid orders > {amount} kr", "over as >"),
    (DOC, "what is the maximum number of connections a single {db} node accepts by default", "{db} default max connections per node", "keywords only"),
    (SQL, "Hvor mange kunder i {city} sa opp abonnementet sitt i {q}?", "oppsigelser {city} {q}", "[nb] keywords only"),
    (ORD, "Можете ли да ми кажете къде се намира в момента поръчка номер {order}?", "къде е поръчка {order}", "[bg] keywords only"),
]

T["question_keyword"] = [
    (SQL, "What was net revenue in {region} in {q} {yr}, excluding refunds?", "net rev {region} {q} {yr} excl. refunds", "question vs filter line"),
    (ORD, "Which of my {month} orders are still sitting in the warehouse?", "my orders {month} status:unshipped", "question vs filter"),
    (WX, "Is snowfall expected around {city} this {weekday}?", "{city} snowfall expected this {weekday}", "question vs keywords"),
    (FL, "Does {airline} fly nonstop from {city} to {city#2}?", "{airline} nonstop {city} to {city#2}", "question vs keywords"),
    (PR, "Which {product} from {brand} has the longest warranty?", "longest-warranty {product}, brand={brand}", "question vs keywords"),
    (KB, "How do I export the audit log on the {plan} plan?", "audit trail csv dump, {plan}", "question vs keywords"),
    (DOC, "How do I retry failed calls to {endpoint} in {lang}?", "{lang} retry failed {endpoint} calls", "question vs keywords"),
    (POL, "How many sick days can I take without a doctor's note in {country}?", "{country} sick days w/o doctor's note", "question vs keywords"),
    (SQL, "Which 10 customers had the highest spend in {month} {yr}?", "top 10 customers by spend {month} {yr}", "question vs top-N"),
    (DOC, "How do I rotate the TLS certs on a {db} cluster?", "{db} cluster TLS cert rotation", "question vs keywords"),
    (KB, "Why am I getting error {ecode} when I import a CSV?", "error {ecode} CSV import", "question vs keywords"),
    (WX, "Hver er veðurspáin fyrir {city} á morgun?", "veðurspá {city} á morgun", "[is] question vs keywords"),
    (ORD, "Fejn tinsab l-ordni numru {order}?", "status tal-ordni {order}", "[mt] question vs keywords"),
]

T["synonym"] = [
    (SQL, "count of churned accounts in {region} for {q}", "how many customers cancelled in {region} during {q}", "churned / cancelled"),
    (ORD, "parcels stuck in transit > 5 days, {carrier}", "{carrier} shipments that haven't moved for more than five days", "stuck / haven't moved"),
    (WX, "{city} precip probability {weekday}", "chance of rain or snow in {city} on {weekday}", "precipitation reworded"),
    (FL, "{city} to {city#2} {date}, no layovers", "direct connections from {city} into {city#2} on {date}", "no layovers / direct"),
    (PR, "{brand} {product} refurb", "reconditioned {product} made by {brand}", "refurb / reconditioned"),
    (KB, "revoke API key {plan} workspace", "deactivate an API credential for a {plan} workspace", "revoke / deactivate"),
    (DOC, "{lang} SDK: paginate {endpoint}", "walk through every page of {endpoint} results using the {lang} client library", "reworded"),
    (POL, "bereavement leave, {country}", "days off after a death in the family for staff in {country}", "reworded"),
    (SQL, "MoM growth of active users, {month} {yr}", "month-over-month change in active user count for {month} {yr}", "MoM spelt out"),
    (ORD, "orders w/o tracking no., {month}", "{month} parcels that never got a tracking code", "reworded"),
    (DOC, "{db} slow query log", "where does {db} record queries that take too long", "reworded"),
    (SQL, "broj aktivnih korisnika u {city} za {q}", "koliko korisnika je bilo aktivno u {city} tokom {q}", "[sr] reworded"),
    (WX, "rhagolygon y tywydd ar gyfer {city} yfory", "sut fydd y tywydd yfory yn {city}", "[cy] reworded"),
]

T["typo"] = [
    (SQL, "revenue by region {q} {yr} excl. refunds", "revneue by region {q} {yr} excl refunds", "typo, dot dropped"),
    (ORD, "open orders for {carrier} status:pending", "opne orders for {carrier} status:pending", "typo"),
    (WX, "{city} hi/lo temps {weekday} fcst", "{city|lower} hi/lo temsp {weekday} fcst", "typo, casing"),
    (FL, "{airline} flights {city} to {city#2} {date}", "{airline} fligths {city} to {city#2} {date}", "typo"),
    (PR, "{brand} {product} list price + lead time", "{brand|lower} {product} list pirce + lead time", "typo, casing"),
    (KB, "cannot enable SSO on {plan} plan", "cannot enalbe SSO on {plan} plan", "typo"),
    (DOC, "{lang} SDK: verify HMAC on incoming webhooks", "{lang} SDK: verfiy HMAC on incoming webhooks", "typo"),
    (POL, "{tier}: is {procedure} reimbursed, and how much", "{tier}: is {procedure|typo} reimbursed, and how much", "typo in the procedure"),
    (SQL, "TOP 10 PRODUCTS BY MARGIN {month|upper}", "top 10 prodcuts by margin {month|lower}", "casing, typo"),
    (ORD, "refund for order {order} processed yet?", "refund for ordr {order} processed yet?", "typo"),
    (DOC, "{db} connection pool exhausted", "{db} conection pool exhausted", "typo"),
    (ORD, "hvor er min pakke, ordre {order}", "hvor er min pkake ordre {order}", "[da] typo, comma dropped"),
    (WX, "vremenska napoved {city} jutri", "vremnska napoved {city} jutri", "[sl] typo"),
]

T["politeness"] = [
    (SQL, "churn rate {region} {q}", "hi team, could someone pull the churn rate for {region} in {q}? thanks a lot", "greeting and thanks"),
    (ORD, "order {order} stage?", "Hello, would you kindly check which stage order {order} is at? Many thanks.", "formal request"),
    (WX, "{city} wind speed + direction {weekday}", "morning! quick favour: {city} wind speed + direction {weekday}, cheers", "greeting and thanks"),
    (FL, "{airline} seats {city}->{city#2} {date}", "pls, {airline} seats {city}->{city#2} {date}, ty", "pls / ty"),
    (PR, "{brand} {product}: units on hand at DC?", "Hi there, sorry to bother you, how many {brand} {product} units are on hand at the DC? Thank you!", "apology and thanks"),
    (KB, "add SSO to {plan} plan", "hey, hope you're well, how would I add SSO to the {plan} plan? appreciate it", "filler"),
    (DOC, "{lang} SDK rate limit headers", "hi folks, {lang} SDK rate limit headers please, thanks in advance", "greeting and thanks"),
    (POL, "{tier} reimbursement rate, {procedure}", "Good afternoon, could you please tell me the {tier} reimbursement rate for {procedure}? Kind regards", "formal letter"),
    (SQL, "top 10 SKUs by returns {month}", "sorry for the rush, need top 10 SKUs by returns {month} asap, thank you!!", "apology and thanks"),
    (ORD, "open AR items {company}", "Dear billing team, please could you list the open receivables for {company}? Best wishes", "formal letter, AR spelt out"),
    (DOC, "{db} backup restore steps", "hey, when you get a sec, {db} backup restore steps? cheers mate", "filler"),
    (KB, "tilbakestill passord {plan}-konto", "Hei! Kan du være så snill å hjelpe meg å tilbakestille passordet på {plan}-kontoen? Tusen takk!", "[nb] greeting and thanks"),
    (ORD, "staða pöntunar {order}", "Góðan daginn, gætirðu vinsamlegast athugað stöðu pöntunar {order}? Takk fyrir!", "[is] greeting and thanks"),
]

T["mixed"] = [
    (SQL, "What was total revenue in {region} during {q} {yr}, not counting refunds?", "rev {region} {q} {yr} w/o refunds pls", "abbreviated, reworded, pls"),
    (ORD, "Can you show me every order that {carrier} has not delivered yet?", "undelivred {carrier} orders thx", "keywords, typo, thx"),
    (WX, "Do you know how cold it will get in {city} on {weekday} night?", "{city} min temp {weekday} nite?", "keywords, slang spelling"),
    (FL, "I'd like to find a direct flight from {city} to {city#2} on {date}, please.", "nonstop {city} -> {city#2} {date} pls", "arrow, synonym, pls"),
    (PR, "Is there any {brand} {product} that costs less than {amount} kr?", "{brand} {product} < {amount} kr ??", "less than as <"),
    (KB, "Hi, how do I switch on two-factor authentication for my {plan} account?", "{plan} acct enable 2fa how", "abbreviated, synonym"),
    (DOC, "Could you point me to how the {lang} SDK handles retries on {endpoint}?", "{endpoint} retry behaviour, {lang} sdk?", "keywords, casing"),
    (POL, "Hello, how many days of paid leave do new hires in {country} get during their first year?", "{country} PTO new joiners yr 1", "abbreviated, synonyms"),
    (SQL, "Which ten products had the biggest share of returns in {month}?", "top10 products by return share {month|lower}", "top-N, casing"),
    (ORD, "I'd like a list of my orders over {amount} kr from {month}, thanks", "my orders > {amount} kr {month}", "keywords, >"),
    (DOC, "Hey, what's the default port that {db} listens on?", "{db} out-of-box bind port?", "keywords"),
    (WX, "Здравейте, ще вали ли дъжд в {city} утре?", "дъжд {city} утре?", "[bg] greeting dropped, keywords"),
    (ORD, "Zdravo, možete li mi reći kada stiže porudžbina {order}?", "porudžbina {order} kad stiže", "[sr] greeting dropped, keywords"),
]

# ---------------------------------------------------------------- near misses (label: different)

T["direction"] = [
    (FL, "{city}->{city#2} {date} nonstop", "{city#2}->{city} {date} nonstop", "route arrow reversed"),
    (FL, "fares from {city} to {city#2}, {month}, {airline}", "fares from {city#2} to {city}, {month}, {airline}", "from/to swapped"),
    (FL, "{city} to {city#2} out {weekday}, back {weekday#2}", "{city} to {city#2} out {weekday#2}, back {weekday}", "outbound and return days swapped"),
    (SQL, "stock transfers warehouse {city} -> {city#2}, {q}", "stock transfers warehouse {city#2} -> {city}, {q}", "transfer direction"),
    (SQL, "net rev by region {q} sort desc", "net rev by region {q} sort asc", "desc/asc"),
    (SQL, "tickets escalated {team} -> {team#2}, {month}", "tickets escalated {team#2} -> {team}, {month}", "escalation direction"),
    (SQL, "msgs from {person} to {person#2}, {month}", "msgs from {person#2} to {person}, {month}", "sender/recipient"),
    (ORD, "returns shipped from {city} store to {city#2} hub", "returns shipped from {city#2} store to {city} hub", "from/to swapped"),
    (ORD, "refunds we paid to {company}, {month}", "refunds {company} paid to us, {month}", "payer/payee"),
    (ORD, "order {order}: swap size M for size L", "order {order}: swap size L for size M", "exchange direction"),
    (KB, "move seats from {plan} workspace to personal workspace", "move seats from personal workspace to {plan} workspace", "move direction"),
    (KB, "transfer workspace ownership {person} -> {person#2}", "transfer workspace ownership {person#2} -> {person}", "old/new owner"),
    (DOC, "{db} timestamps: convert UTC to local", "{db} timestamps: convert local to UTC", "conversion direction"),
    (DOC, "migration guide {db} -> {db#2}", "migration guide {db#2} -> {db}", "migration direction"),
    (DOC, "{endpoint} results ordered oldest first", "{endpoint} results ordered newest first", "sort order"),
    (POL, "internal move {team} -> {team#2}: notice period", "internal move {team#2} -> {team}: notice period", "move direction"),
    (POL, "relocation {country} → {country#2}: tax rules", "relocation {country#2} → {country}: tax rules", "relocation direction"),
    (WX, "{city} wind {weekday} before 09:00", "{city} wind {weekday} after 09:00", "before/after"),
    (PR, "{product} sort by price low→high", "{product} sort by price high→low", "sort order"),
    (FL, "fly fra {city} til {city#2} fredag", "fly fra {city#2} til {city} fredag", "[da] from/to swapped"),
    (SQL, "prenosi zalog iz skladišča {city} v {city#2}", "prenosi zalog iz skladišča {city#2} v {city}", "[sl] from/to swapped"),
    (ORD, "ordnijiet mibgħuta minn {city} lejn {city#2}", "ordnijiet mibgħuta minn {city#2} lejn {city}", "[mt] from/to swapped"),
]

T["comparison"] = [
    (SQL, "customers LTV ≥ {amount} EUR, {region}", "customers LTV ≤ {amount} EUR, {region}", "≥/≤"),
    (SQL, "top 10 SKUs by margin, {month}", "bottom 10 SKUs by margin, {month}", "top/bottom"),
    (ORD, "orders > {amount} kr status:pending", "orders < {amount} kr status:pending", ">/<"),
    (PR, "{brand} {product} under {amount} kr", "{brand} {product} over {amount} kr", "under/over"),
    (PR, "{product} by {brand}, sort: cheapest first", "{product} by {brand}, sort: priciest first", "cheapest/priciest"),
    (WX, "{city} days ≥ 25°C in {month}", "{city} days ≤ 25°C in {month}", "≥/≤"),
    (WX, "{city} warmest day next wk", "{city} coldest day next wk", "warmest/coldest"),
    (FL, "{city}-{city#2} trips under 2h total", "{city}-{city#2} trips over 2h total", "under/over"),
    (FL, "{airline} {city} fares at most {amount} kr", "{airline} {city} fares at least {amount} kr", "at most/at least"),
    (KB, "{plan} tenants w/ seat count > {n}", "{plan} tenants w/ seat count < {n}", ">/<"),
    (DOC, "{db} queries slower than 500 ms", "{db} queries faster than 500 ms", "slower/faster"),
    (DOC, "oldest runtime the {lang} SDK still runs on", "newest runtime the {lang} SDK still runs on", "oldest/newest"),
    (SQL, "stores above target, {q} {yr}", "stores below target, {q} {yr}", "above/below"),
    (SQL, "regions with churn > {pct}, {q}", "regions with churn < {pct}, {q}", ">/<"),
    (POL, "extra leave for tenure over 5 yrs, {country}", "extra leave for tenure under 5 yrs, {country}", "over/under"),
    (POL, "{tier}: highest co-pay for {procedure}", "{tier}: lowest co-pay for {procedure}", "highest/lowest"),
    (ORD, "{carrier} parcels ≥ 30 kg this wk", "{carrier} parcels ≤ 30 kg this wk", "≥/≤"),
    (SQL, "tickets CSAT ≥ 4, queue={team}", "tickets CSAT < 4, queue={team}", "≥/<"),
    (KB, "{plan} alert when storage used above 80%", "{plan} alert when storage used below 80%", "above/below"),
    (SQL, "kunder med omsetning over {amount} kr i {q}", "kunder med omsetning under {amount} kr i {q}", "[nb] over/under"),
    (PR, "{product} под {amount} лв", "{product} над {amount} лв", "[bg] under/over"),
    (WX, "tymheredd {city} yn uwch na 20 gradd ddydd Sadwrn", "tymheredd {city} yn is na 20 gradd ddydd Sadwrn", "[cy] above/below"),
]

T["negation"] = [
    (SQL, "net rev {q} {region} excl. refunds", "net rev {q} {region} incl. refunds", "excl./incl."),
    (SQL, "DAU {month} w/ trial accounts", "DAU {month} w/o trial accounts", "w/ vs w/o"),
    (ORD, "orders status:paid carrier={carrier}", "orders status:unpaid carrier={carrier}", "paid/unpaid"),
    (ORD, "{month} orders with gift wrap", "{month} orders without gift wrap", "with/without"),
    (ORD, "returns w/ prepaid label, {carrier}", "returns w/o prepaid label, {carrier}", "w/ vs w/o"),
    (PR, "{brand} {product} with extended warranty", "{brand} {product} without extended warranty", "with/without"),
    (PR, "{brand} {product}, in-stock only", "{brand} {product}, incl. out-of-stock", "only in stock / including out of stock"),
    (FL, "{airline} {city}-{city#2} incl. checked bag", "{airline} {city}-{city#2} excl. checked bag", "incl./excl."),
    (FL, "{city}-{city#2} {date} refundable fares", "{city}-{city#2} {date} non-refundable fares", "refundable/non-refundable"),
    (WX, "{city} {weekday} forecast incl. UV index", "{city} {weekday} forecast excl. UV index", "incl./excl."),
    (KB, "list users with 2FA, {plan} workspace", "list users without 2FA, {plan} workspace", "with/without"),
    (KB, "{plan} invoice amounts VAT incl.", "{plan} invoice amounts VAT excl.", "incl./excl."),
    (DOC, "{lang} SDK: nullable fields in {endpoint} response", "{lang} SDK: non-nullable fields in {endpoint} response", "nullable/non-nullable"),
    (DOC, "{endpoint} rate limit, authenticated requests", "{endpoint} rate limit, unauthenticated requests", "authenticated/unauthenticated"),
    (DOC, "{db} features supported in cluster mode", "{db} features not supported in cluster mode", "supported/not supported"),
    (POL, "{country} overtime rules, exempt staff", "{country} overtime rules, non-exempt staff", "exempt/non-exempt"),
    (POL, "{tier}: {procedure} in-network", "{tier}: {procedure} out-of-network", "in/out of network"),
    (SQL, "tickets status:resolved tag:billing {month}", "tickets status:unresolved tag:billing {month}", "resolved/unresolved"),
    (SQL, "{q} orders flagged as fraud, {region}", "{q} orders not flagged as fraud, {region}", "flagged/not flagged"),
    (ORD, "pantanir með heimsendingu, {city}", "pantanir án heimsendingar, {city}", "[is] with/without home delivery"),
    (SQL, "prihod {q} {yr} sa PDV-om", "prihod {q} {yr} bez PDV-a", "[sr] with/without VAT"),
    (PR, "{brand} {product} med gratis fragt", "{brand} {product} uden gratis fragt", "[da] with/without free shipping"),
]

T["antonym_action"] = [
    (KB, "enable SSO {plan} workspace", "disable SSO {plan} workspace", "enable/disable"),
    (KB, "add {email} to {plan} workspace", "remove {email} from {plan} workspace", "add/remove"),
    (KB, "upgrade seat licence for {person}", "downgrade seat licence for {person}", "upgrade/downgrade"),
    (KB, "reopen incident {ticket}", "close incident {ticket}", "reopen/close"),
    (ORD, "pls cancel ord {order}, customer called", "pls confirm ord {order}, customer called", "cancel/confirm"),
    (ORD, "ord {order}: freeze dispatch", "ord {order}: unfreeze dispatch", "freeze/unfreeze"),
    (PR, "subscribe price alert {brand} {product}", "unsubscribe price alert {brand} {product}", "subscribe/unsubscribe"),
    (PR, "add {brand} {product} to wishlist", "remove {brand} {product} from wishlist", "add/remove"),
    (FL, "PNR {pnr} add 23kg hold bag", "PNR {pnr} remove 23kg hold bag", "add/remove"),
    (FL, "{flightno}: opt in to upgrade bids", "{flightno}: opt out of upgrade bids", "opt in/opt out"),
    (WX, "subscribe storm alerts {city}", "unsubscribe storm alerts {city}", "subscribe/unsubscribe"),
    (DOC, "{lang} SDK: turn on request logging", "{lang} SDK: turn off request logging", "turn on/turn off"),
    (DOC, "{db}: create index on orders.created_at", "{db}: drop index on orders.created_at", "create/drop"),
    (DOC, "{endpoint}: grant write scope to API key", "{endpoint}: revoke write scope from API key", "grant/revoke"),
    (DOC, "{db}: promote replica to primary", "{db}: demote primary to replica", "promote/demote"),
    (SQL, "users who opted in to marketing, {month}", "users who opted out of marketing, {month}", "opted in/out"),
    (SQL, "accounts that upgraded plan in {q}, {region}", "accounts that downgraded plan in {q}, {region}", "upgraded/downgraded"),
    (SQL, "seats added {q} by region", "seats removed {q} by region", "added/removed"),
    (POL, "how to enrol in {tier}", "how to leave {tier}", "enrol/leave"),
    (KB, "aktiver tofaktor for {plan}-kontoen", "deaktiver tofaktor for {plan}-kontoen", "[nb] activate/deactivate"),
    (ORD, "ikkanċella l-ordni {order}", "ikkonferma l-ordni {order}", "[mt] cancel/confirm"),
    (KB, "включи известията за {plan}", "изключи известията за {plan}", "[bg] switch on/off notifications"),
]

T["number"] = [
    (ORD, "order {order} where is it", "order {order#2} where is it", "order id"),
    (ORD, "orders ≥ {amount} kr, {month}", "orders ≥ {amount#2} kr, {month}", "amount"),
    (KB, "incident {ticket} owner?", "incident {ticket#2} owner?", "incident id"),
    (KB, "credit note {cn} missing in portal", "credit note {cn#2} missing in portal", "credit note number"),
    (FL, "{flightno} delay today", "{flightno#2} delay today", "flight number"),
    (FL, "booking {pnr}: seat change", "booking {pnr#2}: seat change", "booking code"),
    (FL, "{city}-{city#2} {date}, 2 pax", "{city}-{city#2} {date}, 3 pax", "passengers"),
    (PR, "{brand} {product} 6-pack", "{brand} {product} 12-pack", "pack size"),
    (DOC, "migrating {lang} bindings to release {ver}, gotchas", "migrating {lang} bindings to release {ver#2}, gotchas", "look-alike version"),
    (DOC, "{endpoint} returning 429s since deploy", "{endpoint} returning 422s since deploy", "status code"),
    (DOC, "{db} port 5433 conn refused", "{db} port 5434 conn refused", "port"),
    (SQL, "top 10 customers by spend {q}", "top 100 customers by spend {q}", "10/100"),
    (SQL, "orders with qty ≥ {n}, {month}", "orders with qty ≥ {n#2}, {month}", "quantity"),
    (SQL, "accounts ≥ {n} seats, {region}", "accounts ≥ {n#2} seats, {region}", "seat count"),
    (WX, "{city} gusts ≥ 60 km/h {weekday}", "{city} gusts ≥ 60 mph {weekday}", "unit km/h / mph"),
    (WX, "{city} 5-day outlook", "{city} 10-day outlook", "5/10 days"),
    (POL, "notice period after 2 yrs service, {country}", "notice period after 12 yrs service, {country}", "2/12 years"),
    (POL, "{tier} cap for {procedure}: {amount} EUR?", "{tier} cap for {procedure}: {amount#2} EUR?", "amount"),
    (KB, "error {ecode} on CSV upload", "error {ecode#2} on CSV upload", "error code"),
    (ORD, "status naročila {order}", "status naročila {order#2}", "[sl] order id"),
    (FL, "ydy hediad {flightno} yn hwyr?", "ydy hediad {flightno#2} yn hwyr?", "[cy] flight number"),
    (SQL, "sala yfir {amount} kr í {q}", "sala yfir {amount#2} kr í {q}", "[is] amount"),
    (ORD, "ordre {order} leveringsstatus", "ordre {order#2} leveringsstatus", "[da] order id"),
]

T["date"] = [
    (SQL, "signups {iso}..month end, {region}", "signups {iso#2}..month end, {region}", "range start"),
    (SQL, "churn last 30d {region}", "churn last 90d {region}", "30d/90d"),
    (SQL, "net rev {q} {yr}, all regions", "net rev {q} {yr#2}, all regions", "year"),
    (SQL, "tickets created {month} 1-15, queue={team}", "tickets created {month} 16-31, queue={team}", "first/second half of month"),
    (ORD, "orders placed {dm}, {carrier}", "orders placed {dm#2}, {carrier}", "day"),
    (ORD, "{carrier} deliveries due {weekday}", "{carrier} deliveries due {weekday#2}", "weekday"),
    (ORD, "orders created:{swap}", "orders created:{swap#2}", "month and day swapped"),
    (WX, "{city} hourly forecast today", "{city} hourly forecast tomorrow", "today/tomorrow"),
    (WX, "{city} rain {date}", "{city} rain {date#2}", "day"),
    (WX, "{city} weekend outlook this wk", "{city} weekend outlook next wk", "this/next week"),
    (FL, "{city}-{city#2} dep {iso}", "{city}-{city#2} dep {iso#2}", "ISO date"),
    (FL, "{flightno} arrival status yesterday", "{flightno} arrival status today", "yesterday/today"),
    (FL, "{city}-{city#2} fares {month} 1-15", "{city}-{city#2} fares {month} 16-30", "first/second half of month"),
    (KB, "outage {weekday} 14:00 UTC root cause", "outage {weekday#2} 14:00 UTC root cause", "weekday"),
    (KB, "{plan} invoices issued {q} {yr}", "{plan} invoices issued {q#2} {yr}", "quarter"),
    (DOC, "{lang} SDK releases since {dm}", "{lang} SDK releases since {dm#2}", "day"),
    (DOC, "{endpoint} 5xx errors last 24h", "{endpoint} 5xx errors last 7d", "24h/7d"),
    (POL, "public holidays {country} {yr}", "public holidays {country} {yr#2}", "year"),
    (POL, "leave carry-over deadline, {month} {yr}", "leave carry-over deadline, {month#2} {yr}", "month"),
    (ORD, "isporuke za ponedeljak, {carrier}", "isporuke za utorak, {carrier}", "[sr] Monday/Tuesday"),
    (SQL, "omsætning {region} {q} {yr}", "omsætning {region} {q} {yr#2}", "[da] year"),
    (WX, "прогноза за {city} в събота", "прогноза за {city} в неделя", "[bg] Saturday/Sunday"),
    (SQL, "salg {region} forrige uke", "salg {region} denne uken", "[nb] last/this week"),
]

T["entity"] = [
    (WX, "wx {city} {weekday}: wind + rain totals", "wx {city#2} {weekday}: wind + rain totals", "city"),
    (WX, "{twin_city} weather tmrw", "{twin_city#2} weather tmrw", "look-alike town"),
    (FL, "{airport} arrivals {date}", "{airport#2} arrivals {date}", "look-alike airport code"),
    (FL, "{airline} bag fees, {city} route", "{airline#2} bag fees, {city} route", "airline"),
    (ORD, "orders carrier={carrier} status:lost", "orders carrier={carrier#2} status:lost", "carrier"),
    (ORD, "send invoice for order {order} to {email}", "send invoice for order {order} to {email#2}", "email (often the same mailbox at another domain)"),
    (ORD, "orders ship-to={country}, {month}", "orders ship-to={country#2}, {month}", "country"),
    (PR, "{brand} {product} spare battery", "{brand#2} {product} spare battery", "brand"),
    (SQL, "net rev region={region} {q}", "net rev region={region#2} {q}", "region code"),
    (SQL, "tickets assignee:{person} {month}", "tickets assignee:{person#2} {month}", "assignee"),
    (SQL, "spend with vendor {company}, {yr}", "spend with vendor {company#2}, {yr}", "vendor"),
    (SQL, "backlog queue={team}", "backlog queue={team#2}", "queue"),
    (DOC, "sample code, {lang}, hitting {endpoint}", "sample code, {lang#2}, hitting {endpoint}", "language"),
    (DOC, "JSON fields returned by {endpoint} (v2)", "JSON fields returned by {endpoint#2} (v2)", "endpoint"),
    (DOC, "{db} connector config, {lang}", "{db#2} connector config, {lang}", "database"),
    (POL, "per diem {country}, 2 nights", "per diem {country#2}, 2 nights", "country"),
    (POL, "claim limit for {procedure} under {tier}", "claim limit for {procedure#2} under {tier}", "procedure"),
    (KB, "SSO setup {idp} on {plan} plan", "SSO setup {idp#2} on {plan} plan", "identity provider"),
    (KB, "{plan} workspace owner = {person}?", "{plan} workspace owner = {person#2}?", "person"),
    (WX, "været i {city} i morgen", "været i {city#2} i morgen", "[nb] city"),
    (PR, "{brand} {product} fi stokk?", "{brand#2} {product} fi stokk?", "[mt] brand"),
    (POL, "absenoldeb rhiant yn {country}", "absenoldeb rhiant yn {country#2}", "[cy] country"),
    (FL, "leti z letališča {airport} jutri", "leti z letališča {airport#2} jutri", "[sl] look-alike airport code"),
]

T["scope"] = [
    (SQL, "net rev by region {q}", "order count by region {q}", "revenue vs order count"),
    (SQL, "avg order value {month} {region}", "median order value {month} {region}", "mean vs median"),
    (SQL, "open tickets {month}, all teams", "open tickets {month}, my team only", "all teams / mine"),
    (ORD, "ord {order}: ETA to door", "ord {order}: freight charged", "ETA vs shipping cost"),
    (ORD, "orders {month} status:open (all users)", "orders {month} status:open (mine only)", "all users / mine only"),
    (ORD, "order {order} return window", "order {order} warranty period", "return window vs warranty"),
    (WX, "{city} first light time {weekday}, for crew start", "{city} last light time {weekday}, for crew start", "first vs last light"),
    (WX, "{city} {weekday}: relative humidity % hourly", "{city} {weekday}: dew point hourly", "humidity vs dew point"),
    (FL, "{airline} baggage allowance, {city} route", "{airline} check-in deadline, {city} route", "baggage vs check-in"),
    (FL, "booking {pnr} change fee", "booking {pnr} seat map", "change fee vs seat map"),
    (PR, "{brand} {product} footprint in cm (w×d×h)", "{brand} {product} idle power draw in W", "dimensions vs power"),
    (PR, "{brand} {product}: avg star rating", "{brand} {product}: spare part lead time", "rating vs spare part lead time"),
    (KB, "{plan} tier: GB quota per workspace", "{plan} tier: seat cap per workspace", "storage vs seats"),
    (KB, "{plan} admin console > download access logs", "{plan} admin console > download invoices", "access logs vs invoices"),
    (DOC, "{endpoint}: req/min cap", "{endpoint}: token scopes it checks", "rate limit vs auth"),
    (DOC, "{db} memory tuning", "{db} disk tuning", "memory vs disk"),
    (DOC, "{lang} bindings: setup from package manager", "{lang} bindings: what changed in last release", "install vs changelog"),
    (POL, "{country}: weeks of parental leave", "{country}: parental leave pay rate %", "length vs pay"),
    (POL, "{tier} monthly premium", "{tier} annual deductible", "premium vs deductible"),
    (KB, "breyta lykilorði á {plan} aðgangi", "breyta netfangi á {plan} aðgangi", "[is] password vs email"),
    (POL, "koliko dni dopusta imam še jaz v letu {yr}", "koliko dni dopusta ima še cela ekipa v letu {yr}", "[sl] mine / whole team"),
    (SQL, "prihod po regionima za {q}", "broj porudžbina po regionima za {q}", "[sr] revenue vs order count"),
    (WX, "it-temperatura f'{city} għada", "ix-xita f'{city} għada", "[mt] temperature vs rain"),
]

assert set(T) == set(CATEGORIES)

SPEC = pairgen.Split.from_names(
    globals(),
    name="test9",
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
