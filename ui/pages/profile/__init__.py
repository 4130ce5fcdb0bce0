"""The staff profile page (`page.py`) and its tabs, one module each."""
