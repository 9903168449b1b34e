"""Shared machinery of the evals/cache pair generators (stdlib only, deterministic).

generate.py (tune and test) and the later generators (generate_tune2.py to generate_tune5.py,
generate_test2.py) keep only their own templates, slot pools and size targets; everything else is
here: the text helpers, the slot-pool kinds, the slot filling, the generation loop with its dedup,
and, for the one-split generators, the self-check, the report, the writer and the command line.

Slot syntax in templates: ``{name}`` draws a value from pool ``name``; ``{name#2}`` draws a second,
different value of the same pool (for ordinal pools the neighbouring value, for twin pools the
look-alike partner, for ids one digit changed or two transposed); ``{name|lower}``,
``{name|upper}``, ``{name|typo}`` transform the value. Both texts of a pair get the same values.

Everything is seeded by strings (``random.Random(f"arbiter-cache-eval/{split}/{category}")``), so
the output is byte-identical across runs and Python versions. Changing a draw function here
changes every file that uses it: run every generator's ``--check`` after any edit.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OLD_PAIRS = REPO / "tests" / "cache" / "pairs.py"

PARAPHRASE = ("reorder", "shorten", "question_keyword", "synonym", "typo", "politeness", "mixed")
NEAR_MISS = ("direction", "comparison", "negation", "antonym_action", "number", "date", "entity", "scope")
CATEGORIES = PARAPHRASE + NEAR_MISS
# The size every held-out test split has (test to test6), so their figures compare: 25 pairs per
# paraphrase category and 54 per near-miss category, met exactly, from at least 12 / 20 templates.
TEST_TARGET = {**{c: 25 for c in PARAPHRASE}, **{c: 54 for c in NEAR_MISS}}
TEST_MIN_TEMPLATES = {**{c: 12 for c in PARAPHRASE}, **{c: 20 for c in NEAR_MISS}}
LABEL = {**{c: "same" for c in PARAPHRASE}, **{c: "different" for c in NEAR_MISS}}
TOOLS_ALL = KB, ORD, WX, FL, PR, SQL, DOC, POL = (
    "search_kb", "search_orders", "get_weather", "search_flights",
    "search_products", "sql_query_nl", "search_docs", "lookup_policy",
)
# Closed sets that generate.py splits between tune and test; later splits cannot avoid them.
CLOSED = frozenset({"weekday", "month", "de_weekday", "fr_weekday", "es_weekday", "de_month", "fr_month",
                    "es_month", "q"})
MONTH_NUM = {m: i + 1 for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"])}

Template = tuple[str, str, str, str]  # (tool, a, b, note); "[de]", "[fr]", "[es]" start a non-English note
Draw = Callable[[random.Random, list, dict], object]  # (rng, earlier values of this slot, all values so far)

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

WORD = re.compile(r"[\w'$%#@./-]+", re.UNICODE)
SLOT = re.compile(r"\{(\w+)(?:#(\d))?(?:\|(\w+))?\}")


def near_digits(rng: random.Random, s: str) -> str:
    """Same length, one digit changed or two adjacent digits transposed."""
    for _ in range(50):
        d = list(s)
        if rng.random() < 0.5:
            i = rng.randrange(len(d) - 1)
            d[i], d[i + 1] = d[i + 1], d[i]
        else:
            i = rng.randrange(1, len(d))
            d[i] = str((int(d[i]) + rng.randrange(1, 10)) % 10)
        t = "".join(d)
        if t != s and t[0] != "0":
            return t
    raise RuntimeError(s)


def typo(value: str) -> str:
    """Swap two adjacent letters in the middle of the longest word."""
    words = value.split(" ")
    k = max(range(len(words)), key=lambda i: len(words[i]))
    w = list(words[k])
    for i in range(max(1, len(w) // 2 - 1), len(w) - 1):
        if w[i] != w[i + 1] and w[i].isalpha() and w[i + 1].isalpha():
            w[i], w[i + 1] = w[i + 1], w[i]
            break
    words[k] = "".join(w)
    return " ".join(words)


FILTERS: dict[str | None, Callable[[str], str]] = {"lower": str.lower, "upper": str.upper, "typo": typo,
                                                  None: lambda s: s}


def fill(text: str, values: dict[tuple[str, int], object]) -> str:
    def sub(m: re.Match) -> str:
        return FILTERS[m.group(3) or None](str(values[(m.group(1), int(m.group(2) or 1))]))
    return SLOT.sub(sub, text)


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def jaccard(a: str, b: str) -> float:
    x, y = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return len(x & y) / len(x | y) if x | y else 1.0


def old_sentences() -> set[str]:
    """Every string constant of tests/cache/pairs.py, normalised and stripped of " ?.!"."""
    if not OLD_PAIRS.exists():
        return set()
    out: set[str] = set()
    for node in ast.walk(ast.parse(OLD_PAIRS.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.add(norm(node.value).strip(" ?.!"))
    return out


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --------------------------------------------------------------------------------------------
# Slot pools: each kind returns a draw(rng, prev, ctx); prev holds this slot's earlier values
# in the pair (empty for the first draw), ctx all values drawn so far, by slot name.
# --------------------------------------------------------------------------------------------


def list_pool(values: list) -> Draw:
    """Any value not drawn yet."""
    return lambda rng, prev, ctx: rng.choice([v for v in values if v not in prev])


def ordinal_pool(values: list) -> Draw:
    """A second draw takes a neighbour in the list, so number near misses stay close."""
    def draw(rng, prev, ctx):
        if not prev:
            return rng.choice(values)
        i = values.index(prev[0])
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(values) and values[j] not in prev]
        return values[rng.choice(near)] if near else rng.choice([v for v in values if v not in prev])
    return draw


def twin_pool(pairs: list[tuple[str, str]]) -> Draw:
    """A second draw takes the look-alike partner."""
    def draw(rng, prev, ctx):
        if not prev:
            return rng.choice(rng.choice(pairs))
        for x, y in pairs:
            if prev[0] in (x, y):
                return y if prev[0] == x else x
        raise RuntimeError(prev)
    return draw


def catalogue_pools(catalogue: dict[str, list[str]]) -> tuple[Draw, Draw]:
    """(product, brand); a brand drawn after a product is one of that product's brands."""
    def product(rng, prev, ctx):
        return rng.choice([p for p in sorted(catalogue) if p not in prev])

    def brand(rng, prev, ctx):
        all_brands = sorted({b for bs in catalogue.values() for b in bs})
        options = catalogue[ctx["product"][0]] if "product" in ctx else all_brands
        return rng.choice([b for b in options if b not in prev])
    return product, brand


def email_pool(locals_: list[str], domains: list[str]) -> Draw:
    """A second address is half the time the same mailbox name at another domain."""
    def draw(rng, prev, ctx):
        if prev and rng.random() < 0.5:
            local, dom = prev[0].split("@")
            return f"{local}@{rng.choice([d for d in domains if d != dom])}"
        while True:
            e = f"{rng.choice(locals_)}@{rng.choice(domains)}"
            if e not in prev:
                return e
    return draw


def digits_pool(n: int) -> Draw:
    """An n-digit id (order number); the second one is near_digits of the first."""
    return lambda rng, prev, ctx: near_digits(rng, prev[0]) if prev else str(rng.randrange(10 ** (n - 1), 10 ** n))


def prefixed_pool(prefix: str, lo: int, hi: int) -> Draw:
    """An id such as "RMA-40718" (prefix + a number in [lo, hi)); the second one is near_digits of it."""
    def draw(rng, prev, ctx):
        return prefix + near_digits(rng, prev[0][len(prefix):]) if prev else f"{prefix}{rng.randrange(lo, hi)}"
    return draw


def flightno_pool(prefixes: list[str], airline_code: dict[str, str] | None = None) -> Draw:
    """"AF417": the airline's code when an airline was drawn first, digits near_digits for a second one."""
    def draw(rng, prev, ctx):
        if prev:
            return prev[0][:2] + near_digits(rng, prev[0][2:])
        if airline_code is not None and "airline" in ctx:
            return airline_code[ctx["airline"][0]] + str(rng.randrange(100, 1000))
        return rng.choice(prefixes) + str(rng.randrange(100, 1000))
    return draw


def month_day_pool(months: list[str]) -> Draw:
    """"April 14"; the second one is 1, 2 or 7 days later."""
    def draw(rng, prev, ctx):
        if prev:
            m, d = prev[0].rsplit(" ", 1)
            return f"{m} {int(d) + rng.choice([1, 2, 7])}"
        return f"{rng.choice(months)} {rng.randrange(3, 21)}"
    return draw


def day_month_pool(months: list[str]) -> Draw:
    """"14 April"; the second one is 1 or 7 days later."""
    def draw(rng, prev, ctx):
        if prev:
            d, m = prev[0].split(" ", 1)
            return f"{int(d) + rng.choice([1, 1, 7])} {m}"
        return f"{rng.randrange(3, 21)} {rng.choice(months)}"
    return draw


def iso_pool(months: list[str], years: list) -> Draw:
    """"2023-05-14"; the second one is 1 or 7 days later."""
    def draw(rng, prev, ctx):
        if prev:
            y, m, d = prev[0].split("-")
            return f"{y}-{m}-{int(d) + rng.choice([1, 1, 7]):02d}"
        y = rng.choice(years)
        m = MONTH_NUM[rng.choice(months)]
        return f"{y}-{m:02d}-{rng.randrange(3, 21):02d}"
    return draw


def ymd_swap_pool(months: list[str], years: list) -> Draw:
    """"2025-04-06"; the second one swaps month and day ("2025-06-04")."""
    def draw(rng, prev, ctx):
        if prev:
            y, m, d = prev[0].split("-")
            return f"{y}-{d}-{m}"
        m = MONTH_NUM[rng.choice(months)]
        d = rng.choice([x for x in range(3, 13) if x != m])
        return f"{rng.choice(years)}-{m:02d}-{d:02d}"
    return draw


def dotdate_pool(years: list) -> Draw:
    """German "14.06.2013"; the second one is one day or one month on."""
    def draw(rng, prev, ctx):
        if prev:
            d, m, y = prev[0].split(".")
            return f"{int(d) + 1:02d}.{m}.{y}" if rng.random() < 0.5 else f"{d}.{int(m) + 1:02d}.{y}"
        return f"{rng.randrange(3, 27):02d}.{rng.choice([2, 4, 6, 8, 10]):02d}.{rng.choice(years)}"
    return draw


def ampm_pool(hours: Iterable[int] = (6, 7, 8, 9, 10, 11)) -> Draw:
    """"9am"; the second one flips am/pm."""
    hours = list(hours)

    def draw(rng, prev, ctx):
        if prev:
            h, ap = prev[0][:-2], prev[0][-2:]
            return h + ("pm" if ap == "am" else "am")
        return f"{rng.choice(hours)}{rng.choice(['am', 'pm'])}"
    return draw


def small_price_pool() -> Draw:
    """"$24.99" (generate.py); the second one changes the dollars or the cents."""
    def draw(rng, prev, ctx):
        if prev:
            whole, cents = prev[0][1:].split(".")
            if rng.random() < 0.5:
                return f"${near_digits(rng, whole) if len(whole) > 1 else int(whole) + 1}.{cents}"
            return f"${whole}.{rng.choice([c for c in ('99', '49', '00', '95', '90') if c != cents])}"
        return f"${rng.randrange(9, 300)}.{rng.choice(['99', '49', '00', '95'])}"
    return draw


def cents_price_pool() -> Draw:
    """"$349.95"; the second one has near_digits dollars, the same cents."""
    def draw(rng, prev, ctx):
        if prev:
            whole, cents = prev[0][1:].split(".")
            return f"${near_digits(rng, whole)}.{cents}"
        return f"${rng.randrange(310, 990)}.{rng.choice(['95', '50', '89', '25'])}"
    return draw


def thousands_price_pool() -> Draw:
    """"$1,249"; the second one is near_digits of it."""
    def draw(rng, prev, ctx):
        if prev:
            return "$" + f"{int(near_digits(rng, prev[0][1:].replace(',', ''))):,}"
        return f"${rng.randrange(1010, 4990):,}"
    return draw


def code_pool(length: int = 6, letters: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> Draw:
    """A booking code such as "K7XQ2M"; the second one has one character changed."""
    def draw(rng, prev, ctx):
        if prev:
            s = list(prev[0])
            i = rng.randrange(len(s))
            s[i] = rng.choice([c for c in letters if c != s[i]])
            return "".join(s)
        return "".join(rng.choice(letters) for _ in range(length))
    return draw


def probe_pools(years: list) -> dict[str, Draw]:
    """The extra slot kinds of tune3 to tune5."""
    return {
        "inv": prefixed_pool("INV-", 10000, 99999),  # "INV-73021"
        "pnr": code_pool(),  # booking code "K7XQ2M"
        "dotdate": dotdate_pool(years),  # German "14.06.2013"
        "price": thousands_price_pool(),  # "$1,249"
    }


# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


def slots_of(*texts: str, first: tuple[str, ...] = ("product", "airline")) -> list[tuple[str, int]]:
    """The slots of a template pair in draw order: first draws before second ones, and within
    them the slots in ``first`` (products before brands, airlines before flight numbers)."""
    seen: list[tuple[str, int]] = []
    for t in texts:
        for name, idx, _ in SLOT.findall(t):
            key = (name, int(idx or 1))
            if key not in seen:
                seen.append(key)
    return sorted(seen, key=lambda k: (k[1], k[0] not in first))


def instantiate(rng: random.Random, pools: dict[str, Draw], a: str, b: str, note: str,
                first: tuple[str, ...] = ("product", "airline")) -> tuple[str, str, str, bool]:
    keys = slots_of(a, b, note, first=first)
    values: dict[tuple[str, int], object] = {}
    ctx: dict[str, list] = defaultdict(list)
    for name, idx in keys:
        v = pools[name](rng, list(ctx[name]), ctx)
        values[(name, idx)] = v
        ctx[name].append(v)
    return fill(a, values), fill(b, values), fill(note, values), bool(keys)


def generate(split: str, templates: dict[str, list[Template]], pools: dict[str, Draw], target: dict[str, int],
             first: tuple[str, ...] = ("product", "airline")) -> list[dict]:
    """Rows, each with a private "_t" (template index) that dump() leaves out.

    Each category's templates are used in turn until the category's target is met; a template is
    dropped once 40 draws in a row give only pairs already made (either order), and a template
    without slots gives one pair.
    """
    rows: list[dict] = []
    for cat in CATEGORIES:
        rng = random.Random(f"arbiter-cache-eval/{split}/{cat}")
        tl = templates[cat]
        seen: set[tuple[str, str]] = set()
        exhausted = [False] * len(tl)
        made = i = 0
        while made < target[cat] and not all(exhausted):
            k = i % len(tl)
            i += 1
            if exhausted[k]:
                continue
            tool, at, bt, nt = tl[k]
            for _attempt in range(40):
                a, b, note, has_slots = instantiate(rng, pools, at, bt, nt, first)
                if ((norm(a), norm(b)) not in seen and (norm(b), norm(a)) not in seen) or not has_slots:
                    break
            if (norm(a), norm(b)) in seen or (norm(b), norm(a)) in seen:
                exhausted[k] = True
                continue
            seen.add((norm(a), norm(b)))
            made += 1
            rows.append({"id": f"{split}-{cat}-{made:03d}", "split": split, "tool": tool, "category": cat,
                         "label": LABEL[cat], "a": a, "b": b, "note": note, "_t": k})
            if not has_slots:
                exhausted[k] = True
    return rows


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps({k: v for k, v in r.items() if k != "_t"}, ensure_ascii=False) + "\n" for r in rows)


# --------------------------------------------------------------------------------------------
# One-split generators: what a split is, what it is kept apart from
# --------------------------------------------------------------------------------------------


def pool_values(lists: dict, ordinals: dict, catalogue: dict, email: tuple, prefixes: Iterable[str],
                twins: dict | None = None, skip: Iterable[str] = ()) -> set[str]:
    """Every slot value of a split, as strings (pools named in ``skip`` left out)."""
    skip = set(skip)
    vals: set[str] = set()
    for name, vs in list(lists.items()) + list(ordinals.items()):
        if name not in skip:
            vals.update(str(v) for v in vs)
    for ps in (twins or {}).values():
        vals.update(v for p in ps for v in p)
    for prod, brands in catalogue.items():
        vals.add(prod)
        vals.update(brands)
    vals.update(email[0])
    vals.update(email[1])
    vals.update(prefixes)
    return vals


@dataclass(frozen=True)
class Apart:
    """Another split this one is kept apart from (see self_check).

    values: how slot values are compared: "all" (every value), "strict" (every value outside the
    closed sets such as weekdays), "words" (like strict, but plain numbers may repeat), or None.
    rows: open pairs_<name>.jsonl and compare ids, sentences and pairs. quiet: report a shared
    string by id or template index only (used for the test split, whose text is never printed).
    """

    name: str
    values: str | None = "words"
    rows: bool = True
    quiet: bool = False


@dataclass
class Split:
    """A one-split generator's own data; pairgen does the rest."""

    name: str
    templates: dict[str, list[Template]]
    lists: dict[str, list]
    ordinals: dict[str, list]
    twins: dict[str, list[tuple[str, str]]]
    catalogue: dict[str, list[str]]
    email: tuple[list[str], list[str]]
    airline_code: dict[str, str]
    order_digits: int
    target: dict[str, int]
    min_pairs: dict[str, int]
    min_templates: dict[str, int]
    non_english_share: tuple[float, float]
    apart: tuple[Apart, ...]
    extra_pools: dict[str, Draw] = field(default_factory=dict)
    min_total: int = 0
    # if set, no template string may have a word Jaccard (slots as words) of this much or more with
    # a template string of another split: new wording, not just new strings
    max_template_similarity: float | None = None

    @classmethod
    def from_names(cls, ns: dict, **kw) -> Split:
        """A Split from a generator's module globals, by the names every generator uses (T, LISTS,
        ORDINALS, TWINS, CATALOGUE, EMAIL, AIRLINE_CODE, TARGET, MIN_PAIRS, MIN_TEMPLATES,
        NON_ENGLISH_SHARE); the rest (name, order_digits, apart, ...) as keywords."""
        return cls(templates=ns["T"], lists=ns["LISTS"], ordinals=ns["ORDINALS"], twins=ns["TWINS"],
                   catalogue=ns["CATALOGUE"], email=ns["EMAIL"], airline_code=ns["AIRLINE_CODE"], target=ns["TARGET"],
                   min_pairs=ns["MIN_PAIRS"], min_templates=ns["MIN_TEMPLATES"],
                   non_english_share=ns["NON_ENGLISH_SHARE"], **kw)

    @property
    def out(self) -> Path:
        return HERE / f"pairs_{self.name}.jsonl"

    @property
    def script(self) -> str:
        return f"generate_{self.name}.py"

    @property
    def prefixes(self) -> list[str]:
        return sorted(self.airline_code.values())

    def pools(self) -> dict[str, Draw]:
        pools: dict[str, Draw] = {name: list_pool(vs) for name, vs in self.lists.items()}
        pools.update({name: ordinal_pool(vs) for name, vs in self.ordinals.items()})
        pools.update({name: twin_pool(ps) for name, ps in self.twins.items()})
        product, brand = catalogue_pools(self.catalogue)
        pools.update(product=product, brand=brand, email=email_pool(*self.email), order=digits_pool(self.order_digits),
                     flightno=flightno_pool(self.prefixes, self.airline_code))
        if "month" in self.lists:
            pools["date"] = month_day_pool(self.lists["month"])
        pools.update(self.extra_pools)
        return pools

    def values(self, skip: Iterable[str] = ()) -> set[str]:
        return pool_values(self.lists, self.ordinals, self.catalogue, self.email, self.prefixes, self.twins, skip)

    def generate(self) -> list[dict]:
        return generate(self.name, self.templates, self.pools(), self.target)


def load_sibling(stem: str) -> ModuleType:
    """Import a generator next to this file (once per process), without writing bytecode next to it."""
    name = f"arbiter_cache_eval_{stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{stem}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    dont_write, sys.dont_write_bytecode = sys.dont_write_bytecode, True
    try:
        spec.loader.exec_module(mod)
    except BaseException:
        del sys.modules[name]
        raise
    finally:
        sys.dont_write_bytecode = dont_write
    return mod


@dataclass
class Other:
    """What self_check compares with: an other split's template strings, pool values and rows."""

    apart: Apart
    templates: set[str]
    values_all: set[str]
    values_open: set[str]
    rows: list[dict] | None


def resolve(apart: Apart) -> Other:
    if apart.name in ("tune", "test"):  # both made by generate.py
        g = load_sibling("generate")
        s = apart.name
        templates = {norm(x) for c in g.T for (_tool, a, b, _n) in g.T[c][s] for x in (a, b)}

        def vals(skip: Iterable[str] = ()) -> set[str]:
            return pool_values(g.LISTS[s], g.ORDINALS[s], g.CATALOGUE[s], g.EMAIL[s], g.FLIGHT_PREFIX[s], None, skip)
    else:
        spec: Split = load_sibling(f"generate_{apart.name}").SPEC
        templates = {norm(x) for c in spec.templates for (_tool, a, b, _n) in spec.templates[c] for x in (a, b)}
        vals = spec.values
    rows = load_jsonl(HERE / f"pairs_{apart.name}.jsonl") if apart.rows else None
    return Other(apart, templates, vals(), vals(CLOSED), rows)


def template_words(s: str) -> frozenset[str]:
    """The words of a template string, each slot as one word named after its pool ("{city#2|lower}" -> "slot_city")."""
    return frozenset(WORD.findall(SLOT.sub(lambda m: f" slot_{m.group(1)} ", s.lower())))


def self_check(spec: Split, rows: list[dict]) -> list[str]:
    """Every error found; the generator writes nothing unless this is empty.

    Template strings: tools known, a != b, none shared with another split's templates, none equal
    to another split's sentence or to a string of tests/cache/pairs.py. Slot values: none shared
    with another split, by its Apart.values rule. Rows: ids unique (also across the files opened),
    a != b, no unfilled slot, label/split/id consistent, no pair (either order) and no sentence
    shared with another split's file, none from tests/cache/pairs.py. Sizes: pairs and templates
    per category, non-English share, all 8 tools, total.
    """
    errors: list[str] = []
    others = [resolve(a) for a in spec.apart]
    old = old_sentences()
    sentences = {o.apart.name: {norm(r[k]) for r in o.rows or () for k in ("a", "b")} for o in others}

    def shown(other: Other, text: str) -> str:
        return "" if other.apart.quiet else f": {text!r}"

    # templates
    for cat in CATEGORIES:
        for k, (tool, a, b, _n) in enumerate(spec.templates[cat]):
            if tool not in TOOLS_ALL:
                errors.append(f"unknown tool {tool} in {cat}[{k}]")
            if norm(a) == norm(b):
                errors.append(f"template {cat}[{k}] has a == b")
            for x in (a, b):
                for o in others:
                    if norm(x) in o.templates:
                        errors.append(f"template {cat}[{k}] shares a string with the {o.apart.name} templates"
                                      + shown(o, x))
                    if norm(x) in sentences[o.apart.name]:
                        errors.append(f"template {cat}[{k}] is a sentence of pairs_{o.apart.name}.jsonl" + shown(o, x))
                if norm(x).strip(" ?.!") in old:
                    errors.append(f"template {cat}[{k}] is a string of tests/cache/pairs.py: {x!r}")
    if spec.max_template_similarity is not None:
        theirs = [(o, t, template_words(t)) for o in others for t in sorted(o.templates)]
        for cat in CATEGORIES:
            for k, (_tool, a, b, _n) in enumerate(spec.templates[cat]):
                for x in (a, b):
                    w = template_words(x)
                    for o, t, tw in theirs:
                        if len(w & tw) >= spec.max_template_similarity * len(w | tw):
                            errors.append(f"template {cat}[{k}] {x!r} is worded like a {o.apart.name} template"
                                          + shown(o, t))

    # slot values
    mine_all, mine_open = spec.values(), spec.values(CLOSED)
    for o in others:
        rule = o.apart.values
        if rule == "all":
            shared = mine_all & o.values_all
        elif rule == "strict":
            shared = mine_open & o.values_open
        elif rule == "words":
            shared = {v for v in mine_open & o.values_open if not re.fullmatch(r"[\d.\-]+", v)}
        else:
            continue
        if shared:
            errors.append(f"slot values also in {o.apart.name} pools: {sorted(shared)}")

    # rows
    ids = [r["id"] for r in rows] + [r["id"] for o in others if o.rows is not None for r in o.rows]
    for i, c in Counter(ids).items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    for r in rows:
        if r["a"] == r["b"] or norm(r["a"]) == norm(r["b"]):
            errors.append(f"a == b in {r['id']}")
        if "{" in r["a"] + r["b"] + r["note"] or "}" in r["a"] + r["b"] + r["note"]:
            errors.append(f"unfilled slot in {r['id']}")
        if (r["label"] != LABEL[r["category"]] or r["split"] != spec.name
                or not r["id"].startswith(f"{spec.name}-{r['category']}-")):
            errors.append(f"bad row {r['id']}")

    # pairs and sentences: nothing shared with another split's file (either order)
    for o in others:
        if o.rows is None:
            continue
        pairs = {(norm(r["a"]), norm(r["b"])) for r in o.rows}
        sents = sentences[o.apart.name]
        for r in rows:
            p = (norm(r["a"]), norm(r["b"]))
            if p in pairs or p[::-1] in pairs:
                errors.append(f"{r['id']}: pair also in {o.apart.name}" + shown(o, p))
            for k in ("a", "b"):
                if norm(r[k]) in sents:
                    errors.append(f"{r['id']}.{k}: sentence also in {o.apart.name}" + shown(o, r[k]))
    for r in rows:
        for k in ("a", "b"):
            if norm(r[k]).strip(" ?.!") in old:
                errors.append(f"{r['id']}.{k}: sentence from tests/cache/pairs.py")

    # sizes
    for cat in CATEGORIES:
        mine_rows = [r for r in rows if r["category"] == cat]
        n_t = len({r["_t"] for r in mine_rows})
        if len(mine_rows) < spec.min_pairs[cat]:
            errors.append(f"{cat}: {len(mine_rows)} pairs < {spec.min_pairs[cat]}")
        if n_t < spec.min_templates[cat]:
            errors.append(f"{cat}: {n_t} templates used < {spec.min_templates[cat]}")
    share = sum(r["note"].startswith("[") for r in rows) / len(rows)
    if not spec.non_english_share[0] <= share <= spec.non_english_share[1]:
        errors.append(f"non-English share {share:.1%} outside {spec.non_english_share}")
    if {r["tool"] for r in rows} != set(TOOLS_ALL):
        errors.append("not all 8 tools used")
    if len(rows) < spec.min_total:
        errors.append(f"{len(rows)} pairs < {spec.min_total}")
    return errors


def report(rows: list[dict]) -> str:
    lines = [f"{'category':18} {'label':9} {'pairs':>5} {'tmpl':>5} {'non-en':>6}  jaccard(a,b)"]
    for c in CATEGORIES:
        mine = [r for r in rows if r["category"] == c]
        js = [jaccard(r["a"], r["b"]) for r in mine]
        lines.append(f"{c:18} {LABEL[c]:9} {len(mine):>5} {len({r['_t'] for r in mine}):>5} "
                     f"{sum(r['note'].startswith('[') for r in mine):>6}  {sum(js) / max(1, len(js)):.2f}")
    for lab in ("same", "different"):
        lines.append(f"{'total ' + lab:28} {sum(r['label'] == lab for r in rows):>6}")
    lines.append(f"{'total':28} {len(rows):>6}")
    tools = Counter(r["tool"] for r in rows)
    lines.append("tools: " + ", ".join(f"{t}={n}" for t, n in sorted(tools.items())))
    langs = Counter(r["note"][1:3] for r in rows if r["note"].startswith("["))
    nonen = sum(langs.values())
    words = [len(r[k].split()) for r in rows for k in ("a", "b")]
    lines.append(f"non-English pairs: {nonen} ({nonen / len(rows):.1%}; "
                 + ", ".join(f"{k}={v}" for k, v in sorted(langs.items()))
                 + f"); words per text: min {min(words)}, max {max(words)}, mean {sum(words) / len(words):.1f}")
    return "\n".join(lines)


def main(spec: Split, argv: list[str]) -> int:
    """``generate_<split>.py [--check]``: print the report; write the file, or with --check compare it."""
    rows = spec.generate()
    errors = self_check(spec, rows)
    print(report(rows))
    if errors:
        print("\nSELF-CHECK FAILED (nothing written):", *errors, sep="\n  ")
        return 1
    print("\nself-check passed")
    if "--check" in argv:
        if not spec.out.exists() or spec.out.read_text(encoding="utf-8") != dump(rows):
            print(f"{spec.out.name} out of date; run python evals/cache/{spec.script}")
            return 1
        print(f"{spec.out.name} up to date")
        return 0
    spec.out.write_text(dump(rows), encoding="utf-8")
    print("wrote", spec.out.name)
    return 0
