"""``python -m grader`` runs the la4ml command."""

from grader.cli import main

main()
