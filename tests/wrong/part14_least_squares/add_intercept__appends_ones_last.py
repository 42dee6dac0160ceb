# Mistake: Appends the column of ones on the right instead of the left.
# Clue: Where does the contract want it
def add_intercept(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("bad X")
    return np.hstack([X, np.ones((X.shape[0], 1))])
