# Mistake: Never checks that k is non-negative, so a negative k silently gives the identity.
# Clue: integer >= 0
def matrix_power(A, k):
    A = _square(A, "A")
    if not isinstance(k, (int, np.integer)):
        raise ValueError("k must be an integer")
    result, base = np.eye(A.shape[0]), A
    while k > 0:
        if k % 2 == 1:
            result = result @ base
        base = base @ base
        k //= 2
    return result
