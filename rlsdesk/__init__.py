"""rlsdesk: a calm evening companion for people with restless legs syndrome."""

__version__ = "0.1.0"
APP_NAME = "rlsdesk"
APP_ID = "org.rlsdesk.RlsDesk"  # the desktop entry, icons and AppStream id
