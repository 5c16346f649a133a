"""Guidance content (titles, default timings, reasons, evidence levels and their sources)
parsed from data.

The text itself lives in ``resources/guidance.json``; every text there names its sources by
key in ``resources/sources.json`` (the bibliography). The adapters load both files and hand
the dicts to :meth:`Guidance.from_document`; an unknown key is a validation error. Templates
carry no dose or product: rlsdesk never suggests one. Nothing here reads files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from rlsdesk.domain.bibliography import Bibliography, Source, citations
from rlsdesk.domain.clock import parse_clock, parse_int
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.kinds import SleepHygieneItem, StepKind
from rlsdesk.domain.routine import Anchor, Step, Stretch

__all__ = [
    "GUIDANCE_FORMAT",
    "LANGUAGES",
    "Caution",
    "ClinicianQuestion",
    "Guidance",
    "InteractionGroup",
    "Note",
    "PeakDefaults",
    "SafetyGuidance",
    "StretchTemplate",
    "Template",
    "template_step",
]

GUIDANCE_FORMAT = "rlsdesk-guidance"


class _Cited:
    """A text's readable citation, from its sources in the bibliography."""

    sources: tuple[Source, ...]

    @property
    def source(self) -> str:
        return citations(self.sources)


@dataclass(frozen=True, slots=True)
class Template(_Cited):
    """Defaults, reason, evidence level and sources for a step kind (or a sleep-hygiene
    item). ``params`` never holds a dose or a product form."""

    title: str
    anchor: Anchor
    minutes: int
    why: str
    sources: tuple[Source, ...]
    params: Mapping[str, Any]
    evidence: str  # a key of Guidance.evidence_levels
    evidence_text: str  # its plain words (in the guidance's language)
    evidence_word: str = "Evidence"  # the word before them, in the same language

    @property
    def why_with_source(self) -> str:
        return f"{self.why} ({self.source})"

    @property
    def why_with_evidence(self) -> str:
        """The reason, how well it is supported, and its sources: what Tonight shows."""
        return f"{self.why} {self.evidence_word}: {self.evidence_text}. ({self.source})"


@dataclass(frozen=True, slots=True)
class StretchTemplate(_Cited):
    key: str
    title: str
    seconds: int
    why: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class PeakDefaults(_Cited):
    """The typical evening pattern used before there is personal data."""

    onset: time
    band_start: time
    band_end: time
    why: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class InteractionGroup:
    """Medicines whose absorption magnesium lowers (matched by whole word, any case)."""

    key: str
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Caution(_Cited):
    """A class of substances that may worsen RLS (names in English and German, generic and
    brand), with the text to show and its sources."""

    key: str
    label: str
    names: tuple[str, ...]
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Note(_Cited):
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class ClinicianQuestion(_Cited):
    """A question to take to a clinic visit: information with its sources, never advice."""

    key: str
    text: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class SafetyGuidance:
    magnesium_upper_limit_mg: int
    magnesium_upper_limit_text: str
    magnesium_upper_limit_source: str
    magnesium_laxative_mg: int
    magnesium_laxative_text: str
    magnesium_laxative_source: str
    magnesium_children: Note
    magnesium_kidney: Note
    spacing_after_hours: int
    spacing_before_hours: int
    spacing_moved_text: str
    spacing_unresolved_text: str
    spacing_caution_text: str
    spacing_source: str
    spacing_groups: tuple[InteractionGroup, ...]
    cautions: tuple[Caution, ...]
    caffeine_cutoff_hours: int
    caffeine_late_text: str
    caffeine_source: str
    notes: Mapping[str, Note]


@dataclass(frozen=True, slots=True)
class Guidance:
    """All guidance content, validated."""

    kinds: Mapping[StepKind, Template]
    sleep_hygiene: Mapping[SleepHygieneItem, Template]
    stretches: Mapping[str, StretchTemplate]
    peak: PeakDefaults
    safety: SafetyGuidance
    evidence_levels: Mapping[str, str]
    clinician_intro: Note
    clinician_questions: tuple[ClinicianQuestion, ...]
    bibliography: Bibliography

    @classmethod
    def from_document(cls, doc: object, sources: Bibliography | object,
                      language: str = "en") -> Guidance:
        """``doc`` is guidance.json, ``sources`` the bibliography (or sources.json's dict).
        ``language`` picks the texts: English as written, or a translation kept beside each
        text under the same name with ``_<language>`` (``why_de``), with the same sources;
        a text without it is a validation error."""
        if language not in LANGUAGES:
            raise ValidationError("language", language, f"is not one of {', '.join(LANGUAGES)}",
                                  ProblemCode.NOT_ONE_OF, choices=LANGUAGES)
        _str = _reader(language)
        books = sources if isinstance(sources, Bibliography) else Bibliography.from_document(
            sources
        )
        d = _obj(doc, "guidance")
        if d.get("format") != GUIDANCE_FORMAT:
            raise ValidationError("format", d.get("format"), f"is not '{GUIDANCE_FORMAT}'",
                                  ProblemCode.UNSUPPORTED_FORMAT, expected=GUIDANCE_FORMAT)
        if d.get("version") != 1:
            raise ValidationError("version", d.get("version"), "is not a supported version (1)",
                                  ProblemCode.UNSUPPORTED_FORMAT, expected=1)
        levels_raw = _obj(d.get("evidence_levels"), "evidence_levels")
        levels = {str(k): _str(levels_raw, str(k), "evidence_levels") for k in levels_raw
                  if "_" not in str(k)}
        word = _str(d, "evidence_word", "guidance")
        kinds_raw = _obj(d.get("kinds"), "kinds")
        kinds: dict[StepKind, Template] = {}
        for kind in StepKind:
            kinds[kind] = _template(kinds_raw.get(kind.value), f"kinds.{kind.value}", books,
                                    levels, _str, word)
        hygiene_raw = _obj(d.get("sleep_hygiene"), "sleep_hygiene")
        hygiene = {
            item: _template(hygiene_raw.get(item.value), f"sleep_hygiene.{item.value}", books,
                            levels, _str, word)
            for item in SleepHygieneItem
        }
        stretches_raw = _obj(d.get("stretches"), "stretches")
        stretches: dict[str, StretchTemplate] = {}
        for key, raw in stretches_raw.items():
            path = f"stretches.{key}"
            s = _obj(raw, path)
            stretches[str(key)] = StretchTemplate(
                key=str(key),
                title=_str(s, "title", path),
                seconds=parse_int(s.get("seconds"), f"{path}.seconds", 10, 300, "s"),
                why=_str(s, "why", path),
                sources=books.resolve(s.get("sources"), f"{path}.sources"),
            )
        for key in kinds[StepKind.STRETCHING].params.get("stretches", ()):
            if key not in stretches:
                raise ValidationError(
                    "kinds.stretching.params.stretches", key, "is not a stretch in 'stretches'",
                    ProblemCode.UNKNOWN_STRETCH
                )
        p = _obj(d.get("peak_default"), "peak_default")
        peak = PeakDefaults(
            onset=parse_clock(p.get("onset"), "peak_default.onset"),
            band_start=parse_clock(p.get("band_start"), "peak_default.band_start"),
            band_end=parse_clock(p.get("band_end"), "peak_default.band_end"),
            why=_str(p, "why", "peak_default"),
            sources=books.resolve(p.get("sources"), "peak_default.sources"),
        )
        cq = _obj(d.get("clinician_questions"), "clinician_questions")
        questions_raw = cq.get("questions")
        if not isinstance(questions_raw, list) or not questions_raw:
            raise ValidationError("clinician_questions.questions", questions_raw,
                                  "is not a non-empty list",
                                  ProblemCode.WRONG_TYPE, expected="list")
        questions = []
        for index, raw in enumerate(questions_raw):
            path = f"clinician_questions.questions[{index}]"
            q = _obj(raw, path)
            questions.append(ClinicianQuestion(
                key=_text(q, "key", path), text=_str(q, "text", path),
                sources=books.resolve(q.get("sources"), f"{path}.sources"),
            ))
        return cls(
            kinds=kinds,
            sleep_hygiene=hygiene,
            stretches=stretches,
            peak=peak,
            safety=_safety(_obj(d.get("safety"), "safety"), books, _str),
            evidence_levels=levels,
            clinician_intro=_note(cq.get("intro"), "clinician_questions.intro", books, _str),
            clinician_questions=tuple(questions),
            bibliography=books,
        )

    def template_for(
        self, kind: StepKind | str, item: SleepHygieneItem | str | None = None
    ) -> Template:
        """The template of a kind; for sleep hygiene, of the item when one is given."""
        kind = StepKind(kind)
        if kind is StepKind.SLEEP_HYGIENE and item is not None:
            try:
                return self.sleep_hygiene[SleepHygieneItem(item)]
            except ValueError:
                raise ValidationError(
                    "item", item, f"is not one of {', '.join(SleepHygieneItem)}",
                    ProblemCode.NOT_ONE_OF, choices=tuple(SleepHygieneItem)
                ) from None
        return self.kinds[kind]

    def why_for(self, step: Step) -> str:
        """The reason for a step, its evidence level, and its sources in brackets."""
        return self.template_for(step.kind, step.item).why_with_evidence


def template_step(kind: StepKind | str, guidance: Guidance, **overrides: Any) -> Step:
    """A new step from the kind's template; ``overrides`` are :class:`Step` fields.

    ``item=`` picks a sleep-hygiene item's template; ``stretches=`` may list stretch keys
    (their default hold times come from the guidance) or :class:`Stretch` values.
    """
    try:
        kind = StepKind(kind)
    except ValueError:
        raise ValidationError(
            "kind", kind, f"is not a known step kind ({', '.join(StepKind)})",
            ProblemCode.NOT_ONE_OF, choices=tuple(StepKind)
        ) from None
    template = guidance.template_for(kind, overrides.get("item"))
    fields: dict[str, Any] = {
        "kind": kind,
        "title": template.title,
        "anchor": template.anchor,
        "minutes": template.minutes,
    }
    fields.update(guidance.kinds[kind].params)
    fields.update(overrides)
    if kind is StepKind.MEDICATION and "title" not in overrides and overrides.get("name"):
        fields["title"] = overrides["name"]
    if "stretches" in fields:
        fields["stretches"] = tuple(_stretch(s, guidance) for s in fields["stretches"] or ())
    return Step(**fields)


# ---------------------------------------------------------------------------- parsing


def _stretch(value: object, guidance: Guidance) -> Stretch:
    if isinstance(value, Stretch):
        return value
    if isinstance(value, str):
        known = guidance.stretches.get(value)
        if known is None:
            raise ValidationError("stretches", value, "is not a known stretch",
                                  ProblemCode.UNKNOWN_STRETCH)
        return Stretch(known.key, known.seconds)
    raise ValidationError("stretches", value, "is not a stretch name or Stretch",
                          ProblemCode.WRONG_TYPE, expected="stretch")


def _template(
    raw: object, path: str, books: Bibliography, levels: Mapping[str, str], _str: _Reader,
    evidence_word: str,
) -> Template:
    t = _obj(raw, path)
    evidence = t.get("evidence")
    if evidence not in levels:
        raise ValidationError(f"{path}.evidence", evidence,
                              f"is not one of {', '.join(levels)}",
                              ProblemCode.NOT_ONE_OF, choices=tuple(levels))
    try:
        anchor = Anchor.from_dict(t.get("anchor"))
    except ValidationError as err:
        raise err.under(path) from None
    params = t.get("params", {})
    if not isinstance(params, Mapping):
        raise ValidationError(f"{path}.params", params, "is not an object",
                              ProblemCode.WRONG_TYPE, expected="object")
    presumed = sorted(_NEVER_PRESUMED & set(params))
    if presumed:
        raise ValidationError(f"{path}.params", presumed[0],
                              "is a dose or product: the person enters it, never a template",
                              ProblemCode.DOSE_IN_TEMPLATE)
    return Template(
        title=_str(t, "title", path),
        anchor=anchor,
        minutes=parse_int(t.get("minutes"), f"{path}.minutes", 0, 240, "min"),
        why=_str(t, "why", path),
        sources=books.resolve(t.get("sources"), f"{path}.sources"),
        params=dict(params),
        evidence=str(evidence),
        evidence_text=levels[str(evidence)],
        evidence_word=evidence_word,
    )


#: Fields a template may never fill in for the person.
_NEVER_PRESUMED = frozenset({"dose_mg", "form", "name"})


def _note(raw: object, path: str, books: Bibliography, _str: _Reader) -> Note:
    n = _obj(raw, path)
    return Note(_str(n, "text", path), books.resolve(n.get("sources"), f"{path}.sources"))


def _safety(s: Mapping[str, Any], books: Bibliography, _str: _Reader) -> SafetyGuidance:
    mg = _obj(s.get("magnesium"), "safety.magnesium")
    upper = _note(mg.get("upper_limit"), "safety.magnesium.upper_limit", books, _str)
    laxative = _note(mg.get("laxative"), "safety.magnesium.laxative", books, _str)
    sp = _obj(s.get("spacing"), "safety.spacing")
    spacing_sources = books.resolve(sp.get("sources"), "safety.spacing.sources")
    groups_raw = _obj(sp.get("groups"), "safety.spacing.groups")
    groups = tuple(
        InteractionGroup(
            key=str(key),
            label=_str(
                _obj(raw, f"safety.spacing.groups.{key}"), "label", f"safety.spacing.groups.{key}"
            ),
            names=_names(raw, f"safety.spacing.groups.{key}"),
        )
        for key, raw in groups_raw.items()
    )
    cautions_raw = _obj(s.get("cautions"), "safety.cautions")
    cautions = tuple(
        Caution(
            key=str(key),
            label=_str(_obj(raw, f"safety.cautions.{key}"), "label", f"safety.cautions.{key}"),
            names=_names(raw, f"safety.cautions.{key}"),
            text=_str(raw, "text", f"safety.cautions.{key}"),
            sources=books.resolve(raw.get("sources"), f"safety.cautions.{key}.sources"),
        )
        for key, raw in cautions_raw.items()
    )
    caf = _obj(s.get("caffeine"), "safety.caffeine")
    notes_raw = _obj(s.get("notes", {}), "safety.notes")
    notes = {str(key): _note(raw, f"safety.notes.{key}", books, _str)
             for key, raw in notes_raw.items()}
    return SafetyGuidance(
        magnesium_upper_limit_mg=parse_int(
            mg.get("upper_limit_mg"), "safety.magnesium.upper_limit_mg", 1, 10000, "mg"
        ),
        magnesium_upper_limit_text=upper.text,
        magnesium_upper_limit_source=upper.source,
        magnesium_laxative_mg=parse_int(
            mg.get("laxative_mg"), "safety.magnesium.laxative_mg", 1, 10000, "mg"
        ),
        magnesium_laxative_text=laxative.text,
        magnesium_laxative_source=laxative.source,
        magnesium_children=_note(mg.get("children"), "safety.magnesium.children", books, _str),
        magnesium_kidney=_note(mg.get("kidney"), "safety.magnesium.kidney", books, _str),
        spacing_after_hours=parse_int(
            sp.get("magnesium_after_hours"), "safety.spacing.magnesium_after_hours", 0, 12, "h"
        ),
        spacing_before_hours=parse_int(
            sp.get("magnesium_before_hours"), "safety.spacing.magnesium_before_hours", 0, 12, "h"
        ),
        spacing_moved_text=_str(sp, "moved_text", "safety.spacing"),
        spacing_unresolved_text=_str(sp, "unresolved_text", "safety.spacing"),
        spacing_caution_text=_str(sp, "caution_text", "safety.spacing"),
        spacing_source=citations(spacing_sources),
        spacing_groups=groups,
        cautions=cautions,
        caffeine_cutoff_hours=parse_int(
            caf.get("cutoff_hours"), "safety.caffeine.cutoff_hours", 0, 24, "h"
        ),
        caffeine_late_text=_str(caf, "late_text", "safety.caffeine"),
        caffeine_source=citations(books.resolve(caf.get("sources"), "safety.caffeine.sources")),
        notes=notes,
    )


def _obj(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(path, value, "is missing or not an object",
                              ProblemCode.WRONG_TYPE, expected="object")
    return value


#: The languages the guidance is written in: English, and German beside it.
LANGUAGES = ("en", "de")

_Reader = Callable[[Mapping[str, Any], str, str], str]


def _text(d: Mapping[str, Any], key: str, path: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"{path}.{key}", value, "is missing or empty text", ProblemCode.EMPTY)
    return value.strip()


def _reader(language: str) -> _Reader:
    """Reads a text in ``language``: ``key`` for English, ``key_de`` for German."""
    if language == "en":
        return _text
    return lambda d, key, path: _text(d, f"{key}_{language}", path)


def _names(raw: object, path: str) -> tuple[str, ...]:
    names = _obj(raw, path).get("names")
    if (
        not isinstance(names, list)
        or not names
        or not all(isinstance(n, str) and n.strip() for n in names)
    ):
        raise ValidationError(f"{path}.names", names, "is not a non-empty list of names",
                              ProblemCode.WRONG_TYPE, expected="list of names")
    return tuple(n.strip() for n in names)
