#!/usr/bin/env python3
# ruff: noqa: E501  (one template pair per line reads better than wrapped ones)
"""Generate the labelled pair set for the semantic tool-result cache (stdlib only, deterministic).

    python evals/cache/generate.py          # write pairs_tune.jsonl and pairs_test.jsonl, print the report
    python evals/cache/generate.py --check  # regenerate in memory, fail if the files on disk differ

Every pair comes from a hand-written template pair (tool, a, b, note) filled with slot values.
Tune and test have their own template lists and their own slot pools (see README.md), and the
self-check at the bottom refuses to write anything if a template string, a pair or a sentence is
shared between the splits, if an id repeats, if a `same` pair has a == b, if a split misses a
size target, or if a sentence of tests/cache/pairs.py was reused.

Slot syntax inside templates: ``{name}`` draws a value from pool ``name``; ``{name#2}`` draws a
second, different value from the same pool (for ordinal pools such as amounts, the neighbouring
value, to keep near misses hard); ``{name|lower}``, ``{name|upper}``, ``{name|typo}`` transform
the value. Within one pair both texts get the same values.

The slot-pool kinds, the slot filling, the generation loop (with its dedup) and the text helpers
are in pairgen.py, shared with the later generators; this file holds the tune and test pools and
templates, the size targets, and the two-split self-check and report.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pairgen import (
    CATEGORIES,
    DOC,
    FL,
    KB,
    LABEL,
    NEAR_MISS,
    ORD,
    PARAPHRASE,
    POL,
    PR,
    SQL,
    TOOLS_ALL,
    WX,
    Template,
    catalogue_pools,
    digits_pool,
    dump,
    email_pool,
    flightno_pool,
    generate,
    iso_pool,
    jaccard,
    list_pool,
    month_day_pool,
    norm,
    old_sentences,
    ordinal_pool,
    prefixed_pool,
    small_price_pool,
)

HERE = Path(__file__).resolve().parent

SPLITS = ("tune", "test")

# pairs generated per split and category (round-robin over the category's templates)
TARGET = {**{c: 25 for c in PARAPHRASE}, **{c: 54 for c in NEAR_MISS}}
MIN_NEAR_MISS_PER_CAT = 45
MIN_PARAPHRASE_PER_SPLIT = 150
MIN_PER_SPLIT = 450
MIN_TOOLS = 8

# --------------------------------------------------------------------------------------------
# Slot pools, one set per split (values mostly disjoint; tiny closed sets such as weekdays are
# partitioned between the splits).
# --------------------------------------------------------------------------------------------

CATALOGUE = {
    "tune": {
        "noise-cancelling headphones": ["Sony", "Bose", "Sennheiser"],
        "standing desk": ["Flexispot", "Uplift", "IKEA"],
        "trail running shoes": ["Salomon", "Hoka", "Asics"],
        "espresso machine": ["Breville", "Gaggia", "Sage"],
        "mechanical keyboard": ["Logitech", "Keychron", "Corsair"],
        "robot vacuum": ["iRobot", "Roborock", "Eufy"],
        "rain jacket": ["Patagonia", "Arc'teryx", "Columbia"],
        "4K monitor": ["BenQ", "LG", "ASUS"],
    },
    "test": {
        "wireless earbuds": ["Samsung", "Jabra", "Apple"],
        "office chair": ["Herman Miller", "Steelcase", "Secretlab"],
        "hiking boots": ["Merrell", "Lowa", "Keen"],
        "air fryer": ["Philips", "Ninja", "Cosori"],
        "gaming mouse": ["Razer", "SteelSeries", "Glorious"],
        "cordless drill": ["Makita", "DeWalt", "Milwaukee"],
        "winter coat": ["Canada Goose", "The North Face", "Fjallraven"],
        "ultrawide monitor": ["Dell", "MSI", "Gigabyte"],
    },
}

LISTS = {
    "tune": {
        "city": ["Lisbon", "Oslo", "Denver", "Nairobi", "Osaka", "Krakow", "Porto", "Seattle",
                 "Hamburg", "Dublin", "Montreal", "Chicago", "Athens", "Zurich", "Bangkok"],
        "country": ["Canada", "Norway", "Mexico", "Poland", "Japan", "Ireland", "Brazil", "Sweden",
                    "New Zealand", "Italy"],
        "weekday": ["Monday", "Wednesday", "Friday", "Sunday"],
        "month": ["January", "March", "May", "July", "September", "November"],
        "person": ["Priya Natarajan", "Tom Becker", "Lucia Ferreira", "Kenji Watanabe", "Amara Okafor",
                   "Jonas Lindqvist"],
        "plan": ["Starter", "Growth", "Team"],
        "region": ["EMEA", "North America", "the Nordics", "Southeast Asia"],
        "procedure": ["physiotherapy", "orthodontic braces", "laser eye surgery", "allergy testing",
                      "chiropractic care"],
        "payment": ["PayPal", "Apple Pay", "Klarna", "a gift card"],
        "device": ["iPhone", "Android phone", "Windows laptop", "Chromebook"],
        "lang": ["Python", "Go", "Ruby"],
        "integration": ["Slack", "Zapier", "Salesforce", "HubSpot"],
        "endpoint": ["/invoices", "/customers", "/refunds", "/charges"],
        "db": ["PostgreSQL", "MySQL", "SQLite"],
        "port": ["USB-C", "HDMI", "DisplayPort", "Lightning"],
        "airline": ["Lufthansa", "Delta", "Emirates", "Ryanair"],
        "dept": ["Finance", "Marketing", "Legal", "HR"],
        "company": ["Northwind Traders", "Bluefin Labs", "Crestline Foods", "Oakridge Clinics"],
        "tier": ["Bronze", "Silver", "Essential"],
        "holiday": ["Thanksgiving", "Labor Day", "Good Friday", "Independence Day"],
        "currency": ["euros", "US dollars", "Canadian dollars"],
        "color": ["black", "navy", "olive", "white"],
    },
    "test": {
        "city": ["Vienna", "Helsinki", "Austin", "Lagos", "Kyoto", "Prague", "Seville", "Boston",
                 "Milan", "Munich", "Edinburgh", "Toronto", "Istanbul", "Seoul", "Phoenix", "Geneva"],
        "country": ["Australia", "Denmark", "Chile", "Portugal", "South Korea", "Belgium", "India",
                    "Finland", "Austria", "Greece"],
        "weekday": ["Tuesday", "Thursday", "Saturday"],
        "month": ["February", "April", "June", "August", "October", "December"],
        "person": ["Marta Kowalski", "Diego Alvarez", "Hannah Schulz", "Wei Zhang", "Fatima Haddad",
                   "Oliver Grant"],
        "plan": ["Basic", "Plus", "Enterprise"],
        "region": ["APAC", "LATAM", "DACH", "the Middle East"],
        "procedure": ["acupuncture", "dental implants", "hearing aids", "IVF treatment",
                      "massage therapy"],
        "payment": ["Google Pay", "bank transfer", "Venmo", "store credit"],
        "device": ["iPad", "Mac", "Android tablet", "smart TV"],
        "lang": ["TypeScript", "Java", "Kotlin", "C#"],
        "integration": ["Shopify", "Jira", "Zendesk", "Mailchimp"],
        "endpoint": ["/payouts", "/subscriptions", "/webhooks", "/disputes"],
        "db": ["MongoDB", "DynamoDB", "Cassandra", "Redis"],
        "port": ["USB-A", "VGA", "Thunderbolt 4", "micro-USB"],
        "airline": ["KLM", "United", "Qatar Airways", "easyJet"],
        "dept": ["Engineering", "Sales", "Support", "Operations"],
        "company": ["Harbor & Finch", "Quarry Analytics", "Silverpine Media", "Larkspur Dental"],
        "tier": ["Gold", "Platinum", "Premier"],
        "holiday": ["Christmas Eve", "New Year's Day", "Easter Monday", "Boxing Day"],
        "currency": ["pounds", "yen", "Swiss francs"],
        "color": ["grey", "red", "beige", "green"],
    },
}

# ordinal pools: a second draw takes a neighbouring value (hard near misses)
ORDINALS = {
    "tune": {
        "amount": [50, 75, 100, 150, 200, 250, 500, 750, 1000, 1500],
        "n": [2, 3, 5, 10, 20],
        "temp": [0, 10, 20, 30],
        "pct": [5, 10, 20, 25],
        "ver": ["2.3", "2.4", "3.0", "3.1"],
        "code": [401, 403, 404, 409],
        "size": ["9", "9.5", "10", "10.5", "11"],
        "year": [2019, 2021, 2023],
        "q": [1, 2],
    },
    "test": {
        "amount": [40, 60, 80, 120, 300, 400, 600, 800, 1200, 2000],
        "n": [4, 6, 8, 12, 15],
        "temp": [5, 15, 25, 35],
        "pct": [3, 8, 15, 30],
        "ver": ["4.1", "4.2", "5.0", "5.1"],
        "code": [400, 422, 429, 500, 503],
        "inch": [43, 50, 55, 65, 75],
        "year": [2020, 2022, 2024],
        "q": [3, 4],
    },
}

EMAIL = {
    "tune": (["priya.n", "tbecker", "lucia.ferreira", "kenji.w", "amara.o", "jonas.l"],
             ["northwind.io", "gmail.com", "outlook.com", "fastmail.com"]),
    "test": (["marta.k", "dalvarez", "hannah.schulz", "wei.zhang", "f.haddad", "ogrant"],
             ["yahoo.com", "proton.me", "contoso.com", "icloud.com"]),
}
FLIGHT_PREFIX = {"tune": ["LH", "DL", "EK", "FR"], "test": ["KL", "UA", "QR", "U2"]}
ORDER_DIGITS = {"tune": 6, "test": 7}
ERR_RANGE = {"tune": (1000, 4999), "test": (5000, 9999)}


def make_pools(split: str):
    """name -> draw(rng, prev_values_of_this_name, ctx) for one split."""
    pools = {name: list_pool(values) for name, values in LISTS[split].items()}
    pools.update({name: ordinal_pool(values) for name, values in ORDINALS[split].items()})
    pools["product"], pools["brand"] = catalogue_pools(CATALOGUE[split])
    pools.update(email=email_pool(*EMAIL[split]), order=digits_pool(ORDER_DIGITS[split]),
                 err=prefixed_pool("", *ERR_RANGE[split]), flightno=flightno_pool(FLIGHT_PREFIX[split]),
                 date=month_day_pool(LISTS[split]["month"]), iso=iso_pool(LISTS[split]["month"], ORDINALS[split]["year"]),
                 price=small_price_pool())
    return pools

# --------------------------------------------------------------------------------------------
# Templates: (tool, a, b, note). "[de]", "[fr]", "[es]" at the start of a note marks a
# non-English pair. Tune and test lists are written separately; no string is shared.
# --------------------------------------------------------------------------------------------

T: dict[str, dict[str, list[Template]]] = {c: {} for c in CATEGORIES}

# ---------------------------------------------------------------- paraphrases (label: same)
T["reorder"]["tune"] = [
    (KB, "change delivery address after checkout", "after checkout change delivery address", "same words reordered"),
    (KB, "{plan} plan refund if I cancel mid-month", "refund if I cancel mid-month, {plan} plan", "same words reordered"),
    (ORD, "orders from {email} in {month} {year}", "{month} {year} orders from {email}", "date moved to the front"),
    (WX, "weather forecast {city} {weekday}", "{weekday} weather forecast {city}", "weekday moved"),
    (FL, "one-way flights {city} to {city#2} on {date}", "on {date} one-way flights {city} to {city#2}", "date moved, route order kept"),
    (PR, "{color} {brand} {product} under ${amount}", "{brand} {product} under ${amount}, {color}", "colour moved"),
    (SQL, "total revenue by region for {month} {year}", "for {month} {year}, total revenue by region", "time filter moved"),
    (DOC, "configure retry timeout {lang} SDK", "{lang} SDK configure retry timeout", "same words reordered"),
    (POL, "standard health plan {procedure} coverage", "{procedure} coverage standard health plan", "same words reordered"),
    (SQL, "by country, number of refunds in {year}", "number of refunds in {year} by country", "grouping moved"),
    (KB, "Rücksendung Kosten Schuhe", "Schuhe Rücksendung Kosten", "[de] same words reordered"),
]
T["reorder"]["test"] = [
    (KB, "how to merge two accounts with the same email", "with the same email, how to merge two accounts", "clause moved"),
    (ORD, "orders shipped to {city} that are still unpaid", "still unpaid orders shipped to {city}", "qualifier moved"),
    (WX, "rain chance {city} {weekday} afternoon", "{weekday} afternoon rain chance {city}", "time moved"),
    (FL, "nonstop flights {city} to {city#2} in {month}", "in {month}, nonstop flights {city} to {city#2}", "month moved, route order kept"),
    (PR, "refurbished {brand} {product} under ${amount}", "{brand} {product} refurbished, under ${amount}", "qualifier moved"),
    (SQL, "average order value per customer segment in {year}", "in {year}, average order value per customer segment", "year moved"),
    (DOC, "pagination cursor {lang} client list endpoint", "{lang} client list endpoint pagination cursor", "same words reordered"),
    (POL, "remote work from {country}: how many weeks are allowed", "how many weeks are allowed: remote work from {country}", "halves swapped"),
    (ORD, "for {email}, the open returns", "the open returns for {email}", "same words reordered"),
    (FL, "vuelos baratos Madrid Roma julio", "julio vuelos baratos Madrid Roma", "[es] month moved, route order kept"),
]

T["shorten"]["tune"] = [
    (KB, "I was charged twice for my {plan} plan subscription this month, how do I get the duplicate charge refunded?",
     "refund duplicate {plan} plan charge this month", "long question cut to keywords"),
    (ORD, "Can you show me all the orders that {email} placed during {month} {year}?", "orders by {email} {month} {year}", "filler dropped"),
    (WX, "What will the weather be like in {city} on {weekday} morning?", "{city} weather {weekday} morning", "keywords kept"),
    (FL, "I'm looking for a flight from {city} to {city#2} departing on {date}, economy class",
     "{city} to {city#2} flights {date} economy", "keywords kept"),
    (PR, "show me {product} from {brand} that cost less than ${amount}", "{brand} {product} under ${amount}", "less than = under"),
    (SQL, "What was the total number of new customer signups in {region} during {month} {year}?",
     "new signups {region} {month} {year}", "keywords kept"),
    (DOC, "how do I set a custom timeout on requests made with the {lang} SDK", "{lang} SDK custom request timeout", "keywords kept"),
    (POL, "how many days of paid sick leave do full-time employees get per year", "paid sick days per year full-time", "keywords kept"),
    (KB, "which countries can I ship my order to from your online store", "countries you ship to", "keywords kept"),
    (WX, "Wie wird das Wetter morgen in Köln?", "Wetter Köln morgen", "[de] question cut to keywords"),
]
T["shorten"]["test"] = [
    (KB, "My package tracking hasn't updated in five days, what should I do about it?", "tracking not updated for five days", "keywords kept"),
    (ORD, "List every order shipped to {city} in {month} {year} that still has not been delivered",
     "undelivered {city} orders shipped {month} {year}", "not delivered = undelivered"),
    (WX, "Is it going to snow in {city} on {weekday}?", "{city} snow {weekday}", "keywords kept"),
    (FL, "Are there any direct flights from {city} to {city#2} on {date} for two adults?", "direct {city}-{city#2} {date} 2 adults", "keywords kept"),
    (PR, "I'm looking for a {color} {brand} {product} that costs under ${amount}", "{color} {brand} {product} below ${amount}", "filler dropped, under = below"),
    (SQL, "Could you calculate the average delivery time in days for orders shipped to {country} in {year}?",
     "avg delivery days {country} orders {year}", "keywords kept"),
    (DOC, "What is the maximum number of items I can send in a single batch request to the {lang} client?",
     "{lang} client max batch request size", "keywords kept"),
    (POL, "How much of the cost of {procedure} does the company health insurance reimburse?",
     "{procedure} reimbursement health insurance", "keywords kept"),
    (ORD, "show me the full list of everything {person} has ordered from us so far", "all orders by {person}", "keywords kept"),
    (FL, "Je cherche un vol de Lyon à Marseille le 12 mai", "vol Lyon Marseille 12 mai", "[fr] question cut to keywords"),
]

T["question_keyword"]["tune"] = [
    (KB, "How can I add a second user to my {plan} plan?", "add second user {plan} plan", "question vs keywords"),
    (ORD, "Where is my order {order}?", "order {order} tracking", "question vs keywords"),
    (WX, "Will it be windy in {city} on {weekday}?", "{city} wind forecast {weekday}", "question vs keywords"),
    (FL, "What are the cheapest flights from {city} to {city#2} in {month}?", "cheapest flights {city} to {city#2} {month}", "question vs keywords"),
    (PR, "Which {product} models does {brand} sell?", "{brand} {product} models", "question vs keywords"),
    (SQL, "How many orders did we ship to {country} in {month} {year}?", "number of orders shipped to {country} {month} {year}", "question vs keywords"),
    (DOC, "How do I paginate results in the {lang} SDK?", "{lang} SDK pagination", "question vs keywords"),
    (POL, "Is {procedure} covered by our health insurance?", "health insurance coverage {procedure}", "question vs keywords"),
    (KB, "What payment options can I use for a {plan} plan?", "{plan} plan payment options", "question vs keywords"),
    (ORD, "¿Dónde está mi pedido {order}?", "estado del pedido {order}", "[es] question vs keywords"),
]
T["question_keyword"]["test"] = [
    (KB, "Why can't I apply a promo code to a discounted item?", "promo code on discounted item not working", "question vs keywords"),
    (ORD, "Which orders from {email} are still waiting to be shipped?", "{email} orders awaiting shipment", "question vs keywords"),
    (WX, "What's the UV index in {city} on {weekday}?", "UV index {city} {weekday}", "question vs keywords"),
    (FL, "Which airlines fly nonstop between {city} and {city#2}?", "airlines nonstop {city} {city#2}", "question vs keywords"),
    (PR, "Do you have the {brand} {product} in {color}?", "{brand} {product} {color} availability", "question vs keywords"),
    (SQL, "What was our gross margin in {region} last quarter?", "gross margin {region} last quarter", "question vs keywords"),
    (DOC, "How do I stream responses with the {lang} client?", "{lang} client streaming responses", "question vs keywords"),
    (POL, "How many weeks of parental leave do fathers get?", "paternity leave weeks", "question vs keywords"),
    (WX, "How cold does it get in {city} at night in {month}?", "{city} night temperatures {month}", "question vs keywords"),
    (SQL, "Quel a été le chiffre d'affaires total en mars ?", "chiffre d'affaires total mars", "[fr] question vs keywords"),
]

T["synonym"]["tune"] = [
    (KB, "return policy for items bought on sale", "can I send back something I purchased at a discount", "rephrased"),
    (KB, "how do I get a copy of my receipt", "where can I download proof of purchase", "rephrased"),
    (ORD, "orders placed by {email} that were sent back", "returns from customer {email}", "rephrased"),
    (WX, "Do I need an umbrella in {city} on {weekday}?", "chance of showers for {city} on {weekday}", "rephrased"),
    (FL, "flights leaving {city} for {city#2} on {date}", "planes departing {city} bound for {city#2} on {date}", "synonyms"),
    (PR, "{product} options that ship for free", "{product} with no delivery charge", "synonyms"),
    (SQL, "total sales per region in {year}", "how much revenue did each region bring in during {year}", "rephrased"),
    (DOC, "{lang} SDK: how do I log what requests are being sent", "print outgoing HTTP calls for debugging in the {lang} SDK", "rephrased"),
    (POL, "how much time off do new hires get", "vacation allowance for recently joined employees", "rephrased"),
    (KB, "Comment annuler mon abonnement ?", "je veux résilier mon abonnement", "[fr] synonyms"),
    (POL, "Wie viele Urlaubstage habe ich im Jahr?", "Anzahl meiner jährlichen Urlaubstage", "[de] rephrased"),
]
T["synonym"]["test"] = [
    (KB, "what happens to my data if I close my account", "is my information kept after account deletion", "rephrased"),
    (ORD, "orders {email} sent back in {month}", "returns filed by {email} during {month}", "rephrased"),
    (WX, "how hot will it get in {city} on {weekday}", "{weekday} high temperature for {city}", "rephrased"),
    (FL, "red-eye flights from {city} to {city#2}", "overnight departures {city} to {city#2}", "red-eye = overnight"),
    (PR, "{product} suitable for kids", "child-friendly {product}", "synonyms"),
    (SQL, "which customers spent the most in {year}", "top buyers by total spend for {year}", "rephrased"),
    (DOC, "{lang} SDK: what happens when the rate limit is hit", "how does the {lang} client behave on 429 Too Many Requests", "rephrased"),
    (POL, "can my spouse join my health insurance", "adding a husband or wife to medical coverage", "rephrased"),
    (KB, "the app keeps logging me out", "why do I get signed out of the app all the time", "rephrased"),
    (KB, "Wie kann ich mein Passwort zurücksetzen?", "Passwort vergessen, was tun?", "[de] rephrased"),
]

T["typo"]["tune"] = [
    (KB, "how do I update the billing address for my {plan} plan", "how do i updtae the billing adress for my {plan} plan", "two typos + case"),
    (ORD, "orders from {email} in {month}", "Orders form {email} in {month}.", "typo + case + punctuation"),
    (WX, "weather in {city} on {weekday}", "WEATHER IN {city|upper} ON {weekday|upper}", "upper case"),
    (FL, "flights from {city} to {city#2} on {date}", "fligths from {city} to {city#2} on {date}", "one typo"),
    (PR, "{brand} {product} under ${amount}", "{brand|lower} {product} undr ${amount}", "typo + case"),
    (SQL, "total revenue by region in {month} {year}", "Total revnue by region in {month} {year}?", "typo + case + punctuation"),
    (DOC, "how to configure retries in the {lang} SDK", "how to configre retries in the {lang|lower} sdk", "typo + case"),
    (POL, "is {procedure} covered by the health plan", "Is {procedure} coverd by the health plan??", "typo + case + punctuation"),
    (WX, "temperature in {city} this evening", "temprature in {city|typo} this evening", "two typos"),
]
T["typo"]["test"] = [
    (KB, "I forgot my password and the reset email never arrives", "i forgot my pasword and the reset email never arives", "two typos"),
    (ORD, "status of order {order}", "statsu of order {order}", "one typo"),
    (WX, "Will it snow in {city} on {weekday}?", "will it snow in {city|lower} on {weekday|lower}", "case + punctuation"),
    (FL, "cheapest flight {city} to {city#2} in {month}", "cheapest flight {city|typo} to {city#2} in {month}", "typo in a place name"),
    (PR, "{color} {product} from {brand}", "{color} {product} frm {brand}!!", "typo + punctuation"),
    (SQL, "number of active subscribers per plan in {year}", "numbre of active subscribers per plan in {year}", "one typo"),
    (DOC, "{lang} client: how to set a request timeout", "{lang} client - how to set a reqeust timeout", "typo + punctuation"),
    (POL, "How many vacation days do part-time employees get?", "how many vacation days do part time employes get", "typo + case + punctuation"),
    (WX, "¿Va a llover en Sevilla el sábado?", "va a llover en sevilla el sabado", "[es] case, accents, punctuation"),
]

T["politeness"]["tune"] = [
    (KB, "how do I transfer my {plan} plan to another account", "Hi! Could you please tell me how I transfer my {plan} plan to another account? Thanks", "greeting + please + thanks"),
    (ORD, "orders shipped to {city} last week", "could you pull up the orders shipped to {city} last week for me, please", "polite request"),
    (WX, "weather in {city} on {weekday}", "hey, would you mind checking the weather in {city} on {weekday}? thank you!", "polite request"),
    (FL, "flights from {city} to {city#2} on {date}", "Please find me flights from {city} to {city#2} on {date}, thanks a lot", "please + thanks"),
    (PR, "{brand} {product} in {color}", "I'd love to see {brand} {product} in {color}, please", "polite request"),
    (SQL, "monthly active users in {region} for {year}", "Could you kindly give me the monthly active users in {region} for {year}?", "polite request"),
    (DOC, "{lang} SDK webhook signature verification", "Sorry to bother you, but could you point me to the {lang} SDK webhook signature verification docs?", "polite request"),
    (POL, "bereavement leave policy", "Hello, could you tell me what the bereavement leave policy is, please?", "greeting + please"),
    (KB, "change the delivery address on an order I placed yesterday",
     "Hello there, sorry if this is a silly question, but could you please tell me how to change the delivery address on an order I placed yesterday? Thanks", "long polite wrapper"),
]
T["politeness"]["test"] = [
    (KB, "why was I charged a late fee", "Good morning, I was wondering if you could explain why I was charged a late fee? Many thanks.", "greeting + thanks"),
    (ORD, "status of order {order}", "would you be so kind as to check the status of order {order}", "polite request"),
    (WX, "temperature in {city} on {weekday}", "Quick question please: temperature in {city} on {weekday}?", "please"),
    (FL, "direct flights {city} to {city#2} in {month}", "Hi there, I'd really appreciate it if you could look up direct flights {city} to {city#2} in {month}", "greeting + polite request"),
    (PR, "{product} for less than ${amount}", "can you help me find {product} for less than ${amount}? cheers", "polite request"),
    (SQL, "refund rate by product category in {year}", "If it's not too much trouble, please compute the refund rate by product category in {year}", "polite request"),
    (DOC, "how to mock the {lang} client in unit tests", "Hey team, could someone please show me how to mock the {lang} client in unit tests? ty", "greeting + please"),
    (POL, "jury duty leave", "Excuse me, what does the policy say about jury duty leave? thanks in advance", "polite request"),
    (ORD, "orders from {email} that are still in transit",
     "Hi, hope you are well! When you get a moment, could you please look up the orders from {email} that are still in transit? Thank you so much", "long polite wrapper"),
    (PR, "zapatillas de running talla 42", "hola, por favor, busco zapatillas de running talla 42, gracias", "[es] greeting + please + thanks"),
]

T["mixed"]["tune"] = [
    (KB, "What's the return window for items bought during a sale?", "pls how long do i have to send back discounted stuff", "rephrased + informal + case"),
    (ORD, "Show me every order {email} placed in {month} {year}", "{month} {year} purchases by {email} pls", "reorder + synonym + please"),
    (WX, "Is it going to be freezing in {city} on {weekday} night?", "{city} {weekday} night temps below zero?", "keywords + synonym"),
    (FL, "I need to fly from {city} to {city#2} on {date}, what options are there?", "{city}→{city#2} {date} flight options", "keywords + symbol"),
    (PR, "Could you show me {brand} {product} options that cost less than ${amount}?", "{product} by {brand}, under {amount} bucks", "reorder + synonym + politeness"),
    (SQL, "How much did we make in total in {region} during {month} {year}?", "total revenue {region} {month} {year}", "question vs keywords + synonym"),
    (DOC, "How do I make the {lang} SDK retry failed requests automatically?", "auto-retry on failure {lang} sdk setting", "keywords + synonym + case"),
    (POL, "Can I work remotely from {country} for a few weeks?", "policy on temporarily working from {country}", "rephrased"),
    (KB, "I can't remember the email I signed up with", "forgot which address my account uses??", "rephrased + punctuation"),
]
T["mixed"]["test"] = [
    (KB, "How do I get the app to stop sending me push notifications?", "turn off push notifs in the app", "keywords + synonym + abbreviation"),
    (ORD, "Which of my orders haven't shipped yet?", "pending shipment - my orders", "keywords + synonym + reorder"),
    (WX, "Should I expect thunderstorms in {city} on {weekday}?", "{weekday} {city} storm forecast", "keywords + synonym"),
    (FL, "What's the earliest flight I can catch from {city} to {city#2} on {date}?", "first departure {date} {city} -> {city#2}", "keywords + synonym + symbol"),
    (PR, "I'm after a {color} {product}, nothing over ${amount}", "{product} in {color}, max ${amount}", "reorder + synonym"),
    (SQL, "Who were our ten biggest customers by spend in {year}?", "top 10 customers by revenue {year}", "keywords + synonym + digits"),
    (DOC, "What's the right way to close the {lang} client connection when I'm done?", "{lang} client cleanup / shutdown", "keywords + synonym"),
    (POL, "Does the company pay for my gym membership?", "fitness subscription reimbursement policy", "keywords + synonym"),
    (ORD, "has anything {person} ordered been delayed", "late deliveries for {person}?", "rephrased"),
    (SQL, "¿Cuántos clientes nuevos tuvimos en {year}?", "número de altas de clientes {year}", "[es] rephrased"),
]

# ------------------------------------------------------------ near misses (label: different)
T["direction"]["tune"] = [
    (FL, "flights from {city} to {city#2} on {date}", "flights from {city#2} to {city} on {date}", "origin/destination swapped"),
    (FL, "cheapest one-way ticket {city} to {city#2} in {month}", "cheapest one-way ticket {city#2} to {city} in {month}", "origin/destination swapped"),
    (ORD, "gift orders bought by {person} for {person#2}", "gift orders bought by {person#2} for {person}", "buyer/recipient swapped"),
    (ORD, "orders from {email} placed before {date}", "orders from {email} placed after {date}", "before/after"),
    (SQL, "customers who switched from {plan} to {plan#2} in {year}", "customers who switched from {plan#2} to {plan} in {year}", "switch direction swapped"),
    (SQL, "revenue in the week before {date}", "revenue in the week after {date}", "before/after"),
    (KB, "how to transfer money from my savings to my checking account", "how to transfer money from my checking to my savings account", "transfer direction swapped"),
    (KB, "move licenses from my personal workspace to the team workspace", "move licenses from the team workspace to my personal workspace", "direction swapped"),
    (WX, "rain in {city} before 6 pm on {weekday}", "rain in {city} after 6 pm on {weekday}", "before/after"),
    (PR, "adapter from {port} to {port#2}", "adapter from {port#2} to {port}", "adapter direction swapped"),
    (PR, "{product} sorted by price from low to high", "{product} sorted by price from high to low", "sort direction"),
    (DOC, "migrate from v1 to v2 of the {lang} SDK", "migrate from v2 to v1 of the {lang} SDK", "migration direction swapped"),
    (DOC, "how to migrate a database from {db} to {db#2}", "how to migrate a database from {db#2} to {db}", "migration direction swapped"),
    (POL, "can I take parental leave before my child's birth", "can I take parental leave after my child's birth", "before/after"),
    (POL, "can I use vacation days before the end of probation", "can I use vacation days after the end of probation", "before/after"),
    (SQL, "users who moved from the free tier to a paid plan in {month}", "users who moved from a paid plan to the free tier in {month}", "direction swapped"),
    (KB, "fees for sending money from {country} to {country#2}", "fees for sending money from {country#2} to {country}", "direction swapped"),
    (FL, "Flüge von Hamburg nach Wien am Freitag", "Flüge von Wien nach Hamburg am Freitag", "[de] origin/destination swapped"),
]
T["direction"]["test"] = [
    (FL, "return flights departing {city} arriving {city#2} on {date}", "return flights departing {city#2} arriving {city} on {date}", "origin/destination swapped"),
    (FL, "{city} - {city#2} business class next {weekday}", "{city#2} - {city} business class next {weekday}", "route order swapped"),
    (ORD, "orders shipped from the {city} warehouse to {city#2}", "orders shipped from the {city#2} warehouse to {city}", "warehouse/destination swapped"),
    (ORD, "refunds issued to {email} before {date}", "refunds issued to {email} after {date}", "before/after"),
    (ORD, "gift orders sent by {email} to {email#2}", "gift orders sent by {email#2} to {email}", "sender/recipient swapped"),
    (SQL, "number of users who migrated from the mobile app to the web app in {month}", "number of users who migrated from the web app to the mobile app in {month}", "direction swapped"),
    (SQL, "churn in the 30 days before the {month} price change", "churn in the 30 days after the {month} price change", "before/after"),
    (KB, "how do I transfer my contacts from my {device} to my {device#2}", "how do I transfer my contacts from my {device#2} to my {device}", "direction swapped"),
    (KB, "fee to convert {currency} to {currency#2} on my card", "fee to convert {currency#2} to {currency} on my card", "conversion direction swapped"),
    (WX, "will it be windy in {city} after sunset on {weekday}", "will it be windy in {city} before sunset on {weekday}", "before/after"),
    (PR, "{port} to {port#2} cable", "{port#2} to {port} cable", "cable direction swapped"),
    (PR, "{brand} {product} listed from newest to oldest", "{brand} {product} listed from oldest to newest", "sort direction"),
    (DOC, "migration guide from {lang} SDK {ver} to {ver#2}", "migration guide from {lang} SDK {ver#2} to {ver}", "version direction swapped"),
    (DOC, "sync data from {db} into {db#2} with the {lang} client", "sync data from {db#2} into {db} with the {lang} client", "sync direction swapped"),
    (POL, "is dental work done before joining the company covered", "is dental work done after joining the company covered", "before/after"),
    (POL, "can I switch from full-time to part-time after parental leave", "can I switch from part-time to full-time after parental leave", "direction swapped"),
    (FL, "vols de Nice vers Bordeaux le samedi matin", "vols de Bordeaux vers Nice le samedi matin", "[fr] origin/destination swapped"),
]

T["comparison"]["tune"] = [
    (PR, "{product} under ${amount}", "{product} over ${amount}", "under/over"),
    (PR, "cheapest {brand} {product}", "most expensive {brand} {product}", "cheapest/most expensive"),
    (FL, "flights from {city} to {city#2} with at most one stop", "flights from {city} to {city#2} with at least one stop", "at most/at least"),
    (FL, "earliest flight from {city} to {city#2} on {date}", "latest flight from {city} to {city#2} on {date}", "earliest/latest"),
    (ORD, "orders from {email} with more than {n} items", "orders from {email} with fewer than {n} items", "more/fewer"),
    (ORD, "orders over ${amount} shipped to {city}", "orders under ${amount} shipped to {city}", "over/under"),
    (SQL, "customers who spent more than ${amount} in {year}", "customers who spent less than ${amount} in {year}", "more/less"),
    (SQL, "the best-selling product in {region} in {month}", "the worst-selling product in {region} in {month}", "best/worst"),
    (WX, "days above {temp} degrees in {city} this week", "days below {temp} degrees in {city} this week", "above/below"),
    (WX, "warmest day in {city} next week", "coldest day in {city} next week", "warmest/coldest"),
    (KB, "max number of users on the {plan} plan", "min number of users on the {plan} plan", "max/min"),
    (KB, "can I return items bought more than {n} days ago", "can I return items bought less than {n} days ago", "more/less"),
    (DOC, "{lang} SDK minimum supported runtime version", "{lang} SDK maximum supported runtime version", "minimum/maximum"),
    (DOC, "{lang} SDK: retry only when latency is above the threshold", "{lang} SDK: retry only when latency is below the threshold", "above/below"),
    (POL, "reimbursement for hotels costing more than ${amount} a night", "reimbursement for hotels costing less than ${amount} a night", "more/less"),
    (POL, "benefits for employees with at least {n} years of service", "benefits for employees with at most {n} years of service", "at least/at most"),
    (PR, "Laptops unter 800 Euro mit 16 GB RAM", "Laptops über 800 Euro mit 16 GB RAM", "[de] under/over"),
]
T["comparison"]["test"] = [
    (PR, "{color} {product} priced above ${amount}", "{color} {product} priced below ${amount}", "above/below"),
    (PR, "highest rated {product} from {brand}", "lowest rated {product} from {brand}", "highest/lowest"),
    (PR, "carry-on suitcases weighing less than {n} kg", "carry-on suitcases weighing more than {n} kg", "less/more"),
    (FL, "flights {city} to {city#2} shorter than {n} hours", "flights {city} to {city#2} longer than {n} hours", "shorter/longer"),
    (FL, "flights from {city} to {city#2} on {date} with the shortest layover", "flights from {city} to {city#2} on {date} with the longest layover", "shortest/longest"),
    (ORD, "orders for {email} totaling at least ${amount}", "orders for {email} totaling at most ${amount}", "at least/at most"),
    (ORD, "the most recent order from {email}", "the oldest order from {email}", "most recent/oldest"),
    (SQL, "products with a return rate higher than {pct}% in {year}", "products with a return rate lower than {pct}% in {year}", "higher/lower"),
    (SQL, "top {n} sales reps by deals closed in {month}", "bottom {n} sales reps by deals closed in {month}", "top/bottom"),
    (SQL, "regions where revenue grew more than {pct}% year over year", "regions where revenue grew less than {pct}% year over year", "more/less"),
    (WX, "will the temperature in {city} go below {temp}° on {weekday}", "will the temperature in {city} go above {temp}° on {weekday}", "below/above"),
    (WX, "the wettest month in {city}", "the driest month in {city}", "wettest/driest"),
    (KB, "the highest storage tier available on the {plan} plan", "the lowest storage tier available on the {plan} plan", "highest/lowest"),
    (KB, "can I get a refund if I cancel less than {n} hours before the booking", "can I get a refund if I cancel more than {n} hours before the booking", "less/more"),
    (DOC, "the newest supported {lang} SDK release", "the oldest supported {lang} SDK release", "newest/oldest"),
    (POL, "overtime pay for shifts longer than {n} hours", "overtime pay for shifts shorter than {n} hours", "longer/shorter"),
    (POL, "coverage for {procedure} when the cost is above the deductible", "coverage for {procedure} when the cost is below the deductible", "above/below"),
    (PR, "téléviseurs de moins de 500 euros", "téléviseurs de plus de 500 euros", "[fr] less/more"),
]

T["negation"]["tune"] = [
    (KB, "can I return the {product} I have opened", "can I return the {product} I have not opened", "opened/not opened"),
    (KB, "delivery options with signature required", "delivery options without signature required", "with/without"),
    (KB, "I bought the {brand} {product} two weeks ago and the box is still sealed, can I return it for a full refund?",
     "I bought the {brand} {product} two weeks ago and the box is not sealed anymore, can I return it for a full refund?", "sealed/not sealed, long"),
    (ORD, "orders from {email} that were paid", "orders from {email} that were not paid", "paid/not paid"),
    (ORD, "orders shipped to {city} including gift wrap", "orders shipped to {city} excluding gift wrap", "including/excluding"),
    (ORD, "orders {email} returned in {month}", "orders {email} did not return in {month}", "returned/did not return"),
    (FL, "flights from {city} to {city#2} on {date} with checked baggage", "flights from {city} to {city#2} on {date} without checked baggage", "with/without"),
    (FL, "refundable fares {city} to {city#2} in {month}", "non-refundable fares {city} to {city#2} in {month}", "refundable/non-refundable"),
    (PR, "{brand} {product} sold with a warranty", "{brand} {product} sold without a warranty", "with/without"),
    (PR, "{product} eligible for next-day delivery", "{product} not eligible for next-day delivery", "eligible/not eligible"),
    (SQL, "revenue in {region} for {year} including taxes", "revenue in {region} for {year} excluding taxes", "including/excluding"),
    (SQL, "users who completed onboarding in {month}", "users who did not complete onboarding in {month}", "did/did not"),
    (WX, "weather in {city} on {weekday} including the hourly breakdown", "weather in {city} on {weekday} excluding the hourly breakdown", "including/excluding"),
    (WX, "{city} forecast for {weekday} with wind chill", "{city} forecast for {weekday} without wind chill", "with/without"),
    (DOC, "{lang} SDK: call the endpoint with authentication", "{lang} SDK: call the endpoint without authentication", "with/without"),
    (DOC, "{lang} client features supported in async mode", "{lang} client features not supported in async mode", "supported/not supported"),
    (POL, "is {procedure} covered with a doctor's referral", "is {procedure} covered without a doctor's referral", "with/without"),
    (POL, "leave entitlement for employees who are on probation", "leave entitlement for employees who are not on probation", "on/not on"),
    (KB, "I can sign in on my {device}", "I cannot sign in on my {device}", "can/cannot"),
    (SQL, "For the quarterly board deck, give me total revenue, order count and average basket size for {region} in {year}, including refunded orders, broken down by month",
     "For the quarterly board deck, give me total revenue, order count and average basket size for {region} in {year}, excluding refunded orders, broken down by month", "including/excluding, long"),
    (KB, "remboursement d'un article ouvert", "remboursement d'un article non ouvert", "[fr] opened/not opened"),
]
T["negation"]["test"] = [
    (KB, "can I place an order with an account", "can I place an order without an account", "with/without"),
    (KB, "subscription price including VAT for {country}", "subscription price excluding VAT for {country}", "including/excluding"),
    (KB, "I received an email confirmation for my order", "I did not receive an email confirmation for my order", "did/did not"),
    (ORD, "orders to {city} with a tracking number", "orders to {city} without a tracking number", "with/without"),
    (ORD, "orders from {email} that have shipped", "orders from {email} that haven't shipped", "have/haven't"),
    (ORD, "orders from {email} paid by card", "orders from {email} not paid by card", "paid/not paid by card"),
    (FL, "flights {city} to {city#2} in {month} that allow pets", "flights {city} to {city#2} in {month} that don't allow pets", "allow/don't allow"),
    (FL, "fares from {city} to {city#2} including seat selection", "fares from {city} to {city#2} excluding seat selection", "including/excluding"),
    (PR, "USB hubs compatible with my {device}", "USB hubs not compatible with my {device}", "compatible/not compatible"),
    (PR, "{color} {product} on sale", "{color} {product} not on sale", "on sale/not on sale"),
    (SQL, "customers in {country} who renewed in {year}", "customers in {country} who did not renew in {year}", "renewed/did not renew"),
    (SQL, "order count for {month} including cancelled orders", "order count for {month} excluding cancelled orders", "including/excluding"),
    (WX, "{city} forecast for {weekday} with the pollen count", "{city} forecast for {weekday} without the pollen count", "with/without"),
    (DOC, "{lang} SDK functions that are deprecated", "{lang} SDK functions that are not deprecated", "deprecated/not deprecated"),
    (DOC, "run the {lang} SDK test suite with network access", "run the {lang} SDK test suite without network access", "with/without"),
    (POL, "sick pay for employees with a doctor's note", "sick pay for employees without a doctor's note", "with/without"),
    (POL, "remote work rules for employees with dependants", "remote work rules for employees without dependants", "with/without"),
    (POL, "My manager approved my overtime last month but it was paid at the normal rate, what does the policy say?",
     "My manager did not approve my overtime last month but it was paid at the normal rate, what does the policy say?", "approved/did not approve, long"),
    (ORD, "pedidos pagados de marzo", "pedidos no pagados de marzo", "[es] paid/not paid"),
    (FL, "We are a family of four travelling from {city} to {city#2} in {month} with a toddler, which flights have a bassinet seat available?",
     "We are a family of four travelling from {city} to {city#2} in {month} with a toddler, which flights have no bassinet seat available?", "have/have no, long"),
]

T["antonym_action"]["tune"] = [
    (KB, "how to enable dark mode on my {device}", "how to disable dark mode on my {device}", "enable/disable"),
    (KB, "how do I subscribe to the weekly newsletter", "how do I unsubscribe from the weekly newsletter", "subscribe/unsubscribe"),
    (KB, "how to upgrade to the {plan} plan", "how to downgrade to the {plan} plan", "upgrade/downgrade"),
    (ORD, "cancelled orders for {email} in {month}", "confirmed orders for {email} in {month}", "cancelled/confirmed"),
    (ORD, "orders where items were added after checkout", "orders where items were removed after checkout", "added/removed"),
    (PR, "{brand} {product} available to rent", "{brand} {product} available to buy", "rent/buy"),
    (PR, "{brand} {product} whose price went up this week", "{brand} {product} whose price went down this week", "went up/went down"),
    (FL, "when does boarding open for flights from {city} to {city#2} on {date}", "when does boarding close for flights from {city} to {city#2} on {date}", "open/close"),
    (SQL, "number of users who enabled notifications in {month}", "number of users who disabled notifications in {month}", "enabled/disabled"),
    (SQL, "accounts that upgraded in {region} during {year}", "accounts that downgraded in {region} during {year}", "upgraded/downgraded"),
    (SQL, "subscriptions started in {month} {year}", "subscriptions ended in {month} {year}", "started/ended"),
    (WX, "what time does the sun rise in {city} on {date}", "what time does the sun set in {city} on {date}", "rise/set"),
    (WX, "will temperatures rise in {city} over the weekend", "will temperatures fall in {city} over the weekend", "rise/fall"),
    (DOC, "how to open a websocket connection with the {lang} SDK", "how to close a websocket connection with the {lang} SDK", "open/close"),
    (DOC, "{lang} SDK: how to enable request logging", "{lang} SDK: how to disable request logging", "enable/disable"),
    (POL, "how to join the company pension plan", "how to leave the company pension plan", "join/leave"),
    (POL, "process to add a dependant to my health insurance", "process to remove a dependant from my health insurance", "add/remove"),
    (KB, "cómo activar las notificaciones por correo", "cómo desactivar las notificaciones por correo", "[es] enable/disable"),
]
T["antonym_action"]["test"] = [
    (KB, "how to turn on auto-renewal for my {plan} plan", "how to turn off auto-renewal for my {plan} plan", "on/off"),
    (KB, "how to lock my card in the app", "how to unlock my card in the app", "lock/unlock"),
    (KB, "how to mute notifications from a channel", "how to unmute notifications from a channel", "mute/unmute"),
    (ORD, "orders {email} confirmed in {month}", "orders {email} cancelled in {month}", "confirmed/cancelled"),
    (ORD, "orders to {city} where a discount code was applied", "orders to {city} where a discount code was removed", "applied/removed"),
    (FL, "check-in opening time for {city} to {city#2} flights", "check-in closing time for {city} to {city#2} flights", "opening/closing"),
    (PR, "{brand} {product} deals that start this week", "{brand} {product} deals that end this week", "start/end"),
    (PR, "{brand} {product} models that were recently restocked", "{brand} {product} models that were recently discontinued", "restocked/discontinued"),
    (SQL, "how many users subscribed to the newsletter in {month}", "how many users unsubscribed from the newsletter in {month}", "subscribed/unsubscribed"),
    (SQL, "seats added per account in {region} last quarter", "seats removed per account in {region} last quarter", "added/removed"),
    (WX, "will the wind pick up in {city} on {weekday}", "will the wind die down in {city} on {weekday}", "pick up/die down"),
    (WX, "when does the rain start in {city} on {weekday}", "when does the rain stop in {city} on {weekday}", "start/stop"),
    (DOC, "how to connect to the database with the {lang} client", "how to disconnect from the database with the {lang} client", "connect/disconnect"),
    (DOC, "{lang} SDK: how to encrypt a payload", "{lang} SDK: how to decrypt a payload", "encrypt/decrypt"),
    (DOC, "{lang} SDK: serialize a response to JSON", "{lang} SDK: deserialize a response from JSON", "serialize/deserialize"),
    (POL, "how to opt in to the share purchase plan", "how to opt out of the share purchase plan", "opt in/opt out"),
    (POL, "procedure to approve a colleague's leave request", "procedure to reject a colleague's leave request", "approve/reject"),
    (KB, "Wie kündige ich mein Abo?", "Wie verlängere ich mein Abo?", "[de] cancel/renew"),
]

T["number"]["tune"] = [
    (ORD, "where is order #{order}", "where is order #{order#2}", "order id differs by one digit or a transposition"),
    (ORD, "orders over ${amount} from {email}", "orders over ${amount#2} from {email}", "amount"),
    (PR, "{brand} {product} under ${amount}", "{brand} {product} under ${amount#2}", "amount"),
    (PR, "pack of {n} AA batteries", "pack of {n#2} AA batteries", "quantity"),
    (PR, "Hoka trail running shoes size {size}", "Hoka trail running shoes size {size#2}", "size"),
    (FL, "flights from {city} to {city#2} for {n} passengers on {date}", "flights from {city} to {city#2} for {n#2} passengers on {date}", "passenger count"),
    (FL, "flights {city} to {city#2} under ${amount}", "flights {city} to {city#2} under ${amount#2}", "amount"),
    (WX, "{n}-day forecast for {city}", "{n#2}-day forecast for {city}", "forecast length"),
    (WX, "temperature in {city} on {weekday} in Celsius", "temperature in {city} on {weekday} in Fahrenheit", "unit"),
    (SQL, "top {n} products by revenue in {month}", "top {n#2} products by revenue in {month}", "top-N"),
    (SQL, "customers with more than {n} orders in {year}", "customers with more than {n#2} orders in {year}", "threshold"),
    (SQL, "revenue in {region} for {month} in US dollars", "revenue in {region} for {month} in euros", "currency unit"),
    (KB, "what does error code {err} mean when I pay", "what does error code {err#2} mean when I pay", "error code"),
    (KB, "can I add more than {n} users to the {plan} plan", "can I add more than {n#2} users to the {plan} plan", "quantity"),
    (DOC, "{lang} SDK version {ver} changelog", "{lang} SDK version {ver#2} changelog", "version"),
    (DOC, "HTTP {code} error from the {endpoint} endpoint", "HTTP {code#2} error from the {endpoint} endpoint", "status code"),
    (POL, "parental leave after {n} years of employment", "parental leave after {n#2} years of employment", "tenure"),
    (POL, "approval rules for {n} weeks of unpaid leave", "approval rules for {n#2} weeks of unpaid leave", "duration"),
    (SQL, "ventes du trimestre {q} par région", "ventes du trimestre {q#2} par région", "[fr] quarter"),
]
T["number"]["test"] = [
    (ORD, "track order {order} for {email}", "track order {order#2} for {email}", "order id differs by one digit or a transposition"),
    (ORD, "orders containing {n} or more items", "orders containing {n#2} or more items", "quantity"),
    (ORD, "refunds above ${amount} in {month}", "refunds above ${amount#2} in {month}", "amount"),
    (PR, "{color} {product} around ${amount}", "{color} {product} around ${amount#2}", "amount"),
    (PR, "{inch} inch TV from TCL or Hisense", "{inch#2} inch TV from TCL or Hisense", "screen size"),
    (FL, "flights {city} to {city#2} on {date} for {n} adults", "flights {city} to {city#2} on {date} for {n#2} adults", "passenger count"),
    (FL, "status of flight {flightno} on {date}", "status of flight {flightno#2} on {date}", "flight number"),
    (WX, "{city} forecast {n} days from now", "{city} forecast {n#2} days from now", "days ahead"),
    (WX, "wind speed in {city} on {weekday} in km/h", "wind speed in {city} on {weekday} in mph", "unit"),
    (SQL, "bottom {n} stores by foot traffic in {month}", "bottom {n#2} stores by foot traffic in {month}", "top-N"),
    (SQL, "orders with a discount of {pct}% in {year}", "orders with a discount of {pct#2}% in {year}", "percentage"),
    (KB, "why was I charged {price} on my card", "why was I charged {price#2} on my card", "amount charged"),
    (KB, "how do I upload files larger than {n} GB", "how do I upload files larger than {n#2} GB", "size threshold"),
    (DOC, "{lang} SDK {ver} breaking changes", "{lang} SDK {ver#2} breaking changes", "version"),
    (DOC, "what does status code {code} mean in the {endpoint} API", "what does status code {code#2} mean in the {endpoint} API", "status code"),
    (POL, "how many vacation days after {n} years at the company", "how many vacation days after {n#2} years at the company", "tenure"),
    (POL, "mileage reimbursement rate per kilometre for business trips", "mileage reimbursement rate per mile for business trips", "unit"),
    (FL, "Status von Flug {flightno} am 14. Februar", "Status von Flug {flightno#2} am 14. Februar", "[de] flight number"),
]

T["date"]["tune"] = [
    (WX, "weather in {city} on {weekday}", "weather in {city} on {weekday#2}", "weekday"),
    (WX, "{city} forecast for {date}", "{city} forecast for {date#2}", "date"),
    (WX, "did it rain in {city} yesterday", "will it rain in {city} tomorrow", "yesterday/tomorrow"),
    (FL, "flights {city} to {city#2} on {date}", "flights {city} to {city#2} on {date#2}", "date"),
    (FL, "weekend flights from {city} to {city#2} in {month}", "weekend flights from {city} to {city#2} in {month#2}", "month"),
    (ORD, "orders placed by {email} on {date}", "orders placed by {email} on {date#2}", "date"),
    (ORD, "orders delivered to {city} last week", "orders delivered to {city} this week", "last/this week"),
    (SQL, "total revenue by region in {month} {year}", "total revenue by region in {month#2} {year}", "month"),
    (SQL, "new signups in Q{q} {year}", "new signups in Q{q} {year#2}", "year"),
    (SQL, "daily active users on {iso}", "daily active users on {iso#2}", "ISO date"),
    (KB, "customer support hours on {weekday}", "customer support hours on {weekday#2}", "weekday"),
    (KB, "when does the {month} billing cycle close", "when does the {month#2} billing cycle close", "month"),
    (DOC, "{lang} SDK releases from {month} {year}", "{lang} SDK releases from {month} {year#2}", "year"),
    (DOC, "API deprecations announced in {year}", "API deprecations announced in {year#2}", "year"),
    (POL, "company holidays in {country} in {year}", "company holidays in {country} in {year#2}", "year"),
    (POL, "open enrollment deadline for {year} benefits", "open enrollment deadline for {year#2} benefits", "year"),
    (POL, "is the office closed on {holiday}", "is the office closed on {holiday#2}", "holiday"),
    (WX, "el tiempo en Bilbao mañana por la tarde", "el tiempo en Bilbao hoy por la tarde", "[es] tomorrow/today"),
]
T["date"]["test"] = [
    (WX, "will it be sunny in {city} this {weekday}", "will it be sunny in {city} this {weekday#2}", "weekday"),
    (WX, "{city} weather this weekend", "{city} weather next weekend", "this/next weekend"),
    (WX, "average temperature in {city} in {month}", "average temperature in {city} in {month#2}", "month"),
    (FL, "cheapest return flight {city} {city#2} leaving {date}", "cheapest return flight {city} {city#2} leaving {date#2}", "date"),
    (FL, "flights from {city} to {city#2} tonight", "flights from {city} to {city#2} tomorrow night", "tonight/tomorrow night"),
    (ORD, "orders from {email} during {month} {year}", "orders from {email} during {month} {year#2}", "year"),
    (ORD, "orders shipped to {city} yesterday", "orders shipped to {city} today", "yesterday/today"),
    (SQL, "churn rate for {month} {year} by plan", "churn rate for {month#2} {year} by plan", "month"),
    (SQL, "weekly revenue for the week of {iso}", "weekly revenue for the week of {iso#2}", "ISO date"),
    (SQL, "refunds processed in the first half of {year}", "refunds processed in the second half of {year}", "first/second half"),
    (KB, "are you open on {holiday}", "are you open on {holiday#2}", "holiday"),
    (KB, "what changed in the {month} {year} terms of service update", "what changed in the {month} {year#2} terms of service update", "year"),
    (DOC, "changes to the {endpoint} API in {month} {year}", "changes to the {endpoint} API in {month#2} {year}", "month"),
    (DOC, "what's new in the {lang} SDK this month", "what's new in the {lang} SDK last month", "this/last month"),
    (POL, "bonus payout date for {year}", "bonus payout date for {year#2}", "year"),
    (POL, "company-wide days off in {month}", "company-wide days off in {month#2}", "month"),
    (FL, "vols Paris Nice samedi", "vols Paris Nice dimanche", "[fr] weekday"),
]

T["entity"]["tune"] = [
    (WX, "is it raining in {city} right now", "is it raining in {city#2} right now", "city"),
    (WX, "air quality in {city} today", "air quality in {city#2} today", "city"),
    (FL, "flights from {city} to {city#2} on {date}", "flights from {city} to {city#3} on {date}", "destination"),
    (FL, "{airline} flights to {city} in {month}", "{airline#2} flights to {city} in {month}", "airline"),
    (ORD, "orders placed by {email}", "orders placed by {email#2}", "email (often same mailbox name, other domain)"),
    (ORD, "orders shipped to {person}", "orders shipped to {person#2}", "person"),
    (PR, "{brand} {product} reviews", "{brand#2} {product} reviews", "brand"),
    (PR, "{product} in stock at the store near me", "{product#2} in stock at the store near me", "product"),
    (SQL, "revenue in {region} for {month}", "revenue in {region#2} for {month}", "region"),
    (SQL, "sales of the {plan} plan in {country}", "sales of the {plan} plan in {country#2}", "country"),
    (KB, "how to connect my account to {integration}", "how to connect my account to {integration#2}", "integration"),
    (KB, "customs fees when shipping to {country}", "customs fees when shipping to {country#2}", "country"),
    (DOC, "install the SDK for {lang}", "install the SDK for {lang#2}", "language"),
    (DOC, "{lang} SDK example for the {endpoint} endpoint", "{lang} SDK example for the {endpoint#2} endpoint", "endpoint"),
    (POL, "parental leave policy in {country}", "parental leave policy in {country#2}", "country"),
    (POL, "does the {tier} health plan cover {procedure}", "does the {tier} health plan cover {procedure#2}", "procedure"),
    (ORD, "invoices for {company} this quarter", "invoices for {company#2} this quarter", "organisation"),
    (SQL, "headcount in {dept} by month", "headcount in {dept#2} by month", "department"),
    (WX, "Wetter in Leipzig am Wochenende", "Wetter in Dresden am Wochenende", "[de] city"),
]
T["entity"]["test"] = [
    (WX, "humidity in {city} tomorrow morning", "humidity in {city#2} tomorrow morning", "city"),
    (WX, "{city} weekend weather", "{city#2} weekend weather", "city"),
    (FL, "direct flights to {city} from {city#2}", "direct flights to {city} from {city#3}", "origin"),
    (FL, "{airline} business class {city} to {city#2}", "{airline#2} business class {city} to {city#2}", "airline"),
    (ORD, "latest order from {email}", "latest order from {email#2}", "email (often same mailbox name, other domain)"),
    (ORD, "orders billed to {company}", "orders billed to {company#2}", "organisation"),
    (PR, "{brand} {product} warranty length", "{brand#2} {product} warranty length", "brand"),
    (PR, "{color} {product} in stock for pickup today", "{color} {product#2} in stock for pickup today", "product"),
    (SQL, "headcount in the {dept} department by month", "headcount in the {dept#2} department by month", "department"),
    (SQL, "deals closed by {person} in Q{q}", "deals closed by {person#2} in Q{q}", "person"),
    (KB, "do you ship to {country}", "do you ship to {country#2}", "country"),
    (KB, "how to import contacts from {integration}", "how to import contacts from {integration#2}", "integration"),
    (DOC, "pagination for the {endpoint} endpoint", "pagination for the {endpoint#2} endpoint", "endpoint"),
    (DOC, "using the {lang} client with {db}", "using the {lang} client with {db#2}", "database"),
    (POL, "travel insurance for business trips to {country}", "travel insurance for business trips to {country#2}", "country"),
    (POL, "{tier} plan deductible", "{tier#2} plan deductible", "plan tier"),
    (PR, "chargers that work with my {device}", "chargers that work with my {device#2}", "device"),
    (WX, "¿Qué tiempo hará en Granada el jueves?", "¿Qué tiempo hará en Córdoba el jueves?", "[es] city"),
]

T["scope"]["tune"] = [
    (KB, "standard delivery cost for orders to {country}", "standard delivery time for orders to {country}", "cost vs time"),
    (KB, "{plan} plan monthly price", "{plan} plan storage limit", "price vs limit"),
    (ORD, "shipping address for order {order}", "payment method for order {order}", "address vs payment method"),
    (ORD, "order count for {email} in {year}", "order total for {email} in {year}", "count vs total"),
    (WX, "humidity in {city} on {weekday}", "wind speed in {city} on {weekday}", "humidity vs wind"),
    (WX, "{city} UV index on {weekday}", "{city} pollen count on {weekday}", "UV vs pollen"),
    (FL, "baggage allowance on {airline} flights to {city}", "seat pitch on {airline} flights to {city}", "baggage vs seat"),
    (FL, "price of flights from {city} to {city#2} on {date}", "duration of flights from {city} to {city#2} on {date}", "price vs duration"),
    (PR, "{brand} {product} warranty", "{brand} {product} dimensions", "warranty vs dimensions"),
    (PR, "reviews of the {brand} {product}", "accessories for the {brand} {product}", "reviews vs accessories"),
    (SQL, "total revenue by region in {month}", "total orders by region in {month}", "revenue vs orders"),
    (SQL, "average order value in {country} for {year}", "median order value in {country} for {year}", "mean vs median"),
    (DOC, "{lang} SDK installation", "{lang} SDK authentication", "install vs auth"),
    (DOC, "rate limits for the {endpoint} endpoint", "request schema for the {endpoint} endpoint", "limits vs schema"),
    (POL, "parental leave duration", "parental leave pay", "duration vs pay"),
    (POL, "{procedure} coverage limit", "{procedure} waiting period", "limit vs waiting period"),
    (KB, "Wie lange dauert der Versand nach Österreich?", "Wie viel kostet der Versand nach Österreich?", "[de] time vs cost"),
]
T["scope"]["test"] = [
    (KB, "refund processing time for {payment}", "refund processing fee for {payment}", "time vs fee"),
    (KB, "data export format for the {plan} plan", "data export limits for the {plan} plan", "format vs limits"),
    (ORD, "delivery date of order {order}", "delivery address of order {order}", "date vs address"),
    (ORD, "items in the last order from {email}", "price of the last order from {email}", "items vs price"),
    (WX, "chance of rain in {city} {weekday}", "amount of rain in {city} {weekday}", "probability vs amount"),
    (WX, "{city} temperature tonight", "{city} visibility tonight", "temperature vs visibility"),
    (FL, "cancellation fee for {airline} flights from {city}", "change fee for {airline} flights from {city}", "cancel vs change fee"),
    (FL, "on-time rate for flights {city} to {city#2}", "average fare for flights {city} to {city#2}", "punctuality vs fare"),
    (PR, "{brand} {product} price history", "{brand} {product} stock availability", "price vs stock"),
    (PR, "{color} {product} sizes available", "{color} {product} materials used", "sizes vs materials"),
    (SQL, "number of support tickets per agent in {month}", "average resolution time per agent in {month}", "count vs time"),
    (SQL, "gross revenue in {region} for {year}", "net revenue in {region} for {year}", "gross vs net"),
    (DOC, "{lang} client retry settings", "{lang} client proxy settings", "retry vs proxy"),
    (DOC, "response format of the {endpoint} endpoint", "error codes of the {endpoint} endpoint", "format vs errors"),
    (POL, "eligibility for the {tier} health plan", "monthly premium for the {tier} health plan", "eligibility vs premium"),
    (POL, "notice period when resigning", "final paycheck when resigning", "notice vs paycheck"),
    (SQL, "ingresos por región en abril", "pedidos por región en abril", "[es] revenue vs orders"),
]


# --------------------------------------------------------------------------------------------
# Generation, self-check and report (the machinery is in pairgen.py)
# --------------------------------------------------------------------------------------------


def self_check(data: dict[str, list[dict]]) -> list[str]:
    errors: list[str] = []
    # templates: every category's template list is non-empty and no template string is shared
    tmpl = {s: set() for s in SPLITS}
    for cat in T:
        for s in SPLITS:
            if not T[cat].get(s):
                errors.append(f"no {s} templates for {cat}")
            for tool, a, b, _ in T[cat][s]:
                if tool not in TOOLS_ALL:
                    errors.append(f"unknown tool {tool}")
                tmpl[s].update({norm(a), norm(b)})
    shared_t = tmpl["tune"] & tmpl["test"]
    if shared_t:
        errors.append(f"template strings shared by tune and test: {sorted(shared_t)[:5]}")
    ids = [r["id"] for s in SPLITS for r in data[s]]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    pairs = {s: {(norm(r["a"]), norm(r["b"])) for r in data[s]} for s in SPLITS}
    cross = {p for p in pairs["tune"] if p in pairs["test"] or (p[1], p[0]) in pairs["test"]}
    if cross:
        errors.append(f"pairs in both splits: {sorted(cross)[:5]}")
    sents = {s: {norm(r[k]) for r in data[s] for k in ("a", "b")} for s in SPLITS}
    shared_s = sents["tune"] & sents["test"]
    if shared_s:
        errors.append(f"sentences in both splits: {sorted(shared_s)[:5]}")
    old = old_sentences()
    reused = {x for s in SPLITS for x in sents[s] if x.strip(" ?.!") in old}
    if reused:
        errors.append(f"sentences reused from tests/cache/pairs.py: {sorted(reused)[:5]}")
    for s in SPLITS:
        rows = data[s]
        for r in rows:
            if r["split"] != s or r["label"] != LABEL[r["category"]]:
                errors.append(f"bad row {r['id']}")
            if "{" in r["a"] + r["b"] + r["note"]:
                errors.append(f"unfilled slot in {r['id']}")
            if norm(r["a"]) == norm(r["b"]) and r["label"] == "different":
                errors.append(f"near miss with equal texts {r['id']}")
            if r["a"] == r["b"] and r["label"] == "same":
                errors.append(f"same pair with a == b: {r['id']}")
        by_cat = Counter(r["category"] for r in rows)
        if len(rows) < MIN_PER_SPLIT:
            errors.append(f"{s}: {len(rows)} pairs < {MIN_PER_SPLIT}")
        for c in NEAR_MISS:
            if by_cat[c] < MIN_NEAR_MISS_PER_CAT:
                errors.append(f"{s}/{c}: {by_cat[c]} < {MIN_NEAR_MISS_PER_CAT}")
        n_para = sum(by_cat[c] for c in PARAPHRASE)
        if n_para < MIN_PARAPHRASE_PER_SPLIT:
            errors.append(f"{s}: {n_para} paraphrases < {MIN_PARAPHRASE_PER_SPLIT}")
        if len({r["tool"] for r in rows}) < MIN_TOOLS:
            errors.append(f"{s}: fewer than {MIN_TOOLS} tools")
    return errors


def report(data: dict[str, list[dict]]) -> str:
    lines = []
    cats = PARAPHRASE + NEAR_MISS
    lines.append(f"{'category':18} {'label':9} " + " ".join(f"{s:>6}" for s in SPLITS)
                 + "   jaccard(a,b) mean tune/test")
    for c in cats:
        counts = [sum(r["category"] == c for r in data[s]) for s in SPLITS]
        jac = []
        for s in SPLITS:
            js = [jaccard(r["a"], r["b"]) for r in data[s] if r["category"] == c]
            jac.append(sum(js) / len(js) if js else 0)
        lines.append(f"{c:18} {LABEL[c]:9} " + " ".join(f"{n:>6}" for n in counts)
                     + f"   {jac[0]:.2f} / {jac[1]:.2f}")
    for lab in ("same", "different"):
        lines.append(f"{'total ' + lab:28} " + " ".join(
            f"{sum(r['label'] == lab for r in data[s]):>6}" for s in SPLITS))
    lines.append(f"{'total':28} " + " ".join(f"{len(data[s]):>6}" for s in SPLITS))
    lines.append("")
    for s in SPLITS:
        tools = Counter(r["tool"] for r in data[s])
        lines.append(f"{s} tools: " + ", ".join(f"{t}={n}" for t, n in sorted(tools.items())))
        nonen = sum(r["note"][:1] == "[" for r in data[s])
        words = [len(r[k].split()) for r in data[s] for k in ("a", "b")]
        lines.append(f"{s} non-English pairs: {nonen}; words per text: min {min(words)}, max {max(words)}, "
                     f"mean {sum(words) / len(words):.1f}")
    shared_values = {}
    for name in LISTS["tune"]:
        common = set(LISTS["tune"][name]) & set(LISTS["test"].get(name, []))
        if common:
            shared_values[name] = sorted(common)
    for name in ORDINALS["tune"]:
        common = set(ORDINALS["tune"][name]) & set(ORDINALS["test"].get(name, []))
        if common:
            shared_values[name] = sorted(common)
    tb = {b for bs in CATALOGUE["tune"].values() for b in bs}
    eb = {b for bs in CATALOGUE["test"].values() for b in bs}
    if tb & eb or set(CATALOGUE["tune"]) & set(CATALOGUE["test"]):
        shared_values["catalogue"] = sorted(tb & eb | set(CATALOGUE["tune"]) & set(CATALOGUE["test"]))
    lines.append(f"slot values shared by the pools of both splits: {shared_values or 'none'}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    data = {s: generate(s, {c: T[c][s] for c in CATEGORIES}, make_pools(s), TARGET, first=("product",))
            for s in SPLITS}
    errors = self_check(data)
    print(report(data))
    if errors:
        print("\nSELF-CHECK FAILED:", *errors, sep="\n  ")
        return 1
    print("\nself-check passed")
    if "--check" in argv:
        stale = [s for s in SPLITS if not (HERE / f"pairs_{s}.jsonl").exists()
                 or (HERE / f"pairs_{s}.jsonl").read_text(encoding="utf-8") != dump(data[s])]
        if stale:
            print(f"files out of date: {stale}; run python evals/cache/generate.py")
            return 1
        print("files up to date")
        return 0
    for s in SPLITS:
        (HERE / f"pairs_{s}.jsonl").write_text(dump(data[s]), encoding="utf-8")
    print("wrote", ", ".join(f"pairs_{s}.jsonl" for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
