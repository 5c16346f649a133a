"""Wording for people: translation and clock/date formats, for the window and reminders."""
