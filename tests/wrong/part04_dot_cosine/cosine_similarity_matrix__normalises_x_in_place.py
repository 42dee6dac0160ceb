# Mistake: Divides the caller's float array in place by plain norms, whose squares overflow for
#   entries near 1e200.
# Clue: overflow | in place
def cosine_similarity_matrix(X):
    X = np.asarray(X, dtype=float)
    _unit_rows(_matrix(X, "X"), "X")
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    return np.clip(X @ X.T, -1.0, 1.0)
