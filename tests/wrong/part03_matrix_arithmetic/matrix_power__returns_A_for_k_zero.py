# Mistake: Returns A itself for k = 0 instead of the identity.
# Clue: 0th
def matrix_power(A, k):
    A = _square(A, "A")
    if not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("k must be an integer >= 0")
    if k <= 1:
        return A.copy()
    half = matrix_power(A, k // 2)
    result = half @ half
    if k % 2 == 1:
        result = result @ A
    return result
