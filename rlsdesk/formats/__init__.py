"""File formats read and written for people: the diary CSV, and where exports may write."""
