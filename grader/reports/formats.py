"""The report formats of ``la4ml grade --format`` (a list the command line reads cheaply)."""

FORMATS = ("table", "json", "junit", "gradescope", "classroom")
