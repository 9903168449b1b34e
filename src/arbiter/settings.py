"""Typed settings, read once from ``ARBITER_*`` environment variables.

Every setting is one field of :class:`Settings` with its one default; ``ARBITER_<FIELD>`` (upper
case) sets it, converted and range-checked by ``msgspec.convert``. Booleans take ``true``/``false``/
``1``/``0``; lists are comma-separated. Secrets that are not given (admin token, server HMAC key)
are generated once into the data directory with mode 0600 and reused on the next start.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from typing import Annotated, Any

import msgspec

from arbiter.errors import ArbiterError

Positive = Annotated[int, msgspec.Meta(gt=0)]
Seconds = Annotated[float, msgspec.Meta(gt=0)]
Port = Annotated[int, msgspec.Meta(ge=1, le=65535)]
Bytes = Annotated[int, msgspec.Meta(ge=1024)]


class Settings(msgspec.Struct, kw_only=True, frozen=True):
    """Process-wide configuration. Build with :func:`load_settings`; each field is ``ARBITER_<NAME>``."""

    data_dir: Path = Path("var")
    database_url: str = ""  # "": a SQLite file in the data dir
    admin_token: str = ""  # "": generated into <data_dir>/admin-token
    secret: bytes = b""  # server HMAC key; "": generated into <data_dir>/secret
    allowlists_dir: Path = msgspec.field(default=Path("allowlists"), name="allowlists")
    catalog_dir: Path = msgspec.field(default=Path("catalog"), name="catalog")  # model providers and models
    host: str = "127.0.0.1"
    port: Port = 8080
    workers: Positive = 1
    max_body_bytes: Bytes = 1024 * 1024
    max_json_depth: Positive = 32
    max_argument_bytes: Bytes = 1024 * 1024  # compact JSON of one call's arguments
    pii_offload_bytes: Positive = 8192  # payloads larger than this are scrubbed off the event loop
    audit_batch_max: Positive = 256
    registry_poll_s: Seconds = 1.0
    # Model proxy (/v1/chat/completions, /v1/messages): where to forward, with which key.
    upstream_openai_url: str = "https://api.openai.com/v1"
    upstream_openai_key: str = ""
    upstream_anthropic_url: str = "https://api.anthropic.com"
    upstream_anthropic_key: str = ""
    upstream_timeout_s: Seconds = 60.0
    embeddings_url: str = ""  # an OpenAI-compatible /v1/embeddings upstream instead of the shipped model
    embeddings_model: str = "text-embedding-3-small"
    embeddings_key: str = ""
    cache_max_entries: Positive = 100_000
    cache_verifier: bool = True  # the cross-encoder stage; false: the near-miss guard alone (fewer reuses)
    # Run the verifier on the likeliest candidate while a new text is embedded: faster hits on an idle
    # core, one wasted model run when the search then finds another entry or none.
    cache_verify_ahead: bool = True
    max_history_messages: Positive = 1000  # messages of a declared conversation (/v1/check, model endpoints)
    conversation_max_items: Positive = 200  # executed results remembered per conversation (invoke, MCP)
    conversation_ttl_s: Seconds = 86400.0  # how long a remembered result counts
    mcp_allowed_origins: frozenset[str] = frozenset()  # browser origins besides loopback allowed on /mcp
    mcp_json_response: bool = False  # JSON answers on /mcp instead of SSE (faster; no progress notifications)
    otel_endpoint: str = ""  # OTLP/HTTP traces endpoint (e.g. http://collector:4318/v1/traces); "": no export
    otel_service_name: str = "arbiter"
    # Drift and spike alerts (arbiter.alerts): every interval, the current window of each agent and tenant is
    # judged against the baseline windows before it; an alert is recorded and posted to the webhook.
    alert_interval_s: Seconds = 60.0
    alert_window_s: Positive = 300
    alert_baseline_windows: Annotated[int, msgspec.Meta(ge=1, le=10_000)] = 288  # 24 h of 5-minute windows
    alert_sigma: Annotated[float, msgspec.Meta(ge=0)] = 3.0  # standard deviations above the baseline mean
    alert_ratio: Annotated[float, msgspec.Meta(ge=1)] = 2.0  # and this many times the baseline mean
    alert_min_events: Positive = 5  # fewer denies (PII calls, errors, ...) in a window never alert
    alert_webhook: str = ""  # "": alerts are recorded and listed, not posted
    # Derived, never read from the environment: where the generated admin token lives.
    admin_token_file: Path | None = None


_DERIVED = frozenset({"admin_token_file"})
_FIELDS = {f.encode_name: f for f in msgspec.structs.fields(Settings) if f.name not in _DERIVED}
_LISTS = frozenset(name for name, f in _FIELDS.items() if str(f.type).startswith(("frozenset", "list")))
_AT = re.compile(r"\s*-\s*at `\$\.(\w+)`$")
_KINDS = {"int": "an integer", "float": "a number", "bool": "true, false, 1 or 0", "str": "text"}


def _say(message: str) -> str:
    """msgspec's "Expected `int` >= 1" as "must be an integer >= 1" (a string was given, so say what it must be)."""
    m = re.match(r"Expected `(\w+)`(.*?)(?:, got `\w+`)?$", message)
    if m is None:
        return message
    return f"must be {_KINDS.get(m.group(1), m.group(1))}{m.group(2)}"


def normalize_database_url(url: str) -> str:
    """Accept the URLs a user writes and pick the driver: ``postgresql://`` -> psycopg 3."""
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith(("sqlite://", "postgresql+psycopg://")):
        return url
    raise ArbiterError(
        f"ARBITER_DATABASE_URL must start with sqlite:/// or postgresql://, not {url.split(':', 1)[0]!r}",
        code="BAD_SETTING",
    )


def _secret_file(path: Path, nbytes: int) -> str:
    """Read a generated secret, creating it (mode 0600) on first use.

    Safe when several processes start at once (a server and CLI commands): the secret is written
    to a private temporary file and hard-linked into place, which fails if another process won; the
    loser then reads the winner's complete file.
    """
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(nbytes)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value + "\n")
    try:
        os.link(tmp, path)
    except FileExistsError:
        return path.read_text().strip()
    finally:
        tmp.unlink()
    return value


def _from_env(env: dict[str, str]) -> dict[str, Any]:
    """``ARBITER_*`` variables that name a setting, as raw values keyed by field; empty means unset."""
    raw: dict[str, Any] = {}
    for key, value in env.items():
        name = key[len("ARBITER_"):].lower() if key.startswith("ARBITER_") else ""
        if name not in _FIELDS or value == "":
            continue
        if name in _LISTS:
            raw[name] = [v.strip().rstrip("/") for v in value.split(",") if v.strip()]
        elif name == "secret":
            raw[name] = value.encode()  # any text works as the HMAC key
        else:
            raw[name] = value
    return raw


def _dec_hook(typ: type, obj: Any) -> Any:
    if typ is Path and isinstance(obj, str):
        return Path(obj)
    raise NotImplementedError


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read settings from the environment (or ``env``), generating missing secrets into the data dir."""
    raw = _from_env(dict(os.environ if env is None else env))
    secret = raw.pop("secret", None)
    try:
        s = msgspec.convert(raw, Settings, strict=False, dec_hook=_dec_hook)
    except msgspec.ValidationError as exc:
        message = str(exc)
        field = _AT.search(message)
        name = f"ARBITER_{field.group(1).upper()}" if field else "a setting"
        value = raw.get(field.group(1)) if field else None
        raise ArbiterError(f"{name}={value!r} is not valid: it {_say(_AT.sub('', message))}", code="BAD_SETTING",
                           details={"setting": name}) from None
    if s.alert_webhook and not s.alert_webhook.startswith(("http://", "https://")):
        raise ArbiterError("ARBITER_ALERT_WEBHOOK must be an http:// or https:// URL", code="BAD_SETTING",
                           details={"setting": "ARBITER_ALERT_WEBHOOK"})
    data_dir = s.data_dir.resolve()
    token_file = None if s.admin_token else data_dir / "admin-token"
    return msgspec.structs.replace(
        s,
        data_dir=data_dir,
        database_url=normalize_database_url(s.database_url or f"sqlite:///{data_dir / 'arbiter.db'}"),
        admin_token=s.admin_token or _secret_file(data_dir / "admin-token", 32),
        admin_token_file=token_file,
        secret=secret or _secret_file(data_dir / "secret", 32).encode(),
        allowlists_dir=s.allowlists_dir.resolve(),
        catalog_dir=s.catalog_dir.resolve(),
        upstream_openai_url=s.upstream_openai_url.rstrip("/"),
        upstream_anthropic_url=s.upstream_anthropic_url.rstrip("/"),
    )
