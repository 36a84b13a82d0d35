"""who uploaded each picture: one row of media for the same bytes, a row here per uploader

A postcard takes only a picture its author uploaded; the pictures already kept
count as uploaded by the member whose upload made them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 02:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_uploads",
        sa.Column("media_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["media_id"],
            ["media.id"],
            name=op.f("fk_media_uploads_media_id_media"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_media_uploads_user_id_users")
        ),
        sa.PrimaryKeyConstraint("media_id", "user_id", name=op.f("pk_media_uploads")),
    )
    op.execute("INSERT INTO media_uploads (media_id, user_id) SELECT id, uploaded_by FROM media")


def downgrade() -> None:
    op.drop_table("media_uploads")
