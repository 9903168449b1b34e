"""Hold vs deny: what a held call costs on the hot path, against a denied call, in the same run.

    python bench/bench_hold.py [--calls 2000]

In process (the service as ``arbiter serve`` builds it, SQLite store in a temp dir, every decision
durable before it returns), alternating call by call: a refund the policy holds for approval
(each with new arguments, so each creates a pending approval, written in its record's transaction)
and a refund the policy denies (an amount over the allowlist's limit). Target: a hold's p50 within
0.2 ms of a deny's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import percentile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

HOLDS = {"name": "bench-holds", "tenant": "acme", "tools": {
    "refund_order": {"arguments": {"properties": {"amount": {"maximum": 5000}}},
                     "approval": {"when": [{"arguments": {"properties": {"amount": {"exclusiveMinimum": 100}},
                                                          "required": ["amount"]}}]}}}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=200)
    args = ap.parse_args()
    import msgspec

    from arbiter.registry import ToolSpec
    from arbiter.service import Arbiter
    from arbiter.settings import load_settings
    from arbiter.types import ToolCall

    tmp = tempfile.mkdtemp(prefix="arbiter-bench-hold-", dir=os.environ.get("BENCH_TMP"))
    svc = Arbiter.build(load_settings({"ARBITER_DATA_DIR": tmp, "ARBITER_ADMIN_TOKEN": "bench",
                                       "ARBITER_ALLOWLISTS": str(ROOT / "allowlists")}))
    svc.db.migrate()
    svc.registry.put_tools([msgspec.json.decode(path.read_bytes(), type=ToolSpec)
                           for path in sorted((ROOT / "examples" / "tools").glob("*.json"))], actor="bench")
    svc.prepare(actor="bench")
    svc.registry.apply_allowlists([("holds.yaml", HOLDS)], actor="bench")
    agent, _ = svc.registry.create_agent(name="bench", tenant="acme", trust="privileged", allowlist="bench-holds",
                                         actor="bench")
    pipe = svc.pipeline

    async def one(amount: float, expect: str) -> float:
        call = ToolCall(tool="refund_order", arguments={"order_id": "ORD-000042", "amount": amount})
        ctx = pipe.context(call, agent)
        t = time.perf_counter_ns()
        await pipe.run(ctx)
        dt = (time.perf_counter_ns() - t) / 1e6
        assert ctx.verdict is not None and ctx.verdict.verdict == expect, (expect, ctx.verdict)
        return dt

    async def run() -> dict[str, Any]:
        svc.audit.start()
        holds: list[float] = []
        denies: list[float] = []
        for i in range(args.warmup + args.calls):
            h = await one(101 + i * 0.01, "hold")  # new arguments each time: a new pending approval
            d = await one(9000 + i, "deny")
            if i >= args.warmup:
                holds.append(h)
                denies.append(d)
        svc.audit.close()
        return {"calls": args.calls,
                "hold": {"p50_ms": round(percentile(holds, 50), 3), "p99_ms": round(percentile(holds, 99), 3)},
                "deny": {"p50_ms": round(percentile(denies, 50), 3), "p99_ms": round(percentile(denies, 99), 3)},
                "hold_minus_deny_p50_ms": round(percentile(holds, 50) - percentile(denies, 50), 3)}

    print(json.dumps(asyncio.run(run()), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
