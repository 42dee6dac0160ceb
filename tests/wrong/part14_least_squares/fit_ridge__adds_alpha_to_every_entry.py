# Mistake: Adds alpha to every entry of X^T X instead of its diagonal.
# Clue: which entries of the matrix
def fit_ridge(X, y, alpha):
    X, y = _design(X, y)
    if alpha < 0:
        raise ValueError("negative alpha")
    if alpha == 0:
        _require_full_column_rank(X, "singular")
    return np.linalg.solve(X.T @ X + alpha, X.T @ y)
