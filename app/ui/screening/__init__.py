"""Batch screening in the GUI: score a file of answers or a folder of answers or resumes."""
