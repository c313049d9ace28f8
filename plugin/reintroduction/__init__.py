"""Reintroduction programmes: totals per species and the chart of animals released per year."""
