"""Local stand-ins for the outside world: chat robot APIs and an SMTP server, on 127.0.0.1."""
