# Mistake: Multiplies by A k times in a for loop instead of repeated squaring (and accepts a bool
#   as k).
# Clue: three matrix products, not seven | binary digits
def matrix_power(A, k):
    A = _square(A, "A")
    if not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("k must be an integer >= 0")
    result = np.eye(A.shape[0])
    for _ in range(k):
        result = result @ A
    return result
