# Mistake: Transforms the caller's float array in place and returns it.
# Clue: shares memory
def fwht(x):
    y = np.asarray(x, dtype=float)
    n = y.size
    if y.ndim != 1 or n == 0 or n & (n - 1):
        raise ValueError("length must be a power of two")
    h = 1
    while h < n:
        for start in range(0, n, 2 * h):
            for i in range(start, start + h):
                a, b = y[i], y[i + h]
                y[i], y[i + h] = a + b, a - b
        h *= 2
    return y
