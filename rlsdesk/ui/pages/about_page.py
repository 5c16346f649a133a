"""About: version, where the data lives, what the app is not (it never suggests a dose), the
iron note and questions for your clinician from the 2024 AASM guideline, and every source
the guidance cites, as a reader would look it up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk import __version__
from rlsdesk.domain.guidance import Guidance
from rlsdesk.services.evening import load_guidance
from rlsdesk.text.i18n import fill, translate, ui_language
from rlsdesk.ui.calm import scrolling_body, set_muted, set_scaled
from rlsdesk.ui.guidance_text import shown
from rlsdesk.ui.keyboard_help import keyboard_help


def all_sources(guidance: Guidance) -> list[str]:
    """Every source the guidance can cite, in full (authors, title, journal, year, pages,
    DOI; or organisation, page and address), sorted; the person's own are left out."""
    return [source.full for source in guidance.bibliography.cited()]


def cited_text(text: str, source: str) -> str:
    return fill(translate("AboutPage", "%1\nSource: %2"), text, source)


class AboutPage(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None,
                 guidance: Guidance | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        guidance = guidance or load_guidance(ui_language())
        heading = QLabel(self.tr("About rlsdesk"))
        heading.setObjectName("pageHeading")
        version = QLabel(self.tr("Version {0}").format(__version__))

        statement = QLabel(self.tr(
            "rlsdesk is a self-care diary and reminder tool for restless legs syndrome. It "
            "records what you log and reminds you of the routine you chose. It is not medical "
            "advice: it does not diagnose or treat, and it never suggests a dose, a product or "
            "a change to a medicine. Doses you enter come from the label or from your "
            "clinician; rlsdesk only checks them against the cited safety limits. Talk to "
            "your clinician about symptoms and treatment."
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

        iron_heading = QLabel(self.tr("Iron and restless legs"))
        iron_heading.setObjectName("sectionHeading")
        iron_heading.setWordWrap(True)
        set_scaled(iron_heading, 1.2, bold=True)
        iron = guidance.safety.notes["iron"]
        self.iron = QLabel(cited_text(shown(iron.text), iron.source))
        self.iron.setObjectName("ironNote")
        self.iron.setWordWrap(True)
        self.iron.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        questions_heading = QLabel(self.tr("Questions for your clinician"))
        questions_heading.setObjectName("sectionHeading")
        questions_heading.setWordWrap(True)
        set_scaled(questions_heading, 1.2, bold=True)
        intro = guidance.clinician_intro
        self.questions_intro = QLabel(cited_text(shown(intro.text), intro.source))
        self.questions_intro.setWordWrap(True)
        set_muted(self.questions_intro)
        self.questions: list[QLabel] = []
        for question in guidance.clinician_questions:
            label = QLabel(cited_text(shown(question.text), question.source))
            label.setObjectName(f"question:{question.key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.questions.append(label)

        sources_label = QLabel(self.tr("Sources of the guidance rlsdesk shows"))
        self.sources = QListWidget()
        self.sources.setObjectName("sourcesList")
        self.sources.setAccessibleName(self.tr("Sources"))
        self.sources.setAccessibleDescription(self.tr("Every source the app's guidance cites"))
        self.sources.setWordWrap(True)
        self.sources.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrapped when resized
        self.sources.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sources.addItems(all_sources(guidance))
        self.sources.setMinimumHeight(320)
        sources_label.setBuddy(self.sources)

        row = QVBoxLayout()  # the folder's path may be long: the button goes under it
        row.addWidget(where)
        row.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(scrolling_body(self))
        layout.setContentsMargins(28, 28, 28, 28)
        layout.setSpacing(14)
        for widget in (heading, version, statement, privacy):
            layout.addWidget(widget)
        layout.addLayout(row)
        for widget in keyboard_help(self):
            layout.addWidget(widget)
        for widget in (iron_heading, self.iron, questions_heading, self.questions_intro,
                       *self.questions):
            layout.addWidget(widget)
        layout.addWidget(sources_label)
        layout.addWidget(self.sources, 1)

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
