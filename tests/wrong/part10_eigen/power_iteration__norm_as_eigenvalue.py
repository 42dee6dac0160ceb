# Mistake: Returns the norm of A x as the eigenvalue, which loses the sign of a negative
#   eigenvalue.
# Clue: eigenvalue is negative
_solved_power_iteration = power_iteration


def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    _, x = _solved_power_iteration(A, num_iters, tol, seed)
    return float(np.linalg.norm(np.asarray(A, dtype=float) @ x)), x
