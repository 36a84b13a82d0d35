"""Statements compiled once and run on the driver's own cursor: a chat line's statements.

``Connection.execute`` of a statement built once still makes, for every call, an
execution context, its parameters' dictionary and a result object around the
driver's cursor: about 15-20 µs a statement on SQLite, where the driver's own
work is about 3 µs. For the few statements every chat line runs, ``Prepared``
keeps what SQLAlchemy makes for them, once per dialect: the SQL text, the
order of the parameters, their conversions (a timestamp as SQLite stores it, an
enum as its value) and the columns' conversions back, and hands the driver a
plain tuple. Its errors are SQLAlchemy's (``IntegrityError``, "database is
locked" as ``OperationalError``), and a connection the driver finds broken is
invalidated, as ``Connection.execute`` would, so callers see no difference.

On PostgreSQL the driver's cursor is SQLAlchemy's adaptation of asyncpg, and each
statement through it pays, besides the round trip, for the adapter's work: a lock,
a lookup in its cache of prepared statements, a description and a row count
parsed from the status for every call. There ``Prepared`` runs asyncpg's own
prepared statement, kept per driver connection, inside the transaction the
adapter started (it starts it first if no statement has yet), and the adapter
still turns asyncpg's errors into the driver's and SQLAlchemy's.

A batch's writes that run beside each other (``storage.writer.run_together``)
each run in a greenlet of ``Together``: there a prepared statement does not go to
PostgreSQL at once but to the batch, which sends the statements its writes are
waiting on together, those with the same text as one pipeline (asyncpg's
``fetchmany``: one round trip for all of them, ``pipelined``).

Only plain statements: every parameter given by name (an insert names all of
its columns that have a Python-side default), no lists expanded into ``IN``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from greenlet import getcurrent, greenlet
from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.sql.expression import Insert, Select, Update
from sqlalchemy.util import await_

Convert = Callable[[Any], Any] | None
Row = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _Form:
    """A statement as one dialect's driver takes it."""

    sql: str
    # Per parameter, in the driver's order: its name (None for a value the
    # statement holds itself), that value, and its conversion for the driver.
    parameters: tuple[tuple[str | None, Any, Convert], ...]


class Together(greenlet):
    """A greenlet in which one write of a batch runs beside the others: its
    prepared statements are handed to the parent greenlet (the batch) as
    ``Request``s, and so is what SQLAlchemy awaits for its own statements (its
    ``await_`` gives what it awaits to the parent of a greenlet that says it
    provides for that, below SQLAlchemy 2.2, as pyproject.toml holds it)."""

    __sqlalchemy_greenlet_provider__ = True


@dataclass(frozen=True, slots=True)
class Request:
    """A prepared statement a write of a batch waits on (``Together``)."""

    sql: str
    values: list[Any]
    # A query: at most its first row is wanted (in a pipeline each run must
    # give exactly one row, so a query is asked for one, present or not).
    query: bool
    locks: bool  # it takes its space's row lock (``Prepared.locks``)


class Prepared:
    """A Core statement run without SQLAlchemy's execution machinery (see above).

    ``keys``: for an insert, the columns it is given (as for ``Connection.execute``
    with a dictionary of them). ``locks``: the statement takes its space's row
    lock (an event's seq): the writes of a batch then send it in space order.
    A statement that changes rows and returns some must return one row each
    time to be sent with others (``pipelined``).
    """

    def __init__(
        self,
        statement: Select[Any] | Insert | Update,
        keys: Sequence[str] = (),
        locks: bool = False,
    ) -> None:
        self.statement = statement
        self.locks = locks
        self._query = isinstance(statement, Select)
        self._keys = list(keys)
        self._forms: WeakKeyDictionary[Dialect, _Form] = WeakKeyDictionary()
        self._results: WeakKeyDictionary[Dialect, tuple[Convert, ...]] = WeakKeyDictionary()

    def first(self, connection: Connection, parameters: Mapping[str, Any]) -> Row | None:
        """The first row the statement returns, its values converted as SQLAlchemy would."""
        rows = self._execute(connection, parameters, True)
        return rows[0] if rows else None

    def scalar(self, connection: Connection, parameters: Mapping[str, Any]) -> Any:
        """The first column of the one row the statement returns."""
        (row,) = self._execute(connection, parameters, True)
        return row[0]

    def run(self, connection: Connection, parameters: Mapping[str, Any]) -> None:
        """Execute a statement that returns no rows."""
        self._execute(connection, parameters, False)

    def _execute(
        self, connection: Connection, parameters: Mapping[str, Any], returns: bool
    ) -> list[Row]:
        dialect = connection.dialect
        form = self._forms.get(dialect) or self._compile(dialect)
        values = [
            (parameters[name] if name is not None else value)
            if convert is None
            else convert(parameters[name] if name is not None else value)
            for name, value, convert in form.parameters
        ]
        if dialect.driver == "asyncpg":
            current = getcurrent()
            if isinstance(current, Together) and current.parent is not None:
                request = Request(form.sql, values, self._query, self.locks)
                fetched, description = current.parent.switch(request)
            else:
                fetched, description = on_asyncpg(connection, form.sql, values)
        else:
            fetched, description = on_cursor(connection, form.sql, values, returns)
        if not returns:
            return []
        converts = self._results.get(dialect) or self._result_conversions(dialect, description)
        if not any(converts):
            return [tuple(row) for row in fetched]
        return [
            tuple(value if c is None else c(value) for value, c in zip(row, converts, strict=True))
            for row in fetched
        ]

    def _compile(self, dialect: Dialect) -> _Form:
        compiled = self.statement.compile(dialect=dialect, column_keys=self._keys or None)
        prefetched = [*compiled.insert_prefetch, *compiled.update_prefetch]
        if prefetched:
            names = ", ".join(column.name for column in prefetched)
            raise ValueError(f"give the columns with Python-side defaults: {names}")
        binds = compiled.binds
        if any(bind.expanding for bind in binds.values()):
            raise ValueError("expanding parameters are not prepared")
        if compiled.positiontup is None:
            raise ValueError("only positional parameters are prepared (SQLite's, asyncpg's)")
        parameters: list[tuple[str | None, Any, Convert]] = []
        for name in compiled.positiontup:
            bind = binds[name]
            convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.required:
                parameters.append((name, None, convert))
            else:
                parameters.append((None, bind.effective_value, convert))
        form = _Form(compiled.string, tuple(parameters))
        self._forms[dialect] = form
        return form

    def _result_conversions(self, dialect: Dialect, description: Any) -> tuple[Convert, ...]:
        columns = self.statement.exported_columns
        converts = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, described[1])
            for column, described in zip(columns, description, strict=True)
        )
        self._results[dialect] = converts
        return converts


def on_cursor(
    connection: Connection, sql: str, parameters: Sequence[Any] = (), returns: bool = False
) -> tuple[Sequence[Any], Any]:
    """Run ``sql`` on the connection's driver cursor: its rows (if it ``returns``)
    and their description. A driver's error comes back as SQLAlchemy's, and a
    connection the driver found broken is invalidated."""
    dialect = connection.dialect
    dbapi_connection = connection.connection
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(sql, parameters)
        return (cursor.fetchall() if returns else []), cursor.description
    except dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemys(connection, sql, parameters, error, cursor) from error
    finally:
        cursor.close()


def _as_sqlalchemys(
    connection: Connection, sql: str, parameters: Sequence[Any], error: Any, cursor: Any
) -> StatementError:
    """The driver's ``error`` as SQLAlchemy raises it, the connection invalidated
    first if the driver found it broken, as ``Connection.execute`` does."""
    dialect = connection.dialect
    if dialect.is_disconnect(error, connection.connection, cursor):
        connection.invalidate(error)
    return DBAPIError.instance(sql, parameters, error, dialect.loaded_dbapi.Error, dialect=dialect)


# Per asyncpg connection: its prepared statements by SQL text, with their
# descriptions (as a cursor's: name and type per column).
_ASYNCPG_STATEMENTS: WeakKeyDictionary[Any, dict[str, tuple[Any, list[tuple[Any, ...]]]]] = (
    WeakKeyDictionary()
)


def on_asyncpg(
    connection: Connection, sql: str, parameters: Sequence[Any]
) -> tuple[Sequence[Any], Any]:
    """Run ``sql`` as asyncpg's own prepared statement in the connection's
    transaction (from inside ``run_sync``): its rows and their description.
    Errors come back as from ``on_cursor``."""
    return _on_asyncpg(connection, sql, parameters, False)


def _on_asyncpg(
    connection: Connection, sql: str, parameters: Sequence[Any], many: bool
) -> tuple[Sequence[Any], Any]:
    """``on_asyncpg``; if ``many``, ``parameters`` holds one list of them per run,
    all sent at once, and the rows are those of every run, one after another."""
    dialect = connection.dialect
    dbapi_connection = connection.connection
    adapted: Any = dbapi_connection.dbapi_connection
    driver = adapted._connection
    statements = _ASYNCPG_STATEMENTS.get(driver)
    if statements is None:
        statements = _ASYNCPG_STATEMENTS[driver] = {}
    try:
        try:
            if adapted._transaction is None:  # as the adapter's cursor would
                await_(adapted._start_transaction())
            found = statements.get(sql)
            if found is None:
                statement = await_(driver.prepare(sql))
                description = [
                    (attribute.name, attribute.type.oid, None, None, None, None, None)
                    for attribute in statement.get_attributes()
                ]
                found = statements[sql] = (statement, description)
            if many:
                return await_(found[0].fetchmany(parameters)), found[1]
            return await_(found[0].fetch(*parameters)), found[1]
        except dialect.loaded_dbapi.Error:
            raise
        except Exception as error:
            # A statement made stale by a change of the schema is prepared again.
            statements.pop(sql, None)
            adapted._handle_exception(error)  # raises it as the driver's error
            raise
    except dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemys(connection, sql, parameters, error, None) from error


class PipelineMismatch(RuntimeError):
    """A pipeline's statements gave other than one row each: which row is whose
    is not known, and the batch fails (its writes then run one by one)."""


def _one_row(sql: str) -> str:
    """A query giving exactly one row: a first column that is true if the query
    found a row, then that row's columns (null when it found none)."""
    return (
        "SELECT found.* FROM (SELECT 1) AS one LEFT JOIN LATERAL "
        f"(SELECT true AS present, query.* FROM ({sql}) AS query LIMIT 1) AS found ON true"
    )


def pipelined(
    connection: Connection, requests: Sequence[Request]
) -> list[tuple[Sequence[Any], Any]]:
    """Run ``requests`` in their order on PostgreSQL (inside ``run_sync``), those
    in a row with the same statement sent together, one round trip for them all:
    the rows and description of each, as ``on_asyncpg`` gives them. An error of
    any of them is raised (the transaction is then aborted)."""
    results: list[tuple[Sequence[Any], Any]] = []
    start = 0
    while start < len(requests):
        first = requests[start]
        end = start + 1
        while end < len(requests) and requests[end].sql == first.sql:
            end += 1
        group = requests[start:end]
        if len(group) == 1:
            results.append(on_asyncpg(connection, first.sql, first.values))
        elif first.query:
            rows, described = _on_asyncpg(
                connection, _one_row(first.sql), [r.values for r in group], True
            )
            if len(rows) != len(group):
                raise PipelineMismatch(f"{len(group)} queries gave {len(rows)} rows")
            description = described[1:]
            for row in rows:  # a null first column: the query found no row
                results.append(([] if row[0] is None else [tuple(row)[1:]], description))
        else:
            rows, description = _on_asyncpg(connection, first.sql, [r.values for r in group], True)
            if not description:  # statements that return nothing
                results.extend(([], description) for _ in group)
            elif len(rows) == len(group):
                results.extend(([row], description) for row in rows)
            else:
                raise PipelineMismatch(f"{len(group)} statements gave {len(rows)} rows")
        start = end
    return results
