"""Save screenshots of the main pages: `python docs/screenshots/capture.py DEMO_DB [NAME...]`.

Runs offscreen; the database should hold demo data (`python main.py --db FILE demo`). The
welcome page and an empty list are taken on a new empty database of their own; also the
dashboard at 1024 x 700 and in the dark theme, and a form's date fields.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mentorapp import opening  # noqa: E402
from mentorapp.services import clients, settings, staff, training  # noqa: E402
from ui.app import make_application, wait_until_idle  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1400, 900)


def write_sample_roster() -> Path:
    """A small roster with typical mistakes, to show the import preview."""
    import datetime as dt

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Employee ID", "First name", "Last name", "Email", "Hire date", "Status"])
    hired = dt.date(2026, 3, 2)
    sheet.append(["NEW-001", "Maria", "Santos", "maria.santos@example.com", hired, "active"])
    sheet.append(["NEW-002", "", "Reyes", "reyes@example", hired, "active"])
    sheet.append(["NEW-003", "Paolo", "Cruz", "paolo.cruz@example.com", "next week", "working"])
    path = Path(tempfile.mkdtemp()) / "new hires.xlsx"
    workbook.save(path)
    return path


def capture(window, app, name: str) -> None:
    wait_until_idle(app)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"saved {name}.png")


def capture_empty(app) -> None:
    """The welcome page, then the staff list after "Start empty", on a new database."""
    target = str(Path(tempfile.mkdtemp()) / "empty.db")
    opening.open_database(target)
    apply_theme(app, settings.get("theme"))
    window = MainWindow(target, show_welcome=True)
    window.resize(*SIZE)
    window.show()
    capture(window, app, "welcome")
    window.welcome.empty_button.click()
    window.show_page("staff")
    capture(window, app, "empty_list")
    window.hide()
    window.deleteLater()
    opening.close_database()


def capture_date_form(app) -> None:
    """A form's date fields: an enrollment in progress with its start date and an empty
    optional completion date (its placeholder and calendar button)."""
    from ui.dialogs.enrollment_dialog import EnrollmentDialog

    started = [row for row in training.enrollments.list(status="in_progress", limit=50)
               if row["start_date"]]
    form = EnrollmentDialog(started[0]["id"]) if started else EnrollmentDialog()
    form.show()
    form.fields["completed_date"].setFocus()
    capture(form, app, "date_field_form")
    form.close()


def main(target: str, only: list[str]) -> int:
    app = make_application()
    if not only or "welcome" in only or "empty_list" in only:
        capture_empty(app)
    opening.open_database(target)
    apply_theme(app, settings.get("theme"))
    window = MainWindow(target)
    window.resize(*SIZE)
    window.show()
    pages = [key for key in only if key not in ("welcome", "empty_list")] if only else [
        "dashboard", "staff", "mentoring", "clients", "feedback", "training", "reports",
        "import", "dashboard_1024", "dashboard_dark", "date_field_form"]
    for key in pages:
        if key == "profile":
            person = staff.list(limit=1, sort="name")[0]
            window.open_staff(person["id"])
        elif key == "reports":
            tab = window.show_page("reports").reports
            client = clients.list(limit=1, sort="name")[0]
            tab.client.set_value(client["id"], client["name"])
            tab.output.setText(str(Path(tempfile.mkdtemp()) / tab.suggested_name()))
            tab.run_report()
        elif key == "import":
            window.show_import()
            window.current_page().importing.check_file(str(write_sample_roster()))
        elif key == "dashboard_1024":  # the smallest screen the layout is made for
            window.resize(1024, 700)
            window.show_page("dashboard")
        elif key == "dashboard_dark":  # a new window, as the app starts in the dark theme
            apply_theme(app, "dark")
            dark = MainWindow(target)
            dark.resize(*SIZE)
            dark.show()
            capture(dark, app, key)
            dark.hide()
            dark.deleteLater()
            apply_theme(app, settings.get("theme"))
            continue
        elif key == "date_field_form":
            capture_date_form(app)
            continue
        else:
            window.show_page(key)
        capture(window, app, key)
        if key == "dashboard_1024":
            window.resize(*SIZE)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
