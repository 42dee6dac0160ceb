# Mistake: Uses np.column_stack, which turns a 1-D vector into a column instead of refusing it.
# Clue: 1-D vector
def add_intercept(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == 0:
        raise ValueError("no rows")
    return np.column_stack([np.ones(X.shape[0]), X])
