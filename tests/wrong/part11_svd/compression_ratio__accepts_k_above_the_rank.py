# Mistake: Never checks k <= min(m, n), and takes a bool for an integer size.
# Clue: 1 <= k <= min(m, n)
def compression_ratio(shape, k):
    m, n = shape
    if not all(isinstance(x, (int, np.integer)) and x >= 1 for x in (m, n)):
        raise ValueError("bad shape")
    if not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError("bad k")
    return float(k * (m + n + 1) / (m * n))
