"""People and staff: what a person asked to be remembered, staff accounts, sessions and the audit trail."""
