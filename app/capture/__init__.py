"""Camera frames, microphone / file audio, crash-safe answer recording and video observations."""
