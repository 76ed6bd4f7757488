"""The printable routine: a report model built from the result, laid out by ReportLab."""
