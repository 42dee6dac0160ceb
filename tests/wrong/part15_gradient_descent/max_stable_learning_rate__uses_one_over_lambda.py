# Mistake: Returns 1 / lambda_max instead of 2 / lambda_max.
# Clue: below 1 in size
def max_stable_learning_rate(X):
    X = _design(X)
    largest = np.linalg.eigvalsh((2.0 / X.shape[0]) * (X.T @ X))[-1]
    return float("inf") if largest <= 0 else float(1.0 / largest)
