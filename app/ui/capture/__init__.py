"""Capture in the desktop app: the panel the interview screen hosts, speech model settings, recovery."""
