"""Fixtures for end-to-end tests on a private virtual desktop (see tests/vdesk.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.vdesk import VirtualDesktop

E2E_DIR = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if E2E_DIR in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def vdesk_factory() -> Iterator[Callable[..., VirtualDesktop]]:
    """Start desktops with custom options: ``vdesk_factory(notifications=False)``.

    Every desktop started through it is stopped after the test, even if the test fails.
    A missing program raises ``MissingToolError`` (the test fails, naming the package).
    """
    started: list[VirtualDesktop] = []

    def make(**options: Any) -> VirtualDesktop:
        desk = VirtualDesktop(**options)
        started.append(desk)
        desk.start()
        return desk

    yield make
    for desk in reversed(started):
        desk.stop()


@pytest.fixture
def vdesk(vdesk_factory: Callable[..., VirtualDesktop]) -> VirtualDesktop:
    """A started desktop with dunst and trayer, fresh for each test."""
    return vdesk_factory()
