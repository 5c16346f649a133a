"""Settings keys are named in one place, rlsdesk/domain/settings_schema.py: everywhere else
goes through the typed accessor (rlsdesk/services/settings.py) with a declared Setting.

Read from the source with ast: a string key handed to a settings method, a ``*_KEY`` name
for a settings key, or the settings table's repository used other than to build the
accessor, fails here."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from rlsdesk.domain.settings_schema import SETTINGS_BY_KEY

PACKAGE = Path(__file__).resolve().parents[2] / "rlsdesk"
DECLARATION = PACKAGE / "domain" / "settings_schema.py"
SETTINGS_METHODS = {"get", "set", "set_many", "text", "delete", "all"}
#: Where the repository itself may be named: the store, and the accessor (Preferences takes
#: a repository too and wraps it in the accessor).
REPO_ALLOWED = {PACKAGE / "services" / "settings.py", PACKAGE / "services" / "preferences.py"}


def _is_string(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(
        node, ast.JoinedStr)


def _mentions_settings(node: ast.AST) -> bool:
    text = ast.unparse(node).lower()
    return "settings" in text or "prefs" in text or "preferences" in text


def problems(source: str, where: str = "<source>", *, repo_allowed: bool = False,
             in_store: bool = False) -> Iterator[str]:
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        line = f"{where}:{getattr(node, 'lineno', '?')}"
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SETTINGS_METHODS and _mentions_settings(node.func.value)):
            args = [*node.args, *(k.value for k in node.keywords)]
            for arg in args:
                if _is_string(arg):
                    yield f"{line}: a string key passed to {ast.unparse(node.func)}()"
                if isinstance(arg, ast.Dict) and any(k is not None and _is_string(k)
                                                     for k in arg.keys):
                    yield f"{line}: string keys passed to {ast.unparse(node.func)}()"
        if isinstance(node, ast.Assign | ast.AnnAssign):
            value = node.value
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if (isinstance(value, ast.Constant) and value.value in SETTINGS_BY_KEY
                    and any("KEY" in ast.unparse(t).upper() for t in targets)):
                yield f"{line}: the settings key {value.value!r} named outside the declaration"
        if in_store:
            continue
        if isinstance(node, ast.Name) and node.id == "SettingsRepo" and not repo_allowed:
            yield f"{line}: the settings repository used outside the accessor"
        if (isinstance(node, ast.Attribute) and node.attr == "settings"
                and ast.unparse(node.value).split(".")[-1].lstrip("_") == "store"):
            parent = parents.get(node)
            builds_accessor = (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)
                               and parent.func.id == "Settings")
            if not builds_accessor:
                yield f"{line}: {ast.unparse(node)} used other than to build Settings(...)"


def all_problems() -> list[str]:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == DECLARATION:
            continue
        found.extend(problems(
            path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)),
            repo_allowed=path in REPO_ALLOWED, in_store=path.parent.name == "store"))
    return found


def test_no_settings_key_is_named_outside_the_declaration() -> None:
    assert all_problems() == []


def test_the_scan_sees_each_kind_of_raw_key() -> None:
    source = '''
LONG_SIT_KEY = "long_sit"
self.store.settings.get("paused_night")
settings.set("bedtime", "22:00")
self._settings.set_many({"quiet_start": None, QUIET_END: None})
prefs.settings.get(key=f"{name}")
repo = SettingsRepo(conn)
night = self.store.settings
'''
    found = list(problems(source))
    lines = sorted(int(f.split(":")[1]) for f in found)
    # line 3 twice (the key, and the repository reached past the accessor), line 4 twice
    # (both strings handed to set())
    assert lines == [2, 3, 3, 4, 4, 5, 6, 7, 8], found
    assert not list(problems("self.settings.get(BEDTIME)\nSettings(self.store.settings)\n"
                             "options.get('bedtime')\nrow.get('onset')\n"))
