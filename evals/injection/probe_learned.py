"""Probe: would a learned combination of the provenance check's own signals catch what its rules miss?

    /tmp/probe/bin/pip install scikit-learn          # a throw-away environment that also holds Arbiter:
    /tmp/probe/bin/pip install -e .                  # scikit-learn is not one of Arbiter's dependencies
    /tmp/probe/bin/python evals/injection/probe_learned.py

An experiment, not part of the check (nothing here ships). For every consequential call that follows
untrusted content, it records what the check computes anyway, before its rules decide: the intent support
(score and signal), whether the user asked for the tool's own verb or handed the task over, instruction cues
(any carrier, the strongest score), the tool's action classes and risk, the source trust of each sensitive,
prose and other argument (user / trusted / untrusted / nowhere), and whether an untrusted value comes from a
steering statement, a login lure or a carrier. A gradient-boosted classifier (scikit-learn) is trained on
those features; with ``--text``, a logistic regression on the character 3-5-grams of the content that
supplies the call's values instead.

It is trained and tuned on the tuned splits and the looked-at test splits only (leave-one-split-out
cross-validation), with thresholds set at 1%, 2% and 5% of benign calls refused in that cross-validation; it
is then run once on the never-looked-at splits (test23, test24, test25, test30, test31, test32), which
print as aggregate figures only. What counts is what it adds to the rules: a call the rules allow that the
classifier refuses ("OR").

Result (2026-12-06, stop 39; the README's injection section quotes it): on the never-looked-at splits the
classifier alone separates attacks from benign calls with ROC AUC 0.86, but of the 57 injected calls the
rules let through there it catches 0 at the 1% setting (4 more benign calls refused), 4 at 2% (11 refused)
and 11 at 5% (35 refused). The supplying text (``--text``): ROC AUC 0.80 alone, and 1, 2 and 3 more caught
at 3, 7 and 22 more refused. It learns what the rules already know; the attacks that pass are those whose
signals look benign. Not shipped.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import bench_injection as bench  # noqa: E402

from arbiter.pipeline import provenance  # noqa: E402
from arbiter.provenance.conversation import segments, text_of  # noqa: E402
from arbiter.provenance.intent import ACTIONS, action_classes, verb_words  # noqa: E402
from arbiter.service import Arbiter  # noqa: E402
from arbiter.settings import load_settings  # noqa: E402
from arbiter.types import CallInfo, ToolCall  # noqa: E402

UNREAD = ("test23", "test24", "test25", "test30", "test31", "test32")
TRAIN = (*bench.TUNED, *bench.LOOKED_AT)
_seen: dict[str, Any] = {}


def features(check: Any, ctx: Any, conv: Any, traced: list[Any]) -> dict[str, Any]:
    """The signals the check computes for a consequential call, before any rule decides."""
    tool = ctx.tool
    carriers = check._carriers(conv)
    support = check.scorer.support(conv.user_asked, conv.user_texts, tool.name, tool.description,
                                   conv.user_requested)
    mine = verb_words(tool.name)
    f: dict[str, Any] = {
        "destructive": tool.risk == "destructive", "support": support.score,
        "signal_verb": support.signal.startswith("verb:"), "signal_information": support.signal == "information",
        "signal_embedding": support.signal == "embedding",
        "own_verb": bool(mine is not None and conv.user_requested & mine),
        "handed_over": bool(check._delegated(tool.name, conv, traced)), "instructed": bool(carriers),
        "cue_score": max((s.analysed.detection.score if s.analysed.detection else 0.0) for s in conv.untrusted),
        "untrusted_items": len(conv.untrusted), "user_messages": len(conv.user_texts),
        "user_words": len(conv.user_words),
        **{f"action_{a}": a in action_classes(tool.name) for a in ACTIONS},
    }
    supply = []
    for leaf in traced:
        role = provenance.role_of(leaf.path, leaf.kinds, numeric=provenance._numeric(leaf.value))
        kind = "sensitive" if role else "prose" if "prose" in leaf.kinds else "other"
        trust = leaf.trust() or "nowhere"
        f[f"{kind}_{trust}"] = f.get(f"{kind}_{trust}", 0) + 1
        if trust == "untrusted":
            for s in leaf.sources:
                a = s.analysed
                f["steered"] = f.get("steered", False) or bool(a.changes or a.corrections or a.copies)
                f["lure"] = f.get("lure", False) or a.lure
                f["from_carrier"] = f.get("from_carrier", False) or id(s) in carriers
                supply.append(s)
    messages = _seen["messages"]
    texts = dict.fromkeys(_segment(messages, s) for s in supply)
    f["supply_text"] = "\n".join(texts)[:4000]
    f["tool"] = tool.name
    return f


def _segment(messages: list[dict[str, Any]], source: Any) -> str:
    content = messages[source.index].get("content") if 0 <= source.index < len(messages) else None
    parts = segments(text_of(content)[0]) if content is not None else [""]
    return parts[source.part] if source.part < len(parts) else parts[0]


def collect(splits: tuple[str, ...]) -> list[dict[str, Any]]:
    """Each call of ``splits`` with its label, the check's verdict and (for judged calls) its features."""
    judge = provenance.ProvenanceCheck._judge

    def spy(self: Any, ctx: Any, conv: Any, traced: list[Any]) -> Any:
        _seen["features"] = features(self, ctx, conv, traced)
        return judge(self, ctx, conv, traced)

    provenance.ProvenanceCheck._judge = spy  # type: ignore[method-assign]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        svc = Arbiter(load_settings({"ARBITER_DATA_DIR": tmp, "ARBITER_ADMIN_TOKEN": "probe",
                                     "ARBITER_SECRET": "probe", "ARBITER_ALLOWLISTS": str(Path(tmp) / "none")}))
        svc.db.migrate()
        svc.audit.start()
        agents = bench.seed(svc)

        async def run(split: str) -> None:
            for sc in bench.load(split):
                messages = bench.neutral(sc["messages"])
                for i, call in enumerate(sc["calls"]):
                    ctx = svc.pipeline.context(ToolCall(tool=call["tool"], arguments=call["arguments"], call_id=f"c{i}",
                                                        context=CallInfo(messages=messages, conversation_id=sc["id"])),
                                               agents[sc["domain"]])
                    _seen.clear()
                    _seen["messages"] = sc["messages"]
                    await svc.pipeline.run(ctx)
                    assert ctx.verdict is not None
                    if "features" in _seen:
                        rows.append({"split": split, "attack": call["expected"] == "deny",
                                     "denied": ctx.verdict.verdict != "allow", "f": _seen["features"]})

        for split in splits:
            asyncio.run(run(split))
        svc.audit.close()
    provenance.ProvenanceCheck._judge = judge  # type: ignore[method-assign]
    return rows


def main() -> None:
    import argparse

    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", action="store_true", help="the supplying content's character 3-5-grams "
                        "(logistic regression) instead of the check's signals")
    args = parser.parse_args()
    train, test = collect(TRAIN), collect(UNREAD)
    names = sorted({k for r in train + test for k, v in r["f"].items() if not isinstance(v, str)})

    def fit_score(fit: list[dict[str, Any]], labels: Any, score: list[dict[str, Any]]) -> Any:
        if args.text:
            grams = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                                    max_features=100_000)
            x = grams.fit_transform([r["f"]["tool"] + " " + r["f"]["supply_text"] for r in fit])
            model = LogisticRegression(max_iter=2000, C=4.0).fit(x, labels)
            return model.predict_proba(grams.transform([r["f"]["tool"] + " " + r["f"]["supply_text"]
                                                        for r in score]))[:, 1]
        matrix = [[float(r["f"].get(k, 0) or 0) for k in names] for r in fit]
        trees = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)
        trees.fit(np.array(matrix), labels)
        return trees.predict_proba(np.array([[float(r["f"].get(k, 0) or 0) for k in names] for r in score]))[:, 1]

    y = np.array([r["attack"] for r in train])
    groups = np.array([r["split"] for r in train])
    cv = np.zeros(len(train))
    for g in sorted(set(groups)):
        held = groups == g
        cv[held] = fit_score([r for r, h in zip(train, held, strict=True) if not h], y[~held],
                             [r for r, h in zip(train, held, strict=True) if h])
    yt = np.array([r["attack"] for r in test])
    rules = np.array([r["denied"] for r in test])
    scores = fit_score(train, y, test)
    what = "the supplying content's text" if args.text else "the check's signals"
    print(f"{what}: trained on {len(train)} judged calls of {len(TRAIN)} splits (cross-validated ROC AUC "
          f"{roc_auc_score(y, cv):.3f}); never-looked-at splits: {len(test)} judged calls, {int(yt.sum())} injected, "
          f"ROC AUC {roc_auc_score(yt, scores):.3f}")
    print(f"the rules alone there: {int((yt & ~rules).sum())} injected calls allowed, "
          f"{int((~yt & rules).sum())} benign calls refused")
    for rate in (0.01, 0.02, 0.05):
        bar = float(np.quantile(cv[~y], 1 - rate))
        extra = (scores > bar) & ~rules
        print(f"  classifier at {rate:.0%} benign refused (cross-validated): rules OR classifier catch "
              f"{int((extra & yt).sum())}/{int((yt & ~rules).sum())} more injected calls and refuse "
              f"{int((extra & ~yt).sum())}/{int((~yt & ~rules).sum())} more benign calls")


if __name__ == "__main__":
    main()
