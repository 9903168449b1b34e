"""The engine builds offline, lists its recognizers, and finds phone numbers in several formats."""

from __future__ import annotations

import os

import pytest

from arbiter.pii.engine import PiiEngine, build_engine, get_engine, ner_available, recognizers_info


def test_offline_and_singleton(engine: PiiEngine) -> None:
    assert os.environ.get("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS") == ""
    assert get_engine() is engine


def test_recognizers_info_lists_entities() -> None:
    info = recognizers_info()
    assert info["ner"] is ner_available()
    for e in ("EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "PHONE_NUMBER", "SECRET_AWS_ACCESS_KEY",
              "SECRET_KEYED_FIELD"):
        assert e in info["entities"]
    assert "DATE_TIME" not in info["entities"]  # timestamps are not personal data here
    assert {r["kind"] for r in info["recognizers"]} >= {"pattern", "secret"}


def test_pattern_only_engine_has_no_ner() -> None:
    eng = build_engine(ner=False)
    assert not eng.ner and "PERSON" not in eng.entities


@pytest.mark.parametrize("phone", [
    "(415) 238-4417", "+1 415 238 4417", "020 7946 0958", "+44 20 7946 0958", "07700 900123",
    "030 12345678", "+49 30 12345678", "01 42 68 53 00", "+33 1 42 68 53 00", "+91 98200 12345",
    "+34 912 345 678", "+81 3-1234-5678",
])
def test_phone_formats(engine: PiiEngine, phone: str) -> None:
    text = f"Please call {phone} tomorrow."
    res = engine.analyze(text, frozenset({"PHONE_NUMBER"}), [])
    assert [text[r.start:r.end] for r in res] == [phone]


@pytest.mark.parametrize("text", ["ORD-2024-118842", "25/04/2024 14:22", "192.168.10.12", "v2.10.3",
                                  "INV-00012345"])
def test_phone_hard_negatives(engine: PiiEngine, text: str) -> None:
    assert engine.analyze(f"ref {text} done", frozenset({"PHONE_NUMBER"}), []) == []


def test_context_from_key_path_boosts_weak_patterns(engine: PiiEngine) -> None:
    ents = frozenset({"US_BANK_NUMBER"})
    assert max((r.score for r in engine.analyze("48213377", ents, [])), default=0) < 0.4
    assert max(r.score for r in engine.analyze("48213377", ents, ["account"])) >= 0.4
