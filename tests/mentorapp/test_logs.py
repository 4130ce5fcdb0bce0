import logging

from mentorapp import logs


def test_file_log_writes_to_the_user_log_folder_once(tmp_path):
    root = logging.getLogger()
    try:
        first = logs.start_file_log()
        path = logs.start_file_log()  # a second start replaces the first handler
        assert first == path and str(tmp_path) in str(path)  # user folders are redirected
        mine = [h for h in root.handlers if getattr(h, "mentorapp_file_log", False)]
        assert len(mine) == 1
        logging.getLogger("mentorapp.test").error("written to the file")
        mine[0].flush()
        assert "written to the file" in path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "mentorapp_file_log", False)]:
            root.removeHandler(handler)
            handler.close()
