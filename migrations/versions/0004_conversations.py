"""Conversation history kept by Arbiter for the provenance check (executed tool results, hashed).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation_items",
        sa.Column("tenant", sa.String(128), primary_key=True),
        sa.Column("agent_id", sa.String(64), primary_key=True),
        sa.Column("conversation", sa.String(128), primary_key=True),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("tool", sa.String(128), nullable=True),
        sa.Column("analysis", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.Double, nullable=False),
        sa.Column("expires_at", sa.Double, nullable=False),
    )
    op.create_index("ix_conversation_items_expires_at", "conversation_items", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_conversation_items_expires_at", table_name="conversation_items")
    op.drop_table("conversation_items")
