# Mistake: Compares the pivot with an absolute 1e-12, so a well-conditioned matrix with tiny
#   entries is called singular.
# Clue: entries of A
_solved_solve = solve


def solve(A, b):
    A = _square_matrix(A)
    U = A.copy()
    for k in range(U.shape[0]):
        p = _pivot_row(U, k)
        if abs(U[p, k]) < 1e-12:  # absolute, whatever the scale of A
            raise np.linalg.LinAlgError("singular")
        U[[k, p]] = U[[p, k]]
        U[k + 1 :, k:] -= np.outer(U[k + 1 :, k] / U[k, k], U[k, k:])
    return _solved_solve(A, b)
