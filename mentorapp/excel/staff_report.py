"""The staff development report: the internal picture of one person (never for clients).

Private mentoring notes are left out unless `include_private` is set; then they get a
column of their own in the Sessions sheet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from peewee import JOIN

from mentorapp.excel.progress import ProgressCounter
from mentorapp.excel.safe_cells import DATE_FORMAT, check_target, discarded_on_error, save_workbook
from mentorapp.excel.sheets import Column, TableSheet
from mentorapp.models import (
    ActionItem,
    CareerGoal,
    CheckIn,
    Client,
    Enrollment,
    Feedback,
    Mentor,
    MentoringSession,
    Mentorship,
    Responsibility,
    SelfAssessment,
    Staff,
    TrainingProgram,
    label,
)
from mentorapp.services import settings
from mentorapp.services import staff as staff_service

MentorStaff = Staff.alias("mentor_staff")
MENTOR_NAME = MentorStaff.first_name.concat(" ").concat(MentorStaff.last_name)


def live(model):
    """Condition: the record is not archived."""
    return model.archived == False  # noqa: E712


def _labels(rows, *indexes):
    """Rows with the choice codes at `indexes` turned into display words."""
    for row in rows:
        row = list(row)
        for i in indexes:
            row[i] = label(row[i])
        yield row


def _mentor_name(mentor_staff_first, mentor_staff_last, external):
    return f"{mentor_staff_first} {mentor_staff_last}" if mentor_staff_first else external


def export_staff_report(employee_id: str, out: Path | str, *, include_private: bool = False,
                        progress: Callable[[int, int], None] | None = None) -> Path:
    """Write the development report of the staff member with `employee_id`."""
    person = staff_service.by_employee_id(employee_id)
    check_target(out)
    staff_id = person["id"]
    name = f"{person['first_name']} {person['last_name']}"
    footer = f"Internal and confidential - {name} ({person['employee_id']}) - " \
             + settings.get("company_name")
    counter = ProgressCounter(progress, 0)
    wb = Workbook(write_only=True)
    wb.properties.title = f"Development report: {name}"
    wb.properties.creator = settings.get("company_name")

    def sheet(title, table, columns, rows, empty):
        TableSheet(wb, title, columns, table_name=table, footer=footer).write(
            rows, empty_text=empty, progress=counter.advance)

    with discarded_on_error(wb):
        history = staff_service.client_history(staff_id)
        current = next((a for a in history if a["end_date"] is None), None)
        mentor = (Mentorship.select(MentorStaff.first_name, MentorStaff.last_name,
                                    Mentor.external_name)
                  .join(Mentor).join(MentorStaff, JOIN.LEFT_OUTER,
                                     on=(Mentor.staff == MentorStaff.id))
                  .where(Mentorship.mentee == staff_id, Mentorship.status == "active")
                  .order_by(Mentorship.start_date.desc()).tuples().first())
        profile = [("Employee ID", person["employee_id"]), ("Name", name),
                   ("Email", person["email"]), ("Job title", person["job_title"]),
                   ("Team", person["team"]), ("Site", person["site"]),
                   ("Hire date", person["hire_date"]), ("Status", label(person["status"])),
                   ("Current client", current["client_name"] if current else "None"),
                   ("Role on the account", current["role"] if current else ""),
                   ("Mentor", _mentor_name(*mentor) if mentor else "None"),
                   ("Report date", dt.date.today())]
        sheet("Profile", "tblProfile", [Column("Field", width=22), Column("Value", width=50)],
              profile, "")
        sheet("Client history", "tblClientHistory",
              [Column("Client"), Column("Role"), Column("From", DATE_FORMAT, 12),
               Column("To", DATE_FORMAT, 12)],
              [(a["client_name"], a["role"], a["start_date"], a["end_date"]) for a in history],
              "Never assigned to a client")
        sheet("Career goals", "tblGoals",
              [Column("Goal"), Column("Kind"), Column("Horizon"), Column("Target date",
                                                                         DATE_FORMAT, 12),
               Column("Status"), Column("Progress", "0%", 10, center=True),
               Column("Description", wrap=True)],
              ((t, label(k), label(h), d, label(s), p / 100, desc) for t, k, h, d, s, p, desc in
               CareerGoal.select(CareerGoal.title, CareerGoal.kind, CareerGoal.horizon_years,
                                 CareerGoal.target_date, CareerGoal.status,
                                 CareerGoal.progress, CareerGoal.description)
               .where(CareerGoal.staff == staff_id, live(CareerGoal))
               .order_by(CareerGoal.horizon_years, CareerGoal.target_date).tuples()),
              "No career goals recorded")
        sheet("Self-assessments", "tblSelfAssessments",
              [Column("Date", DATE_FORMAT, 12), Column("Strengths", wrap=True),
               Column("Values", wrap=True), Column("Interests", wrap=True),
               Column("Development areas", wrap=True)],
              SelfAssessment.select(SelfAssessment.date, SelfAssessment.strengths,
                                    SelfAssessment.values, SelfAssessment.interests,
                                    SelfAssessment.development_areas)
              .where(SelfAssessment.staff == staff_id,
                     live(SelfAssessment))
              .order_by(SelfAssessment.date).tuples(),
              "No self-assessments recorded")
        sheet("Check-ins", "tblCheckIns",
              [Column("Date", DATE_FORMAT, 12), Column("Reviewer"), Column("Notes", wrap=True),
               Column("Next check-in", DATE_FORMAT, 13)],
              CheckIn.select(CheckIn.date, CheckIn.reviewer, CheckIn.notes, CheckIn.next_date)
              .where(CheckIn.staff == staff_id, live(CheckIn))
              .order_by(CheckIn.date).tuples(),
              "No check-ins recorded")
        _mentoring_sheets(sheet, staff_id, include_private)
        sheet("Training", "tblTraining",
              [Column("Program"), Column("Type"), Column("Status"),
               Column("Start", DATE_FORMAT, 12), Column("Completed", DATE_FORMAT, 12),
               Column("Hours", "0.0", 8), Column("Score", "0.0", 8),
               Column("Valid until", DATE_FORMAT, 12), Column("Funded by")],
              _labels(Enrollment.select(TrainingProgram.name, TrainingProgram.type,
                                        Enrollment.status, Enrollment.start_date,
                                        Enrollment.completed_date, Enrollment.hours,
                                        Enrollment.score, Enrollment.expires_on,
                                        Enrollment.funded_by)
                      .join(TrainingProgram)
                      .where(Enrollment.staff == staff_id, live(Enrollment))
                      .order_by(Enrollment.start_date, Enrollment.id).tuples(), 1, 2, 8),
              "No training recorded")
        sheet("Feedback", "tblFeedback",
              [Column("Date", DATE_FORMAT, 12), Column("Client"), Column("Source"),
               Column("Kind"), Column("Visibility"), Column("From"),
               Column("Rating", "0", 8, center=True),
               Column("Strengths", wrap=True), Column("To improve", wrap=True),
               Column("Comment", wrap=True)],
              _labels(Feedback.select(Feedback.date, Client.name, Feedback.source, Feedback.kind,
                                      Feedback.visibility, Feedback.author, Feedback.rating,
                                      Feedback.strengths, Feedback.improvements,
                                      Feedback.comment)
                      .join(Client, JOIN.LEFT_OUTER, on=(Feedback.client == Client.id))
                      .where(Feedback.staff == staff_id, live(Feedback))
                      .order_by(Feedback.date, Feedback.id).tuples(), 2, 3, 4),
              "No feedback recorded")
        sheet("Responsibilities", "tblResponsibilities",
              [Column("Responsibility"), Column("Assigned", DATE_FORMAT, 12), Column("Status"),
               Column("Aligned to role"), Column("Career goal"), Column("Outcome", wrap=True)],
              ((t, d, label(s), "Yes" if a else "No", g, o) for t, d, s, a, g, o in
               Responsibility.select(Responsibility.title, Responsibility.assigned_date,
                                     Responsibility.status, Responsibility.aligned_to_role,
                                     CareerGoal.title, Responsibility.outcome)
               .join(CareerGoal, JOIN.LEFT_OUTER, on=(Responsibility.goal == CareerGoal.id))
               .where(Responsibility.staff == staff_id,
                      live(Responsibility))
               .order_by(Responsibility.assigned_date).tuples()),
              "No responsibilities recorded")
        counter.finish()
    return save_workbook(wb, out)


def _mentoring_sheets(sheet, staff_id: int, include_private: bool) -> None:
    mentor_columns = (MentorStaff.first_name, MentorStaff.last_name, Mentor.external_name)

    def with_mentor(query):
        return (query.join(Mentor, on=(Mentorship.mentor == Mentor.id))
                .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id)))

    mentorships = with_mentor(
        Mentorship.select(*mentor_columns, Mentorship.status, Mentorship.start_date,
                          Mentorship.end_date, Mentorship.focus)
    ).where(Mentorship.mentee == staff_id, live(Mentorship))
    sheet("Mentorships", "tblMentorships",
          [Column("Mentor"), Column("Status"), Column("Start", DATE_FORMAT, 12),
           Column("End", DATE_FORMAT, 12), Column("Focus", wrap=True)],
          ((_mentor_name(f, la, x), label(s), b, e, focus)
           for f, la, x, s, b, e, focus in mentorships.order_by(Mentorship.start_date).tuples()),
          "No mentorships")
    notes = [MentoringSession.shared_notes]
    columns = [Column("Date", DATE_FORMAT, 12), Column("Mentor"),
               Column("Minutes", "0", 9, center=True),
               Column("Format"), Column("Topics", wrap=True), Column("Shared notes", wrap=True)]
    if include_private:
        notes.append(MentoringSession.private_notes)
        columns.append(Column("Private notes", wrap=True))
    sessions = with_mentor(
        MentoringSession.select(MentoringSession.date, *mentor_columns,
                                MentoringSession.duration_minutes, MentoringSession.format,
                                MentoringSession.topics, *notes)
        .join(Mentorship, on=(MentoringSession.mentorship == Mentorship.id))
    ).where(Mentorship.mentee == staff_id, live(MentoringSession))
    sheet("Sessions", "tblSessions", columns,
          ((day, _mentor_name(f, la, x), minutes, label(fmt), *rest)
           for day, f, la, x, minutes, fmt, *rest
           in sessions.order_by(MentoringSession.date).tuples()),
          "No mentoring sessions")
    sheet("Action items", "tblActionItems",
          [Column("Action", wrap=True), Column("Owner"), Column("Due", DATE_FORMAT, 12),
           Column("Done", DATE_FORMAT, 12), Column("Status")],
          ((text, label(owner), due, done, "Done" if done else "Open")
           for text, owner, due, done in
           ActionItem.select(ActionItem.text, ActionItem.owner, ActionItem.due_date,
                             ActionItem.done_date)
           .join(Mentorship, on=(ActionItem.mentorship == Mentorship.id))
           .where(Mentorship.mentee == staff_id, live(ActionItem))
           .order_by(ActionItem.due_date, ActionItem.id).tuples()),
          "No action items")
