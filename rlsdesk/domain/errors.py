"""The one error type the domain raises for bad input."""

from __future__ import annotations

__all__ = ["ValidationError"]


class ValidationError(ValueError):
    """Bad input, naming the field (or field path), the value and what is wrong.

    ``str(err)`` reads like ``dose_mg: 99999 is outside 1-1000 mg``.
    """

    field: str
    value: object
    problem: str

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(f"{field}: {_show(value)} {problem}")

    def under(self, prefix: str) -> ValidationError:
        """The same error with its field nested under ``prefix`` (``steps[2]`` + ``dose_mg``)."""
        joiner = "" if self.field.startswith("[") else "."
        field = f"{prefix}{joiner}{self.field}" if self.field else prefix
        return ValidationError(field, self.value, self.problem)


def _show(value: object) -> str:
    if isinstance(value, str):
        return repr(value)
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
