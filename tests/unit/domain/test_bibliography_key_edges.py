"""A sources list whose entry is not a word (a list, an object, a number) is refused as an
unknown source, with the clear message, never a crash."""

from __future__ import annotations

import pytest

from rlsdesk.domain.bibliography import Bibliography
from rlsdesk.domain.errors import ProblemCode, ValidationError

BOOKS = Bibliography.from_document({"format": "rlsdesk-sources", "version": 1, "sources": {
    "nhs": {"kind": "page", "title": "Restless legs", "organisation": "NHS",
            "url": "https://nhs.uk/rls"}}})


@pytest.mark.parametrize("key", [["nhs"], {"key": "nhs"}, 7, None])
def test_a_key_that_is_not_a_word_is_an_unknown_source(key: object) -> None:
    with pytest.raises(ValidationError) as caught:
        BOOKS.resolve(["nhs", key], "kinds.bath.sources")
    err = caught.value
    assert err.code is ProblemCode.UNKNOWN_SOURCE
    assert err.field == "kinds.bath.sources"
    assert err.value == key
    assert str(err).endswith("is not a key in the bibliography (sources.json)")


def _one(key: str, raw: dict[str, object]) -> Bibliography:
    return Bibliography.from_document({"format": "rlsdesk-sources", "version": 1,
                                       "sources": {key: raw}})


def test_the_persons_own_source_keeps_its_key() -> None:
    own = _one("prescriber", {"kind": "own", "title": "Your prescriber"}).sources["prescriber"]
    assert own.key == "prescriber"
    assert BOOKS.resolve(["nhs"], "p")[0].key == "nhs"


@pytest.mark.parametrize("missing", ["url", "organisation"])
def test_a_page_without_its_address_or_organisation_names_that_field(missing: str) -> None:
    page: dict[str, object] = {"kind": "page", "title": "Restless legs", "organisation": "NHS",
                               "url": "https://nhs.uk/rls"}
    del page[missing]
    with pytest.raises(ValidationError) as caught:
        _one("nhs", page)
    assert caught.value.field == f"sources.nhs.{missing}"
    assert str(caught.value) == f"sources.nhs.{missing}: None is missing or empty text"
    assert caught.value.code is ProblemCode.EMPTY


@pytest.mark.parametrize("missing", ["title", "journal", "volume", "pages", "doi"])
def test_an_article_without_a_part_names_that_field(missing: str) -> None:
    article: dict[str, object] = {
        "kind": "article", "title": "A trial", "authors": ["Anna Winkelman"],
        "journal": "J Sleep", "year": 2025, "volume": "21(1)", "pages": "137-152",
        "doi": "10.1/x"}
    del article[missing]
    with pytest.raises(ValidationError) as caught:
        _one("trial", article)
    assert caught.value.field == f"sources.trial.{missing}"
    assert str(caught.value) == f"sources.trial.{missing}: None is missing or empty text"
