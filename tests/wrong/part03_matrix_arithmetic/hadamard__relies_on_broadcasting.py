def hadamard(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    return A * B
