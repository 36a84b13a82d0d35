"""media (images of a space, stored by content hash) and postcards with pen friends

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 01:42:14.386494
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("uploaded_by", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("thumbnail_sha256", sa.String(length=64), nullable=False),
        sa.Column("content_type", sa.String(length=20), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["space_id"], ["spaces.id"], name=op.f("fk_media_space_id_spaces"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_media_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media")),
        sa.UniqueConstraint("space_id", "sha256", name=op.f("uq_media_space_id")),
    )
    with op.batch_alter_table("media", schema=None) as batch_op:
        batch_op.create_index("ix_media_thumbnail", ["space_id", "thumbnail_sha256"], unique=False)

    op.create_table(
        "pen_friends",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("friend_class_id", sa.Integer(), nullable=False),
        sa.Column("friend_id", sa.Integer(), nullable=False),
        sa.Column("paired_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_pen_friends_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["friend_class_id"], ["classes.id"], name=op.f("fk_pen_friends_friend_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["friend_id"],
            ["users.id"],
            name=op.f("fk_pen_friends_friend_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["paired_by"], ["users.id"], name=op.f("fk_pen_friends_paired_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["users.id"],
            name=op.f("fk_pen_friends_pupil_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_pen_friends_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pen_friends")),
        sa.UniqueConstraint(
            "space_id", "pupil_id", "friend_id", name=op.f("uq_pen_friends_space_id")
        ),
    )
    with op.batch_alter_table("pen_friends", schema=None) as batch_op:
        batch_op.create_index(
            "ix_pen_friends_classes", ["space_id", "class_id", "friend_class_id"], unique=False
        )

    op.create_table(
        "postcards",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("from_class_id", sa.Integer(), nullable=False),
        sa.Column("to_class_id", sa.Integer(), nullable=False),
        sa.Column("to_user_id", sa.Integer(), nullable=True),
        sa.Column("reply_to", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("media_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("stamp", sa.String(length=20), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "draft",
                "awaiting_sender_teacher",
                "awaiting_receiver_teacher",
                "delivered",
                "replied",
                "returned",
                "discarded",
                name="cardstate",
                native_enum=False,
                length=30,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "visible",
                "held",
                "rejected",
                "removed",
                name="contentstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("return_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_postcards_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["from_class_id"], ["classes.id"], name=op.f("fk_postcards_from_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["media_id"], ["media.id"], name=op.f("fk_postcards_media_id_media")
        ),
        sa.ForeignKeyConstraint(
            ["reply_to"], ["postcards.id"], name=op.f("fk_postcards_reply_to_postcards")
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_postcards_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_class_id"], ["classes.id"], name=op.f("fk_postcards_to_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["to_user_id"], ["users.id"], name=op.f("fk_postcards_to_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postcards")),
    )
    with op.batch_alter_table("postcards", schema=None) as batch_op:
        batch_op.create_index("ix_postcards_from_class", ["from_class_id", "id"], unique=False)
        batch_op.create_index("ix_postcards_space", ["space_id", "state", "id"], unique=False)
        batch_op.create_index("ix_postcards_to_class", ["to_class_id", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("postcards", schema=None) as batch_op:
        batch_op.drop_index("ix_postcards_to_class")
        batch_op.drop_index("ix_postcards_space")
        batch_op.drop_index("ix_postcards_from_class")

    op.drop_table("postcards")
    with op.batch_alter_table("pen_friends", schema=None) as batch_op:
        batch_op.drop_index("ix_pen_friends_classes")

    op.drop_table("pen_friends")
    with op.batch_alter_table("media", schema=None) as batch_op:
        batch_op.drop_index("ix_media_thumbnail")

    op.drop_table("media")
