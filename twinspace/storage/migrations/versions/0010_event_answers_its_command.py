"""an event answers the command that wrote it

A write whose result is its first event's data (a chat line: the message) marks
that event with its command (user and key) instead of storing the result a
second time in ``command_results``; the unique index makes a retry fail there,
as it did at the result's row.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 11:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("command", sa.String(length=100), nullable=True))
    op.create_index("ix_events_command", "events", ["command"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_events_command", table_name="events")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("command")
