"""Generators for the qa task's built-in data (run ``python -m tasks.qa.build.build`` from the repo root)."""
