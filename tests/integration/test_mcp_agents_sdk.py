"""An agent framework (OpenAI Agents SDK) using Arbiter's /mcp as its MCP server."""

from __future__ import annotations

from tests.api.controllers.test_mcp import ALLOWLIST, register
from tests.conftest import Server, require
from tests.mcp_servers import crm_server

agents_mcp = require("agents.mcp")


async def test_agents_sdk_lists_and_calls_through_arbiter(server: Server) -> None:
    with crm_server() as crm:
        register(server, "crm", crm.url)
        assert server.admin.put("/v1/allowlists/crm-support", json=ALLOWLIST).status_code == 200
        _, key = server.add_agent("assistant", allowlist="crm-support")
        mcp_server = agents_mcp.MCPServerStreamableHttp(
            {"url": f"{server.url}/mcp", "headers": {"Authorization": f"Bearer {key}"}},
            name="arbiter", client_session_timeout_seconds=30, use_structured_content=True)
        async with mcp_server:
            names = [t.name for t in await mcp_server.list_tools()]
            assert "crm.get_customer" in names and "crm.delete_customer" not in names
            result = await mcp_server.call_tool("crm.get_customer", {"customer_id": "C-1002"})
            assert not result.is_error and "bob@example.net" not in str(result.content)
            denied = await mcp_server.call_tool("crm.delete_customer", {"customer_id": "C-1002"})
            assert denied.is_error
        assert crm.names() == ["get_customer"]
