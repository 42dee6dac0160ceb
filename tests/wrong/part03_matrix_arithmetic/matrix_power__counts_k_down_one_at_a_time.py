# Mistake: Multiplies by A once per step in a while loop, k - 1 products in a row instead of
#   repeated squaring (and accepts a bool as k).
# Clue: three matrix products, not seven | binary digits
def matrix_power(A, k):
    A = _square(A, "A")
    if not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("k must be an integer >= 0")
    result = np.eye(A.shape[0])
    while k > 0:
        result = result @ A
        k -= 1
    return result
