# Mistake: Adds the bias into the caller's array with +=.
# Clue: in place
def add_bias(X, b):
    X, b = _matrix(X, "X"), _vector(b, "b")
    if b.shape[0] != X.shape[1]:
        raise ValueError("one bias per column")
    X += b
    return X.copy()
