"""Developer tools: the translation template's extraction (translations.py) and the chime's tones."""
