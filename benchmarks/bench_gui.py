"""GUI benchmark on a big database: medians of process start to main window shown (and a bare
PySide6 window in the same run), opening the Staff page, one keystroke of staff search and
opening a staff profile.

    .venv/bin/python main.py --db /tmp/big.db demo --staff 50000     # once (about 30 s)
    .venv/bin/python benchmarks/bench_gui.py --db /tmp/big.db [--runs N] [--starts N]
        [--compare OTHER_CHECKOUT]

Windows are drawn offscreen (QT_QPA_PLATFORM=offscreen unless set; under X11 set
QT_QPA_PLATFORM=xcb and DISPLAY). "Shown" is the first paint of the window. Staff page and
profile are timed until their rows are on screen (the work on the thread pool included); the
search keystroke until the table shows the new rows, with and without the page's typing
pause (the delay that waits for the next key).
The window frame is drawn before the database is opened; "dashboard filled in" is process
start to the dashboard's figures on screen. `--compare` times the main window's start of
another checkout too (a `git worktree` of an earlier commit), alternately with this one's.
Every kind of start runs once before the timed ones, and the processes may write their
bytecode (as an installed application has it): a source compiled at every start would be
timed instead.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGETS_MS = {"main window shown": 1500, "staff page open": 300,
              "search keystroke (work)": 100, "staff profile open": 300}
RATIO_TARGET = 1.6  # main window shown / bare window shown
SHOWN = "WINDOW-SHOWN"


# -- child processes: start, show the first paint, exit ----------------------------------------
def _exit_on_first_paint(window) -> None:
    """Exit at `window`'s first paint. The filter watches that window only: one on the whole
    application made Python wrap every object that gets an event, loading and building
    types the application itself never loads before its first paint (and more of them for the
    main window than for the bare one)."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print(SHOWN, time.process_time(), flush=True)
                os._exit(0)
            return False

    window._first_paint = FirstPaint()
    window.installEventFilter(window._first_paint)


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _exit_on_first_paint(window)
    window.show()
    app.exec()


def _exit_when_dashboard_filled() -> None:
    from ui.pages.dashboard_page import DashboardPage

    show_figures = DashboardPage.show_figures

    def show_and_exit(self, figures):
        show_figures(self, figures)
        self.repaint()
        print(SHOWN, time.process_time(), flush=True)
        os._exit(0)

    DashboardPage.show_figures = show_and_exit


def child_app(target: str, through_main: bool = True, until_dashboard: bool = False) -> None:
    """`python main.py --db TARGET` (or `run_gui(TARGET)` alone, without main.py's
    command-line set-up), exiting at the main window's first paint (or once the dashboard
    shows its figures)."""
    import runpy

    from ui import app as app_module

    new_application = app_module.new_application

    def make_and_watch():
        from ui.main_window import MainWindow

        app = new_application()
        if until_dashboard:
            _exit_when_dashboard_filled()
        else:
            show = MainWindow.show

            def show_and_watch(window):
                _exit_on_first_paint(window)
                show(window)

            MainWindow.show = show_and_watch
        return app

    app_module.new_application = make_and_watch
    if not through_main:
        app_module.run_gui(target)
        return
    sys.argv = [str(ROOT / "main.py"), "--db", target]
    runpy.run_path(str(ROOT / "main.py"), run_name="__main__")


def time_process(args: list[str], root: Path = ROOT) -> tuple[float, float]:
    """Seconds from starting a Python process (this benchmark in checkout `root`) to its
    window's first paint, and the CPU seconds the process used until then (steadier than the
    wall clock on a shared machine, where a process that runs longer also waits longer for
    the CPU)."""
    import subprocess

    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(root / "benchmarks" / "bench_gui.py"),
                                *args], stdout=subprocess.PIPE, text=True, cwd=root,
                               env=environment)
    for line in process.stdout:
        if line.startswith(SHOWN):
            elapsed = time.perf_counter() - started
            process.wait()
            return elapsed, float(line.split()[1])
    process.wait()
    raise RuntimeError(f"{args} exited with {process.returncode} before showing a window")


# -- in-process figures ------------------------------------------------------------------------
def wait_idle(app, timeout_s: float = 60) -> None:
    from ui import tasks

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if not tasks.active_tasks():
            app.processEvents()
            return
        time.sleep(0.0005)
    raise TimeoutError("tasks still running")


def open_staff_page(app, window) -> float:
    page = window.pages.pop("staff", None)
    if page is not None:
        window.stack.removeWidget(page)
        page.deleteLater()
        app.processEvents()
    started = time.perf_counter()
    page = window.show_page("staff")
    wait_idle(app)
    page.view.viewport().repaint()
    elapsed = time.perf_counter() - started
    assert page.model.rowCount() > 0, "the staff page shows no rows"
    return elapsed


def search_keystroke(app, page, text: str) -> tuple[float, float]:
    """Typing the last letter of `text`: (keystroke to rows shown, typing pause included;
    the search itself, from the end of the pause to rows shown)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def set_text(value: str) -> None:
        page.search.blockSignals(True)
        page.search.setText(value)
        page.search.blockSignals(False)
        page.apply_search()
        wait_idle(app)

    set_text(text[:-1])
    started = time.perf_counter()
    QTest.keyClick(page.search, text[-1], Qt.KeyboardModifier.NoModifier)
    while page._timer.isActive():
        app.processEvents()
        time.sleep(0.0005)
    wait_idle(app)
    page.view.viewport().repaint()
    typed = time.perf_counter() - started
    assert page.search.text() == text and page.model.rowCount() > 0, f"no match for {text!r}"

    set_text(text[:-1])
    page.search.blockSignals(True)
    page.search.setText(text)
    page.search.blockSignals(False)
    started = time.perf_counter()
    page.apply_search()
    wait_idle(app)
    page.view.viewport().repaint()
    return typed, time.perf_counter() - started


def open_profile(app, window, staff_id: int) -> float:
    started = time.perf_counter()
    profile = window.open_staff(staff_id)
    wait_idle(app)
    profile.repaint()
    return time.perf_counter() - started


def median_ms(values: list[float]) -> float:
    import statistics

    return statistics.median(values) * 1000


def main(argv=None) -> int:
    import argparse
    import random

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a database holding demo data")
    parser.add_argument("--runs", type=int, default=15, help="runs of each in-window figure")
    parser.add_argument("--starts", type=int, default=7, help="process starts of each kind")
    parser.add_argument("--compare", type=Path, metavar="CHECKOUT",
                        help="also time the main window's start of this other checkout")
    args = parser.parse_args(argv)

    kinds = {"bare": (["--child-bare"], ROOT), "full": (["--child-app", args.db], ROOT),
             "gui_only": (["--child-gui", args.db], ROOT),
             "filled": (["--child-dashboard", args.db], ROOT)}
    if args.compare:
        kinds["other"] = (["--child-app", args.db], args.compare.resolve())
    for child_args, root in kinds.values():  # bytecode written, files read once
        time_process(child_args, root)
    starts = {kind: [] for kind in kinds}
    loads = []
    for number in range(args.starts):  # interleaved so all see the same machine load
        order = list(kinds)
        if args.compare and number % 2:  # this checkout and the other one take turns first
            order[1], order[-1] = order[-1], order[1]
        for kind in order:
            starts[kind].append(time_process(*kinds[kind]))
        loads.append(os.getloadavg()[0])
    bare, full, gui_only, filled = (starts[kind] for kind in ("bare", "full", "gui_only",
                                                               "filled"))

    from mentorapp import opening
    from mentorapp.services import staff
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application()
    opening.open_database(args.db)
    count = staff.count()
    window = MainWindow(args.db)
    window.resize(1400, 900)
    window.show()
    wait_idle(app)
    page_times = [open_staff_page(app, window) for _ in range(args.runs)]
    page = window.pages["staff"]
    surnames = [row["last_name"] for row in staff.list(limit=400, sort="name")]
    words = random.Random(1).sample(sorted(set(surnames)), k=min(args.runs, len(set(surnames))))
    searches = [search_keystroke(app, page, word[:3]) for word in words]
    ids = [row["id"] for row in staff.list(limit=2000)]
    profiles = [open_profile(app, window, staff_id)
                for staff_id in random.Random(2).sample(ids, k=args.runs)]
    window.close()

    def wall(runs):
        return median_ms([elapsed for elapsed, _ in runs])

    def cpu(runs):
        return median_ms([used for _, used in runs])

    figures = {
        "bare PySide6 window shown": wall(bare),
        "main window shown": wall(full),
        "  of which run_gui alone": wall(gui_only),
        "dashboard filled in (figures shown)": wall(filled),
        "staff page open": median_ms(page_times),
        "search keystroke (typing pause + work)": median_ms([s[0] for s in searches]),
        "search keystroke (work)": median_ms([s[1] for s in searches]),
        "staff profile open": median_ms(profiles),
    }
    print(f"GUI on {opening.describe_target(args.db)}: {count:,} staff; medians of "
          f"{args.starts} process starts and {args.runs} runs "
          f"(platform {os.environ['QT_QPA_PLATFORM']}; load average during the starts "
          f"{min(loads):.1f} to {max(loads):.1f})")
    for name, value in figures.items():
        target = TARGETS_MS.get(name)
        verdict = "" if target is None else \
            f"  (target {target} ms: {'ok' if value <= target else 'MISSED'})"
        print(f"  {name:<40} {value:8.1f} ms{verdict}")
    compared = [("main window shown", full), ("of which run_gui alone", gui_only)]
    if args.compare:
        print(f"  {'main window shown, ' + str(args.compare):<40} {wall(starts['other']):8.1f} ms")
        compared.append((f"{args.compare}: main window shown", starts["other"]))
    for name, runs in compared:
        for clock, median in (("wall clock", wall), ("CPU time", cpu)):
            ratio = median(runs) / median(bare)
            print(f"  {name + ' / bare window, ' + clock:<52} {ratio:5.2f} x  "
                  f"(target {RATIO_TARGET} x: {'ok' if ratio <= RATIO_TARGET else 'MISSED'})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-bare":
        child_bare()
    elif len(sys.argv) > 2 and sys.argv[1] in ("--child-app", "--child-gui",
                                                "--child-dashboard"):
        child_app(sys.argv[2], through_main=sys.argv[1] != "--child-gui",
                  until_dashboard=sys.argv[1] == "--child-dashboard")
    else:
        sys.exit(main())
