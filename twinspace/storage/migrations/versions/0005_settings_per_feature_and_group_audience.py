"""settings per feature, group audience

The moderation and chat settings leave their columns on ``spaces`` for one JSON
column with a section per feature, so a feature's new setting is one field in
its own schema. Events gain the class ids of a group audience.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 01:10:00.000000
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

OLD_COLUMNS = (
    "screening_level",
    "premoderated",
    "allowed_domains",
    "chat_policy",
    "chat_hours",
    "timezone",
)


def _loaded(value):
    return json.loads(value) if isinstance(value, str) else value


def upgrade() -> None:
    with op.batch_alter_table("spaces", schema=None) as batch_op:
        batch_op.add_column(sa.Column("settings", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("audience_group", sa.JSON(), nullable=True))

    spaces = sa.table(
        "spaces",
        sa.column("id", sa.Integer),
        sa.column("settings", sa.JSON),
        *(sa.column(name) for name in OLD_COLUMNS),
    )
    connection = op.get_bind()
    for row in connection.execute(sa.select(spaces)).mappings().all():
        chat = {
            "premoderated": "chat" in (_loaded(row["premoderated"]) or []),
            "policy": row["chat_policy"],
            "timezone": row["timezone"],
        }
        if _loaded(row["chat_hours"]):
            chat["hours"] = _loaded(row["chat_hours"])
        settings = {
            "moderation": {
                "screening_level": row["screening_level"],
                "allowed_domains": _loaded(row["allowed_domains"]) or [],
            },
            "chat": chat,
        }
        connection.execute(
            spaces.update().where(spaces.c.id == row["id"]).values(settings=settings)
        )

    with op.batch_alter_table("spaces", schema=None) as batch_op:
        for name in OLD_COLUMNS:
            batch_op.drop_column(name)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("audience_group")
    with op.batch_alter_table("spaces", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("screening_level", sa.String(20), nullable=False, server_default="standard")
        )
        batch_op.add_column(
            sa.Column("premoderated", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("allowed_domains", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("chat_policy", sa.String(20), nullable=False, server_default="always")
        )
        batch_op.add_column(sa.Column("chat_hours", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(
            sa.Column("timezone", sa.String(60), nullable=False, server_default="Europe/Brussels")
        )
        batch_op.drop_column("settings")
