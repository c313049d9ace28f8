"""Analyses of a registry: the cross-border gap analysis (rules, command line)."""
