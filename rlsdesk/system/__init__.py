"""Small infrastructure: file locations, the local zone, logging, resources, user errors."""
