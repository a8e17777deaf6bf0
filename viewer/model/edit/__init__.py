"""Editing a dataset's files without disturbing what is already written."""
