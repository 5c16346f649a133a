"""Finding the files in resources/ both from a source checkout and from an installed wheel."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from rlsdesk.domain.bibliography import Bibliography, citations

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # rlsdesk/


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


@cache
def bibliography() -> Bibliography:
    """resources/sources.json, parsed: every source a guidance line may cite, by key."""
    return Bibliography.from_document(load_json("sources.json"))


def load_cited(name: str) -> Any:
    """A text document from resources/ with each ``sources`` list of keys checked against the
    bibliography and read out beside it as ``source``, the readable citation to show."""
    books = bibliography()

    def walk(node: Any, path: str) -> Any:
        if isinstance(node, dict):
            out = {key: walk(value, f"{path}.{key}") for key, value in node.items()}
            if "sources" in node:
                out["source"] = citations(books.resolve(node["sources"], f"{path}.sources"))
            return out
        if isinstance(node, list):
            return [walk(value, f"{path}[{i}]") for i, value in enumerate(node)]
        return node

    return walk(load_json(name), name)
