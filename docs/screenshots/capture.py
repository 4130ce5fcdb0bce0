"""Save screenshots of the main pages: `python docs/screenshots/capture.py DEMO_DB`.

Runs offscreen; the database should hold demo data (`python main.py --db FILE demo`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mentorapp import opening  # noqa: E402
from mentorapp.services import clients, settings, staff  # noqa: E402
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


def capture(window: MainWindow, app, name: str) -> None:
    wait_until_idle(app)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"saved {name}.png")


def main(target: str, only: list[str]) -> int:
    app = make_application()
    opening.open_database(target)
    apply_theme(app, settings.get("theme"))
    window = MainWindow(target)
    window.resize(*SIZE)
    window.show()
    pages = only or ["dashboard", "staff", "mentoring", "clients", "feedback", "training",
                     "reports"]
    for key in pages:
        if key == "profile":
            person = staff.list(limit=1, sort="name")[0]
            window.open_staff(person["id"])
        elif key == "welcome":
            window.show_welcome()
        elif key == "reports":
            page = window.show_page("reports")
            page.client.setText(clients.list(limit=1, sort="name")[0]["name"])
            page.output.setText(str(Path(tempfile.mkdtemp()) / page.suggested_name()))
            page.run_report()
        elif key == "import":
            window.show_import()
            window.current_page().check_file(str(write_sample_roster()))
        else:
            window.show_page(key)
        capture(window, app, key)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
