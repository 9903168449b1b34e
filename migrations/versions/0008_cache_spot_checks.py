"""The cache's spot-check and second-look counts, shared by every process on the store.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cache_spot_checks",
        sa.Column("tenant", sa.String(128), primary_key=True),
        sa.Column("tool", sa.String(128), primary_key=True),
        sa.Column("tool_version", sa.Integer, primary_key=True),
        # 100: spot checks of verified hits; else a verifier score step in hundredths (98 ... 90)
        sa.Column("step", sa.SmallInteger, primary_key=True),
        sa.Column("observations", sa.BigInteger, nullable=False),
        sa.Column("disagreements", sa.BigInteger, nullable=False),
        sa.Column("tolerance", sa.Double, nullable=False),
        sa.Column("calibrated", sa.Double, nullable=True),
        sa.Column("updated_at", sa.Double, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("cache_spot_checks")
