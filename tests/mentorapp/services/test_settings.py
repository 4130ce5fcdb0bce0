"""Settings stored in the database, with defaults and validation."""

import pytest
from service_helpers import audit_count, last_audit

from mentorapp import shared
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
                                       "me_staff_id": "", "company_logo": ""}
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


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
       b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00"
       b"\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")


def test_the_company_logo_is_an_image_of_at_most_one_megabyte(db, tmp_path):
    assert settings.logo() is None
    settings.set("company_logo", PNG)
    assert settings.logo() == PNG
    if not shared.is_shared(db):  # (shared mode: the database's trigger audits the row)
        # the audit trail keeps a fingerprint, not the image
        change = last_audit("setting")["changes"]["company_logo"]
        assert change[0] == "" and change[1].startswith("sha256:") and len(change[1]) < 40
    jpeg = tmp_path / "logo.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    settings.set_logo_file(jpeg)
    assert settings.logo().startswith(b"\xff\xd8\xff")
    for bad, words in ((b"GIF89a" + b"\x00" * 10, "not a PNG or JPEG"),
                       (PNG + b"\x00" * 1_000_000, "the most allowed is 1,000,000"),
                       ("not base64 at all!", "is not an image")):
        with pytest.raises(ValidationError) as caught:
            settings.set("company_logo", bad)
        assert caught.value.field == "company_logo" and words in str(caught.value)
    text = tmp_path / "logo.txt"
    text.write_text("hello")
    with pytest.raises(ValidationError, match="not a PNG or JPEG"):
        settings.set_logo_file(text)
    with pytest.raises(ValidationError, match="cannot read"):
        settings.set_logo_file(tmp_path / "missing.png")
    assert settings.logo().startswith(b"\xff\xd8\xff")  # the refused ones changed nothing
    settings.set_logo_file(None)
    assert settings.logo() is None
