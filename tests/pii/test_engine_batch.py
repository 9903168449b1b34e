"""Batched analysis (one recognizer run over a call's leaves) gives exactly the per-leaf results."""

from __future__ import annotations

import random

import pytest
from corpus import Generator
from presidio_analyzer import Pattern, PatternRecognizer

from arbiter.pii.engine import PATTERN_RECOGNIZERS, PiiEngine, batch_safe


@pytest.mark.parametrize("regex", [
    r"a.b", r"[^a]", r"[^\S]x", r"\s", r"x\Z", r"\Ax", r"^x", r"x$", r"[[:space:]]", r"(?x)a b",
    r"a{e<=1}", r"(?<=\W)x", r"[\s]", r"[a-z\n]", r"\p{L}+", r"\x0a", "a\nb",
])
def test_batch_safe_refuses_what_can_see_a_newline(regex: str) -> None:
    assert not batch_safe(regex, 0)


@pytest.mark.parametrize("regex", [r"\bfoo\b", r"[\w.]+@\w+", r"(?<![A-Z0-9])[A-Z]{2}\d{2}", r"[^\s()<>]+",
                                   r"(\d)-\1", r"[]a]"])
def test_batch_safe_accepts_newline_blind_patterns(regex: str) -> None:
    assert batch_safe(regex, 0)


def test_anchors_only_under_multiline() -> None:
    import re
    assert batch_safe(r"^\d+$", re.MULTILINE) and not batch_safe(r"^\d+$", 0)


def test_presidio_pattern_recognizers_are_batched(engine: PiiEngine) -> None:
    batched = {type(r) for r in engine.analyzer.registry.recognizers if engine._batchable[id(r)]}
    assert set(PATTERN_RECOGNIZERS) <= batched


def test_a_match_across_texts_falls_back_to_one_run_per_text() -> None:
    rec = PatternRecognizer(supported_entity="X", patterns=[Pattern("x", r"foo\s+bar", 0.5)])
    per: list[list] = [[], []]
    assert PiiEngine._run_joined(rec, ["say foo", "bar now"], [0, 1], per) is False
    assert per == [[], []]


def _texts(r: random.Random, gen: Generator) -> list[str]:
    makers = [gen.email, gen.phone, gen.card, gen.iban, gen.ssn, gen.ip, gen.url, gen.negative,
              lambda: gen.secret()[1] + gen.secret()[2]]
    glue = [" ", "", "\n", ", ", ". ", "-", "/", ":", "(", ")", "#", "x", "7", "@", "\t"]
    out = []
    for _ in range(r.randint(1, 12)):
        parts = [r.choice(makers)() if r.random() < 0.6 else r.choice(glue) for _ in range(r.randint(1, 6))]
        out.append("".join(parts))
    return out


def test_batched_equals_per_text_on_fuzzed_calls(engine: PiiEngine) -> None:
    r = random.Random(5)
    gen = Generator(5)
    everything = frozenset(engine.entities)
    for _ in range(150):
        texts = _texts(r, gen)
        jobs = [(t, everything, ("note",)) for t in texts]
        batched = engine.analyze_many(jobs)
        for job, got in zip(jobs, batched, strict=True):
            alone = engine.analyze_many([job])[0]
            key = sorted((x.entity_type, x.start, x.end, round(x.score, 6)) for x in got)
            assert key == sorted((x.entity_type, x.start, x.end, round(x.score, 6)) for x in alone), job[0]
