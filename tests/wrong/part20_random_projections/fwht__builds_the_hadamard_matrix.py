# Mistake: Builds the whole Hadamard matrix with np.kron, which the exercise forbids.
# Clue: forbids
def fwht(x):
    x = np.asarray(x, dtype=float)
    n = x.size
    if x.ndim != 1 or n == 0 or n & (n - 1):
        raise ValueError("length must be a power of two")
    H = np.ones((1, 1))
    while H.shape[0] < n:
        H = np.kron(np.array([[1.0, 1.0], [1.0, -1.0]]), H)
    return H @ x
