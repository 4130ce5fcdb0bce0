"""Step 14 (issue 18): every client of a saved schema-13 database gets its reports in English
until someone chooses another language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentorapp import migrations, opening
from mentorapp.errors import ValidationError
from mentorapp.models import Client
from mentorapp.services import clients

SAVED_V13 = Path(__file__).resolve().parents[1] / "data" / "mentorapp_v13.db"


def test_every_client_reports_in_english_after_the_upgrade(tmp_path):
    path = tmp_path / "v13.db"
    shutil.copy(SAVED_V13, path)
    database = opening.open_database(str(path))
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    assert Client.select().count() == 7
    assert {c.report_language for c in Client.select()} == {"en"}
    clients.set_report_language("Telvanta Mobile", "pt-BR")
    assert clients.by_name("Telvanta Mobile")["report_language"] == "pt_BR"
    with pytest.raises(ValidationError, match="report language: 'fr' is not one of"):
        clients.set_report_language("Telvanta Mobile", "fr")
    database.close()
