"""The Insights page's charts: focusable widgets with a text alternative (see :mod:`.base`)
around the QPainter plots of :mod:`rlsdesk.paint`, which the PDF report paints too. The
grouping of many nights into pixel columns is pure and lives in
:mod:`rlsdesk.domain.chart_data`."""
