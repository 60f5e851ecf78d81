"""Checks: rules in a registry, each with an id, a severity, a description and one function."""
