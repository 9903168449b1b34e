"""Every table: the registry, the audit trail, the shared rate counters, MCP upstreams and the cache
(SQLAlchemy Core).

JSON documents are stored as text so that SQLite and PostgreSQL run one code path.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Double,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from arbiter.db.base import metadata

tools = Table(
    "tools",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant", String(128), nullable=False),
    Column("name", String(128), nullable=False),
    Column("version", Integer, nullable=False),
    Column("schema_hash", String(64), nullable=False),
    Column("document", Text, nullable=False),  # the Tool struct as JSON
    Column("updated_at", String(40), nullable=False),
    UniqueConstraint("tenant", "name", name="uq_tools_tenant_name"),
)

# Every version a tool ever had, so a decision's tool_version can be looked up later.
tool_versions = Table(
    "tool_versions",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("name", String(128), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("schema_hash", String(64), nullable=False),
    Column("document", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)

agents = Table(
    "agents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(128), nullable=False),
    Column("tenant", String(128), nullable=False),
    Column("trust", String(16), nullable=False),
    Column("allowlist", String(128), nullable=True),
    Column("status", String(16), nullable=False),
    Column("key_id", String(32), nullable=True),
    Column("key_hash", String(64), nullable=True, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=True),  # the actor that registered it (separation of duties)
)

allowlists = Table(
    "allowlists",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("tenant", String(128), nullable=False),
    Column("revision", String(64), nullable=False),
    Column("document", Text, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

# Every revision of every allowlist ever applied, kept for history, diffs and policy replay.
allowlist_revisions = Table(
    "allowlist_revisions",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("revision", String(64), primary_key=True),
    Column("tenant", String(128), nullable=False),
    Column("document", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Index("ix_allowlist_revisions_name_created", "name", "created_at"),
)

# One row; bumped in the same transaction as any registry change so every replica notices.
registry_state = Table(
    "registry_state",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", BigInteger, nullable=False),
)

rate_counters = Table(
    "rate_counters",
    metadata,
    Column("agent_id", String(64), primary_key=True),
    Column("tool", String(128), primary_key=True),
    Column("window_start", BigInteger, primary_key=True),
    Column("count", Integer, nullable=False),
)

audit_records = Table(
    "audit_records",
    metadata,
    Column("seq", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False),
    Column("decision_id", String(36), nullable=False, unique=True),
    Column("ts_us", BigInteger, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("tenant", String(128), nullable=True),
    Column("agent_id", String(64), nullable=True),
    Column("tool", String(128), nullable=True),
    Column("verdict", String(8), nullable=True),
    Column("reason_codes", Text, nullable=False),  # " CODE_A CODE_B " for LIKE filtering
    Column("call_id", String(256), nullable=True),
    Column("body", Text, nullable=False),  # RFC 8785 canonical JSON of AuditRecordV1 without `hash`
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)
Index("ix_audit_tenant_seq", audit_records.c.tenant, audit_records.c.seq)
Index("ix_audit_agent_seq", audit_records.c.agent_id, audit_records.c.seq)
Index("ix_audit_tool_seq", audit_records.c.tool, audit_records.c.seq)
Index("ix_audit_ts", audit_records.c.ts_us)
Index("ix_audit_ts_verdict_kind", audit_records.c.ts_us, audit_records.c.verdict, audit_records.c.kind)
Index("ix_audit_call_id", audit_records.c.call_id)

# MCP servers whose tools Arbiter fronts (see arbiter.upstreams).
mcp_upstreams = Table(
    "mcp_upstreams",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("document", Text, nullable=False),  # the Upstream struct as JSON
    Column("updated_at", String(40), nullable=False),
)

# Upstream tool definitions that changed since the operator accepted them; they take effect on accept.
mcp_pending_tools = Table(
    "mcp_pending_tools",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("name", String(128), primary_key=True),  # the registered (namespaced) tool name
    Column("upstream", String(64), nullable=False),
    Column("definition_hash", String(64), nullable=False),
    Column("definition", Text, nullable=False),  # the server's definition as JSON
    Column("detected_at", String(40), nullable=False),
)

# Cached tool results (see arbiter.cache): the durable source the FAISS indexes are rebuilt from.
cache_entries = Table(
    "cache_entries",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("partition", String(64), nullable=False),
    Column("tenant", String(128), nullable=False),
    Column("tool", String(128), nullable=False),
    Column("tool_version", Integer, nullable=False),
    Column("allowlist_revision", String(128), nullable=False),
    Column("trust", SmallInteger, nullable=False),
    Column("model_id", String(200), nullable=False),
    Column("semantic_fields", String(1000), nullable=False),  # JSON list, sorted
    Column("exact_digest", String(64), nullable=False),
    Column("arguments", Text, nullable=False),  # scrubbed, canonical JSON
    Column("semantic_text", Text, nullable=False),  # JSON {field: scrubbed text}, for the guard
    Column("embedding", LargeBinary, nullable=True),
    Column("result", Text, nullable=False),  # scrubbed JSON
    Column("decision_id", String(64), nullable=False),
    Column("created_at", Double, nullable=False),
    Column("expires_at", Double, nullable=False),
    Column("last_used_at", Double, nullable=False),
    Index("ix_cache_entries_partition", "partition", "exact_digest"),
    Index("ix_cache_entries_tenant_tool", "tenant", "tool"),
    Index("ix_cache_entries_expires_at", "expires_at"),
)

# What the cache's spot checks and second looks found, per tool version, shared by every process on
# the store (see arbiter.cache.spotcheck). step: 100 for spot checks of verified hits, else the verifier
# score step in hundredths (98, 97, 95, 93, 90) of would-be reuses under the calibrated bar.
cache_spot_checks = Table(
    "cache_spot_checks",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("tool", String(128), primary_key=True),
    Column("tool_version", Integer, primary_key=True),
    Column("step", SmallInteger, primary_key=True),
    Column("observations", BigInteger, nullable=False),
    Column("disagreements", BigInteger, nullable=False),
    Column("tolerance", Double, nullable=False),  # the tool's max_false_reuse at the last count
    Column("calibrated", Double, nullable=True),  # the calibrated verifier bar at the last count
    Column("updated_at", Double, nullable=False),
)

# What the provenance check remembers of a conversation Arbiter saw executed (invoke, MCP): per tool
# result, its analysis (hashed atoms, n-grams and instruction scores), never the text. Keyed by tenant,
# agent and conversation, so one agent can never read or extend another's; bounded in count and time.
conversation_items = Table(
    "conversation_items",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("agent_id", String(64), primary_key=True),
    Column("conversation", String(128), primary_key=True),
    Column("seq", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True),
    Column("tool", String(128), nullable=True),
    Column("analysis", LargeBinary, nullable=False),  # msgpack of the segments' Analysed
    Column("created_at", Double, nullable=False),
    Column("expires_at", Double, nullable=False),
    Index("ix_conversation_items_expires_at", "expires_at"),
)

# The model catalog: providers and models behind the model endpoints (see arbiter.llm.catalog).
llm_catalog = Table(
    "llm_catalog",
    metadata,
    Column("kind", String(16), primary_key=True),  # provider | model
    Column("name", String(128), primary_key=True),
    Column("document", Text, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

# Budget windows: reserved-then-reconciled tokens and micro-dollars per scope (see arbiter.llm.budget).
budget_counters = Table(
    "budget_counters",
    metadata,
    Column("scope", String(300), primary_key=True),  # "agent:<id>:day" | "tenant:<name>:month" ...
    Column("window_start", BigInteger, primary_key=True),  # unix seconds, UTC
    Column("tokens", BigInteger, nullable=False),
    Column("micros", BigInteger, nullable=False),  # millionths of a US dollar
)

# Real model usage per tenant, agent, model and hour, for GET /v1/usage.
model_usage = Table(
    "model_usage",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("agent_id", String(64), primary_key=True),
    Column("model", String(128), primary_key=True),
    Column("hour_start", BigInteger, primary_key=True),
    Column("requests", BigInteger, nullable=False),
    Column("input_tokens", BigInteger, nullable=False),
    Column("output_tokens", BigInteger, nullable=False),
    Column("micros", BigInteger, nullable=False),
)
Index("ix_model_usage_hour", model_usage.c.hour_start)

# Named operators with roles (admin, approver, auditor), API keys stored as keyed hashes.
operators = Table(
    "operators",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(128), nullable=False),
    Column("roles", String(200), nullable=False),  # space-separated
    Column("tenants", Text, nullable=False),  # JSON list; ["*"]: every tenant
    Column("status", String(16), nullable=False),  # active | revoked
    Column("key_id", String(32), nullable=True),
    Column("key_hash", String(64), nullable=True, unique=True),
    Column("created_by", String(200), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

# Held calls waiting for (or decided by) a person; bound to the exact call (see arbiter.approvals).
approvals = Table(
    "approvals",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("tenant", String(128), nullable=False),
    Column("agent_id", String(64), nullable=False),
    Column("tool", String(128), nullable=False),
    Column("args_digest", String(64), nullable=False),  # keyed digest of the scrubbed arguments
    Column("allowlist", String(128), nullable=True),
    Column("revision", String(64), nullable=True),
    Column("status", String(16), nullable=False),  # pending | approved | denied
    Column("reasons", Text, nullable=False),  # JSON list of why it was held
    Column("arguments", Text, nullable=True),  # scrubbed JSON, for the approver
    Column("hold_decision_id", String(36), nullable=False),
    Column("created_at", Double, nullable=False),
    Column("expires_at", Double, nullable=False),
    Column("decided_by", String(200), nullable=True),
    Column("decided_at", Double, nullable=True),
    Column("comment", Text, nullable=True),
    Column("decision_record_id", String(36), nullable=True),
    Column("used_at", Double, nullable=True),
    Column("used_decision_id", String(36), nullable=True),
    Index("ix_approvals_tenant_status", "tenant", "status"),
    Index("ix_approvals_call", "agent_id", "tool", "args_digest"),
)

# Per-tenant settings: approval webhook, separation of duties, approval lifetime.
tenant_settings = Table(
    "tenant_settings",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("document", Text, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

# Values an agent's allowed calls have used, per tool and argument (keyed hashes): "a recipient never
# seen before" in approval rules.
seen_values = Table(
    "seen_values",
    metadata,
    Column("tenant", String(128), primary_key=True),
    Column("agent_id", String(64), primary_key=True),
    Column("tool", String(128), primary_key=True),
    Column("pointer", String(300), primary_key=True),
    Column("value_hash", String(64), primary_key=True),
    Column("first_seen", Double, nullable=False),
)

# Drift and spike alerts: one per tenant, agent, metric and judged window (the unique key makes two
# replicas judging the same window raise it once).
alerts = Table(
    "alerts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("ts_us", BigInteger, nullable=False),
    Column("tenant", String(128), nullable=False),
    Column("agent_id", String(64), nullable=False, server_default=""),  # "": tenant-wide (NULL defeats the key)
    Column("metric", String(64), nullable=False),
    Column("window_start", BigInteger, nullable=False),
    Column("observed", Double, nullable=False),
    Column("baseline", Double, nullable=False),
    Column("threshold", Double, nullable=False),
    Column("status", String(16), nullable=False),  # open | acknowledged
    Column("details", Text, nullable=False),  # JSON, no values
    Column("delivered_at", Double, nullable=True),
    UniqueConstraint("tenant", "agent_id", "metric", "window_start", name="uq_alerts_window"),
    Index("ix_alerts_tenant_ts", "tenant", "ts_us"),
)
