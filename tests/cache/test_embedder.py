import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np
import pytest

from arbiter.cache.embedder import Embedder, EmbeddingError, OnnxEmbedder, OpenAIEmbedder


def test_shipped_model_loads_offline_and_normalises(embedder: OnnxEmbedder) -> None:
    assert isinstance(embedder, Embedder)
    assert embedder.dim == 384
    assert embedder.model_id.startswith("all-MiniLM-L6-v2/onnx-int8/")
    v = embedder.embed(["How do I reset my password?", "How can I reset my password?", "weather in Rome"])
    assert v.dtype == np.float32 and v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert v[0] @ v[1] > 0.95 > v[0] @ v[2]
    assert embedder.embed([]).shape == (0, 384)


def test_a_vector_depends_only_on_its_text(embedder: OnnxEmbedder) -> None:
    texts = [f"document number {i} about topic {i % 7}" for i in range(40)]
    one_by_one = np.vstack([embedder.embed([t]) for t in texts])
    assert np.array_equal(embedder.embed(texts), one_by_one)


def test_a_text_is_tokenised_as_the_batch_tokeniser_did(embedder: OnnxEmbedder) -> None:
    """One text is tokenised with ``encode`` (it keeps the GIL); the vector is the one the batch
    tokeniser's ids give, bit for bit, truncated texts included."""
    texts = ["How do I reset my password?", "weather in Rome", "word " * 400, "Größe der Lieferung über 100 €"]
    for text, enc in zip(texts, embedder._tok.encode_batch(texts), strict=True):
        feed = {"input_ids": np.array([enc.ids], dtype=np.int64),
                "attention_mask": np.array([enc.attention_mask], dtype=np.int64)}
        direct = embedder._session.run(None, feed)[0]
        assert np.array_equal(embedder.embed([text]), direct / np.linalg.norm(direct, axis=1, keepdims=True))


class _Upstream(BaseHTTPRequestHandler):
    requests: list[dict[str, Any]] = []
    mode = "ok"

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        if self.mode == "fail":
            self.send_response(500)
            self.end_headers()
            return
        # Deterministic vectors, returned in reverse order to check that "index" is honoured.
        data = [{"object": "embedding", "index": i, "embedding": [float(len(t)), 1.0, float(i)]}
                for i, t in enumerate(body["input"])][::-1]
        payload = json.dumps({"object": "list", "data": data, "model": body["model"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[str]:
    _Upstream.requests = []
    _Upstream.mode = "ok"
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_openai_embedder_calls_the_upstream(upstream: str) -> None:
    emb = OpenAIEmbedder(upstream + "/v1", "text-embedding-3-small", api_key="sk-test")
    v = emb.embed(["ab", "abcd"])
    req = _Upstream.requests[0]
    assert req["path"] == "/v1/embeddings" and req["auth"] == "Bearer sk-test"
    assert req["body"] == {"model": "text-embedding-3-small", "input": ["ab", "abcd"]}
    expected = np.array([[2, 1, 0], [4, 1, 1]], dtype=np.float32)
    assert np.allclose(v, expected / np.linalg.norm(expected, axis=1, keepdims=True))
    assert emb.dim == 3
    assert emb.model_id == f"openai:{upstream.split('://')[1]}/text-embedding-3-small"
    assert OpenAIEmbedder(upstream, "m").model_id == OpenAIEmbedder(upstream + "/v1/", "m").model_id
    emb.close()


def test_openai_embedder_failures_raise(upstream: str) -> None:
    _Upstream.mode = "fail"
    with pytest.raises(EmbeddingError, match="answered 500"):
        OpenAIEmbedder(upstream, "m").embed(["x"])
    _Upstream.mode = "ok"
    with pytest.raises(EmbeddingError, match="expected 8"):
        OpenAIEmbedder(upstream, "m", dim=8).embed(["x"])
    with pytest.raises(EmbeddingError, match="unreachable"):
        OpenAIEmbedder("http://127.0.0.1:9", "m", timeout_s=1).embed(["x"])


def test_int8_products_are_exact_where_the_cpu_would_saturate(monkeypatch: Any) -> None:
    # AVX2 without VNNI saturates int8 products; then ONNX Runtime is told to compute them in int16,
    # so scores and vectors match those the verifier was calibrated with.
    from arbiter.cache import embedder as emb

    monkeypatch.setattr(emb, "_int8_saturates", lambda: True)
    assert emb.session_options(1).get_session_config_entry("session.x64quantprecision") == "1"
    monkeypatch.setattr(emb, "_int8_saturates", lambda: False)
    opts = emb.session_options(2)
    assert opts.intra_op_num_threads == 2 and opts.inter_op_num_threads == 1
    with pytest.raises(RuntimeError, match="x64quantprecision"):
        opts.get_session_config_entry("session.x64quantprecision")  # not set: the default kernels
