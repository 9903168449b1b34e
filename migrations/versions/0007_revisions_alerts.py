"""Every allowlist revision ever applied (for the console's history and diffs, and policy replay),
drift/spike alerts, and an index for the console's trends.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "allowlist_revisions",
        sa.Column("name", sa.String(128), primary_key=True),
        sa.Column("revision", sa.String(64), primary_key=True),
        sa.Column("tenant", sa.String(128), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
    )
    op.create_index("ix_allowlist_revisions_name_created", "allowlist_revisions", ["name", "created_at"])
    # The revisions in force when this migration runs are the first of each history.
    op.execute("INSERT INTO allowlist_revisions (name, revision, tenant, document, created_at, actor) "
               "SELECT name, revision, tenant, document, updated_at, 'migration' FROM allowlists")
    op.create_table(
        "alerts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("ts_us", sa.BigInteger, nullable=False),
        sa.Column("tenant", sa.String(128), nullable=False),
        # "" for a tenant-wide alert: NULLs never compare equal, so they would defeat the unique key
        sa.Column("agent_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("metric", sa.String(64), nullable=False),
        sa.Column("window_start", sa.BigInteger, nullable=False),  # unix seconds of the judged window
        sa.Column("observed", sa.Double, nullable=False),
        sa.Column("baseline", sa.Double, nullable=False),
        sa.Column("threshold", sa.Double, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),  # open | acknowledged
        sa.Column("details", sa.Text, nullable=False),  # JSON, no values
        sa.Column("delivered_at", sa.Double, nullable=True),  # webhook accepted it
        sa.UniqueConstraint("tenant", "agent_id", "metric", "window_start", name="uq_alerts_window"),
    )
    op.create_index("ix_alerts_tenant_ts", "alerts", ["tenant", "ts_us"])
    # The console's trends count decisions by time and verdict from the index alone.
    op.create_index("ix_audit_ts_verdict_kind", "audit_records", ["ts_us", "verdict", "kind"])


def downgrade() -> None:
    op.drop_index("ix_audit_ts_verdict_kind", table_name="audit_records")
    op.drop_index("ix_alerts_tenant_ts", table_name="alerts")
    op.drop_table("alerts")
    op.drop_index("ix_allowlist_revisions_name_created", table_name="allowlist_revisions")
    op.drop_table("allowlist_revisions")
