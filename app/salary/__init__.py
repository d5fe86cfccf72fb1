"""Salary: grade tables, suggestions, offers, market data, payroll export, analytics, fairness.

Everything in this package except `commands.py` and the storage-backed services is plain Python
with no Qt and no SQL, so the rules can be tested and reused from the CLI and the GUI alike.
"""
