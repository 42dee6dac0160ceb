# Mistake: Sums every entry of the matrix instead of the diagonal ones.
# Clue: main diagonal
def trace(A):
    return float(_square(A, "A").sum())
