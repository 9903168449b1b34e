"""SSE decoding, argument parsing, outbound pseudonyms and their restoration (also across deltas)."""

from __future__ import annotations

from arbiter.adapters.base import Restorer, SSEDecoder, SSEEvent, parse_arguments, sse
from tests.adapters.helpers import scrub


def test_sse_decoder_events_comments_and_cut() -> None:
    d = SSEDecoder()
    lines = [": keep-alive", "event: ping", "data: {}", "", "data: a", "data: b", "", "", "data: half"]
    got = [e for e in (d.feed(line) for line in lines) if e is not None]
    assert got == [SSEEvent("ping", "{}"), SSEEvent(None, "a\nb")]
    assert d.pending()  # the last event never ended
    assert sse({"x": 1}, event="e") == b'event: e\ndata: {"x":1}\n\n'


def test_parse_arguments() -> None:
    assert parse_arguments('{"a": 1}') == ({"a": 1}, None)
    assert parse_arguments("") == ({}, None)
    value, err = parse_arguments('{"a": ')
    assert value is None and err is not None and "not valid JSON" in err


def test_outbound_pseudonyms_restore_only_this_requests_values() -> None:
    s = scrub()
    out = s.texts(["write to ann@example.com", {"to": "bob@example.com", "n": 3},
                   "my key is sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD"])
    assert "ann@example.com" not in out[0] and out[0].startswith("write to <EMAIL_ADDRESS:")
    assert out[1]["to"].startswith("<EMAIL_ADDRESS:") and out[1]["n"] == 3
    assert "<SECRET_" in out[2] and "sk-proj" not in out[2]
    token = out[0].removeprefix("write to ")
    assert s.restore({"to": token, "cc": ["<EMAIL_ADDRESS:00000000>"]}) == {
        "to": "ann@example.com", "cc": ["<EMAIL_ADDRESS:00000000>"]}
    assert not any(v.startswith("sk-") for v in s.vault.values())  # secrets are never restorable


def test_restorer_holds_back_a_split_token() -> None:
    s = scrub()
    token = s.texts(["ann@example.com"])[0]
    r = Restorer(s)
    parts = [r.feed("Mail "), r.feed(token[:6]), r.feed(token[6:] + " today <b"), r.feed("old>"), r.flush()]
    assert "".join(parts) == "Mail ann@example.com today <bold>"
    assert parts[1] == ""  # held while the token was incomplete
