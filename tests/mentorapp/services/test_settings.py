"""Settings stored in the database, with defaults and validation."""

import pytest
from service_helpers import audit_count, last_audit

from mentorapp.errors import ValidationError
from mentorapp.services import settings
from tests.conftest import PLAIN_BACKENDS


def test_defaults_before_anything_is_set(db):
    assert settings.get("company_name") == settings.DEFAULTS["company_name"]
    assert settings.get("theme") == "system"
    assert settings.all_settings() == settings.DEFAULTS


@pytest.mark.parametrize("db", PLAIN_BACKENDS, indirect=True)
def test_set_cleans_stores_and_audits(db):
    assert settings.set("company_name", "  Acme   BPO ") == "Acme BPO"
    assert settings.get("company_name") == "Acme BPO"
    assert last_audit("setting")["changes"] == {
        "company_name": [settings.DEFAULTS["company_name"], "Acme BPO"]}
    assert settings.set("theme", "Dark") == "dark"
    assert settings.all_settings() == {"company_name": "Acme BPO", "theme": "dark",
                                       "me_staff_id": ""}
    settings.set("company_name", "Beta BPO")  # overwrites the stored row
    assert settings.get("company_name") == "Beta BPO"


def test_setting_the_same_value_writes_no_audit_entry(db):
    settings.set("theme", "light")
    before = audit_count()
    settings.set("theme", "LIGHT")
    assert audit_count() == before


@pytest.mark.parametrize("key, value", [("company_name", ""), ("company_name", "x" * 201),
                                        ("theme", "purple")])
def test_bad_values_are_refused_and_nothing_is_stored(db, key, value):
    with pytest.raises(ValidationError) as caught:
        settings.set(key, value)
    assert caught.value.field == key
    assert settings.get(key) == settings.DEFAULTS[key]


def test_unknown_keys(db):
    for call in (lambda: settings.get("colour"), lambda: settings.set("colour", "red")):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.field == "colour" and "is not a setting" in str(caught.value)
