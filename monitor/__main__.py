from monitor.cli.main import app

app()
