"""Benchmark of the core decision path (``make bench``).

    python bench/run.py [--quick] [--duration S] [--connections N] [--workers N] [--out PATH]

In one run, on loopback:

1. Starts ``arbiter serve`` as a subprocess (temporary ``ARBITER_DATA_DIR``, default SQLite store
   in WAL mode with ``synchronous=FULL``, the demo tools registered first with
   ``arbiter tools add --file examples/tools``, ./allowlists loaded) and creates three agents
   through the admin API.
2. Starts ``bench/echo_app.py``, a bare Litestar ``POST /echo`` served by uvicorn with the same
   loop, HTTP parser and worker count, as the ceiling.
3. Throughput: drives both with ``wrk`` (closed loop, ``--connections`` connections,
   ``bench/mix.lua`` replaying the same request mix: allowed calls, schema violations, unknown
   tools, not-allowed tools, each with its agent's bearer key; the echo gets the same bodies).
   Rounds alternate check / echo; the best round of each counts, all are kept in the JSON.
   Latency: an open-loop generator (below) sends at a fixed rate of half of each target's
   measured maximum and measures every request from its *scheduled* send time, as wrk2 does,
   so a stall is charged to every request that should have gone out during it.
4. In process: ``Arbiter.build`` + the demo seed, then ``await svc.pipeline.run(ctx)``
   (decision + durable audit write) one call at a time, the check chain alone
   (``svc.pipeline._chain``), and the same mix from 32 concurrent tasks, which gives the audit
   records per commit (group commit).
5. Prints a table and writes bench/results/core.json.

Debian ships ``wrk`` but not wrk2, hence the small Python open-loop generator for step 3's
latency; it shares the 2 cores with the server under test, and so does wrk.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import platform
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvloop

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
BIN = Path(sys.executable).parent
ADMIN_TOKEN = "bench-admin-token"  # a throwaway token for a throwaway server

TARGET_RATIO = 0.50
TARGET_P99_MS = 10.0
TARGET_INPROC_P50_MS = 1.0

# ---------------------------------------------------------------------------------------------------------------
# The request mix: (agent, tool, arguments, expected outcome). Outcome "allow" or the exact list of reason codes.
# 20 calls: 10 allowed, 4 schema / allowlist-constraint violations, 3 unknown tools, 3 not allowed.
# get_order on the *support* allowlist carries a shared-store rate limit (one database transaction per call);
# it is measured on its own in process, not in this mix (see the report).
# ---------------------------------------------------------------------------------------------------------------
EMAIL = {"to": "alice@example.com", "subject": "Your order ORD-104233 has shipped",
         "body": "Hello Alice,\n\nyour order ORD-104233 left our warehouse today and should arrive within two "
                 "business days. You can follow it from your account page.\n\nKind regards,\nSupport"}
MIX: list[tuple[str, str, dict[str, Any], str | list[str]]] = [
    ("support", "search_kb", {"query": "how do I reset my password", "limit": 5}, "allow"),
    ("support", "send_email", EMAIL, "allow"),
    ("readonly", "get_order", {"order_id": "ORD-104233"}, "allow"),
    ("support", "get_order", {"order_id": "42"}, ["SCHEMA_VIOLATION"]),
    ("support", "delete_everything", {"confirm": True}, ["UNKNOWN_TOOL"]),
    ("support", "search_kb", {"query": "refund policy for damaged items"}, "allow"),
    ("readonly", "send_email", EMAIL, ["TOOL_NOT_ALLOWED"]),
    ("lead", "refund_order", {"order_id": "ORD-104233", "amount": 25.5, "reason": "arrived damaged"}, "allow"),
    ("support", "send_email", {**EMAIL, "to": "mallory@evil.test"}, ["ALLOWLIST_CONSTRAINT"]),
    ("readonly", "search_kb", {"query": "where is my parcel", "limit": 3}, "allow"),
    ("support", "refund_order", {"order_id": "ORD-104233", "amount": 25.5}, ["TRUST_TOO_LOW"]),
    ("support", "send_email", {**EMAIL, "to": "bob@example.com", "subject": "Re: invoice"}, "allow"),
    ("support", "run_shell", {"cmd": "rm -rf /"}, ["UNKNOWN_TOOL"]),
    ("support", "search_kb", {"query": "", "limit": 99}, ["SCHEMA_VIOLATION", "SCHEMA_VIOLATION"]),
    ("readonly", "get_order", {"order_id": "ORD-000017"}, "allow"),
    ("readonly", "refund_order", {"order_id": "ORD-104233", "amount": 5}, ["TOOL_NOT_ALLOWED"]),
    ("lead", "search_kb", {"query": "warranty terms", "limit": 10}, "allow"),
    ("support", "send_email", {"to": "carol@example.com", "subject": "Hi"}, ["SCHEMA_VIOLATION"]),
    ("lead", "http_get", {"url": "https://example.com"}, ["UNKNOWN_TOOL"]),
    ("support", "search_kb", {"query": "change delivery address", "limit": 5}, "allow"),
]
AGENTS = {"support": ("standard", "support"), "lead": ("privileged", "support"), "readonly": ("standard", "readonly")}


def mix_category(expected: str | list[str]) -> str:
    if expected == "allow":
        return "allowed"
    code = expected[0]
    return {"SCHEMA_VIOLATION": "schema violation", "ALLOWLIST_CONSTRAINT": "schema violation",
            "UNKNOWN_TOOL": "unknown tool"}.get(code, "not allowed")


def body_of(tool: str, arguments: dict[str, Any], i: int) -> bytes:
    return json.dumps({"tool": tool, "arguments": arguments, "call_id": f"bench-{i}",
                       "context": {"conversation_id": "conv-bench", "source": "model"}},
                      separators=(",", ":")).encode()


# ---------------------------------------------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: server exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url}: server did not start in {timeout:.0f}s:\n{log.read_text()[-3000:]}")


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def server_env(data_dir: Path, port: int, workers: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARBITER_")}
    env.update({
        "ARBITER_DATA_DIR": str(data_dir), "ARBITER_ADMIN_TOKEN": ADMIN_TOKEN,
        "ARBITER_ALLOWLISTS": str(ROOT / "allowlists"), "ARBITER_HOST": "127.0.0.1",
        "ARBITER_PORT": str(port), "ARBITER_WORKERS": str(workers),
    })
    return env


def start_arbiter(tmp: Path, workers: int) -> tuple[subprocess.Popen[bytes], str, Path]:
    data_dir, port = tmp / "arbiter", free_port()
    env = server_env(data_dir, port, workers)
    arbiter = str(BIN / "arbiter")
    subprocess.run([arbiter, "tools", "add", "--file", str(ROOT / "examples" / "tools")], env=env, check=True,
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    log = tmp / "arbiter.log"
    proc = subprocess.Popen([arbiter, "serve"], env=env, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/healthz", proc, log)
    return proc, url, data_dir / "arbiter.db"


def start_echo(tmp: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = tmp / "echo.log"
    proc = subprocess.Popen([sys.executable, str(BENCH / "echo_app.py"), "--port", str(port), "--workers",
                             str(workers)], cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_http(url + "/", proc, log)
    return proc, url


def create_agents(url: str) -> dict[str, str]:
    keys: dict[str, str] = {}
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=30) as admin:
        for name, (trust, allowlist) in AGENTS.items():
            r = admin.post("/v1/agents", json={"name": f"bench-{name}", "tenant": "acme", "trust": trust,
                                               "allowlist": allowlist})
            if r.status_code != 201:
                raise RuntimeError(f"creating agent {name}: {r.status_code} {r.text}")
            keys[name] = r.json()["api_key"]
    return keys


@dataclass
class Request:
    path: str
    auth: str
    body: bytes
    expected: str | list[str]

    def raw(self, host: str) -> bytes:
        return (f"POST {self.path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                f"Authorization: {self.auth}\r\nContent-Length: {len(self.body)}\r\n\r\n").encode() + self.body


def build_requests(keys: dict[str, str], path: str) -> list[Request]:
    return [Request(path, f"Bearer {keys[agent]}", body_of(tool, args, i), expected)
            for i, (agent, tool, args, expected) in enumerate(MIX)]


def preflight(url: str, check: list[Request], echo_url: str, echo: list[Request]) -> None:
    """Every request of the mix gets the decision it is meant to get (and the echo echoes)."""
    with httpx.Client(timeout=30) as c:
        for req in check:
            r = c.post(url + req.path, content=req.body, headers={"Authorization": req.auth,
                                                                  "Content-Type": "application/json"})
            d = r.json()
            got = "allow" if d.get("verdict") == "allow" else [x["code"] for x in d.get("reasons", [])]
            if r.status_code != 200 or got != req.expected:
                raise RuntimeError(f"mix request {req.body[:80]!r}: expected {req.expected}, got {r.status_code} {d}")
        for req in echo:
            r = c.post(echo_url + req.path, content=req.body, headers={"Authorization": req.auth,
                                                                       "Content-Type": "application/json"})
            if r.status_code != 200 or r.json() != json.loads(req.body):
                raise RuntimeError(f"echo: {r.status_code} {r.text[:200]}")


def write_requests_file(path: Path, reqs: Sequence[Request]) -> Path:
    path.write_text("".join(f"{r.path}\t{r.auth}\t{r.body.decode()}\n" for r in reqs))
    return path


# ---------------------------------------------------------------------------------------------------------------
# wrk (closed loop: maximum throughput)
# ---------------------------------------------------------------------------------------------------------------
_UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not m:
        raise ValueError(f"wrk latency {text!r}")
    return float(m.group(1)) * _UNIT[m.group(2)]


def proc_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its children (uvicorn workers)."""
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            todo += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
    return total


def run_wrk(url: str, reqfile: Path, *, connections: int, threads: int, duration: float) -> dict[str, Any]:
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(duration))}s", "--latency",
           "-s", str(BENCH / "mix.lua"), url, "--", str(reqfile)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=duration + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    dist = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "requests": total, "p50_ms": _ms(dist["50"]), "p90_ms": _ms(dist["90"]),
            "p99_ms": _ms(dist["99"]), "non_2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": sock.group(1) if sock else None}


# ---------------------------------------------------------------------------------------------------------------
# Open-loop generator (fixed rate, latency from the scheduled send time)
# ---------------------------------------------------------------------------------------------------------------
class _Conn(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection with at most one request in flight."""

    def __init__(self, gen: OpenLoop) -> None:
        self.gen = gen
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.need = -1
        self.status = 0
        self.scheduled = 0.0
        self.sent = 0.0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            if self.need < 0:
                end = self.buf.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = bytes(self.buf[:end]).lower()
                m = re.search(rb"\r\ncontent-length:\s*(\d+)", head)
                if m is None:
                    raise RuntimeError("open-loop generator: response without content-length")
                self.status = int(head[9:12])
                self.need = end + 4 + int(m.group(1))
            if len(self.buf) < self.need:
                return
            del self.buf[:self.need]
            self.need = -1
            self.gen.done(self, self.status)

    def connection_lost(self, exc: Exception | None) -> None:
        self.gen.lost(self)


@dataclass
class OpenLoop:
    host: str
    port: int
    requests: list[bytes]
    rate: float
    duration: float
    connections: int
    latencies: list[float] = field(default_factory=list)
    service: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    errors: int = 0

    async def run(self) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        clock = time.perf_counter  # uvloop's loop.time() has millisecond resolution
        conns = [(await loop.create_connection(lambda: _Conn(self), self.host, self.port))[1]
                 for _ in range(self.connections)]
        self._idle: deque[_Conn] = deque(conns)
        self._backlog: deque[tuple[int, float]] = deque()
        self._outstanding = 0
        self._finished = loop.create_future()
        total = int(self.rate * self.duration)
        t0 = clock() + 0.05
        i = 0
        max_backlog = 0
        while i < total:
            due = min(total, int((clock() - t0) * self.rate) + 1)
            while i < due:
                self._send(i, t0 + i / self.rate)
                i += 1
            max_backlog = max(max_backlog, len(self._backlog))
            await asyncio.sleep(max(0.0, t0 + i / self.rate - clock()))
        self._sending_done = True
        if self._outstanding:
            await asyncio.wait_for(self._finished, timeout=30)
        elapsed = clock() - t0
        for c in conns:
            if c.transport is not None:
                c.transport.close()
        lat = sorted(self.latencies)
        svc = sorted(self.service)
        return {"target_rps": round(self.rate, 1), "achieved_rps": round(len(lat) / elapsed, 1), "requests": len(lat),
                "connections": self.connections, "p50_ms": pct(lat, 50), "p90_ms": pct(lat, 90),
                "p99_ms": pct(lat, 99), "max_ms": lat[-1] if lat else None,
                "service_p50_ms": pct(svc, 50), "service_p99_ms": pct(svc, 99), "max_backlog": max_backlog,
                "non_200": sum(n for s, n in self.statuses.items() if s != 200), "errors": self.errors,
                # The requests could not go out on time (all connections busy, or this process starved of CPU):
                # the server was not keeping up at this rate on this machine at this moment.
                "fell_behind": len(lat) / elapsed < 0.95 * self.rate or max_backlog > self.connections}

    _sending_done = False

    def _send(self, i: int, scheduled: float) -> None:
        self._outstanding += 1
        if self._idle:
            self._write(self._idle.popleft(), i, scheduled)
        else:
            self._backlog.append((i, scheduled))

    def _write(self, conn: _Conn, i: int, scheduled: float) -> None:
        conn.scheduled = scheduled
        conn.sent = time.perf_counter()
        assert conn.transport is not None
        conn.transport.write(self.requests[i % len(self.requests)])

    def done(self, conn: _Conn, status: int) -> None:
        now = time.perf_counter()
        self.latencies.append((now - conn.scheduled) * 1000)
        self.service.append((now - conn.sent) * 1000)
        self.statuses[status] += 1
        self._outstanding -= 1
        if self._backlog:
            self._write(conn, *self._backlog.popleft())
        else:
            self._idle.append(conn)
        if self._sending_done and self._outstanding == 0 and not self._finished.done():
            self._finished.set_result(None)

    def lost(self, conn: _Conn) -> None:
        if conn.need >= 0 or conn in self._idle:
            return
        self.errors += 1


def pct(sorted_values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, math.ceil(p / 100 * len(sorted_values)) - 1))
    return round(sorted_values[k], 3)


def open_loop(url: str, reqs: list[Request], rate: float, duration: float, connections: int) -> dict[str, Any]:
    hostport = url.split("://", 1)[1]
    host, port = hostport.split(":")
    raw = [r.raw(hostport) for r in reqs]
    gen = OpenLoop(host, int(port), raw, rate, duration, connections)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(gen.run())


# ---------------------------------------------------------------------------------------------------------------
# In process
# ---------------------------------------------------------------------------------------------------------------
def inprocess(tmp: Path, *, calls: int, concurrency: int, seconds: float) -> dict[str, Any]:
    """Decision latency without HTTP: the service built as ``arbiter serve`` builds it, seeded like the tests."""
    import msgspec

    from arbiter.registry import ToolSpec
    from arbiter.service import Arbiter
    from arbiter.settings import load_settings
    from arbiter.types import CallInfo, ToolCall, Verdict

    env = server_env(tmp / "inproc", 0, 1)
    del env["ARBITER_PORT"]
    settings = load_settings({k: v for k, v in env.items() if k.startswith("ARBITER_")})
    svc = Arbiter.build(settings)
    svc.db.migrate()
    svc.registry.put_tools([msgspec.json.decode(path.read_bytes(), type=ToolSpec)
                           for path in sorted((ROOT / "examples" / "tools").glob("*.json"))], actor="bench")
    svc.prepare(actor="bench")
    agents = {}
    for name, (trust, allowlist) in AGENTS.items():
        agent, _ = svc.registry.create_agent(name=f"bench-{name}", tenant="acme", trust=trust, allowlist=allowlist,
                                             actor="bench")
        agents[name] = agent
    svc.registry.reload()
    info = CallInfo(conversation_id="conv-bench", source="model")
    mix = [(agents[a], ToolCall(tool=t, arguments=args, call_id=f"bench-{i}", context=info), exp)
           for i, (a, t, args, exp) in enumerate(MIX)]
    rate_limited = (agents["support"], ToolCall(tool="get_order", arguments={"order_id": "ORD-104233"}), None)
    pipe, audit = svc.pipeline, svc.audit

    # Writer-side instrumentation (instance attributes shadow the methods; the store is not modified).
    commits: list[tuple[int, float, float]] = []  # (records, whole transaction ms, append ms)
    appends: list[float] = []
    orig_commit, orig_append = audit._commit, audit.append

    def timed_append(conn: Any, records: list[Any]) -> None:
        t = time.perf_counter()
        orig_append(conn, records)
        appends.append((time.perf_counter() - t) * 1000)

    def timed_commit(batch: list[Any]) -> None:
        t = time.perf_counter()
        orig_commit(batch)
        commits.append((len(batch), (time.perf_counter() - t) * 1000, appends[-1] if appends else 0.0))

    audit.append = timed_append  # type: ignore[method-assign]
    audit._commit = timed_commit  # type: ignore[method-assign]

    async def timed(fn: Callable[[Any], Any], items: list[Any], n: int) -> list[float]:
        out = []
        for i in range(n):
            agent, call, _ = items[i % len(items)]
            ctx = pipe.context(call, agent)
            t = time.perf_counter_ns()
            await fn(ctx)
            out.append((time.perf_counter_ns() - t) / 1e6)
        return sorted(out)

    async def chain(ctx: Any) -> Any:
        return await pipe._chain(ctx, pipe.checks)

    async def decide(ctx: Any) -> Any:
        """What run() does before it waits for the audit store: the chain, then the record (scrubbed)."""
        ctx.verdict = await pipe._chain(ctx, pipe.checks) or Verdict(verdict="allow")
        return pipe.record(ctx)

    async def stages(n: int) -> dict[str, float]:
        """Mean microseconds per decision spent in each check and in building the record."""
        spent: Counter[str] = Counter()
        for i in range(n):
            agent, call, _ = mix[i % len(mix)]
            t = time.perf_counter_ns()
            ctx = pipe.context(call, agent)
            spent["context"] += time.perf_counter_ns() - t
            for check in pipe.checks:
                t = time.perf_counter_ns()
                verdict = await check(ctx)
                spent[f"check:{check.name}"] += time.perf_counter_ns() - t
                if verdict is not None:
                    break
            ctx.verdict = verdict or Verdict(verdict="allow")
            t = time.perf_counter_ns()
            pipe.record(ctx)
            spent["record (incl. scrubbing arguments for storage)"] += time.perf_counter_ns() - t
        return {k: round(v / n / 1000, 1) for k, v in spent.items()}

    async def main() -> dict[str, Any]:
        audit.start()
        # The mix decides as intended in process too; then warm up.
        for agent, call, expected in mix:
            ctx = await pipe.run(pipe.context(call, agent))
            assert ctx.verdict is not None
            got = "allow" if ctx.verdict.verdict == "allow" else [r.code for r in ctx.verdict.reasons]
            if got != expected:
                raise RuntimeError(f"in-process mix {call.tool}: expected {expected}, got {got}")
        await timed(pipe.run, mix, 200)
        res: dict[str, Any] = {}
        commits.clear()
        res["run_sequential"] = summary(await timed(pipe.run, mix, calls))
        res["run_sequential"]["commit_ms"] = summary(sorted(c[1] for c in commits))
        res["decide_no_audit_wait"] = summary(await timed(decide, mix, calls * 2))
        res["chain_only"] = summary(await timed(chain, mix, calls * 2))
        per_cat: dict[str, list[float]] = {}
        for entry in mix:
            per_cat.setdefault(mix_category(entry[2]), []).extend(await timed(decide, [entry], 100))
        res["decide_by_category"] = {k: summary(sorted(v)) for k, v in per_cat.items()}
        res["stages_us_mean"] = await stages(calls * 2)
        # A tool with a shared-store rate limit: one extra write transaction per call (not in the mix above).
        n_rl = max(50, calls // 10)
        res["rate_limited_tool_run"] = summary(await timed(pipe.run, [rate_limited], n_rl))
        res["rate_limited_tool_chain"] = summary(await timed(chain, [rate_limited], n_rl))

        # Concurrent decisions: group commit.
        commits.clear()
        b0, r0 = audit.batches, audit.records
        lat: list[float] = []
        deadline = time.perf_counter() + seconds
        counter = iter(range(10**9))

        async def worker() -> None:
            while time.perf_counter() < deadline:
                agent, call, _ = mix[next(counter) % len(mix)]
                t = time.perf_counter_ns()
                await pipe.run(pipe.context(call, agent))
                lat.append((time.perf_counter_ns() - t) / 1e6)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - t0
        batches, records = audit.batches - b0, audit.records - r0
        res["run_concurrent"] = {
            **summary(sorted(lat)), "concurrency": concurrency, "decisions_per_s": round(len(lat) / elapsed, 1),
            "commits": batches, "records": records, "records_per_commit": round(records / max(1, batches), 1),
            "commit_ms": summary(sorted(c[1] for c in commits)),
            "append_ms": summary(sorted(c[2] for c in commits)),
            "writer_busy": round(sum(c[1] for c in commits) / 1000 / elapsed, 3),
        }
        await asyncio.to_thread(audit.close)
        return res

    try:
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            return runner.run(main())
    finally:
        svc.db.dispose()


def summary(values: Sequence[float]) -> dict[str, Any]:
    return {"n": len(values), "p50_ms": pct(values, 50), "p90_ms": pct(values, 90), "p99_ms": pct(values, 99),
            "mean_ms": round(sum(values) / len(values), 4) if values else None}


# ---------------------------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    cpu = ""
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    from importlib.metadata import version
    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("\n")[0].strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "os": platform.platform(), "python": platform.python_version(),
            **{pkg: version(pkg) for pkg in ("litestar", "uvicorn", "msgspec", "uvloop", "httptools", "sqlalchemy")},
            "sqlite": sqlite3.sqlite_version, "wrk": wrk,
            "loadavg_at_start": [round(x, 2) for x in os.getloadavg()]}


def fmt(x: float | None, nd: int = 2) -> str:
    return "-" if x is None else f"{x:,.{nd}f}"


def report(res: dict[str, Any]) -> str:
    c, e = res["http"]["check"], res["http"]["echo"]
    cl, el = res["latency_half_load"]["check"], res["latency_half_load"]["echo"]
    ip, t, cfg = res["inprocess"], res["targets"], res["config"]
    seq, dec, ch, conc = ip["run_sequential"], ip["decide_no_audit_wait"], ip["chain_only"], ip["run_concurrent"]
    rl = ip["rate_limited_tool_run"]

    def ok(flag: bool) -> str:
        return "PASS" if flag else "FAIL"

    def row(label: str, d: dict[str, Any], extra: str = "") -> str:
        return f"  {label:<44}{fmt(d['p50_ms'], 3):>9}{fmt(d['p99_ms'], 3):>9}{extra}"

    lines = [
        "",
        f"Arbiter core benchmark ({res['mode']}): {cfg['workers']} uvicorn worker(s), wrk {cfg['threads']} threads x "
        f"{cfg['connections']} connections x {cfg['duration_s']:g} s (best of {cfg['rounds']}), "
        f"{res['machine']['cores']} cores, load average {res['machine']['loadavg_at_start'][0]} at start",
        "",
        "HTTP on loopback          max (wrk, closed loop)       | half of max, open loop (from scheduled send)",
        "                            req/s   p50 ms   p99 ms    |  rate req/s   p50 ms   p99 ms",
    ]
    for label, m, h in (("POST /v1/check", c, cl), ("POST /echo (ceiling)", e, el)):
        lines.append(f"  {label:<22}{m['rps']:>9,.0f}{m['p50_ms']:>9.2f}{m['p99_ms']:>9.2f}    |"
                     f"{h['achieved_rps']:>12,.0f}{fmt(h['p50_ms']):>9}{fmt(h['p99_ms']):>9}")
    lines.append(f"  ratio check / echo    {res['ratio']:>9.2f}")
    cpu_c, cpu_e = c["server_cpu_us_per_request"], e["server_cpu_us_per_request"]
    lines.append(f"  server CPU per request: /v1/check {cpu_c:.0f} us, echo {cpu_e:.0f} us "
                 f"(echo / check {cpu_e / max(1.0, cpu_c):.2f}: the ratio's ceiling if CPU is the limit)")
    for name, h in (("/v1/check", cl), ("echo", el)):
        if h["fell_behind"]:
            lines.append(f"  note: the open-loop run of {name} fell behind its schedule (backlog up to "
                         f"{h['max_backlog']} requests): the server, the generator and the machine's other load "
                         "did not fit on the cores at that rate")
    if "check_more_connections" in res["http"]:
        m = res["http"]["check_more_connections"]
        lines.append(f"  /v1/check with {m['connections']} connections: {m['rps']:,.0f} req/s, "
                     f"p50 {m['p50_ms']:.2f} ms, p99 {m['p99_ms']:.2f} ms (more concurrency, bigger commits)")
    lines += [
        "",
        f"  {'In process (uvloop, SQLite WAL synchronous=FULL)':<44}{'p50 ms':>9}{'p99 ms':>9}",
        row("pipeline.run, one call at a time", seq, "   (each waits for its own commit)"),
        row("  of which the commit (fsync)", seq["commit_ms"]),
        row("decision without waiting for the audit", dec, "   (chain + record built and scrubbed)"),
        row("check chain only", ch),
        row(f"pipeline.run, {conc['concurrency']} concurrent tasks", conc,
            f"   {conc['decisions_per_s']:,.0f}/s, {conc['records_per_commit']} records/commit"),
        row("  commit of one batch", conc["commit_ms"], f"   writer busy {conc['writer_busy']:.0%} of the time"),
        row("rate-limited tool (get_order), run", rl, "   (not in the mix: +1 write transaction)"),
        "  mean us per decision by stage: " + ", ".join(f"{k} {v:g}" for k, v in ip["stages_us_mean"].items()),
        "",
        "Targets",
        f"  /v1/check >= {TARGET_RATIO:.0%} of echo req/s                  {res['ratio']:.2f}   {ok(t['ratio'])}",
        f"  /v1/check p99 <= {TARGET_P99_MS:g} ms at half of max load         {fmt(cl['p99_ms'])} ms   "
        f"{ok(t['p99_half_load'])}",
        f"  in-process decision p50 <= {TARGET_INPROC_P50_MS:g} ms, with durable audit  {fmt(seq['p50_ms'], 3)} ms   "
        f"{ok(t['inprocess_p50'])}",
        f"  in-process decision p50 <= {TARGET_INPROC_P50_MS:g} ms, without the wait   {fmt(dec['p50_ms'], 3)} ms   "
        f"{ok(t['inprocess_p50_no_wait'])}",
        f"  every answered check audited        {res['http']['audit_rows']:,} rows >= "
        f"{res['http']['check_requests_total']:,} answers   {ok(t['all_audited'])}",
        "",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmark of the core decision path.")
    p.add_argument("--quick", action="store_true", help="one short round (about 40 s in all)")
    p.add_argument("--duration", type=float, help="seconds per wrk round and per open-loop run (default 10, quick 4)")
    p.add_argument("--rounds", type=int, help="alternating check/echo wrk rounds (default 2, quick 1)")
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--threads", type=int, default=2, help="wrk threads")
    p.add_argument("--workers", type=int, default=1, help="uvicorn workers for both servers")
    p.add_argument("--fraction", type=float, default=0.5, help="open-loop rate as a fraction of the maximum")
    p.add_argument("--out", type=Path, default=BENCH / "results" / "core.json")
    args = p.parse_args(argv)
    duration = args.duration or (4.0 if args.quick else 10.0)
    rounds = args.rounds or (1 if args.quick else 2)
    if shutil.which("wrk") is None:
        print("bench: wrk not found (Debian: apt-get install wrk)", file=sys.stderr)
        return 2
    random.seed(0)
    res: dict[str, Any] = {"mode": "quick" if args.quick else "full", "machine": machine(),
                           "config": {"connections": args.connections, "threads": args.threads,
                                      "workers": args.workers, "duration_s": duration, "rounds": rounds,
                                      "fraction": args.fraction, "mix": [
                                          {"agent": a, "tool": t, "expected": x, "category": mix_category(x)}
                                          for a, t, _, x in MIX]}}
    started = time.monotonic()
    arb = echo = None
    with tempfile.TemporaryDirectory(prefix="arbiter-bench-", dir=os.environ.get("ARBITER_BENCH_TMP")) as d:
        tmp = Path(d)
        try:
            print("bench: starting arbiter serve and the echo server ...", flush=True)
            arb, url, db_path = start_arbiter(tmp, args.workers)
            echo, echo_url = start_echo(tmp, args.workers)
            keys = create_agents(url)
            if args.workers > 1:  # the other workers see the new agents at their next registry poll (1 s)
                time.sleep(2.5)
            check_reqs = build_requests(keys, "/v1/check")
            echo_reqs = build_requests(keys, "/echo")
            preflight(url, check_reqs, echo_url, echo_reqs)
            check_file = write_requests_file(tmp / "check.txt", check_reqs)
            echo_file = write_requests_file(tmp / "echo.txt", echo_reqs)
            wrk = {"connections": args.connections, "threads": args.threads}
            print("bench: warm-up ...", flush=True)
            run_wrk(url + "/v1/check", check_file, duration=2, **wrk)
            run_wrk(echo_url + "/echo", echo_file, duration=2, **wrk)
            rows_before = audit_rows(db_path)
            rounds_out: dict[str, list[dict[str, Any]]] = {"check": [], "echo": []}
            for r in range(rounds):
                for name, u, f, proc in (("check", url + "/v1/check", check_file, arb),
                                         ("echo", echo_url + "/echo", echo_file, echo)):
                    cpu0, t0 = proc_cpu_s(proc.pid), time.monotonic()
                    out = run_wrk(u, f, duration=duration, **wrk)
                    cpu = proc_cpu_s(proc.pid) - cpu0
                    out["server_cpu_share"] = round(cpu / (time.monotonic() - t0), 2)  # cores used by the server
                    out["server_cpu_us_per_request"] = round(cpu / max(1, out["requests"]) * 1e6, 1)
                    rounds_out[name].append(out)
                    print(f"bench: round {r + 1}/{rounds} {name:5}: {out['rps']:,.0f} req/s, p50 {out['p50_ms']:.2f} "
                          f"ms, p99 {out['p99_ms']:.2f} ms, non-2xx {out['non_2xx']}; server CPU "
                          f"{out['server_cpu_us_per_request']:.0f} us/request", flush=True)
            extra = None
            if not args.quick:  # is /v1/check bound by commit latency (more connections help) or by CPU?
                more = {**wrk, "connections": args.connections * 4}
                extra = {**run_wrk(url + "/v1/check", check_file, duration=duration, **more),
                         "connections": more["connections"]}
                print(f"bench: /v1/check with {more['connections']} connections: {extra['rps']:,.0f} req/s", flush=True)
            check_total = sum(o["requests"] for o in rounds_out["check"]) + (extra["requests"] if extra else 0)
            time.sleep(0.5)
            rows = audit_rows(db_path) - rows_before
            best = {k: max(v, key=lambda o: o["rps"]) for k, v in rounds_out.items()}
            res["http"] = {**best, "rounds": rounds_out, "audit_rows": rows, "check_requests_total": check_total}
            if extra:
                res["http"]["check_more_connections"] = extra
            res["ratio"] = round(best["check"]["rps"] / best["echo"]["rps"], 3)
            half: dict[str, Any] = {}
            for name, u, reqs in (("check", url, check_reqs), ("echo", echo_url, echo_reqs)):
                rate = best[name]["rps"] * args.fraction
                half[name] = open_loop(u, reqs, rate, duration, args.connections)
                h = half[name]
                print(f"bench: open loop {name:5} at {rate:,.0f} req/s: achieved {h['achieved_rps']:,.0f}, p50 "
                      f"{fmt(h['p50_ms'])} ms, p99 {fmt(h['p99_ms'])} ms, non-200 {h['non_200']}", flush=True)
            res["latency_half_load"] = half
        finally:
            stop(arb)
            stop(echo)
        print("bench: in process ...", flush=True)
        res["inprocess"] = inprocess(tmp, calls=500 if args.quick else 2000, concurrency=32,
                                     seconds=2.0 if args.quick else 5.0)
    cl = res["latency_half_load"]["check"]
    res["targets"] = {
        "ratio": res["ratio"] >= TARGET_RATIO,
        "p99_half_load": cl["p99_ms"] is not None and cl["p99_ms"] <= TARGET_P99_MS and cl["non_200"] == 0,
        "inprocess_p50": res["inprocess"]["run_sequential"]["p50_ms"] <= TARGET_INPROC_P50_MS,
        "inprocess_p50_no_wait": res["inprocess"]["decide_no_audit_wait"]["p50_ms"] <= TARGET_INPROC_P50_MS,
        "all_audited": res["http"]["audit_rows"] >= res["http"]["check_requests_total"]
        and all(o["non_2xx"] == 0 for o in res["http"]["rounds"]["check"]),
    }
    res["elapsed_s"] = round(time.monotonic() - started, 1)
    res["machine"]["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    print(report(res))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n")
    print(f"bench: results in {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out} "
          f"({res['elapsed_s']} s)")
    return 0


def audit_rows(db_path: Path) -> int:
    """Decision records in the server's store (read-only; WAL lets us read while it writes)."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM audit_records WHERE kind = 'check'").fetchone()[0])
    finally:
        con.close()


if __name__ == "__main__":
    sys.exit(main())
