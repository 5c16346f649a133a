"""Chart painting with QPainter, without widgets: the Insights page (rlsdesk.ui.charts)
and the clinician's report (rlsdesk.export.report) draw the same charts with it, so screen
and paper agree. A plot is told its data and its rectangle, then paints onto any painter
(a widget's pixmap or a PDF page)."""
