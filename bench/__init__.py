"""Benchmark harness: seed a database, drive servers with WebSocket clients, compare.

Not part of the test suite and not part of the package; run its modules with
``python -m bench.<module>`` from the repository root. Results go to
``bench/results/`` (kept out of git); the figures we keep are in
``docs/performance.md``.
"""
