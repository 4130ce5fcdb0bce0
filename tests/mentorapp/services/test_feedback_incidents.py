"""An incident must say what happened and what follows from it (forms, CLI and imports all
save through this service)."""

import datetime as dt

import pytest

from mentorapp.errors import ValidationError
from mentorapp.services import feedback


def an_incident(make, **values):
    return feedback.create(staff=make.staff()["id"], source="management",
                           date=dt.date.today(), kind="incident", **values)


@pytest.mark.parametrize("values, field, words", [
    ({}, "root_cause", "what happened (root cause or comment) and the lesson learned"),
    ({"lesson_learned": "Check twice"}, "root_cause", "root cause or the comment"),
    ({"comment": "Wrong refund"}, "lesson_learned", "lesson learned or a corrective action"),
    ({"root_cause": "Skipped a step"}, "lesson_learned", "lesson learned or a corrective"),
])
def test_an_incident_without_its_story_is_refused(db, make, values, field, words):
    with pytest.raises(ValidationError) as caught:
        an_incident(make, **values)
    assert caught.value.field == field and words in str(caught.value)
    assert feedback.count() == 0


@pytest.mark.parametrize("values", [{"comment": "Wrong refund", "lesson_learned": "Check"},
                                    {"root_cause": "Rushed", "corrective_action": "Four eyes"}])
def test_an_incident_with_what_happened_and_what_follows_is_saved(db, make, values):
    record = an_incident(make, **values)
    assert all(record[key] == value for key, value in values.items())


def test_an_update_cannot_empty_an_incident(db, make):
    record = an_incident(make, comment="Wrong refund", lesson_learned="Check twice")
    with pytest.raises(ValidationError, match="lesson learned or a corrective action"):
        feedback.update(record["id"], lesson_learned="")
    assert feedback.get(record["id"])["lesson_learned"] == "Check twice"
