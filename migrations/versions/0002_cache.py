"""Semantic cache entries (the store FAISS indexes are rebuilt from).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cache_entries",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("partition", sa.String(64), nullable=False),
        sa.Column("tenant", sa.String(128), nullable=False),
        sa.Column("tool", sa.String(128), nullable=False),
        sa.Column("tool_version", sa.Integer, nullable=False),
        sa.Column("allowlist_revision", sa.String(128), nullable=False),
        sa.Column("trust", sa.SmallInteger, nullable=False),
        sa.Column("model_id", sa.String(200), nullable=False),
        sa.Column("semantic_fields", sa.String(1000), nullable=False),
        sa.Column("exact_digest", sa.String(64), nullable=False),
        sa.Column("arguments", sa.Text, nullable=False),
        sa.Column("semantic_text", sa.Text, nullable=False),
        sa.Column("embedding", sa.LargeBinary, nullable=True),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("decision_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Double, nullable=False),
        sa.Column("expires_at", sa.Double, nullable=False),
        sa.Column("last_used_at", sa.Double, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cache_entries"),
    )
    op.create_index("ix_cache_entries_partition", "cache_entries", ["partition", "exact_digest"])
    op.create_index("ix_cache_entries_tenant_tool", "cache_entries", ["tenant", "tool"])
    op.create_index("ix_cache_entries_expires_at", "cache_entries", ["expires_at"])


def downgrade() -> None:
    op.drop_table("cache_entries")
