"""The arrows between rlsdesk's parts point one way (ARCHITECTURE.md draws them).

Every import in rlsdesk/ is read from the source, lazy ones inside functions and the
TYPE_CHECKING ones included: a part may use only the parts listed for it below.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "rlsdesk"

#: part -> the parts it may import (besides itself). A part is a sub-package, or a module
#: at the top of rlsdesk/ ("rlsdesk" itself holds only the version and the app id).
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "system": {"rlsdesk", "domain"},
    "text": {"system", "domain"},
    "store": {"domain", "system"},
    "formats": {"domain", "system"},
    "services": {"domain", "store", "formats", "system"},
    "paint": {"domain", "services", "system", "text"},
    "export": {"rlsdesk", "domain", "services", "formats", "paint", "system", "text"},
    "notify": {"domain", "system", "text"},
    "desktop": {"rlsdesk", "system"},
    "reminders": {"domain", "services", "notify", "system", "text"},
    "ui": {"rlsdesk", "domain", "services", "reminders", "export", "formats", "desktop",
           "paint", "system", "text"},
    "commands": {"rlsdesk", "domain", "services", "export", "formats", "desktop", "system"},
    "cli": {"rlsdesk", "commands", "domain", "system", "ui", "app"},
    "__main__": {"cli"},
    "app": {"rlsdesk", "domain", "services", "store", "reminders", "notify", "ui", "desktop",
            "system", "text"},
    "rlsdesk": set(),
}


def part_of(module: str) -> str:
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "rlsdesk"


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, module: str | None = None) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module or module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            if target == "rlsdesk":  # `from rlsdesk import app` imports the module app
                for alias in node.names:
                    yield node.lineno, f"{target}.{alias.name}"


def project_imports() -> Iterator[tuple[str, int, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        source = module_name(path)
        for line, target in imported_modules(path):
            if target == "rlsdesk" or target.startswith("rlsdesk."):
                yield source, line, target


def real_part(target: str) -> str | None:
    """The part a `rlsdesk...` name belongs to, or None for a name inside rlsdesk/__init__."""
    part = part_of(target)
    if part in ALLOWED:
        return part
    if (PACKAGE / part).is_dir() or (PACKAGE / f"{part}.py").exists():
        return part
    return None  # e.g. `from rlsdesk import APP_ID`


def test_every_part_is_declared() -> None:
    parts = {p.stem for p in PACKAGE.glob("*.py")} | {
        p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()
    }
    parts.discard("__init__")
    assert parts <= set(ALLOWED), f"declare these in ALLOWED: {sorted(parts - set(ALLOWED))}"


def test_imports_follow_the_arrows() -> None:
    wrong = []
    for source, line, target in project_imports():
        src, dst = part_of(source), real_part(target)
        if dst is None or dst == src:
            continue
        if dst not in ALLOWED[src]:
            wrong.append(f"{source}:{line} imports {target} ({src} may not use {dst})")
    assert not wrong, "\n".join(wrong)


def test_nothing_imports_the_composition_root() -> None:
    importers = [f"{s}:{n}" for s, n, t in project_imports()
                 if (t == "rlsdesk.app" or t.startswith("rlsdesk.app."))
                 and part_of(s) not in {"cli", "app"}]
    assert not importers, importers


def test_no_cycle_between_parts() -> None:
    graph: dict[str, set[str]] = defaultdict(set)
    for source, _, target in project_imports():
        src, dst = part_of(source), real_part(target)
        if dst is not None and dst != src:
            graph[src].add(dst)
    seen: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> None:
        if node in path:
            raise AssertionError("cycle: " + " -> ".join([*path[path.index(node):], node]))
        if node in seen:
            return
        path.append(node)
        for nxt in sorted(graph[node]):
            visit(nxt)
        path.pop()
        seen.add(node)

    for start in sorted(graph):
        visit(start)


def test_the_checker_reads_relative_lazy_and_from_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from . import ledger_repo\n"
        "def later():\n"
        "    from rlsdesk.ui.tray import Tray\n",
        encoding="utf-8",
    )
    found = {target for _, target in imported_modules(sample, "rlsdesk.store.sample")}
    assert "rlsdesk.store" in found
    assert "rlsdesk.ui.tray" in found
    assert real_part("rlsdesk.ui.tray") == "ui" and "ui" not in ALLOWED["store"]
    assert real_part("rlsdesk.APP_ID") is None
