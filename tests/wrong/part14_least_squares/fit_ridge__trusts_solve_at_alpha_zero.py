# Mistake: Relies on np.linalg.solve at alpha = 0, which does not notice a rank-deficient X.
# Clue: check np.linalg.matrix_rank
def fit_ridge(X, y, alpha):
    X, y = _design(X, y)
    if alpha < 0:
        raise ValueError("negative alpha")
    return np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
