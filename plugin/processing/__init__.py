"""Processing provider ``tbpa``: one algorithm per user task."""
