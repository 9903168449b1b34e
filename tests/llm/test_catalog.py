"""The model catalog on a real store (SQLite and PostgreSQL): validation, default prices, keys that are
never stored, audited changes, and consistency with the allowlists that name its models."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path
from typing import Any

import msgspec
import pytest
from sqlalchemy import select

from arbiter.audit import query as audit_query
from arbiter.audit.store import AuditStore
from arbiter.db.models import llm_catalog
from arbiter.errors import BadRequest, Conflict, InvalidPolicy, NotFound
from arbiter.llm.catalog import (
    Catalog,
    CatalogDocument,
    Model,
    Prices,
    Provider,
    ProviderView,
    check_provider,
    default_prices,
)
from arbiter.policy.tools import tool_checks
from arbiter.registry import Registry, digest
from arbiter.service import Arbiter

OAI = Provider(name="oai", protocol="openai", base_url="https://api.openai.test/v1/", api_key_env="OAI_TEST_KEY")
ANT = Provider(name="ant", protocol="anthropic", base_url="https://api.anthropic.test")
PRICED = Prices(input=2.5, output=10.0, cached_input=1.25)
UNKNOWN_ID = "no-such-model-7f3a"  # genai-prices knows no such id


def admin_records(svc: Arbiter) -> list[Any]:
    """The admin changes in the audit trail, oldest first."""
    return [r.admin for r in audit_query.export(svc.db, audit_query.AuditFilter(kind="admin")) if r.admin]


def catalog_rows(svc: Arbiter) -> dict[tuple[str, str], str]:
    with svc.db.read.connect() as conn:
        rows = conn.execute(select(llm_catalog.c.kind, llm_catalog.c.name, llm_catalog.c.document)).all()
    return {(r.kind, r.name): r.document for r in rows}


def allowlist(name: str, models: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    doc: dict[str, Any] = {"name": name, "tenant": "acme", "tools": {}}
    if models is not None:
        doc["models"] = models
    return f"{name}.yaml", doc


def require_genai_prices() -> None:
    if importlib.util.find_spec("genai_prices") is None:
        pytest.fail("genai-prices is not installed (a dependency): default prices would silently stay empty",
                    pytrace=False)


def put_basics(svc: Arbiter) -> None:
    svc.catalog.put_provider(OAI, actor="t")
    svc.catalog.put_provider(ANT, actor="t")


# ---- providers and models ---------------------------------------------------------------------

def test_put_and_get_providers_and_models(svc: Arbiter) -> None:
    cat = svc.catalog
    stored = cat.put_provider(OAI, actor="t")
    assert stored.base_url == "https://api.openai.test/v1"  # the trailing slash is dropped
    assert cat.provider("oai") == stored
    model = cat.put_model(Model(name="gpt", provider="oai", upstream_id="gpt-x", context_window=8000,
                                max_output_tokens=1000, images=True, tier=3, prices=PRICED), actor="t")
    assert model.prices == PRICED and model.upstream == "gpt-x"
    assert cat.model("gpt") == model
    assert Model(name="plain", provider="oai").upstream == "plain"

    # Durable: a fresh catalog over the same store reads the same things back.
    fresh = Catalog(svc.registry).snapshot()
    assert fresh.providers == {"oai": stored} and fresh.models == {"gpt": model}

    with pytest.raises(NotFound):
        cat.provider("nope")
    with pytest.raises(NotFound):
        cat.model("nope")

    # A model of an unknown provider is refused, and nothing is stored.
    with pytest.raises(BadRequest) as exc:
        cat.put_model(Model(name="orphan", provider="ghost", prices=PRICED), actor="t")
    assert exc.value.code == "INVALID_CATALOG" and exc.value.details == {"field": "provider"}
    assert ("model", "orphan") not in catalog_rows(svc)
    with pytest.raises(NotFound):
        cat.model("orphan")


def test_cost_in_micro_dollars() -> None:
    m = Model(name="m", provider="p", prices=PRICED)
    # 600 uncached input at 2.5, 400 cached at 1.25, 100 output at 10 (dollars per million = micros per token)
    assert m.cost_micros(1000, 100, cached_tokens=400) == 600 * 2.5 + 400 * 1.25 + 100 * 10
    assert m.cost_micros(20, 0, cached_tokens=50) == 20 * 1.25  # cached tokens are part of the input
    assert m.cost_micros(1, 0) == 2 and m.cost_micros(3, 0) == 8  # rounded to whole micros (7.5 -> 8)
    no_cached_rate = Model(name="m", provider="p", prices=Prices(input=3, output=4))
    assert no_cached_rate.cost_micros(100, 10, cached_tokens=100) == 100 * 3 + 10 * 4
    assert Model(name="m", provider="p").cost_micros(1000, 1000) is None


BAD_PROVIDERS: list[tuple[dict[str, Any], str]] = [
    ({"name": "has space"}, "name"),
    ({"name": ""}, "name"),
    ({"base_url": "ftp://example.com"}, "base_url"),
    ({"base_url": "api.openai.com/v1"}, "base_url"),
    ({"base_url": "https://"}, "base_url"),
    ({"api_key_env": "K", "api_key_file": "/run/k"}, "api_key_env"),
    ({"api_key_env": None, "api_key_file": "keys/openai"}, "api_key_file"),
    ({"api_key_env": "1BAD"}, "api_key_env"),
    ({"api_key_env": "BAD-NAME"}, "api_key_env"),
    ({"api_key_env": ""}, "api_key_env"),
    ({"timeout_s": 0}, "timeout_s"),
    ({"timeout_s": -1}, "timeout_s"),
    ({"timeout_s": 3601}, "timeout_s"),
    ({"timeout_s": math.nan}, "timeout_s"),
]


def test_bad_provider_fields_are_refused_and_change_nothing(svc: Arbiter) -> None:
    cat = svc.catalog
    cat.put_provider(OAI, actor="t")
    before, n_records = catalog_rows(svc), len(admin_records(svc))
    for change, field in BAD_PROVIDERS:
        bad = msgspec.structs.replace(OAI, **change)
        with pytest.raises(BadRequest) as exc:
            cat.put_provider(bad, actor="t")
        assert (exc.value.code, exc.value.details.get("field")) == ("INVALID_CATALOG", field), change
    assert catalog_rows(svc) == before and len(admin_records(svc)) == n_records
    assert cat.provider("oai").base_url == "https://api.openai.test/v1"
    # The edges that are fine.
    for change in ({"timeout_s": 3600}, {"timeout_s": 0.001}, {"api_key_env": "_K9"},
                   {"api_key_env": None, "api_key_file": "/run/secrets/k"}, {"base_url": "http://127.0.0.1:9"}):
        assert cat.put_provider(msgspec.structs.replace(OAI, **change), actor="t")



@pytest.mark.parametrize("url", ["http://a b.test/v1", "https://x.test/v1 ", "http://x.test\n/v1",
                                 "https://x.test/v1?key=1"])
def test_a_base_url_is_a_whole_url(url: str) -> None:
    with pytest.raises(BadRequest):
        check_provider(msgspec.structs.replace(OAI, base_url=url))

BAD_MODELS: list[tuple[dict[str, Any], str]] = [
    ({"name": "auto"}, "name"),
    ({"name": "a b"}, "name"),
    ({"context_window": 0}, "context_window"),
    ({"context_window": -5}, "context_window"),
    ({"context_window": 100_000_001}, "context_window"),
    ({"context_window": 1000, "max_output_tokens": 1001}, "max_output_tokens"),
    ({"max_output_tokens": 0}, "max_output_tokens"),
    ({"tier": 11}, "tier"),
    ({"tier": -1}, "tier"),
    ({"prices": Prices(input=-0.01, output=1)}, "prices"),
    ({"prices": Prices(input=1, output=math.nan)}, "prices"),
    ({"prices": Prices(input=math.nan, output=1)}, "prices"),
    ({"prices": Prices(input=1, output=1, cached_input=math.nan)}, "prices"),
    ({"prices": Prices(input=1, output=1, cached_input=-1)}, "prices"),
    ({"prices": Prices(input=10_001, output=1)}, "prices"),
    ({"prices": Prices(input=1, output=math.inf)}, "prices"),
]


def test_bad_model_fields_are_refused_and_change_nothing(svc: Arbiter) -> None:
    cat = svc.catalog
    cat.put_provider(OAI, actor="t")
    good = Model(name="m", provider="oai", prices=PRICED)
    cat.put_model(good, actor="t")
    before, n_records = catalog_rows(svc), len(admin_records(svc))
    for change, field in BAD_MODELS:
        with pytest.raises(BadRequest) as exc:
            cat.put_model(msgspec.structs.replace(good, **change), actor="t")
        assert (exc.value.code, exc.value.details.get("field")) == ("INVALID_CATALOG", field), change
    assert catalog_rows(svc) == before and len(admin_records(svc)) == n_records
    assert cat.model("m") == good
    # The edges that are fine.
    edge = msgspec.structs.replace(good, context_window=1000, max_output_tokens=1000, tier=10,
                                   prices=Prices(input=0, output=10_000, cached_input=0))
    assert cat.put_model(edge, actor="t") == edge
    assert cat.put_model(msgspec.structs.replace(edge, tier=0), actor="t").tier == 0


# ---- prices -----------------------------------------------------------------------------------

def test_prices_default_from_genai_prices_and_operator_prices_win(svc: Arbiter) -> None:
    require_genai_prices()
    put_basics(svc)
    cat = svc.catalog
    mini = cat.put_model(Model(name="gpt-4o-mini", provider="oai"), actor="t")
    assert mini.prices is not None and mini.prices.source == "genai-prices"
    assert 0 < mini.prices.input < mini.prices.output
    assert mini.prices.cached_input is not None and 0 < mini.prices.cached_input < mini.prices.input
    # The upstream id is what is looked up, not the name; the anthropic protocol finds Anthropic's prices.
    alias = cat.put_model(Model(name="small", provider="oai", upstream_id="gpt-4o-mini"), actor="t")
    assert alias.prices == mini.prices
    haiku = cat.put_model(Model(name="haiku", provider="ant", upstream_id="claude-3-5-haiku-20241022"), actor="t")
    assert haiku.prices is not None and haiku.prices.source == "genai-prices" and haiku.prices.input > 0
    # Stored with the prices (what a budget is charged with does not change with the library version).
    assert Catalog(svc.registry).snapshot().models["small"].prices == mini.prices

    unknown = cat.put_model(Model(name="mystery", provider="oai", upstream_id=UNKNOWN_ID), actor="t")
    assert unknown.prices is None and cat.model("mystery").prices is None
    assert default_prices("openai", UNKNOWN_ID) is None

    mine = Prices(input=1.0, output=2.0)
    own = cat.put_model(Model(name="gpt-4o-mini", provider="oai", prices=mine), actor="t")
    assert own.prices == mine and own.prices.source == "operator"
    assert cat.model("gpt-4o-mini").prices == mine


def test_a_default_priced_model_put_again_is_unchanged(svc: Arbiter) -> None:
    require_genai_prices()
    put_basics(svc)
    svc.catalog.put_model(Model(name="gpt-4o-mini", provider="oai"), actor="t")
    n, version = len(admin_records(svc)), svc.registry.snapshot.version
    svc.catalog.put_model(Model(name="gpt-4o-mini", provider="oai"), actor="t")
    assert len(admin_records(svc)) == n and svc.registry.snapshot.version == version


# ---- keys -------------------------------------------------------------------------------------

def test_the_key_is_read_when_asked_and_never_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("OAI_TEST_KEY", raising=False)
    p = msgspec.structs.replace(OAI, base_url="https://api.openai.test/v1")
    assert p.key() == ""
    assert ProviderView.of(p).key_present is False
    monkeypatch.setenv("OAI_TEST_KEY", "sk-first-SECRET-1111")
    assert p.key() == "sk-first-SECRET-1111"
    monkeypatch.setenv("OAI_TEST_KEY", "sk-rotated-SECRET-2222")
    assert p.key() == "sk-rotated-SECRET-2222"  # a rotated key counts at once
    view = ProviderView.of(p)
    assert (view.key_source, view.key_present, view.base_url) == ("env:OAI_TEST_KEY", True, p.base_url)
    assert "SECRET" not in msgspec.json.encode(view).decode()

    key_file = tmp_path / "key"
    f = Provider(name="f", protocol="anthropic", base_url="https://a.test", api_key_file=str(key_file))
    assert f.key() == "" and ProviderView.of(f).key_present is False  # no file yet: no key, no error
    key_file.write_text("sk-file-SECRET-3333\n")
    assert f.key() == "sk-file-SECRET-3333"
    key_file.write_text("sk-file-SECRET-4444")
    assert f.key() == "sk-file-SECRET-4444"
    fview = ProviderView.of(f)
    assert (fview.key_source, fview.key_present) == (f"file:{key_file}", True)
    assert "SECRET" not in msgspec.json.encode(fview).decode()

    none = Provider(name="n", protocol="openai", base_url="http://local.test/v1")
    assert none.key() == "" and ProviderView.of(none).key_source is None


def test_the_store_and_the_audit_trail_hold_no_key(svc: Arbiter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAI_TEST_KEY", "sk-stored-SECRET-5555")
    svc.catalog.put_provider(OAI, actor="t")
    assert svc.catalog.provider("oai").key() == "sk-stored-SECRET-5555"
    assert "SECRET" not in str(catalog_rows(svc))
    assert "SECRET" not in str([msgspec.to_builtins(r) for r in
                                audit_query.export(svc.db, audit_query.AuditFilter())])


# ---- audit ------------------------------------------------------------------------------------

def test_every_change_is_an_admin_record_and_no_change_is_none(svc: Arbiter) -> None:
    cat = svc.catalog
    start = len(admin_records(svc))

    def new() -> list[tuple[str, str, str]]:
        return [(c.action, c.target, c.actor) for c in admin_records(svc)[start:]]

    p = cat.put_provider(OAI, actor="alice")
    version = svc.registry.snapshot.version
    cat.put_provider(OAI, actor="alice")  # identical (after the slash is dropped): nothing happens
    assert svc.registry.snapshot.version == version
    p2 = cat.put_provider(msgspec.structs.replace(OAI, timeout_s=5), actor="alice")
    m = cat.put_model(Model(name="m", provider="oai", prices=PRICED), actor="bob")
    cat.put_model(Model(name="m", provider="oai", prices=PRICED), actor="bob")
    m2 = cat.put_model(Model(name="m", provider="oai", prices=PRICED, tier=4), actor="bob")
    assert new() == [("provider.create", "provider:oai", "alice"), ("provider.update", "provider:oai", "alice"),
                     ("model.create", "model:m", "bob"), ("model.update", "model:m", "bob")]
    create_p, update_p, create_m, update_m = admin_records(svc)[start:]
    assert create_p.before_digest is None and create_p.after_digest == digest(msgspec.to_builtins(p))
    assert update_p.before_digest == create_p.after_digest and update_p.after_digest == digest(msgspec.to_builtins(p2))
    assert update_m.before_digest == create_m.after_digest == digest(msgspec.to_builtins(m))
    assert update_m.after_digest == digest(msgspec.to_builtins(m2))

    cat.delete_model("m", actor="carol")
    cat.delete_provider("oai", actor="carol")
    assert new()[4:] == [("model.delete", "model:m", "carol"), ("provider.delete", "provider:oai", "carol")]
    assert catalog_rows(svc) == {}
    # Each change bumped the registry version, so every replica reloads.
    assert svc.registry.snapshot.version == version + 5


# ---- deleting ---------------------------------------------------------------------------------

def test_a_provider_in_use_cannot_be_deleted(svc: Arbiter) -> None:
    put_basics(svc)
    cat = svc.catalog
    for name in ("b", "a"):
        cat.put_model(Model(name=name, provider="oai", prices=PRICED), actor="t")
    n = len(admin_records(svc))
    with pytest.raises(Conflict) as exc:
        cat.delete_provider("oai", actor="t")
    assert exc.value.details == {"models": ["a", "b"]}
    assert cat.provider("oai") and len(admin_records(svc)) == n
    cat.delete_provider("ant", actor="t")  # no model uses it
    with pytest.raises(NotFound):
        cat.provider("ant")
    for name in ("a", "b"):
        cat.delete_model(name, actor="t")
    cat.delete_provider("oai", actor="t")
    for call in (lambda: cat.delete_provider("oai", actor="t"), lambda: cat.delete_model("a", actor="t")):
        with pytest.raises(NotFound):
            call()


def test_a_provider_in_use_cannot_be_deleted_from_a_stale_replica(svc: Arbiter) -> None:
    svc.catalog.put_provider(OAI, actor="t")
    other = Registry(svc.db, AuditStore(svc.db), svc.settings.secret, tool_checks=tool_checks())
    other.reload()
    stale = Catalog(other)
    assert "oai" in stale.snapshot().providers
    svc.catalog.put_model(Model(name="m", provider="oai", prices=PRICED), actor="t")  # another replica
    with pytest.raises(Conflict):
        stale.delete_provider("oai", actor="t")


def test_a_model_an_allowlist_names_cannot_be_deleted(svc: Arbiter) -> None:
    put_basics(svc)
    cat = svc.catalog
    for name in ("named", "target", "free"):
        cat.put_model(Model(name=name, provider="oai", prices=PRICED), actor="t")
    svc.registry.apply_allowlists([allowlist("pol", {"allow": ["named"], "aliases": {"fast": ["target"]}}),
                                   allowlist("pol2", {"allow": ["named"]})], actor="t")
    n = len(admin_records(svc))
    with pytest.raises(Conflict) as exc:
        cat.delete_model("named", actor="t")
    assert exc.value.details == {"allowlists": ["pol", "pol2"]}
    with pytest.raises(Conflict) as exc:
        cat.delete_model("target", actor="t")  # named only as an alias's target
    assert exc.value.details == {"allowlists": ["pol"]}
    assert cat.model("named") and cat.model("target") and len(admin_records(svc)) == n
    cat.delete_model("free", actor="t")

    # Once the allowlists stop naming them, they can go.
    svc.registry.apply_allowlists([allowlist("pol", None), allowlist("pol2", {"allow": []})], actor="t")
    cat.delete_model("named", actor="t")
    cat.delete_model("target", actor="t")
    assert svc.catalog.snapshot().models == {}


# ---- whole documents --------------------------------------------------------------------------

GOOD_DOC = CatalogDocument(
    providers={"p": {"protocol": "openai", "base_url": "https://p.test/v1", "api_key_env": "P_KEY"}},
    models={"one": {"provider": "p", "prices": {"input": 1, "output": 2}},
            "two": {"provider": "p", "upstream_id": UNKNOWN_ID, "tier": 2}})


def test_apply_is_all_or_nothing(svc: Arbiter) -> None:
    cat = svc.catalog
    n = len(admin_records(svc))
    bad_docs = [
        CatalogDocument(providers=GOOD_DOC.providers, models={**GOOD_DOC.models, "three": {"provider": "p",
                                                                                          "tier": 11}}),
        CatalogDocument(providers=GOOD_DOC.providers, models={**GOOD_DOC.models, "three": {"provider": "nope"}}),
        CatalogDocument(providers={**GOOD_DOC.providers, "q": {"protocol": "openai", "base_url": "nope"}},
                        models=GOOD_DOC.models),
        CatalogDocument(providers={**GOOD_DOC.providers, "q": {"protocol": "grpc", "base_url": "https://q.test"}},
                        models=GOOD_DOC.models),
        CatalogDocument(providers=GOOD_DOC.providers, models={**GOOD_DOC.models, "three": {"provider": "p",
                                                                                          "window": 5}}),
    ]
    fields = ["tier", "provider", "base_url", None, None]
    for doc, field in zip(bad_docs, fields, strict=True):
        with pytest.raises(BadRequest) as exc:
            cat.apply(doc, actor="t", source="cat.yaml")
        assert exc.value.details.get("field") == field, exc.value.details
        if field != "base_url":
            assert exc.value.details["source"] == "cat.yaml" and "cat.yaml" in exc.value.message
    assert catalog_rows(svc) == {} and len(admin_records(svc)) == n

    assert cat.apply(GOOD_DOC, actor="t") == (1, 2)
    snap = cat.snapshot()
    assert set(snap.providers) == {"p"} and set(snap.models) == {"one", "two"}
    assert snap.models["one"].prices == Prices(input=1, output=2) and snap.models["two"].prices is None
    assert snap.models["two"].tier == 2
    actions = sorted(c.action for c in admin_records(svc)[n:])
    assert actions == ["model.create", "model.create", "provider.create"]
    assert cat.apply(GOOD_DOC, actor="t") == (1, 2)  # unchanged: nothing recorded
    assert len(admin_records(svc)) == n + 3

    # A later document may name providers already in the catalog.
    assert cat.apply(CatalogDocument(models={"three": {"provider": "p", "prices": {"input": 1, "output": 1}}}),
                     actor="t") == (0, 1)
    assert cat.model("three").provider == "p"


def test_apply_dir_is_all_or_nothing(svc: Arbiter, tmp_path: Path) -> None:
    d = tmp_path / "catalog"
    d.mkdir()
    (d / "a.yaml").write_text("providers:\n  p: {protocol: openai, base_url: 'https://p.test/v1'}\n")
    (d / "b.yaml").write_text("models:\n  m: {provider: p, tier: 11}\n")
    with pytest.raises(BadRequest):
        svc.catalog.apply_dir(d, actor="t")
    assert catalog_rows(svc) == {}


def test_apply_dir_reads_every_catalog_file_in_name_order(svc: Arbiter, tmp_path: Path) -> None:
    d = tmp_path / "catalog"
    d.mkdir()
    (d / "1-providers.yaml").write_text("providers:\n  p: {protocol: openai, base_url: 'https://p.test/v1/'}\n")
    (d / "2-models.json").write_text('{"models": {"m": {"provider": "p", "prices": {"input": 1, "output": 3}}}}')
    (d / "3-more.yml").write_text("models:\n  n: {provider: p, prices: {input: 1, output: 3}}\n")
    (d / "notes.txt").write_text("models: {x: {provider: nope}}")  # not a catalog file
    (d / "empty.yaml").write_text("")
    assert svc.catalog.apply_dir(d, actor="t") == (1, 2)
    assert set(svc.catalog.snapshot().models) == {"m", "n"}
    assert svc.catalog.provider("p").base_url == "https://p.test/v1"


# ---- allowlists naming models -----------------------------------------------------------------

def test_allowlists_may_name_only_catalog_models_and_dollars_need_prices(svc: Arbiter) -> None:
    put_basics(svc)
    cat = svc.catalog
    cat.put_model(Model(name="priced", provider="oai", prices=PRICED), actor="t")
    cat.put_model(Model(name="free", provider="oai", upstream_id=UNKNOWN_ID), actor="t")
    assert cat.model("free").prices is None
    reg = svc.registry

    with pytest.raises(InvalidPolicy) as exc:
        reg.apply_allowlists([allowlist("pol", {"allow": ["priced", "ghost"], "aliases": {"fast": ["zeta", "priced"]}
                                                })], actor="t")
    assert exc.value.details["unknown_models"] == ["ghost", "zeta"] and exc.value.details["source"] == "pol.yaml"
    dollars = [{"scope": "tenant", "window": "month", "usd": 5}]
    with pytest.raises(InvalidPolicy) as exc:
        reg.apply_allowlists([allowlist("pol", {"allow": ["priced"], "aliases": {"cheap": "free"},
                                                "budgets": dollars})], actor="t")
    assert exc.value.details["unpriced_models"] == ["free"]
    assert "pol" not in reg.snapshot.allowlists

    # Tokens need no prices; dollars over priced models are fine.
    tokens = [{"scope": "agent", "window": "day", "tokens": 1000}]
    reg.apply_allowlists([allowlist("tok", {"allow": ["free", "priced"], "budgets": tokens}),
                          allowlist("usd", {"allow": ["priced"], "budgets": dollars})], actor="t")
    assert {"tok", "usd"} <= set(reg.snapshot.allowlists)

    # Taking the prices away from a model a dollar budget covers is refused, through either door.
    n = len(admin_records(svc))
    with pytest.raises(InvalidPolicy) as exc:
        cat.put_model(Model(name="priced", provider="oai", upstream_id=UNKNOWN_ID), actor="t")
    assert exc.value.details["unpriced_models"] == ["priced"] and exc.value.details["source"] == "usd"
    with pytest.raises(InvalidPolicy):
        cat.apply(CatalogDocument(models={"priced": {"provider": "oai", "upstream_id": UNKNOWN_ID}}), actor="t")
    assert cat.model("priced").prices == PRICED and len(admin_records(svc)) == n
    # The token-budget allowlist does not hold the free model's prices (it has none) or its other changes.
    assert cat.put_model(Model(name="free", provider="oai", upstream_id=UNKNOWN_ID, tier=5), actor="t").tier == 5
