"""Default word packs (YAML data) shipped with the library; loaded via importlib.resources."""
