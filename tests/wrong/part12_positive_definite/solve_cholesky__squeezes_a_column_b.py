# Mistake: Returns a 1-D result for an (n, 1) right-hand side instead of keeping b's shape.
# Clue: (n, 1) column
_solved_solve_cholesky = solve_cholesky


def solve_cholesky(A, b):
    x = _solved_solve_cholesky(A, b)
    return x[:, 0] if x.ndim == 2 and x.shape[1] == 1 else x
