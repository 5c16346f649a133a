"""The local time zone, as an IANA zone so DST nights are handled right."""

from __future__ import annotations

import logging
import os
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)


def local_zone() -> ZoneInfo:
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("TZ=%r is not a known time zone; asking the system", name)
    linked = _zone_from_localtime_link()
    if linked is not None:
        return linked
    try:
        from tzlocal import get_localzone_name  # the thorough way (slow to import)

        found = get_localzone_name()
        if found:
            return ZoneInfo(found)
    except Exception:  # tzlocal raises several kinds on odd systems
        log.warning("could not determine the local time zone; using UTC", exc_info=True)
    return ZoneInfo("UTC")


def _zone_from_localtime_link(link: str = "/etc/localtime") -> ZoneInfo | None:
    """The usual case on Linux and macOS: /etc/localtime links to .../zoneinfo/Area/City."""
    try:
        target = os.path.realpath(link)
    except OSError:
        return None
    _, marker, name = target.partition("/zoneinfo/")
    if not marker or not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
