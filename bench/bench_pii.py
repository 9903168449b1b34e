"""PII bench: quality (precision / recall / F2 per entity) and speed (scrub vs plain Presidio).

    python bench/bench_pii.py [--split test|test2|...|test6|tune|tune3|tune4|tune5|tune-extra|tune-extra2]
                              [--show fn|fp|neg [--family F]] [--iters 200] [--quality-only]

Quality runs one split of the held-out corpus in evals/pii (the test split unless told; the
recognizers are tuned on the tune split only) through the scrubber with every entity enforced,
and scores it with bench/pii_eval.py: precision, recall and F2 per entity, credentials caught,
hard negatives flagged. ``--split tune`` also prints one line per extra tune-side credential file
(evals/pii/secrets_tune_extra*.jsonl); ``--split tune-extra``/``tune-extra2`` shows one in full.
``--split test2`` scores the second held-out split (PII documents only, evals/pii/test2.jsonl); like
test, it prints no per-subtype breakdown and refuses ``--show``. ``--split test3``, ``--split test4`` and
``--split test5`` do the same for the third, fourth and fifth held-out splits (evals/pii/test3.jsonl; test4.jsonl,
rich in phone, card and IBAN forms of many countries and in hard negatives; test5.jsonl, names and places of many
cultures and pattern entities as people write them); ``--split test6`` the sixth (evals/pii/test6.jsonl, names and
places of 68 culture groups in everyday documents, rich in hard negatives). ``--split tune3`` scores the third
TUNING split (PII documents only, evals/pii/tune3.jsonl: names and places in many forms) with the breakdowns,
and ``--show`` works on it; ``--split tune4`` does the same for the fourth TUNING split (evals/pii/tune4.jsonl:
people and places of many cultures, pattern entities, look-alike hard negatives), and ``--split tune5`` for the fifth
(evals/pii/tune5.jsonl: places of every kind, villages, districts, case forms, lower case).
Speed scrubs ~1 kB and ~10 kB argument objects of two kinds, realistic (an email, ticket or CRM
note: prose and metadata with a few PII values) and PII-dense (several labelled tool calls side by
side): cold (distinct objects, result cache cleared before each call) and warm (the same object
again), and, in the same run,
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

import pii_eval
from corpus import Generator

from arbiter.pii.engine import get_engine, ner_model
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


# Held-out splits: figures only, no breakdowns that name their weak spots, no --show.
HELD_OUT = ("test", "test2", "test3", "test4", "test5", "test6")
# Splits with PII documents only (no secrets_<split>.jsonl).
PII_ONLY = ("test2", "test3", "test4", "test5", "test6", "tune3", "tune4", "tune5")
# Extra tune-side credential documents (no PII part): split name -> (file, generator).
EXTRA_TUNE = {"tune-extra": ("secrets_tune_extra.jsonl", "evals/pii/tune_extra.py"),
              "tune-extra2": ("secrets_tune_extra2.jsonl", "evals/pii/tune_extra2.py")}


def _extra_tune(split: str, find: Any, show: str | None, only: str | None, brief: bool = False) -> None:
    """Score one extra tune-side credential file (evals/pii/tune_extra*.py); ``brief``: one line."""
    name, generator = EXTRA_TUNE[split]
    path = pii_eval.CORPUS / name
    if not path.exists():
        if brief:
            print(f"{split} (tune): {name} missing, run {generator}")
            return
        raise SystemExit(f"run {generator} first")
    records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    sec = pii_eval.score(records, find, families=("SECRET",), keep_misses=show is not None)
    c = sec.families.get("SECRET", pii_eval.Counts())
    hit, total = sec.negative_rate()
    line = (f"credentials caught: {c.tp}/{c.tp + c.fn} = {c.recall:.1%}; "
            f"hard negatives flagged: {hit}/{total} = {hit / max(total, 1):.1%}")
    if brief:
        print(f"{split} (tune, {name}, {sec.records} documents): {line}; secret fp elsewhere: {c.fp}")
        return
    print(pii_eval.table(sec, f"Extra tune credential documents, {name} ({sec.records})", True))
    print(line)
    print("  secret subtypes, lowest recall:", pii_eval.weakest(sec, "SECRET/", 20))
    for m in sec.misses:
        if m.what == show and (only is None or m.family == only):
            print(f"{m.what:3} {m.family:14} {m.record:22} {m.path:24} {m.text}  {m.detail}")


def quality(split: str, show: str | None, only: str | None) -> None:
    """Precision, recall and F2 per entity on one split of evals/pii (test unless told)."""
    if show and split in HELD_OUT:
        raise SystemExit(f"--show lists errors on the tune splits only: the {split} split is for the figures")
    scrubber = Scrubber()
    policy = named_policy("logs").arguments  # every entity enforced, nothing blocked
    eng = get_engine()

    def find(document: Any) -> list[Any]:
        return scrubber.scrub(document, policy).findings

    keep = show is not None
    if split in EXTRA_TUNE:
        _extra_tune(split, find, show, only)
        return
    pii = pii_eval.score(pii_eval.load(split, "pii"), find, keep_misses=keep)
    print(f"# Quality on evals/pii, {split} split (NER {'on: ' + str(ner_model()) if eng.ner else 'off'})")
    # Breakdowns by subtype, region, format and negative kind only for tuning splits: on the held-out
    # splits they would name their weak spots, and the next fix would be tuned on them.
    detail = split not in HELD_OUT
    print(pii_eval.table(pii, f"PII documents ({pii.records})", detail))
    if detail:
        print("  phone formats:", pii_eval.weakest(pii, "PHONE_NUMBER/format"))
        print("  phone regions, lowest recall:", pii_eval.weakest(pii, "PHONE_NUMBER/region"))
        print("  card networks:", pii_eval.weakest(pii, "CREDIT_CARD/"))
    if split in PII_ONLY:
        for m in pii.misses if show else []:
            if m.what == show and (only is None or m.family == only):
                print(f"{m.what:3} {m.family:14} {m.record:22} {m.path:24} {m.text}  {m.detail}")
        return
    sec = pii_eval.score(pii_eval.load(split, "secrets"), find, families=("SECRET", "PERSON"), keep_misses=keep)
    print(pii_eval.table(sec, f"Credential documents ({sec.records})", detail))
    c = sec.families.get("SECRET", pii_eval.Counts())
    hit, total = sec.negative_rate()
    print(f"credentials caught: {c.tp}/{c.tp + c.fn} = {c.recall:.1%} (target >= 98%); "
          f"hard negatives flagged: {hit}/{total} = {hit / max(total, 1):.1%} (target <= 1 in 15 = 6.7%)")
    if detail:
        print("  secret subtypes, lowest recall:", pii_eval.weakest(sec, "SECRET/", 20))
    if split == "tune":
        # The extra tune-side credential files (never the test split): one line each.
        for name in EXTRA_TUNE:
            _extra_tune(name, find, None, None, brief=True)
    if show:
        for m in pii.misses + sec.misses:
            if m.what == show and (only is None or m.family == only):
                print(f"{m.what:3} {m.family:14} {m.record:22} {m.path:24} {m.text}  {m.detail}")


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
    ap.add_argument("--split", choices=["tune", "tune3", "tune4", "tune5", *HELD_OUT, *EXTRA_TUNE], default="test")
    ap.add_argument("--show", choices=["fn", "fp", "neg"], help="list errors of this kind (tuning splits only)")
    ap.add_argument("--family", help="with --show: only this family (PHONE_NUMBER, SECRET, ...) or negative kind")
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--quality-only", action="store_true")
    args = ap.parse_args()
    quality(args.split, args.show, args.family)
    if not args.quality_only:
        speed(args.iters)


if __name__ == "__main__":
    main()
