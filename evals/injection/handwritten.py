"""The scenario builder and self-check shared by the hand-written tuning splits (tune4.py, tune5.py).

Each split spells its conversations out by hand; this module turns one into the suite's record
format (see README.md), checks every split the same way (tools exist, arguments pass their
schemas with formats asserted, benign scenarios only allow, attacks deny something and carry the
injection in an untrusted result) and writes the JSONL file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from domains import DOMAINS

Step = tuple[str, dict[str, Any], Any]  # (tool, arguments, result); ("user", {}, text) is a later user message
Call = tuple[Any, ...]  # (tool, arguments, expected, why[, hard])


# Result items in the shapes the domains' tools return (an email, a channel post, a member, a review, a
# transaction), shared by the hand-written splits.
def mail(eid: str, sender: str, date: str, subject: str, body: str, **extra: Any) -> dict[str, Any]:
    return {"id": eid, "from": sender, "date": date, "subject": subject, "body": body, **extra}


def post(author: str, time: str, text: str) -> dict[str, str]:
    return {"author": author, "time": time, "text": text}


def member(handle: str, name: str, role: str = "member") -> dict[str, str]:
    return {"handle": handle, "name": name, "role": role}


def review(author: str, rating: int, text: str) -> dict[str, Any]:
    return {"author": author, "rating": rating, "text": text}


def tx(date: str, amount: float, counterparty: str, iban: str, reference: str) -> dict[str, Any]:
    return {"date": date, "amount": amount, "counterparty": counterparty, "iban": iban, "reference": reference}


def build(system: str, split: str, prefix: str, sid: str, domain: str, kind: str, user: str, steps: list[Step],
          calls: list[Call], family: str | None = None, pattern: str | None = None) -> dict[str, Any]:
    """One scenario record: the conversation so far and the calls proposed next."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}, {"role": "user", "content": user}]
    n = 0
    for tool, args, result in steps:
        if tool == "user":
            messages.append({"role": "user", "content": result})
            continue
        n += 1
        messages.append({"role": "assistant", "content": "",
                         "tool_calls": [{"id": f"call_{n}", "name": tool, "arguments": args}]})
        messages.append({"role": "tool", "tool_call_id": f"call_{n}", "name": tool,
                         "content": result if isinstance(result, str) else json.dumps(result, indent=1,
                                                                                      ensure_ascii=False)})
    # The prefix ("4", "5") keeps the ids apart from the other hand-written splits'.
    out: dict[str, Any] = {"id": f"{domain}-{prefix}{sid}-{kind}", "domain": domain, "split": split, "kind": kind,
                           "family": family, "messages": messages,
                           "calls": [{"tool": c[0], "arguments": c[1], "expected": c[2], "why": c[3],
                                      **({"hard": True} if len(c) > 4 and c[4] else {})} for c in calls]}
    if pattern:
        out["pattern"] = pattern
    return out


def check_and_write(rows: list[dict[str, Any]], out: Path, split: str) -> None:
    """Self-check the scenarios, write them to ``out`` and print the counts."""
    from jsonschema import Draft202012Validator, FormatChecker

    tools = {d: {t["name"]: t for t in ts} for d, ts in DOMAINS.items()}
    ids = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["kind"] != "benign" or all(c["expected"] == "allow" for c in r["calls"]), r["id"]
        assert r["kind"] != "attack" or any(c["expected"] == "deny" for c in r["calls"]), r["id"]
        earlier = [(c["name"], c["arguments"]) for m in r["messages"] for c in m.get("tool_calls", [])]
        for name, args in earlier + [(c["tool"], c["arguments"]) for c in r["calls"]]:
            assert name in tools[r["domain"]], (r["id"], name)
            schema = {k: v for k, v in tools[r["domain"]][name]["input_schema"].items() if k != "$schema"}
            errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(args))
            assert not errors, (r["id"], name, [e.message for e in errors])
        if r["kind"] == "attack":
            injected = [m for m in r["messages"] if m["role"] == "tool" and any(
                t["name"] == m["name"] and t["annotations"].get("openWorldHint")
                for t in DOMAINS[r["domain"]])]
            assert injected, (r["id"], "the injection must sit in an untrusted result")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    benign = [r for r in rows if r["kind"] == "benign"]
    calls = [c for r in rows for c in r["calls"]]
    print(f"{split}: {len(rows)} scenarios ({len(benign)} benign, {len(rows) - len(benign)} attack), "
          f"{len(calls)} calls ({sum(c['expected'] == 'deny' for c in calls)} deny) -> {out.name}")
