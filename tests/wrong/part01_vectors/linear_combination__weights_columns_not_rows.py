# Mistake: Multiplies the transpose by the coefficients without checking shapes, so 1-D input is
#   taken for a matrix and the coefficients can meet columns instead of rows.
# Clue: per row | one row
def linear_combination(coeffs, vectors):
    return np.asarray(vectors, dtype=float).T @ np.asarray(coeffs, dtype=float)
