# Mistake: Never checks alpha, so a negative alpha is accepted.
# Clue: alpha must be >= 0
def fit_ridge(X, y, alpha):
    X, y = _design(X, y)
    if alpha == 0:
        _require_full_column_rank(X, "singular")
    return np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
