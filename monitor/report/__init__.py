"""`monitor report`: the weekly review (周报复盘) of alerts, response times, complaints and competitor prices."""
