"""Fixtures for service tests."""

import pytest


@pytest.fixture
def make(db, make):
    """The suite's record builders (tests/records.py), on the test's database."""
    return make
