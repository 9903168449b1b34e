"""The learned stage of cache verification: a cross-encoder that reads both requests at once.

The near-miss guard (:mod:`arbiter.cache.guard`) rejects pairs that differ in structure (numbers,
roles, negation, polar words); what it cannot do is tell a synonym ("bought"/"purchased") from
another question ("delivery cost"/"delivery time"), and the bi-encoder's cosine puts antonyms as
close as synonyms. A cross-encoder attends across the two texts, so it can. The shipped one is
all-MiniLM-L6-v2 fine-tuned as a pair classifier on the tuning pairs of ``evals/cache`` only, as an
int8 ONNX graph (``models/verifier-minilm-l6-int8``, built by ``scripts/build_verifier.py``).

:meth:`Verifier.score` is the probability that the two texts ask the same thing, read in one
canonical order, so it never depends on which text was stored first. Texts with the same
content words (:func:`arbiter.cache.text.content_words`) score 1.0 without a model run.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from arbiter.cache.embedder import session_options
from arbiter.cache.text import content_words

__all__ = ["DEFAULT_VERIFIER", "Verifier", "default_verifier"]

DEFAULT_VERIFIER = "verifier-minilm-l6-int8"
# Pairs whose probability is remembered: a paraphrase asked again is read once, not every time.
SCORE_MEMO = 4096


class Verifier:
    """A pair-classification ONNX graph (``input_ids``, ``attention_mask``, ``token_type_ids`` -> logit)."""

    def __init__(self, model_dir: str | Path | None = None, *, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        root: Any = Path(model_dir) if model_dir else resources.files("arbiter.cache") / "models" / DEFAULT_VERIFIER
        manifest = json.loads(root.joinpath("manifest.json").read_text())
        graph = root.joinpath("model.onnx").read_bytes()
        # Derived from the bytes loaded: a calibration made for another graph is never applied to this one.
        self.model_id = f"{manifest['model_id'].rsplit('/', 1)[0]}/{hashlib.sha256(graph).hexdigest()[:12]}"
        tok = Tokenizer.from_str(root.joinpath("tokenizer.json").read_text())
        tok.no_padding()
        self._max_tokens = int(manifest["max_tokens"])
        tok.enable_truncation(self._max_tokens)
        self._tok = tok
        self._vocab = frozenset(tok.get_vocab())
        # One thread: one pair is too small to gain from more; cores are shared.
        self._session = ort.InferenceSession(graph, sess_options=session_options(threads),
                                             providers=["CPUExecutionProvider"])
        # The probability is a pure function of the ordered pair (one thread: the same bits every run).
        self._memo = functools.lru_cache(maxsize=SCORE_MEMO)(self._read)
        # Pairs being scored ahead of a lookup (:meth:`speculate`): a lookup that asks for one waits
        # for that run instead of starting a second one on the same core budget.
        self._running: dict[tuple[str, str], threading.Event] = {}
        self._running_lock = threading.Lock()
        # Each text's ids, read once: a stored text is compared with every new text near it, and a
        # new text is tokenised while the embedder runs (SemanticCache's text preparation).
        self._ids = functools.lru_cache(maxsize=SCORE_MEMO)(self._encode)
        cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
        # A pair is built from its two texts' ids only if this tokenizer's pair encoding is exactly
        # [CLS] a [SEP] b [SEP] (BERT's template); otherwise every pair is encoded whole, as before.
        whole, parts = tok.encode("a b", "c").ids, [cls, *self._encode("a b"), sep, *self._encode("c"), sep]
        self._template = (cls, sep) if cls is not None and sep is not None and whole == parts else None

    def same_wording(self, a: str, b: str) -> bool:
        """The same request by its form alone: the same meaningful words in the same order ("What's
        the refund policy?" / "what is the refund policy"), the same tokens (the vocabulary is
        lower-case, accents stripped), or the same words but for one or two misspellings, each a
        word the vocabulary lacks beside one it holds ("fligths"/"flights"; "prize"/"price" are two
        words, left to the model). The model, trained on pairs that differ in meaning-bearing
        words, scores such near-identical pairs low."""
        return self._same_wording(a, b, content_words(a), content_words(b), None)

    def prepare(self, text: str) -> None:
        """Tokenise ``text`` ahead of the pairs it will be read in (never decides anything)."""
        self._ids(text)

    def _encode(self, text: str) -> tuple[int, ...]:
        return tuple(self._tok.encode(text, add_special_tokens=False).ids)

    def _same_wording(self, a: str, b: str, ca: tuple[str, ...], cb: tuple[str, ...], same_ids: bool | None) -> bool:
        """``same_ids``: whether the two texts' whole ids are equal, when known."""
        if ca == cb or (same_ids if same_ids is not None else self._same_tokens(a, b)):
            return True
        if len(ca) != len(cb):
            return False
        slips = [(x, y) for x, y in zip(ca, cb, strict=True) if x != y]
        return len(slips) <= 2 and all(len(x) >= 4 and _one_edit(x, y) and (x in self._vocab) != (y in self._vocab)
                                       for x, y in slips)

    def score(self, a: str, b: str) -> float:
        """Probability that ``a`` and ``b`` ask the same question, the same in either order."""
        # The model was trained on both orders; one canonical order costs one run (~2 ms), not two,
        # and makes the score symmetric by construction.
        pair = (a, b) if a <= b else (b, a)
        with self._running_lock:
            running = self._running.get(pair)
        if running is not None:
            running.wait()
        return self._memo(*pair)

    def speculate(self, a: str, b: str) -> None:
        """Score a pair a lookup may soon ask for (its memo is then ready); never decides anything.

        The semantic cache calls it from its preparation thread while the calling thread embeds the
        new text: the two model runs then overlap instead of following one another. A :meth:`score`
        of the same pair meanwhile waits for this run.
        """
        pair = (a, b) if a <= b else (b, a)
        with self._running_lock:
            if pair in self._running:
                return
            running = self._running[pair] = threading.Event()
        try:
            self._memo(*pair)
        finally:
            with self._running_lock:
                del self._running[pair]
            running.set()

    def compute(self, a: str, b: str) -> float:
        """:meth:`score` without the memo: the model runs whenever the wording does not decide."""
        return self._read(*((a, b) if a <= b else (b, a)))

    def _same_tokens(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` encode to the same (truncated) ids, one encoding each."""
        return bool(self._tok.encode(a).ids == self._tok.encode(b).ids)

    def _feed(self, first: str, second: str) -> tuple[dict[str, np.ndarray], bool | None]:
        """The model's inputs for the pair, and whether the two texts' ids are equal (``None``: not
        known, the pair was truncated)."""
        ia, ib = self._ids(first), self._ids(second)
        if self._template is not None and len(ia) + len(ib) + 3 < self._max_tokens:
            # Nothing truncated: the tokenizer's pair encoding is exactly this (tests check it),
            # built from the memoised ids instead of tokenising both texts again.
            cls, sep = self._template
            ids = [cls, *ia, sep, *ib, sep]
            types = [0] * (len(ia) + 2) + [1] * (len(ib) + 1)
            return {"input_ids": np.array([ids], dtype=np.int64),
                    "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
                    "token_type_ids": np.array([types], dtype=np.int64)}, ia == ib
        enc = self._tok.encode(first, second)  # longest-first truncation, as the model was trained
        return {"input_ids": np.array([enc.ids], dtype=np.int64),
                "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([enc.type_ids], dtype=np.int64)}, None

    def _read(self, first: str, second: str) -> float:
        ca, cb = content_words(first), content_words(second)
        if ca == cb:
            return 1.0
        feed, same_ids = self._feed(first, second)
        if self._same_wording(first, second, ca, cb, same_ids):
            return 1.0
        logit = float(self._session.run(None, feed)[0][0])
        return 1.0 / (1.0 + math.exp(-logit))


def _one_edit(x: str, y: str) -> bool:
    """One letter inserted, dropped, replaced, or two adjacent letters swapped ("itmes"/"items"),
    after the first two letters. Not a prefix: "unassigned"/"assigned", "disadvantages"/
    "advantages" and "deactivated"/"reactivated" are other words."""
    if abs(len(x) - len(y)) > 1 or x == y or x[:2] != y[:2]:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    if len(x) == len(y):
        return x[i + 1:] == y[i + 1:] or (x[i:i + 2] == y[i:i + 2][::-1] and x[i + 2:] == y[i + 2:])
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return short[i:] == long[i + 1:]


_default_lock = threading.Lock()


@functools.cache
def _default() -> Verifier:
    return Verifier()


def default_verifier() -> Verifier:
    """The shipped verifier, loaded once per process."""
    with _default_lock:
        return _default()
