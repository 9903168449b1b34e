"""The model catalog: the providers and models behind ``/v1/chat/completions`` and ``/v1/messages``.

A **provider** is a base URL speaking one protocol (``openai`` chat completions or ``anthropic``
messages) and a key read from the environment or a file when a request is forwarded; the
catalog stores where the key is, never the key. A **model** names its provider and upstream id,
its context window and output limit, what it supports (tools, streaming, images), a quality
tier, and prices in US dollars per million input, output and cached input tokens. A model
without prices takes them from ``genai-prices`` (a kept price library, shipped offline) when it
knows the upstream id; an operator's prices always win.

Stored in the registry's database and changed through :meth:`Registry.change` (so every change
is an audited admin record and every replica reloads it), loadable from YAML like allowlists.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import msgspec
import yaml
from sqlalchemy import Connection, delete, insert, select, update

from arbiter.audit.record import AdminChange, utc_now_iso
from arbiter.db.models import allowlists, llm_catalog
from arbiter.errors import BadRequest, Conflict, NotFound
from arbiter.llm.policy import check_models_section, model_names
from arbiter.registry import Registry, digest

__all__ = ["Catalog", "CatalogDocument", "Model", "Prices", "Provider", "ProviderView", "default_prices"]

NAME_RE = re.compile(r"[A-Za-z0-9_.:-]{1,128}")
_URL_RE = re.compile(r"https?://[^/\s?#]+(/[^\s?#]*)?")
_ENV_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,127}")
Protocol = Literal["openai", "anthropic"]


class Provider(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """A model provider: where to send, in which protocol, and where its key is (not the key)."""

    name: str
    protocol: Protocol
    base_url: str  # openai: up to and including /v1; anthropic: the host (Arbiter appends /v1/messages)
    api_key_env: str | None = None
    api_key_file: str | None = None
    timeout_s: float = 60.0

    def key(self) -> str:
        """The provider's key, read now (rotated keys take effect on the next request), or ``""``."""
        if self.api_key_env:
            return os.environ.get(self.api_key_env, "")
        if self.api_key_file:
            try:
                return Path(self.api_key_file).read_text().strip()
            except OSError:
                return ""
        return ""


class ProviderView(msgspec.Struct, kw_only=True):
    """A provider as the API shows it: where the key comes from and whether it is there, never the key."""

    name: str
    protocol: Protocol
    base_url: str
    timeout_s: float
    key_source: str | None
    key_present: bool

    @classmethod
    def of(cls, p: Provider) -> ProviderView:
        source = f"env:{p.api_key_env}" if p.api_key_env else f"file:{p.api_key_file}" if p.api_key_file else None
        return cls(name=p.name, protocol=p.protocol, base_url=p.base_url, timeout_s=p.timeout_s,
                   key_source=source, key_present=bool(p.key()))


class Prices(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """US dollars per million tokens."""

    input: float
    output: float
    cached_input: float | None = None
    source: str = "operator"  # operator | genai-prices


class Model(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """A model an agent may be routed to."""

    name: str  # what agents and policies call it
    provider: str
    upstream_id: str | None = None  # the provider's model id; the name when absent
    context_window: int = 128_000
    max_output_tokens: int = 4_096  # the reservation when a request names no max_tokens
    tools: bool = True
    streaming: bool = True
    images: bool = False
    tier: int = 1  # quality: higher is better (routing never goes up a tier to save money)
    prices: Prices | None = None

    @property
    def upstream(self) -> str:
        """The id sent to the provider."""
        return self.upstream_id or self.name

    def cost_micros(self, input_tokens: int, output_tokens: int, cached_tokens: int = 0) -> int | None:
        """Cost in millionths of a dollar, or None without prices. Cached tokens are part of the input."""
        p = self.prices
        if p is None:
            return None
        cached = min(cached_tokens, input_tokens)
        cached_rate = p.cached_input if p.cached_input is not None else p.input
        # dollars per million tokens == micro-dollars per token
        return round((input_tokens - cached) * p.input + cached * cached_rate + output_tokens * p.output)


class CatalogDocument(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A YAML/JSON catalog file: providers and models keyed by name."""

    providers: dict[str, dict[str, Any]] = {}
    models: dict[str, dict[str, Any]] = {}


@lru_cache(maxsize=512)
def default_prices(provider_protocol: str, upstream_id: str) -> Prices | None:
    """Prices from ``genai-prices`` for a model id, or None when it does not know the model."""
    try:
        from genai_prices import Usage, calc_price  # imported on first use: 0.2 s, only where prices are missing
    except ImportError:  # pragma: no cover - a dependency; kept defensive for trimmed installs
        return None
    provider_id = "anthropic" if provider_protocol == "anthropic" else "openai"
    million = 1_000_000

    def price(**usage: int) -> float | None:
        for pid in (provider_id, None):
            try:
                return float(calc_price(Usage(**usage), model_ref=upstream_id, provider_id=pid).total_price)
            except Exception:  # LookupError and friends: the library does not know this id
                continue
        return None

    inp, out = price(input_tokens=million), price(output_tokens=million)
    if inp is None or out is None:
        return None
    cached = price(input_tokens=million, cache_read_tokens=million)
    return Prices(input=inp, output=out, cached_input=cached, source="genai-prices")


def _bad(message: str, **details: Any) -> BadRequest:
    return BadRequest(message, code="INVALID_CATALOG", details=details)


def check_provider(p: Provider) -> Provider:
    """Validate a provider; raises :class:`BadRequest` (``INVALID_CATALOG``)."""
    if not NAME_RE.fullmatch(p.name):
        raise _bad(f"provider name {p.name!r} must match [A-Za-z0-9_.:-]{{1,128}}", field="name")
    if not _URL_RE.fullmatch(p.base_url):
        raise _bad(f"provider {p.name!r}: base_url must be an http:// or https:// URL", field="base_url")
    if p.api_key_env and p.api_key_file:
        raise _bad(f"provider {p.name!r}: give api_key_env or api_key_file, not both", field="api_key_env")
    if p.api_key_env is not None and not _ENV_RE.fullmatch(p.api_key_env):
        raise _bad(f"provider {p.name!r}: api_key_env must be an environment variable name", field="api_key_env")
    if p.api_key_file is not None and not Path(p.api_key_file).is_absolute():
        raise _bad(f"provider {p.name!r}: api_key_file must be an absolute path", field="api_key_file")
    if not 0 < p.timeout_s <= 3600:
        raise _bad(f"provider {p.name!r}: timeout_s must be in (0, 3600]", field="timeout_s")
    return msgspec.structs.replace(p, base_url=p.base_url.rstrip("/"))


def check_model(m: Model, providers: dict[str, Provider]) -> Model:
    """Validate a model against the providers and fill in default prices."""
    if not NAME_RE.fullmatch(m.name) or m.name == "auto":
        raise _bad(f"model name {m.name!r} must match [A-Za-z0-9_.:-]{{1,128}} and not be 'auto'", field="name")
    provider = providers.get(m.provider)
    if provider is None:
        raise _bad(f"model {m.name!r}: no provider {m.provider!r}", field="provider")
    if not 0 < m.context_window <= 100_000_000:
        raise _bad(f"model {m.name!r}: context_window must be in (0, 100000000]", field="context_window")
    if not 0 < m.max_output_tokens <= m.context_window:
        raise _bad(f"model {m.name!r}: max_output_tokens must be in (0, context_window]", field="max_output_tokens")
    if not 0 <= m.tier <= 10:
        raise _bad(f"model {m.name!r}: tier must be in [0, 10]", field="tier")
    p = m.prices
    if p is not None:
        rates = [p.input, p.output] + ([p.cached_input] if p.cached_input is not None else [])
        if any(not 0 <= r <= 10_000 for r in rates):  # NaN fails both comparisons
            raise _bad(f"model {m.name!r}: prices must be dollars per million tokens in [0, 10000]", field="prices")
        return m
    found = default_prices(provider.protocol, m.upstream)
    return msgspec.structs.replace(m, prices=found) if found is not None else m


def read_file(path: Path) -> CatalogDocument:
    """Load one YAML or JSON catalog file."""
    try:
        raw = yaml.safe_load(path.read_text())
        return msgspec.convert(raw or {}, CatalogDocument)
    except (OSError, yaml.YAMLError, msgspec.ValidationError) as exc:
        raise _bad(f"{path.name}: {exc}", source=path.name) from None


def parse_document(doc: CatalogDocument, *, source: str = "catalog") -> tuple[list[Provider], list[Model]]:
    """The providers and models of a catalog document, validated (names come from the keys)."""
    try:
        providers = [check_provider(msgspec.convert({**v, "name": k}, Provider)) for k, v in doc.providers.items()]
        raw_models = [msgspec.convert({**v, "name": k}, Model) for k, v in doc.models.items()]
    except msgspec.ValidationError as exc:
        raise _bad(f"{source}: {exc}", source=source) from None
    except BadRequest as exc:
        raise _bad(f"{source}: {exc.message}", source=source, **exc.details) from None
    return providers, raw_models


def _check_providers_exist(conn: Connection, models: Iterable[Model]) -> None:
    """Inside the write: every model's provider is stored (another process may have removed it)."""
    stored = {r.name for r in conn.execute(select(llm_catalog.c.name).where(llm_catalog.c.kind == "provider"))}
    for m in models:
        if m.provider not in stored:
            raise _bad(f"model {m.name!r}: no provider {m.provider!r}", field="provider")


def _now() -> str:
    return utc_now_iso(time.time_ns() // 1000)


_provider_decoder = msgspec.json.Decoder(Provider)
_model_decoder = msgspec.json.Decoder(Model)


class Snapshot(msgspec.Struct, frozen=True):
    version: int
    providers: dict[str, Provider]
    models: dict[str, Model]


class Catalog:
    """Providers and models, durable in the registry's database, served from memory."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.db = registry.db
        self._snap = Snapshot(-2, {}, {})

    # ---- reading -------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """The catalog as of the registry's current version (every catalog change bumps it)."""
        version = self.registry.snapshot.version
        snap = self._snap
        if snap.version != version:
            with self.db.read.connect() as conn:
                rows = conn.execute(select(llm_catalog.c.kind, llm_catalog.c.document)).all()
            providers = {p.name: p for p in (_provider_decoder.decode(r.document) for r in rows
                                            if r.kind == "provider")}
            models = {m.name: m for m in (_model_decoder.decode(r.document) for r in rows if r.kind == "model")}
            snap = self._snap = Snapshot(version, providers, models)
        return snap

    def provider(self, name: str) -> Provider:
        """A provider, or :class:`NotFound`."""
        found = self.snapshot().providers.get(name)
        if found is None:
            raise NotFound(f"no provider {name!r}", details={"name": name})
        return found

    def model(self, name: str) -> Model:
        """A model, or :class:`NotFound`."""
        found = self.snapshot().models.get(name)
        if found is None:
            raise NotFound(f"no model {name!r}", details={"name": name})
        return found

    # ---- writing -------------------------------------------------------------------------
    def put_provider(self, p: Provider, *, actor: str) -> Provider:
        """Create or replace a provider."""
        p = check_provider(p)
        self._put(actor, "provider", p.name, p)
        return p

    def put_model(self, m: Model, *, actor: str) -> Model:
        """Create or replace a model (its provider must exist)."""
        m = check_model(m, self.snapshot().providers)

        def after(conn: Connection) -> None:
            _check_providers_exist(conn, [m])
            _check_budgets_priced(conn, self._models(conn))
        self._put(actor, "model", m.name, m, after=after)
        return m

    def delete_provider(self, name: str, *, actor: str) -> None:
        """Remove a provider no model uses (checked in the store, not in this process's view)."""
        def guard(conn: Connection) -> None:
            users = sorted(m.name for m in self._models(conn).values() if m.provider == name)
            if users:
                raise Conflict(f"provider {name!r} is used by models {', '.join(users)}", details={"models": users})
        self._delete(actor, "provider", name, guard)

    def delete_model(self, name: str, *, actor: str) -> None:
        """Remove a model no allowlist names."""
        def guard(conn: Connection) -> None:
            users = sorted(al for al, doc in _allowlist_docs(conn) if name in model_names(doc.get("models")))
            if users:
                raise Conflict(f"model {name!r} is named by allowlists {', '.join(users)}",
                               details={"allowlists": users})
        self._delete(actor, "model", name, guard)

    def apply(self, doc: CatalogDocument, *, actor: str, source: str = "catalog") -> tuple[int, int]:
        """Upsert a whole catalog document's providers and models, all or nothing."""
        providers, raw_models = parse_document(doc, source=source)
        known = {**self.snapshot().providers, **{p.name: p for p in providers}}
        try:
            models = [check_model(m, known) for m in raw_models]
        except BadRequest as exc:
            raise _bad(f"{source}: {exc.message}", source=source, **exc.details) from None

        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            changes = [c for kind, items in (("provider", providers), ("model", models))
                       for item in items if (c := self._upsert(conn, actor, kind, item.name, item)) is not None]
            _check_providers_exist(conn, models)
            _check_budgets_priced(conn, self._models(conn))
            return (len(providers), len(models)), changes, None

        result: tuple[int, int] = self.registry.change(actor, fn)
        return result

    def apply_dir(self, directory: Path, *, actor: str) -> tuple[int, int]:
        """Apply every ``*.yaml``/``*.yml``/``*.json`` file of a directory as one document: all or nothing."""
        merged = CatalogDocument()
        seen: dict[tuple[str, str], str] = {}
        files = [p for p in sorted(directory.iterdir()) if p.suffix in (".yaml", ".yml", ".json") and p.is_file()]
        for path in files:
            doc = read_file(path)
            for kind, items, into in (("provider", doc.providers, merged.providers),
                                      ("model", doc.models, merged.models)):
                for name, item in items.items():
                    if (kind, name) in seen:
                        raise _bad(f"{path.name}: {kind} {name!r} is also defined in {seen[(kind, name)]}",
                                   source=path.name, name=name)
                    seen[(kind, name)] = path.name
                    into[name] = item
        if not files:
            return (0, 0)
        return self.apply(merged, actor=actor, source=", ".join(p.name for p in files))

    @staticmethod
    def _models(conn: Connection) -> dict[str, Model]:
        rows = conn.execute(select(llm_catalog.c.document).where(llm_catalog.c.kind == "model")).all()
        return {m.name: m for m in (_model_decoder.decode(r.document) for r in rows)}

    def _upsert(self, conn: Connection, actor: str, kind: str, name: str, item: Any) -> AdminChange | None:
        doc = msgspec.json.encode(item).decode()
        key = (llm_catalog.c.kind == kind, llm_catalog.c.name == name)
        row = conn.execute(select(llm_catalog.c.document).where(*key)).first()
        if row is not None and row.document == doc:
            return None
        if row is None:
            conn.execute(insert(llm_catalog).values(kind=kind, name=name, document=doc, updated_at=_now()))
        else:
            conn.execute(update(llm_catalog).where(*key).values(document=doc, updated_at=_now()))
        return AdminChange(actor=actor, action=f"{kind}.{'create' if row is None else 'update'}",
                           target=f"{kind}:{name}", after_digest=digest(msgspec.to_builtins(item)),
                           before_digest=digest(msgspec.json.decode(row.document)) if row else None)

    def _put(self, actor: str, kind: str, name: str, item: Any, after: Any = None) -> None:
        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            change = self._upsert(conn, actor, kind, name, item)
            if after is not None:
                after(conn)
            return None, [change] if change else [], None
        self.registry.change(actor, fn)

    def _delete(self, actor: str, kind: str, name: str, guard: Any = None) -> None:
        def fn(conn: Connection) -> tuple[Any, list[AdminChange], str | None]:
            if guard is not None:
                guard(conn)
            n = conn.execute(delete(llm_catalog).where(llm_catalog.c.kind == kind,
                                                       llm_catalog.c.name == name)).rowcount
            if not n:
                raise NotFound(f"no {kind} {name!r}", details={"name": name})
            return None, [AdminChange(actor=actor, action=f"{kind}.delete", target=f"{kind}:{name}")], None
        self.registry.change(actor, fn)


# ---- consistency with allowlists ---------------------------------------------------------------
def _allowlist_docs(conn: Connection) -> Iterable[tuple[str, dict[str, Any]]]:
    for row in conn.execute(select(allowlists.c.name, allowlists.c.document)):
        yield row.name, msgspec.json.decode(row.document)


def _check_budgets_priced(conn: Connection, models: dict[str, Model]) -> None:
    """A money budget needs a price for every model its allowlist may use."""
    priced = {n: m.prices is not None for n, m in models.items()}
    for name, doc in _allowlist_docs(conn):
        check_models_section(name, doc.get("models"), priced)
