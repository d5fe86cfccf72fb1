"""PySide6 views and controllers. No SQL and no model code here: call app.services."""
