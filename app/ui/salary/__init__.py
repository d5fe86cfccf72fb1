"""The salary screens: offers, grade tables, market data, analytics, fairness.

`app.ui.salary.install.install(window)` adds them to the main window (listed in
app.ui.app.WINDOW_EXTENSIONS); `install.open_offer(...)` opens the offer screen from elsewhere.
"""
