# Mistake: Takes the norms along axis 0, so the columns get length 1 instead of the rows.
# Clue: which axis
def cosine_similarity_matrix(X):
    X = _matrix(X, "X")
    _unit_rows(X, "X")
    U = X / np.linalg.norm(X, axis=0, keepdims=True)
    return np.clip(U @ U.T, -1.0, 1.0)
