# Mistake: Relies on np.linalg.solve to notice a singular X^T X, which rounding leaves barely
#   invertible.
# Clue: check the rank yourself | will solve always notice
def fit_normal_equation(X, y):
    X, y = _design(X, y)
    return np.linalg.solve(X.T @ X, X.T @ y)
