"""newswire: live news wires in, structured conflict events out."""

__version__ = "0.1.0"
