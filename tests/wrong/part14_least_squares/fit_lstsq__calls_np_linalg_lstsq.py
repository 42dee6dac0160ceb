# Mistake: Calls np.linalg.lstsq, which the exercise forbids.
# Clue: forbids
def fit_lstsq(X, y):
    X, y = _design(X, y)
    return np.linalg.lstsq(X, y, rcond=None)[0]
