# Mistake: Computes the quotient with x as a column and returns a (1, 1) array instead of a float.
# Clue: expected a float
def rayleigh_quotient(A, x):
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or len(x) != len(A) or not np.any(x):
        raise ValueError("bad x")
    column = x.reshape(-1, 1)
    return column.T @ A @ column / (column.T @ column)
