"""The registry: its record models, the species and range-state catalogues, and the store."""
