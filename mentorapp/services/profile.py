"""A staff member's profile summary: who they are, where they are placed, how they are doing."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from mentorapp.collation import by_name
from mentorapp.models import (
    ActionItem,
    CareerGoal,
    CheckIn,
    Competency,
    Enrollment,
    Feedback,
    FeedbackRating,
    Mentorship,
)
from mentorapp.queries import not_archived
from mentorapp.services import staff as staff_service
from mentorapp.services.dashboard import month_key, months_back
from mentorapp.services.staff import client_history, mentor_name_subquery

RECENT_FEEDBACK = 5


def summary(staff_id: int, today: dt.date | None = None) -> dict:
    """Profile header and overview figures for one staff member (a handful of indexed queries)."""
    today = today or dt.date.today()
    person = staff_service.entity.get(staff_id)
    history = client_history(staff_id)
    current = next((a for a in history if a["end_date"] is None), None)
    mentor = mentor_name_subquery(staff_id).scalar()
    year_ago = today - dt.timedelta(days=365)
    average, rated = (Feedback.select(fn.AVG(Feedback.rating), fn.COUNT(Feedback.rating))
                      .where(Feedback.staff == staff_id, Feedback.date >= year_ago,
                             Feedback.rating.is_null(False)).tuples().get())
    recent = list(Feedback.select(Feedback.id, Feedback.date, Feedback.source, Feedback.kind,
                                  Feedback.rating, Feedback.comment, Feedback.visibility)
                  .where(Feedback.staff == staff_id, not_archived(Feedback))
                  .order_by(Feedback.date.desc(), Feedback.id.desc())
                  .limit(RECENT_FEEDBACK).dicts())
    competency_averages = list(
        FeedbackRating.select(Competency.name.alias("competency"),
                              fn.AVG(FeedbackRating.rating).alias("average"))
        .join(Feedback, on=(FeedbackRating.feedback == Feedback.id))
        .switch(FeedbackRating).join(Competency, on=(FeedbackRating.competency == Competency.id))
        .where(Feedback.staff == staff_id, Feedback.date >= year_ago)
        .group_by(Competency.name).order_by(*by_name(Competency.name)).tuples())
    open_actions = (ActionItem.select().join(Mentorship)
                    .where(Mentorship.mentee == staff_id, ActionItem.done_date.is_null(),
                           not_archived(ActionItem)).count())
    last_check_in = (CheckIn.select(CheckIn.date, CheckIn.next_date)
                     .where(CheckIn.staff == staff_id, not_archived(CheckIn))
                     .order_by(CheckIn.date.desc()).limit(1).dicts().first())
    trainings, hours = (Enrollment.select(fn.COUNT(Enrollment.id), fn.SUM(Enrollment.hours))
                        .where(Enrollment.staff == staff_id, Enrollment.status == "completed")
                        .tuples().get())
    valid_certifications = (Enrollment.select()
                            .where(Enrollment.staff == staff_id,
                                   Enrollment.status == "completed",
                                   Enrollment.expires_on >= today).count())
    goals = dict(CareerGoal.select(CareerGoal.status, fn.COUNT(CareerGoal.id))
                 .where(CareerGoal.staff == staff_id, not_archived(CareerGoal))
                 .group_by(CareerGoal.status).tuples())
    return {
        "staff": person,
        "name": f"{person['first_name']} {person['last_name']}",
        "current_client": current["client_name"] if current else None,
        "current_client_id": current["client"] if current else None,
        "role": current["role"] if current else None,
        "on_account_since": current["start_date"] if current else None,
        "client_history": history,
        "mentor": mentor,
        "average_rating_12_months": round(float(average), 2) if average is not None else None,
        "rated_feedback_12_months": rated,
        "recent_feedback": recent,
        "competency_averages": {name: round(float(avg), 2) for name, avg in competency_averages},
        "open_action_items": open_actions,
        "last_check_in": last_check_in["date"] if last_check_in else None,
        "next_check_in": last_check_in["next_date"] if last_check_in else None,
        "check_in_overdue": bool(last_check_in and last_check_in["next_date"]
                                 and last_check_in["next_date"] < today),
        "trainings_completed": trainings,
        "training_hours": float(hours or 0),
        "valid_certifications": valid_certifications,
        "goals_by_status": goals,
    }


def rating_trend(staff_id: int, months: int = 12, today: dt.date | None = None) -> list[dict]:
    """Average overall rating per month for the last `months` months (for the trend chart)."""
    today = today or dt.date.today()
    start = months_back(today, months - 1)
    month = month_key(Feedback.date)
    rows = (Feedback.select(month.alias("month"), fn.AVG(Feedback.rating).alias("average"))
            .where(Feedback.staff == staff_id, Feedback.date.between(start, today),
                   Feedback.rating.is_null(False))
            .group_by(month).order_by(month).dicts())
    return [{"month": r["month"], "average": round(float(r["average"]), 2)} for r in rows]
