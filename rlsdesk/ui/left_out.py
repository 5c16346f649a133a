"""The note under what the diary shows when stored entries could not be read."""

from __future__ import annotations

from rlsdesk.text.i18n import fill, plural, translate


def left_out_text(count: int) -> str:
    """"2 entries could not be read and are left out." (the log names them)"""
    return fill(plural(count,
                       translate("LeftOut", "%1 entry could not be read and is left out."),
                       translate("LeftOut", "%1 entries could not be read and are left out.")),
                count)
