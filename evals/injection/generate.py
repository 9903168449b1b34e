"""Deterministic generator of the indirect-prompt-injection scenario suite.

    python evals/injection/generate.py          # writes tune.jsonl and test.jsonl beside this file

No network, stdlib only (plus ``jsonschema`` for the self-check).  Every random choice is
seeded from fixed strings, so two runs write byte-identical files.

The split is by template: every user-task template and every attack-phrasing template
belongs to exactly one split, so a scenario in test.jsonl shares neither its user task nor
its attack wording with anything in tune.jsonl.  Attack goals (what the attacker wants) and
the carriers (bill, email, review ...) are per domain and shared by both splits.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import attacks  # noqa: E402
import tasks_banking  # noqa: E402
import tasks_chat  # noqa: E402
import tasks_files  # noqa: E402
import tasks_travel  # noqa: E402
import tasks_workspace  # noqa: E402
from common import COMPANIES, Goal, Scenario, attacker, person  # noqa: E402
from domains import DOMAINS, tools_by_name, untrusted_tools  # noqa: E402

MODULES = {"workspace": tasks_workspace, "banking": tasks_banking, "chat": tasks_chat, "travel": tasks_travel,
           "files": tasks_files}
BENIGN_PER_DOMAIN = 28
ATTACK_PER_DOMAIN = 42
USER_ON_ORG_DOMAIN = {"workspace", "chat", "files"}  # the user's address is on their employer's domain


def new_scenario(domain: str, task_id: str, fn: Any, seed: str) -> Scenario:
    r = random.Random(seed)
    mod = MODULES[domain]
    today = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 340))
    org, org_domain = r.choice(COMPANIES)
    user = person(r, org_domain if domain in USER_ON_ORG_DOMAIN else None)
    S = Scenario(domain=domain, task=task_id, rng=r, today=today, user=user, org=org, org_domain=org_domain,
                 assistant_name=mod.ASSISTANT)
    mod.setup(S)
    fn(S)
    return S


def _render(S: Scenario, fill: dict[int, str]) -> tuple[list[dict[str, Any]], int | None]:
    """The conversation so far; returns the messages and the index of the injected tool message."""
    msgs: list[dict[str, Any]] = [{"role": "system", "content": S.system}, {"role": "user", "content": S.user_msg}]
    injected = None
    for i, (tool, args, render) in enumerate(S.steps, start=1):
        cid = f"call_{i}"
        msgs.append({"role": "assistant", "content": "", "tool_calls": [{"id": cid, "name": tool, "arguments": args}]})
        if callable(render):
            content = render(lambda k: fill.get(k))
            if fill:
                injected = len(msgs)
        else:
            content = render
        msgs.append({"role": "tool", "tool_call_id": cid, "name": tool, "content": content})
    return msgs, injected


def _call(c: Any, expected: str, *, attack: bool) -> dict[str, Any]:
    out = {"tool": c.tool, "arguments": c.arguments, "expected": expected, "why": c.why,
           "source": "attacker" if expected == "deny" else c.source}
    if expected == "allow" and c.hard_if_attack:
        out["hard"] = True
    return out


def build_benign(domain: str, split: str, task_id: str, fn: Any, k: int) -> dict[str, Any]:
    S = new_scenario(domain, task_id, fn, f"{domain}|{task_id}|benign|{k}")
    msgs, _ = _render(S, {})
    return {"id": f"{domain}-{task_id}-benign-{k}", "domain": domain, "split": split, "kind": "benign",
            "family": None, "user_task": f"{domain}-{task_id}", "pattern": S.pattern, "messages": msgs,
            "calls": [_call(c, "allow", attack=False) for c in S.legit]}


def compatible(S: Scenario, family: str, goals: list[Goal]) -> list[Goal]:
    if family == "param_substitution":
        if S.subst is None:
            return []
        return [Goal("substitution", "substitution", "", S.subst.decl, S.subst.calls, S.subst.values)]
    if family == "split_payload" and S.nslots < 2:
        return []
    if family == "exfil_summary":
        return [g for g in goals if g.exfil]
    return goals


def build_attack(domain: str, split: str, task_id: str, fn: Any, k: int, family_pick: Any) -> dict[str, Any]:
    mod = MODULES[domain]
    S = new_scenario(domain, task_id, fn, f"{domain}|{task_id}|attack|{k}")
    r = random.Random(f"{domain}|{task_id}|attacker|{k}")
    imitate = S.org_domain if domain in USER_ON_ORG_DOMAIN else r.choice(mod.IMITATE)
    A = attacker(r, imitate)
    if hasattr(mod, "late_subst"):
        mod.late_subst(S, A)
    goals = mod.goals(S, A)
    family, goal, phr = family_pick(S, goals)
    parts = phr.fn(goal, S, A, r)
    fill = {0: parts[0], 1: parts[1]} if len(parts) == 2 else {r.randrange(S.nslots) if S.nslots > 1 else 0: parts[0]}
    msgs, injected = _render(S, fill)
    calls = [_call(c, "deny", attack=True) for c in goal.calls] + [_call(c, "allow", attack=True) for c in S.legit]
    r.shuffle(calls)
    return {"id": f"{domain}-{task_id}-atk-{family}-{k}", "domain": domain, "split": split, "kind": "attack",
            "family": family, "user_task": f"{domain}-{task_id}", "attack_template": f"{family}/{phr.id}",
            "goal": goal.name, "goal_kind": goal.kind, "injected_message_index": injected,
            "injected_tool": msgs[injected]["name"] if injected is not None else None,
            "attacker_values": goal.values, "messages": msgs, "calls": calls}


def _family_picker(domain: str, split: str) -> Callable[[Scenario, list[Goal]], tuple[str, Goal, attacks.Phrasing]]:
    """A `family_pick` for build_attack with its own selection state for one (domain, split)."""
    phrasings = [p for p in attacks.PHRASINGS if p.split == split]
    fam_count: Counter[str] = Counter()
    goal_count: Counter[str] = Counter()
    phr_count: Counter[str] = Counter()
    sel = random.Random(f"select|{domain}|{split}")

    def pick(S: Scenario, goals: list[Goal]) -> tuple[str, Goal, attacks.Phrasing]:
        fams = list(attacks.FAMILIES)
        sel.shuffle(fams)
        fams.sort(key=lambda f: fam_count[f])
        for fam in fams:
            cands = compatible(S, fam, goals)
            if cands:
                break
        else:
            raise RuntimeError(f"no family fits {S.domain}/{S.task}")
        sel.shuffle(cands)
        cands.sort(key=lambda g: goal_count[g.name])
        goal = cands[0]
        ps = [p for p in phrasings if p.family == fam]
        sel.shuffle(ps)
        ps.sort(key=lambda p: phr_count[p.id])
        fam_count[fam] += 1
        goal_count[goal.name] += 1
        phr_count[ps[0].id] += 1
        return fam, goal, ps[0]

    return pick


def generate() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for d_index, (domain, mod) in enumerate(MODULES.items()):
        all_tasks = mod.TASKS
        for split in ("tune", "test"):
            tasks = [(tid, fn) for tid, sp, fn in all_tasks if sp == split]
            share = len(tasks) / len(all_tasks)
            n_benign = round(BENIGN_PER_DOMAIN * share)
            n_attack = round(ATTACK_PER_DOMAIN * share)
            for i in range(n_benign):
                tid, fn = tasks[i % len(tasks)]
                out.append(build_benign(domain, split, tid, fn, i // len(tasks) + 1))
            pick = _family_picker(domain, split)
            task_k: Counter[str] = Counter()
            for i in range(n_attack):
                tid, fn = tasks[(i + d_index) % len(tasks)]
                task_k[tid] += 1
                out.append(build_attack(domain, split, tid, fn, task_k[tid], pick))
    return out


# ---------------------------------------------------------------------------------------------
# Self-check

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u2063\ufeff"), None)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE)


def _variants(v: str) -> set[str]:
    return {v, v.replace(" ", ""), v.lower()}


def self_check(rows: list[dict[str, Any]]) -> None:
    from jsonschema import Draft202012Validator, FormatChecker
    try:
        import jsonschema_rs  # the validator Arbiter itself uses, with formats asserted
    except ImportError:  # pragma: no cover
        jsonschema_rs = None

    ids = [r["id"] for r in rows]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    assert not dup, f"duplicate ids: {dup[:5]}"
    validators: dict[tuple[str, str], Any] = {}
    for domain, tools in DOMAINS.items():
        names = [t["name"] for t in tools]
        assert len(names) == len(set(names)), domain
        for t in tools:
            Draft202012Validator.check_schema(t["input_schema"])
            v = Draft202012Validator(t["input_schema"], format_checker=FormatChecker())
            rs = jsonschema_rs.Draft202012Validator(t["input_schema"], validate_formats=True) if jsonschema_rs else None
            validators[(domain, t["name"])] = (v, rs)
        reads = [t for t in tools if t["risk"] == "read"]
        writes = [t for t in tools if t["risk"] != "read"]
        assert 4 <= len(reads) <= 8 and 4 <= len(writes) <= 8, domain

    for row in rows:
        dom = row["domain"]
        tools = tools_by_name(dom)
        untrusted = untrusted_tools(dom)
        assert row["calls"], row["id"]
        for m in row["messages"]:
            assert isinstance(m["content"], str), row["id"]
            for tc in m.get("tool_calls", []):
                _validate(validators, dom, tc["name"], tc["arguments"], row["id"])
        for c in row["calls"]:
            assert c["tool"] in tools, (row["id"], c["tool"])
            assert c["expected"] in ("allow", "deny")
            _validate(validators, dom, c["tool"], c["arguments"], row["id"])
        if row["kind"] == "attack":
            assert any(c["expected"] == "deny" for c in row["calls"]), row["id"]
            idx = row["injected_message_index"]
            assert idx is not None and row["messages"][idx]["name"] in untrusted, row["id"]
            trusted_text = "\n".join(m["content"] for m in row["messages"]
                                     if m["role"] in ("system", "user")
                                     or (m["role"] == "tool" and m["name"] not in untrusted))
            trusted_text += json.dumps([m.get("tool_calls") for m in row["messages"] if m["role"] == "assistant"])
            untrusted_text = _norm("\n".join(m["content"] for m in row["messages"]
                                             if m["role"] == "tool" and m["name"] in untrusted))
            for v in row["attacker_values"]:
                for var in _variants(v):
                    assert var not in trusted_text, (row["id"], v)
                assert any(x in untrusted_text for x in _variants(_norm(v))), (row["id"], "value not injected", v)
        else:
            assert all(c["expected"] == "allow" for c in row["calls"]), row["id"]

    for key in ("user_task", "attack_template"):
        by_split = defaultdict(set)
        for row in rows:
            if row.get(key):
                by_split[row["split"]].add(row[key])
        assert not (by_split["tune"] & by_split["test"]), (key, by_split["tune"] & by_split["test"])
    for p in attacks.PHRASINGS:
        assert p.family in attacks.FAMILIES


def _validate(validators: dict, dom: str, tool: str, args: Any, rid: str) -> None:
    v, rs = validators[(dom, tool)]
    errors = [e.message for e in v.iter_errors(args)]
    assert not errors, (rid, tool, errors, args)
    if rs is not None:
        assert rs.is_valid(args), (rid, tool, "jsonschema-rs", args)


def table(rows: list[dict[str, Any]]) -> str:
    lines = []
    doms = list(MODULES)
    lines.append("| split | " + " | ".join(doms) + " | total |")
    lines.append("|---" * (len(doms) + 2) + "|")
    for split in ("tune", "test"):
        for kind in ("benign", "attack"):
            c = Counter(r["domain"] for r in rows if r["split"] == split and r["kind"] == kind)
            lines.append(f"| {split} {kind} | " + " | ".join(str(c[d]) for d in doms) + f" | {sum(c.values())} |")
    c = Counter(r["domain"] for r in rows)
    lines.append("| all | " + " | ".join(str(c[d]) for d in doms) + f" | {len(rows)} |")
    lines.append("")
    lines.append("| family | tune | test | " + " | ".join(doms) + " |")
    lines.append("|---" * (len(doms) + 3) + "|")
    for fam in attacks.FAMILIES:
        rs = [r for r in rows if r["family"] == fam]
        sp = Counter(r["split"] for r in rs)
        dc = Counter(r["domain"] for r in rs)
        lines.append(f"| {fam} | {sp['tune']} | {sp['test']} | " + " | ".join(str(dc[d]) for d in doms) + " |")
    lines.append("")
    pat = Counter((r["split"], r["pattern"]) for r in rows if r["kind"] == "benign")
    lines.append("benign patterns (tune/test): " + ", ".join(
        f"{p}={pat[('tune', p)]}/{pat[('test', p)]}" for p in "abcde"))
    gk = Counter(r["goal_kind"] for r in rows if r["kind"] == "attack")
    lines.append("attack goal kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(gk.items())))
    calls = [c for r in rows for c in r["calls"]]
    n_allow = sum(c["expected"] == "allow" for c in calls)
    n_deny = sum(c["expected"] == "deny" for c in calls)
    n_hard = sum(bool(c.get("hard")) for c in calls)
    lines.append(f"calls: {len(calls)} (allow {n_allow}, deny {n_deny}, hard allow {n_hard})")
    return "\n".join(lines)


def main() -> None:
    rows = generate()
    self_check(rows)
    for split in ("tune", "test"):
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                if row["split"] == split:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(table(rows))
    print("self-check passed")


if __name__ == "__main__":
    main()
