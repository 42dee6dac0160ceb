# Mistake: Adds without checking shapes, so a bias of length 1 is stretched over every column.
# Clue: broadcasting | length 1
def add_bias(X, b):
    return np.asarray(X, dtype=float) + np.asarray(b, dtype=float)
