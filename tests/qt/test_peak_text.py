"""Tonight's evening pattern, said in the person's clock: learned times to the nearest five
minutes, set times as set, and a gradual move says where it is heading."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtCore import QLocale

from rlsdesk.domain.peak import estimate_peak_from_nights, stabilize_peak, to_noon_minutes
from rlsdesk.ui.peak_text import peak_text

TODAY = date(2026, 11, 21)


@pytest.fixture
def locale(qapp) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def nights(onset: time, count: int) -> dict[date, int]:
    return {date(2026, 11, 21 - i): to_noon_minutes(onset) for i in range(count)}


def test_a_learned_onset_is_said_at_the_minute_the_timeline_shows(locale) -> None:
    """One rounding rule for every shown time: the sentence names the minute the timeline's
    onset line is labelled with (once it was 21:30 above a line labelled 21:29)."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    peak = estimate_peak_from_nights(nights(time(21, 29), 7), TODAY)
    assert peak.source == "personal"
    assert peak_text(peak) == "from 7 nights, symptoms usually start around 21:29"


def test_twelve_hour_clock(locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    peak = estimate_peak_from_nights(nights(time(23, 58), 6), TODAY)
    assert peak_text(peak) == "from 6 nights, symptoms usually start around 11:58 PM"


def test_the_usual_onset_setting_and_how_many_nights_are_still_needed(locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    peak = estimate_peak_from_nights(nights(time(21, 0), 2), TODAY, usual_onset=time(21, 40))
    assert peak_text(peak) == ("from your setting, symptoms usually start around 21:40 "
                               "(2 of 5 nights logged)")


def test_the_typical_evening_before_anything_is_known(locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    peak = estimate_peak_from_nights({}, TODAY)
    text = peak_text(peak)
    assert text.startswith("no personal data yet, so a typical evening: symptoms start around")
    assert "(" not in text  # nothing logged, nothing to count


def test_a_gradual_move_says_where_it_is_heading_and_where_tonight_is(locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    learned = estimate_peak_from_nights(nights(time(22, 30), 8), TODAY)
    peak = stabilize_peak(learned, previous_onset=time(21, 30))
    assert peak.heading_for == time(22, 30) and peak.onset == time(22, 0)
    assert peak_text(peak) == ("from 8 nights, symptoms usually start around 22:30; moving "
                               "there gradually, tonight 22:00")
    assert peak.summary.startswith("from 8 nights: usually starts around 22:30")
