"""The application's pages: each a QWidget with `refresh()` (see ui.main_window)."""
