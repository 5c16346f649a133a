"""The window's start meets a storage fault with the same plain words in a calm dialog, and
moves or creates nothing in the data folder."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from rlsdesk import app as app_module
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths


def test_a_locked_diary_at_start_is_told_in_a_dialog_and_nothing_moves(
    qapp: QApplication, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = open_store(data_paths)
    store.settings.set("kept", "yes")
    store.close()
    before = sorted(p.name for p in data_paths.root.iterdir())
    holder = sqlite3.connect(data_paths.database, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # keeps every other connection out
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")
    told: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(
        app_module.data_dialogs, "tell",
        lambda parent, title, text, warning=False: told.append((title, text, warning)),
    )
    try:
        code = app_module.run_gui(data_paths)
    finally:
        holder.close()
    assert code != 0
    (title, text, warning), = told
    assert title == "rlsdesk cannot start" and warning
    assert "holds it locked" in text and "Close the other program" in text
    assert capsys.readouterr().err.strip() == f"rlsdesk: error: {text}"  # the same words
    assert sorted(p.name for p in data_paths.root.iterdir()) == before
    again = open_store(data_paths)
    assert again.settings.get("kept") == "yes" and again.moved_aside is None
    again.close()
