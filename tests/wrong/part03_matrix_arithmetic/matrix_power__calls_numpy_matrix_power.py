# Mistake: Calls np.linalg.matrix_power, which the exercise forbids.
# Clue: forbids
def matrix_power(A, k):
    A = _square(A, "A")
    if not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("k must be an integer >= 0")
    return np.linalg.matrix_power(A, int(k))
