"""Errors that carry a message meant for the person using rlsdesk."""


class UserError(Exception):
    """Something the person can fix; the message is shown as is, without a traceback."""
