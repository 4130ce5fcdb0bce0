"""The messages of reading and importing a spreadsheet follow the window's language (issue 18):
real wrong files give Spanish once the window is in Spanish, and exactly the old English
otherwise (the CLI never sets a language)."""

import datetime as dt

import pytest
from records import make_kpi_metric

from mentorapp import translations
from mentorapp.errors import UserError
from mentorapp.excel import reading
from mentorapp.excel.importing import import_file
from mentorapp.excel.importing.kpi import _either, import_kpi
from mentorapp.excel.reading import open_table
from mentorapp.excel.safe_cells import check_target
from tests.mentorapp.excel.test_import import write_xlsx

pytestmark = pytest.mark.parametrize("db", ["sqlite"], indirect=True)  # words, not storage

STAFF_HEADER = ["Employee ID", "First Name", "Last Name", "Email", "Hire Date", "Status"]


@pytest.fixture
def spanish():
    translations.set_display_language("es")
    yield
    translations.set_display_language("en")


def refusal(path, **options) -> str:
    with pytest.raises(UserError) as raised:
        list(open_table(path, **options).rows())
    return str(raised.value)


def problems(result) -> list[tuple]:
    return [(p.row, p.column, p.message, str(p)) for p in result.problems]


@pytest.fixture
def renamed_text(db, tmp_path):
    path = tmp_path / "upload.xlsx"
    path.write_bytes(b"Employee ID,Name\nE1,Ann\n")
    return path


def test_a_text_file_renamed_xlsx(renamed_text):
    assert refusal(renamed_text) == ("upload.xlsx is not an Excel workbook (.xlsx, .xls, .xlsb "
                                     "or .ods) or a CSV file")
    assert refusal(renamed_text, allow_csv=False) == (
        "upload.xlsx is not an Excel workbook (.xlsx, .xls, .xlsb or .ods)")


def test_a_text_file_renamed_xlsx_in_spanish(renamed_text, spanish):
    assert refusal(renamed_text) == ("upload.xlsx no es un libro de Excel (.xlsx, .xls, .xlsb "
                                     "u .ods) ni un archivo CSV")
    with pytest.raises(UserError, match="^upload.xlsx no es un libro de Excel"):
        import_file("staff", renamed_text)


def test_a_truncated_workbook_names_its_kind_in_spanish(db, tmp_path, spanish):
    whole = write_xlsx(tmp_path / "t.xlsx", [["a"]] + [[i] for i in range(2000)])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:100])
    assert refusal(cut) == ("cut.xlsx está dañado o incompleto: no se puede leer como libro de "
                            "Excel (¿se interrumpió la descarga? vuelva a guardarlo desde Excel)")


def test_a_file_over_the_size_cap(db, tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "big.xlsx", [["text"]] + [["same words " * 20]] * 3000)
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    english = refusal(path)
    translations.set_display_language("es")
    try:
        spanish = refusal(path)
        monkeypatch.setattr(reading, "MAX_FILE_BYTES", 10**9)
        monkeypatch.setattr(reading, "MAX_ROWS", 2999)
        rows_spanish = refusal(path)
    finally:
        translations.set_display_language("en")
    rows_english = refusal(path)
    assert english == "big.xlsx is 0 MB; the largest file accepted is 0 MB"
    assert spanish == "big.xlsx ocupa 0 MB; el archivo más grande que se acepta es de 0 MB"
    # counts in the language's digits
    assert rows_english == ("big.xlsx (sheet 'Sheet') has more than 2,999 rows; split it into "
                            "smaller files")
    assert rows_spanish == ("big.xlsx (hoja 'Sheet') tiene más de 2.999 filas; divídalo en "
                            "archivos más pequeños")


@pytest.fixture
def roster_without_ids(db, tmp_path):
    """A roster missing its required Employee ID column, with a column no import knows."""
    return write_xlsx(tmp_path / "roster.xlsx", [
        ["First Name", "Last Name", "Shoe Size"], ["Ann", "Lee", 38]])


def test_a_missing_required_column(roster_without_ids):
    result = import_file("staff", roster_without_ids, dry_run=True)
    assert problems(result) == [(1, "Employee ID", "required column is missing from the header "
                                 "row", "row 1, column Employee ID: required column is missing "
                                 "from the header row")]
    assert result.warnings == ["Column 'Shoe Size' is not part of a staff import and was "
                               "ignored"]


def test_a_missing_required_column_in_spanish(roster_without_ids, spanish):
    result = import_file("staff", roster_without_ids, dry_run=True)
    # the column keeps the file's English header
    assert problems(result) == [(1, "Employee ID", "falta esta columna obligatoria en la fila "
                                 "de encabezados", "fila 1, columna Employee ID: falta esta "
                                 "columna obligatoria en la fila de encabezados")]
    assert result.warnings == ["La columna 'Shoe Size' no forma parte de una importación de "
                               "personal y se ignoró"]


@pytest.fixture
def bad_rows(db, tmp_path):
    """A roster whose row 2 has a date no one can read and row 3 a formula."""
    return write_xlsx(tmp_path / "roster.xlsx", [
        STAFF_HEADER,
        ["E1", "Ann", "Lee", "ann@x.com", "someday", "active"],
        ["E2", "Bob", "Ray", "bob@x.com", dt.date(2024, 1, 2), "=A2"]])


def test_bad_cells_in_rows(bad_rows):
    assert problems(import_file("staff", bad_rows, dry_run=True)) == [
        (2, "Hire Date", "is not a date (use YYYY-MM-DD)",
         "row 2, column Hire Date: is not a date (use YYYY-MM-DD) (someday)"),
        (3, "Status", "is a formula; type the value itself",
         "row 3, column Status: is a formula; type the value itself (=A2)")]


def test_bad_cells_in_rows_in_spanish(bad_rows, spanish):
    assert problems(import_file("staff", bad_rows, dry_run=True)) == [
        (2, "Hire Date", "no es una fecha (use AAAA-MM-DD)",
         "fila 2, columna Hire Date: no es una fecha (use AAAA-MM-DD) (someday)"),
        (3, "Status", "es una fórmula; escriba el valor en sí",
         "fila 3, columna Status: es una fórmula; escriba el valor en sí (=A2)")]


def test_kpi_header_problems_in_spanish(db, tmp_path, spanish):
    path = write_xlsx(tmp_path / "kpi.xlsx", [["Employee ID", "Date", "Value"],
                                              ["E1", dt.date(2026, 5, 1), 3]])
    result = import_kpi(path, dry_run=True)
    assert [p.message for p in result.problems] == [
        "una columna Value o Count necesita una columna Metric (formato largo)"]


KPI_ROW_PROBLEMS = {
    "en": [(2, "Metric", "Acme has no metric of this name"),
           (3, "Count", "AHT is weighted: its count is required"),
           (4, "Count", "a count cannot be negative")],
    "es": [(2, "Metric", "Acme no tiene ninguna métrica con este nombre"),
           (3, "Count", "AHT es ponderada: su conteo es obligatorio"),
           (4, "Count", "un conteo no puede ser negativo")]}


@pytest.mark.parametrize("language", KPI_ROW_PROBLEMS)
def test_kpi_row_problems(db, make, tmp_path, language):
    client = make.client("Acme")
    make_kpi_metric(make, client, name="AHT", unit="seconds", better="lower", target=300,
                    rollup="weighted", weight_column="Handled")
    make.staff("Ann", "Lee", client=client, employee_id="E1")
    path = write_xlsx(tmp_path / "kpi.xlsx", [
        ["Employee ID", "Date", "Metric", "Value", "Count"],
        ["E1", dt.date(2026, 5, 1), "Speed", 3, None],
        ["E1", dt.date(2026, 5, 1), "AHT", 280, None],
        ["E1", dt.date(2026, 5, 2), "AHT", 280, -1]])
    translations.set_display_language(language)
    try:
        result = import_kpi(path, dry_run=True)
        either = _either(["Acme", "Globex", "Initech"])
    finally:
        translations.set_display_language("en")
    assert [(p.row, p.column, p.message) for p in result.problems] == KPI_ROW_PROBLEMS[language]
    assert either == {"en": "Acme or Globex or Initech", "es": "Acme o Globex o Initech"}[language]


def test_a_folder_that_does_not_exist_in_spanish(db, tmp_path, spanish):
    folder = tmp_path / "gone"
    with pytest.raises(UserError) as raised:
        check_target(folder / "out.xlsx")
    assert str(raised.value) == (f"No se puede guardar out.xlsx: la carpeta {folder.resolve()} "
                                 "no existe")
