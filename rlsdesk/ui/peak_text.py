"""Tonight's evening pattern in the person's language and clock (the domain's summary stays
English, for the command line and the clinician's report)."""

from __future__ import annotations

from datetime import time

from rlsdesk.domain.peak import BAND_SOURCE_TYPICAL, PeakEstimate
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_clock


def _around(moment: time) -> str:
    """A learned time, rounded as every shown time is (to its nearest minute), so the
    sentence and the timeline's onset line never name two different minutes."""
    return format_clock(moment)


def _logged(peak: PeakEstimate) -> str:
    return fill(translate("PeakText", "%1 of %2 nights logged"), peak.nights,
                peak.nights_needed)


def peak_text(peak: PeakEstimate) -> str:
    if peak.source == "personal":
        text = fill(translate("PeakText", "from %1 nights, symptoms usually start around %2"),
                    peak.nights, _around(peak.heading_for or peak.onset))
    elif peak.from_setting and peak.nights >= peak.nights_needed:  # yours, over the diary's
        text = fill(translate("PeakText", "from your setting, symptoms usually start around %1"),
                    format_clock(peak.heading_for or peak.onset))
    elif peak.from_setting:
        text = fill(translate("PeakText",
                              "from your setting, symptoms usually start around %1 (%2)"),
                    format_clock(peak.heading_for or peak.onset), _logged(peak))
    else:
        text = fill(translate("PeakText", "no personal data yet, so a typical evening: symptoms "
                              "start around %1, worst %2 to %3"),
                    format_clock(peak.onset), format_clock(peak.band_start),
                    format_clock(peak.band_end))
        if peak.nights:
            text += fill(" (%1)", _logged(peak))
    if peak.heading_for is not None:
        text += fill(translate("PeakText", "; moving there gradually, tonight %1"),
                     format_clock(peak.onset))
    if peak.band_source == "personal":
        text += fill(translate("PeakText", "; worst %1 to %2 by the severities you logged"),
                     format_clock(peak.band_start), format_clock(peak.band_end))
    return text


def band_text(peak: PeakEstimate) -> str:
    """When symptoms are usually worst, and where that comes from (the clock, not onset)."""
    if peak.band_source == "personal":
        return fill(translate("PeakText", "worst %1 to %2, the hours your logged severity is "
                              "highest (%3 logs on %4 nights)"),
                    format_clock(peak.band_start), format_clock(peak.band_end),
                    peak.band_logs, peak.band_nights)
    return fill(translate("PeakText", "usually worst %1 to %2, as in sleep studies (%3)"),
                format_clock(peak.band_start), format_clock(peak.band_end),
                BAND_SOURCE_TYPICAL)
