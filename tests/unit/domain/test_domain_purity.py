"""The domain stays pure: no Qt, no other rlsdesk layers, no file or network I/O."""

from __future__ import annotations

import ast
from pathlib import Path

DOMAIN = Path(__file__).parents[3] / "rlsdesk" / "domain"
FORBIDDEN_MODULES = {"PySide6", "apscheduler", "sqlite3", "os", "pathlib", "socket", "json"}
FORBIDDEN_CALLS = {"open", "print", "input"}


def test_domain_imports_nothing_impure() -> None:
    for path in sorted(DOMAIN.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    assert node.func.id not in FORBIDDEN_CALLS, f"{path.name} calls {node.func.id}"
                continue
            for name in names:
                top = name.split(".")[0]
                assert top not in FORBIDDEN_MODULES, f"{path.name} imports {name}"
                if top == "rlsdesk":
                    assert name.startswith("rlsdesk.domain"), f"{path.name} imports {name}"


def test_no_now_or_today_calls() -> None:
    for path in sorted(DOMAIN.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for call in (".now(", ".today(", "time.time(", "random"):
            assert call not in text, f"{path.name} uses {call}"
