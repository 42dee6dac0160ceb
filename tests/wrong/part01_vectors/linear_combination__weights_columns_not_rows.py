def linear_combination(coeffs, vectors):
    return np.asarray(vectors, dtype=float).T @ np.asarray(coeffs, dtype=float)
