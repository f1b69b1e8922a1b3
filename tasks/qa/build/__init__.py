"""Generators for the qa task's built-in data (run ``python -m tasks.qa.build.make_items`` from the repo root)."""
