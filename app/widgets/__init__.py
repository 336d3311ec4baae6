"""Building blocks shared by screens and dialogs: labelled fields, notices, the strength meter."""
