def max_stable_learning_rate(X):
    X = _design(X)
    largest = float(np.linalg.eigvalsh((2.0 / X.shape[0]) * (X.T @ X))[-1])
    return 2.0 / largest
