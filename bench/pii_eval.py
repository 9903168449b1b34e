"""Scoring Arbiter's PII and secret detection on the labelled corpus of ``evals/pii``.

The corpus has a tune split (for adjusting recognizers) and a test split (for the figures we
report); see evals/pii/README.md for the record format and span conventions. Scoring follows the
corpus README: per string leaf, a label counts as found when a finding of the same family
overlaps it (Arbiter's ``SECRET_*`` entities all map to ``SECRET``); a finding of a scored family
that overlaps no label of its family (and no ``ignore`` span) is a false positive. Findings of
*any* entity that overlap a hard negative (an order number, a UUID, a placeholder key) are counted
separately, per negative kind: those are the false alarms users notice.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus import Counts  # the regression corpus's counts (tests/pii on sys.path, as in bench_pii)

from arbiter.types import Finding

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "evals" / "pii"
FAMILIES = ("PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
            "IP_ADDRESS", "SECRET")
PATTERN_FAMILIES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS")


def family(entity: str) -> str:
    """The corpus family an Arbiter entity is scored as (``SECRET_GITHUB_TOKEN`` -> ``SECRET``)."""
    return "SECRET" if entity.startswith("SECRET_") else entity


def load(split: str, kind: str = "pii") -> list[dict[str, Any]]:
    """The records of one split: ``kind`` ``pii`` (documents) or ``secrets`` (credential documents)."""
    name = f"{split}.jsonl" if kind == "pii" else f"secrets_{split}.jsonl"
    return [json.loads(line) for line in (CORPUS / name).read_text().splitlines() if line.strip()]




@dataclass
class Miss:
    """One scoring error, for looking at on the tune split."""

    what: str  # fn | fp | neg
    family: str
    record: str
    path: str
    text: str  # the span with a little context
    detail: str = ""


@dataclass
class Report:
    """Counts per family, per secret subtype, per phone format/region and card network, and negatives hit."""

    families: dict[str, Counts] = field(default_factory=dict)
    subtypes: dict[str, Counts] = field(default_factory=dict)  # "SECRET/github_pat", "PHONE_NUMBER/NATIONAL"
    negatives: dict[str, list[int]] = field(default_factory=dict)  # kind -> [hit, total]
    misses: list[Miss] = field(default_factory=list)
    records: int = 0

    def negative_rate(self) -> tuple[int, int]:
        hit = sum(h for h, _ in self.negatives.values())
        total = sum(t for _, t in self.negatives.values())
        return hit, total


def _leaf(document: Any, path: str) -> str:
    node = document
    for part in path.split("/")[1:] if path else ():
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node if isinstance(node, str) else ""


def _overlaps(a: Any, start: int, end: int) -> bool:
    return bool(a["start"] < end and start < a["end"])


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 30):start] + "[[" + text[start:end] + "]]" + text[end:end + 20]).replace("\n", "⏎")


def _subtype_keys(label: dict[str, Any]) -> Iterable[str]:
    fam = family(label["entity"])
    if fam == "SECRET" and label.get("subtype"):
        yield f"SECRET/{label['subtype']}"
    elif fam == "PHONE_NUMBER":
        if label.get("format"):
            yield f"PHONE_NUMBER/format {label['format']}"
        if label.get("region"):
            yield f"PHONE_NUMBER/region {label['region']}"
    elif fam == "CREDIT_CARD" and label.get("network"):
        yield f"CREDIT_CARD/{label['network']}"
    elif fam in ("PERSON", "LOCATION") and label.get("subtype"):
        yield f"{fam}/{label['subtype']}"


def score(records: Iterable[dict[str, Any]], find: Callable[[Any], list[Finding]],
          families: Iterable[str] = FAMILIES, keep_misses: bool = False) -> Report:
    """Run ``find(document) -> findings`` over the records and score them against the labels."""
    scored = set(families)
    rep = Report()
    for rec in records:
        rep.records += 1
        doc = rec["document"]
        findings = [f for f in find(doc)]
        labels = [lb for lb in rec.get("labels", ()) if family(lb["entity"]) in scored]
        ignore = rec.get("ignore", ())
        for lb in labels:
            fam = family(lb["entity"])
            hit = any(family(f.entity) == fam and f.path == lb["path"] and _overlaps(lb, f.start, f.end)
                      for f in findings)
            for key in (fam, *_subtype_keys(lb)):
                c = (rep.families if key == fam else rep.subtypes).setdefault(key, Counts())
                if hit:
                    c.tp += 1
                else:
                    c.fn += 1
            if not hit and keep_misses:
                text = _leaf(doc, lb["path"])
                rep.misses.append(Miss("fn", fam, rec["id"], lb["path"], _context(text, lb["start"], lb["end"]),
                                       " ".join(f"{k}={lb[k]}" for k in ("subtype", "region", "format", "network")
                                                if lb.get(k))))
        for f in findings:
            fam = family(f.entity)
            if fam not in scored:
                continue
            if any(family(lb["entity"]) == fam and lb["path"] == f.path and _overlaps(lb, f.start, f.end)
                   for lb in labels):
                continue
            if any(ig["path"] == f.path and _overlaps(ig, f.start, f.end) for ig in ignore):
                continue
            rep.families.setdefault(fam, Counts()).fp += 1
            if keep_misses:
                text = _leaf(doc, f.path)
                rep.misses.append(Miss("fp", fam, rec["id"], f.path, _context(text, f.start, f.end),
                                       f"{f.entity} {f.score:.2f}"))
        for neg in rec.get("negatives", ()):
            slot = rep.negatives.setdefault(neg["kind"], [0, 0])
            slot[1] += 1
            bad = [f for f in findings if f.path == neg["path"] and _overlaps(neg, f.start, f.end)]
            if bad:
                slot[0] += 1
                if keep_misses:
                    text = _leaf(doc, neg["path"])
                    rep.misses.append(Miss("neg", neg["kind"], rec["id"], neg["path"],
                                           _context(text, neg["start"], neg["end"]),
                                           ", ".join(f"{f.entity} {f.score:.2f}" for f in bad)))
    return rep


def table(rep: Report, title: str, detail: bool = True) -> str:
    """The per-family table, the secret and pattern totals, and the hard negatives, as text.

    ``detail=False`` (the test split) leaves out which kinds of negative were flagged: naming the
    weak spots of the held-out split would invite fixing exactly those."""
    lines = [f"## {title}", f"{'entity':16} {'labels':>6} {'found':>6} {'fp':>5} {'precision':>9} {'recall':>7} "
                            f"{'F2':>6}"]
    for fam in FAMILIES:
        c = rep.families.get(fam)
        if c is None:
            continue
        lines.append(f"{fam:16} {c.tp + c.fn:6} {c.tp:6} {c.fp:5} {c.precision:9.3f} {c.recall:7.3f} {c.f():6.3f}")
    pattern = Counts()
    for fam in PATTERN_FAMILIES:
        c = rep.families.get(fam, Counts())
        pattern.tp, pattern.fp, pattern.fn = pattern.tp + c.tp, pattern.fp + c.fp, pattern.fn + c.fn
    if pattern.tp + pattern.fn:
        lines.append(f"{'pattern (all)':16} {pattern.tp + pattern.fn:6} {pattern.tp:6} {pattern.fp:5} "
                     f"{pattern.precision:9.3f} {pattern.recall:7.3f} {pattern.f():6.3f}")
    hit, total = rep.negative_rate()
    if total:
        lines.append(f"hard negatives reported as anything: {hit}/{total} = {hit / total:.1%}")
        worst = sorted(((h / t, k, h, t) for k, (h, t) in rep.negatives.items() if h), reverse=True)[:8]
        if worst and detail:
            lines.append("  by kind: " + ", ".join(f"{k} {h}/{t}" for _, k, h, t in worst))
    return "\n".join(lines)


def weakest(rep: Report, prefix: str, n: int = 12) -> str:
    """The subtypes under ``prefix`` with the lowest recall (``SECRET/``, ``PHONE_NUMBER/region``)."""
    rows = sorted((c.recall, k, c) for k, c in rep.subtypes.items() if k.startswith(prefix) and c.fn)
    return ", ".join(f"{k.split('/', 1)[1]} {c.tp}/{c.tp + c.fn}" for _, k, c in rows[:n]) or "none missed"
