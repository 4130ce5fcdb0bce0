"""The reports, in one place for the GUI and the command line.

Every function writes one .xlsx file (atomically: an earlier file of the same name survives
any failure) and returns its path. `progress(done, total)`, when given, is called now and
then; raising `mentorapp.errors.Cancelled` from it stops the export and writes nothing.
"""

from mentorapp.excel.client_report import export_client_report
from mentorapp.excel.mentoring_report import export_mentoring_report
from mentorapp.excel.staff_report import export_staff_report
from mentorapp.excel.table_export import export_table
from mentorapp.excel.training_matrix import export_training_matrix

__all__ = ["export_client_report", "export_mentoring_report", "export_staff_report",
           "export_table", "export_training_matrix"]
