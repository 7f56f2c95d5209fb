"""The corpus of real layouts: one module per dataset, each with ``CASES``."""
