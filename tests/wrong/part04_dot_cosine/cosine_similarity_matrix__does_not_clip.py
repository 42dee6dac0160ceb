def cosine_similarity_matrix(X):
    X = _matrix(X, "X")
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    if np.any(norms == 0):
        raise ValueError("zero row")
    U = X / norms
    return U @ U.T
