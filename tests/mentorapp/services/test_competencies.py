"""Competencies: the seeded BPO set, and the usual entity rules."""

import pytest

from mentorapp.errors import ValidationError
from mentorapp.services import competencies
from mentorapp.services.seed import BPO_COMPETENCIES


def test_active_lists_the_seeded_set_by_name(db):
    assert [c["name"] for c in competencies.active()] == sorted(n for n, _ in BPO_COMPETENCIES)


def test_create_unique_and_archive(db):
    made = competencies.create(name="Upselling", description="Offers relevant products")
    with pytest.raises(ValidationError) as caught:
        competencies.create(name="Upselling")
    assert caught.value.field == "name" and "competency 'Upselling'" in str(caught.value)
    competencies.archive(made["id"])
    assert "Upselling" not in [c["name"] for c in competencies.active()]
    assert competencies.count(include_archived=True) == len(BPO_COMPETENCIES) + 1


def test_competency_used_in_ratings_cannot_be_deleted(db, make):
    used = make.competency_ids()[0]
    make.feedback(ratings={used: 4})
    with pytest.raises(ValidationError, match="1 competency rating record"):
        competencies.delete(used)
    spare = make.competency_ids()[1]
    competencies.delete(spare)
    assert spare not in make.competency_ids()
