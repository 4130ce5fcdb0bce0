"""Competencies: the skills feedback rates and mentors offer."""

from __future__ import annotations

from mentorapp.collation import NameOrder
from mentorapp.models import Competency
from mentorapp.services.entity import Entity
from mentorapp.services.fields import Text
from mentorapp.translations import N_, _

entity = Entity(
    Competency, N_("competency"),
    {"name": Text(required=True, max_length=100, multiline=False),
     "description": Text()},
    search=(Competency.name, Competency.description),
    sorts={"name": NameOrder(Competency.name, (Competency.name,))},
    describe=lambda c: _("competency {name}").format(name=repr(c.name)),
)
create, update, get, list, count = (entity.create, entity.update, entity.get, entity.list,
                                    entity.count)
archive, restore, delete = entity.archive, entity.restore, entity.delete


def active() -> list[dict]:
    """Every competency not archived, by name (for rating grids and import columns)."""
    return entity.list(limit=None)
