# Mistake: Uses np.dot, which on 3-D arrays multiplies every batch entry with every other one.
# Clue: np.dot
def batch_matmul(A, B):
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.ndim != 3 or B.ndim != 3 or len(A) != len(B) or A.shape[2] != B.shape[1]:
        raise ValueError("bad shapes")
    return np.dot(A, B)
