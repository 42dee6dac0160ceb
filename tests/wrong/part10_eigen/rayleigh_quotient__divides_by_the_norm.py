# Mistake: Divides by the length of x instead of its squared length.
# Clue: length or its square
def rayleigh_quotient(A, x):
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or len(x) != len(A) or not np.any(x):
        raise ValueError("bad x")
    return float(x @ A @ x / np.linalg.norm(x))
