"""Database URLs with awkward passwords: parsed right, and the password never shown."""

import peewee
import pytest

from mentorapp import db as dbmod
from mentorapp import urls
from mentorapp.errors import UserError

AWKWARD = ["pa#ss", "pa?ss", "pa/ss", "p@ss", "a:b", "#?/@:%x"]


@pytest.mark.parametrize("password", AWKWARD)
def test_raw_characters_in_the_password(password):
    url = urls.parse_postgres(f"postgresql://ann:{password}@db.example.com:5433/mentor"
                              "?sslmode=require")
    assert (url.user, url.password, url.host, url.port, url.database, url.options) == (
        "ann", password, "db.example.com", 5433, "mentor",
        {"sslmode": "require"})
    shown = urls.describe(f"postgresql://ann:{password}@db.example.com:5433/mentor")
    assert shown == "postgresql://ann:***@db.example.com:5433/mentor"


def test_percent_encoded_parts_are_decoded():
    url = urls.parse_postgres("postgres://an%40n:p%23w@[::1]/my%20db?options=-csearch_path%3Dx")
    assert (url.user, url.password, url.host, url.port, url.database) == (
        "an@n", "p#w", "::1", None, "my db")
    assert url.options == {"options": "-csearch_path=x"}
    assert urls.secrets("postgres://an%40n:p%23w@[::1]/db") == ["p%23w", "p#w"]


def test_a_password_option_is_hidden_too():
    target = "postgresql://ann@h/db?sslmode=require&password=s3cret"
    assert urls.describe(target) == "postgresql://ann@h/db?sslmode=require&password=***"
    assert urls.hide_secrets("failed for s3cret", target) == "failed for ***"


@pytest.mark.parametrize("target", ["/home/ann/mentorapp.db", r"C:\Data\mentorapp.db",
                                    "sqlite:///x.db", "postgresql://h/db", "postgresql://ann@h/db"])
def test_targets_without_a_password_are_shown_as_typed(target):
    assert urls.describe(target) == target
    assert urls.secrets(target) == []


@pytest.mark.parametrize("target", ["postgresql://ann:pa/ss@h", "postgresql://ann:pa/ss@h:x/db"])
def test_bad_urls_are_user_errors_without_the_password(target):
    with pytest.raises(UserError) as caught:
        urls.parse_postgres(target)
    assert "pa/ss" not in str(caught.value) and "***" in str(caught.value)


def test_connect_hands_the_parts_to_the_driver():
    database = dbmod.connect("postgresql://ann:pa#ss/w@db.example.com:6000/mentor"
                             "?connect_timeout=3")
    assert isinstance(database, peewee.PostgresqlDatabase)
    assert database.database == "mentor"
    assert database.connect_params == {"user": "ann", "password": "pa#ss/w",
                                       "host": "db.example.com", "port": 6000,
                                       "connect_timeout": "3"}
    assert dbmod.describe("postgresql://ann:pa#ss/w@h/db") == "postgresql://ann:***@h/db"
