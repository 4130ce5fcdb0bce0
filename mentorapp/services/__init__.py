"""Use cases over the models: validation, one transaction per call, audit, plain data out.

Each module exposes functions named after what they do (`staff.create`, `staff.list`,
`feedback.create`, `dashboard.figures`); the GUI, CLI and Excel code call only these.
"""
