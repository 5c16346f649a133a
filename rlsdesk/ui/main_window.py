"""The main window: a list of sections on the left, the chosen page on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QSize, QTimer, Signal  # not Qt: its enums cost 15 ms to load
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.text.i18n import fill
from rlsdesk.ui.calm import set_muted
from rlsdesk.ui.errors import guard_overrides

_ACCESSIBLE_DESCRIPTION = 12  # Qt.ItemDataRole.AccessibleDescriptionRole (Qt not imported)

PageT = TypeVar("PageT", bound=QWidget)


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    page: QWidget | Callable[[], QWidget]  # a factory builds the page when first shown


@guard_overrides
class MainWindow(QMainWindow):
    close_requested = Signal()  # the app decides: hide to tray, or quit
    first_page_ready = Signal(QWidget)  # with build_current_on_show: the shown page is built

    def __init__(self, sections: list[Section], icon: QIcon, *,
                 build_current_on_show: bool = False) -> None:
        """With ``build_current_on_show`` the first page is built on the turn after the
        window shows (the window appears first, its page a moment later)."""
        super().__init__()
        self._defer_build = build_current_on_show
        self._first_page_ready = False
        self.setWindowTitle("rlsdesk")
        self.setWindowIcon(icon)
        self.setObjectName("mainWindow")
        self.resize(980, 660)
        self.setMinimumSize(QSize(720, 480))

        self._nav = QListWidget()
        self._nav.setObjectName("sectionList")
        self._nav.setAccessibleName(self.tr("Sections"))
        self._nav.setAccessibleDescription(self.tr("Choose a part of rlsdesk to show"))
        self._nav.setFixedWidth(200)
        self._nav.setSpacing(2)
        self._stack = QStackedWidget()
        self._keys: list[str] = []
        self._factories: dict[int, Callable[[], QWidget]] = {}
        for index, section in enumerate(sections):
            item = QListWidgetItem(section.label)
            item.setSizeHint(QSize(180, 48))
            if index < 9:  # the key is shown where the section is chosen
                key = QKeySequence(f"Alt+{index + 1}").toString(
                    QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(fill(self.tr("%1 (%2)"), section.label, key))
                item.setData(_ACCESSIBLE_DESCRIPTION, fill(self.tr("Shortcut: %1"), key))
            self._nav.addItem(item)
            if isinstance(section.page, QWidget):
                self._stack.addWidget(section.page)
            else:
                self._stack.addWidget(QWidget())  # stands in until the page is first shown
                self._factories[index] = section.page
            self._keys.append(section.key)
            if index < 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
                shortcut.activated.connect(lambda i=index: self._nav.setCurrentRow(i))
        close_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close_shortcut.activated.connect(self.close)
        self._nav.currentRowChanged.connect(self._show_row)
        self._nav.setCurrentRow(0)

        count = min(len(sections), 9)
        self.keys_hint = QLabel(fill(self.tr("Alt+1 to Alt+%1 open these pages. Every key: "
                                             "About page."), count))
        self.keys_hint.setObjectName("sectionKeysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setContentsMargins(14, 8, 10, 12)
        set_muted(self.keys_hint)
        side = QWidget()
        side.setObjectName("sectionSide")
        side.setFixedWidth(200)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self._nav, 1)
        side_layout.addWidget(self.keys_hint)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._really_closing = False

    def section_keys(self) -> list[str]:
        return list(self._keys)

    def show_section(self, key: str) -> None:
        self._nav.setCurrentRow(self._keys.index(key))

    def page(self, key: str, kind: type[PageT]) -> PageT:
        """The page of a section, built now if it has not been shown yet; ``kind`` is the
        class the section's page is (checked, so a wrong key fails here, not later)."""
        page = self._built(self._keys.index(key))
        if not isinstance(page, kind):
            raise TypeError(f"section {key!r} holds {type(page).__name__}, not {kind.__name__}")
        return page

    def built_sections(self) -> set[str]:
        return {key for i, key in enumerate(self._keys) if i not in self._factories}

    def _built(self, index: int) -> QWidget:
        factory = self._factories.pop(index, None)
        if factory is not None:
            stand_in = self._page_at(index)
            current = self._stack.currentIndex()
            self._stack.insertWidget(index, factory())
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._stack.setCurrentIndex(current)
        return self._page_at(index)

    def _page_at(self, index: int) -> QWidget:
        widget = self._stack.widget(index)
        if widget is None:  # every section's index holds a page or its stand-in
            raise IndexError(f"no page at {index}")
        return widget

    def _show_row(self, index: int) -> None:
        if index >= 0:
            if not self._defer_build or self.isVisible():
                self._built(index)
            self._stack.setCurrentIndex(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._defer_build and not self._first_page_ready:
            self._first_page_ready = True
            QTimer.singleShot(0, self._build_first_page)

    def _build_first_page(self) -> None:
        try:
            self._show_row(self._stack.currentIndex())
        finally:  # even if building failed: what waits for the first page must not wait on
            self.first_page_ready.emit(self._stack.currentWidget())

    def current_section(self) -> str:
        return self._keys[self._stack.currentIndex()]

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def close_for_real(self) -> None:
        self._really_closing = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._really_closing:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()
