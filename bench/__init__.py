"""Benchmarks of vitec_connect's codecs and client against their floors and peers.

``python -m bench.run [--quick] [--out bench/results/latest.json]`` (see ``bench/run.py``).
"""
