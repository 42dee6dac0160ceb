# Mistake: Replaces b by b - a instead of a - b.
# Clue: first half minus second
def fwht(x):
    y = np.array(x, dtype=float)
    n = y.size
    if y.ndim != 1 or n == 0 or n & (n - 1):
        raise ValueError("length must be a power of two")
    h = 1
    while h < n:
        for start in range(0, n, 2 * h):
            for i in range(start, start + h):
                a, b = y[i], y[i + h]
                y[i], y[i + h] = a + b, b - a
        h *= 2
    return y
