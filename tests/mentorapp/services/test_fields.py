"""Field rules: each cleans a raw value or raises a ValidationError naming the field."""

import datetime as dt

import pytest

from mentorapp.errors import ValidationError
from mentorapp.models import (
    GOAL_HORIZON_CHOICES,
    STAFF_STATUS_CHOICES,
    VISIBILITY_CHOICES,
    Client,
    Staff,
)
from mentorapp.services.fields import (
    Choice,
    Date,
    Email,
    Flag,
    Number,
    Rating,
    Ref,
    Rule,
    Text,
)


def error_of(rule: Rule, value, name="field_key") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        rule.clean(name, value)
    assert caught.value.field == name
    return caught.value


# -- required and empty -------------------------------------------------------------------
@pytest.mark.parametrize("blank", [None, "", "   ", "\t\n"])
def test_required_rejects_blank_values(blank):
    error = error_of(Text(required=True), blank)
    assert error.detail == "is required"
    assert str(error) == "field key: is required"


def test_required_label_is_used_in_the_message_but_field_keeps_the_key():
    error = error_of(Text(required=True, label="employee ID"), "", name="employee_id")
    assert error.field == "employee_id"
    assert str(error) == "employee ID: is required"


def test_text_made_only_of_control_characters_counts_as_missing():
    assert error_of(Text(required=True), "\x00\x07").detail == "is required"


@pytest.mark.parametrize("rule, empty", [(Text(), ""), (Date(), None), (Number(), None),
                                         (Number(default=7), 7), (Flag(), False),
                                         (Flag(default=True), True),
                                         (Choice(("a", "b"), default="b"), "b")])
def test_optional_blank_values_become_the_rule_default(rule, empty):
    assert rule.clean("x", None) == empty
    assert rule.clean("x", "  ") == empty


# -- text -----------------------------------------------------------------------------------
def test_text_strips_control_characters_and_outer_space():
    assert Text().clean("x", "  a\x00b\x1fc\x7f  ") == "abc"


def test_multiline_text_keeps_line_breaks_and_tabs():
    assert Text().clean("x", "line one\nline\ttwo\r\nthree") == "line one\nline\ttwo\r\nthree"


def test_single_line_text_collapses_whitespace():
    assert Text(multiline=False).clean("x", " Ann \n  Lee\t ") == "Ann Lee"


def test_text_converts_non_strings():
    assert Text().clean("x", 12345) == "12345"


def test_max_length_allows_the_limit_and_rejects_one_more():
    rule = Text(max_length=5)
    assert rule.clean("x", "abcde") == "abcde"
    error = error_of(rule, "abcdef")
    assert "6 characters" in error.detail and "most allowed is 5" in error.detail


def test_max_length_counts_after_cleaning():
    assert Text(max_length=3).clean("x", "  ab\x00c  ") == "abc"


# -- email ----------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, clean", [("Ann.Lee@Example.COM", "ann.lee@example.com"),
                                        ("  a+b@x.co  ", "a+b@x.co")])
def test_email_is_trimmed_and_lowercased(raw, clean):
    assert Email().clean("email", raw) == clean


@pytest.mark.parametrize("bad", ["ann", "ann@", "ann@example", "@example.com", "a b@x.com",
                                 "ann@@x.com", "dr..linda.hart@x.com", ".ann@x.com",
                                 "ann.@x.com", "ann@x..com", "ann@.x.com"])
def test_bad_email_is_rejected_with_the_value(bad):
    error = error_of(Email(), bad, name="email")
    assert "not a valid email address" in error.detail


def test_email_longer_than_254_is_rejected():
    assert "most allowed is 254" in error_of(Email(), "a" * 250 + "@x.com").detail


# -- dates ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2024-03-05", "05/03/2024", "05.03.2024", "05-Mar-2024",
                                  "5 Mar 2024", "Mar 5, 2024", "5 March 2024", "March 5, 2024",
                                  "2024/03/05", "  2024-03-05  "])
def test_dates_in_accepted_formats(text):
    assert Date().clean("date", text) == dt.date(2024, 3, 5)


def test_date_and_datetime_objects():
    assert Date().clean("d", dt.date(2024, 1, 2)) == dt.date(2024, 1, 2)
    assert Date().clean("d", dt.datetime(2024, 1, 2, 13, 45)) == dt.date(2024, 1, 2)


@pytest.mark.parametrize("bad", ["2024-02-30", "2023-02-29", "31/04/2024", "2024-13-01",
                                 "yesterday", "2024", "12345"])
def test_bad_dates_are_rejected_with_a_hint(bad):
    error = error_of(Date(), bad, name="hire_date")
    assert repr(bad) in error.detail and "YYYY-MM-DD" in error.detail


def test_leap_day_is_a_date():
    assert Date().clean("d", "2024-02-29") == dt.date(2024, 2, 29)


# -- choices --------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["on_leave", "ON_LEAVE", "On leave", " on leave ", "on-leave"])
def test_choice_accepts_code_or_label_in_any_case(raw):
    assert Choice(STAFF_STATUS_CHOICES).clean("status", raw) == "on_leave"


def test_choice_accepts_the_display_label():
    assert Choice(VISIBILITY_CHOICES).clean("v", "Shareable with client") == "shareable"


@pytest.mark.parametrize("raw, code", [(5, 5), ("5", 5), ("10 years", 10), ("1 year", 1)])
def test_numeric_choices(raw, code):
    assert Choice(GOAL_HORIZON_CHOICES).clean("horizon_years", raw) == code


@pytest.mark.parametrize("bad", ["retired", 3, "3"])
def test_unknown_choice_lists_the_allowed_codes(bad):
    rule = Choice(STAFF_STATUS_CHOICES) if bad == "retired" else Choice(GOAL_HORIZON_CHOICES)
    error = error_of(rule, bad, name="status")
    assert "is not one of" in error.detail
    for code in rule.choices:
        assert str(code) in error.detail


def test_required_choice_without_value():
    assert error_of(Choice(("a",), required=True), "").detail == "is required"


# -- numbers --------------------------------------------------------------------------------
def test_numbers_from_text_and_numbers():
    assert Number().clean("n", " 2.5 ") == 2.5
    assert Number().clean("n", 3) == 3.0
    assert Number(whole=True).clean("n", "4.0") == 4
    assert isinstance(Number(whole=True).clean("n", "4.0"), int)


@pytest.mark.parametrize("bad", ["abc", "1,5", "nan", "inf", "-inf", True, "1e"])
def test_not_a_number(bad):
    assert "is not a number" in error_of(Number(), bad).detail


def test_whole_number_rejects_fractions():
    assert "not a whole number" in error_of(Number(whole=True), "2.5").detail


def test_range_limits_are_inclusive():
    rule = Number(minimum=0, maximum=100)
    assert rule.clean("n", 0) == 0 and rule.clean("n", 100) == 100
    assert "out of range (0 to 100)" in error_of(rule, "100.1").detail
    assert "out of range (0 to 100)" in error_of(rule, -1).detail


def test_minimum_only_range_message():
    assert "must be at least 1" in error_of(Number(minimum=1), 0).detail


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5, "5", "3.0"])
def test_ratings_one_to_five(value):
    assert Rating().clean("rating", value) == int(float(value))


@pytest.mark.parametrize("bad", [0, 6, -1, "2.5", "x"])
def test_ratings_outside_one_to_five_or_not_whole(bad):
    error_of(Rating(), bad, name="rating")


# -- flags ----------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", [True, "yes", "Y", "true", "1", "on", " YES "])
def test_flag_true_values(raw):
    assert Flag().clean("f", raw) is True


@pytest.mark.parametrize("raw", [False, "no", "N", "false", "0", "off"])
def test_flag_false_values(raw):
    assert Flag(default=True).clean("f", raw) is False


def test_flag_rejects_other_words():
    assert "not yes or no" in error_of(Flag(), "maybe").detail


# -- references -----------------------------------------------------------------------------
def test_ref_accepts_an_id_a_numeric_string_or_a_record(make):
    client = make.client()
    rule = Ref(Client)
    assert rule.clean("client", client["id"]) == client["id"]
    assert rule.clean("client", str(client["id"])) == client["id"]
    assert rule.clean("client", Client.get_by_id(client["id"])) == client["id"]


def test_ref_to_a_missing_record(make):
    error = error_of(Ref(Staff, what="staff member"), 999, name="staff")
    assert error.detail == "no staff member with id 999"


def test_ref_that_is_not_an_id(db):
    assert "is not a client id" in error_of(Ref(Client), "Acme").detail


def test_required_ref(db):
    assert error_of(Ref(Client, required=True), None).detail == "is required"


def test_number_rounds_to_the_places_its_column_keeps():
    rule = Number(minimum=0, places=1)
    assert rule.clean("hours", "12.25") == 12.3
    assert rule.clean("hours", "12.24") == 12.2
    assert rule.clean("hours", 2) == 2.0
