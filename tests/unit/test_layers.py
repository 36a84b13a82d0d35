"""The floors of the house hold: the hallway, the review queue and the real-time
layer know no feature, so a new kind of content never edits them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "twinspace"
# Modules that are features: each offers its own service functions and routes.
FEATURES = {"accounts", "spaces", "chat", "forums", "pages", "postcards", "media", "live", "review"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def features_imported(path: Path) -> set[str]:
    return {
        name.split(".")[1]
        for name in imported_modules(path)
        if name.startswith("twinspace.") and name.split(".")[1] in FEATURES
    }


@pytest.mark.parametrize(
    "path",
    [
        PACKAGE / "writepath.py",
        PACKAGE / "review.py",
        PACKAGE / "kinds.py",
        *sorted((PACKAGE / "realtime").glob("*.py")),
        *sorted((PACKAGE / "moderation").rglob("*.py")),
        *sorted((PACKAGE / "storage").rglob("*.py")),
    ],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_the_hallway_review_and_lower_floors_import_no_feature(path):
    assert features_imported(path) - {path.stem} == set()


def test_the_check_would_see_a_feature_import(tmp_path):
    module = tmp_path / "sneaky.py"
    module.write_text("from twinspace import chat\nfrom twinspace.forums import kind\n")
    assert features_imported(module) == {"chat", "forums"}
