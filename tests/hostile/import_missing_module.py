import numpy_but_faster  # noqa: F401
