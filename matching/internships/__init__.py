"""The internship engine's pure parts: the model, the law, travel, ranking and assignment."""
