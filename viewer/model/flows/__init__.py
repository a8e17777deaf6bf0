"""Flows: how claims add up per origin and destination, how they relate, and how figures are worded."""
