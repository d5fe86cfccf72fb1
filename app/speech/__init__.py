"""Offline speech: Vosk recognizer, word timings, delivery features and the model installer."""
