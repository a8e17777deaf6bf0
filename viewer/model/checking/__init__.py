"""Checking a dataset against the format: row rules, quotes in their articles, problems and their words."""
