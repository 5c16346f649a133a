"""The data watch sleeps until the database's files change (no fast poll, window shown or
hidden), keeps a slow safety poll, and looks at once when the window comes back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rlsdesk.ui.data_watch import HIDDEN_POLL_MS, POLL_MS, DataWatch


def test_never_polls_fast_and_looks_on_showing(qtbot) -> None:
    versions = iter(range(100))
    asked: list[int] = []

    def version() -> int:
        asked.append(1)
        return next(versions)

    window = QWidget()
    qtbot.addWidget(window)
    watch = DataWatch(version)
    watch.follow_visibility(window)
    watch.start()
    assert watch.interval_ms() == HIDDEN_POLL_MS  # starting in the tray
    heard: list[bool] = []
    watch.changed.connect(lambda: heard.append(True))
    before = len(asked)
    window.show()
    qtbot.waitExposed(window)
    assert watch.interval_ms() == POLL_MS >= 30_000  # no faster while the window shows
    assert len(asked) > before and heard  # looked at once on showing
    window.hide()
    assert watch.interval_ms() == HIDDEN_POLL_MS
    watch.stop()


def test_another_process_write_is_heard_from_the_file_not_a_fast_poll(qtbot, data_paths) -> None:
    """The watch sleeps until the database's files change: with its safety poll stopped, a
    commit by another connection still reaches ``changed`` (via the system's file watch)."""
    from rlsdesk.store.store import open_store

    store = open_store(data_paths)
    try:
        watch = DataWatch(store.data_version, database=data_paths.database)
        watch.start()
        assert watch.interval_ms() >= 30_000
        assert str(data_paths.database) in watch.watched_files()
        watch._timer.stop()  # only the file watch is left
        other = open_store(data_paths)
        try:
            with qtbot.waitSignal(watch.changed, timeout=10_000):
                other.settings.set("bedtime", "23:20")
        finally:
            other.close()
        watch.stop()
    finally:
        store.close()


def test_own_writes_wake_the_watch_but_announce_nothing(qtbot, data_paths) -> None:
    from rlsdesk.store.store import open_store

    store = open_store(data_paths)
    try:
        watch = DataWatch(store.data_version, database=data_paths.database)
        watch.start()
        heard: list[bool] = []
        watch.changed.connect(lambda: heard.append(True))
        store.settings.set("bedtime", "23:25")
        watch._on_file_event(f"{data_paths.database}-wal")  # what the file watch calls
        assert not heard  # this process's own commit does not move data_version
        watch.stop()
    finally:
        store.close()
