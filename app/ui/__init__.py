"""The Qt shell of Briefing Builder: windows, panels, Qt models, dialogs, undo commands."""
