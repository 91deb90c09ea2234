"""The audit history: every audit recorded (SQLite by default, PostgreSQL for a team or a fleet), and what is read
back from it: runs, trends, fleet coverage. Sits below workflow (which records) and above render (whose charts
the trend page reuses)."""
