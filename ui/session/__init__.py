"""The programme on screen: its phase, today's guided session, reminders."""
