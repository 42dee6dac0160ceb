# Mistake: Adds a column of ones to X, which the contract does not ask for, so a design that
#   already has one becomes singular.
# Clue: intercept
def fit_normal_equation(X, y):
    X, y = _design(X, y)
    X = np.hstack([np.ones((X.shape[0], 1)), X])
    _require_full_column_rank(X, "singular")
    return np.linalg.solve(X.T @ X, X.T @ y)
