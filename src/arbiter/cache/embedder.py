"""Text embedders for the semantic cache: a port and two adapters.

- :class:`OnnxEmbedder` (the default): all-MiniLM-L6-v2 as an int8 ONNX graph shipped in the package
  (``models/minilm-l6-v2-int8``, built by ``scripts/build_embedder.py``), run with onnxruntime and the
  ``tokenizers`` package. No download and no torch at run time.
- :class:`OpenAIEmbedder`: any OpenAI-compatible ``/v1/embeddings`` upstream.

Every embedder has a ``model_id``; the cache stores it with each entry and never compares vectors of
different models.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

import httpx
import numpy as np

from arbiter.errors import UpstreamError

DEFAULT_MODEL = "minilm-l6-v2-int8"


class EmbeddingError(UpstreamError):
    """The embedding upstream failed or answered something unusable."""

    code = "EMBEDDING_ERROR"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into float32, L2-normalised rows of ``dim`` columns."""

    model_id: str
    dim: int

    def embed(self, texts: list[str]) -> np.ndarray:
        """One row per text, in order."""
        ...


@functools.cache
def _int8_saturates() -> bool:
    """Whether this CPU multiplies int8 with AVX2's saturating u8*s8 instructions: an x86 without
    VNNI (``avx512_vnni`` / ``avx_vnni``). There ONNX Runtime's int8 results differ from a VNNI
    CPU's, and the verifier's calibrated bar, set on a VNNI CPU, would not hold."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            flags = next((line for line in f if line.startswith("flags")), "").split()
    except OSError:
        return False  # not Linux: leave ONNX Runtime's default
    return "avx2" in flags and "avx512_vnni" not in flags and "avx_vnni" not in flags


def session_options(threads: int) -> Any:
    """ONNX Runtime options for the shipped int8 models: ``threads`` intra-op threads, and exact
    int8 products on CPUs whose int8 instructions saturate (``session.x64quantprecision``, int16
    arithmetic, slower), so that scores and vectors are the same on every CPU."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    if _int8_saturates():
        opts.add_session_config_entry("session.x64quantprecision", "1")
    return opts


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    # A zero vector stays zero (cosine 0 with everything) instead of becoming NaN.
    return vectors / np.maximum(norms, 1e-12)


class OnnxEmbedder:
    """A sentence-embedding ONNX graph (mean-pooled, normalised inside the graph) plus its tokenizer."""

    def __init__(self, model_dir: str | Path | None = None, *, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        root: Any = Path(model_dir) if model_dir else resources.files("arbiter.cache") / "models" / DEFAULT_MODEL
        manifest = json.loads(root.joinpath("manifest.json").read_text())
        graph = root.joinpath("model.onnx").read_bytes()
        # The id is derived from the bytes actually loaded, so a rebuilt or altered graph can never
        # be compared with vectors made by another one.
        self.model_id = f"{manifest['model_id'].rsplit('/', 1)[0]}/{hashlib.sha256(graph).hexdigest()[:12]}"
        self.dim = int(manifest["dim"])
        tok = Tokenizer.from_str(root.joinpath("tokenizer.json").read_text())
        tok.no_padding()
        tok.enable_truncation(int(manifest["max_tokens"]))
        self._tok = tok
        # One thread: a single short text gains nothing from more, and the host's cores are shared
        # with the request handlers.
        self._session = ort.InferenceSession(graph, sess_options=session_options(threads),
                                             providers=["CPUExecutionProvider"])

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts`` one at a time.

        Dynamic int8 quantisation scales activations per run, so a text embedded in a batch (with
        other texts and padding) gets a slightly different vector (cosine ~0.98) than alone. One
        text per run keeps a vector a function of its text only, which a 0.95 threshold needs.
        """
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            # encode, not encode_batch: encode_batch releases the GIL (and wakes a thread pool) for a
            # text that takes ~20 us, so a thread holding the GIL then (the cache's text preparation)
            # delays the model run by its whole job. encode keeps the GIL until the model run
            # releases it, which is when that work can run beside the model.
            enc = self._tok.encode(text)
            ids = np.array([enc.ids], dtype=np.int64)
            mask = np.array([enc.attention_mask], dtype=np.int64)
            out[i] = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0][0]
        return _normalise(out)


_default_lock = threading.Lock()


@functools.cache
def _default() -> OnnxEmbedder:
    return OnnxEmbedder()


@functools.cache
def _shipped_tokenizer() -> Any:
    from tokenizers import Tokenizer

    root: Any = resources.files("arbiter.cache") / "models" / DEFAULT_MODEL
    tok = Tokenizer.from_str(root.joinpath("tokenizer.json").read_text())
    tok.no_truncation()
    return tok


@functools.lru_cache(maxsize=8192)
def unreadable(text: str) -> bool:
    """Whether the shipped models (the embedder and the verifier share one vocabulary) read part of
    ``text`` as an unknown token: characters outside the vocabulary, such as many Chinese, Japanese
    and Korean ones, all become ``[UNK]``, so two texts that differ only there get one vector and one
    set of ids, and a cosine of 1.0 or a verifier's "same tokens" would say nothing."""
    tok = _shipped_tokenizer()
    unk = tok.token_to_id("[UNK]")
    return unk in tok.encode(text, add_special_tokens=False).ids


def default_embedder() -> OnnxEmbedder:
    """The shipped embedder, loaded once per process (about 0.3 s)."""
    with _default_lock:
        return _default()


class OpenAIEmbedder:
    """Embeds through an OpenAI-compatible ``POST /v1/embeddings``.

    ``base_url`` may end with ``/v1`` (as the OpenAI SDK expects) or not. ``dim`` is learnt from the
    first answer when not given, and every later answer must match it.
    """

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None, dim: int | None = None,
                 timeout_s: float = 10.0, transport: httpx.BaseTransport | None = None) -> None:
        base = base_url.rstrip("/")
        self._url = f"{base}/embeddings" if base.endswith("/v1") else f"{base}/v1/embeddings"
        parts = urlsplit(base)
        # The provider is part of the id: the same model name at two providers may not be the same model.
        self.model_id = f"openai:{parts.netloc}{parts.path.removesuffix('/v1')}/{model}"
        self.model = model
        self.dim = dim or 0
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(headers=headers, timeout=timeout_s, transport=transport)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One request for all ``texts``; raises :class:`EmbeddingError` on any failure."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        try:
            resp = self._client.post(self._url, json={"model": self.model, "input": texts})
        except httpx.HTTPError as exc:
            raise EmbeddingError(f"embedding upstream unreachable: {type(exc).__name__}") from exc
        if resp.status_code != 200:
            raise EmbeddingError(f"embedding upstream answered {resp.status_code}",
                                 details={"status": resp.status_code})
        try:
            data = sorted(resp.json()["data"], key=lambda d: d["index"])
            vectors = np.array([d["embedding"] for d in data], dtype=np.float32)
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbeddingError("embedding upstream answered an unexpected body") from exc
        if vectors.ndim != 2 or len(vectors) != len(texts):
            raise EmbeddingError(f"embedding upstream returned {len(vectors)} vectors for {len(texts)} texts")
        if self.dim and vectors.shape[1] != self.dim:
            raise EmbeddingError(f"embedding upstream returned {vectors.shape[1]} dimensions, expected {self.dim}")
        self.dim = int(vectors.shape[1])
        return _normalise(vectors)

    def close(self) -> None:
        """Close the pooled HTTP client."""
        self._client.close()
