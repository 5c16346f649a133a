"""Use cases shared by the window and the command line.

Routine and plan, diary, preferences, data care.
"""
