"""The client pack in the client's language (issue 18): the Acme pack written in Spanish and in
Portuguese and reopened: sheet names, headings, choice words, month names and long dates in
that language, footers and the PDF's page numbers too, while what people typed and every
figure stay exactly as in the English pack."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mentorapp.excel.client_report import export_client_report, write_pack_pdf
from mentorapp.services import clients, competencies, users
from tests.mentorapp.excel.test_client_report import END, START, _seed, _table_rows

SHEETS = {
    "es": ["Portada", "Revisión", "Resumen", "Personal", "Competencias", "Tablero de KPI",
           "KPI por agente", "Calidad", "Evaluaciones", "Retroalimentación", "Capacitación",
           "Reconocimiento", "Incidentes", "Plan de acción"],
    "pt_BR": ["Capa", "Revisão", "Resumo", "Colaboradores", "Competências", "Painel de KPI",
              "KPI por atendente", "Qualidade", "Avaliações", "Feedback", "Treinamento",
              "Reconhecimento", "Ocorrências", "Plano de ação"],
}
PERIOD = {"es": "del 1 de enero de 2025 al 31 de marzo de 2025",
          "pt_BR": "de 1 de janeiro de 2025 a 31 de março de 2025"}
FIRST_MONTH = {"es": "abr 2024", "pt_BR": "abr. 2024"}
SOURCES = {"es": ("Cliente", "Dirección"), "pt_BR": ("Cliente", "Gestão")}


@pytest.fixture
def packs(db, tmp_path):
    """The Acme pack in English (v1), then in Spanish (v2) and Portuguese (v3)."""
    _seed()
    paths = {}
    for language in ("en", "es", "pt_BR"):
        clients.set_report_language("Acme Corp", language)
        folder = tmp_path / language
        folder.mkdir()
        paths[language] = export_client_report("Acme Corp", START, END, folder)
    return paths


def _values(ws) -> list:
    return [cell.value for row in ws.iter_rows() for cell in row if cell.value is not None]


def _numbers(ws) -> list:
    """Every number and date of a sheet, in order: what must not change with the language."""
    return [v for v in _values(ws) if isinstance(v, int | float | dt.date) and
            not isinstance(v, bool)]


@pytest.mark.parametrize("language", ["es", "pt_BR"])
def test_the_pack_speaks_the_client_s_language_with_the_same_figures(packs, language):
    english, wb = load_workbook(packs["en"]), load_workbook(packs[language])
    # Each version compares with the one before, written in another language (v1 English,
    # v2 Spanish): the figures registered in English labels match whatever the language.
    changes, *sheets = wb.sheetnames
    assert sheets == SHEETS[language]
    assert changes == {"es": "Cambios desde la v1", "pt_BR": "Mudanças desde a v2"}[language]
    assert wb[changes]["A4"].value == {"es": "Ningún indicador difiere de la v1.",
                                       "pt_BR": "Nenhum indicador difere da v2."}[language]

    cover = dict(row for row in wb[sheets[0]].iter_rows(min_row=5, max_row=9, max_col=2,
                                                        values_only=True))
    label = {"es": ("Cliente", "Período", "Versión"),
             "pt_BR": ("Cliente", "Período", "Versão")}[language]
    assert (cover[label[0]], cover[label[1]], cover[label[2]]) == ("Acme Corp",
                                                                  PERIOD[language], "v2"
                                                                  if language == "es" else "v3")
    assert wb[sheets[0]]["A1"].value == "Bright BPO & Co"  # typed: never translated

    summary = wb[sheets[2]]
    assert summary["A2"].value == "Acme Corp"
    figures = _table_rows(summary, "tblFigures")
    english_figures = _table_rows(english["Summary"], "tblFigures")
    assert [list(r.values())[1:] for r in figures] == \
        [list(r.values())[1:] for r in english_figures]
    assert list(figures[0]) == {"es": ["Indicador", "Este período", "Período anterior",
                                       "Variación"],
                                "pt_BR": ["Indicador", "Este período", "Período anterior",
                                          "Variação"]}[language]
    months = _table_rows(summary, "tblMonths")
    assert list(months[0].values())[0] == FIRST_MONTH[language]
    assert [list(r.values())[1:4] for r in months] == \
        [list(r.values())[1:4] for r in _table_rows(english["Summary"], "tblMonths")]

    for mine, theirs in zip(sheets, english.sheetnames, strict=True):
        assert _numbers(wb[mine]) == _numbers(english[theirs]), mine
        footer = wb[mine].oddFooter
        assert footer.left.text == {"es": "Confidencial - preparado para Acme Corp",
                                    "pt_BR": "Confidencial - preparado para Acme Corp"}[language]
        assert footer.right.text == "Página &P de &N"

    feedback = _table_rows(wb[SHEETS[language][9]], "tblFeedback")
    english_feedback = _table_rows(english["Feedback"], "tblFeedback")
    for mine, theirs in zip(feedback, english_feedback, strict=True):
        mine, theirs = list(mine.values()), list(theirs.values())
        assert mine[:3] + mine[5:] == theirs[:3] + theirs[5:]  # dates, people, typed text
        assert mine[3] == SOURCES[language][("Client", "Management").index(theirs[3])]
    comments = [list(r.values())[-1] for r in feedback]
    assert '=HYPERLINK("x") shared ana' in comments  # typed text, kept as text
    assert {list(r.values())[4] for r in feedback} == {
        "es": {"General", "Reconocimiento", "Incidente"},
        "pt_BR": {"Geral", "Reconhecimento", "Ocorrência"}}[language]

    incidents = _table_rows(wb[SHEETS[language][12]], "tblIncidents")
    assert [list(r.values())[3:6] for r in incidents] == [
        ["Wrong refund amount", "Check twice", "Four-eyes rule"]]
    assert list(incidents[0].values())[-1] == {"es": "Resuelto", "pt_BR": "Resolvido"}[language]
    training = _table_rows(wb[SHEETS[language][10]], "tblTraining")
    types = {list(r.values())[4] for r in training}
    assert types == {"es": {"Programa de capacitación", "Certificación"},
                     "pt_BR": {"Programa de treinamento", "Certificação"}}[language]


def test_no_english_heading_is_left_in_the_spanish_pack(packs):
    """Every text cell of the Spanish pack that is not typed data (names, comments, programs)
    is one of the catalogue's words, not the English."""
    english, spanish = load_workbook(packs["en"]), load_workbook(packs["es"])
    typed = {"Acme Corp", "Bright BPO & Co", "Ana Cruz", "Ben Ong", "Cara Diaz", "Mia Lopez",
             "Team lead", "Agent", "Customer empathy", "ITIL Foundation", "Went well",
             "Wrong refund amount", "Check twice", "Four-eyes rule", "v1", "v2",
             "Thank you note from the client", "General", "No", "Mentor", "KPI por agente",
             users.current()["display_name"], f"{users.current()['display_name']}, Bright BPO & Co",
             *(c["name"] for c in competencies.active())}
    english_texts = {v for ws in english for v in _values(ws) if isinstance(v, str)}
    left = {v for ws in spanish.worksheets[1:] for v in _values(ws)
            if isinstance(v, str) and v in english_texts and v not in typed
            and not re.fullmatch(r"[A-Z]\d{3}|.*shared \w+|\w+ \w+ Test User|.*@.*", v)}
    assert left == set()


def test_the_pdf_of_a_spanish_pack_numbers_its_pages_in_spanish(packs):
    """Acme reports in Portuguese by now: the PDF of its Spanish pack stays Spanish (the
    workbook's properties say which language it was written in)."""
    assert clients.by_name("Acme Corp")["report_language"] == "pt_BR"
    assert load_workbook(packs["es"]).properties.language == "es"
    assert load_workbook(packs["pt_BR"]).properties.language == "pt-BR"
    pdf = write_pack_pdf(packs["es"], "Acme Corp", START, END)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Página 1 de " in text and "Page 1 of" not in text
    assert "Confidencial - preparado para Acme Corp" in text
    assert "Acme Corp: paquete de revisión para el cliente, del 1 de enero de 2025" in text
    assert "PORTADA" in text and "RETROALIMENTACIÓN" in text
    # The average rating of the period (4, 5, 3, 3 and 2) with Spanish signs, as Excel shows it.
    assert "3,40" in text and "3.40" not in text


def test_changes_since_an_english_version_are_listed_in_spanish(db, tmp_path):
    """v1 in English, one more shared feedback, v2 in Spanish: the changed figures (registered
    with English labels) are named in Spanish, a KPI's name kept as typed."""
    from mentorapp.services import feedback

    ids = _seed()
    export_client_report("Acme Corp", START, END, tmp_path)
    feedback.create(staff=ids["ana"], client=ids["acme"], source="client",
                    date=dt.date(2025, 3, 1), rating=5, comment="Great", visibility="shareable")
    clients.set_report_language("Acme Corp", "es")
    wb = load_workbook(export_client_report("Acme Corp", START, END, tmp_path))
    rows = _table_rows(wb["Cambios desde la v1"], "tblChanges")
    assert [(r["Indicador"], r["v1"], r["v2"], r["Variación"]) for r in rows] == [
        ("Calificación promedio (1-5)", 3.4, pytest.approx(22 / 6, abs=1e-6),
         pytest.approx(22 / 6 - 3.4, abs=1e-6)),
        ("Retroalimentación recibida", 7, 8, 1), ("del cliente", 5, 6, 1)]
    assert wb["Cambios desde la v1"]["A2"].value == (
        "Los indicadores de esta versión (v2) que difieren de la v1 del mismo período")
