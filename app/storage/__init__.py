"""Storage: SQLAlchemy mapping, engines, repositories and migrations. No Qt here."""
