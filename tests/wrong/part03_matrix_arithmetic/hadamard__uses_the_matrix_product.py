def hadamard(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    if A.shape != B.shape:
        raise ValueError("shapes differ")
    return A @ B
