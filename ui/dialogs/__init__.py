"""Form dialogs for creating and editing records."""
