"""What fills the main window: the unlock and create forms, the notebook, the meeting screen
with its panels, cells and the representative's view."""
