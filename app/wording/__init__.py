"""What the user reads: vault error codes, warnings and document kinds in Dutch and English."""
