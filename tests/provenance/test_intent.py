"""Intent support: action classes of tool names, the user's verbs (not negated), and the embedder."""

from __future__ import annotations

import numpy as np
import pytest

from arbiter.cache import default_embedder
from arbiter.provenance.intent import IntentScorer, action_classes, asked_words, stem


@pytest.mark.parametrize(("tool", "classes"), [
    ("send_email", ("communicate",)), ("send_money", ("pay",)), ("delete_file", ("destroy",)),
    ("cancel_scheduled_transaction", ("destroy",)), ("create_calendar_event", ("modify", "schedule")),
    ("share_file", ("grant",)), ("book_hotel", ("reserve",)), ("lookup", ()),
])
def test_action_classes_come_from_the_verb(tool: str, classes: tuple[str, ...]) -> None:
    assert action_classes(tool) == classes


def test_stems() -> None:
    assert [stem(w) for w in ("emailed", "emails", "emailing", "bus", "red")] == ["email", "email", "email", "bus",
                                                                                 "red"]


def _support(scorer: IntentScorer, text: str, tool: str, description: str = "") -> tuple[float, str]:
    s = scorer.support(asked_words([text]), [text], tool, description)
    return s.score, s.signal


def test_verbs_support_and_negation_does_not() -> None:
    scorer = IntentScorer(None)
    assert _support(scorer, "Please answer Tariq's question", "reply_to_email") == (1.0, "verb:communicate")
    assert _support(scorer, "Send my landlord the rent, 1,240 EUR", "send_money") == (1.0, "verb:pay")
    assert _support(scorer, "What do reviews say? I'm not booking anything yet", "book_hotel")[1] != "verb:reserve"
    assert _support(scorer, "Summarize my inbox", "delete_email") == (0.0, "none")  # no embedder: no meaning


def test_the_embedder_relates_requests_to_tool_descriptions() -> None:
    embedder = default_embedder()
    calls = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        return embedder.embed(texts)

    scorer = IntentScorer(embed)
    near = _support(scorer, "Get Tariq the kickoff details he emailed about", "write_response",
                    "Compose a response to an email message.")[0]
    far = _support(scorer, "What's the weather in Lisbon?", "write_response",
                   "Compose a response to an email message.")[0]
    assert near > far
    n = len(calls)
    _support(scorer, "What's the weather in Lisbon?", "write_response", "Compose a response to an email message.")
    assert len(calls) == n  # texts and tool descriptions are embedded once
