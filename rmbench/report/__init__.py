"""Reporting: summary metrics, console reports and leaderboards (reads engine output, never models)."""
