"""Named report periods and report file names: plain dates and text, for the GUI and the CLI."""

from __future__ import annotations

import datetime as dt

from mentorapp.translations import _

PERIODS = ["Last month", "This quarter", "Last quarter", "This year", "Last 12 months"]


def period(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a named period (one of `PERIODS`) as seen on `today`."""
    month_start = today.replace(day=1)
    quarter_start = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
    if name == "Last month":
        end = month_start - dt.timedelta(days=1)
        return end.replace(day=1), end
    if name == "This quarter":
        return quarter_start, today
    if name == "Last quarter":
        end = quarter_start - dt.timedelta(days=1)
        return end.replace(month=(end.month - 1) // 3 * 3 + 1, day=1), end
    if name == "This year":
        return today.replace(month=1, day=1), today
    if name == "Last 12 months":
        months_back = month_start.year * 12 + month_start.month - 1 - 11  # with this month
        return dt.date(months_back // 12, months_back % 12 + 1, 1), today
    raise ValueError(f"unknown period {name!r}: one of "
                     f"{', '.join(PERIODS)}")  # untranslated: a programming error, never shown


def safe_file_part(text: str) -> str:
    """Text made safe for a file name on every system (letters, digits, ` -_.` kept)."""
    return "".join(c if c.isalnum() or c in " -_." else "_" for c in text).strip() or "report"


def period_text(start: dt.date, end: dt.date) -> str:
    """A period as short as it can be said: "2026-11", "2026-Q2", "2026", else both days."""
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        months = (next_day.year - start.year) * 12 + next_day.month - start.month
        if months == 1:
            return f"{start:%Y-%m}"
        if months == 3 and start.month % 3 == 1:
            return f"{start.year}-Q{start.month // 3 + 1}"
        if months == 12 and start.month == 1:
            return f"{start.year}"
    return _("{start} to {end}").format(start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}")


def report_file_name(title: str, *about: str, start: dt.date | None = None,
                     end: dt.date | None = None, today: dt.date) -> str:
    """A report's suggested file name: what it is about, its period (or, for a report
    without one, the day it was made), then its title: "ShopNest 2026-11 client report.xlsx".
    Each period gets a name of its own, so a new report does not replace an older one."""
    when = period_text(start, end) if start is not None and end is not None \
        else f"{today:%Y-%m-%d}"
    about = [safe_file_part(part.strip()) for part in about if part and part.strip()]
    if not about:
        return safe_file_part(f"{title} {when}") + ".xlsx"
    words = title[:1].lower() + title[1:] if title[1:2].islower() else title
    return safe_file_part(" ".join([*about, when, words])) + ".xlsx"


def template_file_name(title: str, client: str | None = None) -> str:
    """An import template's suggested file name ("Feedback forms - Acme template.xlsx")."""
    return safe_file_part(title + (f" - {client}" if client else "") + " template") + ".xlsx"
