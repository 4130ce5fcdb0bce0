"""My work: what waits for the person signed in, about themselves and about their people
(with a team lead's direct reports below a KPI target two months running).

"My people" are the mentees of my active mentorships and the staff who report to me (shared
mode). "Me" is the staff record linked to my user (shared mode) or the one chosen in Settings
(a SQLite file). Every row carries the id of the record it opens. In shared mode the database
shows each person only what they may read; these queries only narrow it to their own work.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN

from mentorapp.collation import name_sort_key
from mentorapp.models import (
    ActionItem,
    AppUser,
    CheckIn,
    Client,
    ClientManager,
    Enrollment,
    Feedback,
    Mentor,
    Mentorship,
    Staff,
    TrainingProgram,
)
from mentorapp.services import client_reports, feedback, kpi, users
from mentorapp.translations import N_

CHECK_IN_WINDOW_DAYS = 14
EXPIRY_WINDOW_DAYS = 60
# Feedback older than this is not asked about any more (nor what came before acknowledgements).
ACKNOWLEDGE_WINDOW_DAYS = 90


def _name(row: dict, prefix: str = "") -> str:
    return f"{row[prefix + 'first_name']} {row[prefix + 'last_name']}"


def _my_user_id(me: dict) -> int | None:
    if not me["shared"]:
        return None
    user = AppUser.get_or_none(AppUser.login == me["login"])
    return user.id if user else None


def people(me: dict | None = None) -> list[dict]:
    """My mentees and direct reports, by name: id, name, employee_id, job_title, relation."""
    me = me or users.current()
    found: dict[int, dict] = {}
    if me["staff"]:
        mentees = (Staff.select(Staff.id, Staff.first_name, Staff.last_name, Staff.employee_id,
                                Staff.job_title)
                   .join(Mentorship, on=(Mentorship.mentee == Staff.id))
                   .join(Mentor, on=(Mentorship.mentor == Mentor.id))
                   .where(Mentor.staff == me["staff"], Mentorship.status == "active",
                          ~Mentorship.archived, ~Staff.archived).dicts())
        for row in mentees:
            found[row["id"]] = {**row, "relation": N_("mentee")}
    user_id = _my_user_id(me)
    if user_id:
        reports = (Staff.select(Staff.id, Staff.first_name, Staff.last_name, Staff.employee_id,
                                Staff.job_title)
                   .where(Staff.reports_to == user_id, ~Staff.archived).dicts())
        for row in reports:
            relation = N_("mentee, reports to me") if row["id"] in found \
                else N_("reports to me")
            found[row["id"]] = {**row, "relation": relation}
    rows = [{**row, "name": _name(row)} for row in found.values()]
    return sorted(rows, key=lambda r: name_sort_key(r["last_name"], r["first_name"]))


def people_ids(me: dict | None = None) -> list[int]:
    return [row["id"] for row in people(me)]


def action_items(me: dict | None = None) -> list[dict]:
    """Open action items that are mine: as mentor of the mentorship (owner "mentor") or as
    its mentee (owner "mentee"); due first, undated last. `with` names the other person."""
    me = me or users.current()
    if not me["staff"]:
        return []
    mentor_of = Mentor.select(Mentor.id).where(Mentor.staff == me["staff"])
    mentee = Staff.alias()
    mentor_staff = Staff.alias()
    rows = (ActionItem.select(ActionItem.id, ActionItem.text, ActionItem.owner,
                              ActionItem.due_date, ActionItem.mentorship,
                              mentee.id.alias("mentee_id"),
                              mentee.first_name.alias("mentee_first_name"),
                              mentee.last_name.alias("mentee_last_name"),
                              Mentor.external_name,
                              mentor_staff.first_name.alias("mentor_first_name"),
                              mentor_staff.last_name.alias("mentor_last_name"))
            .join(Mentorship, on=(ActionItem.mentorship == Mentorship.id))
            .join(mentee, on=(Mentorship.mentee == mentee.id))
            .switch(Mentorship).join(Mentor, on=(Mentorship.mentor == Mentor.id))
            .join(mentor_staff, JOIN.LEFT_OUTER, on=(Mentor.staff == mentor_staff.id))
            .where(ActionItem.done_date.is_null(), ~ActionItem.archived, ~Mentorship.archived,
                   ((ActionItem.owner == "mentor") & Mentorship.mentor.in_(mentor_of))
                   | ((ActionItem.owner == "mentee") & (Mentorship.mentee == me["staff"])))
            .dicts())
    result = []
    for row in rows:
        if row["owner"] == "mentor":
            other = _name(row, "mentee_")
        else:
            other = (_name(row, "mentor_") if row["mentor_first_name"] is not None
                     else row["external_name"])
        result.append({"id": row["id"], "text": row["text"], "owner": row["owner"],
                       "due_date": row["due_date"], "mentorship": row["mentorship"],
                       "staff": row["mentee_id"], "with": other})
    return sorted(result, key=lambda r: (r["due_date"] is None, r["due_date"] or dt.date.max,
                                         r["id"]))


def check_ins_due(me: dict | None = None, today: dt.date | None = None,
                  within_days: int = CHECK_IN_WINDOW_DAYS) -> list[dict]:
    """My people whose next check-in (from their latest one) is overdue or within the window."""
    today = today or dt.date.today()
    ids = people_ids(me)
    if not ids:
        return []
    rows = (CheckIn.select(CheckIn.id, CheckIn.staff, CheckIn.date, CheckIn.next_date,
                           Staff.first_name, Staff.last_name)
            .join(Staff, on=(CheckIn.staff == Staff.id))
            .where(CheckIn.staff.in_(ids), CheckIn.is_latest, ~CheckIn.archived,
                   CheckIn.next_date <= today + dt.timedelta(days=within_days))
            .order_by(CheckIn.next_date).dicts())
    return [{"id": r["id"], "staff": r["staff"], "name": _name(r), "last_date": r["date"],
             "next_date": r["next_date"], "overdue": r["next_date"] < today} for r in rows]


def incident_follow_ups(me: dict | None = None) -> list[dict]:
    """Unresolved incidents about my people, the earliest follow-up first (none last)."""
    ids = people_ids(me)
    if not ids:
        return []
    rows = (Feedback.select(Feedback.id, Feedback.staff, Feedback.date, Feedback.follow_up_date,
                            Feedback.comment, Feedback.root_cause, Staff.first_name,
                            Staff.last_name)
            .join(Staff, on=(Feedback.staff == Staff.id))
            .where(Feedback.staff.in_(ids), Feedback.kind == "incident",
                   Feedback.resolved_date.is_null(), ~Feedback.archived).dicts())
    result = [{"id": r["id"], "staff": r["staff"], "name": _name(r), "date": r["date"],
               "follow_up_date": r["follow_up_date"],
               "what": r["root_cause"] or r["comment"]} for r in rows]
    return sorted(result, key=lambda r: (r["follow_up_date"] is None,
                                         r["follow_up_date"] or dt.date.max, r["id"]))


def expiring_certifications(me: dict | None = None, today: dt.date | None = None,
                            within_days: int = EXPIRY_WINDOW_DAYS) -> list[dict]:
    """Certifications of my people that expire from today to `within_days` ahead."""
    today = today or dt.date.today()
    ids = people_ids(me)
    if not ids:
        return []
    rows = (Enrollment.select(Enrollment.id, Enrollment.staff, Enrollment.expires_on,
                              TrainingProgram.name.alias("program"), Staff.first_name,
                              Staff.last_name)
            .join(Staff, on=(Enrollment.staff == Staff.id))
            .switch(Enrollment).join(TrainingProgram,
                                     on=(Enrollment.program == TrainingProgram.id))
            .where(Enrollment.staff.in_(ids), ~Enrollment.archived,
                   Enrollment.expires_on.between(today, today + dt.timedelta(days=within_days)))
            .order_by(Enrollment.expires_on).dicts())
    return [{"id": r["id"], "staff": r["staff"], "name": _name(r), "program": r["program"],
             "expires_on": r["expires_on"]} for r in rows]


def _since() -> dt.date:
    return dt.date.today() - dt.timedelta(days=ACKNOWLEDGE_WINDOW_DAYS)


def to_acknowledge(me: dict | None = None) -> list[dict]:
    """Feedback about me (last 90 days) that waits for my acknowledgement, oldest first."""
    me = me or users.current()
    return feedback.unacknowledged([me["staff"]], _since()) if me["staff"] else []


def unacknowledged_by_my_people(me: dict | None = None) -> list[dict]:
    """Feedback about my people (last 90 days) that they have not acknowledged yet."""
    return feedback.unacknowledged(people_ids(me), _since())


def below_target(me: dict | None = None, today: dt.date | None = None) -> list[dict]:
    """The people who report to me (a team lead, shared mode) below a KPI target two months
    running: one row per person and metric, `staff` the person's id."""
    user_id = _my_user_id(me or users.current())
    return kpi.below_target_running(reports_to=user_id, today=today) if user_id else []


def summary(me: dict | None = None) -> dict:
    """Every section of My work at once (one call from the page's worker)."""
    me = me or users.current()
    return {"me": me, "people": people(me), "action_items": action_items(me),
            "check_ins": check_ins_due(me), "incidents": incident_follow_ups(me),
            "certifications": expiring_certifications(me),
            "to_acknowledge": to_acknowledge(me),
            "unacknowledged": unacknowledged_by_my_people(me),
            "below_target": below_target(me)}


def _my_clients(me: dict) -> list[int] | None:
    """The clients whose reports are mine: in shared mode those I manage (an account
    manager's); a SQLite file's one user keeps every client's (None: all)."""
    if not me["shared"]:
        return None
    user_id = _my_user_id(me)
    if not user_id:
        return []
    return [c for (c,) in ClientManager.select(ClientManager.client)
            .join(Client, on=(ClientManager.client == Client.id))
            .where(ClientManager.user == user_id).tuples()]


def reports_due(me: dict | None = None, today: dt.date | None = None) -> list[dict]:
    """Client reports due from me: my clients' latest ended periods more than their
    `report_due_days` ago with nothing sent (`client_reports.due`)."""
    return client_reports.due(_my_clients(me or users.current()), today)


def reports_unacknowledged(me: dict | None = None,
                           now: dt.datetime | None = None) -> list[dict]:
    """My clients' reports sent and not acknowledged after their `acknowledge_due_days`."""
    return client_reports.unacknowledged(_my_clients(me or users.current()), now)
