# Mistake: Multiplies without checking that the shapes are identical, so numpy broadcasts (1, 3)
#   against (2, 3).
# Clue: broadcasting | (2, 3) and (1, 3)
def hadamard(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    return A * B
