# Mistake: Loops from index 1, an off-by-one that leaves out the first vector and its coefficient.
# Clue: the first one included | off-by-one
def linear_combination(coeffs, vectors):
    coeffs, vectors = np.asarray(coeffs, dtype=float), np.asarray(vectors, dtype=float)
    if coeffs.ndim != 1 or vectors.ndim != 2 or len(coeffs) != len(vectors) or len(coeffs) == 0:
        raise ValueError("bad shapes")
    total = np.zeros(vectors.shape[1])
    for i in range(1, len(coeffs)):
        total += coeffs[i] * vectors[i]
    return total
