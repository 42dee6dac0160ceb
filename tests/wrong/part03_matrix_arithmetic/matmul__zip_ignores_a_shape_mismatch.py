def matmul(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    rows = []
    for row in A:
        rows.append([sum(a * b for a, b in zip(row, column)) for column in B.T])  # noqa: B905
    return np.array(rows, dtype=float)
