# Mistake: Leaves the first weight out of the penalty, as if it were an intercept, although the
#   contract penalises every weight.
# Clue: every weight included
def fit_ridge(X, y, alpha):
    X, y = _design(X, y)
    if alpha < 0:
        raise ValueError("negative alpha")
    if alpha == 0:
        _require_full_column_rank(X, "singular")
    penalty = alpha * np.eye(X.shape[1])
    penalty[0, 0] = 0.0
    return np.linalg.solve(X.T @ X + penalty, X.T @ y)
