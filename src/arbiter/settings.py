"""Typed settings, read once from ``ARBITER_*`` environment variables.

Secrets that are not given (admin token, server HMAC key) are generated once into the data
directory with mode 0600 and reused on the next start.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import msgspec

from arbiter.errors import ArbiterError


class Settings(msgspec.Struct, kw_only=True, frozen=True):
    """Process-wide configuration. Build with :func:`load_settings`."""

    data_dir: Path
    database_url: str
    admin_token: str
    admin_token_file: Path | None  # set when the token was generated / read from ./var
    allowlists_dir: Path
    host: str = "127.0.0.1"
    port: int = 8080
    max_body_bytes: int = 1024 * 1024
    max_json_depth: int = 32
    secret: bytes = b""
    audit_batch_max: int = 256
    registry_poll_s: float = 1.0
    workers: int = 1
    # Model proxy (/v1/chat/completions, /v1/messages): where to forward, with which key.
    upstream_openai_url: str = "https://api.openai.com/v1"
    upstream_openai_key: str = ""
    upstream_anthropic_url: str = "https://api.anthropic.com"
    upstream_anthropic_key: str = ""
    upstream_timeout_s: float = 60.0
    embeddings_url: str = ""  # an OpenAI-compatible /v1/embeddings upstream instead of the shipped model
    embeddings_model: str = "text-embedding-3-small"
    embeddings_key: str = ""
    cache_max_entries: int = 100_000
    mcp_allowed_origins: frozenset[str] = frozenset()  # browser origins besides loopback allowed on /mcp
    mcp_json_response: bool = False  # JSON answers on /mcp instead of SSE (faster; no progress notifications)


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ArbiterError(f"{name} must be an integer, not {raw!r}", code="BAD_SETTING") from None
    if value <= 0:
        raise ArbiterError(f"{name} must be positive, not {value}", code="BAD_SETTING")
    return value


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ArbiterError(f"{name} must be a number of seconds, not {raw!r}", code="BAD_SETTING") from None
    if not value > 0:
        raise ArbiterError(f"{name} must be positive, not {raw}", code="BAD_SETTING")
    return value


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


def load_settings(env: dict[str, str] | None = None) -> Settings:
    """Read settings from the environment (or ``env``), generating missing secrets into the data dir."""
    env = dict(os.environ if env is None else env)
    data_dir = Path(env.get("ARBITER_DATA_DIR") or "var").resolve()
    db = env.get("ARBITER_DATABASE_URL") or f"sqlite:///{data_dir / 'arbiter.db'}"
    token_file: Path | None = None
    token = env.get("ARBITER_ADMIN_TOKEN") or ""
    if not token:
        token_file = data_dir / "admin-token"
        token = _secret_file(token_file, 32)
    secret = env.get("ARBITER_SECRET") or _secret_file(data_dir / "secret", 32)
    return Settings(
        data_dir=data_dir,
        database_url=normalize_database_url(db),
        admin_token=token,
        admin_token_file=token_file,
        allowlists_dir=Path(env.get("ARBITER_ALLOWLISTS") or "allowlists").resolve(),
        host=env.get("ARBITER_HOST") or "127.0.0.1",
        port=_int(env, "ARBITER_PORT", 8080),
        max_body_bytes=_int(env, "ARBITER_MAX_BODY_BYTES", 1024 * 1024),
        max_json_depth=_int(env, "ARBITER_MAX_JSON_DEPTH", 32),
        secret=secret.encode(),
        audit_batch_max=_int(env, "ARBITER_AUDIT_BATCH_MAX", 256),
        registry_poll_s=_float(env, "ARBITER_REGISTRY_POLL_S", 1.0),
        workers=_int(env, "ARBITER_WORKERS", 1),
        upstream_openai_url=(env.get("ARBITER_UPSTREAM_OPENAI_URL") or "https://api.openai.com/v1").rstrip("/"),
        upstream_openai_key=env.get("ARBITER_UPSTREAM_OPENAI_KEY") or "",
        upstream_anthropic_url=(env.get("ARBITER_UPSTREAM_ANTHROPIC_URL") or "https://api.anthropic.com").rstrip("/"),
        upstream_anthropic_key=env.get("ARBITER_UPSTREAM_ANTHROPIC_KEY") or "",
        upstream_timeout_s=_float(env, "ARBITER_UPSTREAM_TIMEOUT_S", 60.0),
        embeddings_url=env.get("ARBITER_EMBEDDINGS_URL") or "",
        embeddings_model=env.get("ARBITER_EMBEDDINGS_MODEL") or "text-embedding-3-small",
        embeddings_key=env.get("ARBITER_EMBEDDINGS_KEY") or "",
        cache_max_entries=_int(env, "ARBITER_CACHE_MAX_ENTRIES", 100_000),
        mcp_allowed_origins=frozenset(o.strip().rstrip("/") for o in
                                      (env.get("ARBITER_MCP_ALLOWED_ORIGINS") or "").split(",") if o.strip()),
        mcp_json_response=(env.get("ARBITER_MCP_JSON_RESPONSE") or "").lower() in ("1", "true", "yes"),
    )
