# Mistake: Solves the normal equations, which are singular when X has dependent columns.
# Clue: dependent columns
def fit_lstsq(X, y):
    X, y = _design(X, y)
    return np.linalg.solve(X.T @ X, X.T @ y)
