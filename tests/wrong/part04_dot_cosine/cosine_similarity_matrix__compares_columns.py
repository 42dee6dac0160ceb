# Mistake: Computes U.T @ U, the similarities of the columns instead of the rows.
# Clue: rows, not columns
def cosine_similarity_matrix(X):
    U = _unit_rows(_matrix(X, "X"), "X")
    return np.clip(U.T @ U, -1.0, 1.0)
