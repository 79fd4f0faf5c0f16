"""Anomaly rules: functions over the stored history that say which conditions hold now. They never send
anything; ``monitor.alerting`` turns what they report into alerts and messages."""
