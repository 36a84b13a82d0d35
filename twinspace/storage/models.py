"""The ORM models: one typed class per table, the same on SQLite and PostgreSQL.

Enumerations are stored as their string values (``native_enum=False``) so a
migration never has to alter a database enum type to add a role or a state.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class AccountKind(StrEnum):
    teacher = "teacher"
    pupil = "pupil"
    moderator = "moderator"  # platform moderator: reviews reports across spaces
    admin = "admin"  # platform administrator


class AccountStatus(StrEnum):
    active = "active"
    suspended = "suspended"


class SpaceRole(StrEnum):
    teacher_admin = "teacher_admin"
    teacher = "teacher"
    pupil_admin = "pupil_admin"
    pupil = "pupil"
    visitor = "visitor"


class SpaceStatus(StrEnum):
    open = "open"
    archived = "archived"


class Audience(StrEnum):
    """Who may receive an event: everyone in the space, its members (those who may
    see who is in it: not visitors), its staff, one user, or a group: the members
    of some classes and their teachers (a postcard's two classes, the classes
    invited to a live session)."""

    everyone = "everyone"
    members = "members"
    staff = "staff"
    user = "user"
    group = "group"


class ContentStatus(StrEnum):
    """Where a piece of user content stands in moderation."""

    visible = "visible"
    held = "held"  # waiting for a teacher: seen only by its author and the staff
    rejected = "rejected"  # refused by a teacher; its author is told why
    removed = "removed"  # taken down by a moderator; kept for the audit, never shown


class ReviewState(StrEnum):
    pending = "pending"
    approved = "approved"
    rejected = "rejected"
    withdrawn = "withdrawn"  # its author deleted the content before a decision


class ReportState(StrEnum):
    open = "open"
    escalated = "escalated"  # handed to the platform moderators
    resolved = "resolved"


class ChatRoom(StrEnum):
    general = "general"  # everyone in the space
    staff = "staff"  # teachers of the space only


def _enum(enum_cls: type[StrEnum], length: int = 20) -> Enum:
    return Enum(
        enum_cls,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are UTC everywhere; SQLite hands them back without a zone, so add it."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime}  # noqa: RUF012
    if TYPE_CHECKING:
        # Each model is mapped to a table of its own (SQLAlchemy allows any FROM clause).
        __table__: ClassVar[Table]


class School(Base):
    __tablename__ = "schools"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    town: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AccountKind] = mapped_column(_enum(AccountKind))
    status: Mapped[AccountStatus] = mapped_column(
        _enum(AccountStatus), default=AccountStatus.active
    )
    display_name: Mapped[str] = mapped_column(String(120))
    # Teachers and staff log in with their e-mail; pupils have none and log in
    # with a username their teacher's tool generated.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    username: Mapped[str | None] = mapped_column(String(60), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="en")
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"), index=True)
    class_id: Mapped[int | None] = mapped_column(
        ForeignKey("classes.id", use_alter=True), index=True
    )
    # A pupil account its teacher made for the whole class, to sit at one
    # projector in a live session: it takes part (and votes) once, for the class.
    class_account: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SchoolClass(Base):
    """A teacher's class; its pupils are users with ``class_id`` set."""

    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Session(Base):
    """A login session. Only a keyed hash of the cookie's token is stored."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()


class Space(Base):
    __tablename__ = "spaces"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[SpaceStatus] = mapped_column(_enum(SpaceStatus), default=SpaceStatus.open)
    invite_code: Mapped[str] = mapped_column(String(32), unique=True)
    # The settings the teacher administrators chose, one section per feature
    # ({"moderation": {...}, "chat": {...}}); each feature's schema fills in the
    # rest with its defaults (twinspace.settings).
    settings: Mapped[dict[str, dict[str, object]]] = mapped_column(JSON, default=dict)
    # The newest event's sequence number; bumped in the transaction that writes
    # the event, which also serialises a space's writers (row lock).
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("space_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[SpaceRole] = mapped_column(_enum(SpaceRole))
    # The class a pupil came in with, so a space can list its partner classes.
    class_id: Mapped[int | None] = mapped_column(ForeignKey("classes.id"))
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """Append-only record of role changes and moderation actions."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    space_id: Mapped[int | None] = mapped_column(ForeignKey("spaces.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Event(Base):
    """The space's event log: written with the content change, in one transaction."""

    __tablename__ = "events"
    __table_args__ = (
        UniqueConstraint("space_id", "seq"),
        Index("ix_events_command", "command", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(40))
    audience: Mapped[Audience] = mapped_column(_enum(Audience))
    audience_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The keys of a group audience ("class:12").
    audience_group: Mapped[list[str] | None] = mapped_column(JSON)
    payload: Mapped[str] = mapped_column(Text)  # the JSON of the event's data
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The command whose result this event's data is (``commands.answered_by``), so
    # a retry of it fails here and is answered from the payload.
    command: Mapped[str | None] = mapped_column(String(100))


class ChatMessage(Base):
    __tablename__ = "chat_messages"
    __table_args__ = (Index("ix_chat_messages_history", "space_id", "room", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    room: Mapped[ChatRoom] = mapped_column(_enum(ChatRoom))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[ContentStatus] = mapped_column(
        _enum(ContentStatus), default=ContentStatus.visible
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column()
    # Deleted messages are kept (for audit), never shown.
    deleted_at: Mapped[datetime | None] = mapped_column()
    deleted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class CommandResult(Base):
    """The result of a client command, kept so a retried command is applied once."""

    __tablename__ = "command_results"
    __table_args__ = (UniqueConstraint("user_id", "command_id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    command_id: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class ReviewItem(Base):
    """A held piece of content waiting for (or decided by) a teacher."""

    __tablename__ = "review_items"
    __table_args__ = (Index("ix_review_items_queue", "space_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    content_kind: Mapped[str] = mapped_column(String(40))
    content_id: Mapped[int] = mapped_column(BigInteger)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[ReviewState] = mapped_column(_enum(ReviewState), default=ReviewState.pending)
    findings: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")


class Report(Base):
    """A member's report about a piece of content."""

    __tablename__ = "reports"
    __table_args__ = (Index("ix_reports_queue", "space_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    content_kind: Mapped[str] = mapped_column(String(40))
    content_id: Mapped[int] = mapped_column(BigInteger)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[ReportState] = mapped_column(_enum(ReportState), default=ReportState.open)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    handled_at: Mapped[datetime | None] = mapped_column()


class Mute(Base):
    """A member may not write in a space until ``until`` (unless lifted earlier)."""

    __tablename__ = "mutes"
    __table_args__ = (Index("ix_mutes_member", "space_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    until: Mapped[datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(Text, default="")
    muted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ForumDiscussion(Base):
    """A forum of a space (TwinSpace's "discussion"), made by its teachers."""

    __tablename__ = "forum_discussions"
    __table_args__ = (Index("ix_forum_discussions_space", "space_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()


class ForumThread(Base):
    """A thread of a discussion; its first post carries what its author wrote."""

    __tablename__ = "forum_threads"
    __table_args__ = (Index("ix_forum_threads_discussion", "discussion_id", "last_post_at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    discussion_id: Mapped[int] = mapped_column(ForeignKey("forum_discussions.id"))
    title: Mapped[str] = mapped_column(String(200))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Held with its first post until a teacher approves it.
    status: Mapped[ContentStatus] = mapped_column(
        _enum(ContentStatus), default=ContentStatus.visible
    )
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_post_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()


class ForumPost(Base):
    __tablename__ = "forum_posts"
    __table_args__ = (
        Index("ix_forum_posts_thread", "thread_id", "id"),
        Index("ix_forum_posts_space", "space_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    thread_id: Mapped[int] = mapped_column(ForeignKey("forum_threads.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opening: Mapped[bool] = mapped_column(Boolean, default=False)  # the thread's first post
    body: Mapped[str] = mapped_column(Text)  # rich text, sanitised (the nh3 allowlist)
    # The words of the post (and of the thread's title, for its first post):
    # what search reads and what excerpts quote.
    search_text: Mapped[str] = mapped_column(Text)
    quote_of: Mapped[int | None] = mapped_column(BigInteger)  # a post of the same thread
    status: Mapped[ContentStatus] = mapped_column(
        _enum(ContentStatus), default=ContentStatus.visible
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column()
    deleted_at: Mapped[datetime | None] = mapped_column()
    deleted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ForumRevision(Base):
    """What a post said before an edit: its history, for the space's teachers."""

    __tablename__ = "forum_revisions"
    __table_args__ = (Index("ix_forum_revisions_post", "post_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id"))
    body: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column()  # when this version was written
    replaced_by: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who edited it


class ForumReaction(Base):
    __tablename__ = "forum_reactions"
    __table_args__ = (UniqueConstraint("post_id", "user_id", "reaction"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("forum_posts.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reaction: Mapped[str] = mapped_column(String(16))


class ForumRead(Base):
    """How far a member has read a thread, on any of their devices."""

    __tablename__ = "forum_reads"
    __table_args__ = (UniqueConstraint("user_id", "thread_id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    thread_id: Mapped[int] = mapped_column(ForeignKey("forum_threads.id"))
    last_read_post_id: Mapped[int] = mapped_column(BigInteger)


class Page(Base):
    """A page of a space's tree (TwinSpace's project pages).

    Its live text is a shared document (``PageDocument`` and ``PageUpdate``);
    what readers see is its latest publication (``PageRevision``).
    """

    __tablename__ = "pages"
    __table_args__ = (Index("ix_pages_space", "space_id", "parent_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    open_to_pupils: Mapped[bool] = mapped_column(Boolean, default=False)  # pupils edit it too
    showcase: Mapped[bool] = mapped_column(Boolean, default=False)  # public, for the world
    published_revision: Mapped[int | None] = mapped_column(Integer)  # its number, if any
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column()


class PageDocument(Base):
    """A page's shared document compacted into one update, and how much was added since."""

    __tablename__ = "page_documents"

    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"), primary_key=True)
    state: Mapped[bytes] = mapped_column(LargeBinary)
    bytes_since: Mapped[int] = mapped_column(Integer, default=0)  # in updates not yet compacted
    updates_since: Mapped[int] = mapped_column(Integer, default=0)


class PageUpdate(Base):
    """One accepted edit of a page's document, stored before anyone is told it is saved."""

    __tablename__ = "page_updates"
    __table_args__ = (Index("ix_page_updates_page", "page_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    update: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PageRevision(Base):
    """A publication of a page: its HTML as readers see it, its authors, its document."""

    __tablename__ = "page_revisions"
    __table_args__ = (UniqueConstraint("page_id", "number"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    html: Mapped[str] = mapped_column(Text)  # rendered from the document, sanitised
    authors: Mapped[list[int]] = mapped_column(JSON, default=list)  # who wrote its text
    state: Mapped[bytes] = mapped_column(LargeBinary)  # the document as it was
    published_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PageHeldText(Base):
    """Text a pupil typed into a page that screening took out before anyone saw it.

    ``position`` is where it stood (a sticky index of the document), so approving
    it puts it back there, however the page changed meanwhile.
    """

    __tablename__ = "page_held_texts"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id"))
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[ContentStatus] = mapped_column(_enum(ContentStatus), default=ContentStatus.held)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Media(Base):
    """An image uploaded to a space: its re-encoded file and thumbnail are stored
    by the hash of their bytes (``storage.blobs``); this row says which space
    may see them."""

    __tablename__ = "media"
    __table_args__ = (
        UniqueConstraint("space_id", "sha256"),
        Index("ix_media_thumbnail", "space_id", "thumbnail_sha256"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sha256: Mapped[str] = mapped_column(String(64))  # of the re-encoded image
    thumbnail_sha256: Mapped[str] = mapped_column(String(64))
    content_type: Mapped[str] = mapped_column(String(20))  # image/jpeg, image/png, image/webp
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)  # bytes of the re-encoded image
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MediaUpload(Base):
    """Who uploaded a picture of a space: the same bytes uploaded by several are
    one row of ``media``, and each of them may put it on their own cards."""

    __tablename__ = "media_uploads"

    media_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"),
        ForeignKey("media.id", ondelete="CASCADE"),
        primary_key=True,
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


class CardState(StrEnum):
    """Where a postcard is in its life (``twinspace.postcards.states`` has the
    transitions that lead from one to the next, and who may make them)."""

    draft = "draft"  # its author is still writing it
    awaiting_sender_teacher = "awaiting_sender_teacher"
    awaiting_receiver_teacher = "awaiting_receiver_teacher"  # only where the space asks it
    delivered = "delivered"  # in the receiving class's mailbox and the space's gallery
    replied = "replied"  # delivered, and its answer has arrived
    returned = "returned"  # a teacher gave it back to its author with a reason
    discarded = "discarded"  # its author threw the draft away (kept for the audit)


class Postcard(Base):
    """A card from a pupil (or teacher) of one class to a partner class, or to
    one pupil of it (a pen friend)."""

    __tablename__ = "postcards"
    __table_args__ = (
        Index("ix_postcards_space", "space_id", "state", "id"),
        Index("ix_postcards_to_class", "to_class_id", "id"),
        Index("ix_postcards_from_class", "from_class_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    from_class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))
    to_class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # a pen friend
    reply_to: Mapped[int | None] = mapped_column(ForeignKey("postcards.id"))
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id"))
    message: Mapped[str] = mapped_column(Text)
    stamp: Mapped[str] = mapped_column(String(20))
    state: Mapped[CardState] = mapped_column(_enum(CardState, 30), default=CardState.draft)
    # Screening's hold and moderators' removal, as for every kind of content:
    # apart from the card's life, which the teachers' approvals drive.
    status: Mapped[ContentStatus] = mapped_column(
        _enum(ContentStatus), default=ContentStatus.visible
    )
    return_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()  # when its author sent it
    delivered_at: Mapped[datetime | None] = mapped_column()


class PenFriend(Base):
    """Two pupils of partner classes paired by their teachers to write to each other.

    A pupil of the smaller class may have several pen friends in the larger one.
    """

    __tablename__ = "pen_friends"
    __table_args__ = (
        UniqueConstraint("space_id", "pupil_id", "friend_id"),
        Index("ix_pen_friends_classes", "space_id", "class_id", "friend_class_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    # Stored once per pair, from the class with the smaller id (``class_id``).
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))
    pupil_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    friend_class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))
    friend_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    paired_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SessionState(StrEnum):
    """Where a live session stands in its life (``twinspace.live.lifecycle`` holds
    the moves between them)."""

    scheduled = "scheduled"  # in the calendar, not yet opened
    open = "open"  # a teacher opened it: the invited classes are in the room
    ended = "ended"  # a teacher ended it; its record is a page of the space
    cancelled = "cancelled"  # called off before it was opened


class RoomMode(StrEnum):
    """What pupils may write in an open session's room (teachers always may)."""

    open = "open"  # chat, reactions, questions, notes
    reactions_only = "reactions_only"  # no chat lines: reactions, questions, notes
    paused = "paused"  # pens down: nothing written; votes and hands still work


class LiveItemType(StrEnum):
    message = "message"  # a chat line of the session
    reaction = "reaction"  # one emoji sent to the room
    question = "question"  # a question for the teachers, up-voted by classmates
    note = "note"  # a sticky note on the session's board


class HandState(StrEnum):
    waiting = "waiting"  # raised, in the speaking queue
    speaking = "speaking"  # a teacher gave them the floor


class PollState(StrEnum):
    open = "open"
    closed = "closed"


class LiveSession(Base):
    """A lesson partner classes hold together live, scheduled in a space."""

    __tablename__ = "live_sessions"
    __table_args__ = (Index("ix_live_sessions_space", "space_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    state: Mapped[SessionState] = mapped_column(_enum(SessionState), default=SessionState.scheduled)
    mode: Mapped[RoomMode] = mapped_column(_enum(RoomMode), default=RoomMode.open)
    slow_mode_seconds: Mapped[int] = mapped_column(Integer, default=0)  # 0: off
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    record_page_id: Mapped[int | None] = mapped_column(ForeignKey("pages.id"))


class LiveSessionClass(Base):
    """A class invited to a live session."""

    __tablename__ = "live_session_classes"
    __table_args__ = (UniqueConstraint("session_id", "class_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id"))


class LiveItem(Base):
    """What is written in a session: a chat line, a reaction, a question, a sticky note."""

    __tablename__ = "live_items"
    __table_args__ = (
        Index("ix_live_items_session", "session_id", "type", "id"),
        Index("ix_live_items_author", "session_id", "author_id", "type"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    type: Mapped[LiveItemType] = mapped_column(_enum(LiveItemType))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)  # a reaction's emoji
    status: Mapped[ContentStatus] = mapped_column(
        _enum(ContentStatus), default=ContentStatus.visible
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column()  # a question a teacher answered
    # A note's place on the board (in board units, see twinspace.live.schemas) and colour.
    x: Mapped[int | None] = mapped_column(Integer)
    y: Mapped[int | None] = mapped_column(Integer)
    colour: Mapped[str | None] = mapped_column(String(12))
    # A teacher took it off the room (kept, never shown).
    cleared_at: Mapped[datetime | None] = mapped_column()
    cleared_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class LiveUpvote(Base):
    """A classmate's up-vote of a question: one per question and voter."""

    __tablename__ = "live_upvotes"
    __table_args__ = (UniqueConstraint("question_id", "voter_id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("live_items.id", ondelete="CASCADE"))
    voter_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))


class LiveHand(Base):
    """A raised hand in a session's speaking queue (lowered: the row goes)."""

    __tablename__ = "live_hands"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    state: Mapped[HandState] = mapped_column(_enum(HandState), default=HandState.waiting)
    raised_at: Mapped[datetime] = mapped_column(default=utcnow)


class LivePoll(Base):
    """A quick poll, or a quiz question when it has a correct option."""

    __tablename__ = "live_polls"
    __table_args__ = (Index("ix_live_polls_session", "session_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id", ondelete="CASCADE"))
    question: Mapped[str] = mapped_column(String(200))
    options: Mapped[list[str]] = mapped_column(JSON)
    correct: Mapped[int | None] = mapped_column(Integer)  # the right option, for a quiz
    state: Mapped[PollState] = mapped_column(_enum(PollState), default=PollState.open)
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column()


class LiveVote(Base):
    """One voter's answer to a poll; the totals are counted from these rows."""

    __tablename__ = "live_votes"
    __table_args__ = (UniqueConstraint("poll_id", "voter_id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("live_polls.id", ondelete="CASCADE"))
    voter_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    option: Mapped[int] = mapped_column(Integer)
    # The class the voter came into the space with (None for teachers): the
    # results per class that partner classes compare.
    class_id: Mapped[int | None] = mapped_column(ForeignKey("classes.id"))
    voted_at: Mapped[datetime] = mapped_column(default=utcnow)


class LiveMute(Base):
    """A participant a teacher muted for the rest of a session."""

    __tablename__ = "live_mutes"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    muted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
