"""The profile's rating trend names its months as the rest of the window does (issue 18):
the locale's short month names ("dic 2026"), not the database's "2026-12"."""

from __future__ import annotations

import datetime as dt

from builders import a_feedback, a_staff, offscreen_warnings
from PySide6.QtCore import QDate, QLocale

from ui.pages.profile.page import StaffProfilePage

pytestmark = offscreen_warnings


def test_the_trend_chart_names_months_in_spanish(qtbot, ui_db, spanish):
    person = a_staff("Ana", "Cruz")
    a_feedback(person, rating=4)
    page = StaffProfilePage(person["id"])
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    tab = page.tab("Overview")
    chart = tab.chart_box.itemAt(0).widget()
    today = dt.date.today()
    month = QLocale("es").toString(QDate(today.year, today.month, 1), "MMM yyyy")
    assert [row[0] for row in chart.rows] == [month]
