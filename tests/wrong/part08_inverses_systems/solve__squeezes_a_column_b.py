# Mistake: Squeezes the result, so a 1-by-1 system or an (n, 1) right-hand side loses its
#   documented shape.
# Clue: expected shape
_solved_solve = solve


def solve(A, b):
    return np.squeeze(_solved_solve(A, b))
