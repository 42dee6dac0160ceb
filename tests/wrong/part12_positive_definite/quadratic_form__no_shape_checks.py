# Mistake: Computes x @ A @ x on whatever it gets, so a matrix x gives an array instead of raising
#   ValueError.
# Clue: 1-D vector of matching length
def quadratic_form(A, x):
    A = np.asarray(A, dtype=float)
    x = np.asarray(x, dtype=float)
    result = x @ A @ x
    return float(result) if np.ndim(result) == 0 else result
