# Mistake: Never clips the expanded squared distances at 0, so round-off gives kernel values above
#   1.
# Clue: clip | round-off
def rbf_kernel(X, Y, gamma):
    X, Y = _pair(X, Y)
    if not gamma > 0:
        raise ValueError("bad gamma")
    squared = (X**2).sum(axis=1)[:, None] + (Y**2).sum(axis=1)[None, :] - 2.0 * (X @ Y.T)
    return np.exp(-gamma * squared)
