"""The lab panel on Insights: adding a result (units that fit the test; bad input told at
the field, nothing saved), deleting a mistaken one after asking, planning a blood test
with its reminder ticked by default and cancelling it, the one-line empty state; Tonight's
line the evening before a planned test; the lab file on the Diary page's Files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from rlsdesk.domain.labs import LabTest, PlannedTest
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.services.labs import LabsService
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.pages.diary_page import DiaryPage
from rlsdesk.ui.pages.insights_page import InsightsPage
from rlsdesk.ui.pages.tonight_page import TonightPage
from tests.unit.conftest import dump

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=ZONE)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    yield DiaryService(Evening(store, lambda: ZONE, lambda: NOW))
    store.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    said: dict[str, object] = {"confirm": True, "asked": [], "save": "", "open": ""}

    def question(parent: object, title: str, text: str, *rest: object) -> object:
        said["asked"].append(text)  # type: ignore[union-attr]
        return (QMessageBox.StandardButton.Yes if said["confirm"]
                else QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(said["save"]), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(said["open"]), "")))
    return said


def _insights(qtbot, service: DiaryService) -> InsightsPage:
    page = InsightsPage(service)
    qtbot.addWidget(page)
    page.resize(1000, 1400)
    page.show()
    return page


def test_empty_lab_log_is_one_line_and_a_result_can_be_added(qtbot, service) -> None:
    page = _insights(qtbot, service)
    panel = page.labs_panel
    assert panel.empty.isVisible() and panel.empty.text() == "No lab results yet."
    assert not panel.table.isVisible() and not panel.ferritin.isVisible()
    assert panel.empty.sizeHint().height() < 40, "one line, not an empty table"
    form = panel.form
    assert [form.unit.itemText(i) for i in range(form.unit.count())] == ["ng/mL", "ug/L"]
    form.test.setCurrentIndex(form.test.findData(LabTest.HB.value))
    assert [form.unit.itemText(i) for i in range(form.unit.count())] == ["g/dL", "g/L",
                                                                          "mmol/L"]
    form.test.setCurrentIndex(form.test.findData(LabTest.FERRITIN.value))
    form.unit.setCurrentIndex(1)
    form.drawn.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(form.value, "48,5")
    with qtbot.waitSignal(page.changed):
        form.add_button.click()
    results = LabsService(service.evening).results()
    assert [(r.drawn, r.test, r.value, r.unit) for r in results] == [
        (date(2026, 11, 20), LabTest.FERRITIN, 48.5, "ug/L")]
    assert form.add_note.text() == "Added Ferritin 48.5 ug/L, drawn Fri 20 Nov 2026."
    assert form.add_note.isVisible() and not form.add_note.is_problem()
    assert form.add_note.fades(), "a confirmation fades; it does not stay"
    assert form.value.text() == ""
    assert panel.table.isVisible() and panel.table.rowCount() == 1
    assert not panel.empty.isVisible()


@pytest.mark.parametrize(("test", "typed", "message"), [
    ("tsat", "120", "Result value: Enter a number from 0 to 100 %"),
    ("ferritin", "lots", "Result value: Enter a number from 0 to 100000 ng/mL"),
    ("hb", "", "Result value: please enter the number from the lab report."),
])
def test_bad_input_is_told_at_the_field_and_saves_nothing(qtbot, service, data_paths,
                                                          test, typed, message) -> None:
    page = _insights(qtbot, service)
    form = page.labs_panel.form
    before = dump(data_paths.root)
    form.test.setCurrentIndex(form.test.findData(test))
    form.value.setText(typed)
    with qtbot.assertNotEmitted(page.changed):
        form.add_button.click()
    assert form.add_note.is_problem() and form.add_note.text().startswith(message)
    assert form.add_note.isVisible() and not form.plan_note.isVisible()
    assert dump(data_paths.root) == before


def test_a_mistaken_result_is_deleted_after_asking(qtbot, service, answers) -> None:
    labs = LabsService(service.evening)
    labs.log("ferritin", 48, drawn="2026-03-02")
    labs.log("tsat", 18, drawn="2026-03-02")
    page = _insights(qtbot, service)
    panel = page.labs_panel
    assert not panel.delete_button.isEnabled()
    panel.table.setCurrentCell(0, 2)  # the TSAT cell
    assert panel.delete_button.isEnabled()
    answers["confirm"] = False
    panel.delete_button.click()
    assert answers["asked"] == ["Delete the result 18 % (below the guideline's 20 %), drawn "
                                "on 2 Mar 2026?"]
    assert len(labs.results()) == 2, "declined: nothing deleted"
    answers["confirm"] = True
    panel.table.setCurrentCell(0, 2)
    with qtbot.waitSignal(page.changed):
        panel.delete_button.click()
    assert [r.test for r in labs.results()] == [LabTest.FERRITIN]
    panel.table.setCurrentCell(0, 0)  # the date: every result of that date
    panel.delete_button.click()
    assert "Delete the lab result drawn on 2 Mar 2026 (1 result)?" in str(answers["asked"][-1])
    assert labs.results() == [] and panel.empty.isVisible()


def test_a_blood_test_is_planned_with_its_reminder_and_cancelled(qtbot, service) -> None:
    page = _insights(qtbot, service)
    form = page.labs_panel.form
    assert form.remind.isChecked(), "remind me the evening before: on by default"
    assert form.planned.minimumDate() == QDate(2026, 11, 23)
    form.planned.setDate(QDate(2026, 11, 24))
    with qtbot.waitSignal(page.changed):
        form.plan_button.click()
    labs = LabsService(service.evening)
    assert labs.plans() == [PlannedTest(date(2026, 11, 24), True)]
    assert labs.reminder_tonight(date(2026, 11, 23)) is not None
    assert len(form.plan_rows) == 1
    assert "reminder the evening before at 19:00" in form.plan_rows[0].findChildren(
        QLabel)[0].text()
    assert "Blood test planned for Tue 24 Nov 2026" in form.plan_note.text()
    cancel = form.plan_rows[0].findChildren(type(form.plan_button))[0]
    with qtbot.waitSignal(page.changed):
        cancel.click()
    assert labs.plans() == [] and form.plan_rows == []
    assert "no reminder will come" in form.plan_note.text()
    assert not form.plan_note.is_problem() and not form.add_note.isVisible()


def test_tonight_shows_tomorrow_mornings_blood_test(qtbot, service) -> None:
    page = TonightPage(service.evening)
    qtbot.addWidget(page)
    page.show()
    assert not page.blood_test.isVisible()
    LabsService(service.evening).plan_test(date(2026, 11, 24))
    page.follow_data()
    assert page.blood_test.isVisible()
    text = page.blood_test.text()
    assert text.startswith("Blood test tomorrow morning (Tue 24 Nov)\nReminder at 19:00 "
                           "tonight.")
    assert "24 hours before" in text and "Source: Winkelman et al." in text
    LabsService(service.evening).plan_test(date(2026, 11, 24), remind=False)
    page.follow_data()
    assert not page.blood_test.isVisible()


def test_the_lab_file_from_the_diary_page(qtbot, service, answers, tmp_path: Path,
                                          data_paths) -> None:
    labs = LabsService(service.evening)
    labs.log("ferritin", 48, "ug/L", drawn="2026-03-02")
    labs.log("hb", 131, "g/L", drawn="2026-03-02")
    page = DiaryPage(service)
    qtbot.addWidget(page)
    page.show()
    target = tmp_path / "labs.csv"
    answers["save"] = target
    page.files.export_labs_button.click()
    assert target.read_bytes() == (b"date,test,value,unit\r\n2026-03-02,ferritin,48,ug/L\r\n"
                                   b"2026-03-02,hb,131,g/L\r\n")
    assert page.files.status.text() == f"Wrote 2 lab results to {target}."
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    bad = tmp_path / "bad.csv"
    bad.write_text("date,test,value,unit\n2026-03-03,tsat,120,%\n", encoding="utf-8")
    answers["open"] = bad
    before = dump(data_paths.root)
    page.files.import_labs_button.click()
    assert page.files.error.text().startswith("bad.csv was not imported: line 2, value")
    assert page.files.error.text().endswith("Nothing was changed.")
    assert dump(data_paths.root) == before and answers["asked"] == []
    labs.delete_drawn(date(2026, 3, 2))
    answers["open"] = target
    with qtbot.waitSignal(page.changed):
        page.files.import_labs_button.click()
    assert answers["asked"][-1].startswith("Import 2 lab results (2 Mar 2026 to 2 Mar 2026) "
                                           "from labs.csv?")
    assert [(r.test, r.value, r.unit) for r in labs.results()] == [
        (LabTest.FERRITIN, 48, "ug/L"), (LabTest.HB, 131, "g/L")]
    assert labs.export_csv().encode() == target.read_bytes(), "round trip exact"
