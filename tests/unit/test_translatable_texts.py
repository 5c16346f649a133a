"""No bare text on screen: every literal handed to a user-visible Qt text setter (or to one of
the app's own helpers that puts text on screen) goes through tr() / translate() first.

An AST walk over the sources the catalog is built from (the Makefile's TRANSLATED_SOURCES).
Texts without words pass: empty strings, digits, punctuation, format-only strings ("%1",
f"{n} %"), and the few names that are never translated (the app's name, language names
written in their own language).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = (
    "rlsdesk/ui", "rlsdesk/paint", "rlsdesk/export/report.py", "rlsdesk/notify",
    "rlsdesk/reminders", "rlsdesk/text", "rlsdesk/app.py",
)

ALL = None
#: Called name -> the positional arguments that are texts shown to the person (ALL: every one).
TEXT_SINKS: dict[str, tuple[int, ...] | None] = {
    # setters
    "setText": ALL, "setToolTip": ALL, "setWindowTitle": ALL, "setPlaceholderText": ALL,
    "setAccessibleName": ALL, "setAccessibleDescription": ALL, "setStatusTip": ALL,
    "setWhatsThis": ALL, "setTitle": ALL, "setInformativeText": ALL, "setDetailedText": ALL,
    "setSpecialValueText": ALL, "setSuffix": ALL, "setPrefix": ALL, "setLabelText": ALL,
    "setTabText": (1,), "setHorizontalHeaderLabels": ALL, "setVerticalHeaderLabels": ALL,
    "setHeaderLabels": ALL, "setHeaderLabel": ALL,
    # adders and messages
    "addAction": ALL, "addMenu": ALL, "addButton": (0,), "addItem": (0,), "addItems": ALL,
    "insertItem": (1,), "addTab": (1,), "addRow": (0,), "showMessage": ALL,
    # widgets and items made with their text
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
    "QGroupBox": (0,), "QAction": ALL, "QMenu": (0,), "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0,), "QTableWidgetItem": (0,), "QTreeWidgetItem": (0,),
    # the app's own helpers that put their texts on screen
    "heading": (0,), "big_button": (0, 1, 2), "_named": (1, 2), "_FieldLabel": (0,),
    "ChartPanel": (0, 2), "tell": (1, 2), "say": (0, 1),
    "Reminder": (1, 2), "Section": (1,),
    "fill": (0,),  # fill("Noted at %1.", at): filled in, but never translated
    "plural": (1, 2),  # plural(n, "%1 night", "%1 nights"): chosen, but never translated
}
#: Static functions that show texts, by class: QMessageBox.question(parent, title, text).
STATIC_SINKS: dict[tuple[str, str], tuple[int, ...]] = {
    **{("QMessageBox", name): (1, 2)
       for name in ("question", "information", "warning", "critical", "about")},
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
}
TEXT_KEYWORDS = {"text", "title", "label", "caption", "toolTip", "body", "filter"}
#: Calls on a literal that keep it a bare literal: "Noted at {0}".format(t), "; ".join(xs).
STRING_METHODS = {"format", "replace", "join", "strip", "upper", "lower", "capitalize", "title"}
#: Never translated: the app's name; language names as the Language setting lists them.
NAMES = re.compile(r"\b(?:rlsdesk|English|Deutsch)\b")
PLACES = re.compile(r"%L?\d+|%n|\{[^{}]*\}")


def has_words(text: str) -> bool:
    return any(c.isalpha() for c in NAMES.sub("", PLACES.sub("", text)))


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _receiver(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"``: a constant handed on by name is still bare text."""
    found: dict[str, str] = {}
    for node in tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found.update({t.id: value.value for t in targets if isinstance(t, ast.Name)})
    return found


def bare_text(node: ast.expr, constants: dict[str, str]) -> str | None:
    """The untranslated words ``node`` puts on screen, or None."""
    if isinstance(node, ast.Constant):
        text = node.value if isinstance(node.value, str) else ""
        return text if has_words(text) else None
    if isinstance(node, ast.Name):
        text = constants.get(node.id, "")
        return text if has_words(text) else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return ast.unparse(node) if has_words(text) else None
    if isinstance(node, ast.BinOp):
        return bare_text(node.left, constants) or bare_text(node.right, constants)
    if isinstance(node, ast.IfExp):
        return bare_text(node.body, constants) or bare_text(node.orelse, constants)
    if isinstance(node, ast.List | ast.Tuple):
        return next((t for e in node.elts if (t := bare_text(e, constants))), None)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in STRING_METHODS:
        return bare_text(node.func.value, constants)
    return None  # tr(), translate(), a variable, a helper's result: not a literal here


def bare_texts(source: str, filename: str = "<source>") -> list[str]:
    """Every call in ``source`` that hands an untranslated literal to a text sink."""
    tree = ast.parse(source, filename)
    constants = _module_strings(tree)
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        name = _callee(call)
        if (_receiver(call), name) in STATIC_SINKS:
            positions: tuple[int, ...] | None = STATIC_SINKS[(_receiver(call), name)]
        elif name in TEXT_SINKS and _receiver(call) not in {"log", "logger", "logging"}:
            positions = TEXT_SINKS[name]
        else:
            continue
        arguments = [a for i, a in enumerate(call.args)
                     if positions is ALL or i in positions]
        arguments += [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
        for argument in arguments:
            text = bare_text(argument, constants)
            if text is not None:
                found.append(f"{filename}:{call.lineno}: {name}() gets {text!r}")
    return found


def scanned_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def test_every_text_on_screen_goes_through_translation() -> None:
    found = []
    for path in scanned_files():
        found += bare_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, "wrap these in self.tr() / translate():\n" + "\n".join(found)


def test_scans_what_the_catalog_is_built_from() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if x.startswith("TRANSLATED_SOURCES"))
    assert set(line.split(":=", 1)[1].split()) == set(SCANNED)


def test_bare_literals_are_found() -> None:
    source = '''
NOT_GIVEN = "not given"
heading = QLabel("Diary")
box = QGroupBox(f"Past nights (the last {n})")
button.setAccessibleName("Legs acting up now")
spin.setSpecialValueText(NOT_GIVEN)
label.setText("Marked done: " + "; ".join(names))
label.setText("Saved." if ok else "")
label.setText(fill("Noted at %1.", at))
table.setHorizontalHeaderLabels([self.tr("Night"), "Severity"])
form.addRow("Notes:", note)
QMessageBox.question(self, "Delete check-in", text)
tray.say("rlsdesk is still running", text, 6000)
menu.addAction(f"{hours} h, every {every} min")
label.setText(fill(plural(n, self.tr("%1 night"), "%1 nights"), n))
'''
    found = bare_texts(source)
    assert len(found) == source.count("\n") - 2, "\n".join(found)  # all but NOT_GIVEN's line


def test_translated_and_wordless_texts_pass() -> None:
    source = '''
QLabel(self.tr("Diary"))
label.setText("")
label.setText("%1")
label.setText(f"{value:.1f}  ·  {count}")
combo.addItem(f"{round(scale * 100)} %", scale)
combo.addItem("Deutsch", "de")
window.setWindowTitle("rlsdesk")
icon.setToolTip(f"rlsdesk\\n{label}")
label.setText(fill(self.tr("Noted at %1."), at))
label.setText(translate("Context", "Text"))
label.setText(self.tr("Next: {0}").format(text))
label.setText(fill(plural(n, self.tr("%1 night"), self.tr("%1 nights")), n))
log.warning("no tray icon; reminder %s not shown", key)
label.setText(step.title)
'''
    assert bare_texts(source) == []
