"""Operators with roles, approvals of held calls, tenant settings, values seen per agent, and who
created each agent (separation of duties).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operators",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("roles", sa.String(200), nullable=False),
        sa.Column("tenants", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("key_hash", sa.String(64), nullable=True, unique=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "approvals",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("tenant", sa.String(128), nullable=False),
        sa.Column("agent_id", sa.String(64), nullable=False),
        sa.Column("tool", sa.String(128), nullable=False),
        sa.Column("args_digest", sa.String(64), nullable=False),
        sa.Column("allowlist", sa.String(128), nullable=True),
        sa.Column("revision", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("arguments", sa.Text, nullable=True),
        sa.Column("hold_decision_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.Double, nullable=False),
        sa.Column("expires_at", sa.Double, nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decided_at", sa.Double, nullable=True),
        sa.Column("comment", sa.Text, nullable=True),
        sa.Column("decision_record_id", sa.String(36), nullable=True),
        sa.Column("used_at", sa.Double, nullable=True),
        sa.Column("used_decision_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_approvals_tenant_status", "approvals", ["tenant", "status"])
    op.create_index("ix_approvals_call", "approvals", ["agent_id", "tool", "args_digest"])
    op.create_table(
        "tenant_settings",
        sa.Column("tenant", sa.String(128), primary_key=True),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "seen_values",
        sa.Column("tenant", sa.String(128), primary_key=True),
        sa.Column("agent_id", sa.String(64), primary_key=True),
        sa.Column("tool", sa.String(128), primary_key=True),
        sa.Column("pointer", sa.String(300), primary_key=True),
        sa.Column("value_hash", sa.String(64), primary_key=True),
        sa.Column("first_seen", sa.Double, nullable=False),
    )
    with op.batch_alter_table("agents") as batch:
        batch.add_column(sa.Column("created_by", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agents") as batch:
        batch.drop_column("created_by")
    op.drop_table("seen_values")
    op.drop_table("tenant_settings")
    op.drop_index("ix_approvals_call", table_name="approvals")
    op.drop_index("ix_approvals_tenant_status", table_name="approvals")
    op.drop_table("approvals")
    op.drop_table("operators")
