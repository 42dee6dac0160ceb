# Mistake: Returns the squared norm of A x, (A x) . (A x), instead of x . (A x).
# Clue: two products with x
def quadratic_form(A, x):
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.shape[0] != A.shape[0]:
        raise ValueError(f"x of shape {x.shape} does not fit A of shape {A.shape}")
    y = A @ x
    return float(y @ y)
