def scaling_matrix(factors):
    factors = np.asarray(factors, dtype=float)
    if factors.ndim != 1:
        raise ValueError("bad factors")
    return np.diag(factors)
