"""Indonesian proofreader (no Qt): one engine for the editor, the CLI and the HTTP server."""
