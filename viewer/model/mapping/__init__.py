"""The map without Qt: countries, borders and projection, arrows, labels and where they go."""
