"""The task helper: results, errors, progress and cancellation come back on the GUI thread."""

import threading

import pytest
from PySide6.QtCore import QThread

from mentorapp.errors import Cancelled
from mentorapp.services import clients
from ui import tasks


def _gui_thread():
    return QThread.currentThread()


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(a, b, *, scale):
        seen["worker"] = threading.get_ident()
        return (a + b) * scale

    def done(result):
        seen["result"] = result
        seen["thread"] = QThread.currentThread()

    task = tasks.run_task(work, 2, 3, scale=10, on_done=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 50
    assert seen["thread"] is _gui_thread()
    assert seen["worker"] != threading.get_ident()
    assert task.done and task not in tasks.active_tasks()


def test_exception_goes_to_on_error(qtbot):
    errors = []

    def work():
        raise ValueError("broken input")

    task = tasks.run_task(work, on_error=errors.append)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert str(errors[0]) == "broken input"


def _held_work(release: threading.Event, fail: bool):
    def work():
        release.wait(5)
        if fail:
            raise ValueError("late failure")
        return "late result"

    return work


@pytest.mark.parametrize("fail", [False, True], ids=["result", "error"])
def test_a_deleted_owner_gets_no_callback(qtbot, fail):
    from PySide6.QtWidgets import QWidget
    from shiboken6 import delete

    calls = []
    owner = QWidget()
    release = threading.Event()
    task = tasks.run_task(_held_work(release, fail), on_done=calls.append,
                          on_error=calls.append, owner=owner)
    delete(owner)  # the page was closed while its work ran
    signal = task.failed if fail else task.finished
    with qtbot.waitSignal(signal, timeout=5000):
        release.set()
    assert calls == []
    assert task not in tasks.active_tasks()


@pytest.mark.parametrize("fail", [False, True], ids=["result", "error"])
def test_a_live_owner_gets_its_callback(qtbot, fail):
    from PySide6.QtWidgets import QWidget

    calls = []
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    task = tasks.run_task(_held_work(release, fail), on_done=calls.append,
                          on_error=calls.append, owner=owner)
    signal = task.failed if fail else task.finished
    with qtbot.waitSignal(signal, timeout=5000):
        release.set()
    assert len(calls) == 1
    if fail:
        assert isinstance(calls[0], ValueError) and str(calls[0]) == "late failure"
    else:
        assert calls == ["late result"]


def test_run_now_calls_back_at_once():
    results, errors = [], []
    tasks.run_now(lambda a, b: a * b, 6, 7, on_done=results.append, on_error=errors.append)
    assert results == [42] and errors == []

    def broken():
        raise ValueError("no")

    tasks.run_now(broken, on_done=results.append, on_error=errors.append)
    assert results == [42] and [str(e) for e in errors] == ["no"]


def test_run_now_skips_a_deleted_owner(qtbot):
    from PySide6.QtWidgets import QWidget
    from shiboken6 import delete

    owner = QWidget()
    delete(owner)
    calls = []
    tasks.run_now(lambda: 1, on_done=calls.append, owner=owner)
    assert calls == []


def test_progress_is_reported_and_cancel_stops_the_work(qtbot):
    started = threading.Event()
    release = threading.Event()
    reports, errors, steps_done = [], [], []

    def long_job(total, progress):
        for step in range(1, total + 1):
            if step == 2:
                started.set()
                release.wait(5)
            progress(step, total)
            steps_done.append(step)
        return "finished"

    task = tasks.run_task(long_job, 1000, progress=lambda d, t: reports.append((d, t)),
                          on_error=errors.append, on_done=lambda r: errors.append(r))
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert task.cancelled
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert steps_done == [1]
    assert reports == [(1, 1000)]


def test_progress_reports_reach_the_end(qtbot):
    reports = []

    def job(progress):
        for step in range(1, 501):
            progress(step, 500)
        return step

    task = tasks.run_task(job, progress=lambda d, t: reports.append((d, t)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: reports and reports[-1] == (500, 500), timeout=2000)
    assert len(reports) < 500  # throttled, not one queued event per row


def test_worker_uses_its_own_database_connection(qtbot, ui_db):
    created = clients.create(name="Acme Support")
    seen = {}

    def work():
        seen["conn"] = id(ui_db.connection())
        return [c["name"] for c in clients.list()]

    task = tasks.run_task(work, on_done=lambda names: seen.setdefault("names", names))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["names"] == [created["name"]]
    assert seen["conn"] != id(ui_db.connection())


def test_unhandled_error_goes_to_the_excepthook(qtbot, monkeypatch):
    hooked = []
    monkeypatch.setattr("sys.excepthook", lambda *info: hooked.append(info[1]))

    def work():
        raise RuntimeError("bug")

    task = tasks.run_task(work)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert [str(e) for e in hooked] == ["bug"]


def test_cancelled_error_is_not_reported_by_default(qtbot, monkeypatch):
    hooked = []
    monkeypatch.setattr("sys.excepthook", lambda *info: hooked.append(info[1]))

    def work():
        raise Cancelled("stopped")

    task = tasks.run_task(work)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert hooked == []


@pytest.mark.parametrize("name", ["app", "dashboard"])
def test_icons_are_found(qtbot, name):
    from ui import resources

    assert resources.resource_path("icons", f"{name}.svg").is_file()
    assert not resources.icon(name).isNull()


def test_resources_found_in_a_bundle(monkeypatch, tmp_path):
    from ui import resources

    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("icons", "x.svg") == tmp_path / "resources" / "icons" / "x.svg"


def test_many_signal_emits_do_not_free_true(qapp):
    """PySide6 6.12.0 on CPython 3.11 loses a reference to True on every emit and aborts the
    interpreter ("deallocating True or False"); requirements.txt keeps it out (< 6.12)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        pinged = Signal()

    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(20_000):  # True has only a few hundred references at startup
        emitter.pinged.emit()
    assert sys.getrefcount(True) >= before
