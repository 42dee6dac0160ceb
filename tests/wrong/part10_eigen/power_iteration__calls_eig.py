# Mistake: Calls np.linalg.eig, which the exercise forbids.
# Clue: forbids
def power_iteration(A, num_iters=1000, tol=1e-10, seed=0):
    A = _square(A)
    if isinstance(num_iters, bool) or not isinstance(num_iters, (int, np.integer)):
        raise ValueError("num_iters must be an integer")
    if num_iters < 1 or not tol >= 0:
        raise ValueError("bad num_iters or tol")
    values, vectors = np.linalg.eig(A)
    k = int(np.argmax(np.abs(values)))
    vector = np.real(vectors[:, k])
    return float(np.real(values[k])), _fix_sign(vector / np.linalg.norm(vector))
