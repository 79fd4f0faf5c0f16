"""Anomaly rules: functions over the stored history that return alert events. They never send anything."""
