"""Storage: SQLModel tables, opening and migrating a database, and the queries over it."""
