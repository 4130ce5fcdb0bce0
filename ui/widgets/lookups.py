"""Name look-ups for record pickers: a service search, a handful of matches as (id, name)."""

from __future__ import annotations

from mentorapp.services import clients, mentoring, staff, training
from ui.widgets.forms import RecordPicker

MATCHES = 20


def _words(text: str) -> str:
    """Search words from a picker's text ("Ana Cruz (E001)" searches Ana, Cruz, E001)."""
    return text.replace("(", " ").replace(")", " ").strip()


def staff_name(row: dict) -> str:
    return f"{row['first_name']} {row['last_name']} ({row['employee_id']})"


def staff_matches(text: str) -> list[tuple[int, str]]:
    return [(row["id"], staff_name(row))
            for row in staff.list(search=_words(text), limit=MATCHES)]


def client_matches(text: str) -> list[tuple[int, str]]:
    return [(row["id"], row["name"]) for row in clients.list(search=_words(text), limit=MATCHES)]


def program_matches(text: str) -> list[tuple[int, str]]:
    return [(row["id"], row["name"])
            for row in training.programs.list(search=_words(text), limit=MATCHES)]


def mentor_matches(text: str) -> list[tuple[int, str]]:
    return [(row["id"], row["name"])
            for row in mentoring.mentors.list(search=_words(text), limit=MATCHES)]


def staff_label(staff_id: int | None) -> str:
    return staff_name(staff.get(staff_id)) if staff_id else ""


def client_label(client_id: int | None) -> str:
    return clients.get(client_id)["name"] if client_id else ""


def program_label(program_id: int | None) -> str:
    return training.programs.get(program_id)["name"] if program_id else ""


def mentor_label(mentor_id: int | None) -> str:
    if not mentor_id:
        return ""
    mentor = mentoring.mentors.get(mentor_id)
    return staff_label(mentor["staff"]).rsplit(" (", 1)[0] if mentor["staff"] \
        else mentor["external_name"]


def staff_picker() -> RecordPicker:
    return RecordPicker(staff_matches, staff_label, "staff member")


def client_picker() -> RecordPicker:
    return RecordPicker(client_matches, client_label, "client")


def program_picker() -> RecordPicker:
    return RecordPicker(program_matches, program_label, "training program")


def mentor_picker() -> RecordPicker:
    return RecordPicker(mentor_matches, mentor_label, "mentor")
