"""No raw PII or secret reaches the store: a labelled corpus goes through /v1/check, then the
whole database (the SQLite file and its WAL, or every PostgreSQL row) is searched for every value."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from arbiter.db.base import metadata
from arbiter.pii.engine import ner_available
from arbiter.pii.policy import named_policy
from arbiter.pii.scrub import Scrubber
from tests.conftest import Server
from tests.pii.corpus import Generator

SAMPLES = 150


def _stored(raw: str, dump: bytes) -> bool:
    """Whether ``raw`` stands in ``dump`` as a value of its own, not inside a longer run of letters or digits:
    a microsecond time stamp (``1765039961239450``) or a hash can hold any eight digits by chance."""
    # bytes.find is a fast substring search; a regex with a lookbehind scanned the whole dump per label.
    needle = raw.encode()
    at = dump.find(needle)
    while at != -1:
        end = at + len(needle)
        if not dump[at - 1:at].isalnum() and not dump[end:end + 1].isalnum():  # ASCII letters and digits
            return True
        at = dump.find(needle, at + 1)
    return False


def _leaf(doc: Any, pointer: str) -> Any:
    for part in pointer.split("/")[1:]:
        doc = doc[int(part)] if isinstance(doc, list) else doc[part.replace("~1", "/").replace("~0", "~")]
    return doc


def _string_leaves(doc: Any, pointer: str) -> list[tuple[str, str]]:
    """(JSON pointer, text) of every string in ``doc``, keys excepted."""
    if isinstance(doc, str):
        return [(pointer, doc)]
    if isinstance(doc, list):
        return [leaf for i, v in enumerate(doc) for leaf in _string_leaves(v, f"{pointer}/{i}")]
    if isinstance(doc, dict):
        return [leaf for k, v in doc.items()
                for leaf in _string_leaves(v, f"{pointer}/{str(k).replace('~', '~0').replace('/', '~1')}")]
    return []


def _dump(server: Server) -> bytes:
    db = server.svc.db
    if db.dialect == "sqlite":
        path = Path(db.write.url.database or "")
        return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    rows = []
    with db.read.connect() as conn:
        for table in [*metadata.sorted_tables]:
            rows += [r[0] for r in conn.execute(text(f"SELECT row_to_json(t)::text FROM {table.name} t"))]
    return "\n".join(rows).encode()


def test_corpus_through_check_leaves_no_raw_value_in_the_store(server: Server,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    samples = Generator(11).samples(SAMPLES)
    tools = {}
    for s in samples:
        tools.setdefault(s.tool, s.schema)
    for name, schema in tools.items():
        r = server.admin.post("/v1/tools", json={"tenant": "acme", "name": f"corpus_{name}", "input_schema": schema})
        assert r.status_code == 201, r.text
    doc = {"name": "corpus", "tenant": "acme", "tools": {f"corpus_{n}": {} for n in tools}}
    assert server.admin.put("/v1/allowlists/corpus", json=doc).status_code == 200
    _, key = server.add_agent("corpus-bot", allowlist="corpus")
    verdicts = set()
    with server.agent_client(key) as c:
        for i, s in enumerate(samples):
            r = c.post("/v1/check", json={"tool": f"corpus_{s.tool}", "arguments": s.arguments, "call_id": str(i)})
            assert r.status_code == 200, r.text
            verdicts.add(r.json()["verdict"])
    assert verdicts == {"allow", "deny"}  # secrets block, the rest is scrubbed and allowed

    dump = _dump(server)
    logs = caplog.text.encode()
    checked = 0
    for s in samples:
        for label in s.labels:
            if label.entity in ("PERSON", "LOCATION") and not ner_available():
                continue  # names need the optional NER model; see the README
            raw = str(_leaf(s.arguments, label.path))[label.start:label.end]
            assert not _stored(raw, dump), f"raw {label.entity} at {label.path} is in the store"
            assert not _stored(raw, logs), f"raw {label.entity} reached the logs"
            checked += 1
    assert checked > 300


HELD_OUT = Path(__file__).resolve().parents[2] / "evals" / "pii"


def _held_out(name: str, every: int) -> list[dict[str, Any]]:
    lines = (HELD_OUT / name).read_text().splitlines()
    return [json.loads(line) for line in lines[::every] if line.strip()]


def test_held_out_corpus_through_check_stores_only_what_detection_misses(server: Server) -> None:
    """The test splits of evals/pii (documents and credentials Arbiter was not tuned on; test5 and test6 too) through
    /v1/check: a labelled value found in the store must be one the scrubber does not detect at all (a recall miss,
    which ``make bench-pii`` counts), never one it detected and then let slip into a record. A value
    that another record holds undetected (a city, with the NER extra) is that record's miss."""
    records = _held_out("test.jsonl", 2) + _held_out("secrets_test.jsonl", 3) + _held_out("test5.jsonl", 4) \
        + _held_out("test6.jsonl", 5)
    schema = {"type": "object", "properties": {"document": {}}, "required": ["document"]}
    assert server.admin.post("/v1/tools", json={"tenant": "acme", "name": "held_out", "input_schema": schema,
                                                "risk": "read"}).status_code == 201
    assert server.admin.put("/v1/allowlists/held-out", json={
        "name": "held-out", "tenant": "acme", "tools": {"held_out": {}}}).status_code == 200
    _, key = server.add_agent("held-out-bot", allowlist="held-out")
    with server.agent_client(key) as c:
        for i, rec in enumerate(records):
            r = c.post("/v1/check", json={"tool": "held_out", "arguments": {"document": rec["document"]},
                                          "call_id": f"h{i}"})
            assert r.status_code == 200, r.text

    dump = _dump(server)
    scrubber = Scrubber()
    policy = named_policy("logs").arguments
    found = [scrubber.scrub({"document": rec["document"]}, policy).findings for rec in records]
    # Every stretch of text that detection left alone, in any record: a city detected in one ticket
    # may stand undetected in another, and that other record is what put it in the store.
    left_alone: list[str] = []
    for rec, findings in zip(records, found, strict=True):
        for pointer, leaf in _string_leaves(rec["document"], "/document"):
            chars = list(leaf)
            for f in findings:
                if f.path == pointer:
                    chars[f.start:f.end] = "\0" * (f.end - f.start)
            left_alone.append("".join(chars))
    undetected = "\n".join(left_alone).encode()
    checked = missed = 0
    for rec, findings in zip(records, found, strict=True):
        for label in rec["labels"]:
            if label["entity"] in ("PERSON", "LOCATION") and not ner_available():
                continue
            raw = label["value"]
            detected = any(f.path == "/document" + label["path"] and f.start < label["end"]
                           and label["start"] < f.end for f in findings)
            checked += 1
            if _stored(raw, dump):
                assert not detected or _stored(raw, undetected), \
                    f"{rec['id']}: a detected {label['entity']} is in the store"
                missed += 1
    assert checked > 500 and missed < checked
