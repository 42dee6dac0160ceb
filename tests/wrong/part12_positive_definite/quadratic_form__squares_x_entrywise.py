# Mistake: Sums A times the squares of x entry by entry, which ignores the cross terms x_i x_j.
# Clue: two products with x
def quadratic_form(A, x):
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.shape[0] != A.shape[0]:
        raise ValueError(f"x of shape {x.shape} does not fit A of shape {A.shape}")
    return float(np.sum(A * x**2))
