def cosine_similarity_matrix(X):
    X = _matrix(X, "X")
    _unit_rows(X, "X")
    U = X / np.linalg.norm(X, axis=0, keepdims=True)
    return np.clip(U @ U.T, -1.0, 1.0)
