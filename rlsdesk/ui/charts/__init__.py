"""Chart widgets for the Insights page. Importing :mod:`.canvas` imports matplotlib: do it
only when the page is first shown."""
