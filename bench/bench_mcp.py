"""tools/call through Arbiter's /mcp vs directly to the upstream MCP server, in the same run.

Starts an upstream MCP server (the SDK's MCPServer, one tool returning a customer record with
an email, so the result scrub has work to do) and ``arbiter serve`` (SQLite, one worker) as
separate processes, registers and syncs the upstream, then measures with the official SDK
client (initialize handshake, one session per client):

* sequential latency, direct and through Arbiter: p50/p99, and the added latency;
* throughput with N concurrent clients, direct and through Arbiter: calls/s.

Usage: ``python bench/bench_mcp.py [--calls 2000] [--concurrency 8] [--seconds 10]``
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import httpx2
from common import free_port, percentile, wait_http
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

ROOT = Path(__file__).resolve().parents[1]
UPSTREAM = '''
import sys, uvicorn
from pydantic import BaseModel
from mcp.server.mcpserver import MCPServer
from mcp_types import ToolAnnotations
mcp = MCPServer("crm")
class Customer(BaseModel):
    id: str
    name: str
    email: str
    tier: str
@mcp.tool(annotations=ToolAnnotations(read_only_hint=True))
def get_customer(customer_id: str) -> Customer:
    """Look up one customer."""
    return Customer(id=customer_id, name="Alice Smith", email="alice.smith@example.org", tier="gold")
uvicorn.run(mcp.streamable_http_app(), host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
            loop="uvloop", http="httptools")
'''


class Session:
    def __init__(self, url: str, headers: dict[str, str]) -> None:
        self.url, self.headers = url, headers

    async def __aenter__(self) -> ClientSession:
        self._http = httpx2.AsyncClient(headers=self.headers, timeout=30)
        self._t = streamable_http_client(self.url, http_client=self._http)
        read, write = await self._t.__aenter__()
        self._s = ClientSession(read, write)
        session = await self._s.__aenter__()
        await session.initialize()
        return session

    async def __aexit__(self, *exc: Any) -> None:
        await self._s.__aexit__(*exc)
        await self._t.__aexit__(*exc)
        await self._http.aclose()


async def latency(url: str, headers: dict[str, str], tool: str, calls: int) -> list[float]:
    async with Session(url, headers) as s:
        for _ in range(200):  # warm up: connections, caches, the PII engine's LRU
            await s.call_tool(tool, {"customer_id": "C-1001"})
        out = []
        for i in range(calls):
            t0 = time.perf_counter()
            r = await s.call_tool(tool, {"customer_id": f"C-{1000 + i % 50}"})
            out.append((time.perf_counter() - t0) * 1000)
            assert not r.is_error, r
        return out


async def throughput(url: str, headers: dict[str, str], tool: str, clients: int, seconds: float) -> float:
    done = 0

    async def worker() -> None:
        nonlocal done
        async with Session(url, headers) as s:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                await s.call_tool(tool, {"customer_id": "C-1001"})
                done += 1

    t0 = time.monotonic()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return done / (time.monotonic() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=10)
    args = ap.parse_args()

    up_port, arb_port = free_port(), free_port()
    tmp = Path(tempfile.mkdtemp(prefix="bench-mcp-"))
    env = {**os.environ, "ARBITER_DATA_DIR": str(tmp), "ARBITER_ADMIN_TOKEN": "bench-admin",
           "ARBITER_ALLOWLISTS": str(tmp / "none"), "ARBITER_PORT": str(arb_port)}
    procs = [subprocess.Popen([sys.executable, "-c", UPSTREAM, str(up_port)]),
             subprocess.Popen([sys.executable, "-m", "arbiter.cli", "serve"], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL)]
    try:
        upstream = f"http://127.0.0.1:{up_port}/mcp"
        arbiter = f"http://127.0.0.1:{arb_port}"
        wait_http(f"http://127.0.0.1:{up_port}/")
        wait_http(f"{arbiter}/healthz")
        admin = httpx.Client(base_url=arbiter, headers={"Authorization": "Bearer bench-admin"}, timeout=30)
        admin.post("/v1/upstreams", json={"name": "crm", "url": upstream, "tenant": "bench"}).raise_for_status()
        admin.post("/v1/upstreams/crm/sync", params={"tenant": "bench"}).raise_for_status()
        admin.put("/v1/allowlists/bench", json={"name": "bench", "tenant": "bench",
                                                "tools": {"crm.get_customer": {}}}).raise_for_status()
        key = admin.post("/v1/agents", json={"name": "bench", "tenant": "bench", "trust": "standard",
                                             "allowlist": "bench"}).json()["api_key"]
        via = {"Authorization": f"Bearer {key}"}

        # The floor: the same decision (auth, checks, audit made durable) without forwarding, via /v1/check.
        check: list[float] = []
        with httpx.Client(base_url=arbiter, headers=via, timeout=30) as c:
            for i in range(200 + args.calls):
                t0 = time.perf_counter()
                c.post("/v1/check", json={"tool": "crm.get_customer", "arguments": {"customer_id": "C-1001"}})
                if i >= 200:
                    check.append((time.perf_counter() - t0) * 1000)
        direct = asyncio.run(latency(upstream, {}, "get_customer", args.calls))
        through = asyncio.run(latency(f"{arbiter}/mcp", via, "crm.get_customer", args.calls))
        rps_direct = asyncio.run(throughput(upstream, {}, "get_customer", args.concurrency, args.seconds))
        rps_through = asyncio.run(throughput(f"{arbiter}/mcp", via, "crm.get_customer", args.concurrency,
                                             args.seconds))
        result = {
            "calls": args.calls, "concurrency": args.concurrency, "cpus": os.cpu_count(),
            "direct_ms": {"p50": round(percentile(direct, 50), 2), "p99": round(percentile(direct, 99), 2)},
            "arbiter_ms": {"p50": round(percentile(through, 50), 2), "p99": round(percentile(through, 99), 2)},
            "check_only_ms": {"p50": round(percentile(check, 50), 2), "p99": round(percentile(check, 99), 2)},
            "added_ms": {"p50": round(percentile(through, 50) - percentile(direct, 50), 2),
                         "p99": round(percentile(through, 99) - percentile(direct, 99), 2),
                         "mean": round(statistics.mean(through) - statistics.mean(direct), 2)},
            "calls_per_s": {"direct": round(rps_direct), "arbiter": round(rps_through)},
        }
        print(json.dumps(result, indent=2))
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=15)


if __name__ == "__main__":
    main()
