# Mistake: Multiplies by the inverse of X^T X, which the exercise forbids.
# Clue: forbids
def fit_normal_equation(X, y):
    X, y = _design(X, y)
    _require_full_column_rank(X, "singular")
    return np.linalg.inv(X.T @ X) @ (X.T @ y)
