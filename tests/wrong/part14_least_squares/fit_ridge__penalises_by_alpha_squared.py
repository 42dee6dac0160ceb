# Mistake: Adds alpha squared instead of alpha to the diagonal.
# Clue: not alpha squared
def fit_ridge(X, y, alpha):
    X, y = _design(X, y)
    if alpha < 0:
        raise ValueError("negative alpha")
    if alpha == 0:
        _require_full_column_rank(X, "singular")
    return np.linalg.solve(X.T @ X + alpha**2 * np.eye(X.shape[1]), X.T @ y)
