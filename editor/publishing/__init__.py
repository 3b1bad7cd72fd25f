"""Getting articles in and out: archive importers and CMS/wire-format exporters."""
