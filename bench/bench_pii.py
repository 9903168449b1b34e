"""PII bench: quality (precision / recall / F2 per entity) and speed (scrub vs plain Presidio).

    python bench/bench_pii.py [--samples 500] [--iters 200]

Quality runs the seeded corpus (tests/pii/corpus.py) through the scrubber with every entity
enforced. Speed scrubs ~1 kB and ~10 kB argument objects of two kinds, realistic (an email,
ticket or CRM note: prose and metadata with a few PII values) and PII-dense (several labelled
tool calls side by side): cold (distinct objects, result cache cleared before each call) and
warm (the same object again), and, in the same run,
a plain ``AnalyzerEngine.analyze()`` (Presidio's predefined recognizers over a blank spaCy
tokenizer, its default 8 phone regions) over the object's string leaves joined by newlines.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pii"))

from corpus import Counts, Generator, evaluate

from arbiter.pii.engine import PATTERN_ENTITIES, get_engine
from arbiter.pii.policy import named_policy
from arbiter.pii.scrub import Scrubber


def _leaves(v: Any) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        return [s for x in v.values() for s in _leaves(x)]
    if isinstance(v, list):
        return [s for x in v for s in _leaves(x)]
    return []


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def _plain_analyzer() -> Any:
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class Blank(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}  # type: ignore[assignment]

    nlp = Blank(models=[{"lang_code": "en", "model_name": "blank"}])
    nlp.load()
    reg = RecognizerRegistry(supported_languages=["en"])
    reg.load_predefined_recognizers(nlp_engine=nlp, languages=["en"])
    reg.remove_recognizer("SpacyRecognizer")
    return AnalyzerEngine(nlp_engine=nlp, registry=reg, supported_languages=["en"])


def quality(n: int) -> None:
    scrubber = Scrubber()
    policy = named_policy("logs").arguments  # every entity enforced, nothing blocked
    samples = Generator(7).samples(n)
    counts = evaluate(samples, lambda a, s: scrubber.scrub(a, policy, schema=s).findings,
                      get_engine().entities)
    print(f"## Quality: {n} labelled tool calls (seed 7), {sum(c.tp + c.fn for c in counts.values())} planted values")
    print(f"{'entity':24} {'tp':>5} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'F2':>6}")
    groups = {"PATTERN (all)": Counts(), "SECRET (all)": Counts()}
    for e, c in sorted(counts.items()):
        print(f"{e:24} {c.tp:5} {c.fp:4} {c.fn:4} {c.precision:9.3f} {c.recall:7.3f} {c.f():6.3f}")
        g = groups["SECRET (all)" if e.startswith("SECRET_") else "PATTERN (all)"] \
            if e.startswith("SECRET_") or e in PATTERN_ENTITIES else None
        if g is not None:
            g.tp, g.fp, g.fn = g.tp + c.tp, g.fp + c.fp, g.fn + c.fn
    for name, c in groups.items():
        print(f"{name:24} {c.tp:5} {c.fp:4} {c.fn:4} {c.precision:9.3f} {c.recall:7.3f} {c.f():6.3f}")


def speed(iters: int) -> None:
    eng = get_engine()
    plain = _plain_analyzer()
    print(f"\n## Speed ({iters} calls per row; NER {'on' if eng.ner else 'off'}; times in ms)")
    print("realistic: one email / ticket / CRM note, mostly prose and metadata, ~1 PII value per 400 bytes;")
    print("PII-dense: several labelled tool calls side by side, 1-4 planted values each (tests/pii/corpus.py)")
    print(f"{'case':34} {'p50':>8} {'p99':>8}")
    ratios: list[str] = []
    for size in (1024, 10240):
        for variant, make in (("realistic", Generator(13).realistic_object),
                              ("PII-dense", Generator(11).argument_object)):
            objs = [make(size) for _ in range(iters)]
            avg = statistics.mean(len(json.dumps(o)) for o in objs)
            rows: dict[str, list[float]] = {}
            for pname in ("default", "logs"):
                scrubber = Scrubber()
                pol = named_policy(pname).arguments
                scrubber.scrub(objs[0], pol)  # warm-up (first regex compiles)
                cold, warm = [], []
                for o in objs:
                    scrubber.clear_cache()
                    t = time.perf_counter()
                    scrubber.scrub(o, pol)
                    cold.append((time.perf_counter() - t) * 1e3)
                for _ in range(iters):
                    t = time.perf_counter()
                    scrubber.scrub(objs[0], pol)
                    warm.append((time.perf_counter() - t) * 1e3)
                rows[f"scrub cold, policy {pname}"] = cold
                rows[f"scrub warm (cached), policy {pname}"] = warm
            base = []
            n_base = max(10, iters // (10 if size > 2000 else 4))
            for o in objs[:n_base]:
                joined = "\n".join(_leaves(o))
                t = time.perf_counter()
                plain.analyze(joined, language="en")
                base.append((time.perf_counter() - t) * 1e3)
            rows["plain AnalyzerEngine.analyze()"] = base
            print(f"### ~{size // 1024} kB {variant} objects (mean {avg:.0f} bytes of JSON)")
            for name, xs in rows.items():
                print(f"{name:34} {_pct(xs, 0.5):8.3f} {_pct(xs, 0.99):8.3f}")
            b = _pct(base, 0.5)
            for pname in ("default", "logs"):
                c = _pct(rows[f"scrub cold, policy {pname}"], 0.5)
                line = f"ratio plain/scrub cold p50, {pname:8} {b / c:8.1f}x"
                print(line)
                ratios.append(f"~{size // 1024} kB {variant:9} {line}")
    print("\n## Ratios (same run)")
    print("\n".join(ratios))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=500)
    ap.add_argument("--iters", type=int, default=200)
    args = ap.parse_args()
    quality(args.samples)
    speed(args.iters)


if __name__ == "__main__":
    main()
