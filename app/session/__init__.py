"""The open vault's life, whatever screen shows it: the application context, slow work on
worker threads, automatic locking and the demo vault."""
