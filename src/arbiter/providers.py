"""The model providers' side: one pooled HTTP client for every forwarded model request.

Built once by the service and closed with it; the model proxy (``/v1/chat/completions``,
``/v1/messages``, ``/v1/models``) sends through it. The provider keys stay here, in the settings:
an agent's own credentials are never forwarded.
"""

from __future__ import annotations

import functools
import ssl

import httpx

from arbiter.settings import Settings

__all__ = ["ProviderClient", "ssl_context"]


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """The process's TLS context (httpx's default: certifi, or SSL_CERT_FILE/SSL_CERT_DIR), built once: loading
    the CA bundle costs ~30 ms, once per client otherwise."""
    return httpx.create_ssl_context()


class ProviderClient:
    """The process's pooled HTTP client for model providers."""

    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None) -> None:
        t = settings.upstream_timeout_s
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(t, connect=min(t, 10.0)), transport=transport, verify=ssl_context(),
            limits=httpx.Limits(max_connections=256, max_keepalive_connections=64, keepalive_expiry=30))

    async def aclose(self) -> None:
        """Close pooled connections."""
        await self.client.aclose()
