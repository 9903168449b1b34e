"""``arbiter providers``, ``arbiter models`` and ``arbiter usage``, run in-process against a SQLite file."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from arbiter.audit import query as audit_query
from arbiter.db.engine import Database
from arbiter.llm.budget import BudgetStore, window_bounds
from tests.clikit import Run, cli_env, runner

SECRET = "sk-cli-SECRET-61f0"
UNKNOWN_ID = "no-such-model-7f3a"
CATALOG = f"""
providers:
  oai: {{protocol: openai, base_url: "https://api.openai.test/v1/", api_key_env: ARB_T_CLI_KEY}}
  ant: {{protocol: anthropic, base_url: "https://api.anthropic.test", timeout_s: 20}}
models:
  gpt-a:
    provider: oai
    context_window: 64000
    max_output_tokens: 2000
    tier: 2
    images: true
    prices: {{input: 2.5, output: 10}}
  claude-x: {{provider: ant, upstream_id: {UNKNOWN_ID}, tools: false, streaming: false}}
"""



@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The commands' environment: their own data dir and SQLite store, nothing else of ARBITER_*."""
    url = cli_env(tmp_path, monkeypatch)
    monkeypatch.setenv("ARB_T_CLI_KEY", SECRET)
    return url


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    return runner(capsys)


@pytest.fixture
def db(db_url: str, run: Run) -> Iterator[Database]:
    assert run("migrate")[0] == 0
    database = Database(db_url)
    yield database
    database.dispose()


def rows(out: str) -> list[list[str]]:
    return [line.split() for line in out.splitlines()]


def admin_actions(db: Database) -> list[tuple[str, str, str]]:
    return [(r.admin.action, r.admin.target, r.admin.actor)
            for r in audit_query.export(db, audit_query.AuditFilter(kind="admin")) if r.admin]


def test_providers_put_list_delete(run: Run, db: Database, tmp_path: Path) -> None:
    code, out, err = run("providers", "put", "oai", "--protocol", "openai", "--base-url",
                         "https://api.openai.test/v1/", "--key-env", "ARB_T_CLI_KEY", "--timeout", "30")
    assert code == 0, err
    assert json.loads(out) == {"name": "oai", "protocol": "openai", "base_url": "https://api.openai.test/v1",
                               "timeout_s": 30.0, "key_source": "env:ARB_T_CLI_KEY", "key_present": True}
    key_file = tmp_path / "ant.key"
    code, out, err = run("providers", "put", "ant", "--protocol", "anthropic", "--base-url",
                         "https://api.anthropic.test", "--key-file", str(key_file))
    assert code == 0, err
    assert json.loads(out)["key_present"] is False  # the file is not there yet

    code, out, _ = run("providers", "list")
    assert code == 0 and SECRET not in out
    assert rows(out) == [["NAME", "PROTOCOL", "BASE", "URL", "KEY", "FROM", "KEY", "SET"],
                         ["ant", "anthropic", "https://api.anthropic.test", f"file:{key_file}", "no"],
                         ["oai", "openai", "https://api.openai.test/v1", "env:ARB_T_CLI_KEY", "yes"]]
    key_file.write_text(SECRET)
    code, out, _ = run("providers", "list")
    assert rows(out)[1][-1] == "yes" and SECRET not in out

    # Bad fields: refused with the catalog's error code, nothing changed.
    for args, field in ((("--base-url", "ftp://files.test"), "base_url"),
                        (("--base-url", "https://x.test", "--key-file", "relative.key"), "api_key_file"),
                        (("--base-url", "https://x.test", "--key-env", "A", "--key-file", "/k"), "api_key_env"),
                        (("--base-url", "https://x.test", "--timeout", "0"), "timeout_s")):
        code, out, err = run("providers", "put", "oai", "--protocol", "openai", *args)
        assert code == 1 and out == ""
        assert err.startswith("error: INVALID_CATALOG: "), err
        assert json.loads(err.split("\n", 1)[1]) == {"field": field}
    with pytest.raises(SystemExit) as exc:
        run("providers", "put", "oai", "--protocol", "grpc", "--base-url", "https://x.test")
    assert exc.value.code == 2
    assert json.loads(run("providers", "put", "oai", "--protocol", "openai", "--base-url",
                          "https://api.openai.test/v1", "--key-env", "ARB_T_CLI_KEY", "--timeout", "30")[1]) \
        ["timeout_s"] == 30.0

    code, out, _ = run("providers", "delete", "ant")
    assert (code, out) == (0, "provider ant deleted\n")
    code, _, err = run("providers", "delete", "ant")
    assert code == 1 and err.startswith("error: NOT_FOUND: ")
    assert [r[0] for r in rows(run("providers", "list")[1])] == ["NAME", "oai"]

    actions = admin_actions(db)
    assert [(a, t) for a, t, _ in actions] == [("provider.create", "provider:oai"), ("provider.create", "provider:ant"),
                                               ("provider.delete", "provider:ant")]
    assert all(actor.startswith("cli") for _, _, actor in actions)
    assert SECRET not in str(actions)


def test_models_apply_list_show_delete(run: Run, db: Database, tmp_path: Path) -> None:
    cat = tmp_path / "catalog.yaml"
    cat.write_text(CATALOG)
    code, out, err = run("models", "apply", str(cat))
    assert (code, out) == (0, "catalog applied: 2 provider(s), 2 model(s)\n"), err
    # Applying it again changes nothing and records nothing.
    n = len(admin_actions(db))
    assert run("models", "apply", str(cat))[1] == out and len(admin_actions(db)) == n

    code, out, _ = run("models", "list")
    assert code == 0
    assert rows(out) == [
        ["NAME", "PROVIDER", "UPSTREAM", "ID", "WINDOW", "TIER", "$/MTOK", "IN/OUT", "SUPPORTS"],
        ["claude-x", "ant", UNKNOWN_ID, "128000", "1", "-"],
        ["gpt-a", "oai", "gpt-a", "64000", "2", "2.5/10", "(operator)", "tools,streaming,images"]]

    code, out, _ = run("models", "show", "gpt-a")
    assert code == 0 and json.loads(out) == {"name": "gpt-a", "provider": "oai", "context_window": 64000,
                                             "max_output_tokens": 2000, "images": True, "tier": 2,
                                             "prices": {"input": 2.5, "output": 10.0}}
    assert json.loads(run("models", "show", "claude-x")[1]) == {"name": "claude-x", "provider": "ant",
                                                                "upstream_id": UNKNOWN_ID, "tools": False,
                                                                "streaming": False}
    code, _, err = run("models", "show", "nope")
    assert code == 1 and err.startswith("error: NOT_FOUND: ")
    assert [r[:3] for r in rows(run("providers", "list")[1])[1:]] == [
        ["ant", "anthropic", "https://api.anthropic.test"], ["oai", "openai", "https://api.openai.test/v1"]]

    # A document with one bad model stores nothing of it, and names the file and the field.
    bad = tmp_path / "bad.yaml"
    bad.write_text("providers:\n  new: {protocol: openai, base_url: 'https://new.test/v1'}\n"
                   "models:\n  fine: {provider: new}\n  broken: {provider: new, tier: 11}\n")
    before = run("models", "list")[1]
    code, out, err = run("models", "apply", str(bad))
    assert code == 1 and out == "" and err.startswith("error: INVALID_")
    assert "bad.yaml" in err and '"field": "tier"' in err
    assert run("models", "list")[1] == before
    assert "new" not in [r[0] for r in rows(run("providers", "list")[1])]
    for text, what in (("models: [1, 2]\n", "not a mapping"), ("models: {m: {provider: oai, colour: red}}\n",
                                                               "unknown field")):
        bad.write_text(text)
        code, _, err = run("models", "apply", str(bad))
        assert code == 1 and "bad.yaml" in err, what
    assert run("models", "list")[1] == before

    # A directory: every catalog file in it.
    d = tmp_path / "more"
    d.mkdir()
    (d / "a.yaml").write_text("models:\n  gpt-b: {provider: oai, prices: {input: 1, output: 2}}\n")
    (d / "b.json").write_text('{"models": {"gpt-c": {"provider": "oai", "upstream_id": "x-c"}}}')
    assert run("models", "apply", str(d))[1] == "catalog applied: 0 provider(s), 2 model(s)\n"

    # Deleting: a used provider and a model an allowlist names stay.
    code, _, err = run("providers", "delete", "oai")
    assert code == 1 and err.startswith("error: CONFLICT: ") and '"gpt-a"' in err
    al = tmp_path / "pol.yaml"
    al.write_text("name: pol\ntenant: acme\ntools: {}\nmodels:\n  allow: [gpt-a]\n")
    assert run("allowlists", "apply", str(al))[0] == 0
    code, _, err = run("models", "delete", "gpt-a")
    assert code == 1 and err.startswith("error: CONFLICT: ") and '"pol"' in err
    code, out, _ = run("models", "delete", "gpt-b")
    assert (code, out) == (0, "model gpt-b deleted\n")
    assert [r[0] for r in rows(run("models", "list")[1])[1:]] == ["claude-x", "gpt-a", "gpt-c"]
    code, _, err = run("models", "delete", "gpt-b")
    assert code == 1 and err.startswith("error: NOT_FOUND: ")

    # An allowlist naming a model the catalog lacks is refused.
    al.write_text("name: pol\ntenant: acme\ntools: {}\nmodels:\n  allow: [gpt-a, gpt-z]\n")
    code, _, err = run("allowlists", "apply", str(al))
    assert code == 1 and err.startswith("error: INVALID_ALLOWLIST: ") and '"gpt-z"' in err

    model_actions = sorted(a for a, t, _ in admin_actions(db) if t.startswith("model:"))
    assert model_actions == ["model.create"] * 4 + ["model.delete"]


def test_usage(run: Run, db: Database) -> None:
    header = ["TENANT", "AGENT_ID", "MODEL", "REQUESTS", "INPUT", "TOKENS", "OUTPUT", "TOKENS", "COST", "USD"]
    code, out, _ = run("usage")
    assert code == 0 and rows(out) == [header]

    store = BudgetStore(db)
    for tenant, agent, model, tin, tout, micros in (("acme", "a1", "m1", 100, 10, 1500),
                                                    ("acme", "a1", "m1", 200, 20, 2500),
                                                    ("acme", "a2", "m2", 5, 5, 10),
                                                    ("globex", "g1", "m1", 1000, 100, 1_000_000)):
        store.settle(None, tenant=tenant, agent_id=agent, model=model, tokens_in=tin, tokens_out=tout, micros=micros)

    assert rows(run("usage")[1]) == [header, ["acme", "a1", "m1", "2", "300", "30", "0.004000"],
                                     ["acme", "a2", "m2", "1", "5", "5", "0.000010"],
                                     ["globex", "g1", "m1", "1", "1000", "100", "1.000000"]]
    assert rows(run("usage", "--group-by", "model", "--window", "month")[1]) == [
        ["MODEL", "REQUESTS", "INPUT", "TOKENS", "OUTPUT", "TOKENS", "COST", "USD"],
        ["m1", "3", "1300", "130", "1.004000"], ["m2", "1", "5", "5", "0.000010"]]
    assert rows(run("usage", "--group-by", "agent_id", "--tenant", "acme", "--model", "m1")[1])[1:] == [
        ["a1", "2", "300", "30", "0.004000"]]
    assert rows(run("usage", "--agent", "g1", "--group-by", "tenant")[1])[1:] == [
        ["globex", "1", "1000", "100", "1.000000"]]
    next_hour = window_bounds("hour", time.time())[1]
    assert rows(run("usage", "--since", str(next_hour))[1]) == [header]


def test_usage_with_an_unknown_group_is_an_error(run: Run, db: Database) -> None:
    code, _, err = run("usage", "--group-by", "tenant,tool")
    assert code == 1 and err.startswith("error: ")
