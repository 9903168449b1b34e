"""OpenTelemetry spans, following the GenAI semantic conventions.

* ``execute_tool {tool}`` for every tool-call decision (and its execution), with
  ``gen_ai.operation.name``, ``gen_ai.tool.name``, ``gen_ai.tool.call.id`` and Arbiter's own
  ``arbiter.decision_id``, ``arbiter.verdict``, ``arbiter.kind``, ``arbiter.reasons``;
* ``chat {model}`` for every request through the model endpoints, with ``gen_ai.request.model``,
  ``gen_ai.response.model``, ``gen_ai.provider.name`` and ``gen_ai.usage.input_tokens`` /
  ``output_tokens``.

A W3C ``traceparent`` on the incoming request is the parent (:class:`TraceMiddleware`); the current
span's context is passed to tool upstreams and model providers (:func:`inject`), and its trace id is
written on the audit record when the caller gave none. Nothing is exported unless
``ARBITER_OTEL_ENDPOINT`` names an OTLP/HTTP collector (:func:`configure`); without it the API's
no-op tracer costs a few microseconds per span.
"""

from __future__ import annotations

from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import propagate, trace

__all__ = ["TRACER", "TraceMiddleware", "configure", "current_trace_id", "inject", "trace_id_of"]

TRACER = trace.get_tracer("arbiter")


_configured: list[str] = []


def configure(endpoint: str, service_name: str = "arbiter") -> bool:
    """Export spans to an OTLP/HTTP collector at ``endpoint`` (e.g. ``http://collector:4318/v1/traces``),
    once per process."""
    if not endpoint or _configured:
        return False
    _configured.append(endpoint)
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    trace.set_tracer_provider(provider)
    return True


def inject(headers: dict[str, str], span: Any = None) -> dict[str, str]:
    """Add the ``traceparent`` (and ``tracestate``) of ``span``, or of the current span, to outgoing headers."""
    propagate.inject(headers, context=trace.set_span_in_context(span) if span is not None else None)
    return headers


def trace_id_of(span: Any) -> str | None:
    """A span's trace id (32 hex digits), or None for a non-recording span without a valid context."""
    ctx = span.get_span_context()
    return format(ctx.trace_id, "032x") if ctx.is_valid else None


def current_trace_id() -> str | None:
    """The current span's trace id (32 hex digits), or None outside a recording trace."""
    ctx = trace.get_current_span().get_span_context()
    return format(ctx.trace_id, "032x") if ctx.is_valid else None


class TraceMiddleware:
    """ASGI middleware: the request's W3C trace context becomes the parent of the spans it causes."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        carrier = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])
                   if k in (b"traceparent", b"tracestate")}
        if not carrier:
            await self.app(scope, receive, send)
            return
        token = otel_context.attach(propagate.extract(carrier))
        try:
            await self.app(scope, receive, send)
        finally:
            otel_context.detach(token)
