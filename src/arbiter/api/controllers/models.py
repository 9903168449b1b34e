"""Model control API: providers and models of the catalog (admin), and model usage (admin).

``GET /v1/models`` itself (what an agent may use) lives with the OpenAI-compatible endpoints.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Literal

import msgspec
from litestar import Controller, Request, delete, get, put
from litestar.params import Parameter

from arbiter.api.deps import ADMIN_ERRORS, actor, admin_guard, audit_guard, needs, service
from arbiter.errors import BadRequest
from arbiter.llm.budget import window_bounds
from arbiter.llm.catalog import Model, Provider, ProviderView

Req = Request[Any, Any, Any]


class ProviderList(msgspec.Struct):
    providers: list[ProviderView]


class ModelList(msgspec.Struct):
    models: list[Model]


class ProviderPut(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A provider's fields (the name comes from the path)."""

    protocol: Literal["openai", "anthropic"]
    base_url: str
    api_key_env: str | None = None
    api_key_file: str | None = None
    timeout_s: float = 60.0


class UsageRow(msgspec.Struct, kw_only=True, omit_defaults=True):
    tenant: str | None = None
    agent_id: str | None = None
    model: str | None = None
    requests: int
    input_tokens: int
    output_tokens: int
    cost_usd: float


class BudgetState(msgspec.Struct, kw_only=True):
    """One budget of an agent's policy: its limit, what is used, when it resets."""

    allowlist: str
    scope: str
    window: str
    limit_tokens: int | None
    limit_usd: float | None
    used_tokens: int
    used_usd: float
    reset_at: int


class UsageReport(msgspec.Struct, kw_only=True):
    since: int
    group_by: list[str]
    rows: list[UsageRow]
    budgets: list[BudgetState] = []


class ProviderController(Controller):
    """Model providers: where model requests go, in which protocol, with which key (never shown)."""

    path = "/v1/providers"
    guards = [admin_guard]
    security = needs("admin")
    tags = ["admin: models"]

    @get("/", responses=ADMIN_ERRORS, sync_to_thread=True)
    def list(self, request: Req) -> ProviderList:
        """Every provider, with where its key comes from and whether it is set."""
        snap = service(request).catalog.snapshot()
        return ProviderList(providers=[ProviderView.of(p) for _, p in sorted(snap.providers.items())])

    @get("/{name:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def show(self, request: Req, name: str) -> ProviderView:
        """One provider."""
        return ProviderView.of(service(request).catalog.provider(name))

    @put("/{name:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def put(self, request: Req, name: str, data: ProviderPut) -> ProviderView:
        """Create or replace a provider."""
        p = Provider(name=name, **msgspec.structs.asdict(data))
        return ProviderView.of(service(request).catalog.put_provider(p, actor=actor(request)))

    @delete("/{name:str}", status_code=204, responses=ADMIN_ERRORS, sync_to_thread=True)
    def remove(self, request: Req, name: str) -> None:
        """Remove a provider no model uses (409 otherwise)."""
        service(request).catalog.delete_provider(name, actor=actor(request))


def catalog_list(request: Req) -> ModelList:
    """Every model of the catalog (``GET /v1/models`` with the admin token)."""
    snap = service(request).catalog.snapshot()
    return ModelList(models=[m for _, m in sorted(snap.models.items())])


class ModelCatalogController(Controller):
    """Models of the catalog: provider, upstream id, window, capabilities, tier, prices. The list is
    ``GET /v1/models`` with the admin token (with an agent key it lists what the agent may use)."""

    path = "/v1/models"
    guards = [admin_guard]
    security = needs("admin")
    tags = ["admin: models"]

    @get("/{name:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def show(self, request: Req, name: str) -> Model:
        """One model."""
        return service(request).catalog.model(name)

    @put("/{name:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def put(self, request: Req, name: str, data: dict[str, Any]) -> Model:
        """Create or replace a model; prices default from genai-prices when omitted and known."""
        if "name" in data and data["name"] != name:
            raise BadRequest("the body's name differs from the path's", code="INVALID_CATALOG")
        try:
            model = msgspec.convert({**data, "name": name}, Model)
        except msgspec.ValidationError as exc:
            raise BadRequest(f"invalid model: {exc}", code="INVALID_CATALOG") from None
        return service(request).catalog.put_model(model, actor=actor(request))

    @delete("/{name:str}", status_code=204, responses=ADMIN_ERRORS, sync_to_thread=True)
    def remove(self, request: Req, name: str) -> None:
        """Remove a model no allowlist names (409 otherwise)."""
        service(request).catalog.delete_model(name, actor=actor(request))


_GROUPS = frozenset({"tenant", "agent_id", "model"})
_WINDOWS = {"hour": 3600, "day": 86400, "month": 31 * 86400}


class UsageController(Controller):
    """Real model usage, summed from the per-hour usage log, and the state of an agent's budgets."""

    path = "/v1/usage"
    guards = [audit_guard]
    security = needs("auditor", "admin")
    tags = ["admin: models"]

    @get("/", responses=ADMIN_ERRORS)
    async def usage(self, request: Req,
                    window: str = Parameter(query="window", default="day",
                                            description="hour | day | month: the current calendar window (UTC)"),
                    since: int | None = Parameter(query="since", default=None,
                                                  description="unix seconds; overrides window"),
                    group_by: str = Parameter(query="group_by", default="tenant,agent_id,model"),
                    tenant: str | None = Parameter(query="tenant", default=None),
                    agent_id: str | None = Parameter(query="agent_id", default=None),
                    model: str | None = Parameter(query="model", default=None)) -> UsageReport:
        """Usage by tenant, agent and model since the start of the window; with ``agent_id``, its budgets too."""
        svc = service(request)
        groups = tuple(g for g in group_by.split(",") if g)
        if not set(groups) <= _GROUPS:
            raise BadRequest(f"group_by takes {', '.join(sorted(_GROUPS))}", code="INVALID_QUERY",
                             details={"group_by": group_by})
        if since is None:
            if window not in _WINDOWS:
                raise BadRequest("window is hour, day or month", code="INVALID_QUERY", details={"window": window})
            since = window_bounds(window, time.time())[0]
        elif since < 0:
            raise BadRequest("since must be unix seconds", code="INVALID_QUERY", details={"since": since})
        rows = await asyncio.to_thread(svc.budgets.usage, since=since, tenant=tenant, agent_id=agent_id, model=model,
                                       group_by=groups)
        budgets: list[BudgetState] = []
        if agent_id is not None:
            agent = svc.registry.agent(agent_id)
            al = svc.registry.snapshot.allowlists.get(agent.allowlist) if agent.allowlist else None
            if al is not None and al.models is not None and al.models.budgets:
                used = await asyncio.to_thread(svc.budgets.used, al.models.budgets, agent.tenant, agent.id)
                for b, (tokens, micros) in zip(al.models.budgets, used, strict=True):
                    budgets.append(BudgetState(
                        allowlist=al.name, scope=b.scope, window=b.window, limit_tokens=b.tokens,
                        limit_usd=None if b.micros is None else b.micros / 1e6, used_tokens=tokens,
                        used_usd=round(micros / 1e6, 6), reset_at=window_bounds(b.window, svc.budgets.clock())[1]))
        return UsageReport(since=since, group_by=list(groups), rows=[msgspec.convert(r, UsageRow) for r in rows],
                           budgets=budgets)
