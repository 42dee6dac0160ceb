# Mistake: Uses the smallest eigenvalue instead of the largest.
# Clue: every eigenvalue
def max_stable_learning_rate(X):
    X = _design(X)
    eigenvalues = np.linalg.eigvalsh((2.0 / X.shape[0]) * (X.T @ X))
    return float("inf") if eigenvalues[0] <= 1e-12 else float(2.0 / eigenvalues[0])
