"""The step editor: fields for one step, checked by the domain on every edit.

Each edit builds a domain :class:`Step`; a :class:`ValidationError` is shown in plain words
under the field it names, once the person has changed or left that field or pressed Save
(not while the form is still untouched), and Save saves nothing invalid: it shows what to
fix and puts the cursor there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.guidance import Guidance, Template
from rlsdesk.domain.kinds import AnchorKind, MagnesiumForm, SleepHygieneItem, StepKind
from rlsdesk.domain.routine import Anchor, Step, Stretch
from rlsdesk.domain.safety import cautions_for_new_step
from rlsdesk.text.i18n import translate
from rlsdesk.text.problem_text import problem_text
from rlsdesk.text.timefmt import clock_display_format
from rlsdesk.ui.calm import PAGE_MARGIN, SPACING, big_button, heading, set_muted
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.inline_note import InlineNote
from rlsdesk.ui.step_text import anchor_kind_label, day_name, kind_label, why_text


def plain_problem(err: ValidationError) -> str:
    """The domain's problem in plain words for the person editing: a few fields of the step
    editor have their own words for "required"; the rest come from the code."""
    if err.code is ProblemCode.REQUIRED:
        if err.field.startswith("stretches"):
            return translate("StepEditor", "Choose at least one stretch.")
        if err.field == "dose_mg":
            return translate("StepEditor", "Enter the amount from the label or from your "
                                           "clinician; rlsdesk never suggests one.")
        if err.field == "form":
            return translate("StepEditor", "Choose the form named on the label.")
    return problem_text(err)


def _field_key(field: str) -> str:
    """Which editor field a domain error belongs to."""
    if field.startswith("stretches"):
        return "stretches"
    if field in ("anchor.time",):
        return "anchor.time"
    if field.startswith("anchor"):
        return "anchor.minutes"
    return field


@dataclass(slots=True)
class _StretchRow:
    name: str
    check: QCheckBox
    seconds: QSpinBox


class StepEditor(QDialog):
    """Edit a saved step (``step=``) or a new one from a template (``kind=``, ``item=``)."""

    def __init__(
        self,
        guidance: Guidance,
        *,
        step: Step | None = None,
        kind: StepKind | None = None,
        item: SleepHygieneItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        first_kind = step.kind if step is not None else kind
        if first_kind is None:
            raise ValueError("StepEditor needs a step or a kind")
        self._guidance = guidance
        self._original = step
        self.kind = StepKind(first_kind)
        first_item = step.item if step is not None else item
        template = guidance.template_for(self.kind, first_item)
        self._template = template
        self._valid: Step | None = None
        self._errors: dict[str, InlineNote] = {}
        self._fields: dict[str, QWidget] = {}
        self._touched: set[str] = set()  # fields the person changed or left
        self._tried = False              # Save was pressed
        self._leaving = _LeaveWatch(self._touch)
        self._title_follows_name = step is None and self.kind is StepKind.MEDICATION
        self.setObjectName("stepEditor")
        self.setWindowTitle(
            self.tr("Edit step") if step is not None else self.tr("Add a step")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(600)

        values = self._initial_values(step, template, first_item)
        self._form = QFormLayout()
        self._form.setSpacing(SPACING)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build_common(values)
        self._build_kind(values)

        self._why = QLabel(_reason_text(template), self)
        self._why.setObjectName("stepWhy")
        self._why.setWordWrap(True)
        set_muted(self._why)
        self.cautions = QLabel(self)
        self.cautions.setObjectName("stepCautions")
        self.cautions.setWordWrap(True)
        self.cautions.setFrameShape(QFrame.Shape.StyledPanel)
        self.cautions.setMargin(10)
        self.cautions.setAccessibleName(self.tr("Cautions"))
        self.cautions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.cautions.hide()

        self.save_button = big_button(
            self.tr("Save"), self.tr("Save the step"),
            self.tr("Saves the step; a field that needs fixing says so"), self,
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = big_button(
            self.tr("Cancel"), self.tr("Cancel"), self.tr("Closes without saving"), self
        )
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        form_host = QWidget(self)
        form_host.setLayout(self._form)
        scroll = QScrollArea(self)
        scroll.setWidget(form_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(kind_label(self.kind), self, 1.4))
        layout.addWidget(self._why)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.cautions)
        layout.addLayout(buttons)
        self._revalidate()
        self.resize(660, min(840, form_host.sizeHint().height() + 300))

    # --- public ------------------------------------------------------------------------------
    def step(self) -> Step | None:
        """The step as edited, or None while a field is invalid."""
        return self._valid

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` ("" when it is fine)."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def shown_errors(self) -> dict[str, str]:
        return {k: v.text() for k, v in self._errors.items() if not v.isHidden()}

    def caution_text(self) -> str:
        return self.cautions.text() if not self.cautions.isHidden() else ""

    # --- building ----------------------------------------------------------------------------
    def _initial_values(
        self, step: Step | None, template: Template, item: SleepHygieneItem | None
    ) -> dict[str, Any]:
        if step is not None:
            return {
                "title": step.title, "anchor": step.anchor, "minutes": step.minutes,
                "days": step.days, "enabled": step.enabled, "through_dnd": step.through_dnd,
                "dose_mg": step.dose_mg,
                "form": step.form, "name": step.name, "cycles": step.cycles,
                "minutes_each": step.minutes_each, "stretches": step.stretches,
                "item": step.item,
            }
        params = dict(self._guidance.kinds[self.kind].params)
        stretches = tuple(
            Stretch(key, self._guidance.stretches[key].seconds)
            for key in params.get("stretches", ())
        )
        return {
            "title": template.title, "anchor": template.anchor, "minutes": template.minutes,
            "days": frozenset(range(7)), "enabled": True, "through_dnd": False,
            "dose_mg": params.get("dose_mg"),
            "form": params.get("form"), "name": None, "cycles": params.get("cycles"),
            "minutes_each": params.get("minutes_each"), "stretches": stretches,
            "item": item or params.get("item"),
        }

    def _row(self, label: str, field: str, widget: QWidget, description: str = "") -> None:
        """A form row: the field, and under it a (hidden) message for its errors, as wide as
        the row (not the field), so a long message wraps below and covers nothing."""
        host = QWidget(self)
        host.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(host)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        grows = widget.sizePolicy().horizontalPolicy() in (
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        box.addWidget(widget, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignLeft)
        error = InlineNote(self.tr("Problem with %1").replace("%1", label), host)
        error.setObjectName(f"error:{field}")
        box.addWidget(error)
        self._errors[field] = error
        self._fields[field] = widget
        self._watch(field, widget)
        if not widget.accessibleName():
            widget.setAccessibleName(label)
        if description:
            widget.setAccessibleDescription(description)
        self._form.addRow(label, host)

    def _watch(self, field: str, widget: QWidget) -> None:
        """The field counts as touched once the person changes it or leaves it."""
        def touch(*_args: object) -> None:
            self._touch(field)

        for part in [widget, *widget.findChildren(QWidget)]:
            if isinstance(part, QLineEdit) and not isinstance(part.parent(), QAbstractSpinBox):
                part.textChanged.connect(touch)
            elif isinstance(part, QTimeEdit):
                part.timeChanged.connect(touch)
            elif isinstance(part, QSpinBox):
                part.valueChanged.connect(touch)
            elif isinstance(part, QComboBox):
                part.currentIndexChanged.connect(touch)
            elif isinstance(part, QCheckBox):
                part.toggled.connect(touch)
            self._leaving.watch(part, field)

    def _touch(self, field: str) -> None:
        if field not in self._touched:
            self._touched.add(field)
            self._revalidate()

    def _spin(self, value: int | None, maximum: int, suffix: str = "") -> QSpinBox:
        # Wider than the domain allows, so the domain's message explains the limits.
        spin = QSpinBox(self)
        spin.setRange(0, maximum)
        spin.setValue(value or 0)
        if suffix:
            spin.setSuffix(suffix)
        spin.setMinimumHeight(36)
        spin.valueChanged.connect(self._revalidate)
        return spin

    def _build_common(self, v: dict[str, Any]) -> None:
        self.title_edit = QLineEdit(v["title"], self)
        self.title_edit.setMinimumHeight(36)
        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.textChanged.connect(self._revalidate)
        self._row(self.tr("Title"), "title", self.title_edit)

        if self.kind is StepKind.MEDICATION:
            self.name_edit = QLineEdit(v["name"] or "", self)
            self.name_edit.setMinimumHeight(36)
            self.name_edit.textChanged.connect(self._name_changed)
            self._row(
                self.tr("Medicine name"), "name", self.name_edit,
                self.tr("rlsdesk records the name and the time; it gives no advice on medicines"),
            )

        anchor: Anchor = v["anchor"]
        self.anchor_combo = QComboBox(self)
        for kind in AnchorKind:
            self.anchor_combo.addItem(anchor_kind_label(kind), str(kind))
        self.anchor_combo.setCurrentIndex(list(AnchorKind).index(anchor.kind))
        self.anchor_combo.setMinimumHeight(36)
        self.anchor_combo.currentIndexChanged.connect(self._anchor_kind_changed)
        self._row(self.tr("When"), "anchor.type", self.anchor_combo)
        self.anchor_minutes = self._spin(anchor.minutes, 9999, self.tr(" min"))
        self._row(self.tr("Minutes before"), "anchor.minutes", self.anchor_minutes)
        self.anchor_time = QTimeEdit(self)
        self.anchor_time.setDisplayFormat(clock_display_format(QLocale()))
        clock = anchor.clock
        self.anchor_time.setTime(QTime(clock.hour, clock.minute) if clock else QTime(19, 0))
        self.anchor_time.setMinimumHeight(36)
        self.anchor_time.timeChanged.connect(self._revalidate)
        self._row(self.tr("Time"), "anchor.time", self.anchor_time)

        self.duration = self._spin(v["minutes"], 9999, self.tr(" min"))
        self._row(
            self.tr("Takes"), "minutes", self.duration,
            self.tr("How many minutes the step takes; 0 for a quick one"),
        )

        days_host = QWidget(self)
        days_box = QHBoxLayout(days_host)
        days_box.setContentsMargins(0, 0, 0, 0)
        self.day_checks: list[QCheckBox] = []
        locale = QLocale()
        for day in range(7):
            check = QCheckBox(day_name(day, locale), days_host)
            check.setChecked(day in v["days"])
            check.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            check.toggled.connect(self._revalidate)
            days_box.addWidget(check)
            self.day_checks.append(check)
        days_box.addStretch(1)
        days_host.setAccessibleName(self.tr("Days"))
        self._row(self.tr("Days"), "days", days_host)

        self.enabled_check = QCheckBox(self.tr("Include this step in my evenings"), self)
        self.enabled_check.setChecked(v["enabled"])
        self.enabled_check.setAccessibleName(self.tr("Step is on"))
        self.enabled_check.toggled.connect(self._revalidate)
        self._row(self.tr("On"), "enabled", self.enabled_check)

        self.through_dnd_check = QCheckBox(self.tr("Remind me even in Do Not Disturb"), self)
        self.through_dnd_check.setChecked(v["through_dnd"])
        self.through_dnd_check.toggled.connect(self._revalidate)
        self._row(
            self.tr("Do Not Disturb"), "through_dnd", self.through_dnd_check,
            self.tr("Sent as urgent, so it comes through the desktop's Do Not Disturb; "
                    "a locked screen still holds it until you are back"),
        )
        self._anchor_kind_changed()

    def _build_kind(self, v: dict[str, Any]) -> None:
        kind = self.kind
        if kind is StepKind.MAGNESIUM:
            # Starts empty for a new step: the amount comes from the label or the clinician.
            self.dose = self._spin(v["dose_mg"], 99999, self.tr(" mg"))
            self.dose.setSpecialValueText(self.tr("not entered"))
            self._row(self.tr("Dose"), "dose_mg", self.dose,
                      self.tr("Magnesium per dose in milligrams, from the label or your "
                              "clinician"))
            self.form_combo = QComboBox(self)
            labels = {
                MagnesiumForm.CITRATE: self.tr("Citrate"),
                MagnesiumForm.GLYCINATE: self.tr("Glycinate"),
                MagnesiumForm.OXIDE: self.tr("Oxide"),
                MagnesiumForm.OTHER: self.tr("Other"),
            }
            for form in MagnesiumForm:
                self.form_combo.addItem(labels[form], str(form))
            self.form_combo.setPlaceholderText(self.tr("Choose the form on the label"))
            if v["form"] is not None:
                self.form_combo.setCurrentIndex(list(MagnesiumForm).index(MagnesiumForm(v["form"])))
            else:
                self.form_combo.setCurrentIndex(-1)
            self.form_combo.setMinimumHeight(36)
            self.form_combo.currentIndexChanged.connect(self._revalidate)
            self._row(self.tr("Form"), "form", self.form_combo)
        elif kind is StepKind.CONTRAST_PACKS:
            self.cycles = self._spin(v["cycles"], 99)
            self._row(self.tr("Cycles"), "cycles", self.cycles,
                      self.tr("How many times to go from heat to cold"))
            self.minutes_each = self._spin(v["minutes_each"], 999, self.tr(" min"))
            self._row(self.tr("Minutes each"), "minutes_each", self.minutes_each,
                      self.tr("Minutes for each heat pack and each cold pack"))
        elif kind is StepKind.STRETCHING:
            self._build_stretches(v["stretches"])
        elif kind is StepKind.SLEEP_HYGIENE:
            self.item_combo = QComboBox(self)
            for item, template in self._guidance.sleep_hygiene.items():
                self.item_combo.addItem(template.title, str(item))
            if v["item"] is not None:
                items = list(self._guidance.sleep_hygiene)
                self.item_combo.setCurrentIndex(items.index(SleepHygieneItem(v["item"])))
            self.item_combo.setMinimumHeight(36)
            self.item_combo.currentIndexChanged.connect(self._item_changed)
            self._row(self.tr("Habit"), "item", self.item_combo)

    def _build_stretches(self, chosen: tuple[Stretch, ...]) -> None:
        host = QWidget(self)
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        self.stretch_rows: list[_StretchRow] = []
        seconds = {s.name: s.seconds for s in chosen}
        names = [s.name for s in chosen] + [
            key for key in self._guidance.stretches if key not in seconds
        ]
        for row, name in enumerate(names):
            known = self._guidance.stretches.get(name)
            title = known.title if known else name
            check = QCheckBox(title, host)
            check.setChecked(name in seconds)
            check.setAccessibleName(title)
            if known:
                check.setToolTip(f"{known.why} ({known.source})")
                check.setAccessibleDescription(check.toolTip())
            spin = QSpinBox(host)
            spin.setRange(0, 999)
            spin.setSuffix(self.tr(" s"))
            spin.setValue(seconds.get(name, known.seconds if known else 60))
            spin.setAccessibleName(self.tr("Seconds for %1").replace("%1", title))
            spin.setMinimumHeight(32)
            check.toggled.connect(self._revalidate)
            spin.valueChanged.connect(self._revalidate)
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
            self.stretch_rows.append(_StretchRow(name, check, spin))
        host.setAccessibleName(self.tr("Stretches"))
        self._row(self.tr("Stretches"), "stretches", host,
                  self.tr("Tick the stretches to do, in this order, and how long to hold each"))

    # --- reacting ----------------------------------------------------------------------------
    def _title_edited(self, _text: str) -> None:
        self._title_follows_name = False

    def _name_changed(self, text: str) -> None:
        if self._title_follows_name:
            self.title_edit.setText(text.strip() or self._template.title)
        self._revalidate()  # the name changes cautions even when the title stays

    def _item_changed(self) -> None:
        old = self._template
        new = self._guidance.template_for(self.kind, self.item_combo.currentData())
        if self.title_edit.text().strip() == old.title:
            self.title_edit.setText(new.title)
        self._template = new
        self._why.setText(_reason_text(new))
        self._revalidate()

    def _anchor_kind_changed(self) -> None:
        clock = self.anchor_combo.currentData() == AnchorKind.CLOCK
        for widget, show in ((self.anchor_minutes, not clock), (self.anchor_time, clock)):
            host = widget.parentWidget()  # the row _row() made: the field and its message
            if host is None:
                continue
            label = self._form.labelForField(host)
            host.setVisible(show)
            if label is not None:
                label.setVisible(show)
        self._revalidate()

    def _build(self) -> Step:
        anchor_kind = AnchorKind(self.anchor_combo.currentData())
        if anchor_kind is AnchorKind.CLOCK:
            qt = self.anchor_time.time()
            anchor = Anchor.at(time(qt.hour(), qt.minute()))
        else:
            anchor = Anchor(anchor_kind, self.anchor_minutes.value())
        params: dict[str, Any] = {}
        kind = self.kind
        if kind is StepKind.MAGNESIUM:
            params = {"dose_mg": self.dose.value() or None, "form": self.form_combo.currentData()}
        elif kind is StepKind.MEDICATION:
            params = {"name": self.name_edit.text()}
        elif kind is StepKind.CONTRAST_PACKS:
            params = {"cycles": self.cycles.value(), "minutes_each": self.minutes_each.value()}
        elif kind is StepKind.STRETCHING:
            stretches = []
            for index, row in enumerate(r for r in self.stretch_rows if r.check.isChecked()):
                try:
                    stretches.append(Stretch(row.name, row.seconds.value()))
                except ValidationError as err:
                    raise err.under(f"stretches[{index}]") from None
            params = {"stretches": tuple(stretches)}
        elif kind is StepKind.SLEEP_HYGIENE:
            params = {"item": self.item_combo.currentData()}
        return Step(
            kind=kind,
            title=self.title_edit.text(),
            anchor=anchor,
            minutes=self.duration.value(),
            days=frozenset(d for d, c in enumerate(self.day_checks) if c.isChecked()),
            enabled=self.enabled_check.isChecked(),
            through_dnd=self.through_dnd_check.isChecked(),
            id=self._original.id if self._original is not None else None,
            **params,
        )

    def _revalidate(self, *_args: object) -> None:
        if not hasattr(self, "save_button"):
            return  # still building
        try:
            step = self._build()
        except ValidationError as err:
            self._valid = None
            key = _field_key(err.field)
            key = key if key in self._errors else "title"
            for other, label in self._errors.items():
                if other != key:
                    label.clear_note()
            if self._tried or key in self._touched:
                self._errors[key].problem(plain_problem(err))
            else:
                self._errors[key].clear_note()
            self.cautions.hide()
            return
        for label in self._errors.values():
            label.clear_note()
        self._valid = step
        cautions = cautions_for_new_step(step, self._guidance)
        self.cautions.setText("\n\n".join(cautions))
        self.cautions.setVisible(bool(cautions))

    def _save(self) -> None:
        if self._valid is not None:
            self.accept()
            return
        self._tried = True
        self._revalidate()
        for field, label in self._errors.items():
            if not label.isHidden():
                self._fields[field].setFocus(Qt.FocusReason.OtherFocusReason)
                break


@guard_overrides
class _LeaveWatch(QObject):
    """Tells which field the focus left (a field counts as touched then)."""

    _FIELD = "rlsdeskEditorField"

    def __init__(self, touched: Callable[[str], None]) -> None:
        super().__init__()
        self._touched = touched

    def watch(self, widget: QWidget, field: str) -> None:
        widget.setProperty(self._FIELD, field)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent) and (
                event.reason() != Qt.FocusReason.PopupFocusReason):  # a combo's own list
            field = watched.property(self._FIELD)
            if field:
                self._touched(str(field))
        return False


def _reason_text(template: Template) -> str:
    return why_text(template.why, template.evidence, template.evidence_text, template.source)
