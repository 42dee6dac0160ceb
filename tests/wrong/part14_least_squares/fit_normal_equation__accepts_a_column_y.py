# Mistake: Never checks that y is 1-D, so a column y gives a (d, 1) result.
# Clue: 1-D vector
def fit_normal_equation(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or X.size == 0:
        raise ValueError("bad X")
    _require_full_column_rank(X, "singular")
    return np.linalg.solve(X.T @ X, X.T @ y)
