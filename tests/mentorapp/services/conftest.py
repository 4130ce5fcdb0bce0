"""Fixtures for service tests."""

import pytest
from service_helpers import Make


@pytest.fixture
def make(db):
    """Record builders bound to the test's database."""
    return Make()
