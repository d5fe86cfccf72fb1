from sqlalchemy import text


def test_database_reachable(database):
    with database.session() as s:
        assert s.execute(text("select 1")).scalar() == 1
