def cosine_similarity_matrix(X):
    X = _matrix(X, "X")
    _unit_rows(X, "X")
    return X @ X.T
