"""The HTTP API against its own description (``/api/openapi.json``), by schemathesis.

schemathesis runs as its command line does, on a real server seeded with the
demo, logged in as one of its teachers: every operation with generated valid
and invalid input (coverage and fuzzing phases), then chains of operations
along the description's links (stateful phase). Every answer must be no server
error, have a described status, content type, headers and body, and a request
the description refuses must be refused (tests/contract/schemathesis.toml).
The seed is new each run, so each run tries other input; its report, with the
seed and a curl line per failure, is the assertion's message.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.contract import hooks
from tests.contract.conftest import ThreadServer
from twinspace import demo

HERE = Path(__file__).parent
# The whole run is bounded by its examples; this only stops one that hangs.
TIME_BUDGET_SECONDS = 300


def test_every_answer_matches_the_description(demo_server: ThreadServer, tmp_path: Path):
    env = {
        **os.environ,
        hooks.SERVER_URL: demo_server.url,
        hooks.LOGIN: demo.TEACHERS[0].email,
        hooks.PASSWORD: demo.TEACHER_PASSWORD,
        "SCHEMATHESIS_HOOKS": "tests.contract.hooks",
        "PYTHONPATH": str(HERE.parent.parent),
    }
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "--no-color",
        "run",
        f"{demo_server.url}/api/openapi.json",
    ]
    run = subprocess.run(
        command,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=TIME_BUDGET_SECONDS,
    )
    assert run.returncode == 0, run.stdout + run.stderr
