"""Operation methods, imported on first use."""
