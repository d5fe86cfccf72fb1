"""The review screen of a saved interview: scores, evidence, overrides, PDF report, print.

For other screens: `ReviewWindow` (the whole screen), `RadarChart` (a radar of dimension scores),
`OverrideDialog`, `export_pdf` / `print_report`, and `LiveScoreCurve` for the interview screen.
"""
