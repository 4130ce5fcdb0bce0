"""Date arithmetic with no other part of the app behind it, so migrations can use it too."""

from __future__ import annotations

import calendar
import datetime as dt


def certification_expiry(completed: dt.date, validity_months: int | None) -> dt.date | None:
    """The day a certification completed on `completed` stops being valid (month arithmetic,
    clamped to the month's last day: 31 Jan + 1 month = 28/29 Feb)."""
    if not completed or not validity_months:
        return None
    month_index = completed.month - 1 + validity_months
    year, month = completed.year + month_index // 12, month_index % 12 + 1
    return completed.replace(year=year, month=month,
                             day=min(completed.day, calendar.monthrange(year, month)[1]))
