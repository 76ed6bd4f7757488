"""The programme: phases, progression from the exercise log, today's guided session, reminders."""
