"""A client's KPI metrics from the Clients page: a new one from a preset, the service's messages
under their fields, editing, archiving and restoring; checked in the database; both dialogs in
Spanish."""

from __future__ import annotations

import pytest
from builders import click_save, offscreen_warnings, select_rows, show_page, type_into
from PySide6.QtCore import Qt
from records import make_kpi_metric

from mentorapp.services import kpi
from ui.dialogs.kpi_metric_dialog import KpiMetricDialog, KpiMetricsDialog
from ui.pages.clients_page import ClientsPage

pytestmark = offscreen_warnings


def metric_form(metrics: KpiMetricsDialog) -> KpiMetricDialog:
    forms = [d for d in metrics.findChildren(KpiMetricDialog) if d.isVisible()]
    assert len(forms) == 1
    return forms[0]


@pytest.fixture
def acme_kpis(qtbot, ui_db, make):
    """The KPIs dialog of client Acme, opened from the Clients page's button."""
    acme = make.client("Acme")
    make.client("Globex")
    page = show_page(qtbot, ClientsPage())
    assert not page.kpis_button.isEnabled()
    select_rows(page, [0])
    assert page.kpis_button.isEnabled()
    menu = {action.text(): action for action in page.context_menu().actions()}
    assert menu["KPIs…"].isEnabled()
    qtbot.mouseClick(page.kpis_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(KpiMetricsDialog)
    assert dialog.windowTitle() == "KPIs of Acme"
    dialog.acme = acme
    return dialog


def test_a_new_metric_from_a_preset(qtbot, acme_kpis):
    assert acme_kpis.empty.isVisible() and "preset" in acme_kpis.empty.text()
    assert not acme_kpis.edit_button.isEnabled()
    qtbot.mouseClick(acme_kpis.new_button, Qt.MouseButton.LeftButton)
    form = metric_form(acme_kpis)
    form.preset.setFocus()
    qtbot.keyClicks(form.preset, "AHT")  # type-ahead picks the preset
    assert form.fields["name"].text() == "AHT"
    assert form.fields["target"].text() == "300"
    assert form.fields["weight_column"].text() == "Handled"
    assert form.fields["weight_column"].isEnabled()
    type_into(qtbot, form, line_of_business="Billing", target="280", warning="310")
    with qtbot.waitSignal(acme_kpis.parent().records_changed):
        click_save(qtbot, form)
    [saved] = kpi.list(acme_kpis.acme["id"])
    assert (saved["name"], saved["line_of_business"], saved["unit"], saved["better"],
            saved["target"], saved["warning"], saved["rollup"], saved["weight_column"]) == \
        ("AHT", "Billing", "seconds", "lower", 280, 310, "weighted", "Handled")
    assert acme_kpis.table.column_texts("Target") == ["4:40"]
    assert acme_kpis.table.column_texts("Warning") == ["5:10"]
    assert acme_kpis.table.current_record()["id"] == saved["id"]


def test_the_services_messages_show_under_their_fields(qtbot, acme_kpis):
    qtbot.mouseClick(acme_kpis.new_button, Qt.MouseButton.LeftButton)
    form = metric_form(acme_kpis)
    form.preset.setCurrentIndex(form.preset.findData("CSAT"))
    type_into(qtbot, form, name="", target="120")
    click_save(qtbot, form)
    assert form.isVisible()
    assert "required" in form.error_text("name").lower()
    type_into(qtbot, form, name="CSAT", target="85", warning="90")
    click_save(qtbot, form)
    assert form.isVisible()
    assert "at or below the target" in form.error_text("warning")
    type_into(qtbot, form, warning="80", weight_column="")
    click_save(qtbot, form)
    assert "required for a weighted metric" in form.error_text("weight_column")
    form.fields["unit"].set_value("percent")
    type_into(qtbot, form, weight_column="Surveys", target="120", warning="")
    click_save(qtbot, form)
    assert "not a percentage" in form.error_text("target")
    assert kpi.list(acme_kpis.acme["id"]) == []
    # a roll-up other than weighted takes no weight column: the field empties and locks
    form.fields["rollup"].set_value("average")
    assert not form.fields["weight_column"].isEnabled()
    assert form.fields["weight_column"].text() == ""
    type_into(qtbot, form, target="85")
    with qtbot.waitSignal(acme_kpis.metrics_changed):
        click_save(qtbot, form)
    assert not form.isVisible()
    assert [(m["name"], m["rollup"], m["target"]) for m in kpi.list(acme_kpis.acme["id"])] \
        == [("CSAT", "average", 85)]


def test_edit_archive_and_restore(qtbot, acme_kpis, make):
    metric = make_kpi_metric(make, acme_kpis.acme, name="QA score")
    acme_kpis.load()
    assert acme_kpis.table.column_texts("Name") == ["QA score"]
    acme_kpis.table.setFocus()
    qtbot.keyClick(acme_kpis.table, Qt.Key.Key_Return)  # Enter edits the selected metric
    form = metric_form(acme_kpis)
    assert form.windowTitle() == "Edit KPI metric"
    type_into(qtbot, form, target="92", decimals="1")
    click_save(qtbot, form)
    assert (kpi.get(metric["id"])["target"], kpi.get(metric["id"])["decimals"]) == (92, 1)
    assert acme_kpis.table.column_texts("Target") == ["92.0"]
    qtbot.mouseClick(acme_kpis.archive_button, Qt.MouseButton.LeftButton)
    assert kpi.get(metric["id"])["archived"] is True
    assert acme_kpis.empty.isVisible()
    acme_kpis.show_archived.setChecked(True)
    assert acme_kpis.archive_button.text() == "Restore"
    qtbot.mouseClick(acme_kpis.archive_button, Qt.MouseButton.LeftButton)
    assert kpi.get(metric["id"])["archived"] is False


def test_the_metrics_in_spanish(qtbot, ui_db, make, spanish):
    """Direction words and the archive button follow the metric's codes, not shown words;
    figures in the locale's decimals; every column title whole."""
    acme = make.client("Acme")
    metric = make_kpi_metric(make, acme, name="QA score", better="lower")
    metrics = KpiMetricsDialog(acme["id"], "Acme")
    qtbot.addWidget(metrics)
    metrics.show()
    assert metrics.windowTitle() == "KPI de Acme"
    assert metrics.table.column_texts("Mejor") == ["Más bajo"]
    assert metrics.table.column_texts("Compartida") == ["No"]
    header = metrics.table.horizontalHeader()
    assert all(header.sectionSize(i) >= header.sectionSizeHint(i) for i in range(header.count()))
    assert metrics.archive_button.text() == "Archivar"
    qtbot.mouseClick(metrics.archive_button, Qt.MouseButton.LeftButton)
    assert kpi.get(metric["id"])["archived"] is True
    assert metrics.empty.text().startswith("Este cliente aún no tiene métricas de KPI.")
    metrics.show_archived.setChecked(True)
    assert metrics.archive_button.text() == "Restaurar"
    form = metrics.edit_selected()
    assert form.windowTitle() == "Editar métrica de KPI"
    assert form.fields["better"].currentText() == "Más bajo es mejor"
    form.fields["better"].set_value("higher")
    form.fields["unit"].set_value("percent")
    assert form.unit_hint.text() == "Metas de 0 a 100 (92,5 es 92,5%)."
    type_into(qtbot, form, target="90", warning="")
    with qtbot.waitSignal(metrics.metrics_changed):
        click_save(qtbot, form)
    assert kpi.get(metric["id"])["better"] == "higher"
    assert metrics.table.column_texts("Mejor") == ["Más alto"]
