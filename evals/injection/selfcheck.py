"""The self-check shared by the hand-written held-out splits (test3.py to test7.py).

Each split keeps its own name, ``NAMES``, families and extra rules (required counts, languages, quiet or subtle
attacks) and calls these on top of ``handwritten.check_and_write``'s checks:

* ``check_rows(rows, split, families, ...)``: every row carries the split's name and a family exactly when it is an
  attack, benign rows a pattern; every IBAN (in call arguments and in message text) passes its checksum; no ``deny``
  call equals an ``allow`` call of its scenario and only ``allow`` calls are ``hard``; each attacker value occurs
  (after NFKC, with zero-width characters and soft hyphens removed, spaces ignored) in untrusted output and in a
  ``deny`` call, never in the system or user messages, trusted output or earlier calls.
* ``uniqueness_check(rows, split, names)``: no address, domain, URL, IBAN or name of the split and no sentence of its
  user messages or untrusted output occurs in another file of the suite (this split's own files and its own
  ``## <split>`` section of README.md excluded). Values match as whole words (a name inside a longer word is no
  clash); IBANs also match with the spaces removed. This file names no value of any split, so it clashes with none.
* ``print_table``, ``print_families``, ``print_patterns``: the shared lines of the splits' summaries.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from domains import DOMAINS

HERE = Path(__file__).resolve().parent
Row = dict[str, Any]

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
URL_RE = re.compile(r"https?://[^\s\"'<>\\)]+")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
IBAN_FLAT_RE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
IBAN_KEYS = ("recipient_iban", "iban")


def norm(text: str) -> str:
    """NFKC, without zero-width characters and soft hyphens."""
    return unicodedata.normalize("NFKC", text).translate(INVISIBLE)


def iban_ok(iban: str) -> bool:
    """The ISO 13616 checksum (spaces ignored)."""
    s = iban.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def untrusted(domain: str) -> set[str]:
    """The domain's tools whose results are untrusted (``openWorldHint``)."""
    return {t["name"] for t in DOMAINS[domain] if t["annotations"].get("openWorldHint")}


def strings(obj: Any) -> list[str]:
    """Every string in a JSON value."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings(v)]
    return []


def texts(content: str) -> list[str]:
    """The strings of a tool result (the JSON values if it is JSON)."""
    try:
        return strings(json.loads(content))
    except ValueError:
        return [content]


def untrusted_output(row: Row) -> list[str]:
    """The contents of the row's untrusted tool results."""
    names = untrusted(row["domain"])
    return [m["content"] for m in row["messages"] if m["role"] == "tool" and m["name"] in names]


def check_rows(rows: list[Row], split: str, families: Iterable[str], *, own_call: bool = False,
               min_family: int | Mapping[str, int] = 0) -> None:
    """The checks every hand-written held-out split makes on its rows.

    ``own_call``: every attack also holds an ``allow`` call (the user's own). ``min_family``: the fewest rows of each
    family, one number for all or one per family.
    """
    families = tuple(families)
    for r in rows:
        assert r["split"] == split, r["id"]
        assert (r["kind"] == "attack") == (r["family"] in families), r["id"]
        assert r["kind"] == "attack" or r.get("pattern") in {"a", "b", "c", "d", "e"}, r["id"]
        earlier = [c["arguments"] for m in r["messages"] for c in m.get("tool_calls", [])]
        for args in earlier + [c["arguments"] for c in r["calls"]]:
            for key in IBAN_KEYS:
                if key in args:
                    assert iban_ok(args[key]), (r["id"], args[key])
        for m in r["messages"]:
            for iban in IBAN_RE.findall(norm(m["content"])):
                assert iban_ok(iban), (r["id"], iban)
        allowed = [(c["tool"], c["arguments"]) for c in r["calls"] if c["expected"] == "allow"]
        for c in r["calls"]:
            assert c["expected"] != "deny" or (c["tool"], c["arguments"]) not in allowed, r["id"]
            assert c["expected"] == "allow" or not c.get("hard"), r["id"]
        if r["kind"] != "attack":
            continue
        assert allowed or not own_call, (r["id"], "every attack also holds the user's own call")
        names = untrusted(r["domain"])
        trusted = [m["content"] for m in r["messages"] if m["role"] in {"system", "user"}
                   or (m["role"] == "tool" and m["name"] not in names)] + [json.dumps(a) for a in earlier]
        trusted_flat = norm(" ".join(trusted)).replace(" ", "")
        outside_flat = norm(" ".join(untrusted_output(r))).replace(" ", "")
        deny_args = json.dumps([c["arguments"] for c in r["calls"] if c["expected"] == "deny"], ensure_ascii=False)
        deny_flat = norm(deny_args).replace(" ", "")
        for v in r["attacker_values"]:
            key = norm(v).replace(" ", "")
            assert key in outside_flat, (r["id"], v, "attacker value not in untrusted output")
            assert key not in trusted_flat, (r["id"], v, "attacker value in trusted text")
            assert key in deny_flat, (r["id"], v, "attacker value not in a deny call")
    for family in families:
        n = sum(r["family"] == family for r in rows)
        least = min_family if isinstance(min_family, int) else min_family.get(family, 0)
        assert n >= least, (family, n)


def values(rows: list[Row], names: Iterable[str]) -> set[str]:
    """Addresses, domains, URLs, IBANs (without spaces) and names of a split."""
    text = norm(json.dumps(rows, ensure_ascii=False)).replace("\\n", " ")
    emails = set(EMAIL_RE.findall(text))
    urls = {u.rstrip(".,;:") for u in URL_RE.findall(text)}
    domains = {e.split("@", 1)[1] for e in emails} | {u.split("/")[2].split("?")[0] for u in urls}
    ibans = {i.replace(" ", "") for r in rows for m in r["messages"] for i in IBAN_RE.findall(norm(m["content"]))}
    ibans |= {c["arguments"][k].replace(" ", "") for r in rows for c in r["calls"]
              for k in IBAN_KEYS if k in c["arguments"]}
    return emails | urls | domains | ibans | {norm(n) for n in names}


def suite_text(split: str) -> tuple[str, str]:
    """The text of every other file of the suite, lower-cased, as is and without spaces.

    The split's own files (``<split>.*``) and its own section of README.md (``## <split>``) are left out.
    """
    parts = []
    for path in sorted(HERE.iterdir()):
        if not path.is_file() or path.name.startswith(f"{split}.") or path.suffix not in {".py", ".jsonl", ".md"}:
            continue
        text = path.read_text(encoding="utf-8")
        if path.name == "README.md":  # this split's own section is not another file's text
            head, sep, tail = text.partition(f"\n## {split}\n")
            text = head + (tail[tail.find("\n## "):] if sep and "\n## " in tail else "")
        if path.suffix == ".jsonl":
            text = "\n".join(s for line in text.splitlines() if line.strip() for s in strings(json.loads(line)))
        parts.append(norm(text))
    hay = "\n".join(parts).lower()
    return hay, re.sub(r"\s+", "", hay)


def clashes(found: Iterable[str], hay: str, hay_flat: str) -> list[str]:
    """The values that occur in ``hay`` as whole words (IBANs also in ``hay_flat``, without spaces)."""
    return sorted(v for v in found if re.search(rf"(?<!\w){re.escape(v.lower())}(?!\w)", hay)
                  or (" " not in v and IBAN_FLAT_RE.fullmatch(v) and v.lower() in hay_flat))


def uniqueness_check(rows: list[Row], split: str, names: Iterable[str]) -> None:
    """Fail if a value or a sentence of the split occurs in another file of the suite; print only ours."""
    hay, hay_flat = suite_text(split)
    shared = clashes(values(rows, names), hay, hay_flat)
    sentences: set[str] = set()
    for r in rows:
        found = [m["content"] for m in r["messages"] if m["role"] == "user"]
        found += [t for content in untrusted_output(r) for t in texts(content)]
        for t in found:
            for piece in re.split(r"(?<=[.!?:;])\s+|\n+", norm(t)):
                if len(piece.strip()) >= 40 and piece.strip().lower() in hay:
                    sentences.add(piece.strip())
    for v in shared:
        print("value also used elsewhere in the suite:", v)
    for p in sorted(sentences):
        print("sentence also used elsewhere in the suite:", p)
    assert not shared and not sentences, f"{split} shares values or sentences with another file of the suite"


def _line(label: str, counts: list[int]) -> None:
    print(label.ljust(14) + "".join(str(n).rjust(11) for n in counts) + str(sum(counts)).rjust(8))


def print_table(rows: list[Row], split: str, extra: Iterable[tuple[str, Callable[[Row], bool]]] = ()) -> None:
    """Scenarios per kind (and per ``extra`` label and predicate) and calls per expectation, per domain."""
    domains = list(DOMAINS)
    print(split.ljust(14) + "".join(x.rjust(11) for x in domains) + "total".rjust(8))
    for label, pred in (("benign", lambda r: r["kind"] == "benign"), ("attack", lambda r: r["kind"] == "attack"),
                        *extra):
        _line(label, [sum(pred(r) for r in rows if r["domain"] == x) for x in domains])
    for label, exp in (("deny calls", "deny"), ("allow calls", "allow")):
        _line(label, [sum(c["expected"] == exp for r in rows if r["domain"] == x for c in r["calls"]) for x in domains])


def print_families(rows: list[Row], families: Iterable[str]) -> None:
    print("families:", ", ".join(f"{f} {sum(r['family'] == f for r in rows)}" for f in families))


def print_patterns(rows: list[Row]) -> None:
    print("patterns:", ", ".join(f"{p} = {sum(r.get('pattern') == p for r in rows)}" for p in "abcde"))


def print_summary(rows: list[dict[str, Any]], split: str, families: Any, quiet: set[str],
                  languages: dict[str, dict[str, str]]) -> None:
    """The summary test7 and test8 print: the table, hard calls, quiet attacks, families, patterns, languages."""
    print_table(rows, split)
    hard = [(r["kind"], c) for r in rows for c in r["calls"] if c.get("hard")]
    attacks = [r for r in rows if r["kind"] == "attack"]
    print(f"hard allow calls: {len(hard)} ({sum(k == 'benign' for k, _ in hard)} benign, "
          f"{sum(k == 'attack' for k, _ in hard)} attack); attacks with the user's own call: "
          f"{sum(any(c['expected'] == 'allow' for c in r['calls']) for r in attacks)}/{len(attacks)}; "
          f"quiet attacks: {sum(r['id'] in quiet for r in attacks)}/{len(attacks)}")
    print_families(rows, families)
    print("quiet families:", ", ".join(f"{f} {sum(r['family'] == f and r['id'] in quiet for r in rows)}"
                                       for f in families if any(r['family'] == f and r['id'] in quiet for r in rows)))
    print_patterns(rows)
    langs: dict[str, int] = {}
    for per in languages.values():
        for lang in per.values():
            langs[lang] = langs.get(lang, 0) + 1
    print(f"not English: {sum(langs.values())}/{len(rows)} conversations;",
          ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda kv: -kv[1])))
