"""forums: discussions, threads, posts, their history, reactions, reading, search

Search is SQLite's FTS5 on the embedded default (an external-content index
kept by triggers) and a GIN index of to_tsvector on PostgreSQL; the "simple"
configuration and diacritic folding, since a space writes in several languages.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 00:56:55.066147
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "forum_discussions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_forum_discussions_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_forum_discussions_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_discussions")),
    )
    with op.batch_alter_table("forum_discussions", schema=None) as batch_op:
        batch_op.create_index("ix_forum_discussions_space", ["space_id", "id"], unique=False)

    op.create_table(
        "forum_threads",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column("discussion_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
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
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_post_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_forum_threads_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["discussion_id"],
            ["forum_discussions.id"],
            name=op.f("fk_forum_threads_discussion_id_forum_discussions"),
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_forum_threads_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_threads")),
    )
    with op.batch_alter_table("forum_threads", schema=None) as batch_op:
        batch_op.create_index(
            "ix_forum_threads_discussion", ["discussion_id", "last_post_at"], unique=False
        )

    op.create_table(
        "forum_posts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("space_id", sa.Integer(), nullable=False),
        sa.Column(
            "thread_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("opening", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("quote_of", sa.BigInteger(), nullable=True),
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
        sa.Column("edited_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_forum_posts_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["deleted_by"], ["users.id"], name=op.f("fk_forum_posts_deleted_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["spaces.id"],
            name=op.f("fk_forum_posts_space_id_spaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"], ["forum_threads.id"], name=op.f("fk_forum_posts_thread_id_forum_threads")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_posts")),
    )
    with op.batch_alter_table("forum_posts", schema=None) as batch_op:
        batch_op.create_index("ix_forum_posts_space", ["space_id", "id"], unique=False)
        batch_op.create_index("ix_forum_posts_thread", ["thread_id", "id"], unique=False)

    op.create_table(
        "forum_reads",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "thread_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("last_read_post_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["thread_id"], ["forum_threads.id"], name=op.f("fk_forum_reads_thread_id_forum_threads")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_forum_reads_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_reads")),
        sa.UniqueConstraint("user_id", "thread_id", name=op.f("uq_forum_reads_user_id")),
    )
    op.create_table(
        "forum_reactions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("post_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("reaction", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["forum_posts.id"], name=op.f("fk_forum_reactions_post_id_forum_posts")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_forum_reactions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_reactions")),
        sa.UniqueConstraint(
            "post_id", "user_id", "reaction", name=op.f("uq_forum_reactions_post_id")
        ),
    )
    op.create_table(
        "forum_revisions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("post_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_by", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["forum_posts.id"], name=op.f("fk_forum_revisions_post_id_forum_posts")
        ),
        sa.ForeignKeyConstraint(
            ["replaced_by"], ["users.id"], name=op.f("fk_forum_revisions_replaced_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forum_revisions")),
    )
    with op.batch_alter_table("forum_revisions", schema=None) as batch_op:
        batch_op.create_index("ix_forum_revisions_post", ["post_id", "id"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    else:
        op.execute(
            "CREATE INDEX ix_forum_posts_search ON forum_posts "
            "USING GIN (to_tsvector('simple', search_text))"
        )


# The FTS5 index reads forum_posts (external content) and is kept in step by
# triggers; rowid is the post's id. Held and removed posts are indexed too and
# filtered out by the query, so approving one needs no index work.
SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE forum_search USING fts5(search_text, content='forum_posts', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER forum_posts_ai AFTER INSERT ON forum_posts BEGIN "
    "INSERT INTO forum_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER forum_posts_ad AFTER DELETE ON forum_posts BEGIN "
    "INSERT INTO forum_search(forum_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER forum_posts_au AFTER UPDATE OF search_text ON forum_posts BEGIN "
    "INSERT INTO forum_search(forum_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO forum_search(rowid, search_text) VALUES (new.id, new.search_text); END",
]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("forum_posts_au", "forum_posts_ad", "forum_posts_ai"):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE forum_search")
    else:
        op.execute("DROP INDEX ix_forum_posts_search")
    with op.batch_alter_table("forum_revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_forum_revisions_post")

    op.drop_table("forum_revisions")
    op.drop_table("forum_reactions")
    op.drop_table("forum_reads")
    with op.batch_alter_table("forum_posts", schema=None) as batch_op:
        batch_op.drop_index("ix_forum_posts_thread")
        batch_op.drop_index("ix_forum_posts_space")

    op.drop_table("forum_posts")
    with op.batch_alter_table("forum_threads", schema=None) as batch_op:
        batch_op.drop_index("ix_forum_threads_discussion")

    op.drop_table("forum_threads")
    with op.batch_alter_table("forum_discussions", schema=None) as batch_op:
        batch_op.drop_index("ix_forum_discussions_space")

    op.drop_table("forum_discussions")
