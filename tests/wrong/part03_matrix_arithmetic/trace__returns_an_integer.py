# Mistake: Returns np.trace of integer input unchanged, an integer instead of a float.
# Clue: a float
def trace(A):
    A = np.asarray(A)
    if A.ndim != 2 or A.size == 0 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be a non-empty square matrix")
    return np.trace(A)
