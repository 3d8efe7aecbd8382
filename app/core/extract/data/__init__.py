"""Published lists the extractor reads (see README.md beside this file)."""
