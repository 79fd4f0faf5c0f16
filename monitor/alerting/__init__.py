"""Alert lifecycle: events to alerts, alerts to outbox rows, outbox rows to delivered messages."""
