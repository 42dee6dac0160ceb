# Mistake: Never clips the products of unit rows, so rounding leaves entries just above 1.
# Clue: clip
def cosine_similarity_matrix(X):
    X = _matrix(X, "X")
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    if np.any(norms == 0):
        raise ValueError("zero row")
    U = X / norms
    return U @ U.T
