"""schemathesis hooks (``SCHEMATHESIS_HOOKS``): every case runs as a logged-in
teacher, with the session cookie and, for writes, the CSRF token.

Loaded by schemathesis' own process, which needs no more of the server than
where it is and whom to log in as (the environment variables below).
"""

from __future__ import annotations

import os
from typing import Any

import requests
import schemathesis

SERVER_URL, LOGIN, PASSWORD = "CONTRACT_SERVER_URL", "CONTRACT_LOGIN", "CONTRACT_PASSWORD"


@schemathesis.auth(refresh_interval=None)
class TeacherSession:
    """Logs in once; a fuzzed logout ends the session, and the next case logs in again."""

    def __init__(self) -> None:
        self.session: tuple[str, str] | None = None

    def get(self, case: Any, ctx: Any) -> tuple[str, str]:
        if self.session is None:
            response = requests.post(
                f"{os.environ[SERVER_URL]}/api/session",
                json={"login": os.environ[LOGIN], "password": os.environ[PASSWORD]},
                timeout=10,
            )
            response.raise_for_status()
            token = response.cookies["ts_session"]
            assert token is not None
            self.session = (token, response.json()["csrf_token"])
        return self.session

    def set(self, case: Any, data: tuple[str, str], ctx: Any) -> None:
        token, csrf = data
        case.cookies = {**(case.cookies or {}), "ts_session": token}
        case.headers = {**(case.headers or {}), "X-CSRF-Token": csrf}
        if case.method.upper() == "DELETE" and case.path == "/api/session":
            self.session = None
