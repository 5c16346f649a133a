"""About: version, where the data lives, every source the guidance cites, and what the app
is not."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk import __version__
from rlsdesk.resources import load_json
from rlsdesk.ui.calm import scrolling_body


def cited_sources(document: Any) -> list[str]:
    """Every distinct "source" string in a guidance document, in a stable order."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key.endswith("source") and isinstance(value, str):
                    if not value.lower().startswith("your "):  # the person's own, not a citation
                        found.setdefault(value.strip(), None)
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return sorted(found, key=str.casefold)


def all_sources(extra_documents: Iterable[Any] = ()) -> list[str]:
    sources = set(cited_sources(load_json("guidance.json")))
    for document in extra_documents:
        sources.update(cited_sources(document))
    return sorted(sources, key=str.casefold)


class AboutPage(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        heading = QLabel(self.tr("About rlsdesk"))
        heading.setObjectName("pageHeading")
        version = QLabel(self.tr("Version {0}").format(__version__))

        statement = QLabel(self.tr(
            "rlsdesk is a self-care diary and reminder tool for restless legs syndrome. It "
            "records what you log and reminds you of the routine you chose. It is not medical "
            "advice: it does not diagnose, treat, or suggest doses beyond the cited safety "
            "limits. Talk to your clinician about symptoms and treatment."
        ))
        statement.setObjectName("medicalStatement")
        statement.setWordWrap(True)

        privacy = QLabel(self.tr(
            "Your data stays on this computer. rlsdesk makes no network connections."
        ))
        privacy.setWordWrap(True)
        where = QLabel(self.tr("Your data lives in: {0}").format(data_dir))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = QPushButton(self.tr("Open data folder"))
        open_button.setAccessibleName(self.tr("Open data folder"))
        open_button.setAccessibleDescription(self.tr("Show the folder with your rlsdesk data"))
        open_button.clicked.connect(self.open_data_folder)

        sources_label = QLabel(self.tr("Sources of the guidance rlsdesk shows"))
        self.sources = QListWidget()
        self.sources.setObjectName("sourcesList")
        self.sources.setAccessibleName(self.tr("Sources"))
        self.sources.setAccessibleDescription(self.tr("Every source the app's guidance cites"))
        self.sources.setWordWrap(True)
        self.sources.addItems(all_sources())
        sources_label.setBuddy(self.sources)

        row = QHBoxLayout()
        row.addWidget(where, 1)
        row.addWidget(open_button)
        layout = QVBoxLayout(scrolling_body(self))
        layout.setContentsMargins(28, 28, 28, 28)
        layout.setSpacing(14)
        for widget in (heading, version, statement, privacy):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(sources_label)
        layout.addWidget(self.sources, 1)

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
