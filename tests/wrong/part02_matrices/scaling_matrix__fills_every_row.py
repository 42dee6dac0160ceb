def scaling_matrix(factors):
    factors = np.asarray(factors, dtype=float)
    if factors.ndim != 1 or factors.size == 0:
        raise ValueError("bad factors")
    return np.ones((factors.size, factors.size)) * factors
