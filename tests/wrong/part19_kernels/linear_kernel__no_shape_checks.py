# Mistake: Never checks the shapes, so a 1-D X is accepted.
# Clue: non-empty 2-D arrays
def linear_kernel(X, Y):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    return np.atleast_2d(X @ Y.T)
