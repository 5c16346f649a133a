"""The one place every error in the window ends up: logged with its traceback, met with one
calm message, and the app keeps running.

How an exception reaches here (PySide6 6.8 and later, checked on 6.11):

- In a slot, a timer callback, or a virtual override (``paintEvent``) called from the event
  loop: PySide6 hands it to ``sys.excepthook`` and carries on; :class:`ErrorReporter`
  installs that hook (and ``threading.excepthook`` for worker threads).
- In a virtual override called while Python code is inside a Qt call (``show_page`` ->
  ``setCurrentIndex`` -> a page's ``showEvent``): PySide6 keeps the error pending and
  raises it from the outer Qt call when that returns; a Python override Qt calls in the
  meantime runs with the error still set, and the process dies with SIGSEGV. So every
  override in rlsdesk's widgets is wrapped by :func:`guard_overrides`, which passes the
  exception to ``sys.excepthook`` itself and never lets it leave the override.
"""

from __future__ import annotations

import functools
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from rlsdesk.text.i18n import fill, translate

log = logging.getLogger("rlsdesk.errors")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
_Cls = TypeVar("_Cls", bound=type)

#: Overrides that answer Qt with a value: on an error Qt's own implementation answers.
_ANSWERING = frozenset({"event", "eventFilter", "sizeHint", "minimumSizeHint"})


def _is_override(name: str) -> bool:
    return name in _ANSWERING or (name.endswith("Event") and not name.startswith("_"))


def guard_overrides(cls: _Cls) -> _Cls:
    """Wrap the Qt virtual overrides ``cls`` defines (``*Event``, ``event``, ``eventFilter``,
    size hints) so an exception inside one goes to ``sys.excepthook`` instead of into Qt."""
    for name, function in list(vars(cls).items()):
        if callable(function) and _is_override(name) and not hasattr(function, "_guarded"):
            setattr(cls, name, _guarded(cls, name, function))
    return cls


def _guarded(cls: type, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def override(self: Any, *args: Any) -> Any:
        try:
            return function(self, *args)
        except Exception:
            sys.excepthook(*sys.exc_info())
        if name in _ANSWERING:  # Qt's own answer (C++, cannot raise)
            return getattr(super(cls, self), name)(*args)
        return None

    override._guarded = True  # type: ignore[attr-defined]  # a function takes any attribute
    return override


def _where(tb: TracebackType | None) -> tuple[str, int]:
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None:
        return "", 0
    return last.tb_frame.f_code.co_filename, last.tb_lineno


class ErrorReporter(QObject):
    """Installed as ``sys.excepthook`` (and ``threading.excepthook``) in the GUI process.

    Each distinct error (its type and the line it was raised on) is logged with its
    traceback once; repeats (a paint that fails on every repaint) are counted and logged as
    one line now and then. A person sees one message at a time, and none for a repeat of
    an error they were already told about.
    """

    message_shown = Signal(str)
    _wanted = Signal()  # queued: the message is built on the GUI thread, after the paint

    def __init__(self, log_file: Path, parent_window: Callable[[], Any] | None = None,
                 database: Path | None = None) -> None:
        super().__init__()
        self.log_file = log_file
        self._database = database or log_file.with_name("rlsdesk.db")
        self._storage_text: str | None = None  # a full disk, a lock...: said in its words
        self._parent_window = parent_window or (lambda: None)
        self._seen: dict[tuple[str, str, int], int] = {}
        self._unshown = False   # an error nobody has been told about yet
        self._box: Any = None   # the message on screen, if any
        self.errors = 0
        self.messages = 0
        self._previous: tuple[Any, Any] | None = None
        self._wanted.connect(self._show_message, Qt.ConnectionType.QueuedConnection)

    # --- installing -----------------------------------------------------------------------
    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            if sys.excepthook == self.hook:
                sys.excepthook = self._previous[0]
            if threading.excepthook == self._thread_hook:
                threading.excepthook = self._previous[1]
            self._previous = None

    # --- receiving ------------------------------------------------------------------------
    def hook(self, kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        try:
            if issubclass(kind, KeyboardInterrupt):
                from PySide6.QtWidgets import QApplication

                QApplication.quit()  # Ctrl+C in a terminal still ends rlsdesk
                return
            self._record((kind, value, tb))
        except BaseException:  # the hook itself must never fail into Qt
            sys.__excepthook__(kind, value, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _record(self, info: ExcInfo) -> None:
        kind, value, tb = info
        self.errors += 1
        key = (kind.__qualname__, *_where(tb))
        times = self._seen.get(key, 0) + 1
        self._seen[key] = times
        if times == 1:
            fault = _storage_fault(value, self._database)
            if fault is not None:  # a cause with a name: said as such, not "went wrong"
                log.warning("storage unavailable (%s): %r", fault.kind.value, value)
                self._storage_text = str(fault)
            else:
                log.error("unexpected error (rlsdesk keeps running)", exc_info=info)
            self._unshown = True
            self._wanted.emit()
        elif times in (2, 10, 100) or times % 1000 == 0:
            log.error("the same error again (%d times so far): %s: %s at %s:%d",
                      times, kind.__qualname__, value, key[1], key[2])

    # --- telling --------------------------------------------------------------------------
    def message_text(self) -> str:
        return fill(translate(
            "ErrorReporter",
            "Something did not work as it should. rlsdesk keeps running and your data is "
            "safe; what you were doing may need to be done again. Details for a helper are "
            "in %1."), self.log_file)

    def _show_message(self) -> None:
        if not self._unshown or self._box is not None:
            return  # told already, or the message is still open: it covers this one too
        self._unshown = False
        try:
            from PySide6.QtWidgets import QMessageBox

            parent = self._parent_window()
            if parent is not None and not parent.isVisible():
                parent = None
            box = QMessageBox(parent)
            box.setObjectName("errorMessage")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(translate("ErrorReporter", "rlsdesk"))
            storage, self._storage_text = self._storage_text, None
            if storage is not None:
                box.setIcon(QMessageBox.Icon.Warning)
                box.setText(translate("ErrorReporter", "That could not be saved"))
                box.setInformativeText(storage)
            else:
                box.setText(translate("ErrorReporter", "Something went wrong"))
                box.setInformativeText(self.message_text())
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.finished.connect(self._message_closed)
            self._box = box
            self.messages += 1
            box.show()
            self.message_shown.emit(box.informativeText())
        except Exception:
            log.exception("could not show the error message")

    def _message_closed(self) -> None:
        self._box = None

    def message_box(self) -> Any:
        return self._box


def _storage_fault(value: BaseException, database: Path) -> Any:
    """The storage problem behind ``value`` (full disk, lock, ...), or None."""
    try:
        from rlsdesk.system.faults import storage_fault

        return storage_fault(value, database)
    except Exception:  # sorting the error must never become an error of its own
        return None
