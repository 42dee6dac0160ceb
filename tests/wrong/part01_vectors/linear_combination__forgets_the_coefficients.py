# Mistake: Sums the vectors without multiplying them by their coefficients.
# Clue: coefficient
def linear_combination(coeffs, vectors):
    coeffs, vectors = np.asarray(coeffs, dtype=float), np.asarray(vectors, dtype=float)
    if coeffs.ndim != 1 or vectors.ndim != 2 or len(coeffs) != len(vectors) or len(coeffs) == 0:
        raise ValueError("bad shapes")
    return vectors.sum(axis=0)
