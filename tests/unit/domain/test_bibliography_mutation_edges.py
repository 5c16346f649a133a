"""The bibliography: each kind of source written in line and in full, the years 1900 and
2100 at their edges, and every refusal as the sentence the command line prints. Written for
the survivors of `make mutation`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rlsdesk.domain.bibliography import Bibliography, Source, SourceKind, citations
from rlsdesk.domain.errors import ProblemCode, ValidationError

ARTICLE: dict[str, Any] = {
    "kind": "article", "title": " A trial ", "authors": [" Anna Winkelman ", "Bo Berg"],
    "journal": " J Sleep ", "year": 2025, "volume": " 21(1) ", "pages": " 137-152 ",
    "doi": " 10.1/x ",
}
PAGE: dict[str, Any] = {"kind": "page", "title": "Restless legs", "url": "https://nhs.uk/rls",
                        "organisation": "National Health Service", "short_name": "NHS"}
OWN: dict[str, Any] = {"kind": "own", "title": " Your prescriber "}


def books(**sources: object) -> Bibliography:
    return Bibliography.from_document({"format": "rlsdesk-sources", "version": 1,
                                       "sources": sources})


def assert_refused(make: Callable[[], object], text: str, code: ProblemCode,
                   **params: object) -> None:
    with pytest.raises(ValidationError) as info:
        make()
    assert str(info.value) == text
    assert info.value.code is code
    assert info.value.params == params


def test_an_article_in_line_and_in_full() -> None:
    source = books(w=ARTICLE).sources["w"]
    assert source == Source("w", SourceKind.ARTICLE, "A trial", ("Anna Winkelman", "Bo Berg"),
                            False, "J Sleep", 2025, "21(1)", "137-152", "10.1/x")
    assert source.is_citation
    assert source.short == "Anna & Bo, J Sleep 2025; 21(1):137-152"
    assert source.full == ("Anna Winkelman, Bo Berg. A trial. J Sleep. 2025;21(1):137-152. "
                           "doi:10.1/x")


def test_et_al_after_two_authors_or_when_marked() -> None:
    three = books(w={**ARTICLE, "authors": ["A One", "B Two", "C Three"]}).sources["w"]
    assert three.short.startswith("A et al., ")
    marked = books(w={**ARTICLE, "et_al": True, "note": "open access"}).sources["w"]
    assert marked.short.startswith("Anna et al., ")
    assert marked.full.startswith("Anna Winkelman, Bo Berg, et al. A trial.")
    assert marked.full.endswith("doi:10.1/x (open access)")
    one = books(w={**ARTICLE, "authors": ["Solo"]}).sources["w"]
    assert one.short == "Solo, J Sleep 2025; 21(1):137-152"


def test_a_page_and_the_persons_own() -> None:
    page = books(p=PAGE).sources["p"]
    assert page.short == 'NHS, "Restless legs"'
    assert page.full == "National Health Service. Restless legs. https://nhs.uk/rls"
    unnamed = books(p={**PAGE, "short_name": None}).sources["p"]
    assert unnamed.short == 'National Health Service, "Restless legs"'
    own = books(o=OWN).sources["o"]
    assert (own.short, own.full, own.is_citation) == ("Your prescriber", "Your prescriber", False)


def test_cited_lists_real_citations_sorted_and_citations_join_them() -> None:
    b = books(o=OWN, w=ARTICLE, p=PAGE)
    assert [s.key for s in b.cited()] == ["w", "p"]  # "Anna..." before "National..."
    assert citations(b.resolve(["p", "o"], "x")) == 'NHS, "Restless legs"; Your prescriber'
    assert citations(()) == ""


@pytest.mark.parametrize("year", [1900, 1901, 2099, 2100])
def test_years_1900_to_2100(year: int) -> None:
    assert books(w={**ARTICLE, "year": year}).sources["w"].year == year


@pytest.mark.parametrize("year", [1899, 2101, True, "2025", None])
def test_years_outside_or_not_numbers(year: object) -> None:
    assert_refused(lambda: books(w={**ARTICLE, "year": year}),
                   f"sources.w.year: {year!r} is not a year", ProblemCode.NOT_A_YEAR)


@pytest.mark.parametrize(("doc", "text", "code", "params"), [
    ([], "sources: [] is not an object", ProblemCode.WRONG_TYPE, {"expected": "object"}),
    ({"format": "x", "version": 1, "sources": {}}, "format: 'x' is not 'rlsdesk-sources'",
     ProblemCode.UNSUPPORTED_FORMAT, {"expected": "rlsdesk-sources"}),
    ({"format": "rlsdesk-sources", "version": 2, "sources": {}},
     "version: 2 is not a supported version (1)", ProblemCode.UNSUPPORTED_FORMAT,
     {"expected": 1}),
    ({"format": "rlsdesk-sources", "version": 1, "sources": {}},
     "sources: {} is missing or empty", ProblemCode.MISSING, {}),
    ({"format": "rlsdesk-sources", "version": 1, "sources": {"w": 3}},
     "sources.w: 3 is not an object", ProblemCode.WRONG_TYPE, {"expected": "object"}),
    ({"format": "rlsdesk-sources", "version": 1, "sources": {"w": {**OWN, "kind": "blog"}}},
     "sources.w.kind: 'blog' is not one of article, guideline, page, own",
     ProblemCode.NOT_ONE_OF, {"choices": tuple(SourceKind)}),
    ({"format": "rlsdesk-sources", "version": 1, "sources": {"w": {**OWN, "kind": ["own"]}}},
     "sources.w.kind: ['own'] is not one of article, guideline, page, own",
     ProblemCode.NOT_ONE_OF, {"choices": tuple(SourceKind)}),
    ({"format": "rlsdesk-sources", "version": 1, "sources": {"w": {**OWN, "title": " "}}},
     "sources.w.title: ' ' is missing or empty text", ProblemCode.EMPTY, {}),
    ({"format": "rlsdesk-sources", "version": 1,
      "sources": {"p": {**PAGE, "url": "http://nhs.uk"}}},
     "sources.p.url: 'http://nhs.uk' is not a public https address", ProblemCode.NOT_HTTPS, {}),
    ({"format": "rlsdesk-sources", "version": 1,
      "sources": {"w": {**ARTICLE, "authors": ["A", " "]}}},
     "sources.w.authors: ['A', ' '] is not a non-empty list of names", ProblemCode.WRONG_TYPE,
     {"expected": "list of names"}),
    ({"format": "rlsdesk-sources", "version": 1, "sources": {"w": {**ARTICLE, "authors": []}}},
     "sources.w.authors: [] is not a non-empty list of names", ProblemCode.WRONG_TYPE,
     {"expected": "list of names"}),
    ({"format": "rlsdesk-sources", "version": 1, "sources": {"w": {**ARTICLE, "doi": ""}}},
     "sources.w.doi: '' is missing or empty text", ProblemCode.EMPTY, {}),
])
def test_bad_bibliographies_read_well(doc: object, text: str, code: ProblemCode,
                                      params: dict[str, object]) -> None:
    assert_refused(lambda: Bibliography.from_document(doc), text, code, **params)


def test_resolve_refusals_name_the_path() -> None:
    b = books(w=ARTICLE)
    assert b.resolve(["w", "w"], "kinds.bath.sources") == (b.sources["w"], b.sources["w"])
    assert_refused(lambda: b.resolve([], "kinds.bath.sources"),
                   "kinds.bath.sources: [] is not a non-empty list of source keys",
                   ProblemCode.WRONG_TYPE, expected="list of source keys")
    assert_refused(lambda: b.resolve("w", "kinds.bath.sources"),
                   "kinds.bath.sources: 'w' is not a non-empty list of source keys",
                   ProblemCode.WRONG_TYPE, expected="list of source keys")
    assert_refused(lambda: b.resolve(["w", "nope"], "kinds.bath.sources"),
                   "kinds.bath.sources: 'nope' is not a key in the bibliography (sources.json)",
                   ProblemCode.UNKNOWN_SOURCE)
    assert_refused(lambda: b.resolve([7], "x"),
                   "x: 7 is not a key in the bibliography (sources.json)",
                   ProblemCode.UNKNOWN_SOURCE)
