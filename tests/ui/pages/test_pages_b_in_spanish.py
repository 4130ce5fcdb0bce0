"""Clients, quality, training, users and My work in Spanish and Portuguese: each list's own
words, and behaviour that keys on data, not on shown words."""

from __future__ import annotations

import pytest
from builders import a_client, column_texts, offscreen_warnings, select_rows, show_page

from ui import i18n

pytestmark = offscreen_warnings


@pytest.fixture
def in_language(qapp):
    """Install a language for one test; English again afterwards."""
    def install(language: str) -> None:
        assert i18n.install(language) == language
    yield install
    i18n.install(i18n.ENGLISH)


def menu_texts(page) -> list[str]:
    return [a.text() for a in page.context_menu().actions() if a.text()]


def test_clients_in_spanish(qtbot, ui_db, in_language, monkeypatch):
    a_client("Acme", industry="Telecom")
    a_client("Globex", active=False)
    in_language("es")
    from ui.pages.clients_page import ClientsPage

    shown = show_page(qtbot, ClientsPage())
    assert shown.new_button.text() == "Nuevo cliente"
    assert shown.search.placeholderText() == "Buscar clientes…"
    assert shown.model.headers()[:3] == ["Nombre", "Sector", "Gerente de cuenta"]
    qtbot.waitUntil(lambda: shown.count_label.text() == "2 clientes")
    assert column_texts(shown, "Activo") == ["Sí", "No"]
    active = shown.filters["active"]
    assert [active.itemText(i) for i in range(active.count())] == [
        "Activos e inactivos", "Cuentas activas", "Cuentas inactivas"]
    active.setCurrentIndex(active.findData(False))
    qtbot.waitUntil(lambda: column_texts(shown, "Nombre") == ["Globex"])
    assert shown.count_label.text() == "1 cliente"
    select_rows(shown, [0])
    assert menu_texts(shown)[1:] == ["Editar…", "Archivar", "KPI…", "Banco de talento…",
                                     "Informes del cliente…", "Exportar esta vista a Excel…"]
    asked = []
    monkeypatch.setattr(shown, "confirm", lambda question: asked.append(question) or False)
    shown.archive_or_restore_selected()
    assert asked == ["¿Archivar el cliente?"]
    said = []
    shown.status_message.connect(said.append)
    shown.open_kpis().metrics_changed.emit()
    assert said == ["Métricas KPI de Globex guardadas"]
