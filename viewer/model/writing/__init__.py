"""Writing files so that a crash, a full disk or a planted link never leaves a half file: exports and saves."""
