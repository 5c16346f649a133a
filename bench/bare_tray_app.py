"""The baseline: a bare PySide6 program that shows one window and a tray icon
(``--hidden``: the tray icon only, the window built but not shown, like rlsdesk --hidden)."""

import sys

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon

app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
window = QLabel("bare")
window.setWindowTitle("bare-baseline")
window.resize(980, 660)
pixmap = QPixmap(32, 32)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
if "--hidden" not in sys.argv:
    window.show()
sys.exit(app.exec())
