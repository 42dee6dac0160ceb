# Mistake: Exponentiates minus gamma times the distance instead of the squared distance.
# Clue: squared distance
def rbf_kernel(X, Y, gamma):
    X, Y = _pair(X, Y)
    if not gamma > 0:
        raise ValueError("bad gamma")
    squared = (X**2).sum(axis=1)[:, None] + (Y**2).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.exp(-gamma * np.sqrt(np.maximum(squared, 0.0)))
