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

from arbiter.cache.text import content_words

__all__ = ["DEFAULT_VERIFIER", "Verifier", "default_verifier"]

DEFAULT_VERIFIER = "verifier-minilm-l6-int8"


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
        tok.enable_truncation(int(manifest["max_tokens"]))
        self._tok = tok
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads  # one pair is too small to gain from more; cores are shared
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(graph, sess_options=opts, providers=["CPUExecutionProvider"])

    def score(self, a: str, b: str) -> float:
        """Probability that ``a`` and ``b`` ask the same question, the same in either order."""
        # The model was trained on both orders; one canonical order costs one run (~2 ms), not two,
        # and makes the score symmetric by construction.
        first, second = (a, b) if a <= b else (b, a)
        if content_words(first) == content_words(second) or \
                self._tok.encode(first).ids == self._tok.encode(second).ids:
            # The same meaningful words in the same order ("What's the refund policy?" / "what is
            # the refund policy"), or the same tokens (the vocabulary is lower-case, accents
            # stripped): the same request by definition. The model, trained on pairs that differ
            # in meaning-bearing words, scores such near-identical pairs low.
            return 1.0
        enc = self._tok.encode(first, second)
        feed = {
            "input_ids": np.array([enc.ids], dtype=np.int64),
            "attention_mask": np.array([enc.attention_mask], dtype=np.int64),
            "token_type_ids": np.array([enc.type_ids], dtype=np.int64),
        }
        logit = float(self._session.run(None, feed)[0][0])
        return 1.0 / (1.0 + math.exp(-logit))


_default_lock = threading.Lock()


@functools.cache
def _default() -> Verifier:
    return Verifier()


def default_verifier() -> Verifier:
    """The shipped verifier, loaded once per process."""
    with _default_lock:
        return _default()
