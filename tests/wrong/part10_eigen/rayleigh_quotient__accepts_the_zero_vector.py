# Mistake: Never refuses the zero vector, so 0 / 0 gives nan instead of ValueError.
# Clue: non-zero
def rayleigh_quotient(A, x):
    A = _square(A)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or len(x) != len(A):
        raise ValueError("bad x")
    with np.errstate(invalid="ignore"):
        return float(x @ A @ x / (x @ x))
