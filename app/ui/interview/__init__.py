"""The interview area of the GUI: start, consent, run, end, save, list, recover."""
