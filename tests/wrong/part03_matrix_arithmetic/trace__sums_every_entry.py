def trace(A):
    return float(_square(A, "A").sum())
