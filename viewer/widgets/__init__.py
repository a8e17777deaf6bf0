"""Widgets: each receives the shared AppModel and talks only to it."""
