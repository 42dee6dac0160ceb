# Mistake: Multiplies whatever it gets, so a 1-D X is accepted.
# Clue: non-empty 2-D arrays
def project(X, R):
    return np.asarray(X, dtype=float) @ np.asarray(R, dtype=float)
