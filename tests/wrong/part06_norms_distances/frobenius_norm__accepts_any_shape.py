def frobenius_norm(A):
    A = np.asarray(A, dtype=float)
    if A.size == 0:
        raise ValueError("A must not be empty")
    return float(np.sqrt(np.sum(A**2)))
