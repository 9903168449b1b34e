"""Admin API (admin bearer token): tools, agents, allowlists. Every change is audited.

An allowlist's revision history is readable by auditors too (like the audit trail)."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, delete, get, patch, post, put
from litestar.params import Parameter

from arbiter.api.deps import ADMIN_ERRORS, actor, admin_guard, audit_guard, ensure_depth, needs, service
from arbiter.api.schemas import (
    AgentCreate,
    AgentList,
    AgentView,
    AgentWithKey,
    AllowlistList,
    AllowlistView,
    RevisionList,
    ToolList,
    ToolView,
)
from arbiter.errors import BadRequest
from arbiter.registry import AgentUpdate, RevisionDetail, ToolSpec

Req = Request[Any, Any, Any]
TenantParam = Parameter(query="tenant", default="default", description="Tenant of the tool")


def _check_tool_depth(request: Req, spec: ToolSpec) -> None:
    limit = service(request).settings.max_json_depth
    ensure_depth(spec.input_schema, limit, "input_schema")
    if spec.output_schema is not None:
        ensure_depth(spec.output_schema, limit, "output_schema")


class ToolController(Controller):
    """Register, list, replace and remove tools."""

    path = "/v1/tools"
    guards = [admin_guard]
    security = needs("admin")
    tags = ["admin: tools"]

    @post("/", status_code=201, responses=ADMIN_ERRORS, sync_to_thread=True)
    def create(self, request: Req, data: ToolSpec) -> ToolView:
        """Register a new tool (409 if it exists)."""
        _check_tool_depth(request, data)
        tool, _ = service(request).registry.put_tool(data, actor=actor(request), mode="create")
        return ToolView.of(tool)

    @get("/", responses=ADMIN_ERRORS)
    async def list(self, request: Req, tenant: str | None = Parameter(query="tenant", default=None)) -> ToolList:
        """All tools, or one tenant's."""
        return ToolList(tools=[ToolView.of(t) for t in service(request).registry.list_tools(tenant)])

    @get("/{name:str}", responses=ADMIN_ERRORS)
    async def show(self, request: Req, name: str, tenant: str = TenantParam) -> ToolView:
        """One tool at its current version."""
        return ToolView.of(service(request).registry.tool(tenant, name))

    @put("/{name:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def replace(self, request: Req, name: str, data: ToolSpec) -> ToolView:
        """Replace a tool's definition; a changed definition gets the next version."""
        if data.name != name:
            raise BadRequest("the body's name must match the path", details={"path": name, "body": data.name})
        _check_tool_depth(request, data)
        tool, _ = service(request).registry.put_tool(data, actor=actor(request), mode="replace")
        return ToolView.of(tool)

    @delete("/{name:str}", status_code=204, responses=ADMIN_ERRORS, sync_to_thread=True)
    def remove(self, request: Req, name: str, tenant: str = TenantParam) -> None:
        """Remove a tool that no allowlist names."""
        service(request).registry.delete_tool(tenant, name, actor=actor(request))


class AgentController(Controller):
    """Register agents, change them, rotate and revoke their keys."""

    path = "/v1/agents"
    guards = [admin_guard]
    security = needs("admin")
    tags = ["admin: agents"]

    @post("/", status_code=201, responses=ADMIN_ERRORS, sync_to_thread=True)
    def create(self, request: Req, data: AgentCreate) -> AgentWithKey:
        """Register an agent; its API key is in this answer and never again."""
        agent, key = service(request).registry.create_agent(name=data.name, tenant=data.tenant, trust=data.trust,
                                                            allowlist=data.allowlist, actor=actor(request))
        return AgentWithKey(agent=AgentView.of(agent), api_key=key)

    @get("/", responses=ADMIN_ERRORS)
    async def list(self, request: Req, tenant: str | None = Parameter(query="tenant", default=None)) -> AgentList:
        """All agents, or one tenant's."""
        return AgentList(agents=[AgentView.of(a) for a in service(request).registry.list_agents(tenant)])

    @get("/{agent_id:str}", responses=ADMIN_ERRORS)
    async def show(self, request: Req, agent_id: str) -> AgentView:
        """One agent."""
        return AgentView.of(service(request).registry.agent(agent_id))

    @patch("/{agent_id:str}", responses=ADMIN_ERRORS, sync_to_thread=True)
    def update(self, request: Req, agent_id: str, data: AgentUpdate) -> AgentView:
        """Change name, trust, allowlist or status (``disabled`` denies every call)."""
        return AgentView.of(service(request).registry.update_agent(agent_id, data, actor=actor(request)))

    @post("/{agent_id:str}/rotate-key", status_code=200, responses=ADMIN_ERRORS, sync_to_thread=True)
    def rotate(self, request: Req, agent_id: str) -> AgentWithKey:
        """Issue a new key; the old one stops working at once."""
        agent, key = service(request).registry.rotate_key(agent_id, actor=actor(request))
        return AgentWithKey(agent=AgentView.of(agent), api_key=key)

    @post("/{agent_id:str}/revoke-key", status_code=200, responses=ADMIN_ERRORS, sync_to_thread=True)
    def revoke(self, request: Req, agent_id: str) -> AgentView:
        """Remove the agent's key; its requests get 401 until a new key is issued."""
        return AgentView.of(service(request).registry.revoke_key(agent_id, actor=actor(request)))


class AllowlistController(Controller):
    """Apply and read allowlists."""

    path = "/v1/allowlists"
    tags = ["admin: allowlists"]

    @put("/{name:str}", guards=[admin_guard], security=needs("admin"), responses=ADMIN_ERRORS,
         sync_to_thread=True)
    def apply(self, request: Req, name: str, data: dict[str, Any]) -> AllowlistView:
        """Create or replace an allowlist (validated against schemas/allowlist.schema.json)."""
        ensure_depth(data, service(request).settings.max_json_depth, "allowlist")
        doc = dict(data)
        if doc.setdefault("name", name) != name:
            raise BadRequest("the body's name must match the path", details={"path": name, "body": doc["name"]})
        [al] = service(request).registry.apply_allowlists([(name, doc)], actor=actor(request))
        return AllowlistView.of(al)

    @get("/", guards=[admin_guard], security=needs("admin"), responses=ADMIN_ERRORS)
    async def list(self, request: Req) -> AllowlistList:
        """All allowlists with their revisions."""
        return AllowlistList(allowlists=[AllowlistView.of(a) for a in service(request).registry.list_allowlists()])

    @get("/{name:str}", guards=[admin_guard], security=needs("admin"), responses=ADMIN_ERRORS)
    async def show(self, request: Req, name: str) -> AllowlistView:
        """One allowlist."""
        return AllowlistView.of(service(request).registry.allowlist(name))

    @get("/{name:str}/revisions", guards=[audit_guard], security=needs("auditor", "admin"),
         responses=ADMIN_ERRORS, sync_to_thread=True)
    def revisions(self, request: Req, name: str) -> RevisionList:
        """Every revision ever applied, newest first: when and by whom."""
        return RevisionList(name=name, revisions=service(request).registry.allowlist_revisions(name))

    @get("/{name:str}/revisions/{revision:str}", guards=[audit_guard], security=needs("auditor", "admin"),
         responses=ADMIN_ERRORS, sync_to_thread=True)
    def revision(self, request: Req, name: str, revision: str) -> RevisionDetail:
        """One revision's document, and a unified diff from the revision applied before it."""
        return service(request).registry.allowlist_revision(name, revision)
