"""pages: a tree per space, shared documents with their updates, revisions, held text

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 01:24:55.347357
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("open_to_pupils", sa.Boolean(), nullable=False),
        sa.Column("showcase", sa.Boolean(), nullable=False),
        sa.Column("published_revision", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_pages_created_by_users")
        ),
        sa.ForeignKeyConstraint(["parent_id"], ["pages.id"], name=op.f("fk_pages_parent_id_pages")),
        sa.ForeignKeyConstraint(
            ["space_id"], ["spaces.id"], name=op.f("fk_pages_space_id_spaces"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pages")),
    )
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.create_index("ix_pages_space", ["space_id", "parent_id", "position"], unique=False)

    op.create_table(
        "page_documents",
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.LargeBinary(), nullable=False),
        sa.Column("bytes_since", sa.Integer(), nullable=False),
        sa.Column("updates_since", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name=op.f("fk_page_documents_page_id_pages")
        ),
        sa.PrimaryKeyConstraint("page_id", name=op.f("pk_page_documents")),
    )
    op.create_table(
        "page_held_texts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.LargeBinary(), nullable=False),
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
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_page_held_texts_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name=op.f("fk_page_held_texts_page_id_pages")
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_page_held_texts_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_page_held_texts")),
    )
    op.create_table(
        "page_revisions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("authors", sa.JSON(), nullable=False),
        sa.Column("state", sa.LargeBinary(), nullable=False),
        sa.Column("published_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name=op.f("fk_page_revisions_page_id_pages")
        ),
        sa.ForeignKeyConstraint(
            ["published_by"], ["users.id"], name=op.f("fk_page_revisions_published_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_page_revisions")),
        sa.UniqueConstraint("page_id", "number", name=op.f("uq_page_revisions_page_id")),
    )
    op.create_table(
        "page_updates",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("update", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_page_updates_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name=op.f("fk_page_updates_page_id_pages")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_page_updates")),
    )
    with op.batch_alter_table("page_updates", schema=None) as batch_op:
        batch_op.create_index("ix_page_updates_page", ["page_id", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("page_updates", schema=None) as batch_op:
        batch_op.drop_index("ix_page_updates_page")

    op.drop_table("page_updates")
    op.drop_table("page_revisions")
    op.drop_table("page_held_texts")
    op.drop_table("page_documents")
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.drop_index("ix_pages_space")

    op.drop_table("pages")
