# Mistake: Takes the absolute value of gamma instead of refusing gamma <= 0.
# Clue: gamma must be > 0
def rbf_kernel(X, Y, gamma):
    X, Y = _pair(X, Y)
    gamma = abs(float(gamma))
    squared = (X**2).sum(axis=1)[:, None] + (Y**2).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.exp(-gamma * np.maximum(squared, 0.0))
