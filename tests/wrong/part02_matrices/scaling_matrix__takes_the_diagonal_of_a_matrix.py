def scaling_matrix(factors):
    factors = np.asarray(factors, dtype=float)
    if factors.size == 0:
        raise ValueError("no factors")
    return np.diag(factors)
