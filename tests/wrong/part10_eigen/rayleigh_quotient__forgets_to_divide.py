# Mistake: Returns x . A x without dividing by x . x.
# Clue: ratio
def rayleigh_quotient(A, x):
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or len(x) != len(A) or not np.any(x):
        raise ValueError("bad x")
    return float(x @ A @ x)
