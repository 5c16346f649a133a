"""Finding the files in resources/ both from a source checkout and from an installed wheel."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    # In a wheel, resources/ is packaged inside rlsdesk/; in a checkout it sits beside it.
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("rlsdesk's resources folder is missing; reinstall rlsdesk")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def load_json(name: str) -> Any:
    with open(resource_path(name), encoding="utf-8") as handle:
        return json.load(handle)
