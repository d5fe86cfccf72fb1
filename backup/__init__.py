"""Nightly backups for HR Desk: consistent snapshot, media copy, manifest, encryption, verify,
retention, restore and the scheduler. Uses app.storage to learn the engine, never app.ui."""
