"""Anonymous demand statistics for the regional networks (issue 17).

    events.py  – what a turn or a status change counts (pure: states and replies in, events out)
    bot/storage/demand.py – the counters per day, region and dimension, and reading them back
    export.py  – one row per day × need, small counts suppressed, as CSV or XLSX

docs/safety.md says what is counted and why it identifies no one.
"""
