"""HR Desk: offline-first, AI-assisted structured interviews on the company's own machines."""

APP_NAME = "HR Desk"
APP_ID = "hrdesk"
__version__ = "0.1.0"
