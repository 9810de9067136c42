"""Benchmarks and the synthetic wire corpus they (and the fault tests) use."""
