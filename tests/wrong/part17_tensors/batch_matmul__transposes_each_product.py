# Mistake: Transposes every product, returning (A[i] B[i])^T instead of A[i] B[i].
# Clue: or its transpose
def batch_matmul(A, B):
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.ndim != 3 or B.ndim != 3 or len(A) != len(B) or A.shape[2] != B.shape[1]:
        raise ValueError("bad shapes")
    return np.transpose(A @ B, (0, 2, 1))
