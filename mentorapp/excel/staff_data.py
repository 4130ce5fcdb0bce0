"""What the staff development report shows: the queries behind it.

Confidentiality: the report is internal (HR, managers, the person) and about one person
only. Every query is limited to that person's own records, and to records not archived
(the client history lists archived assignments too, as the staff page does). It shows
feedback of every visibility, from every client, and career goals, self-assessments and
check-ins. Private mentoring notes are selected only when `include_private` is asked for;
audit data never.

Rows are plain tuples in sheet order with choice codes as stored; lazy queries run when the
sheet is written.
"""

from __future__ import annotations

from peewee import JOIN, fn

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
    SessionPrivateNote,
    Staff,
    TrainingProgram,
)
from mentorapp.queries import not_archived
from mentorapp.services import staff as staff_service

MentorStaff = Staff.alias("mentor_staff")
# (first name, last name) of a staff mentor, else (None, None) and the external name.
MENTOR_COLUMNS = (MentorStaff.first_name, MentorStaff.last_name, Mentor.external_name)


def person(employee_id: str) -> dict:
    """The staff record (NotFoundError when there is none)."""
    return staff_service.by_employee_id(employee_id)


def client_history(staff_id: int) -> list[dict]:
    """Every assignment, newest first (archived ones too)."""
    return staff_service.client_history(staff_id)


def _with_mentor(query):
    return (query.join(Mentor, on=(Mentorship.mentor == Mentor.id))
            .join(MentorStaff, JOIN.LEFT_OUTER, on=(Mentor.staff == MentorStaff.id)))


def current_mentor(staff_id: int) -> tuple | None:
    """MENTOR_COLUMNS of the mentor of the latest active mentorship not archived, or None."""
    return (_with_mentor(Mentorship.select(*MENTOR_COLUMNS))
            .where(Mentorship.mentee == staff_id, Mentorship.status == "active",
                   not_archived(Mentorship))
            .order_by(Mentorship.start_date.desc()).tuples().first())


def career_goals(staff_id: int):
    """(title, kind, horizon, target date, status, progress %, description)."""
    return (CareerGoal.select(CareerGoal.title, CareerGoal.kind, CareerGoal.horizon_years,
                              CareerGoal.target_date, CareerGoal.status, CareerGoal.progress,
                              CareerGoal.description)
            .where(CareerGoal.staff == staff_id, not_archived(CareerGoal))
            .order_by(CareerGoal.horizon_years, CareerGoal.target_date).tuples())


def self_assessments(staff_id: int):
    """(date, strengths, values, interests, development areas)."""
    return (SelfAssessment.select(SelfAssessment.date, SelfAssessment.strengths,
                                  SelfAssessment.values, SelfAssessment.interests,
                                  SelfAssessment.development_areas)
            .where(SelfAssessment.staff == staff_id, not_archived(SelfAssessment))
            .order_by(SelfAssessment.date).tuples())


def check_ins(staff_id: int):
    """(date, reviewer, notes, next check-in)."""
    return (CheckIn.select(CheckIn.date, CheckIn.reviewer, CheckIn.notes, CheckIn.next_date)
            .where(CheckIn.staff == staff_id, not_archived(CheckIn))
            .order_by(CheckIn.date).tuples())


def mentorships(staff_id: int):
    """(*MENTOR_COLUMNS, status, start, end, focus) of the person's mentorships."""
    return (_with_mentor(Mentorship.select(*MENTOR_COLUMNS, Mentorship.status,
                                           Mentorship.start_date, Mentorship.end_date,
                                           Mentorship.focus))
            .where(Mentorship.mentee == staff_id, not_archived(Mentorship))
            .order_by(Mentorship.start_date).tuples())


def sessions(staff_id: int, include_private: bool):
    """(date, *MENTOR_COLUMNS, minutes, format, topics, shared notes[, private notes])."""
    notes = [MentoringSession.shared_notes]
    if include_private:  # the notes the reader may see (in shared mode: their own)
        notes.append(SessionPrivateNote.select(fn.COALESCE(fn.MAX(SessionPrivateNote.text), ""))
                     .where(SessionPrivateNote.session == MentoringSession.id))
    query = MentoringSession.select(MentoringSession.date, *MENTOR_COLUMNS,
                                    MentoringSession.duration_minutes, MentoringSession.format,
                                    MentoringSession.topics, *notes)
    return (_with_mentor(query.join(Mentorship,
                                    on=(MentoringSession.mentorship == Mentorship.id)))
            .where(Mentorship.mentee == staff_id, not_archived(MentoringSession))
            .order_by(MentoringSession.date).tuples())


def action_items(staff_id: int):
    """(text, owner, due, done) of the action items of the person's mentorships."""
    return (ActionItem.select(ActionItem.text, ActionItem.owner, ActionItem.due_date,
                              ActionItem.done_date)
            .join(Mentorship, on=(ActionItem.mentorship == Mentorship.id))
            .where(Mentorship.mentee == staff_id, not_archived(ActionItem))
            .order_by(ActionItem.due_date, ActionItem.id).tuples())


def training(staff_id: int):
    """(program, type, status, start, completed, hours, score, valid until, funded by)."""
    return (Enrollment.select(TrainingProgram.name, TrainingProgram.type, Enrollment.status,
                              Enrollment.start_date, Enrollment.completed_date,
                              Enrollment.hours, Enrollment.score, Enrollment.expires_on,
                              Enrollment.funded_by)
            .join(TrainingProgram)
            .where(Enrollment.staff == staff_id, not_archived(Enrollment))
            .order_by(Enrollment.start_date, Enrollment.id).tuples())


def feedback(staff_id: int):
    """(date, client, source, kind, visibility, author, rating, strengths, improvements,
    comment) of every feedback on the person, internal included."""
    return (Feedback.select(Feedback.date, Client.name, Feedback.source, Feedback.kind,
                            Feedback.visibility, Feedback.author, Feedback.rating,
                            Feedback.strengths, Feedback.improvements, Feedback.comment)
            .join(Client, JOIN.LEFT_OUTER, on=(Feedback.client == Client.id))
            .where(Feedback.staff == staff_id, not_archived(Feedback))
            .order_by(Feedback.date, Feedback.id).tuples())


def responsibilities(staff_id: int):
    """(title, assigned, status, aligned to role, career goal title, outcome)."""
    return (Responsibility.select(Responsibility.title, Responsibility.assigned_date,
                                  Responsibility.status, Responsibility.aligned_to_role,
                                  CareerGoal.title, Responsibility.outcome)
            .join(CareerGoal, JOIN.LEFT_OUTER, on=(Responsibility.goal == CareerGoal.id))
            .where(Responsibility.staff == staff_id, not_archived(Responsibility))
            .order_by(Responsibility.assigned_date).tuples())
