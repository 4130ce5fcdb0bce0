"""Excel: safe cell writing, reports, import templates and importers (no Qt here)."""
