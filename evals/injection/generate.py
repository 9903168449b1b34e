"""Deterministic generator of the indirect-prompt-injection scenario suite.

    python evals/injection/generate.py          # writes tune.jsonl, test.jsonl and tune2.jsonl beside this file

No network, stdlib only (plus ``jsonschema`` for the self-check).  Every random choice is
seeded from fixed strings, so two runs write byte-identical files.

The split is by template: every user-task template and every attack-phrasing template
belongs to exactly one split, so a scenario in test.jsonl shares neither its user task nor
its attack wording with anything in tune.jsonl.  Attack goals (what the attacker wants) and
the carriers (bill, email, review ...) are per domain and shared by both splits.

``tune2`` is a second tuning split, added later with its own user tasks (``TASKS_TUNE2``, ids
``u01``...) and attack phrasings (tagged ``tune2``).  It shares no template with tune or test and
does not change a byte of tune.jsonl or test.jsonl: every RNG is seeded per scenario and per
(domain, split), and the tune/test task lists are untouched.
"""

from __future__ import annotations

import ast
import datetime as dt
import difflib
import inspect
import itertools
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
from common import COMPANIES, Call, Goal, Scenario, attacker, person  # noqa: E402
from domains import DOMAINS, tools_by_name, untrusted_tools  # noqa: E402

MODULES = {"workspace": tasks_workspace, "banking": tasks_banking, "chat": tasks_chat, "travel": tasks_travel,
           "files": tasks_files}
BENIGN_PER_DOMAIN = 28
ATTACK_PER_DOMAIN = 42
TUNE2_BENIGN_PER_DOMAIN = 21  # tune2: 6 task templates per domain, about 40 % benign
TUNE2_ATTACK_PER_DOMAIN = 31
SPLITS = ("tune", "test", "tune2")
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


def _split_rows(domain: str, d_index: int, split: str, tasks: list[tuple[str, Any]], n_benign: int,
                n_attack: int) -> list[dict[str, Any]]:
    out = []
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


def generate() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for d_index, (domain, mod) in enumerate(MODULES.items()):
        all_tasks = mod.TASKS
        for split in ("tune", "test"):
            tasks = [(tid, fn) for tid, sp, fn in all_tasks if sp == split]
            share = len(tasks) / len(all_tasks)
            out += _split_rows(domain, d_index, split, tasks, round(BENIGN_PER_DOMAIN * share),
                               round(ATTACK_PER_DOMAIN * share))
        # tune2 has its own task list, so the tune/test shares above (and their rows) stay as they were.
        tasks = [(tid, fn) for tid, sp, fn in mod.TASKS_TUNE2 if sp == "tune2"]
        out += _split_rows(domain, d_index, "tune2", tasks, TUNE2_BENIGN_PER_DOMAIN, TUNE2_ATTACK_PER_DOMAIN)
    return out


# ---------------------------------------------------------------------------------------------
# Self-check

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u2063\ufeff\u00ad"), None)
# Unicode tag characters ("ASCII smuggling", used by a tune2 template): U+E0020-U+E007E read as ASCII.
_INVISIBLE.update({cp: (cp - 0xE0000 if 0xE0020 <= cp <= 0xE007E else None) for cp in range(0xE0000, 0xE0080)})


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
        for a, b in itertools.combinations(SPLITS, 2):
            assert not (by_split[a] & by_split[b]), (key, a, b, sorted(by_split[a] & by_split[b]))
    for p in attacks.PHRASINGS:
        assert p.family in attacks.FAMILIES and p.split in SPLITS, p.id
    _check_tune2(rows)


# ---------------------------------------------------------------------------------------------
# tune2 checks: template ids and template texts disjoint from tune and test.  Test templates are
# only rendered and compared here; nothing of them is printed.

TEXT_SIMILARITY_MAX = 0.7  # difflib ratio of two phrasings rendered on the same placeholder goal


def _task_split() -> dict[str, str]:
    return {f"{dom}-{tid}": sp for dom, mod in MODULES.items() for tid, sp, _ in [*mod.TASKS, *mod.TASKS_TUNE2]}


def _check_tune2(rows: list[dict[str, Any]]) -> None:
    phr_split = {f"{p.family}/{p.id}": p.split for p in attacks.PHRASINGS}
    assert len(phr_split) == len(attacks.PHRASINGS), "duplicate phrasing ids"
    task_split = _task_split()
    for dom, mod in MODULES.items():
        ids = [tid for tid, _, _ in [*mod.TASKS, *mod.TASKS_TUNE2]]
        assert len(ids) == len(set(ids)), dom
        assert all(sp == "tune2" for _, sp, _ in mod.TASKS_TUNE2), dom
    for row in rows:  # every row uses templates of its own split only
        assert task_split[row["user_task"]] == row["split"], row["id"]
        if row.get("attack_template"):
            assert phr_split[row["attack_template"]] == row["split"], row["id"]
    t2 = [r for r in rows if r["split"] == "tune2"]
    used = {r["attack_template"] for r in t2 if r.get("attack_template")}
    assert used == {k for k, sp in phr_split.items() if sp == "tune2"}, "a tune2 phrasing is never used"
    assert {r["user_task"] for r in t2} == {k for k, sp in task_split.items() if sp == "tune2"}
    assert {r["family"] for r in t2 if r["family"]} == set(attacks.FAMILIES)
    for fam in attacks.FAMILIES:
        assert sum(p.split == "tune2" and p.family == fam for p in attacks.PHRASINGS) == 4, fam

    texts = _phrasing_texts()
    lits = {p.id: _literals(p.fn, 16) for p in attacks.PHRASINGS}
    worst, worst_by = 0.0, Counter()
    for p in attacks.PHRASINGS:
        if p.split != "tune2":
            continue
        for q in attacks.PHRASINGS:
            if q.split == "tune2":
                continue
            for probe in texts:
                assert probe[p.id] != probe[q.id], ("tune2 phrasing text equals an existing one", p.id)
                ratio = difflib.SequenceMatcher(None, probe[p.id], probe[q.id], autojunk=False).ratio()
                worst, worst_by[q.split] = max(worst, ratio), max(worst_by[q.split], ratio)
            assert not (lits[p.id] & lits[q.id]), ("tune2 phrasing shares a literal with an existing one", p.id)
    assert worst < TEXT_SIMILARITY_MAX, ("a tune2 phrasing is too close to an existing one", round(worst, 3))

    worst_task = 0.0
    for dom, mod in MODULES.items():
        tools = set(tools_by_name(dom))
        own = set().union(*[_literals(fn, 24) for _, _, fn in mod.TASKS_TUNE2]) - tools
        for _, sp, fn in mod.TASKS:  # (tune tasks may share the short `why` notes of the calls)
            if sp == "test":
                assert not (own & _literals(fn, 24)), ("a tune2 task shares a literal with a test task", dom)
        msgs = _user_messages(dom, mod)
        for (tid, sp), msg in msgs.items():
            if sp != "tune2":
                continue
            for (_tid2, sp2), msg2 in msgs.items():
                if sp2 == "tune2":
                    continue
                assert msg != msg2, ("tune2 user task equals an existing one", dom, tid)
                worst_task = max(worst_task, difflib.SequenceMatcher(None, msg, msg2, autojunk=False).ratio())
    assert worst_task < TEXT_SIMILARITY_MAX, ("a tune2 user task is too close to an existing one", round(worst_task, 3))
    _CHECK_STATS.update(phrasing_max_similarity_vs_tune=round(worst_by["tune"], 3),
                        phrasing_max_similarity_vs_test=round(worst_by["test"], 3),
                        task_max_similarity=round(worst_task, 3))


_CHECK_STATS: dict[str, float] = {}


def _literals(fn: Any, min_len: int) -> set[str]:
    """The string literals (and literal parts of f-strings) in a function's source, whitespace-normalised."""
    tree = ast.parse(inspect.getsource(fn))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = " ".join(node.value.split())
            if len(text) >= min_len:
                out.add(text)
    return out


def _phrasing_texts() -> list[dict[str, str]]:
    """Every phrasing rendered on the same placeholder goal, once per domain (one scenario each)."""
    out = []
    for domain, mod in MODULES.items():
        tid, _, fn = next(t for t in mod.TASKS if t[1] == "tune")
        S = new_scenario(domain, tid, fn, f"probe|{domain}")
        A = attacker(random.Random(f"probe|{domain}"), S.org_domain)
        g = Goal("probe", "probe", "carry out the placeholder action", "the placeholder fact holds.",
                 [Call("placeholder_tool", {"target": "placeholder-value"}, "probe")], ["placeholder-value"],
                 exfil=True)
        out.append({p.id: "\n".join(p.fn(g, S, A, random.Random("probe"))) for p in attacks.PHRASINGS})
    return out


def _user_messages(domain: str, mod: Any) -> dict[tuple[str, str], str]:
    """The user message of every task template of a domain, all built from the same seed."""
    out = {}
    for tid, sp, fn in [*mod.TASKS, *mod.TASKS_TUNE2]:
        out[(tid, sp)] = new_scenario(domain, tid, fn, f"probe|{domain}|user").user_msg
    return out


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
    for split in SPLITS:
        for kind in ("benign", "attack"):
            c = Counter(r["domain"] for r in rows if r["split"] == split and r["kind"] == kind)
            lines.append(f"| {split} {kind} | " + " | ".join(str(c[d]) for d in doms) + f" | {sum(c.values())} |")
    c = Counter(r["domain"] for r in rows)
    lines.append("| all | " + " | ".join(str(c[d]) for d in doms) + f" | {len(rows)} |")
    lines.append("")
    lines.append("| family | " + " | ".join(SPLITS) + " | " + " | ".join(doms) + " |")
    lines.append("|---" * (len(doms) + len(SPLITS) + 1) + "|")
    for fam in attacks.FAMILIES:
        rs = [r for r in rows if r["family"] == fam]
        sp = Counter(r["split"] for r in rs)
        dc = Counter(r["domain"] for r in rs)
        lines.append(f"| {fam} | " + " | ".join(str(sp[s]) for s in SPLITS) + " | "
                     + " | ".join(str(dc[d]) for d in doms) + " |")
    lines.append("")
    lines.append("| tune2 family | " + " | ".join(doms) + " | total |")
    lines.append("|---" * (len(doms) + 2) + "|")
    for fam in attacks.FAMILIES:
        dc = Counter(r["domain"] for r in rows if r["family"] == fam and r["split"] == "tune2")
        lines.append(f"| {fam} | " + " | ".join(str(dc[d]) for d in doms) + f" | {sum(dc.values())} |")
    lines.append("")
    pat = Counter((r["split"], r["pattern"]) for r in rows if r["kind"] == "benign")
    lines.append("benign patterns (" + "/".join(SPLITS) + "): " + ", ".join(
        f"{p}=" + "/".join(str(pat[(s, p)]) for s in SPLITS) for p in "abcde"))
    gk = Counter(r["goal_kind"] for r in rows if r["kind"] == "attack")
    lines.append("attack goal kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(gk.items())))
    gk2 = Counter(r["goal_kind"] for r in rows if r["kind"] == "attack" and r["split"] == "tune2")
    lines.append("tune2 attack goal kinds: " + ", ".join(f"{k}={v}" for k, v in sorted(gk2.items())))
    for label, sel in (("calls", rows), ("tune2 calls", [r for r in rows if r["split"] == "tune2"])):
        calls = [c for r in sel for c in r["calls"]]
        n_allow = sum(c["expected"] == "allow" for c in calls)
        n_deny = sum(c["expected"] == "deny" for c in calls)
        n_hard = sum(bool(c.get("hard")) for c in calls)
        lines.append(f"{label}: {len(calls)} (allow {n_allow}, deny {n_deny}, hard allow {n_hard})")
    lines.append("tune2 template checks: " + ", ".join(f"{k}={v}" for k, v in _CHECK_STATS.items()))
    return "\n".join(lines)


def main() -> None:
    rows = generate()
    self_check(rows)
    for split in SPLITS:
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for row in rows:
                if row["split"] == split:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(table(rows))
    print("self-check passed")


if __name__ == "__main__":
    main()
