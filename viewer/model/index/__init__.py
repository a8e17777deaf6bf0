"""The claims index the views read: sort keys, filter masks and search over a million claims, mended in place."""
