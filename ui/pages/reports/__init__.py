"""The Reports page: a reports tab and an import tab sharing one progress helper."""
