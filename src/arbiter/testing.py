"""A shipped test kit: a scripted model provider that speaks the real OpenAI Chat Completions and
Anthropic Messages wire formats (JSON and SSE streaming) over real HTTP on 127.0.0.1.

Script the answers, point Arbiter's ``ARBITER_UPSTREAM_OPENAI_URL`` at :attr:`ScriptedModel.openai_url`
and ``ARBITER_UPSTREAM_ANTHROPIC_URL`` at :attr:`ScriptedModel.anthropic_url`, and drive Arbiter with
the official SDKs::

    model = ScriptedModel().start()
    model.script(Turn(tool_calls=[call("get_order", {"order_id": "ORD-000001"}, id="call_1")]),
                 Turn(text="Your order ships tomorrow."))
    ...
    model.requests[0].body  # what Arbiter forwarded (scrubbed, tools filtered)
    model.stop()

One script serves both protocols: each request takes the next :class:`Turn` and renders it in
the wire format of the path it came in on, streamed when the request says ``"stream": true``.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import uvicorn

__all__ = ["Received", "ScriptedCall", "ScriptedModel", "Turn", "call"]


@dataclass
class ScriptedCall:
    """A tool call the scripted model proposes. ``arguments`` as a string is sent verbatim (may be bad JSON)."""

    name: str
    arguments: dict[str, Any] | str
    id: str

    def raw(self) -> str:
        return self.arguments if isinstance(self.arguments, str) else json.dumps(self.arguments)


_ids = iter(range(1, 1 << 62))


def call(name: str, arguments: dict[str, Any] | str, *, id: str | None = None) -> ScriptedCall:
    """A scripted tool call; ids default to ``call_<n>`` (OpenAI) and are reused as Anthropic ids."""
    return ScriptedCall(name=name, arguments=arguments, id=id or f"call_{next(_ids)}")


@dataclass
class Turn:
    """One scripted answer.

    ``status``/``error`` answer with an error; ``raw`` sends these bytes as the body (malformed
    answers); ``delay_s`` waits before answering; ``chunk_delay_s`` waits between stream events;
    ``cut_after`` ends a stream abruptly after that many events; ``usage`` is the (input, output)
    tokens the answer reports, or None for a provider that reports none.
    """

    text: str = ""
    tool_calls: list[ScriptedCall] = field(default_factory=list)
    status: int = 200
    error: str = "scripted error"
    raw: bytes | None = None
    delay_s: float = 0.0
    chunk_delay_s: float = 0.0
    cut_after: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    usage: tuple[int, int] | None = (10, 5)


@dataclass
class Received:
    """A request the scripted model received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any


class ScriptedModel:
    """The scripted provider. Thread-safe to script while it serves."""

    def __init__(self, *, model: str = "scripted-1") -> None:
        self.model = model
        self.requests: list[Received] = []
        self.disconnects = 0  # streams whose client went away before the end
        self.completed_streams = 0
        self._turns: deque[Turn] = deque()
        self._always: Turn | None = None
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # -- scripting ---------------------------------------------------------------------------
    def script(self, *turns: Turn) -> ScriptedModel:
        """Replace the queue of answers."""
        with self._lock:
            self._turns = deque(turns)
            self._always = None
        return self

    def always(self, turn: Turn) -> ScriptedModel:
        """Answer every request with ``turn`` (benchmarks)."""
        with self._lock:
            self._turns.clear()
            self._always = turn
        return self

    def _next(self) -> Turn | None:
        with self._lock:
            if self._turns:
                return self._turns.popleft()
            return self._always

    @property
    def openai_url(self) -> str:
        """Base URL as the openai SDK and ``ARBITER_UPSTREAM_OPENAI_URL`` expect it (with ``/v1``)."""
        return f"{self.url}/v1"

    @property
    def anthropic_url(self) -> str:
        """Base URL as the anthropic SDK and ``ARBITER_UPSTREAM_ANTHROPIC_URL`` expect it."""
        return self.url

    # -- serving -----------------------------------------------------------------------------
    def start(self, port: int = 0) -> ScriptedModel:
        """Serve on ``port`` (a free one by default) of 127.0.0.1 in a background thread."""
        if not port:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
        config = uvicorn.Config(self._app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                                interface="asgi3")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("scripted model did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    async def _app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            msg = await receive()
            chunks.append(msg.get("body", b""))
            if not msg.get("more_body"):
                break
        raw = b"".join(chunks)
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        path = scope["path"]
        self.requests.append(Received(scope["method"], path, headers, body))
        if scope["method"] == "GET" and path.endswith("/models"):
            anthropic = "anthropic-version" in headers
            data: Any = ({"data": [{"type": "model", "id": "scripted-claude", "display_name": "Scripted",
                                    "created_at": "2025-01-01T00:00:00Z"}], "has_more": False,
                          "first_id": "scripted-claude", "last_id": "scripted-claude"} if anthropic else
                         {"object": "list", "data": [{"id": self.model, "object": "model", "created": 0,
                                                       "owned_by": "arbiter-testing"}]})
            await _json(send, 200, data)
            return
        protocol = "anthropic" if path.endswith("/messages") else "openai" if path.endswith(
            "/chat/completions") else None
        turn = self._next()
        if protocol is None or turn is None:
            await _json(send, 404 if protocol is None else 500,
                        {"error": {"message": "no route" if protocol is None else "no scripted turn left",
                                   "type": "scripted"}})
            return
        if turn.delay_s:
            await asyncio.sleep(turn.delay_s)
        if turn.status != 200:
            err = ({"type": "error", "error": {"type": "rate_limit_error" if turn.status == 429 else "api_error",
                                                "message": turn.error}} if protocol == "anthropic" else
                   {"error": {"message": turn.error, "type": "scripted", "code": None, "param": None}})
            await _json(send, turn.status, err, turn.headers)
            return
        if turn.raw is not None:
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": turn.raw})
            return
        model = (body or {}).get("model", self.model) if isinstance(body, dict) else self.model
        stream = isinstance(body, dict) and body.get("stream") is True
        if not stream:
            await _json(send, 200, _openai_completion(turn, model) if protocol == "openai"
                        else _anthropic_message(turn, model))
            return
        usage = isinstance(body, dict) and bool((body.get("stream_options") or {}).get("include_usage"))
        events = _openai_events(turn, model, usage) if protocol == "openai" else _anthropic_events(turn, model)
        await self._stream(send, receive, turn, events)

    async def _stream(self, send: Any, receive: Any, turn: Turn, events: list[bytes]) -> None:
        gone = asyncio.Event()

        async def watch() -> None:
            while True:
                msg = await receive()
                if msg["type"] == "http.disconnect":
                    gone.set()
                    return

        watcher = asyncio.create_task(watch())
        try:
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]})
            for n, ev in enumerate(events):
                if turn.cut_after is not None and n >= turn.cut_after:
                    # Half an event, then the connection ends: a provider that died mid-answer.
                    await send({"type": "http.response.body", "body": ev[: len(ev) // 2], "more_body": True})
                    raise _Cut
                if turn.chunk_delay_s:
                    await asyncio.sleep(turn.chunk_delay_s)
                if gone.is_set():
                    self.disconnects += 1
                    return
                await send({"type": "http.response.body", "body": ev, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
            self.completed_streams += 1
        finally:
            watcher.cancel()


class _Cut(Exception):
    """Raised to make uvicorn drop the connection without finishing the response."""


async def _json(send: Any, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
    hs = [(b"content-type", b"application/json")] + [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": hs})
    await send({"type": "http.response.body", "body": json.dumps(data).encode()})


def _pieces(text: str, size: int = 8) -> list[str]:
    return [text[i:i + size] for i in range(0, len(text), size)] or []


# -- OpenAI ---------------------------------------------------------------------------------
def _openai_completion(turn: Turn, model: str) -> dict[str, Any]:
    msg: dict[str, Any] = {"role": "assistant", "content": turn.text or None, "refusal": None}
    if turn.tool_calls:
        msg["tool_calls"] = [{"id": c.id, "type": "function", "function": {"name": c.name, "arguments": c.raw()}}
                             for c in turn.tool_calls]
    return {"id": f"chatcmpl-{next(_ids)}", "object": "chat.completion", "created": int(time.time()),
            "model": model, "system_fingerprint": "fp_scripted",
            "choices": [{"index": 0, "message": msg, "logprobs": None,
                         "finish_reason": "tool_calls" if turn.tool_calls else "stop"}],
            **({"usage": _openai_usage(turn.usage)} if turn.usage else {})}


def _openai_usage(usage: tuple[int, int]) -> dict[str, int]:
    return {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": usage[0] + usage[1]}


def _openai_events(turn: Turn, model: str, usage: bool) -> list[bytes]:
    base = {"id": f"chatcmpl-{next(_ids)}", "object": "chat.completion.chunk", "created": int(time.time()),
            "model": model, "system_fingerprint": "fp_scripted"}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        obj = {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        return f"data: {json.dumps(obj)}\n\n".encode()

    out = [chunk({"role": "assistant", "content": ""})]
    out += [chunk({"content": p}) for p in _pieces(turn.text)]
    for i, c in enumerate(turn.tool_calls):
        out.append(chunk({"tool_calls": [{"index": i, "id": c.id, "type": "function",
                                          "function": {"name": c.name, "arguments": ""}}]}))
        out += [chunk({"tool_calls": [{"index": i, "function": {"arguments": p}}]}) for p in _pieces(c.raw(), 12)]
    out.append(chunk({}, "tool_calls" if turn.tool_calls else "stop"))
    if usage and turn.usage:
        obj = {**base, "choices": [], "usage": _openai_usage(turn.usage)}
        out.append(f"data: {json.dumps(obj)}\n\n".encode())
    out.append(b"data: [DONE]\n\n")
    return out


# -- Anthropic ------------------------------------------------------------------------------
def _anthropic_message(turn: Turn, model: str) -> dict[str, Any]:
    content: list[dict[str, Any]] = [{"type": "text", "text": turn.text}] if turn.text else []
    for c in turn.tool_calls:
        try:
            args: Any = json.loads(c.raw())
        except ValueError:
            args = c.raw()  # a non-object input: the closest a JSON answer gets to malformed arguments
        content.append({"type": "tool_use", "id": c.id, "name": c.name, "input": args})
    return {"id": f"msg_{next(_ids)}", "type": "message", "role": "assistant", "model": model, "content": content,
            "stop_reason": "tool_use" if turn.tool_calls else "end_turn", "stop_sequence": None,
            **({"usage": {"input_tokens": turn.usage[0], "output_tokens": turn.usage[1]}} if turn.usage else {})}


def _anthropic_events(turn: Turn, model: str) -> list[bytes]:
    def ev(obj: dict[str, Any]) -> bytes:
        return f"event: {obj['type']}\ndata: {json.dumps(obj)}\n\n".encode()

    msg = _anthropic_message(Turn(), model)
    msg.update(content=[], stop_reason=None)
    msg.pop("usage", None)
    if turn.usage:
        msg["usage"] = {"input_tokens": turn.usage[0], "output_tokens": 1}
    out = [ev({"type": "message_start", "message": msg})]
    index = 0
    if turn.text:
        out.append(ev({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}))
        out.append(ev({"type": "ping"}))
        out += [ev({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}})
                for p in _pieces(turn.text)]
        out.append(ev({"type": "content_block_stop", "index": 0}))
        index = 1
    for c in turn.tool_calls:
        out.append(ev({"type": "content_block_start", "index": index,
                       "content_block": {"type": "tool_use", "id": c.id, "name": c.name, "input": {}}}))
        out += [ev({"type": "content_block_delta", "index": index,
                    "delta": {"type": "input_json_delta", "partial_json": p}}) for p in _pieces(c.raw(), 12)]
        out.append(ev({"type": "content_block_stop", "index": index}))
        index += 1
    delta: dict[str, Any] = {"type": "message_delta", "delta": {
        "stop_reason": "tool_use" if turn.tool_calls else "end_turn", "stop_sequence": None}}
    if turn.usage:
        delta["usage"] = {"output_tokens": turn.usage[1]}
    out.append(ev(delta))
    out.append(ev({"type": "message_stop"}))
    return out


class ToolServer:
    """A real HTTP tool upstream on 127.0.0.1 for tests and benchmarks.

    Every request is recorded in :attr:`requests` (path, method, JSON body, headers). What it
    answers is set by :attr:`mode`: ``ok`` (``{"answer": ..., "n": <request number>}``),
    ``slow`` (the same after :attr:`delay_s`), ``fail`` (HTTP 500), ``invalid`` (a result that
    does not match a typical output schema), ``garbage`` (not JSON), ``fixed`` (:attr:`fixed`).
    """

    def __init__(self, mode: str = "ok", *, delay_s: float = 2.0) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.mode = mode
        self.delay_s = delay_s
        self.fixed: Any = None
        self.requests: list[dict[str, Any]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                server.requests.append({"path": self.path, "method": self.command, "body": body,
                                        "headers": dict(self.headers)})
                n = len(server.requests)
                status, payload = 200, json.dumps({"answer": f"result for {body}", "n": n}).encode()
                if server.mode == "slow":
                    time.sleep(server.delay_s)
                elif server.mode == "fail":
                    status, payload = 500, b'{"error": "boom"}'
                elif server.mode == "invalid":
                    payload = json.dumps({"unexpected": True}).encode()
                elif server.mode == "garbage":
                    payload = b"<html>not json"
                elif server.mode == "fixed":
                    payload = json.dumps(server.fixed).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/tool"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def start(self) -> ToolServer:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._httpd.shutdown()
        self._httpd.server_close()


def main(argv: list[str] | None = None) -> int:
    """``python -m arbiter.testing --port 9101``: a scripted model provider that answers every request
    (both protocols) with ``--text``, reporting ``--usage`` input,output tokens; for trying the model
    endpoints without a real provider."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m arbiter.testing", description=main.__doc__)
    p.add_argument("--port", type=int, default=9101)
    p.add_argument("--text", default="Hello from the scripted model.")
    p.add_argument("--usage", default="120,30", help="input,output tokens each answer reports")
    args = p.parse_args(argv)
    inp, out = (int(x) for x in args.usage.split(","))
    model = ScriptedModel().always(Turn(text=args.text, usage=(inp, out))).start(args.port)
    print(f"scripted model provider on {model.url} (openai: {model.openai_url}, anthropic: {model.anthropic_url})",
          flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        model.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
