"""The client's view: LibreOffice Calc (our stand-in for the client's Excel) opens the client
report headless, converts it to CSV (every sheet, cells as shown) and PDF, and the numbers a
client sees match the database."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import subprocess
from statistics import mean, median

import pytest
from openpyxl import Workbook

from mentorapp.excel.client_report import export_client_report
from mentorapp.services import clients, feedback, settings, staff, training

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

START, END = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
# (employee ID, name, ratings of shareable client feedback in the period)
PEOPLE = [("A001", "Ana Cruz", [5, 4, 4]), ("A002", "Ben Ong", [3]), ("A003", "Cara Diaz", [])]
PREVIOUS = [2, 3]  # Ana's shareable ratings in March (the previous 30 days)
HOSTILE = ["=1+1", "@SUM(A1:A2)", "-2+3", "+CMD|' /C calc'!A0"]
SECRET = "ZZINTERNAL-LIBREOFFICE"
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("LibreOffice (soffice) is required under CI: apt-get install -y "
                    "--no-install-recommends libreoffice-calc")
    pytest.skip("LibreOffice (soffice) is not installed")


def _convert(soffice: str, source, target_filter: str, outdir, profile, *more) -> None:
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                    "--convert-to", target_filter, "--outdir", str(outdir), str(source),
                    *map(str, more)], check=True, capture_output=True, timeout=300)


@pytest.fixture
def report(db, tmp_path):
    soffice = _soffice()
    settings.set("company_name", "Bright BPO")
    acme = clients.create(name="Acme")["id"]
    program = training.programs.create(name="Empathy", hours=7.5)["id"]
    for emp, name, ratings in PEOPLE:
        first, last = name.split()
        person = staff.create(employee_id=emp, first_name=first, last_name=last)["id"]
        staff.assign(person, acme, "Agent", dt.date(2024, 1, 1))
        for n, rating in enumerate(ratings):
            feedback.create(staff=person, client=acme, source="client", rating=rating,
                            date=START + dt.timedelta(days=n), comment=HOSTILE[n],
                            visibility="shareable")
        if emp == "A001":
            for rating in PREVIOUS:
                feedback.create(staff=person, client=acme, source="client", rating=rating,
                                date=dt.date(2025, 3, 15), visibility="shareable")
            feedback.create(staff=person, client=acme, source="management", rating=1,
                            date=START, comment=SECRET, visibility="internal")
            training.enrollments.create(staff=person, program=program, status="completed",
                                        completed_date=dt.date(2025, 4, 20))
    path = export_client_report("Acme", START, END, tmp_path / "acme.xlsx")
    outdir, profile = tmp_path / "calc", (tmp_path / "lo_profile").as_uri()
    _convert(soffice, path, CSV_FILTER, outdir, profile)
    _convert(soffice, path, "pdf", outdir, profile)
    return outdir


def _sheet(outdir, name) -> list[list[str]]:
    with open(outdir / f"acme-{name}.csv", encoding="utf-8", newline="") as stream:
        return list(csv.reader(stream))


def _table(rows, header_first: str) -> list[dict]:
    start = next(i for i, r in enumerate(rows) if r and r[0] == header_first)
    header = rows[start]
    out = []
    for row in rows[start + 1:]:
        if not any(row):
            break
        out.append(dict(zip(header, row, strict=False)))
    return out


def test_summary_numbers_as_the_client_sees_them(report):
    figures = {r["Figure"].strip(): r for r in _table(_sheet(report, "Summary"), "Figure")}
    ratings = [r for _, _, rs in PEOPLE for r in rs]
    average, previous = mean(ratings), mean(PREVIOUS)
    assert figures["Headcount on the account"]["This period"] == str(len(PEOPLE))
    assert figures["Average rating (1-5)"]["This period"] == f"{average:.2f}"
    assert figures["Average rating (1-5)"]["Previous period"] == f"{previous:.2f}"
    assert figures["Average rating (1-5)"]["Change"] == f"{average - previous:+.2f}"
    assert figures["Feedback received"]["This period"] == str(len(ratings))
    assert figures["Training hours"]["This period"] == "7.5"
    summary = _sheet(report, "Summary")
    assert summary[4][:2] == ["Period", "1 April 2025 to 30 April 2025"]
    months = _table(summary, "Month")  # the last 12 months, April the report's
    assert [m["Month"] for m in months] == [
        "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024", "Oct 2024", "Nov 2024",
        "Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025"]
    assert [m["Report period"] for m in months] == [""] * 11 + ["Yes"]
    assert months[-1]["Average rating"] == f"{average:.2f}"
    assert months[-2]["Average rating"] == f"{previous:.2f}"
    assert {m["Average rating"] for m in months[:-2]} == {""}


def test_staff_rows_and_literal_text_as_the_client_sees_them(report):
    staff_rows = {r["Employee ID"]: r for r in _table(_sheet(report, "Staff"), "Employee ID")}
    assert sorted(staff_rows) == [emp for emp, _, _ in PEOPLE]
    for emp, name, ratings in PEOPLE:
        row = staff_rows[emp]
        assert row["Name"] == name
        assert row["Average rating"] == (f"{mean(ratings):.2f}" if ratings else "")
        assert row["Feedback"] == str(len(ratings))
    comments = [r["Comment"] for r in _table(_sheet(report, "Feedback"), "Date")]
    assert sorted(comments) == sorted(HOSTILE[:3] + HOSTILE[:1])  # literal, not computed


def test_pdf_is_printable_with_footer_and_nothing_internal(report, tmp_path):
    pdf = report / "acme.pdf"
    assert pdf.stat().st_size > 10_000
    if not shutil.which("pdftotext") or not shutil.which("pdftoppm"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils (pdftotext, pdftoppm) are required under CI")
        pytest.skip("poppler-utils are not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert "Confidential - prepared for Acme" in text
    assert "Page 1 of" in text
    assert SECRET not in text
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=60)
    (png,) = tmp_path.glob("page*.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


FEEDBACK_ROWS, INCIDENT_ROWS = 200, 30
LONG = ("The customer called twice about a billing error; the agent apologised, checked the "
        "account history and fixed the charge while the customer waited. ")


@pytest.fixture
def long_report(db, tmp_path):
    """A month of 200 shareable feedback entries and 30 incidents with long text, in PDF, and
    a calibration sheet: the same 11 pt text printed at 100%."""
    soffice = _soffice()
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils (pdftotext) are required under CI")
        pytest.skip("poppler-utils are not installed")
    acme = clients.create(name="Acme")["id"]
    people = []
    for n in range(20):
        people.append(staff.create(employee_id=f"E{n:04d}", first_name="Maria Cristina",
                                   last_name=f"Dela Cruz-Santos {n}")["id"])
        staff.assign(people[-1], acme, "Agent", dt.date(2024, 1, 1))
    for n in range(FEEDBACK_ROWS):
        feedback.create(staff=people[n % 20], client=acme, source="client", rating=n % 5 + 1,
                        date=START + dt.timedelta(days=n % 30), author="Client operations lead",
                        strengths=LONG[:60], improvements=LONG[60:120], comment=LONG,
                        visibility="shareable")
    for n in range(INCIDENT_ROWS):
        feedback.create(staff=people[n % 20], client=acme, source="management",
                        kind="incident", date=START + dt.timedelta(days=n % 30), comment=LONG,
                        lesson_learned=LONG, corrective_action=LONG, visibility="shareable")
    path = export_client_report("Acme", START, END, tmp_path / "acme.xlsx")
    calibration = Workbook()
    calibration.active["A1"] = "E0001"
    calibration.save(tmp_path / "calibration.xlsx")
    outdir = tmp_path / "calc"
    _convert(soffice, path, "pdf", outdir, (tmp_path / "lo_profile").as_uri(),
             tmp_path / "calibration.xlsx")
    return outdir


def _pages(pdf) -> list[str]:
    """The bounding-box XHTML of each page (pdftotext -bbox)."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    return xhtml.split("<page ")[1:]


def _id_height(page: str) -> float:
    """The median height of the employee IDs printed on a page, in points."""
    heights = [float(y1) - float(y0) for y0, y1 in re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">E\d{4}</word>', page)]
    assert heights
    return median(heights)


def test_feedback_and_incidents_print_at_8_pt_or_more_over_several_pages(long_report):
    (calibration,) = _pages(long_report / "calibration.pdf")
    size_at_100 = _id_height(calibration)  # 11 pt text printed at 100%
    pages = _pages(long_report / "acme.pdf")
    feedback_pages = [p for p in pages if ">improve</word>" in p]
    incident_pages = [p for p in pages if ">happened</word>" in p]
    # Fitted to the width only, the rows run over pages: ten or more rows of seven-line text
    # on a page would be too small to read, and fewer than two a waste of paper.
    for rows, found in ((FEEDBACK_ROWS, feedback_pages), (INCIDENT_ROWS, incident_pages)):
        assert rows // 10 < len(found) < rows // 2, (rows, len(found))
    for page in feedback_pages + incident_pages:
        assert 11 * _id_height(page) / size_at_100 >= 8


KPI_INTERNAL = "ZZINTERNAL-KPI"
# (employee ID, AHT seconds, handled contacts) in the period: the account's 291 s is every
# call counted together, (280 * 100 + 400 * 12 + 250 * 40) / 152, attainment 300 / 291.
AHT_VALUES = [("A001", 280, 100), ("A002", 400, 12), ("A003", 250, 40)]


@pytest.fixture
def kpi_report(db, make, tmp_path):
    """The KPI scorecard, KPI by agent and Quality sheets as Calc shows them (CSV and PDF)."""
    from tests.records import make_evaluation, make_kpi_metric, make_kpi_values, make_scorecard

    soffice = _soffice()
    acme = make.client("Acme")
    people = {emp: make.staff(name.split()[0], name.split()[1], acme, employee_id=emp,
                              team="North", since=dt.date(2024, 1, 1))
              for emp, name, _ in PEOPLE}
    aht = make_kpi_metric(make, acme, name="AHT", unit="seconds", better="lower", target=300,
                          warning=330, rollup="weighted", weight_column="Handled",
                          shareable=True)
    internal = make_kpi_metric(make, acme, name=KPI_INTERNAL)
    for emp, seconds, handled in AHT_VALUES:
        make_kpi_values(aht, people[emp], [(START + dt.timedelta(days=2), seconds, handled)])
        make_kpi_values(internal, people[emp], [(START, 1)])
    card = make_scorecard(make, name="Calls")
    for answers, shareable in (({"greet": "no"}, True), ({}, True), ({"tone": "1"}, False)):
        make_evaluation(make, card, people["A001"],
                        {"greet": "yes", "verify": "yes", "solve": "yes", "tone": "5",
                         **answers},
                        client=acme["id"], interaction_date=START, shareable=shareable,
                        interaction_id=KPI_INTERNAL if not shareable else "CALL-1")
    path = export_client_report("Acme", START, END, tmp_path / "acme.xlsx")
    outdir, profile = tmp_path / "calc", (tmp_path / "lo_profile").as_uri()
    _convert(soffice, path, CSV_FILTER, outdir, profile)
    _convert(soffice, path, "pdf", outdir, profile)
    return outdir


def test_kpi_and_quality_sheets_as_the_client_sees_them(kpi_report):
    account = _table(_sheet(kpi_report, "KPI scorecard"), "Metric")[0]
    expected = sum(s * n for _, s, n in AHT_VALUES) / sum(n for *_, n in AHT_VALUES)
    assert (account["Metric"], account["Target"]) == ("AHT", "300 s")
    assert account["Account"] == f"{expected:,.0f} s"
    assert account["Attainment"] == f"{300 / expected:.1%}"
    assert account["Status"] == "Met"
    agents = {r["Employee ID"]: r for r in _table(_sheet(kpi_report, "KPI by agent"),
                                                  "Employee ID")}
    assert (agents["A002"]["Value"], agents["A002"]["Status"]) == ("400 s", "Below target")
    figures = {r["Figure"]: r["This period"]
               for r in _table(_sheet(kpi_report, "Quality"), "Figure")}
    assert (figures["Evaluations"], figures["Average score"]) == ("2", "93.8%")
    every_sheet = "".join(p.read_text(encoding="utf-8") for p in kpi_report.glob("*.csv"))
    assert "CALL-1" in every_sheet and KPI_INTERNAL not in every_sheet
    if not shutil.which("pdftotext"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils (pdftotext) are required under CI")
        pytest.skip("poppler-utils are not installed")
    text = subprocess.run(["pdftotext", "-layout", str(kpi_report / "acme.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    assert "Attainment by month" in text and "Items failed most" in text  # the chart's title
    assert KPI_INTERNAL not in text
