# Mistake: Loops num_iters + 1 times, an off-by-one that multiplies by A once too often.
# Clue: how many multiplications
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    A = _square(A)
    if isinstance(num_iters, bool) or not isinstance(num_iters, (int, np.integer)):
        raise ValueError("num_iters must be an integer")
    if num_iters < 1 or not tol >= 0:
        raise ValueError("bad num_iters or tol")
    x = np.random.default_rng(seed).standard_normal(A.shape[0])
    x = _fix_sign(x / np.linalg.norm(x))
    for _ in range(num_iters + 1):
        y = A @ x
        if not np.any(y):
            return 0.0, x
        x_new = _fix_sign(y / np.linalg.norm(y))
        done = np.linalg.norm(x_new - x) <= tol
        x = x_new
        if done:
            break
    return float(x @ A @ x), x
