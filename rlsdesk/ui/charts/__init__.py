"""The Insights page's charts, painted with QPainter (no matplotlib on screen: that is for
the PDF report only). Each chart is a focusable widget with a text alternative; see
:mod:`.base`. The grouping of many nights into pixel columns is pure and lives in
:mod:`rlsdesk.domain.chart_data`."""
