"""The bibliography every guidance line points into, parsed from ``resources/sources.json``.

Guidance, safety texts and templates name their sources by key; a key that is not here is
a validation error, so no line can cite something a reader cannot look up. Nothing here
reads files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rlsdesk.domain.errors import ProblemCode, ValidationError

__all__ = ["SOURCES_FORMAT", "Bibliography", "Source", "SourceKind", "citations"]

SOURCES_FORMAT = "rlsdesk-sources"


class SourceKind(StrEnum):
    ARTICLE = "article"
    GUIDELINE = "guideline"
    PAGE = "page"  # a public patient-information page, named by organisation and title
    OWN = "own"  # the person's own (their step, their prescriber): not a citation


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    kind: SourceKind
    title: str
    authors: tuple[str, ...] = ()
    et_al: bool = False
    journal: str = ""
    year: int | None = None
    volume: str = ""
    pages: str = ""
    doi: str = ""
    organisation: str = ""
    short_name: str = ""
    url: str = ""
    note: str = ""

    @property
    def is_citation(self) -> bool:
        return self.kind is not SourceKind.OWN

    @property
    def short(self) -> str:
        """In-line form: "Winkelman et al., J Clin Sleep Med 2025; 21(1):137-152",
        'NHS, "Restless legs syndrome"', or the person's own wording."""
        if self.kind is SourceKind.OWN:
            return self.title
        if self.kind is SourceKind.PAGE:
            return f'{self.short_name or self.organisation}, "{self.title}"'
        surnames = [a.rsplit(" ", 1)[0] for a in self.authors]
        many = self.et_al or len(surnames) > 2
        who = f"{surnames[0]} et al." if many else " & ".join(surnames)
        return f"{who}, {self.journal} {self.year}; {self.volume}:{self.pages}"

    @property
    def full(self) -> str:
        """The reference as a reader would look it up (Vancouver style, with DOI or address)."""
        if self.kind is SourceKind.OWN:
            return self.title
        if self.kind is SourceKind.PAGE:
            return f"{self.organisation}. {self.title}. {self.url}"
        authors = ", ".join(self.authors) + (", et al." if self.et_al else ".")
        text = (f"{authors} {self.title}. {self.journal}. {self.year};{self.volume}:"
                f"{self.pages}. doi:{self.doi}")
        return f"{text} ({self.note})" if self.note else text


def citations(sources: Iterable[Source]) -> str:
    """The in-line citations of several sources, separated by semicolons."""
    return "; ".join(s.short for s in sources)


@dataclass(frozen=True, slots=True)
class Bibliography:
    sources: Mapping[str, Source]

    @classmethod
    def from_document(cls, doc: object) -> Bibliography:
        if not isinstance(doc, Mapping):
            raise ValidationError("sources", doc, "is not an object",
                                  ProblemCode.WRONG_TYPE, expected="object")
        if doc.get("format") != SOURCES_FORMAT:
            raise ValidationError("format", doc.get("format"), f"is not '{SOURCES_FORMAT}'",
                                  ProblemCode.UNSUPPORTED_FORMAT, expected=SOURCES_FORMAT)
        if doc.get("version") != 1:
            raise ValidationError("version", doc.get("version"), "is not a supported version (1)",
                                  ProblemCode.UNSUPPORTED_FORMAT, expected=1)
        raw = doc.get("sources")
        if not isinstance(raw, Mapping) or not raw:
            raise ValidationError("sources", raw, "is missing or empty", ProblemCode.MISSING)
        return cls({str(key): _source(str(key), value) for key, value in raw.items()})

    def resolve(self, keys: object, path: str) -> tuple[Source, ...]:
        """The sources a ``sources`` list names; unknown keys or an empty list are errors."""
        if not isinstance(keys, list) or not keys:
            raise ValidationError(path, keys, "is not a non-empty list of source keys",
                                  ProblemCode.WRONG_TYPE, expected="list of source keys")
        out = []
        for key in keys:
            source = self.sources.get(key) if isinstance(key, str) else None
            if source is None:
                raise ValidationError(path, key, "is not a key in the bibliography (sources.json)",
                                      ProblemCode.UNKNOWN_SOURCE)
            out.append(source)
        return tuple(out)

    def cited(self) -> list[Source]:
        """Every real citation (not the person's own), sorted as a reference list."""
        return sorted((s for s in self.sources.values() if s.is_citation),
                      key=lambda s: s.full.casefold())


def _source(key: str, raw: object) -> Source:
    path = f"sources.{key}"
    if not isinstance(raw, Mapping):
        raise ValidationError(path, raw, "is not an object",
                              ProblemCode.WRONG_TYPE, expected="object")
    raw_kind = raw.get("kind")
    kind = next((k for k in SourceKind if isinstance(raw_kind, str) and k == raw_kind), None)
    if kind is None:
        raise ValidationError(f"{path}.kind", raw_kind, f"is not one of {', '.join(SourceKind)}",
                              ProblemCode.NOT_ONE_OF, choices=tuple(SourceKind))
    title = _text(raw, "title", path)
    if kind is SourceKind.OWN:
        return Source(key, kind, title)
    if kind is SourceKind.PAGE:
        url = _text(raw, "url", path)
        if not url.startswith("https://"):
            raise ValidationError(f"{path}.url", url, "is not a public https address",
                                  ProblemCode.NOT_HTTPS)
        return Source(key, kind, title, organisation=_text(raw, "organisation", path),
                      short_name=str(raw.get("short_name") or ""), url=url)
    authors = raw.get("authors")
    if not isinstance(authors, list) or not authors or not all(
        isinstance(a, str) and a.strip() for a in authors
    ):
        raise ValidationError(f"{path}.authors", authors, "is not a non-empty list of names",
                              ProblemCode.WRONG_TYPE, expected="list of names")
    year = raw.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100:
        raise ValidationError(f"{path}.year", year, "is not a year", ProblemCode.NOT_A_YEAR)
    return Source(
        key, kind, title,
        authors=tuple(a.strip() for a in authors),
        et_al=bool(raw.get("et_al", False)),
        journal=_text(raw, "journal", path),
        year=year,
        volume=_text(raw, "volume", path),
        pages=_text(raw, "pages", path),
        doi=_text(raw, "doi", path),
        note=str(raw.get("note") or ""),
    )


def _text(raw: Mapping[str, Any], key: str, path: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{path}.{key}", value, "is missing or empty text", ProblemCode.EMPTY)
    return value.strip()
