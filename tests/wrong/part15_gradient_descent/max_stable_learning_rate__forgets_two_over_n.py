# Mistake: Takes the eigenvalues of X^T X instead of the Hessian (2 / n) X^T X.
# Clue: mind its scaling
def max_stable_learning_rate(X):
    X = _design(X)
    largest = np.linalg.eigvalsh(X.T @ X)[-1]
    return float("inf") if largest <= 0 else float(2.0 / largest)
