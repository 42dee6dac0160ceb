# Mistake: Never compares the batch sizes, so np.matmul broadcasts a batch of 1 against a batch of
#   3.
# Clue: no broadcasting of the batch axis
def batch_matmul(A, B):
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.ndim != 3 or B.ndim != 3:
        raise ValueError("A and B must be 3-D")
    return np.matmul(A, B)
