"""Named periods and report file names (no Qt, no database)."""

import datetime as dt

import pytest

from mentorapp.periods import (
    PERIODS,
    period,
    period_text,
    report_file_name,
    safe_file_part,
    template_file_name,
)

DAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(("name", "today", "expected"), [
    ("Last month", DAY, (dt.date(2026, 4, 1), dt.date(2026, 4, 30))),
    ("This quarter", DAY, (dt.date(2026, 4, 1), DAY)),
    ("Last quarter", DAY, (dt.date(2026, 1, 1), dt.date(2026, 3, 31))),
    ("This year", DAY, (dt.date(2026, 1, 1), DAY)),
    ("Last 12 months", DAY, (dt.date(2025, 6, 1), DAY)),
    ("Last quarter", dt.date(2026, 2, 1), (dt.date(2025, 10, 1), dt.date(2025, 12, 31))),
    ("Last month", dt.date(2026, 1, 15), (dt.date(2025, 12, 1), dt.date(2025, 12, 31))),
    ("Last month", dt.date(2024, 3, 31), (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
    ("Last 12 months", dt.date(2026, 12, 31), (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
])
def test_named_periods(name, today, expected):
    assert period(name, today) == expected


def test_every_named_period_ends_by_today_and_starts_first():
    for name in PERIODS:
        start, end = period(name, DAY)
        assert start <= end <= DAY


def test_an_unknown_period_is_refused():
    with pytest.raises(ValueError, match="unknown period 'Next month'"):
        period("Next month", DAY)


def test_safe_file_part_keeps_words_and_replaces_path_characters():
    assert safe_file_part("Acme / Support: Q1?") == "Acme _ Support_ Q1_"
    assert safe_file_part("Ñandú Café 2026-05") == "Ñandú Café 2026-05"
    assert safe_file_part("  ") == "report"


def test_report_file_name_with_a_period_or_the_day():
    assert report_file_name("Client report", "Acme/EU", start=dt.date(2026, 4, 1),
                            end=dt.date(2026, 4, 30), today=DAY) == \
        "Acme_EU 2026-04 client report.xlsx"
    assert report_file_name("Staff report", "Rey Santos", "", today=DAY) == \
        "Rey Santos 2026-05-20 staff report.xlsx"
    assert report_file_name("Mentoring report", start=dt.date(2026, 1, 1),
                            end=dt.date(2026, 5, 20), today=DAY) == \
        "Mentoring report 2026-01-01 to 2026-05-20.xlsx"
    assert report_file_name("KPI pack", "Acme", start=dt.date(2025, 1, 1),
                            end=dt.date(2025, 12, 31), today=DAY) == "Acme 2025 KPI pack.xlsx"


def test_period_text_says_a_month_quarter_or_year_briefly():
    assert period_text(dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == "2026-11"
    assert period_text(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == "2026-02"
    assert period_text(dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == "2026-12"
    assert period_text(dt.date(2026, 4, 1), dt.date(2026, 6, 30)) == "2026-Q2"
    assert period_text(dt.date(2026, 10, 1), dt.date(2026, 12, 31)) == "2026-Q4"
    assert period_text(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "2026"
    assert period_text(dt.date(2026, 2, 1), dt.date(2026, 4, 30)) == \
        "2026-02-01 to 2026-04-30"  # three months, not a quarter
    assert period_text(dt.date(2026, 11, 2), dt.date(2026, 11, 30)) == \
        "2026-11-02 to 2026-11-30"
    names = {report_file_name("Client report", "Acme", start=s, end=e, today=DAY)
             for s, e in [period(p, DAY) for p in PERIODS]}
    assert len(names) == len(PERIODS)  # no two periods share a file name


@pytest.mark.parametrize("language, text", [("es", "del 2026-11-02 al 2026-11-30"),
                                             ("pt_BR", "de 2026-11-02 a 2026-11-30")])
def test_a_custom_period_and_its_file_name_follow_the_window_language(language, text):
    from mentorapp import translations

    translations.set_display_language(language)
    try:
        start, end = dt.date(2026, 11, 2), dt.date(2026, 11, 30)
        assert period_text(start, end) == text
        assert report_file_name("Client report", "Acme", start=start, end=end,
                                today=DAY) == f"Acme {text} client report.xlsx"
        assert period_text(dt.date(2026, 11, 1), end) == "2026-11"
    finally:
        translations.set_display_language(translations.ENGLISH)


def test_template_file_name():
    assert template_file_name("Staff roster") == "Staff roster template.xlsx"
    assert template_file_name("Feedback forms", "Acme: EU") == \
        "Feedback forms - Acme_ EU template.xlsx"
