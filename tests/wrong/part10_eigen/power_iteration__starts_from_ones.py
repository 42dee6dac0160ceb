# Mistake: Starts from the vector of ones instead of a seeded random vector, which can be
#   orthogonal to the dominant eigenvector.
# Clue: start vector
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    A = _square(A)
    if isinstance(num_iters, bool) or not isinstance(num_iters, (int, np.integer)):
        raise ValueError("num_iters must be an integer")
    if num_iters < 1 or not tol >= 0:
        raise ValueError("bad num_iters or tol")
    x = np.ones(A.shape[0]) / np.sqrt(A.shape[0])
    for _ in range(num_iters):
        y = A @ x
        if not np.any(y):
            return 0.0, x
        x_new = _fix_sign(y / np.linalg.norm(y))
        done = np.linalg.norm(x_new - x) <= tol
        x = x_new
        if done:
            break
    return float(x @ A @ x), x
