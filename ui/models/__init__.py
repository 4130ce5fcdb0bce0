"""Qt item models over the services' plain rows (no queries are built here)."""
