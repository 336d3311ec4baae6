"""What the desktop and the operating system give and take: lock signals, screen capture,
the settings file, safe save places and translations."""
