def trace(A):
    return float(np.trace(_matrix(A, "A")))
