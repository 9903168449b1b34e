"""The text a semantic field is embedded as.

MiniLM is uncased but sensitive to punctuation and filler: "password reset" vs "Password reset."
scores 0.84, and "show me the latest release notes" vs "latest release notes" 0.88. Those
differences never change what a read-only search returns, so they are removed before embedding.
The near-miss guard still sees the original text (quotes, capitals, digits).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\s.,;:!?¿¡…-]+|[\s.,;:!?¿¡…-]+$")
# A request preamble: "please", "can you (please)", "I need/want", "show me", "find the"...
_PREAMBLE = re.compile(
    r"^(?:(?:(?:quick|short)\s+question|excuse\s+me|sorry\s+to\s+(?:bother|trouble)\s+you|"
    r"if\s+it(?:['\u2019]s|\s+is)\s+not\s+too\s+much\s+(?:trouble|bother))[\s,:;!.-]+)?"
    r"(?:(?:please|kindly|hey|hi)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:i\s+(?:need|want|would\s+like)\s+(?:to\s+(?:see|know|find|get)\s+)?)?"
    r"(?:(?:show|find|get|give|fetch|search\s+for|look\s+up|tell)\s+(?:(?:me|us)\b\s*)?)?"
    r"(?:the\s+)?",
    re.I,
)
_TRAILER = re.compile(r"\s*,?\s*(?:please|thanks|thank\s+you)\s*$", re.I)
# Contractions, spelt out so "what's" and "what is" read alike.
_CONTRACTIONS = ((re.compile(r"\bcan'?t\b|\bcannot\b", re.I), "can not"), (re.compile(r"\bwon't\b", re.I), "will not"),
                 (re.compile(r"\bshan't\b", re.I), "shall not"), (re.compile(r"n't\b", re.I), " not"),
                 (re.compile(r"'re\b", re.I), " are"), (re.compile(r"'s\b", re.I), " is"),
                 (re.compile(r"'m\b", re.I), " am"), (re.compile(r"'ve\b", re.I), " have"),
                 (re.compile(r"'ll\b", re.I), " will"), (re.compile(r"'d\b", re.I), " would"))
_WORD = re.compile(r"\w+")
# Words that never change what a read-only lookup asks: articles, the auxiliaries of a question
# ("how do I", "how can I", "what is") and politeness. Tense, modality that changes meaning
# (will, would, should), pronouns, negation and question words are kept.
_FILLER = frozenset({"a", "an", "the", "do", "does", "can", "could", "is", "are", "please"})
_words = str.split
# Cardinals that name one value, in English and five languages the cache sees often: "two adults"
# is "2 adults" (the near-miss guard compares them by value too).
NUMBER_VALUES: dict[str, float] = {
    **{w: float(i) for i, w in enumerate(_words(
        "zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"))},
    **{w: 10.0 * (i + 3) for i, w in enumerate(_words("thirty forty fifty sixty seventy eighty ninety"))},
    "dozen": 12.0,
    **{w: float(i + 2) for lang in ("zwei drei vier fünf sechs sieben acht neun zehn",
                                    "deux trois quatre cinq six sept huit neuf dix",
                                    "dos tres cuatro cinco seis siete ocho nueve diez",
                                    "due tre quattro cinque sei sette otto nove dieci",
                                    "dois três quatro cinco seis sete oito nove dez",
                                    "twee drie vier vijf zes zeven acht negen tien")
       for i, w in enumerate(_words(lang))},
    "duas": 2.0,
}


@lru_cache(maxsize=4096)
def for_embedding(text: str) -> str:
    """Normalise a free text for embedding: NFKC, whitespace, edge punctuation, politeness, preamble
    (memoised: a lookup reads both texts again for the verifier, and the cache's text preparation
    thread has usually read the new one while the embedder ran)."""
    t = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    t = _EDGE_PUNCT.sub("", t)
    t = _TRAILER.sub("", t)
    t = _EDGE_PUNCT.sub("", t)
    stripped = _PREAMBLE.sub("", t, count=1)
    # Never strip a text down to nothing ("show me"): keep the original then.
    return stripped if stripped.strip() else t


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """The words of a request that carry its meaning, in order: case-folded, contractions spelt
    out, number words as digits, punctuation, articles, question auxiliaries and politeness dropped
    (memoised: the verifier reads a stored text again for every new text it is compared with)."""
    t = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    for pattern, repl in _CONTRACTIONS:
        t = pattern.sub(repl, t)
    return tuple(_value(w) for w in _WORD.findall(t.casefold()) if w not in _FILLER)


def _value(word: str) -> str:
    """A number word as its digits ("two" -> "2"); any other word as it is."""
    value = NUMBER_VALUES.get(word)
    return word if value is None else f"{value:g}"
