"""The proof run (``make proof``): figures recorded by tests, fuzzers, the report."""
