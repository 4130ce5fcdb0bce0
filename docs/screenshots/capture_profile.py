"""Save screenshots of a staff profile (each tab) and the main forms:
`python docs/screenshots/capture_profile.py DEMO_DB`.

Runs offscreen; the database should hold demo data (`python main.py --db FILE demo`). The
profile shown is the active mentee with the most feedback, so every tab has something in it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mentorapp import opening  # noqa: E402
from mentorapp.services import feedback, mentoring, settings  # noqa: E402
from ui.app import make_application, wait_until_idle  # noqa: E402
from ui.dialogs.feedback_dialog import FeedbackDialog  # noqa: E402
from ui.dialogs.session_dialog import SessionDialog  # noqa: E402
from ui.pages.profile.page import StaffProfilePage  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

OUT = Path(__file__).resolve().parent
TAB_FILES = {"Overview": "profile_overview", "Career plan": "profile_career",
             "Development": "profile_development", "Feedback": "profile_feedback",
             "Mentoring": "profile_mentoring", "Responsibilities": "profile_responsibilities",
             "History": "profile_history"}


def save(widget, app, name: str) -> None:
    wait_until_idle(app)
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"saved {name}.png")


def busiest_mentee() -> dict:
    ships = mentoring.mentorships.list(status="active", limit=None)
    return max(ships, key=lambda s: feedback.count(staff=s["mentee"]))


def main(target: str) -> int:
    app = make_application()
    opening.open_database(target)
    apply_theme(app, settings.get("theme"))
    ship = busiest_mentee()
    page = StaffProfilePage(ship["mentee"])
    page.resize(1200, 820)
    page.show()
    for title, name in TAB_FILES.items():
        page.tabs.setCurrentWidget(page.tab(title))
        if title == "Feedback":
            tab = page.tab(title)
            incidents = [n for n, row in enumerate(tab.table.rows()) if row["kind"] == "incident"]
            tab.table.selectRow(incidents[0] if incidents else 0)
        save(page, app, name)
    form = FeedbackDialog(staff=ship["mentee"])
    form.fields["kind"].set_value("incident")
    form.show()
    save(form, app, "feedback_form")
    session = SessionDialog(mentorship=ship["id"])
    session.fields["topics"].set_value("Handling escalations; quality scores")
    session.fields["action_items"].add_item("Shadow a senior agent on two escalations")
    session.fields["action_items"].add_item("Share the call review notes", "mentor")
    session.show()
    save(session, app, "session_form")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
