import sys
sys.path.insert(0, "/tmp")
from tests.qt.test_layout_fits import *  # noqa
from tests.qt.test_layout_fits import _seed
import pytest
from PySide6.QtWidgets import QScrollArea, QWidget, QLayout

def dump(w, depth=0, limit=500):
    return
    lay = w.layout()
    m = w.minimumSizeHint().width()
    if w.isVisible() and m > limit and depth < 12:
        print("  "*depth, m, type(w).__name__, w.objectName(), (w.text()[:40] if hasattr(w, "text") and callable(w.text) and isinstance(w.text(), str) else ""))
        for c in w.children():
            if isinstance(c, QWidget):
                dump(c, depth+1, limit)

@pytest.mark.parametrize("scale", [1.5])
def test_dbg(make_app, data_paths, qtbot, language, scale):
    _seed(data_paths, scale)
    app = make_app()
    w = app.window
    w.resize(w.minimumSize()); w.show(); qtbot.waitExposed(w)
    for key in ("tonight","routine","diary","insights","settings","about"):
        w.show_section(key); [QApplication.processEvents() for _ in range(3)]
        page = w._stack.currentWidget()
        print("=== ", language, key, page.width())
        for sa in page.findChildren(QScrollArea):
            if sa.widget() is not None and sa.isVisible():
                print(" body", sa.widget().minimumSizeHint().width(), sa.widget().sizeHint().width(), "viewport", sa.viewport().width())
                0
                b = sa.widget(); print(" body width", b.width(), "bar", sa.horizontalScrollBar().isVisible())
                for c in b.findChildren(QWidget):
                    if c.isVisible() and c.width() > 440: (key=="about") and print("   wide", c.width(), type(c).__name__, c.minimumWidth(), c.sizePolicy().horizontalPolicy())
