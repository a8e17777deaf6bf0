"""Time: each claim's day, the flows as known on a day, and what the timeline draws."""
