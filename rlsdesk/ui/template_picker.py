"""Choosing what kind of step to add: every kind with its reason, evidence level and sources.

No template carries a dose or a product: the step editor starts those empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.guidance import Guidance, Template
from rlsdesk.domain.kinds import SleepHygieneItem, StepKind
from rlsdesk.ui.calm import PAGE_MARGIN, SPACING, big_button, heading, set_muted
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.step_text import kind_label, why_text

Choice = tuple[StepKind, SleepHygieneItem | None]


def template_why(template: Template) -> str:
    """Why, how well supported (translated) and the sources of a template."""
    return why_text(template.why, template.evidence, template.evidence_text, template.source)


def template_choices(guidance: Guidance) -> list[tuple[Choice, str, str]]:
    """(choice, heading, why with evidence and sources) for each kind; sleep habits one by
    one."""
    out: list[tuple[Choice, str, str]] = []
    for kind in StepKind:
        if kind is StepKind.SLEEP_HYGIENE:
            for item, template in guidance.sleep_hygiene.items():
                name = f"{kind_label(kind)}: {template.title}"
                out.append(((kind, item), name, template_why(template)))
            continue
        template = guidance.kinds[kind]
        name = kind_label(kind)
        if template.title.lower() != name.lower():
            name = f"{name}: {template.title}"
        out.append(((kind, None), name, template_why(template)))
    return out


@guard_overrides
class TemplatePicker(QDialog):
    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a step"))
        self.setObjectName("templatePicker")
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 620)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Kinds of step"))
        self.list.setAccessibleDescription(
            self.tr("Each kind with why it may help and where that comes from")
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        for choice, name, why in template_choices(guidance):
            item = QListWidgetItem(f"{name}\n{why}")
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.viewport().installEventFilter(self)

        hint = QLabel(self.tr("Choose a step, then adjust it to suit you."), self)
        set_muted(hint)
        self.next_button = big_button(
            self.tr("Next…"), self.tr("Set up the chosen step"),
            self.tr("Opens the chosen step so you can adjust it before saving"), self,
        )
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.accept)
        cancel = big_button(self.tr("Cancel"), self.tr("Cancel"), "", self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(self.tr("Add a step"), self, 1.4))
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_items()
        return super().eventFilter(watched, event)

    def fit_items(self) -> None:
        """Each item as tall as its wrapped text at the list's width (Qt's own estimate
        misses a line on the longest reasons)."""
        width = self.list.viewport().width() - 2 * self.list.spacing() - 12
        metrics = self.list.fontMetrics()
        for row in range(self.list.count()):
            item = self.list.item(row)
            box = metrics.boundingRect(0, 0, max(width, 100), 0,
                                       Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(max(width, 100), box.height() + 10))

    def choice(self) -> Choice | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def choose(self, kind: StepKind, item: SleepHygieneItem | None = None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == (kind, item):
                self.list.setCurrentRow(row)
                return
        raise KeyError((kind, item))
