"""The roles a person can have in shared mode (kept apart from the models so that the command
line's argument parser, built before the window is drawn, loads no database driver). `qa` is a
QA lead: reads every evaluation and staff member, writes scorecards, evaluations, calibrations
and dispute decisions (issue 15)."""

USER_ROLES = ("admin", "hr", "operations", "account_manager", "mentor", "agent", "qa")
