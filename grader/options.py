"""Command-line options shared by the commands that run student code."""

from __future__ import annotations

import click

timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=5.0,
    show_default=True,
    help="Seconds one call of a student function may take.",
)
import_timeout_option = click.option(
    "--import-timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds importing a student module may take.",
)
memory_option = click.option(
    "--memory",
    type=click.IntRange(min=256),
    default=2048,
    show_default=True,
    help="Address-space limit of a sandbox, in MiB.",
)
isolation_option = click.option(
    "--isolation",
    type=click.Choice(["auto", "namespaces", "rlimits"]),
    default="auto",
    show_default=True,
    help="How student code is isolated: namespaces (bubblewrap) where available, or "
    "resource limits only. 'namespaces' fails if they are unavailable.",
)
