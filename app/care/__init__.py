"""Looking after the vault file and the installation: passphrase, backups, restore, integrity
check, and the self-test."""
