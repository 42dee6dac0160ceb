# Mistake: Never checks that the length is a power of two.
# Clue: power of two
def fwht(x):
    y = np.array(x, dtype=float)
    if y.ndim != 1 or y.size == 0:
        raise ValueError("x must be a non-empty vector")
    n = y.size
    h = 1
    while h < n:
        for start in range(0, n - h, 2 * h):
            for i in range(start, min(start + h, n - h)):
                a, b = y[i], y[i + h]
                y[i], y[i + h] = a + b, a - b
        h *= 2
    return y
