"""The ``twinspace`` command: serve, migrate, demo and user administration."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import secrets
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import uvicorn
from sqlalchemy import or_, select
from starlette.applications import Starlette

from twinspace import accounts, demo
from twinspace.app import build_runtime, create_app, tune_collector
from twinspace.config import Settings
from twinspace.errors import AppError
from twinspace.i18n import DEFAULT_LANGUAGE, Catalogues
from twinspace.runtime import Runtime
from twinspace.sessions import close_all_sessions
from twinspace.storage.migrate import upgrade
from twinspace.storage.models import AccountKind, AccountStatus, User


async def _with_runtime(settings: Settings, work: Callable[[Runtime], Awaitable[Any]]) -> Any:
    runtime = build_runtime(settings)
    try:
        await upgrade(runtime.engine)
        return await work(runtime)
    finally:
        await runtime.close()


def _print_logins(logins: list[demo.Login], settings: Settings) -> None:
    print(f"\nTwinSpace demo at http://{settings.host}:{settings.port}/\n")
    width = max(len(login.who) for login in logins)
    for login in logins:
        print(f"  {login.who:<{width}}  login: {login.login:<28} password: {login.password}")
    print()


def cmd_serve(settings: Settings, args: argparse.Namespace) -> None:
    settings = settings.with_(host=args.host or settings.host, port=args.port or settings.port)
    if args.demo:
        logins = asyncio.run(_with_runtime(settings, demo.seed))
        _print_logins(logins, settings)
    else:
        asyncio.run(_with_runtime(settings, lambda rt: asyncio.sleep(0)))
    if args.workers > 1 and not settings.distributed:
        sys.exit(
            "serve --workers needs the distributed mode: TWINSPACE_BROKER_URL=redis://... and "
            "TWINSPACE_DATABASE_URL=postgresql+asyncpg://... (processes share nothing else)"
        )
    if args.workers == 1:
        tune_collector()  # several workers each tune their own
    # Several workers each build their app from the environment, as separate
    # processes on one host would; one builds it here, with the command's settings.
    app: Starlette | str = (
        create_app(settings) if args.workers == 1 else "twinspace.app:app_from_environment"
    )
    uvicorn.run(
        app,
        factory=args.workers > 1,
        workers=args.workers,
        host=settings.host,
        port=settings.port,
        log_level=args.log_level,
        # Chat frames are small, and a compressed frame can't be shared: each
        # socket would deflate its own copy. Off, one encoding serves all.
        ws_per_message_deflate=False,
        # The protocol whose sockets the gateway writes its ready frames to
        # directly (realtime/wire.py); under another, every frame goes through ASGI.
        ws="websockets-sansio",
        # The transport's frame limit; the gateway answers frames above its own
        # 256 KiB limit with an error, anything above this closes with 1009.
        ws_max_size=1024 * 1024,
    )


def cmd_migrate(settings: Settings, _args: argparse.Namespace) -> None:
    asyncio.run(_with_runtime(settings, lambda rt: asyncio.sleep(0)))
    print("database is at the newest schema")


def cmd_demo(settings: Settings, _args: argparse.Namespace) -> None:
    _print_logins(asyncio.run(_with_runtime(settings, demo.seed)), settings)


async def _find_user(rt: Runtime, login: str) -> User:
    async with rt.db() as db:
        user = await db.scalar(
            select(User).where(or_(User.email == login.lower(), User.username == login.lower()))
        )
    if user is None:
        raise SystemExit(f"no account with login {login!r}")
    return user


def cmd_create_staff(settings: Settings, args: argparse.Namespace) -> None:
    password = args.password or getpass.getpass("password for the new account: ")
    user = asyncio.run(
        _with_runtime(
            settings,
            lambda rt: accounts.create_staff(
                rt, AccountKind(args.kind), args.name, args.email, password
            ),
        )
    )
    print(f"created {user['kind']} account {user['email']} (id {user['id']})")


def cmd_reset_password(settings: Settings, args: argparse.Namespace) -> None:
    password = args.password or secrets.token_urlsafe(9)

    async def work(rt: Runtime) -> None:
        await accounts.set_password(rt, await _find_user(rt, args.login), password)

    asyncio.run(_with_runtime(settings, work))
    print(f"new password for {args.login}: {password}")


def cmd_set_status(settings: Settings, args: argparse.Namespace) -> None:
    status = AccountStatus.suspended if args.command == "suspend" else AccountStatus.active

    async def work(rt: Runtime) -> None:
        user = await _find_user(rt, args.login)
        async with rt.writes.begin() as db:
            (await db.get_one(User, user.id)).status = status
        await close_all_sessions(rt, user.id)

    asyncio.run(_with_runtime(settings, work))
    print(f"{args.login} is now {status.value}")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="twinspace", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="migrate the database and serve")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument("--demo", action="store_true", help="seed the demo and print its logins")
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes on this host, one per core (distributed mode only)",
    )
    serve.set_defaults(run=cmd_serve)

    commands.add_parser("migrate", help="bring the database to the newest schema").set_defaults(
        run=cmd_migrate
    )
    commands.add_parser("demo", help="seed the demo space and print its logins").set_defaults(
        run=cmd_demo
    )

    users = commands.add_parser("users", help="account administration")
    user_commands = users.add_subparsers(dest="command", required=True)
    staff = user_commands.add_parser("create-staff", help="a platform moderator or admin")
    staff.add_argument("--kind", choices=["moderator", "admin"], required=True)
    staff.add_argument("--name", required=True)
    staff.add_argument("--email", required=True)
    staff.add_argument("--password", help="asked for when left out")
    staff.set_defaults(run=cmd_create_staff)
    reset = user_commands.add_parser("reset-password", help="set a new password, log out")
    reset.add_argument("--login", required=True, help="e-mail or pupil username")
    reset.add_argument("--password", help="generated when left out")
    reset.set_defaults(run=cmd_reset_password)
    for name in ("suspend", "reinstate"):
        status = user_commands.add_parser(name, help=f"{name} an account")
        status.add_argument("--login", required=True)
        status.set_defaults(run=cmd_set_status)
    return root


def _explain(settings: Settings, error: AppError) -> str:
    """``invalid password (common): This password is ...``: the code, each refused
    field with its problem, and the explanation the web client shows, in English."""
    fields = ", ".join(f"{f['field']} ({f['problem']})" for f in error.details.get("fields", []))
    text = " ".join(part for part in (error.code.value, fields) if part)
    reason = error.details.get("reason")
    if reason:
        text += ": " + Catalogues(settings.web_dir / "i18n").translate(DEFAULT_LANGUAGE, reason)
    return text


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    settings = Settings.from_env()
    try:
        args.run(settings, args)
    except AppError as error:
        sys.exit(f"error: {_explain(settings, error)}")
