"""Reports and presentations: what they hold, as data and as one self-contained HTML file."""
