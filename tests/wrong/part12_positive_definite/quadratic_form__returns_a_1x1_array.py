# Mistake: Computes the form with x as a column and returns a (1, 1) array instead of a float.
# Clue: expected a float
def quadratic_form(A, x):
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.shape[0] != A.shape[0]:
        raise ValueError(f"x of shape {x.shape} does not fit A of shape {A.shape}")
    column = x.reshape(-1, 1)
    return column.T @ A @ column
