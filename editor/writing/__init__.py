"""Writing-desk logic without Qt: text statistics, house limits, required fields, slugs,
the gazetteer, the preview renderer and the crash-recovery journal."""
