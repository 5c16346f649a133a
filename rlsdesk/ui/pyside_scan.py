"""A lighter answer to the question PySide6 asks of every module imported after it.

Since PySide6 6.4 (PYSIDE-2029, for its ``__feature__`` switches) each newly imported module
is checked for the text "PySide6" with ``inspect.getsource``, which reads the file through
``linecache`` and keeps every line of it for the life of the process. For rlsdesk that is
about 170 modules, some 6 MB resident, mostly from the scheduler's dependencies imported once
the window shows. Reading the file's bytes gives the same answer and keeps nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_rlsdesk_reads_bytes"


def _reading_bytes(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return upstream(module)  # packages in zips, frozen or built-in modules

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def lighten_pyside_module_scan() -> bool:
    """Swap in the byte-reading check; False (and nothing changed) if this PySide6 has no
    such hook."""
    import PySide6.QtCore  # noqa: F401  (installs the hook)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if not getattr(upstream, _MARK, False):
        feature._mod_uses_pyside = _reading_bytes(upstream)  # type: ignore[attr-defined]  # stub: a module takes any attribute
    return True
