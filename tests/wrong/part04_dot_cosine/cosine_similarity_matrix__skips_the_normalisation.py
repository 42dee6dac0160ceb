# Mistake: Returns the plain Gram matrix X X^T without dividing the rows by their norms.
# Clue: length 1
def cosine_similarity_matrix(X):
    X = _matrix(X, "X")
    _unit_rows(X, "X")
    return X @ X.T
