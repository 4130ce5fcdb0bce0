"""Save screenshots of the main pages: `python docs/screenshots/capture.py DEMO_DB`.

Runs offscreen; the database should hold demo data (`python main.py --db FILE demo`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mentorapp import db  # noqa: E402
from mentorapp.services import settings, staff  # noqa: E402
from ui.app import make_application, wait_until_idle  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1400, 900)


def capture(window: MainWindow, app, name: str) -> None:
    wait_until_idle(app)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"saved {name}.png")


def main(target: str, only: list[str]) -> int:
    app = make_application()
    db.open_database(target)
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
        elif key == "import":
            window.show_import()
        else:
            window.show_page(key)
        capture(window, app, key)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
