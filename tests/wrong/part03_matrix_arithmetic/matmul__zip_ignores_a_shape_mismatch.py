# Mistake: Pairs rows and columns with zip, which stops at the shorter one, so mismatched inner
#   sizes are never refused.
# Clue: must agree | columns matching
def matmul(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    rows = []
    for row in A:
        rows.append([sum(a * b for a, b in zip(row, column)) for column in B.T])  # noqa: B905
    return np.array(rows, dtype=float)
