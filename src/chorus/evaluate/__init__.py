"""Evaluation, kept apart from the pipeline: it only calls the pipeline's public stages."""
