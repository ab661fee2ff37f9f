"""HTTP channel: the Rasa-compatible REST webhook, the match API and the demo page."""
