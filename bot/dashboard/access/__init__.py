"""Who may see the dashboard: sign-in, passwords, sessions and the accounts of staff."""
